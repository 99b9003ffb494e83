// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/FolderDiscovery.h"

#include "imap/ImapSession.h"
#include "imap/ImapTasks.h"

#include <QCoreApplication>

namespace Deliverbench::Placement {

using namespace Deliverbench::Imap;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Placement", text);
}

bool selectable(const MailboxInfo& m)
{
    return !m.hasAttribute("\\Noselect") && !m.hasAttribute("\\NonExistent");
}

QString findByAttribute(const QList<MailboxInfo>& mailboxes, QByteArrayView attribute)
{
    for (const MailboxInfo& m : mailboxes) {
        if (selectable(m) && m.hasAttribute(attribute))
            return m.displayName;
    }
    return {};
}

QString findByName(const QList<MailboxInfo>& mailboxes, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        for (const MailboxInfo& m : mailboxes) {
            if (selectable(m) && m.displayName.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return m.displayName;
        }
    }
    return {};
}

} // namespace

QStringList applyDiscoveredFolders(SeedFolders* folders, const QList<MailboxInfo>& mailboxes)
{
    QStringList changed;
    if (folders->spam.isEmpty()) {
        QString spam = findByAttribute(mailboxes, "\\Junk");
        if (spam.isEmpty()) {
            // the same fallbacks the poll uses
            for (const SearchFolder& f : resolveSearchFolders(SeedFolders{}, mailboxes)) {
                if (f.placement == PlacementKind::Spam)
                    spam = f.displayName;
            }
        }
        if (!spam.isEmpty()) {
            folders->spam = spam;
            changed << tr("spam: %1").arg(spam);
        }
    }
    if (folders->trash.isEmpty()) {
        QString trash = findByAttribute(mailboxes, "\\Trash");
        if (trash.isEmpty())
            trash = findByName(mailboxes, {"Trash", "Deleted Items", "Deleted Messages", "[Gmail]/Trash", "[Gmail]/Bin"});
        if (!trash.isEmpty()) {
            folders->trash = trash;
            changed << tr("trash: %1").arg(trash);
        }
    }
    if (folders->inbox.isEmpty()) {
        folders->inbox = QStringLiteral("INBOX");
        changed << tr("inbox: INBOX");
    }
    return changed;
}

FolderDiscovery::FolderDiscovery(Seed seed, QString password, PollOptions options, QObject* parent)
    : QObject(parent)
    , m_seed(std::move(seed))
    , m_password(std::move(password))
    , m_options(std::move(options))
    , m_result(makeError(Error::Kind::Internal, tr("not discovered yet")))
{
}

FolderDiscovery::~FolderDiscovery()
{
    m_finished = true;
    if (m_session)
        m_session->abort();
}

void FolderDiscovery::start()
{
    m_session = new ImapSession(connectionSettings(m_seed, m_options), this);
    const auto onError = [this](const ImapError& error) { complete(makeError(Error::Kind::Network, error.message)); };
    connect(m_session, &ImapSession::failed, this, onError);
    connect(m_session, &ImapSession::opened, this, [this, onError] {
        if (m_finished)
            return;
        if (!m_session->isPreauthenticated()) {
            auto* login = new LoginTask(m_seed.loginName(), m_password);
            connect(login, &ImapTask::failed, this, onError);
            m_session->enqueue(login);
        }
        auto* capability = new CapabilityTask();   // post-login capabilities (SPECIAL-USE)
        connect(capability, &ImapTask::failed, this, onError);
        m_session->enqueue(capability);
        auto* list = new ListTask();
        connect(list, &ImapTask::failed, this, onError);
        connect(list, &ImapTask::completed, this, [this, list] {
            if (m_finished)
                return;
            QList<MailboxInfo> mailboxes = list->mailboxes();
            m_session->enqueue(new LogoutTask());
            complete(std::move(mailboxes));
        });
        m_session->enqueue(list);
    });
    m_session->open();
}

void FolderDiscovery::cancel()
{
    complete(makeError(Error::Kind::Cancelled, tr("cancelled")));
}

void FolderDiscovery::complete(Result<QList<MailboxInfo>> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    if (m_session && !m_result)
        m_session->abort();
    emit finished();
}

} // namespace Deliverbench::Placement
