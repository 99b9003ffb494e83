// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "message/Message.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Deliverbench::Report {

/** @short Why a message bounced (docs/findings.md BOUNCE.*). */
enum class BounceCause {
    UnknownUser,      ///< the mailbox does not exist (x.1.1, "user unknown", "no such user")
    MailboxFull,      ///< quota exceeded (x.2.2, "mailbox full", "over quota")
    Policy,           ///< blocked by policy, content filter or a blocklist (x.7.1, "blocked using", "Spamhaus")
    Reputation,       ///< the sender's IP or domain reputation ("low reputation", "rate limited … reputation")
    Authentication,   ///< SPF/DKIM/DMARC failure (5.7.26, 5.7.23, 5.7.27, "DMARC policy")
    Temporary,        ///< greylisting, deferral, 4.x.x
    Other,
};

/** @short "unknown-user", "mailbox-full", "policy", "reputation", "authentication", "temporary", "other". */
QString bounceCauseToken(BounceCause cause);
/** @short Translated label of a cause. */
QString bounceCauseLabel(BounceCause cause);

/** @short The classification of one status / diagnostic text, with the rule that decided it. */
struct BounceClassification
{
    BounceCause cause = BounceCause::Other;
    QString rule;     ///< e.g. "phrase: user unknown (Postfix)" or "status 5.1.1"
};

/**
 * @short Classifies an enhanced status code (RFC 3463) and a diagnostic text.
 *
 * A table of common MTA/ISP phrases (Gmail, Microsoft, Yahoo, Postfix, Exim …) is tried
 * first; then the status code's subject/detail; then the SMTP reply code. Bounded: the text
 * is looked at up to its first 8 KiB.
 */
BounceClassification classifyBounce(QByteArrayView status, QStringView diagnostic);

/** @short One bounced recipient of a DSN (or of a bounce without a DSN part). */
struct BounceRecord
{
    QString recipient;     ///< Final-Recipient, or the address found in the text
    QString domain;        ///< the receiving domain (lower case), "" when unknown
    QByteArray action;     ///< failed, delayed …
    QByteArray status;     ///< enhanced status code, "" when none
    QString diagnostic;    ///< Diagnostic-Code or the matching text line
    QString reportingMta;
    BounceClassification classification;
};

/**
 * @short The bounced recipients of a message: from its message/delivery-status part (RFC 3464)
 * when it has one, else from the bounce text (Postfix "said:", Exim "SMTP error from remote",
 * Exchange "Remote Server returned"). Empty when the message is not a bounce.
 * A generic status (x.0.0) without a telling diagnostic is refined from the human-readable part.
 */
QList<BounceRecord> classifyBounceMessage(const Mail::Message& message);

/** @short Findings for the bounce records (one per record; BOUNCE.* codes in docs/findings.md). */
Findings bounceFindings(const QList<BounceRecord>& records);

/** @short Counts per cause and per receiving domain (the batch summary). */
struct BounceSummary
{
    int messages = 0;        ///< messages looked at
    int bounces = 0;         ///< messages with at least one bounce record
    int recipients = 0;      ///< bounce records
    QMap<QString, int> byCause;                  ///< cause token → count
    QMap<QString, QMap<QString, int>> byDomain;  ///< domain → cause token → count

    void add(const QList<BounceRecord>& records);
    QJsonObject toJson() const;
};

} // namespace Deliverbench::Report
