// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/ImapParser.h"
#include "imap/ImapTypes.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslError>

class QSslSocket;
class QTimer;

namespace Deliverbench::Imap {

class ImapTask;

/**
 * @short One IMAP connection on the event loop (RFC 3501), driven by small task objects
 * (Trojitá-style, STYLE.md §4.7).
 *
 * open() connects, secures the connection (implicit TLS or STARTTLS, certificate verified
 * unless ConnectionSettings::verifyPeer is off), reads the greeting and the capabilities and
 * emits opened(). Tasks are queued with enqueue() and run one at a time; each sends its
 * command through sendCommand() and receives the responses of its tag. Every command has a
 * timeout; a connection-level problem (network, TLS, timeout, unparsable data) emits failed()
 * once, fails the running and queued tasks with the same error and closes the socket.
 * Credentials never reach the transcript (tasks pass a redacted form of such commands).
 */
class ImapSession : public QObject
{
    Q_OBJECT

public:
    explicit ImapSession(ConnectionSettings settings, QObject* parent = nullptr);
    ~ImapSession() override;

    void open();
    /** @short Queues a task (the session takes ownership and deletes it after it finished). */
    void enqueue(ImapTask* task);
    /** @short Aborts the connection; running and queued tasks fail with Cancelled. */
    void abort();

    const ConnectionSettings& settings() const { return m_settings; }
    const QList<QByteArray>& capabilities() const { return m_capabilities; }
    bool hasCapability(QByteArrayView capability) const;
    bool isOpen() const { return m_state == State::Ready; }
    bool isPreauthenticated() const { return m_preauth; }
    bool isEncrypted() const;
    const QList<TranscriptEntry>& transcript() const { return m_transcript; }

    // --- used by tasks ---
    /** @short Sends "TAG command"; returns the tag. `redacted` replaces the command in the transcript. */
    QByteArray sendCommand(ImapTask* task, const QByteArray& command, const QByteArray& redacted = {});
    /** @short Sends a continuation line (SASL response) without a tag. */
    void sendContinuation(const QByteArray& line, const QByteArray& redacted = {});
    void setCapabilities(const QList<Value>& values);
    /** @short Called by the STARTTLS task after the server's OK (RFC 3501 §6.2.1). */
    void beginStartTls();
    void addTranscriptNote(const QByteArray& note);

signals:
    void opened();
    void failed(const Deliverbench::Imap::ImapError& error);

private:
    enum class State { Idle, Connecting, Greeting, StartTls, Handshake, Capability, Ready, Closed };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError>& errors);
    void onDisconnected();
    void onTimeout();
    void dispatch(const Response& response);
    void handleGreeting(const Response& response);
    void afterSecured();
    void taskFinished(ImapTask* task);
    void startNext();
    void fail(ImapError error);
    void record(TranscriptEntry::Direction direction, QByteArrayView line);
    void armTimer(int ms);

    ConnectionSettings m_settings;
    QSslSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    ResponseReader m_reader;
    State m_state = State::Idle;
    QList<QByteArray> m_capabilities;
    QList<TranscriptEntry> m_transcript;
    QQueue<QPointer<ImapTask>> m_queue;
    QPointer<ImapTask> m_current;
    QByteArray m_currentTag;
    quint32 m_tagCounter = 0;
    bool m_preauth = false;
    bool m_failed = false;
    bool m_startScheduled = false;
    QByteArray m_byeText;
    QString m_sslErrorText;
};

} // namespace Deliverbench::Imap
