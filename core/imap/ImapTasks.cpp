// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapTasks.h"

#include "imap/ImapSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace Deliverbench::Imap {

namespace {

constexpr int kMaxUidsPerFetch = 500;

} // namespace

QByteArray uidSet(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    QByteArray out;
    for (const quint32 uid : std::as_const(uids)) {
        if (!out.isEmpty())
            out.append(',');
        out.append(QByteArray::number(uid));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

ImapTask::ImapTask(QObject* parent)
    : QObject(parent)
{
}

ImapTask::~ImapTask() = default;

bool ImapTask::handleUntagged(const Response&)
{
    return false;
}

void ImapTask::handleContinuation(const Response&)
{
}

void ImapTask::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit completed();
}

void ImapTask::fail(const ImapError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
}

ImapError ImapTask::commandError(const Response& response, const QString& command)
{
    return {ImapError::Kind::CommandFailed,
            tr("%1 failed: %2 %3").arg(command, QString::fromLatin1(statusName(response.status)), QString::fromUtf8(response.text))};
}

// ---------------------------------------------------------------------------------------------

void CapabilityTask::perform(ImapSession* session)
{
    m_session = session;
    session->sendCommand(this, "CAPABILITY");
}

void CapabilityTask::handleTagged(const Response& response)
{
    if (response.status == Response::Status::Ok)
        finish();
    else
        fail(commandError(response, QStringLiteral("CAPABILITY")));
}

// ---------------------------------------------------------------------------------------------

void StartTlsTask::perform(ImapSession* session)
{
    m_session = session;
    session->sendCommand(this, "STARTTLS");
}

void StartTlsTask::handleTagged(const Response& response)
{
    if (response.status != Response::Status::Ok) {
        fail({ImapError::Kind::TlsFailed, tr("the server refused STARTTLS: %1").arg(QString::fromUtf8(response.text))});
        return;
    }
    m_session->beginStartTls();
    finish();
}

// ---------------------------------------------------------------------------------------------

LoginTask::LoginTask(QString user, QString password, QObject* parent)
    : ImapTask(parent)
    , m_user(std::move(user))
    , m_password(std::move(password))
{
}

QByteArray LoginTask::plainResponse() const
{
    // RFC 4616: [authzid] NUL authcid NUL passwd, base64 (RFC 4959 / RFC 3501 §6.2.2)
    QByteArray raw;
    raw.append('\0');
    raw.append(m_user.toUtf8());
    raw.append('\0');
    raw.append(m_password.toUtf8());
    return raw.toBase64();
}

void LoginTask::perform(ImapSession* session)
{
    m_session = session;
    if (!m_preferLogin && session->hasCapability("AUTH=PLAIN")) {
        m_mechanism = "PLAIN";
        if (session->hasCapability("SASL-IR")) {
            m_sentResponse = true;
            session->sendCommand(this, "AUTHENTICATE PLAIN " + plainResponse(), "AUTHENTICATE PLAIN <redacted>");
        } else {
            session->sendCommand(this, "AUTHENTICATE PLAIN");
        }
        return;
    }
    if (session->hasCapability("LOGINDISABLED")) {
        fail({ImapError::Kind::AuthenticationFailed,
              tr("the server does not allow LOGIN here (LOGINDISABLED) and offers no AUTH=PLAIN")});
        return;
    }
    m_mechanism = "LOGIN";
    const QByteArray user = quoteString(m_user.toUtf8());
    const QByteArray password = quoteString(m_password.toUtf8());
    if (user.isEmpty() || password.isEmpty()) {
        fail({ImapError::Kind::AuthenticationFailed, tr("the user name or password contains a line break")});
        return;
    }
    session->sendCommand(this, "LOGIN " + user + ' ' + password, "LOGIN " + user + " <redacted>");
}

void LoginTask::handleContinuation(const Response&)
{
    if (m_mechanism != "PLAIN")
        return;
    if (!m_sentResponse) {
        m_sentResponse = true;
        m_session->sendContinuation(plainResponse(), "<redacted>");
    } else {
        // a second challenge makes no sense for PLAIN: cancel (RFC 3501 §6.2.2)
        m_session->sendContinuation("*");
    }
}

void LoginTask::handleTagged(const Response& response)
{
    if (response.status == Response::Status::Ok) {
        finish();
        return;
    }
    if (response.status == Response::Status::No) {
        const QString text = QString::fromUtf8(response.text);
        fail({ImapError::Kind::AuthenticationFailed,
              text.isEmpty() ? tr("authentication failed for %1").arg(m_user)
                             : tr("authentication failed for %1: %2").arg(m_user, text)});
        return;
    }
    fail(commandError(response, m_mechanism == "PLAIN" ? QStringLiteral("AUTHENTICATE PLAIN") : QStringLiteral("LOGIN")));
}

// ---------------------------------------------------------------------------------------------

void ListTask::perform(ImapSession* session)
{
    m_session = session;
    if (session->hasCapability("SPECIAL-USE") && session->hasCapability("LIST-EXTENDED"))
        session->sendCommand(this, "LIST \"\" \"*\" RETURN (SPECIAL-USE)");
    else
        session->sendCommand(this, "LIST \"\" \"*\"");
}

bool ListTask::handleUntagged(const Response& response)
{
    // also XLIST (older Gmail) replies
    if (response.name != "LIST" && response.name != "XLIST")
        return false;
    if (response.values.size() < 3 || response.values.at(0).type != Value::Type::List || m_mailboxes.size() >= 10000)
        return true;
    MailboxInfo info;
    for (const Value& attribute : response.values.at(0).list) {
        if (attribute.type == Value::Type::Atom)
            info.attributes.append(attribute.text);
    }
    info.delimiter = response.values.at(1).asString();
    const Value& name = response.values.at(2);
    if (name.type == Value::Type::List || name.type == Value::Type::Nil)
        return true;
    info.name = name.text;
    info.displayName = decodeMailboxName(info.name);
    m_mailboxes.append(std::move(info));
    return true;
}

void ListTask::handleTagged(const Response& response)
{
    if (response.status == Response::Status::Ok)
        finish();
    else
        fail(commandError(response, QStringLiteral("LIST")));
}

// ---------------------------------------------------------------------------------------------

ExamineTask::ExamineTask(QByteArray mailbox, QObject* parent)
    : ImapTask(parent)
    , m_mailbox(std::move(mailbox))
{
}

void ExamineTask::perform(ImapSession* session)
{
    m_session = session;
    const QByteArray quoted = quoteString(m_mailbox);
    if (quoted.isEmpty()) {
        fail({ImapError::Kind::CommandFailed, tr("mailbox name with a line break")});
        return;
    }
    session->sendCommand(this, "EXAMINE " + quoted);
}

bool ExamineTask::handleUntagged(const Response& response)
{
    if (response.number && response.name == "EXISTS") {
        m_exists = *response.number;
        return true;
    }
    if (response.code == "UIDVALIDITY" && !response.codeArgs.isEmpty()) {
        m_uidValidity = response.codeArgs.at(0).number;
        return true;
    }
    return false;
}

void ExamineTask::handleTagged(const Response& response)
{
    if (response.status != Response::Status::Ok) {
        fail(commandError(response, QStringLiteral("EXAMINE %1").arg(decodeMailboxName(m_mailbox))));
        return;
    }
    m_readOnly = response.code == "READ-ONLY";
    finish();
}

// ---------------------------------------------------------------------------------------------

UidSearchTask::UidSearchTask(QByteArray criteria, QObject* parent)
    : ImapTask(parent)
    , m_criteria(std::move(criteria))
{
}

QByteArray UidSearchTask::headerCriteria(QByteArrayView headerName, QByteArrayView token)
{
    const QByteArray name = quoteString(headerName);
    const QByteArray value = quoteString(token);
    if (name.isEmpty() || value.isEmpty())
        return {};
    return "HEADER " + name + ' ' + value;
}

QByteArray UidSearchTask::subjectCriteria(QByteArrayView token)
{
    const QByteArray value = quoteString(token);
    if (value.isEmpty())
        return {};
    return "SUBJECT " + value;
}

void UidSearchTask::perform(ImapSession* session)
{
    m_session = session;
    if (m_criteria.isEmpty()) {
        fail({ImapError::Kind::CommandFailed, tr("empty search criteria")});
        return;
    }
    bool ascii = true;
    for (const char c : std::as_const(m_criteria))
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    session->sendCommand(this, (ascii ? QByteArray("UID SEARCH ") : QByteArray("UID SEARCH CHARSET UTF-8 ")) + m_criteria);
}

bool UidSearchTask::handleUntagged(const Response& response)
{
    if (response.name != "SEARCH")
        return false;
    for (const Value& v : response.values) {
        if (v.type == Value::Type::Number && v.number > 0 && v.number <= 0xffffffffULL && m_uids.size() < 100000)
            m_uids.append(quint32(v.number));
    }
    return true;
}

void UidSearchTask::handleTagged(const Response& response)
{
    if (response.status == Response::Status::Ok)
        finish();
    else
        fail(commandError(response, QStringLiteral("UID SEARCH")));
}

// ---------------------------------------------------------------------------------------------

UidFetchTask::UidFetchTask(QList<quint32> uids, bool gmailLabels, QObject* parent)
    : ImapTask(parent)
    , m_uids(std::move(uids))
    , m_gmailLabels(gmailLabels)
{
    if (m_uids.size() > kMaxUidsPerFetch)
        m_uids.resize(kMaxUidsPerFetch);
}

void UidFetchTask::perform(ImapSession* session)
{
    m_session = session;
    if (m_uids.isEmpty()) {
        finish();
        return;
    }
    QByteArray items = m_fullMessage ? QByteArray("(UID INTERNALDATE BODY.PEEK[]") : QByteArray("(UID FLAGS INTERNALDATE BODYSTRUCTURE BODY.PEEK[HEADER]");
    if (m_gmailLabels && !m_fullMessage)
        items += " X-GM-LABELS";
    items += ')';
    session->sendCommand(this, "UID FETCH " + uidSet(m_uids) + ' ' + items);
}

FetchedMessage UidFetchTask::parseFetchItems(const QList<Value>& items)
{
    FetchedMessage message;
    for (qsizetype i = 0; i + 1 < items.size(); i += 2) {
        const Value& name = items.at(i);
        const Value& value = items.at(i + 1);
        if (name.type != Value::Type::Atom)
            continue;
        const QByteArray key = name.text.toUpper();
        if (key == "UID" && value.type == Value::Type::Number && value.number <= 0xffffffffULL) {
            message.uid = quint32(value.number);
        } else if (key == "FLAGS" && value.type == Value::Type::List) {
            for (const Value& flag : value.list) {
                if (flag.type == Value::Type::Atom)
                    message.flags.append(flag.text);
            }
        } else if (key == "INTERNALDATE" && value.isString()) {
            message.internalDate = parseInternalDate(value.text);
        } else if (key == "BODYSTRUCTURE" || key == "BODY") {
            message.bodyStructure = value;
        } else if (key == "BODY[HEADER]" && (value.isString() || value.type == Value::Type::Nil)) {
            message.header = value.text;
        } else if (key == "BODY[]" && (value.isString() || value.type == Value::Type::Nil)) {
            message.body = value.text;
        } else if (key == "X-GM-LABELS") {
            message.hasGmailLabels = true;
            const auto addLabel = [&message](const Value& label) {
                if (label.type != Value::Type::List && label.type != Value::Type::Nil && message.gmailLabels.size() < 1000)
                    message.gmailLabels.append(label.text);
            };
            if (value.type == Value::Type::List) {
                for (const Value& label : value.list)
                    addLabel(label);
            } else {
                addLabel(value);
            }
        }
    }
    return message;
}

bool UidFetchTask::handleUntagged(const Response& response)
{
    if (response.name != "FETCH" || !response.number || response.values.isEmpty()
        || response.values.at(0).type != Value::Type::List)
        return false;
    FetchedMessage message = parseFetchItems(response.values.at(0).list);
    message.sequence = *response.number;
    // unsolicited FETCH (flag updates of other messages) carry no UID we asked for
    if (message.uid == 0 || !m_uids.contains(message.uid))
        return false;
    for (FetchedMessage& existing : m_messages) {
        if (existing.uid == message.uid) {
            // a server may split the items over several FETCH responses
            if (message.header.isEmpty())
                message.header = existing.header;
            if (message.body.isEmpty())
                message.body = existing.body;
            if (!message.internalDate.isValid())
                message.internalDate = existing.internalDate;
            if (message.bodyStructure.type == Value::Type::Nil)
                message.bodyStructure = existing.bodyStructure;
            if (!message.hasGmailLabels) {
                message.gmailLabels = existing.gmailLabels;
                message.hasGmailLabels = existing.hasGmailLabels;
            }
            if (message.flags.isEmpty())
                message.flags = existing.flags;
            existing = std::move(message);
            return true;
        }
    }
    m_messages.append(std::move(message));
    return true;
}

void UidFetchTask::handleTagged(const Response& response)
{
    if (response.status == Response::Status::Ok)
        finish();
    else
        fail(commandError(response, QStringLiteral("UID FETCH")));
}

// ---------------------------------------------------------------------------------------------

void LogoutTask::perform(ImapSession* session)
{
    m_session = session;
    session->sendCommand(this, "LOGOUT");
}

void LogoutTask::handleTagged(const Response&)
{
    finish();
}

} // namespace Deliverbench::Imap
