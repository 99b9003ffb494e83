// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Auth {

struct SpfEvaluation;
struct DkimSignatureResult;
struct DmarcEvaluation;

/** @short Status of one scorecard row. */
enum class ScoreStatus { Pass, Fail, Unknown };
/** @short "pass", "fail", "unknown". */
QByteArray scoreStatusToken(ScoreStatus status);

/** @short One bulk-sender requirement with its verdict for this message. */
struct ScorecardRow
{
    QByteArray id;                  ///< stable: "spf-pass", "dkim-pass", "dmarc-record", "dmarc-aligned", "ptr",
                                    ///< "fcrdns", "tls", "one-click-unsubscribe", "dkim-key-size", "rfc5322"
    QString requirement;            ///< translated requirement text
    QStringList providers;          ///< "Gmail", "Yahoo", "Microsoft": who requires it (untranslated names)
    ScoreStatus status = ScoreStatus::Unknown;
    QString evidence;               ///< translated: the values the verdict rests on
    QString reference;              ///< the providers' published rule / RFC

    QJsonObject toJson() const;     ///< {"id", "requirement", "providers", "status", "evidence", "reference"}
};

/** @short Reverse DNS of the sending IP: PTR names and their forward confirmation (FCrDNS). */
struct ReverseDnsCheck
{
    bool looked = false;            ///< lookups were made (an IP was known and DNS was asked)
    QHostAddress ip;
    QByteArray reverseName;         ///< x.x.x.x.in-addr.arpa
    QByteArray ptrOutcome;          ///< Dns::outcomeToken of the PTR query
    QList<QByteArray> ptrNames;     ///< PTR targets (at most 10 looked at)
    QByteArray confirmedName;       ///< the first PTR name whose A/AAAA contains the IP; empty if none
    bool temporaryError = false;    ///< a lookup failed (timeout, SERVFAIL): the rows are unknown
    QStringList queries;            ///< "name TYPE -> answer" lines
};

/** @short What the scorecard looks at in the message, read up front (the message need not outlive). */
struct ScorecardMessageFacts
{
    QList<QByteArray> listUnsubscribe;      ///< unfolded List-Unsubscribe values
    QList<QByteArray> listUnsubscribePost;  ///< unfolded List-Unsubscribe-Post values
    bool receivingHopKnown = false;
    bool receivingHopTls = false;
    QByteArray receivingHopWith;            ///< "ESMTPS" …
    QByteArray receivingHopTlsDetails;
    QByteArray receivingHopBy;
    Findings lintErrors;                    ///< MessageLint findings at error level (RFC 5322 conformity)
    bool headersOnly = false;
};

/** @short Reads the facts from a message; `receivedOffset` is the receiving hop's Received field (-1: none). */
ScorecardMessageFacts scorecardFacts(const Mail::Message& message, qint64 receivedOffset);

/** @short The bulk-sender scorecard (Gmail/Yahoo 2024, Microsoft 2025). */
struct Scorecard
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Auth::Scorecard)

public:
    QList<ScorecardRow> rows;

    const ScorecardRow* row(QByteArrayView id) const;
    int count(ScoreStatus status) const;
    /** @short SCORECARD.<ID> per failing row (warning) and SCORECARD.UNKNOWN (info) when rows are unknown. */
    Findings findings() const;
    /** @short {"rows": [...], "pass": N, "fail": N, "unknown": N}. */
    QJsonObject toJson() const;
};

/** @short Builds the rows from the verdicts, the message facts and the reverse-DNS check. */
Scorecard buildScorecard(const ScorecardMessageFacts& facts, const SpfEvaluation& spf, bool spfEvaluated,
                         const QList<DkimSignatureResult>& dkim, const DmarcEvaluation& dmarc,
                         const ReverseDnsCheck& reverseDns);

} // namespace Deliverbench::Auth
