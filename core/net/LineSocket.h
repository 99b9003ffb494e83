// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Transcript.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace Deliverbench::Net {

/**
 * @short Line-based asynchronous client socket over QSslSocket (OpenSSL backend) with explicit
 * timeouts, for text protocols (SMTP, IMAP).
 *
 * Lines end in LF (a preceding CR is stripped). Every line sent and received goes to the
 * Transcript. A line longer than maxLineBytes, a peer that stays silent while waiting() or
 * a failed TLS handshake ends in failed(); nothing blocks. Certificate errors do not abort
 * the handshake: they are recorded (sslErrors()) so the caller can report them.
 */
class LineSocket : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        ConnectTimeout, ///< no TCP connection (or implicit TLS handshake) within connectTimeoutMs
        ConnectFailed,  ///< refused, unreachable
        ReadTimeout,    ///< waiting() and no line within readTimeoutMs
        LineTooLong,    ///< more than maxLineBytes without a line break
        Closed,         ///< the peer closed the connection
        TlsFailed,      ///< handshake failed (protocol, cipher, peer closed during it)
    };
    Q_ENUM(Error)

    explicit LineSocket(Transcript* transcript, QObject* parent = nullptr);
    ~LineSocket() override;

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setReadTimeout(int ms) { m_readTimeoutMs = ms; }
    int readTimeout() const { return m_readTimeoutMs; }
    void setMaxLineBytes(qsizetype bytes) { m_maxLineBytes = bytes; }
    /** @short TLS settings (CA certificates, protocol); the peer verify name is set per connection. */
    void setSslConfiguration(const QSslConfiguration& configuration) { m_sslConfiguration = configuration; }

    /**
     * @short Connects to address:port; with `implicitTls` the TLS handshake runs right away
     * (SMTPS, RFC 8314 §3.3). `verifyName` is the name certificates are checked against.
     */
    void connectToHost(const QHostAddress& address, quint16 port, bool implicitTls, const QString& verifyName);
    /** @short Sends `line` followed by CRLF. */
    void writeLine(const QByteArray& line);
    /**
     * @short Starts the TLS handshake on the open connection (after a STARTTLS 220). Bytes already
     * received in plaintext are discarded first (RFC 3207 §4.2, the command-injection attack);
     * the returned count says how many there were.
     */
    qsizetype startTls();
    /** @short While true the read timeout runs (restarted by each line received). */
    void setWaiting(bool waiting);
    bool isWaiting() const { return m_waiting; }
    void close();

    bool isConnected() const;
    bool isEncrypted() const;
    QSslSocket* sslSocket() const { return m_socket; }
    /** @short Certificate errors seen in the last handshake (ignored for the handshake itself). */
    const QList<QSslError>& sslErrors() const { return m_sslErrors; }
    qint64 handshakeMs() const { return m_handshakeMs; }
    Transcript* transcript() const { return m_transcript; }
    Error error() const { return m_error; }

    static QString errorText(Error error);

Q_SIGNALS:
    /** @short TCP connected (for implicit TLS: after the handshake). */
    void connected();
    void lineReceived(const QByteArray& line);
    /** @short The TLS handshake completed. */
    void encrypted();
    /** @short The connection is unusable; `detail` is translated text. Emitted once. */
    void failed(Deliverbench::Net::LineSocket::Error error, const QString& detail);

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void fail(Error error, const QString& detail);
    void armTimer(int ms);

    QPointer<Transcript> m_transcript;
    QSslSocket* m_socket = nullptr;
    QSslConfiguration m_sslConfiguration;
    QTimer m_timer;
    QElapsedTimer m_handshakeClock;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    Error m_error = Error::None;
    int m_connectTimeoutMs = 10000;
    int m_readTimeoutMs = 30000;
    qsizetype m_maxLineBytes = 4096;
    qint64 m_handshakeMs = -1;
    bool m_implicitTls = false;
    bool m_connecting = false;
    bool m_handshaking = false;
    bool m_waiting = false;
};

} // namespace Deliverbench::Net
