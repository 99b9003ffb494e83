// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LineSocket.h"

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslSocket>

namespace Deliverbench::Net {

namespace {

constexpr qint64 kReadChunk = 16 * 1024;

} // namespace

LineSocket::LineSocket(Transcript* transcript, QObject* parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_socket(new QSslSocket(this))
    , m_sslConfiguration(QSslConfiguration::defaultConfiguration())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LineSocket::onTimeout);
    m_socket->setReadBufferSize(64 * 1024); // bounded memory against a flooding peer
    connect(m_socket, &QSslSocket::connected, this, &LineSocket::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &LineSocket::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &LineSocket::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &LineSocket::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &LineSocket::onDisconnected);
    // record certificate errors but finish the handshake: the probe reports them, it does not trust
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        m_sslErrors = errors;
        m_socket->ignoreSslErrors();
    });
}

LineSocket::~LineSocket()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

QString LineSocket::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::ConnectTimeout:
        return tr("no connection within the timeout");
    case Error::ConnectFailed:
        return tr("connection failed");
    case Error::ReadTimeout:
        return tr("the server sent nothing within the timeout");
    case Error::LineTooLong:
        return tr("the server sent a line longer than allowed");
    case Error::Closed:
        return tr("the server closed the connection");
    case Error::TlsFailed:
        return tr("the TLS handshake failed");
    }
    return {};
}

void LineSocket::connectToHost(const QHostAddress& address, quint16 port, bool implicitTls, const QString& verifyName)
{
    m_error = Error::None;
    m_buffer.clear();
    m_sslErrors.clear();
    m_implicitTls = implicitTls;
    m_connecting = true;
    QSslConfiguration configuration = m_sslConfiguration;
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(verifyName);
    if (m_transcript)
        m_transcript->addEvent("connecting to " + address.toString().toUtf8() + " port " + QByteArray::number(port)
                               + (implicitTls ? " (implicit TLS)" : ""));
    armTimer(m_connectTimeoutMs);
    m_socket->connectToHost(address, port);
}

void LineSocket::writeLine(const QByteArray& line)
{
    if (m_error != Error::None || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_transcript)
        m_transcript->addClient(line);
    m_socket->write(line + "\r\n");
}

qsizetype LineSocket::startTls()
{
    // RFC 3207 §4.2: anything received before the handshake must be discarded, not interpreted
    qsizetype discarded = m_buffer.size();
    m_buffer.clear();
    discarded += m_socket->readAll().size();
    m_sslErrors.clear();
    if (m_transcript) {
        m_transcript->addTls("starting TLS handshake");
        if (discarded > 0)
            m_transcript->addTls("discarded " + QByteArray::number(discarded) + " bytes received before TLS");
    }
    m_handshaking = true;
    m_handshakeClock.start();
    armTimer(m_connectTimeoutMs);
    m_socket->startClientEncryption();
    return discarded;
}

void LineSocket::setWaiting(bool waiting)
{
    m_waiting = waiting;
    if (m_connecting || m_handshaking)
        return; // the connect/handshake timer is running
    if (waiting)
        armTimer(m_readTimeoutMs);
    else
        m_timer.stop();
}

void LineSocket::close()
{
    m_timer.stop();
    m_waiting = false;
    if (m_error == Error::None)
        m_error = Error::Closed; // closed by us: no failed() from here on
    m_socket->disconnect(this);
    m_socket->abort();
}

bool LineSocket::isConnected() const
{
    return m_error == Error::None && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool LineSocket::isEncrypted() const
{
    return m_socket->isEncrypted();
}

void LineSocket::armTimer(int ms)
{
    m_timer.start(std::max(1, ms));
}

void LineSocket::onConnected()
{
    if (m_transcript)
        m_transcript->addEvent("connected from " + m_socket->localAddress().toString().toUtf8() + " port "
                               + QByteArray::number(m_socket->localPort()));
    if (m_implicitTls) {
        if (m_transcript)
            m_transcript->addTls("starting TLS handshake");
        m_handshaking = true;
        m_handshakeClock.start();
        m_socket->startClientEncryption();
        return; // the connect timer keeps running through the handshake
    }
    m_connecting = false;
    setWaiting(m_waiting);
    Q_EMIT connected();
}

void LineSocket::onEncrypted()
{
    m_handshaking = false;
    m_handshakeMs = m_handshakeClock.elapsed();
    if (m_transcript) {
        const QSslCipher cipher = m_socket->sessionCipher();
        m_transcript->addTls("handshake done in " + QByteArray::number(m_handshakeMs) + " ms: "
                             + cipher.protocolString().toUtf8() + ' ' + cipher.name().toUtf8());
        for (const QSslError& e : std::as_const(m_sslErrors))
            m_transcript->addTls("certificate: " + e.errorString().toUtf8());
    }
    const bool wasConnecting = m_connecting;
    m_connecting = false;
    if (m_waiting)
        armTimer(m_readTimeoutMs);
    else
        m_timer.stop();
    if (wasConnecting)
        Q_EMIT connected();
    else
        Q_EMIT encrypted();
    // a server may have sent data right after the handshake
    if (m_socket && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &LineSocket::onReadyRead, Qt::QueuedConnection);
}

void LineSocket::onReadyRead()
{
    if (m_error != Error::None || m_handshaking)
        return;
    QPointer<LineSocket> guard(this);
    for (int rounds = 0; rounds < 64 && m_socket->bytesAvailable() > 0; ++rounds) {
        m_buffer += m_socket->read(kReadChunk);
        qsizetype newline;
        while (guard && m_error == Error::None && !m_handshaking && (newline = m_buffer.indexOf('\n')) >= 0) {
            QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.size() > m_maxLineBytes) {
                fail(Error::LineTooLong, tr("a line of %1 bytes").arg(line.size()));
                return;
            }
            if (m_transcript)
                m_transcript->addServer(line);
            if (m_waiting)
                armTimer(m_readTimeoutMs);
            Q_EMIT lineReceived(line);
        }
        if (!guard || m_error != Error::None || m_handshaking)
            return;
        if (m_buffer.size() > m_maxLineBytes) {
            fail(Error::LineTooLong, tr("more than %1 bytes without a line break").arg(m_maxLineBytes));
            return;
        }
    }
    if (m_socket->bytesAvailable() > 0) // fairness: continue on the next loop iteration
        QMetaObject::invokeMethod(this, &LineSocket::onReadyRead, Qt::QueuedConnection);
}

void LineSocket::onSocketError()
{
    if (m_error != Error::None)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError && !m_handshaking)
        return; // onDisconnected reports it, after the last data was read
    const QString text = m_socket->errorString();
    if (m_handshaking || error == QAbstractSocket::SslHandshakeFailedError
        || error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError)
        fail(Error::TlsFailed, text);
    else if (m_connecting)
        fail(Error::ConnectFailed, text);
    else
        fail(Error::Closed, text);
}

void LineSocket::onDisconnected()
{
    if (m_error != Error::None)
        return;
    onReadyRead();
    if (m_error != Error::None)
        return;
    if (!m_buffer.isEmpty() && m_transcript)
        m_transcript->addServer(m_buffer); // an unterminated last line
    fail(m_handshaking ? Error::TlsFailed : Error::Closed, tr("the server closed the connection"));
}

void LineSocket::onTimeout()
{
    if (m_error != Error::None)
        return;
    if (m_connecting && !m_handshaking)
        fail(Error::ConnectTimeout, tr("no connection after %1 ms").arg(m_connectTimeoutMs));
    else if (m_handshaking)
        fail(Error::TlsFailed, tr("no TLS handshake after %1 ms").arg(m_connectTimeoutMs));
    else if (m_waiting)
        fail(Error::ReadTimeout, tr("no reply after %1 ms").arg(m_readTimeoutMs));
}

void LineSocket::fail(Error error, const QString& detail)
{
    if (m_error != Error::None)
        return;
    m_error = error;
    m_timer.stop();
    m_connecting = false;
    m_handshaking = false;
    if (m_transcript)
        m_transcript->addEvent(errorText(error).toUtf8() + ": " + detail.toUtf8());
    m_socket->abort();
    Q_EMIT failed(error, detail);
}

} // namespace Deliverbench::Net
