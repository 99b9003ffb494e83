// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "dns/Resolver.h"
#include "dns/ZoneOverlay.h"
#include "report/Case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace Deliverbench::Domain {
class DomainAudit;
}

namespace Deliverbench::Reputation {
class Catalogue;
class DnsblChecker;
}

namespace Deliverbench::Report {

/** @short What one re-check compares and where it asks (the GUI/CLI fill it from their settings). */
struct RecheckOptions
{
    Dns::ResolverOptions resolver;      ///< servers, timeouts (RFC 1035 lookups of the snapshot's names)
    bool dnsSnapshot = true;            ///< re-query every (name, type) of the case's DNS snapshot
    bool domainAudit = true;            ///< re-run the domain audit for the case's domains
    bool dnsbl = true;                  ///< re-run the DNSBL checks for the case's IPs and domains
    /** @short Re-run the message authentication (DKIM, SPF, DMARC, ARC) of every case message with a
     *  saved "auth" check, with the connection (IP, HELO, MAIL FROM) saved in it (RFC 7208 §2.2–§2.4). */
    bool auth = true;
    int maxAuthMessages = 200;          ///< auth re-runs at most (hostile case files)
    /** @short What-if records (the GUI's DNS settings, tests): answers for their (name, type) come from it. */
    Dns::ZoneOverlay overlay;
    bool fetchHttps = true;             ///< the domain audit's MTA-STS/BIMI fetches
    /** @short Blocklists (the DNSBL re-run, and telling listings apart in the snapshot); null = built-in. */
    const Reputation::Catalogue* catalogue = nullptr;
    int maxQueries = 5000;              ///< distinct snapshot lookups at most (hostile case files)
    QDateTime now;                      ///< ranAt; default: the current time (tests inject it)
};

/** @short One difference between the case's evidence and what the checks see now. */
struct RecheckChange
{
    enum class Kind {
        RecordChanged,      ///< NOERROR both times, different records
        RecordAppeared,     ///< NXDOMAIN/NODATA (or no answer) then, records now
        RecordDisappeared,  ///< records then, NXDOMAIN/NODATA now
        LookupFailed,       ///< answered then, SERVFAIL/REFUSED/timeout now: cannot compare
        ListingAppeared,    ///< a blocklist answers for the IP/domain now (RFC 5782 §2.1)
        ListingCleared,     ///< a blocklist answered then and does not now
        ListingChanged,     ///< listed both times with different return codes
        FindingAppeared,    ///< a re-run check reports a finding it did not report then
        FindingResolved,    ///< a finding of the earlier run is gone
        VerdictFlipped,     ///< an authentication verdict (a DKIM signature, SPF, DMARC, ARC) differs now
    };

    Kind kind = Kind::RecordChanged;
    QString subject;        ///< "example.test TXT", or the check and its input ("domain example.test")
    QString oldValue;       ///< records one a line, outcome token, or the finding (code: title)
    QString newValue;
    QDateTime oldTime;      ///< when the snapshot answer / the earlier check was taken (UTC)
    /** @short VerdictFlipped: the DNS records that changed and explain it ("name TYPE: then … now …"), one a line. */
    QString explanation;
    Severity severity = Severity::Warning;

    static QString kindToken(Kind kind);
    QJsonObject toJson() const;
};

/** @short The outcome of a re-check: the changes (also as findings) and the evidence taken now. */
struct RecheckResult
{
    QDateTime ranAt;                    ///< UTC
    QList<RecheckChange> changes;
    Findings findings;                  ///< one per change, or one RECHECK.UNCHANGED
    QList<CaseDnsEntry> snapshot;       ///< every answer the re-check used (the new snapshot)
    QList<CaseCheck> checks;            ///< the re-run checks (domain audit, DNSBL, auth), kept separately
    int comparedAnswers = 0;            ///< snapshot (name, type) pairs compared
    int skippedOverlay = 0;             ///< what-if (overlay) answers in the snapshot: not re-queried
    bool truncated = false;             ///< more than maxQueries distinct lookups in the snapshot
    bool cancelled = false;

    /** @short {"ranAt", "changes": [...], "comparedAnswers", "dnsSnapshot": [...], "checks": [...]}. */
    QJsonObject toJson() const;
};

/**
 * @short "Re-check": reruns a case's checks now and reports what changed since its evidence
 * was taken — a DNS record changed, appeared or disappeared, a blocklist listing appeared or
 * cleared, a finding of the domain audit or DNSBL check appeared or went away, an authentication
 * verdict of a case message (DKIM signature, SPF, DMARC, ARC) flipped, with the DNS change behind it.
 *
 * Everything runs on the event loop (one Resolver, no thread); finished() is emitted once,
 * also after cancel(). The case is not modified: applyRecheck() records the result.
 */
class Recheck : public QObject
{
    Q_OBJECT
public:
    explicit Recheck(QObject* parent = nullptr);
    ~Recheck() override;

    /** @short Starts re-checking `source` (copied); a running re-check is cancelled first. */
    void start(const Case& source, const RecheckOptions& options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const RecheckResult& result() const { return m_result; }

    /** @short Compares a snapshot answer with the answer now (both as CaseDnsEntry); no change: nullopt. */
    static std::optional<RecheckChange> compareAnswers(const CaseDnsEntry& before, const CaseDnsEntry& now,
                                                       bool isListing);
    /** @short Findings appeared/resolved between two runs of a check (keyed by code and title). */
    static QList<RecheckChange> compareFindings(const QString& subject, const Findings& before,
                                                const Findings& now, const QDateTime& beforeTime);
    /**
     * @short Verdicts flipped between a saved `auth` check result and a re-run (MessageAuthResult::toJson()
     * shapes): per DKIM signature (matched by index, d= and s=), SPF, DMARC and ARC. `dnsThen`/`dnsNow`
     * (key "name\nTYPE", as normalised by the re-check) give the explanation of each flip.
     */
    static QList<RecheckChange> compareAuth(const QString& message, const QJsonObject& before, const QJsonObject& now,
                                            const QDateTime& beforeTime, const QHash<QString, CaseDnsEntry>& dnsThen,
                                            const QHash<QString, CaseDnsEntry>& dnsNow);
    /** @short The change as a RECHECK.* finding (docs/findings.md). */
    static Finding changeFinding(const RecheckChange& change);

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void startAuth(quint64 generation);
    void stepDone();
    void finish();

    Case m_case;
    RecheckOptions m_options;
    RecheckResult m_result;
    std::unique_ptr<Dns::Resolver> m_resolver;
    QList<QPointer<Domain::DomainAudit>> m_audits;
    QPointer<Reputation::DnsblChecker> m_dnsbl;
    struct AuthRun
    {
        QString input;                  ///< the CaseMessage name
        QJsonObject before;             ///< the saved check's result
        QDateTime beforeTime;
        Findings findings;              ///< the re-run's
        QJsonObject now;                ///< the re-run's result; empty while running
    };
    QList<AuthRun> m_authRuns;
    QPointer<QObject> m_authContext;    ///< parent of the auth runs' context: deleting it cancels them
    QHash<QString, CaseDnsEntry> m_snapshotThen; ///< key → latest case snapshot answer (all of them)
    QHash<QString, CaseDnsEntry> m_before;   ///< key "name\ntype" → latest snapshot answer
    QHash<QString, CaseDnsEntry> m_now;
    QList<QByteArray> m_listingZones;
    int m_pending = 0;
    int m_total = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

/**
 * @short Records a re-check in the case without touching the old evidence: a check of kind
 * "recheck" (input: its time) with the change findings and RecheckResult::toJson(), which
 * holds the new DNS snapshot next to the case's original one.
 */
void applyRecheck(Case& theCase, const RecheckResult& result);

} // namespace Deliverbench::Report
