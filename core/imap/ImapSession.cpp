// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapSession.h"

#include "imap/ImapTasks.h"

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace Deliverbench::Imap {

namespace {

constexpr qsizetype kTranscriptLineMax = 2048;
constexpr qsizetype kTranscriptEntriesMax = 5000;

} // namespace

ImapSession::ImapSession(ConnectionSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_reader(m_settings.limits)
{
    qRegisterMetaType<Deliverbench::Imap::ImapError>();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ImapSession::onTimeout);
}

ImapSession::~ImapSession()
{
    if (m_socket)
        m_socket->abort();
    // tasks still queued belong to us
    for (const QPointer<ImapTask>& task : std::as_const(m_queue)) {
        if (task)
            delete task.data();
    }
    if (m_current)
        delete m_current.data();
}

bool ImapSession::hasCapability(QByteArrayView capability) const
{
    for (const QByteArray& c : m_capabilities) {
        if (c.size() == capability.size() && QByteArrayView(c).compare(capability, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ImapSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void ImapSession::armTimer(int ms)
{
    m_timer->start(std::max(1, ms));
}

void ImapSession::open()
{
    if (m_state != State::Idle)
        return;
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_settings.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_settings.extraCaCertificates);
    config.setPeerVerifyMode(m_settings.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_settings.host);

    connect(m_socket, &QSslSocket::connected, this, &ImapSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapSession::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &ImapSession::onSslErrors);
    connect(m_socket, &QSslSocket::disconnected, this, &ImapSession::onDisconnected);

    m_state = State::Connecting;
    armTimer(m_settings.connectTimeoutMs);
    record(TranscriptEntry::Direction::Info,
           QStringLiteral("connecting to %1:%2 (%3)")
               .arg(m_settings.host)
               .arg(m_settings.port)
               .arg(tlsModeToken(m_settings.tls))
               .toUtf8());
    if (m_settings.tls == TlsMode::Implicit)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
}

void ImapSession::onConnected()
{
    if (m_settings.tls != TlsMode::Implicit)
        m_state = State::Greeting;
}

void ImapSession::onEncrypted()
{
    record(TranscriptEntry::Direction::Info,
           QStringLiteral("TLS established: %1 %2")
               .arg(m_socket->sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLSv1.3") : QStringLiteral("TLS"),
                    m_socket->sessionCipher().name())
               .toUtf8());
    if (m_state == State::Connecting) {
        m_state = State::Greeting;
    } else if (m_state == State::Handshake) {
        // RFC 3501 §6.2.1: capabilities must be requested again after STARTTLS
        m_state = State::Capability;
        auto* task = new CapabilityTask();
        connect(task, &ImapTask::completed, this, [this] { afterSecured(); });
        m_queue.prepend(task);
        startNext();
    }
}

void ImapSession::onSslErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& e : errors)
        texts << e.errorString();
    m_sslErrorText = texts.join(QStringLiteral("; "));
    record(TranscriptEntry::Direction::Info, QByteArray("TLS certificate errors: " + m_sslErrorText.toUtf8()));
    // not ignored: QSslSocket aborts the handshake and reports SslHandshakeFailedError
}

void ImapSession::onSocketError()
{
    if (m_failed || !m_socket)
        return;
    const auto error = m_socket->error();
    ImapError e;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::UnsupportedSocketOperationError:
        e = {ImapError::Kind::Unreachable,
             tr("cannot reach %1:%2: %3").arg(m_settings.host).arg(m_settings.port).arg(m_socket->errorString())};
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        e = {ImapError::Kind::TlsFailed,
             tr("TLS with %1:%2 failed: %3")
                 .arg(m_settings.host)
                 .arg(m_settings.port)
                 .arg(m_sslErrorText.isEmpty() ? m_socket->errorString() : m_sslErrorText)};
        break;
    case QAbstractSocket::SocketTimeoutError:
        e = {ImapError::Kind::Timeout, tr("%1:%2 timed out").arg(m_settings.host).arg(m_settings.port)};
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_state == State::Connecting || m_state == State::Handshake) {
            e = {ImapError::Kind::TlsFailed,
                 tr("%1:%2 closed the connection during the TLS handshake").arg(m_settings.host).arg(m_settings.port)};
        } else {
            e = {ImapError::Kind::ConnectionLost,
                 m_byeText.isEmpty() ? tr("%1:%2 closed the connection").arg(m_settings.host).arg(m_settings.port)
                                     : tr("%1:%2 closed the connection: %3")
                                           .arg(m_settings.host)
                                           .arg(m_settings.port)
                                           .arg(QString::fromUtf8(m_byeText))};
        }
        break;
    default:
        e = {m_state == State::Connecting ? ImapError::Kind::Unreachable : ImapError::Kind::ConnectionLost,
             tr("connection to %1:%2 failed: %3").arg(m_settings.host).arg(m_settings.port).arg(m_socket->errorString())};
        break;
    }
    fail(e);
}

void ImapSession::onDisconnected()
{
    if (m_failed || m_state == State::Closed)
        return;
    if (m_current || !m_queue.isEmpty() || m_state != State::Ready) {
        fail({ImapError::Kind::ConnectionLost,
              m_byeText.isEmpty() ? tr("%1:%2 closed the connection").arg(m_settings.host).arg(m_settings.port)
                                  : tr("%1:%2 closed the connection: %3")
                                        .arg(m_settings.host)
                                        .arg(m_settings.port)
                                        .arg(QString::fromUtf8(m_byeText))});
    }
    m_state = State::Closed;
}

void ImapSession::onTimeout()
{
    QString what;
    switch (m_state) {
    case State::Connecting: what = tr("connecting"); break;
    case State::Greeting: what = tr("waiting for the greeting"); break;
    case State::Handshake: what = tr("the TLS handshake after STARTTLS"); break;
    default: what = tr("waiting for the reply to a command"); break;
    }
    fail({ImapError::Kind::Timeout,
          tr("%1:%2 timed out while %3").arg(m_settings.host).arg(m_settings.port).arg(what)});
}

void ImapSession::onReadyRead()
{
    if (!m_socket || m_failed)
        return;
    if (m_state == State::Handshake) {
        // RFC 3501 §6.2.1 / RFC 2595 §3.1: nothing may be processed between STARTTLS OK and the handshake
        return;
    }
    m_reader.feed(m_socket->readAll());
    for (int guard = 0; guard < 100000 && !m_failed; ++guard) {
        auto next = m_reader.next();
        if (!next)
            return;
        if (!*next) {
            fail({ImapError::Kind::Protocol, tr("unusable data from %1: %2").arg(m_settings.host, next->error().message)});
            return;
        }
        const QByteArray& bytes = **next;
        record(TranscriptEntry::Direction::Server, bytes);
        auto response = parseResponse(bytes, m_settings.limits);
        if (!response) {
            if (bytes.startsWith("* ")) {
                // tolerate an untagged response we cannot parse: note it and go on
                addTranscriptNote("(unparsable untagged response ignored: " + response.error().message.toUtf8() + ')');
                continue;
            }
            fail({ImapError::Kind::Protocol, tr("unparsable response from %1: %2").arg(m_settings.host, response.error().message)});
            return;
        }
        dispatch(*response);
        if (m_state == State::Handshake) {
            // anything after the STARTTLS OK in the same read is discarded (RFC 3501 §11.1 injection defence)
            m_reader.clear();
            return;
        }
    }
}

void ImapSession::dispatch(const Response& response)
{
    if (response.kind == Response::Kind::Untagged) {
        if (response.code == "CAPABILITY")
            setCapabilities(response.codeArgs);
        if (response.name == "CAPABILITY")
            setCapabilities(response.values);
        if (response.status == Response::Status::Bye)
            m_byeText = response.text;
        if (m_state == State::Greeting) {
            handleGreeting(response);
            return;
        }
        if (m_current)
            m_current->handleUntagged(response);
        return;
    }
    if (response.kind == Response::Kind::Continuation) {
        if (m_current)
            m_current->handleContinuation(response);
        return;
    }
    // tagged
    if (response.code == "CAPABILITY")
        setCapabilities(response.codeArgs);
    if (m_current && response.tag == m_currentTag) {
        m_timer->stop();
        QPointer<ImapTask> task = m_current;
        task->handleTagged(response);
        if (task && !task->isFinished())
            task->fail({ImapError::Kind::Protocol, tr("command ended without a result")});
    } else {
        addTranscriptNote("(reply with an unknown tag ignored)");
    }
}

void ImapSession::handleGreeting(const Response& response)
{
    switch (response.status) {
    case Response::Status::Ok:
        break;
    case Response::Status::Preauth:
        m_preauth = true;
        break;
    case Response::Status::Bye:
        fail({ImapError::Kind::ConnectionLost,
              tr("%1 refused the connection: %2").arg(m_settings.host, QString::fromUtf8(response.text))});
        return;
    default:
        // untagged data before the greeting: ignore
        return;
    }
    m_timer->stop();
    if (m_settings.tls == TlsMode::StartTls) {
        if (m_preauth) {
            // RFC 3501 §6.2.1: STARTTLS is only valid in the not-authenticated state
            fail({ImapError::Kind::TlsFailed, tr("%1 pre-authenticated the connection; STARTTLS is impossible").arg(m_settings.host)});
            return;
        }
        if (!m_capabilities.isEmpty() && !hasCapability("STARTTLS")) {
            fail({ImapError::Kind::TlsFailed, tr("%1 does not offer STARTTLS").arg(m_settings.host)});
            return;
        }
        m_state = State::StartTls;
        auto* task = new StartTlsTask();
        m_queue.prepend(task);
        startNext();
        return;
    }
    m_state = State::Capability;
    auto* task = new CapabilityTask();
    connect(task, &ImapTask::completed, this, [this] { afterSecured(); });
    m_queue.prepend(task);
    startNext();
}

void ImapSession::beginStartTls()
{
    m_state = State::Handshake;
    m_reader.clear();
    m_capabilities.clear();
    armTimer(m_settings.connectTimeoutMs);
    m_socket->startClientEncryption();
}

void ImapSession::afterSecured()
{
    m_state = State::Ready;
    emit opened();
}

void ImapSession::enqueue(ImapTask* task)
{
    if (m_failed) {
        task->setParent(nullptr);
        m_queue.enqueue(task);
        // fail it asynchronously so callers see the same order as for a live session
        QTimer::singleShot(0, this, [this] { startNext(); });
        return;
    }
    m_queue.enqueue(task);
    if (m_state == State::Ready && !m_current)
        startNext();
}

void ImapSession::startNext()
{
    if (m_current)
        return;
    while (!m_queue.isEmpty() && !m_queue.head())
        m_queue.dequeue();
    if (m_queue.isEmpty())
        return;
    QPointer<ImapTask> task = m_queue.dequeue();
    if (m_failed) {
        task->fail({ImapError::Kind::Cancelled, tr("the connection was closed before this command ran")});
        task->deleteLater();
        startNext();
        return;
    }
    m_current = task;
    connect(task.data(), &ImapTask::completed, this, [this, t = task.data()] { taskFinished(t); });
    connect(task.data(), &ImapTask::failed, this, [this, t = task.data()] { taskFinished(t); });
    task->perform(this);
}

void ImapSession::taskFinished(ImapTask* task)
{
    if (task != m_current)
        return;
    m_current = nullptr;
    m_currentTag.clear();
    if (m_state != State::Handshake)
        m_timer->stop();
    task->deleteLater();
    if (!m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_startScheduled = false;
            startNext();
        });
    }
}

QByteArray ImapSession::sendCommand(ImapTask* task, const QByteArray& command, const QByteArray& redacted)
{
    const QByteArray tag = 'a' + QByteArray::number(++m_tagCounter);
    if (task == m_current)
        m_currentTag = tag;
    const QByteArray line = tag + ' ' + command;
    record(TranscriptEntry::Direction::Client, redacted.isEmpty() ? line : tag + ' ' + redacted);
    if (m_socket) {
        m_socket->write(line);
        m_socket->write("\r\n");
    }
    armTimer(m_settings.commandTimeoutMs);
    return tag;
}

void ImapSession::sendContinuation(const QByteArray& line, const QByteArray& redacted)
{
    record(TranscriptEntry::Direction::Client, redacted.isEmpty() ? line : redacted);
    if (m_socket) {
        m_socket->write(line);
        m_socket->write("\r\n");
    }
    armTimer(m_settings.commandTimeoutMs);
}

void ImapSession::setCapabilities(const QList<Value>& values)
{
    QList<QByteArray> caps;
    for (const Value& v : values) {
        if (v.type != Value::Type::List && caps.size() < 1000)
            caps.append(v.text);
    }
    if (!caps.isEmpty())
        m_capabilities = caps;
}

void ImapSession::addTranscriptNote(const QByteArray& note)
{
    record(TranscriptEntry::Direction::Info, note);
}

void ImapSession::record(TranscriptEntry::Direction direction, QByteArrayView line)
{
    if (m_transcript.size() >= kTranscriptEntriesMax)
        return;
    TranscriptEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.direction = direction;
    if (line.size() > kTranscriptLineMax)
        entry.line = line.first(kTranscriptLineMax).toByteArray() + "… (" + QByteArray::number(line.size()) + " bytes)";
    else
        entry.line = line.toByteArray();
    m_transcript.append(entry);
}

void ImapSession::abort()
{
    fail({ImapError::Kind::Cancelled, tr("cancelled")});
}

void ImapSession::fail(ImapError error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timer->stop();
    record(TranscriptEntry::Direction::Info, QByteArray("error: " + error.message.toUtf8()));
    const State previous = m_state;
    m_state = State::Closed;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    QPointer<ImapTask> current = m_current;
    m_current = nullptr;
    if (current && !current->isFinished()) {
        current->fail(error);
        current->deleteLater();
    }
    QQueue<QPointer<ImapTask>> queue;
    queue.swap(m_queue);
    for (const QPointer<ImapTask>& task : std::as_const(queue)) {
        if (task && !task->isFinished()) {
            task->fail(error);
            task->deleteLater();
        }
    }
    Q_UNUSED(previous)
    emit failed(error);
}

} // namespace Deliverbench::Imap
