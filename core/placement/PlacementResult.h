// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "imap/ImapTypes.h"
#include "message/AuthResults.h"
#include "message/Message.h"
#include "message/Received.h"
#include "placement/SeedList.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Deliverbench::Placement {

/** @short Where a seed's copy landed (DESIGN.md `placement` tokens). */
enum class PlacementKind { Inbox, Tab, Spam, Missing, Error };

/** @short "inbox", "tab:NAME", "spam", "missing", "error". */
QString placementToken(PlacementKind placement, const QString& tab = {});
/** @short Parses a token back ("tab:Promotions" sets *tab). */
bool placementFromToken(const QString& token, PlacementKind* placement, QString* tab);

/** @short One delivered copy of the campaign in one folder of a seed box. */
struct DeliveredCopy
{
    QString folder;                    ///< display name of the folder it was found in
    QByteArray folderWireName;         ///< the folder's name on the wire (EXAMINE), for fetching the whole copy
    PlacementKind placement = PlacementKind::Inbox;
    QString tab;                       ///< for PlacementKind::Tab
    quint32 uid = 0;
    QDateTime arrival;                 ///< INTERNALDATE, UTC
    QList<QByteArray> flags;           ///< FLAGS as fetched (polling never changes them)
    QList<QByteArray> gmailLabels;     ///< X-GM-LABELS (Gmail)
    QByteArray header;                 ///< the delivered header block, as fetched (BODY.PEEK[HEADER])
    std::shared_ptr<const Mail::Message> message;   ///< header parsed with core/message
    QList<Mail::AuthenticationResults> authResults; ///< every Authentication-Results field, top first
    QList<Mail::ReceivedHop> received;              ///< Received chain, oldest first

    /** @short Parses `header` into message, authResults and received. */
    void parseHeader();
};

/** @short The outcome for one seed of a run (IMAP poll or vendor import). */
struct SeedResult
{
    Seed seed;
    PlacementKind placement = PlacementKind::Missing;
    QString tab;
    QString folder;
    QString error;                     ///< translated; for PlacementKind::Error
    QString errorKind;                 ///< Imap::errorKindToken, or "password"/"import"
    QDateTime arrival;
    std::optional<qint64> delaySeconds;  ///< arrival - run start
    QList<DeliveredCopy> copies;
    QList<Imap::TranscriptEntry> transcript;
    int polls = 0;

    QString placementText() const { return placementToken(placement, tab); }
    QJsonObject toJson() const;
};

/** @short Counts for one provider (a row of the matrix). */
struct ProviderCounts
{
    QString provider;
    int inbox = 0;
    int tab = 0;
    int spam = 0;
    int missing = 0;
    int error = 0;
    QMap<QString, int> tabs;   ///< per tab name

    int total() const { return inbox + tab + spam + missing + error; }
    void add(const SeedResult& result);
    QJsonObject toJson() const;
};

/** @short The placement matrix: providers as rows (in first-seen order) plus a total row. */
struct PlacementSummary
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Placement::PlacementSummary)

public:
    QList<ProviderCounts> rows;
    ProviderCounts total;

    static PlacementSummary fromResults(const QList<SeedResult>& results);
    /** @short `{PROVIDER: {"inbox", "tab", "spam", "missing", "error"}}` (DESIGN.md). */
    QJsonObject toJson() const;
    /** @short The text matrix (counts and percentages per provider). */
    QString toText() const;
};

/** @short DESIGN.md `placement` JSON: `{"seeds": [...], "summary": {...}}` (+ "findings", "run"). */
QJsonObject placementJson(const QList<SeedResult>& results, const Findings& findings = {}, const QJsonObject& run = {});

/** @short PLACEMENT.* and IMAP.* findings for the results (docs/findings.md). */
Findings placementFindings(const QList<SeedResult>& results);

} // namespace Deliverbench::Placement
