// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "common/Result.h"
#include "dns/DnsTypes.h"
#include "dns/QueryLog.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Deliverbench::Dns {
class Resolver;
}

namespace Deliverbench::Domain {

/** @short The parts of a domain audit; each finishes on its own (sectionFinished) so a UI can stream them. */
enum class Section { Mx, Spf, Dmarc, Dkim, MtaSts, TlsRpt, Bimi, Domain };
/** @short Every section, in report order (Domain — existence, DNSSEC, overlay — last). */
QList<Section> allSections();
/** @short Stable token: "mx", "spf", "dmarc", "dkim", "mtaSts", "tlsRpt", "bimi", "domain". */
QByteArray sectionToken(Section section);
/** @short Translated heading ("SPF", "MTA-STS", …). */
QString sectionTitle(Section section);

/** @short One node of the SPF include/redirect tree with its DNS lookup cost (RFC 7208 §4.6.4). */
struct SpfNode
{
    QByteArray domain;
    QByteArray via = "root";       ///< "root", "include", "redirect"
    char qualifier = '+';          ///< of the include term
    QByteArray record;             ///< the SPF record found there (empty if none)
    QByteArray status = "ok";      ///< "ok", "none", "multiple", "loop", "macro", "ignored", "truncated", "permerror", or a DNS outcome token
    int lookups = 0;               ///< lookup-costing terms in this record
    int totalLookups = 0;          ///< lookups + every child's totalLookups
    int voidLookups = 0;           ///< void answers to this record's terms (RFC 7208 §4.6.4)
    int totalVoidLookups = 0;
    QList<SpfNode> children;       ///< includes in record order, then the redirect

    QJsonObject toJson() const;
    /** @short Reads toJson()'s object back (a case file: untrusted, bounded depth and size). */
    static SpfNode fromJson(const QJsonObject& object, int depth = 0);
};

struct SpfResult
{
    QByteArray record;             ///< the domain's SPF record (empty when none)
    int lookups = 0;
    int voidLookups = 0;
    bool evaluated = false;        ///< a single record was found and walked
    SpfNode tree;
};

struct DmarcResult
{
    QByteArray record;
    QByteArray policy;             ///< policy in force for the audited domain (sp= at the org domain), empty when none
    QByteArray foundAt;            ///< name the record was found at ("_dmarc.example.org")
    QByteArray orgDomain;          ///< organizational domain (PSL)
    bool fromOrgDomain = false;
    int pct = 100;
};

struct MxAddress
{
    QHostAddress address;
    QList<QByteArray> ptr;         ///< PTR names
    QByteArray ptrStatus;          ///< DNS outcome token of the PTR lookup
    bool fcrdns = false;           ///< a PTR name resolves back to the address
};

struct MxHost
{
    QByteArray host;
    quint16 preference = 0;
    QList<QByteArray> cnameChain;
    QList<MxAddress> addresses;
};

struct DkimSelectorResult
{
    QByteArray selector;
    bool guessed = false;
    QString provider;              ///< for a guessed selector: whose common selector it is
    QByteArray status;             ///< DNS outcome token, or "invalid"/"revoked"/"ok"
    QByteArray record;
    QByteArray keyType;
    int keyBits = 0;
    bool revoked = false;
    bool testing = false;
};

struct MtaStsResult
{
    QByteArray record;
    QByteArray id;
    QString policyUrl;
    int httpStatus = 0;
    QByteArray policy;             ///< the policy file as fetched (bounded)
    QByteArray mode;
    qint64 maxAge = -1;
    QList<QByteArray> mx;
    QString fetchError;
};

struct TlsRptResult
{
    QByteArray record;
    QList<QByteArray> rua;
};

struct BimiResult
{
    QByteArray record;
    QByteArray foundAt;
    QByteArray location;
    QByteArray authority;
    int httpStatus = 0;
    qint64 svgBytes = 0;
    QString fetchError;
};

/** @short Everything one audit found; toJson() is DESIGN.md's `domain` shape. */
struct AuditResult
{
    QByteArray domain;
    Findings findings;             ///< Domain section first, then the others in allSections() order
    SpfResult spf;
    DmarcResult dmarc;
    QList<MxHost> mx;
    QList<DkimSelectorResult> dkim;
    MtaStsResult mtaSts;
    TlsRptResult tlsRpt;
    BimiResult bimi;
    bool dnssecAuthenticated = false;
    QList<Dns::QueryLogEntry> dns;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    /** @short Reads toJson()'s object back (findings and the DNS log included; a case file: untrusted). */
    static AuditResult fromJson(const QJsonObject& object);
};

/** @short What an audit does besides DNS (the Resolver carries servers, timeouts and the overlay). */
struct AuditOptions
{
    QList<QByteArray> selectors;          ///< DKIM selectors; empty: say so and try guessSelectors()
    bool fetchHttps = true;               ///< fetch the MTA-STS policy and the BIMI SVG
    int httpsTimeoutMs = 10000;
    QList<QSslCertificate> extraCaCertificates; ///< trusted in addition to the system's (--ca-file)
    /** @short "IP:PORT" or "[IPv6]:PORT": every HTTPS fetch connects there instead of the resolved
     *  host (tests); the certificate is still verified for the real host name, which is also sent as SNI and Host. */
    QString httpsConnectOverride;
    int maxSpfNodes = 64;                 ///< bound of the SPF tree (hostile records)
};

/** @short A labelled guess: a selector common providers use. */
struct SelectorGuess
{
    QByteArray selector;
    QString provider;
};

/**
 * @short The domain audit of issue 3: MX + PTR/FCrDNS, SPF tree, DMARC, DKIM keys, MTA-STS,
 * TLS-RPT, BIMI and the DNSSEC AD bit, as Findings with the DNS evidence attached.
 *
 * Every lookup goes through the Resolver given (one per run: its cache makes one query per
 * name, its query log is the trace); all independent lookups are issued at once, so an audit
 * takes about as long as its longest dependency chain (MX → A → PTR → A). HTTPS fetches use
 * QNetworkAccessManager with certificate verification. Nothing blocks: results stream out
 * through sectionFinished() and finished(); cancel() stops everything.
 */
class DomainAudit : public QObject
{
    Q_OBJECT
public:
    /** @short `resolver` is not owned and must outlive the audit. */
    explicit DomainAudit(Dns::Resolver* resolver, QObject* parent = nullptr);
    ~DomainAudit() override;

    /** @short Validates and normalises user input (IDN → A-labels, no trailing dot, lower case). */
    static Result<QByteArray> normalizeDomain(QStringView input);
    /** @short The short labelled list tried when no selector is given. */
    static QList<SelectorGuess> guessSelectors();

    /** @short Uses `manager` (not owned) for HTTPS; by default the audit owns one. */
    void setNetworkAccessManager(QNetworkAccessManager* manager);

    /** @short Starts auditing `domain` (already normalised); a running audit is cancelled first. */
    void start(const QByteArray& domain, const AuditOptions& options = {});
    /** @short Stops all lookups and fetches; finished() is emitted with result().cancelled set. */
    void cancel();
    bool isRunning() const { return m_running; }
    const AuditResult& result() const { return m_result; }
    /** @short Findings of one section (complete once sectionFinished(section) was emitted). */
    Findings findings(Section section) const { return m_sectionFindings.value(section); }
    /** @short The SPF include/redirect tree walked so far (RFC 7208 §4.6.4, §5.2); records still being
     *  looked up have status "pending". Bounded by AuditOptions::maxSpfNodes; empty before start(). */
    SpfNode spfTreeSnapshot() const;

Q_SIGNALS:
    void sectionFinished(Deliverbench::Domain::Section section, const Deliverbench::Findings& findings);
    /** @short Lookups and fetches answered out of those issued so far (the total grows as answers lead to more). */
    void progress(int done, int total);
    /** @short An SPF lookup was answered: spfTreeSnapshot() may have grown (a UI streams the tree). */
    void spfTreeChanged();
    void finished();

private:
    struct SpfWalk;
    struct FetchResult;
    using AnswerHandler = std::function<void(const Dns::Answer&)>;

    void ask(Section section, const QByteArray& name, Dns::RecordType type, AnswerHandler handler);
    void hold(Section section);
    void release(Section section);
    void tryFinish(Section section);
    void finishSection(Section section);
    void add(Section section, Finding finding);
    /** @short True when the answer is a failure (SERVFAIL, timeout…): reports DOMAIN.DNS_* once per query. */
    bool dnsFailed(Section section, const Dns::Answer& answer, bool report = true);
    void fetch(Section section, const QByteArray& host, const QByteArray& path, qint64 maxBytes,
               std::function<void(const FetchResult&)> handler);
    void startFetch(Section section, const QByteArray& host, const QString& connectHost, quint16 port,
                    const QByteArray& path, qint64 maxBytes, std::function<void(const FetchResult&)> handler);

    void startMx();
    void mxHostAnswered(int index);
    void startSpf();
    void spfExpand(int node, QList<QByteArray> path, int depth);
    void finishSpf();
    void startDmarc();
    void dmarcEvaluate(const QByteArray& record, const QByteArray& foundAt, bool fromOrg, const Dns::Answer& answer);
    void startDkim();
    void startMtaSts();
    void finishMtaSts();
    void startTlsRpt();
    void startBimi();
    void bimiEvaluate(const QByteArray& record, const Dns::Answer& answer);
    void finishBimi();
    void finishDomain();

    QPointer<Dns::Resolver> m_resolver;
    QNetworkAccessManager* m_nam = nullptr;
    QNetworkAccessManager* m_ownNam = nullptr;
    QObject* m_context = nullptr;       ///< parent of in-flight callbacks; deleted on cancel
    QList<QPointer<QNetworkReply>> m_replies;
    AuditOptions m_options;
    AuditResult m_result;
    QMap<Section, Findings> m_sectionFindings;
    QMap<Section, int> m_pending;
    QList<Section> m_finished;
    QList<QByteArray> m_reportedFailures;
    QList<Dns::Answer> m_answers;       ///< every answer this audit received (DNSSEC summary)
    qsizetype m_logStart = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    QElapsedTimer m_clock;
    std::unique_ptr<SpfWalk> m_spf;
    // MX state
    QList<Dns::Answer> m_mxAnswer;
    // MTA-STS / BIMI state
    bool m_stsPolicyValid = false;
    bool m_mtaStsPresent = false;
    bool m_bimiPresent = false;
};

} // namespace Deliverbench::Domain

Q_DECLARE_METATYPE(Deliverbench::Domain::Section)
