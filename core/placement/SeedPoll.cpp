// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/SeedPoll.h"

#include "imap/ImapSession.h"
#include "imap/ImapTasks.h"

#include <QCoreApplication>

namespace Deliverbench::Placement {

using namespace Deliverbench::Imap;

namespace {

/** @short Spam folder names in the order they are tried when no \\Junk attribute is offered. */
const char* const kSpamNames[] = {"Junk", "Spam", "Bulk", "Bulk Mail", "Junk E-mail", "Junk Email", "Junk Mail",
                                  "[Gmail]/Spam", "[Google Mail]/Spam", "INBOX.Junk", "INBOX.Spam", "INBOX/Junk",
                                  "INBOX/Spam"};

struct GmailCategory
{
    const char* tab;
    const char* search;
};
const GmailCategory kGmailCategories[] = {
    {"Promotions", "category:promotions"},
    {"Social", "category:social"},
    {"Updates", "category:updates"},
    {"Forums", "category:forums"},
};

const MailboxInfo* findMailbox(const QList<MailboxInfo>& mailboxes, const QString& name)
{
    for (const MailboxInfo& m : mailboxes) {
        if (m.displayName == name)
            return &m;
    }
    for (const MailboxInfo& m : mailboxes) {
        if (m.displayName.compare(name, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

bool isNoSelect(const MailboxInfo& m)
{
    return m.hasAttribute("\\Noselect") || m.hasAttribute("\\NonExistent");
}

SearchFolder folderFor(const QList<MailboxInfo>& mailboxes, const QString& name, PlacementKind placement, const QString& tab)
{
    SearchFolder folder;
    folder.placement = placement;
    folder.tab = tab;
    if (const MailboxInfo* m = findMailbox(mailboxes, name)) {
        folder.wireName = m->name;
        folder.displayName = m->displayName;
    } else {
        folder.wireName = name.toUtf8();
        folder.displayName = name;
    }
    return folder;
}

} // namespace

QList<SearchFolder> resolveSearchFolders(const SeedFolders& configured, const QList<MailboxInfo>& mailboxes)
{
    QList<SearchFolder> folders;
    SearchFolder inbox = folderFor(mailboxes, configured.inbox.isEmpty() ? QStringLiteral("INBOX") : configured.inbox,
                                   PlacementKind::Inbox, {});
    inbox.required = true;
    folders.append(inbox);
    for (auto it = configured.tabs.cbegin(); it != configured.tabs.cend(); ++it)
        folders.append(folderFor(mailboxes, it.value(), PlacementKind::Tab, it.key()));

    if (!configured.spam.isEmpty()) {
        folders.append(folderFor(mailboxes, configured.spam, PlacementKind::Spam, {}));
        return folders;
    }
    // RFC 6154 §2: the \Junk attribute marks the spam folder
    for (const MailboxInfo& m : mailboxes) {
        if (m.hasAttribute("\\Junk") && !isNoSelect(m)) {
            folders.append(SearchFolder{m.name, m.displayName, PlacementKind::Spam, {}, false});
            return folders;
        }
    }
    for (const char* candidate : kSpamNames) {
        const QString name = QLatin1String(candidate);
        for (const MailboxInfo& m : mailboxes) {
            if (!isNoSelect(m) && m.displayName.compare(name, Qt::CaseInsensitive) == 0) {
                folders.append(SearchFolder{m.name, m.displayName, PlacementKind::Spam, {}, false});
                return folders;
            }
        }
    }
    // last path component ("Mail/Junk", "INBOX.Spam")
    for (const MailboxInfo& m : mailboxes) {
        if (isNoSelect(m))
            continue;
        const QString delimiter = QString::fromUtf8(m.delimiter);
        const QString last = delimiter.isEmpty() ? m.displayName : m.displayName.section(delimiter, -1);
        for (const char* candidate : {"Junk", "Spam", "Bulk"}) {
            if (last.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0) {
                folders.append(SearchFolder{m.name, m.displayName, PlacementKind::Spam, {}, false});
                return folders;
            }
        }
    }
    return folders;
}

QString gmailCategoryFromLabels(const QList<QByteArray>& labels)
{
    struct Form
    {
        const char* label;
        const char* tab;
    };
    static const Form forms[] = {
        {"CATEGORY_PROMOTIONS", "Promotions"}, {"^smartlabel_promo", "Promotions"},
        {"CATEGORY_SOCIAL", "Social"},         {"^smartlabel_social", "Social"},
        {"CATEGORY_UPDATES", "Updates"},       {"^smartlabel_notification", "Updates"},
        {"CATEGORY_FORUMS", "Forums"},         {"^smartlabel_group", "Forums"},
    };
    for (const QByteArray& raw : labels) {
        QByteArrayView label(raw);
        if (label.startsWith('\\'))
            label = label.sliced(1);
        for (const Form& form : forms) {
            if (label.compare(form.label, Qt::CaseInsensitive) == 0)
                return QLatin1String(form.tab);
        }
    }
    return {};
}

SeedPoll::SeedPoll(Seed seed, QString password, PollOptions options, QObject* parent)
    : QObject(parent)
    , m_seed(std::move(seed))
    , m_password(std::move(password))
    , m_options(std::move(options))
{
    m_result.seed = m_seed;
}

SeedPoll::~SeedPoll() = default;

QByteArray SeedPoll::searchCriteria() const
{
    if (m_options.headerName.isEmpty())
        return UidSearchTask::subjectCriteria(m_options.token);
    return UidSearchTask::headerCriteria(m_options.headerName, m_options.token);
}

ConnectionSettings connectionSettings(const Seed& seed, const PollOptions& options)
{
    ConnectionSettings settings;
    settings.host = seed.host;
    settings.port = seed.port;
    settings.tls = seed.tls;
    settings.extraCaCertificates = options.extraCaCertificates;
    settings.verifyPeer = options.verifyPeer;
    settings.connectTimeoutMs = options.connectTimeoutMs;
    settings.commandTimeoutMs = options.commandTimeoutMs;
    return settings;
}

void SeedPoll::start()
{
    if (searchCriteria().isEmpty()) {
        failWith({ImapError::Kind::CommandFailed, tr("the campaign token cannot be used in an IMAP search")});
        return;
    }
    m_session = new ImapSession(connectionSettings(m_seed, m_options), this);
    connect(m_session, &ImapSession::opened, this, &SeedPoll::onOpened);
    connect(m_session, &ImapSession::failed, this, &SeedPoll::failWith);
    m_session->open();
}

void SeedPoll::cancel()
{
    failWith({ImapError::Kind::Cancelled, tr("cancelled")});
}

void SeedPoll::onOpened()
{
    if (m_finished)
        return;
    if (m_session->isPreauthenticated()) {
        afterLogin();
        return;
    }
    auto* login = new LoginTask(m_seed.loginName(), m_password);
    connect(login, &ImapTask::completed, this, &SeedPoll::afterLogin);
    connect(login, &ImapTask::failed, this, &SeedPoll::failWith);
    m_session->enqueue(login);
}

void SeedPoll::afterLogin()
{
    if (m_finished)
        return;
    // post-login capabilities differ (SPECIAL-USE, X-GM-EXT-1): ask again
    auto* capability = new CapabilityTask();
    connect(capability, &ImapTask::failed, this, &SeedPoll::failWith);
    m_session->enqueue(capability);
    auto* list = new ListTask();
    connect(list, &ImapTask::completed, this, [this, list] {
        m_gmail = m_session->hasCapability("X-GM-EXT-1");
        afterList(list->mailboxes());
    });
    connect(list, &ImapTask::failed, this, &SeedPoll::failWith);
    m_session->enqueue(list);
}

void SeedPoll::afterList(const QList<MailboxInfo>& mailboxes)
{
    if (m_finished)
        return;
    m_folders = resolveSearchFolders(m_seed.folders, mailboxes);
    m_folderIndex = -1;
    searchNextFolder();
}

void SeedPoll::searchNextFolder()
{
    if (m_finished)
        return;
    ++m_folderIndex;
    if (m_folderIndex >= m_folders.size()) {
        logoutAndFinish();
        return;
    }
    const SearchFolder folder = m_folders.at(m_folderIndex);
    auto* examine = new ExamineTask(folder.wireName);
    connect(examine, &ImapTask::failed, this, [this, folder](const ImapError& error) {
        if (m_finished)
            return;
        if (folder.required || error.kind != ImapError::Kind::CommandFailed) {
            failWith(error);
            return;
        }
        m_notes << tr("folder %1 could not be searched: %2").arg(folder.displayName, error.message);
        searchNextFolder();
    });
    connect(examine, &ImapTask::completed, this, [this, examine] {
        if (m_finished)
            return;
        if (examine->exists() == 0) {
            folderDone({});
            return;
        }
        auto* search = new UidSearchTask(searchCriteria());
        connect(search, &ImapTask::completed, this, [this, search] {
            if (m_finished)
                return;
            if (search->uids().isEmpty())
                folderDone({});
            else
                fetchMatches(search->uids());
        });
        connect(search, &ImapTask::failed, this, [this](const ImapError& error) {
            if (error.kind != ImapError::Kind::CommandFailed) {
                failWith(error);
                return;
            }
            if (m_finished)
                return;
            m_notes << error.message;
            folderDone({});
        });
        m_session->enqueue(search);
    });
    m_session->enqueue(examine);
}

void SeedPoll::fetchMatches(const QList<quint32>& uids)
{
    const SearchFolder folder = m_folders.at(m_folderIndex);
    auto* fetch = new UidFetchTask(uids, m_gmail);
    connect(fetch, &ImapTask::failed, this, [this](const ImapError& error) {
        if (error.kind != ImapError::Kind::CommandFailed) {
            failWith(error);
            return;
        }
        if (m_finished)
            return;
        m_notes << error.message;
        folderDone({});
    });
    connect(fetch, &ImapTask::completed, this, [this, fetch, folder] {
        if (m_finished)
            return;
        QList<DeliveredCopy> copies;
        QList<quint32> unclassified;
        for (const FetchedMessage& m : fetch->messages()) {
            DeliveredCopy copy;
            copy.folder = folder.displayName;
            copy.folderWireName = folder.wireName;
            copy.placement = folder.placement;
            copy.tab = folder.tab;
            copy.uid = m.uid;
            copy.arrival = m.internalDate;
            copy.flags = m.flags;
            copy.gmailLabels = m.gmailLabels;
            copy.header = m.header;
            copy.parseHeader();
            if (m_gmail && folder.placement == PlacementKind::Inbox) {
                const QString category = gmailCategoryFromLabels(m.gmailLabels);
                if (!category.isEmpty()) {
                    copy.placement = PlacementKind::Tab;
                    copy.tab = category;
                } else {
                    unclassified.append(m.uid);
                }
            }
            copies.append(std::move(copy));
        }
        if (!unclassified.isEmpty())
            classifyGmail(std::move(copies), 0, std::move(unclassified));
        else
            folderDone(std::move(copies));
    });
    m_session->enqueue(fetch);
}

void SeedPoll::classifyGmail(QList<DeliveredCopy> copies, int categoryIndex, QList<quint32> remaining)
{
    if (m_finished)
        return;
    if (categoryIndex >= int(std::size(kGmailCategories)) || remaining.isEmpty()) {
        folderDone(std::move(copies));
        return;
    }
    const GmailCategory category = kGmailCategories[categoryIndex];
    // Gmail search syntax through its IMAP extension (X-GM-RAW), limited to the copies found
    auto* search = new UidSearchTask("UID " + uidSet(remaining) + " X-GM-RAW " + quoteString(category.search));
    connect(search, &ImapTask::completed, this, [this, search, copies, categoryIndex, remaining, category]() mutable {
        if (m_finished)
            return;
        for (const quint32 uid : search->uids()) {
            if (!remaining.removeOne(uid))
                continue;
            for (DeliveredCopy& copy : copies) {
                if (copy.uid == uid) {
                    copy.placement = PlacementKind::Tab;
                    copy.tab = QLatin1String(category.tab);
                }
            }
        }
        classifyGmail(std::move(copies), categoryIndex + 1, std::move(remaining));
    });
    connect(search, &ImapTask::failed, this, [this, copies](const ImapError& error) mutable {
        if (error.kind != ImapError::Kind::CommandFailed) {
            failWith(error);
            return;
        }
        if (m_finished)
            return;
        m_notes << tr("Gmail category search failed: %1").arg(error.message);
        folderDone(std::move(copies));
    });
    m_session->enqueue(search);
}

void SeedPoll::folderDone(QList<DeliveredCopy> copies)
{
    m_result.copies.append(std::move(copies));
    searchNextFolder();
}

void SeedPoll::logoutAndFinish()
{
    if (m_result.copies.isEmpty()) {
        m_result.placement = PlacementKind::Missing;
    } else {
        // folders are searched inbox, tabs, spam: the first copy is the best placement
        const DeliveredCopy& best = m_result.copies.first();
        m_result.placement = best.placement;
        m_result.tab = best.tab;
        m_result.folder = best.folder;
        m_result.arrival = best.arrival;
    }
    auto* logout = new LogoutTask();
    connect(logout, &ImapTask::completed, this, &SeedPoll::complete);
    connect(logout, &ImapTask::failed, this, &SeedPoll::complete);
    disconnect(m_session, &ImapSession::failed, this, &SeedPoll::failWith);
    m_session->enqueue(logout);
}

void SeedPoll::failWith(const ImapError& error)
{
    if (m_finished)
        return;
    if (!m_result.copies.isEmpty()) {
        // copies already found stay the answer; the error is noted
        m_notes << error.message;
        const DeliveredCopy& best = m_result.copies.first();
        m_result.placement = best.placement;
        m_result.tab = best.tab;
        m_result.folder = best.folder;
        m_result.arrival = best.arrival;
    } else {
        m_result.placement = PlacementKind::Error;
        m_result.error = error.message;
        m_result.errorKind = errorKindToken(error.kind);
    }
    complete();
}

void SeedPoll::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_session) {
        m_result.transcript = m_session->transcript();
        m_session->disconnect(this);
        m_session->abort();
        m_session->deleteLater();
    }
    emit finished();
}

} // namespace Deliverbench::Placement
