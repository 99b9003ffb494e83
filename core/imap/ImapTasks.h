// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/ImapParser.h"
#include "imap/ImapTypes.h"

#include <QObject>

namespace Deliverbench::Imap {

class ImapSession;

/**
 * @short One protocol step (Trojitá's ImapTask, STYLE.md §4.7): perform() sends the command,
 * the session routes the responses of its tag here, and the task ends with exactly one of
 * completed() or failed(). The session owns queued tasks and deletes them afterwards.
 */
class ImapTask : public QObject
{
    Q_OBJECT

public:
    explicit ImapTask(QObject* parent = nullptr);
    ~ImapTask() override;

    /** @short Sends the command; called by the session when it is this task's turn. */
    virtual void perform(ImapSession* session) = 0;
    /** @short An untagged response while this task runs; return true if it was used. */
    virtual bool handleUntagged(const Response& response);
    virtual void handleContinuation(const Response& response);
    virtual void handleTagged(const Response& response) = 0;

    bool isFinished() const { return m_finished; }
    /** @short Ends the task with an error (also used by the session for connection failures). */
    void fail(const ImapError& error);

signals:
    void completed();
    void failed(const Deliverbench::Imap::ImapError& error);

protected:
    void finish();
    /** @short NO/BAD of a command as a CommandFailed error naming the command. */
    static ImapError commandError(const Response& response, const QString& command);
    ImapSession* m_session = nullptr;

private:
    bool m_finished = false;
};

/** @short CAPABILITY (RFC 3501 §6.1.1); the session keeps the list. */
class CapabilityTask : public ImapTask
{
    Q_OBJECT
public:
    using ImapTask::ImapTask;
    void perform(ImapSession* session) override;
    void handleTagged(const Response& response) override;
};

/** @short STARTTLS (RFC 3501 §6.2.1); on OK the session starts the handshake. */
class StartTlsTask : public ImapTask
{
    Q_OBJECT
public:
    using ImapTask::ImapTask;
    void perform(ImapSession* session) override;
    void handleTagged(const Response& response) override;
};

/**
 * @short Authenticates: AUTHENTICATE PLAIN (RFC 4959 SASL-IR when offered, RFC 4616) when the
 * server offers AUTH=PLAIN, else LOGIN (RFC 3501 §6.2.3). A NO is AuthenticationFailed.
 */
class LoginTask : public ImapTask
{
    Q_OBJECT
public:
    LoginTask(QString user, QString password, QObject* parent = nullptr);
    void perform(ImapSession* session) override;
    void handleContinuation(const Response& response) override;
    void handleTagged(const Response& response) override;
    /** @short "PLAIN" or "LOGIN": what was used. */
    QByteArray mechanism() const { return m_mechanism; }
    /** @short Forces LOGIN even when AUTH=PLAIN is offered. */
    void setPreferLogin(bool prefer) { m_preferLogin = prefer; }

private:
    QByteArray plainResponse() const;
    QString m_user;
    QString m_password;
    QByteArray m_mechanism;
    bool m_preferLogin = false;
    bool m_sentResponse = false;
};

/** @short LIST "" "*" (RFC 3501 §6.3.8), with RETURN (SPECIAL-USE) when offered (RFC 6154 §5). */
class ListTask : public ImapTask
{
    Q_OBJECT
public:
    using ImapTask::ImapTask;
    void perform(ImapSession* session) override;
    bool handleUntagged(const Response& response) override;
    void handleTagged(const Response& response) override;
    const QList<MailboxInfo>& mailboxes() const { return m_mailboxes; }

private:
    QList<MailboxInfo> m_mailboxes;
};

/** @short EXAMINE (RFC 3501 §6.3.2): read-only selection, flags are never changed. */
class ExamineTask : public ImapTask
{
    Q_OBJECT
public:
    ExamineTask(QByteArray mailbox, QObject* parent = nullptr);
    void perform(ImapSession* session) override;
    bool handleUntagged(const Response& response) override;
    void handleTagged(const Response& response) override;
    quint64 exists() const { return m_exists; }
    quint64 uidValidity() const { return m_uidValidity; }
    bool readOnly() const { return m_readOnly; }

private:
    QByteArray m_mailbox;
    quint64 m_exists = 0;
    quint64 m_uidValidity = 0;
    bool m_readOnly = false;
};

/** @short UID SEARCH (RFC 3501 §6.4.4) with a prepared criteria string. */
class UidSearchTask : public ImapTask
{
    Q_OBJECT
public:
    UidSearchTask(QByteArray criteria, QObject* parent = nullptr);
    /** @short HEADER <name> <token> criteria; empty if name or token cannot be quoted. */
    static QByteArray headerCriteria(QByteArrayView headerName, QByteArrayView token);
    /** @short SUBJECT <token> criteria. */
    static QByteArray subjectCriteria(QByteArrayView token);
    void perform(ImapSession* session) override;
    bool handleUntagged(const Response& response) override;
    void handleTagged(const Response& response) override;
    const QList<quint32>& uids() const { return m_uids; }

private:
    QByteArray m_criteria;
    QList<quint32> m_uids;
};

/**
 * @short UID FETCH of UID FLAGS INTERNALDATE BODYSTRUCTURE BODY.PEEK[HEADER] (RFC 3501 §6.4.8;
 * PEEK: \\Seen is not set), plus X-GM-LABELS when the server has X-GM-EXT-1.
 */
class UidFetchTask : public ImapTask
{
    Q_OBJECT
public:
    UidFetchTask(QList<quint32> uids, bool gmailLabels, QObject* parent = nullptr);
    void perform(ImapSession* session) override;
    bool handleUntagged(const Response& response) override;
    void handleTagged(const Response& response) override;
    const QList<FetchedMessage>& messages() const { return m_messages; }
    /** @short Fetches UID BODY.PEEK[] (the whole message, \\Seen untouched) instead of the header items. */
    void setFullMessage(bool full) { m_fullMessage = full; }
    /** @short Parses the item list of one FETCH response (exposed for tests and fuzzing). */
    static FetchedMessage parseFetchItems(const QList<Value>& items);

private:
    QList<quint32> m_uids;
    bool m_gmailLabels = false;
    bool m_fullMessage = false;
    QList<FetchedMessage> m_messages;
};

/** @short LOGOUT (RFC 3501 §6.1.3). */
class LogoutTask : public ImapTask
{
    Q_OBJECT
public:
    using ImapTask::ImapTask;
    void perform(ImapSession* session) override;
    void handleTagged(const Response& response) override;
};

/** @short A UID set "1,5,7" (at most the given UIDs, sorted, duplicates removed). */
QByteArray uidSet(QList<quint32> uids);

} // namespace Deliverbench::Imap
