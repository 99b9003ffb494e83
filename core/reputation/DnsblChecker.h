// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "common/Result.h"
#include "dns/Resolver.h"
#include "reputation/Catalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Deliverbench::Reputation {

/** @short A thing to look up: an IPv4/IPv6 address or a domain, with its query prefix. */
struct Target
{
    QString text;        ///< normalized: canonical address text or lower-case ACE domain
    TargetType type = Ipv4;
    QByteArray prefix;   ///< "4.3.2.1", the nibbles, or the domain (RFC 5782 §2)
};

/** @short Parses an IP address or a domain name (IDN allowed); an error for anything else. */
Result<Target> parseTarget(QStringView text);

/** @short One (target, list) answer. */
struct DnsblResult
{
    QString target;
    TargetType targetType = Ipv4;
    QString listId;
    QString listName;
    QString zone;
    QByteArray query;         ///< the name asked (prefix.zone)
    ListingStatus status = ListingStatus::Unknown;
    QStringList answers;      ///< A records as received
    QString meaning;          ///< of the return codes (listed) or why the result is unknown
    QString txt;              ///< TXT reason published by the list (listed only)
    QString dnsOutcome;       ///< "NOERROR", "NXDOMAIN", "TIMEOUT", …
    QString delistUrl;
    Severity severity = Severity::Pass; ///< of a listing; Info/Warning for unknown
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

/** @short Counts for one target or for the whole run. */
struct DnsblSummary
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Reputation::DnsblSummary)

public:
    QString target;           ///< empty for the whole run
    int lists = 0;            ///< checks made (applicable lists)
    int listed = 0;
    int clear = 0;
    int unknown = 0;
    /** @short "listed on 2 of 54 lists, 1 unknown". */
    QString line() const;
    QJsonObject toJson() const;
};

/**
 * @short Checks targets against the catalogue's lists: all queries in parallel through one
 * Resolver (bounded in flight), a TXT lookup for each listing, a tri-state result per list.
 */
class DnsblChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 1000;
    static constexpr int kMaxTargets = 2000;

    /** @short `resolver` is not owned; it must outlive the checker's run. */
    explicit DnsblChecker(Dns::Resolver* resolver, QObject* parent = nullptr);

    /** @short Starts the checks; results arrive in resultReady() and finished(). */
    void start(const Catalogue& catalogue, const QList<Target>& targets);
    void cancel();
    bool isRunning() const { return m_running; }

    /** @short Results in (target, catalogue) order, whatever order answers came in. */
    QList<DnsblResult> results() const;
    DnsblSummary summary() const;
    QList<DnsblSummary> summaryPerTarget() const;
    /** @short Findings: DNSBL.LISTED per listing, DNSBL.UNKNOWN / DNSBL.BAD_ANSWER per unknown, DNSBL.CLEAR per clean target. */
    Findings findings() const;
    /** @short DESIGN.md `dnsbl` shape: {"results": [...], "summary": {...}} plus "targets" and "findings". */
    QJsonObject toJson() const;
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void resultReady(const Deliverbench::Reputation::DnsblResult& result);
    void progress(int done, int total);
    void finished();

private:
    struct Job
    {
        int index = 0;
        QByteArray name;
        const BlockList* list = nullptr;
    };
    void launchMore();
    void onAnswer(int index, const Dns::Answer& answer);
    void onTxt(int index, const Dns::Answer& answer);
    void complete(int index);

    QPointer<Dns::Resolver> m_resolver;
    Catalogue m_catalogue;
    QList<Target> m_targets;
    QList<DnsblResult> m_results;
    QList<Job> m_jobs;
    QElapsedTimer m_clock;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    qint64 m_elapsedMs = 0;
    bool m_running = false;
    QObject* m_context = nullptr; ///< receiver of the resolver callbacks; replaced on cancel
};

} // namespace Deliverbench::Reputation
