// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Bounce.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Report {

/** @short What the batch summary needs of one message (the CLI's `--summary`, the GUI Batch view). */
struct BatchEntry
{
    QString sendingDomain;        ///< RFC5322.From domain (lower case), "" when none or several
    QStringList dkimDomains;      ///< d= of the DKIM-Signature fields (lower case, distinct, header order)
    QString verdict;              ///< "pass", "fail", … (auth: the DMARC result; inspect: the worst severity)
    QList<BounceRecord> bounces;  ///< classifyBounceMessage(): empty when the message is not a bounce
};

/**
 * @short Reads the sending domain, the DKIM d= values (from the fields, not verified) and the bounce
 * records of a message; the verdict is left to the caller.
 */
BatchEntry batchEntryFromMessage(const Mail::Message& message);

/** @short One group of the summary: messages sharing sending domain, DKIM d= and verdict. */
struct BatchGroup
{
    QString sendingDomain;
    QString dkimDomains;          ///< the d= values joined with ",", "" for unsigned
    QString verdict;
    int count = 0;
};

/**
 * @short Batch triage (issue 7): counts by sending domain, by DKIM d=, by verdict and by the
 * combination of the three, plus the bounces by cause and by receiving domain (BounceSummary).
 */
class BatchSummary
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Report::BatchSummary)

public:
    void add(const BatchEntry& entry);

    int messages() const { return m_messages; }
    const QMap<QString, int>& bySendingDomain() const { return m_bySendingDomain; }
    const QMap<QString, int>& byDkimDomain() const { return m_byDkimDomain; }
    const QMap<QString, int>& byVerdict() const { return m_byVerdict; }
    /** @short The groups, largest first (then by sending domain, d=, verdict). */
    QList<BatchGroup> groups() const;
    const BounceSummary& bounces() const { return m_bounces; }

    // The keys add() counts an entry under: a view filters its rows by a group with the same keys.
    /** @short bySendingDomain() key: the domain, or "(none)" (translated). */
    static QString sendingDomainKey(const BatchEntry& entry);
    /** @short byDkimDomain() keys: every distinct d=, or "(unsigned)" (translated). */
    static QStringList dkimDomainKeys(const BatchEntry& entry);
    /** @short byVerdict() key: the verdict, or "(none)" (translated). */
    static QString verdictKey(const BatchEntry& entry);
    /** @short The group of an entry as groupKey(BatchGroup) gives it (fields joined by U+001F). */
    static QString groupKey(const BatchEntry& entry);
    static QString groupKey(const BatchGroup& group);
    /** @short BounceSummary::byDomain key of a record: its domain, or "(unknown)". */
    static QString bounceDomainKey(const BounceRecord& record);

    /** @short {"messages", "groups": [{"sendingDomain", "dkimDomains", "verdict", "count"}],
     *  "bySendingDomain": {…}, "byDkimDomain": {…}, "byVerdict": {…}, "bounces": BounceSummary::toJson()}. */
    QJsonObject toJson() const;
    /** @short A plain-text table for the CLI (translated headings, aligned columns). */
    QString toText() const;

private:
    int m_messages = 0;
    QMap<QString, int> m_bySendingDomain;
    QMap<QString, int> m_byDkimDomain;
    QMap<QString, int> m_byVerdict;
    QMap<QStringList, int> m_groups; ///< key: {sendingDomain, dkimDomains, verdict}
    BounceSummary m_bounces;
};

} // namespace Deliverbench::Report
