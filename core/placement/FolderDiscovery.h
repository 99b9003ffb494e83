// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "imap/ImapTypes.h"
#include "placement/SeedList.h"
#include "placement/SeedPoll.h"

#include <QObject>
#include <QPointer>

namespace Deliverbench::Imap {
class ImapSession;
}

namespace Deliverbench::Placement {

/**
 * @short Fills a seed's empty folder roles from a LIST reply: spam from the RFC 6154 \\Junk
 * mailbox (else the common names resolveSearchFolders() tries), trash from \\Trash (else
 * "Trash"/"Deleted Items"/"[Gmail]/Trash"). Roles already set are kept. Returns what changed.
 */
QStringList applyDiscoveredFolders(SeedFolders* folders, const QList<Imap::MailboxInfo>& mailboxes);

/**
 * @short Discovers a seed's folders: connect, authenticate, CAPABILITY, LIST "" "*" with
 * RETURN (SPECIAL-USE) where offered (RFC 6154 §5), LOGOUT. finished() is emitted once.
 */
class FolderDiscovery : public QObject
{
    Q_OBJECT

public:
    FolderDiscovery(Seed seed, QString password, PollOptions options, QObject* parent = nullptr);
    ~FolderDiscovery() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Result<QList<Imap::MailboxInfo>>& result() const { return m_result; }

signals:
    void finished();

private:
    void complete(Result<QList<Imap::MailboxInfo>> result);

    Seed m_seed;
    QString m_password;
    PollOptions m_options;
    QPointer<Imap::ImapSession> m_session;
    Result<QList<Imap::MailboxInfo>> m_result;
    bool m_finished = false;
};

} // namespace Deliverbench::Placement
