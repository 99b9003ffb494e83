// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/ImapTypes.h"
#include "placement/PlacementResult.h"
#include "placement/SeedList.h"

#include <QObject>
#include <QPointer>

namespace Deliverbench::Imap {
class ImapSession;
}

namespace Deliverbench::Placement {

/** @short How the campaign's copies are found (the token in a header or in the subject). */
struct PollOptions
{
    QByteArray token;                          ///< the campaign token (printable ASCII)
    QByteArray headerName = "X-Campaign-ID";   ///< UID SEARCH HEADER <name> <token>; empty: SUBJECT <token>
    QList<QSslCertificate> extraCaCertificates;
    bool verifyPeer = true;
    int connectTimeoutMs = 15000;
    int commandTimeoutMs = 20000;
};

/** @short The IMAP connection to @p seed's server with @p options' TLS trust and timeouts. */
Imap::ConnectionSettings connectionSettings(const Seed& seed, const PollOptions& options);

/** @short A folder to search and what finding a copy there means. */
struct SearchFolder
{
    QByteArray wireName;     ///< for EXAMINE
    QString displayName;
    PlacementKind placement = PlacementKind::Inbox;
    QString tab;
    bool required = false;   ///< the inbox: failing to EXAMINE it fails the seed
};

/**
 * @short The folders to search for a seed, from its configured roles and the LIST reply:
 * inbox (configured or INBOX), tabs (configured), spam (configured, else the RFC 6154 \\Junk
 * mailbox, else a common name: Junk, Spam, Bulk, Bulk Mail, Junk E-mail, [Gmail]/Spam …).
 */
QList<SearchFolder> resolveSearchFolders(const SeedFolders& configured, const QList<Imap::MailboxInfo>& mailboxes);

/**
 * @short Gmail category ("Promotions", "Updates", "Social", "Forums") from X-GM-LABELS, or empty.
 *
 * Gmail's IMAP does not list its categories among a message's X-GM-LABELS in practice (client
 * authors report it; the Gmail API names them CATEGORY_PROMOTIONS …, filters ^smartlabel_promo …).
 * Both forms are recognised here in case a server shows them; otherwise SeedPoll asks Gmail's
 * search with X-GM-RAW "category:promotions" etc. for the copies found in the inbox.
 */
QString gmailCategoryFromLabels(const QList<QByteArray>& labels);

/**
 * @short One poll of one seed: connect, authenticate, LIST, then per folder EXAMINE (read-only),
 * UID SEARCH for the token and UID FETCH of the header block, structure and INTERNALDATE of the
 * matches (BODY.PEEK: no flag changes), Gmail categories where X-GM-EXT-1 is offered, LOGOUT.
 * Emits finished() once; result() then holds the placement (Missing when nothing was found).
 */
class SeedPoll : public QObject
{
    Q_OBJECT

public:
    SeedPoll(Seed seed, QString password, PollOptions options, QObject* parent = nullptr);
    ~SeedPoll() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    /** @short The outcome; delaySeconds is left to the run (it knows the send time). */
    const SeedResult& result() const { return m_result; }
    /** @short Folders that could not be searched (not fatal), for the drill-down. */
    const QStringList& notes() const { return m_notes; }

signals:
    void finished();

private:
    void onOpened();
    void afterLogin();
    void afterList(const QList<Imap::MailboxInfo>& mailboxes);
    void searchNextFolder();
    void fetchMatches(const QList<quint32>& uids);
    void classifyGmail(QList<DeliveredCopy> copies, int categoryIndex, QList<quint32> remaining);
    void folderDone(QList<DeliveredCopy> copies);
    void logoutAndFinish();
    void failWith(const Imap::ImapError& error);
    void complete();
    QByteArray searchCriteria() const;

    Seed m_seed;
    QString m_password;
    PollOptions m_options;
    QPointer<Imap::ImapSession> m_session;
    QList<SearchFolder> m_folders;
    int m_folderIndex = -1;
    bool m_gmail = false;
    bool m_finished = false;
    SeedResult m_result;
    QStringList m_notes;
};

} // namespace Deliverbench::Placement
