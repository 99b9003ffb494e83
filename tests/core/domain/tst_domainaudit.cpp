// SPDX-License-Identifier: GPL-3.0-or-later
// The domain audit against the real BIND of the test_servers fixture, serving the scenarios of
// tests/support/test-servers/templates/dns/zones/audit.test.zone, and a local HTTPS server with
// a per-run test CA for the MTA-STS policies and BIMI logos.
#include "dns/Resolver.h"
#include "domain/DomainAudit.h"

#include "DomainTestSupport.h"
#include "TestServers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <optional>

using namespace Deliverbench;
using namespace Deliverbench::Domain;

class tst_DomainAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seededDefects_data();
    void seededDefects();
    void goodDomainPasses();
    void spfTree();
    void dmarcOrgFallback();
    void overlayChangesVerdict();
    void cacheAsksEachNameOnce();
    void streamsSections();
    void cancelStops();
    void deadServerEndsInTimeout();
    void refusedServerGivesReason();
    void dkimStatusKeepsOutcome();
    void parallelAuditTakesLongestChain();
    void normalizeDomain_data();
    void normalizeDomain();

private:
    struct Run
    {
        AuditResult result;
        QList<Section> sections;
        qint64 wallMs = 0;
        bool finished = false;
    };
    Run audit(const QByteArray& domain, const QList<QByteArray>& selectors = {}, const QString& server = {},
              const Dns::ZoneOverlay& overlay = {}, int timeoutMs = 400, int tries = 2, bool https = true);
    static QList<Finding> withCode(const AuditResult& r, const QByteArray& code);
    static QString dump(const AuditResult& r);

    QHash<QString, QString> m_env;
    QHash<QByteArray, AuditResult> m_seededRuns; ///< seededDefects rows of one (domain, selectors) share one audit
    std::unique_ptr<DomainTest::TestPki> m_pki;
    std::unique_ptr<DomainTest::HttpsServer> m_https;
    QList<QSslCertificate> m_ca;
};

void tst_DomainAudit::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    m_pki = std::make_unique<DomainTest::TestPki>(DomainTest::certificateNames() + QStringList{QStringLiteral("localhost")});
    QVERIFY2(m_pki->error.isEmpty(), qPrintable(m_pki->error));
    m_https = std::make_unique<DomainTest::HttpsServer>(m_pki->leaf, m_pki->key);
    DomainTest::addAuditRoutes(*m_https);
    QVERIFY(m_https->listen(QHostAddress::LocalHost, 0));
    m_ca = QSslCertificate::fromPath(m_pki->caPath);
    QCOMPARE(m_ca.size(), 1);
}

tst_DomainAudit::Run tst_DomainAudit::audit(const QByteArray& domain, const QList<QByteArray>& selectors, const QString& server,
                                            const Dns::ZoneOverlay& overlay, int timeoutMs, int tries, bool https)
{
    Dns::ResolverOptions ro;
    ro.servers = QStringList{server.isEmpty() ? m_env.value(QStringLiteral("DNS_SERVER")) : server};
    ro.timeoutMs = timeoutMs;
    ro.tries = tries;
    Dns::Resolver resolver(ro);
    resolver.setOverlay(overlay);
    DomainAudit a(&resolver);
    AuditOptions o;
    o.selectors = selectors;
    o.extraCaCertificates = m_ca;
    o.httpsTimeoutMs = 3000;
    o.fetchHttps = https;
    o.httpsConnectOverride = QStringLiteral("127.0.0.1:%1").arg(m_https->serverPort());
    Run run;
    connect(&a, &DomainAudit::sectionFinished, this, [&run](Section s) { run.sections.append(s); });
    connect(&a, &DomainAudit::finished, this, [&run]() { run.finished = true; });
    QElapsedTimer clock;
    clock.start();
    a.start(domain, o);
    if (!QTest::qWaitFor([&run] { return run.finished; }, 20000))
        qWarning("audit of %s did not finish within 20 s", domain.constData());
    run.wallMs = clock.elapsed();
    run.result = a.result();
    return run;
}

QList<Finding> tst_DomainAudit::withCode(const AuditResult& r, const QByteArray& code)
{
    QList<Finding> out;
    for (const Finding& f : r.findings) {
        if (f.code == code)
            out.append(f);
    }
    return out;
}

QString tst_DomainAudit::dump(const AuditResult& r)
{
    QStringList lines;
    for (const Finding& f : r.findings)
        lines << QString::fromLatin1(f.code) + u' ' + severityToken(f.severity) + QStringLiteral(": ") + f.title;
    return lines.join(u'\n');
}

void tst_DomainAudit::seededDefects_data()
{
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArrayList>("selectors");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("evidence"); // must occur in the finding's title, detail or evidence

    using L = QByteArrayList;
    // the DKIM rows share one audit with every selector (each row still names the one it checks)
    const L dkimSelectors{"rsa512", "rsa1024", "rsa2048", "ed", "revoked", "badp", "testing", "sha1", "svc", "wrongk", "unknownk", "nokey"};
    const auto row = [&dkimSelectors](const char* name, const char* domain, const char* code, const char* severity, const char* evidence,
                                      L sel = {}) {
        if (!sel.isEmpty())
            sel = dkimSelectors;
        QTest::newRow(name) << QByteArray(domain) << sel << QByteArray(code) << QString::fromLatin1(severity) << QString::fromUtf8(evidence);
    };
    // SPF
    row("SPF over the lookup limit", "spf-limit.audit.test", "SPF.LOOKUP_LIMIT", "error",
        "'exists:y.spf-limit.audit.test' in the record of c1.spf-limit.audit.test");
    row("SPF void lookups", "spf-void.audit.test", "SPF.VOID_LOOKUP_LIMIT", "error", "a:nx1.spf-void.audit.test");
    row("SPF include loop", "spf-loop.audit.test", "SPF.LOOP", "error", "spf-loop.audit.test > loop2.audit.test");
    row("SPF +all", "spf-passall.audit.test", "SPF.PASS_ALL", "error", "spf-passall.audit.test TXT: NOERROR");
    row("SPF two records", "spf-two.audit.test", "SPF.MULTIPLE_RECORDS", "error", "ip4:198.51.100.12 ~all");
    row("SPF syntax", "spf-syntax.audit.test", "SPF.SYNTAX", "error", "198.51.100.300");
    row("SPF ?all", "spf-neutral.audit.test", "SPF.NEUTRAL_ALL", "warning", "\"v=spf1 ptr ?all\"");
    row("SPF ptr", "spf-neutral.audit.test", "SPF.PTR_MECHANISM", "warning", "ptr ?all");
    row("SPF without all", "spf-noall.audit.test", "SPF.NO_ALL", "warning", "include:nothing.audit.test");
    row("SPF include of nothing", "spf-noall.audit.test", "SPF.INCLUDE_NO_RECORD", "error", "nothing.audit.test TXT: NXDOMAIN");
    row("SPF include of nothing is void", "spf-noall.audit.test", "SPF.VOID_LOOKUP", "warning", "include");
    row("SPF over-long", "spf-long.audit.test", "SPF.RECORD_TOO_LONG", "warning", "ip4:198.51.100.134 -all");
    row("SPF missing", "nullmx.audit.test", "SPF.OK", "pass", "-all");
    row("SPF redirect ok", "spf-redirect.audit.test", "SPF.OK", "pass", "redirect _spf.good.audit.test");
    row("no SPF at all", "dmarc-syntax.audit.test", "SPF.OK", "pass", "mx -all");
    // domain
    row("domain does not exist", "ghost.audit.test", "DOMAIN.NOT_FOUND", "error", "ghost.audit.test MX: NXDOMAIN");
    row("domain does not exist: no SPF", "ghost.audit.test", "SPF.MISSING", "error", "ghost.audit.test TXT: NXDOMAIN");
    row("DNSSEC stated plainly", "good.audit.test", "DOMAIN.DNSSEC_NOT_AUTHENTICATED", "info", "good.audit.test MX");
    // DMARC
    row("DMARC missing", "nodmarc.test", "DMARC.MISSING", "error", "_dmarc.nodmarc.test TXT: NXDOMAIN");
    row("DMARC p=none", "dmarc-none.audit.test", "DMARC.POLICY_NONE", "warning", "p=none; rua=mailto:d@dmarc-none.audit.test");
    row("DMARC org fallback", "orgfallback.audit.test", "DMARC.ORG_DOMAIN_POLICY", "info", "_dmarc.audit.test TXT: NOERROR");
    row("DMARC external rua unauthorized", "dmarc-ext.audit.test", "DMARC.EXTERNAL_REPORTS_UNAUTHORIZED", "warning",
        "dmarc-ext.audit.test._report._dmarc.reports.test TXT: NXDOMAIN");
    row("DMARC external rua authorized", "dmarc-extok.audit.test", "DMARC.EXTERNAL_REPORTS_AUTHORIZED", "pass",
        "dmarc-extok.audit.test._report._dmarc.reports.test TXT: NOERROR");
    row("DMARC pct out of range", "dmarc-bad.audit.test", "DMARC.INVALID_TAG", "warning", "pct=150");
    row("DMARC unknown tag", "dmarc-bad.audit.test", "DMARC.UNKNOWN_TAG", "warning", "rue");
    row("DMARC bad p", "dmarc-syntax.audit.test", "DMARC.SYNTAX", "error", "p=block");
    row("DMARC two records", "dmarc-two.audit.test", "DMARC.MULTIPLE_RECORDS", "error", "_dmarc.dmarc-two.audit.test TXT: NOERROR");
    row("DMARC pct 50", "dmarc-pct.audit.test", "DMARC.PCT_PARTIAL", "warning", "pct=50");
    row("DMARCbis note", "dmarc-pct.audit.test", "DMARC.DMARCBIS_NOTE", "info", "pct, rf");
    row("DMARC SERVFAIL is not missing", "brokendmarc.example.test", "DOMAIN.DNS_SERVFAIL", "error",
        "_dmarc.brokendmarc.example.test TXT: SERVFAIL");
    row("DMARC timeout is not missing", "slowdmarc.example.test", "DOMAIN.DNS_TIMEOUT", "error", "_dmarc.slowdmarc.example.test TXT: TIMEOUT");
    // DKIM
    row("DKIM RSA 512", "dkim.audit.test", "DKIM.SELECTOR_KEY_TOO_SHORT", "error", "rsa512._domainkey.dkim.audit.test TXT: NOERROR", {"rsa512"});
    row("DKIM RSA 1024", "dkim.audit.test", "DKIM.SELECTOR_KEY_WEAK", "warning", "1024-bit", {"rsa1024"});
    row("DKIM RSA 2048", "dkim.audit.test", "DKIM.SELECTOR_OK", "pass", "RSA 2048 bits", {"rsa2048"});
    row("DKIM ed25519", "dkim.audit.test", "DKIM.SELECTOR_OK", "pass", "ED25519 256 bits", {"ed"});
    row("DKIM revoked", "dkim.audit.test", "DKIM.SELECTOR_REVOKED", "warning", "\"v=DKIM1; k=rsa; p=\"", {"revoked"});
    row("DKIM bad p=", "dkim.audit.test", "DKIM.SELECTOR_SYNTAX", "error", "base64", {"badp"});
    row("DKIM t=y", "dkim.audit.test", "DKIM.SELECTOR_TESTING", "warning", "t=y", {"testing"});
    row("DKIM h=sha1", "dkim.audit.test", "DKIM.SELECTOR_HASH_RESTRICTED", "error", "h=sha1", {"sha1"});
    row("DKIM s=tlsrpt", "dkim.audit.test", "DKIM.SELECTOR_SERVICE_RESTRICTED", "error", "s=tlsrpt", {"svc"});
    row("DKIM k= mismatch", "dkim.audit.test", "DKIM.SELECTOR_TYPE_MISMATCH", "error", "k=ed25519 but p= holds a rsa key", {"wrongk"});
    row("DKIM k=dsa", "dkim.audit.test", "DKIM.SELECTOR_TYPE_UNKNOWN", "error", "k=dsa", {"unknownk"});
    row("DKIM no key", "dkim.audit.test", "DKIM.SELECTOR_NOT_FOUND", "error", "nokey._domainkey.dkim.audit.test TXT: NXDOMAIN", {"nokey"});
    row("DKIM no selector: says so", "orgfallback.audit.test", "DKIM.NO_SELECTORS", "info", "selector1");
    row("DKIM guessed key found", "orgfallback.audit.test", "DKIM.SELECTOR_OK", "pass", "default (guessed");
    row("DKIM guesses find nothing", "nodmarc.test", "DKIM.NO_KEY_FOUND_BY_GUESS", "info", "guessed");
    // MX
    row("MX CNAME", "mxbad.audit.test", "MX.CNAME", "warning", "CNAME mx2.good.audit.test");
    row("MX host without address", "mxbad.audit.test", "MX.HOST_NO_ADDRESS", "error", "noaddr.mxbad.audit.test A: NODATA");
    row("MX duplicate", "mxbad.audit.test", "MX.DUPLICATE_HOST", "warning", "ptrless.mxbad.audit.test");
    row("MX without PTR", "mxbad.audit.test", "MX.PTR_MISSING", "warning", "22.100.51.198.in-addr.arpa PTR: NXDOMAIN");
    row("MX FCrDNS mismatch", "mxbad.audit.test", "MX.FCRDNS_MISMATCH", "warning", "wrong.audit.test A: NODATA");
    row("null MX", "nullmx.audit.test", "MX.NULL", "info", "0 .");
    row("null MX mixed", "nullmixed.audit.test", "MX.NULL_INVALID", "error", "10 mx1.good.audit.test.");
    row("no MX", "nomx.audit.test", "MX.MISSING", "warning", "nomx.audit.test MX: NODATA");
    row("MX on loopback", "local.example.test", "MX.PRIVATE_ADDRESS", "warning", "127.0.0.1");
    row("MX single host", "orgfallback.audit.test", "MX.SINGLE_HOST", "info", "mx1.good.audit.test");
    // MTA-STS, TLS-RPT, BIMI
    row("MTA-STS testing", "sts-testing.audit.test", "MTASTS.MODE_TESTING", "info", "mode: testing");
    row("MTA-STS testing, MX not covered", "sts-testing.audit.test", "MTASTS.MX_NOT_COVERED", "warning", "mx1.good.audit.test");
    row("MTA-STS short max_age", "sts-testing.audit.test", "MTASTS.MAX_AGE_SHORT", "warning", "3600");
    row("MTA-STS bad policy", "sts-bad.audit.test", "MTASTS.POLICY_SYNTAX", "error", "version: STSv2");
    row("MTA-STS 404", "sts-404.audit.test", "MTASTS.POLICY_FETCH_FAILED", "error", "-> 404");
    row("MTA-STS certificate for another name", "sts-badcert.audit.test", "MTASTS.POLICY_FETCH_FAILED", "error",
        "https://mta-sts.sts-badcert.audit.test/.well-known/mta-sts.txt");
    row("MTA-STS enforce, MX not covered", "sts-uncovered.audit.test", "MTASTS.MX_NOT_COVERED", "error", "mx2.good.audit.test");
    row("MTA-STS bad id", "sts-txtbad.audit.test", "MTASTS.TXT_SYNTAX", "error", "not-alnum!");
    row("MTA-STS absent", "nomx.audit.test", "MTASTS.MISSING", "info", "_mta-sts.nomx.audit.test TXT: NXDOMAIN");
    row("TLS-RPT bad rua", "tlsrpt-bad.audit.test", "TLSRPT.SYNTAX", "error", "ftp://");
    row("TLS-RPT absent", "nomx.audit.test", "TLSRPT.MISSING", "info", "_smtp._tls.nomx.audit.test TXT: NXDOMAIN");
    row("BIMI not tiny-ps", "bimi-bad.audit.test", "BIMI.SVG_NOT_TINY_PS", "error", "baseProfile");
    row("BIMI script", "bimi-bad.audit.test", "BIMI.SVG_SCRIPT", "error", "<script>");
    row("BIMI external reference", "bimi-bad.audit.test", "BIMI.SVG_EXTERNAL_REF", "error", "https://evil.example/track.png");
    row("BIMI forbidden element", "bimi-bad.audit.test", "BIMI.SVG_FORBIDDEN_ELEMENT", "error", "image");
    row("BIMI not square", "bimi-bad.audit.test", "BIMI.SVG_NOT_SQUARE", "error", "0 0 100 50");
    row("BIMI no title", "bimi-bad.audit.test", "BIMI.SVG_NO_TITLE", "warning", "<title>");
    row("BIMI no VMC", "bimi-bad.audit.test", "BIMI.VMC_MISSING", "info", "default._bimi.bimi-bad.audit.test TXT: NOERROR");
    row("BIMI needs enforced DMARC", "dmarc-none.audit.test", "BIMI.DMARC_NOT_ENFORCED", "warning", "p=none");
    row("BIMI absent", "nomx.audit.test", "BIMI.MISSING", "info", "default._bimi.audit.test TXT: NXDOMAIN");
}

void tst_DomainAudit::seededDefects()
{
    QFETCH(QByteArray, domain);
    QFETCH(QByteArrayList, selectors);
    QFETCH(QByteArray, code);
    QFETCH(QString, severity);
    QFETCH(QString, evidence);
    const QByteArray key = domain + '|' + selectors.join(',');
    if (!m_seededRuns.contains(key)) {
        const Run fresh = audit(domain, selectors);
        QVERIFY(fresh.finished);
        m_seededRuns.insert(key, fresh.result);
    }
    Run run;
    run.result = m_seededRuns.value(key);
    const QList<Finding> found = withCode(run.result, code);
    QVERIFY2(!found.isEmpty(), qPrintable(QStringLiteral("no %1 in:\n%2").arg(QString::fromLatin1(code), dump(run.result))));
    bool matched = false;
    QStringList seen;
    for (const Finding& f : found) {
        const QString text = f.title + u'\n' + f.detail + u'\n' + f.evidence;
        seen << text;
        if (text.contains(evidence) && severityToken(f.severity) == severity) {
            matched = true;
            QVERIFY(!f.reference.isEmpty() || f.code == "DOMAIN.OVERLAY");
        }
    }
    QVERIFY2(matched, qPrintable(QStringLiteral("%1 %2 with '%3' not found; got:\n%4")
                                     .arg(QString::fromLatin1(code), severity, evidence, seen.join(QStringLiteral("\n----\n")))));
    // failures are never reported as absent records
    if (code.startsWith("DOMAIN.DNS_")) {
        QVERIFY(withCode(run.result, "DMARC.MISSING").isEmpty());
        QVERIFY(run.result.dmarc.policy.isEmpty());
    }
}

void tst_DomainAudit::goodDomainPasses()
{
    const Run run = audit("good.audit.test", {"s2048", "ed"});
    QVERIFY(run.finished);
    for (const Finding& f : run.result.findings)
        QVERIFY2(f.severity < Severity::Warning, qPrintable(dump(run.result)));
    for (const char* code : {"MX.OK", "SPF.OK", "DMARC.OK", "DKIM.SELECTOR_OK", "MTASTS.OK", "TLSRPT.OK", "BIMI.OK"})
        QVERIFY2(!withCode(run.result, code).isEmpty(), code);
    const AuditResult& r = run.result;
    QCOMPARE(r.mx.size(), 2);
    QCOMPARE(r.mx.at(0).host, QByteArray("mx1.good.audit.test"));
    QCOMPARE(r.mx.at(0).addresses.size(), 2);
    for (const MxHost& h : r.mx) {
        for (const MxAddress& a : h.addresses)
            QVERIFY2(a.fcrdns, qPrintable(a.address.toString()));
    }
    QCOMPARE(r.spf.lookups, 2);
    QCOMPARE(r.dmarc.policy, QByteArray("reject"));
    QCOMPARE(r.mtaSts.mode, QByteArray("enforce"));
    QCOMPARE(r.mtaSts.httpStatus, 200);
    QCOMPARE(r.bimi.httpStatus, 200);

    const QJsonObject json = r.toJson();
    for (const char* key : {"domain", "findings", "spf", "dmarc", "mx", "dkim", "dns"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("domain")).toString(), QStringLiteral("good.audit.test"));
    const QJsonObject spf = json.value(QStringLiteral("spf")).toObject();
    QCOMPARE(spf.value(QStringLiteral("record")).toString(), QStringLiteral("v=spf1 mx include:_spf.good.audit.test -all"));
    QCOMPARE(spf.value(QStringLiteral("lookups")).toInt(), 2);
    QCOMPARE(spf.value(QStringLiteral("voidLookups")).toInt(), 0);
    QCOMPARE(spf.value(QStringLiteral("tree")).toObject().value(QStringLiteral("children")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
    const QJsonArray dkim = json.value(QStringLiteral("dkim")).toArray();
    QCOMPARE(dkim.size(), 2);
    QCOMPARE(dkim.at(0).toObject().value(QStringLiteral("selector")).toString(), QStringLiteral("s2048"));
    QCOMPARE(dkim.at(0).toObject().value(QStringLiteral("keyBits")).toInt(), 2048);
    QCOMPARE(dkim.at(1).toObject().value(QStringLiteral("keyBits")).toInt(), 256);
    const QJsonObject finding = json.value(QStringLiteral("findings")).toArray().first().toObject();
    for (const char* key : {"code", "severity", "title", "detail", "evidence", "reference", "remedy"})
        QVERIFY2(finding.contains(QLatin1String(key)), key);
    const QJsonArray dns = json.value(QStringLiteral("dns")).toArray();
    QVERIFY(dns.size() >= 20);
    const QJsonObject entry = dns.first().toObject();
    for (const char* key : {"name", "type", "server", "answer", "outcome", "rcode", "elapsedMs"})
        QVERIFY2(entry.contains(QLatin1String(key)), key);
}

void tst_DomainAudit::spfTree()
{
    const Run run = audit("spf-limit.audit.test");
    const SpfNode& root = run.result.spf.tree;
    // hand count (zone file): root 5 (3 includes, mx, a); a: 2 + a1: 1 + a2: 0; b: 2; c: 1 + c1: 2 => 13
    QCOMPARE(run.result.spf.lookups, 13);
    QCOMPARE(root.lookups, 5);
    QCOMPARE(root.totalLookups, 13);
    QCOMPARE(root.children.size(), 3);
    QCOMPARE(root.children.at(0).domain, QByteArray("a.spf-limit.audit.test"));
    QCOMPARE(root.children.at(0).totalLookups, 3);
    QCOMPARE(root.children.at(0).children.size(), 2);
    QCOMPARE(root.children.at(1).totalLookups, 2);
    QCOMPARE(root.children.at(2).lookups, 1);
    QCOMPARE(root.children.at(2).children.at(0).domain, QByteArray("c1.spf-limit.audit.test"));
    QCOMPARE(root.children.at(2).children.at(0).lookups, 2);
    QCOMPARE(run.result.spf.voidLookups, 0);

    const Run loop = audit("spf-loop.audit.test");
    QCOMPARE(loop.result.spf.tree.children.at(0).children.at(0).status, QByteArray("loop"));
    const Run voids = audit("spf-void.audit.test");
    QCOMPARE(voids.result.spf.voidLookups, 3);
    QCOMPARE(voids.result.spf.lookups, 3);
}

void tst_DomainAudit::dmarcOrgFallback()
{
    const Run run = audit("orgfallback.audit.test");
    QCOMPARE(run.result.dmarc.foundAt, QByteArray("_dmarc.audit.test"));
    QCOMPARE(run.result.dmarc.orgDomain, QByteArray("audit.test"));
    QVERIFY(run.result.dmarc.fromOrgDomain);
    QCOMPARE(run.result.dmarc.policy, QByteArray("reject")); // sp=reject of the org record, not p=quarantine
    QVERIFY(withCode(run.result, "DMARC.MISSING").isEmpty());
}

void tst_DomainAudit::overlayChangesVerdict()
{
    const Run before = audit("dmarc-none.audit.test");
    QCOMPARE(withCode(before.result, "DMARC.POLICY_NONE").size(), 1);
    QCOMPARE(withCode(before.result, "BIMI.DMARC_NOT_ENFORCED").size(), 1);

    const Dns::ZoneOverlay overlay = Dns::ZoneOverlay::parse(
        "_dmarc 300 IN TXT \"v=DMARC1; p=reject; rua=mailto:d@dmarc-none.audit.test\"\n", "dmarc-none.audit.test");
    QVERIFY(overlay.diagnostics().isEmpty());
    const Run after = audit("dmarc-none.audit.test", {}, {}, overlay);
    QVERIFY2(withCode(after.result, "DMARC.POLICY_NONE").isEmpty(), qPrintable(dump(after.result)));
    QVERIFY(withCode(after.result, "BIMI.DMARC_NOT_ENFORCED").isEmpty());
    QCOMPARE(after.result.dmarc.policy, QByteArray("reject"));
    const QList<Finding> ok = withCode(after.result, "DMARC.OK");
    QCOMPARE(ok.size(), 1);
    QVERIFY(ok.first().evidence.contains(QStringLiteral("what-if overlay")));
    QCOMPARE(withCode(after.result, "DOMAIN.OVERLAY").size(), 1);
}

void tst_DomainAudit::cacheAsksEachNameOnce()
{
    const Run run = audit("good.audit.test", {"s2048"});
    QHash<QByteArray, int> asked;
    int cached = 0;
    for (const Dns::QueryLogEntry& e : run.result.dns) {
        if (e.fromCache)
            ++cached;
        else
            ++asked[Dns::normalizeName(e.name) + ' ' + Dns::typeName(e.type)];
    }
    for (auto it = asked.cbegin(); it != asked.cend(); ++it)
        QVERIFY2(it.value() == 1, it.key().constData());
    // good.audit.test MX is needed by the MX section and by SPF's "mx": one query, one cache hit
    QCOMPARE(asked.value("good.audit.test MX"), 1);
    QVERIFY(cached >= 1);
}

void tst_DomainAudit::streamsSections()
{
    Dns::ResolverOptions ro;
    ro.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    Dns::Resolver resolver(ro);
    DomainAudit a(&resolver);
    QSignalSpy sections(&a, &DomainAudit::sectionFinished);
    QSignalSpy progress(&a, &DomainAudit::progress);
    QSignalSpy finished(&a, &DomainAudit::finished);
    AuditOptions o;
    o.fetchHttps = false;
    a.start("mxbad.audit.test", o);
    QVERIFY(a.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(sections.count(), int(allSections().size()));
    QList<Section> order;
    for (const auto& args : sections)
        order << args.at(0).value<Section>();
    QCOMPARE(order.last(), Section::Domain);
    QVERIFY(order.indexOf(Section::Mx) < order.indexOf(Section::MtaSts)); // MTA-STS waits for the MX hosts
    QVERIFY(order.indexOf(Section::Dmarc) < order.indexOf(Section::Bimi));
    const auto last = progress.last();
    QCOMPARE(last.at(0).toInt(), last.at(1).toInt());
    QVERIFY(last.at(1).toInt() >= 20);
    const Findings mx = sections.at(order.indexOf(Section::Mx)).at(1).value<Findings>();
    QCOMPARE(mx.size(), a.findings(Section::Mx).size());
    QVERIFY(!mx.isEmpty());
    for (qsizetype i = 0; i < mx.size(); ++i)
        QCOMPARE(mx.at(i).code, a.findings(Section::Mx).at(i).code);
}

void tst_DomainAudit::cancelStops()
{
    Dns::ResolverOptions ro;
    ro.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    Dns::Resolver resolver(ro);
    DomainAudit a(&resolver);
    QSignalSpy finished(&a, &DomainAudit::finished);
    QSignalSpy sections(&a, &DomainAudit::sectionFinished);
    a.start("good.audit.test");
    a.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(a.result().cancelled);
    QVERIFY(!a.isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(sections.count(), 0);
}

void tst_DomainAudit::deadServerEndsInTimeout()
{
    DomainTest::DeadServer dead;
    const int timeoutMs = 300, tries = 2;
    const Run run = audit("good.audit.test", {}, dead.address(), {}, timeoutMs, tries);
    QVERIFY(run.finished);
    // every lookup of the first wave is sent at once, so the whole audit ends after one budget
    QVERIFY2(run.wallMs < timeoutMs * tries + 700, qPrintable(QString::number(run.wallMs)));
    QVERIFY(run.wallMs >= timeoutMs);
    const QList<Finding> timeouts = withCode(run.result, "DOMAIN.DNS_TIMEOUT");
    QVERIFY(timeouts.size() >= 6);
    QVERIFY(timeouts.first().evidence.contains(QStringLiteral("TIMEOUT")));
    for (const char* absent : {"SPF.MISSING", "DMARC.MISSING", "MX.MISSING", "DKIM.SELECTOR_NOT_FOUND", "MTASTS.MISSING", "DOMAIN.NOT_FOUND"})
        QVERIFY2(withCode(run.result, absent).isEmpty(), absent);
}

void tst_DomainAudit::parallelAuditTakesLongestChain()
{
    const QString upstream = m_env.value(QStringLiteral("DNS_SERVER"));
    const int delayMs = 100;
    DomainTest::DelayProxy proxy(QHostAddress(QStringLiteral("127.0.0.1")), quint16(m_env.value(QStringLiteral("DNS_PORT")).toUInt()), delayMs);
    const Run run = audit("big.audit.test", {}, proxy.address(), {}, 2000, 1, false);
    QVERIFY(run.finished);
    int asked = 0;
    for (const Dns::QueryLogEntry& e : run.result.dns)
        asked += e.fromCache ? 0 : 1;
    // longest chains: MX -> A -> PTR -> A and TXT -> include TXT -> include TXT -> A: 4 round trips
    const int chain = 4;
    qInfo("big.audit.test: %d names asked through a %d ms delay: %lld ms (longest chain %d x %d = %d ms; serial would be %d ms)",
          asked, delayMs, run.wallMs, chain, delayMs, chain * delayMs, asked * delayMs);
    QCOMPARE(proxy.queries, asked);
    QVERIFY2(asked >= 35, qPrintable(QString::number(asked)));
    QVERIFY2(run.wallMs >= chain * delayMs, qPrintable(QString::number(run.wallMs)));
    QVERIFY2(run.wallMs < chain * delayMs + 400, qPrintable(QString::number(run.wallMs)));
    QVERIFY2(withCode(run.result, "DOMAIN.DNS_TIMEOUT").isEmpty(), qPrintable(dump(run.result)));
    QCOMPARE(withCode(run.result, "SPF.OK").size(), 1);
    QCOMPARE(withCode(run.result, "MX.OK").size(), 1);
    QCOMPARE(withCode(run.result, "DMARC.EXTERNAL_REPORTS_AUTHORIZED").size(), 1);
}

void tst_DomainAudit::normalizeDomain_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected"); // empty: rejected
    QTest::newRow("plain") << QStringLiteral("Example.COM.") << QByteArray("example.com");
    QTest::newRow("IDN to A-labels") << QStringLiteral("bücher.example") << QByteArray("xn--bcher-kva.example");
    QTest::newRow("spaces trimmed") << QStringLiteral("  example.org ") << QByteArray("example.org");
    QTest::newRow("single label") << QStringLiteral("localhost") << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("label too long") << QString(64, u'a') + QStringLiteral(".example") << QByteArray();
    QTest::newRow("spaces inside") << QStringLiteral("exa mple.com") << QByteArray();
    QTest::newRow("URL") << QStringLiteral("https://example.com/") << QByteArray();
}

void tst_DomainAudit::normalizeDomain()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    const auto r = DomainAudit::normalizeDomain(input);
    QCOMPARE(r.has_value(), !expected.isEmpty());
    if (r)
        QCOMPARE(*r, expected);
}

void tst_DomainAudit::refusedServerGivesReason()
{
    // a loopback port nobody listens on: the queries are refused (ICMP port unreachable) and the
    // resolver says why; "ERROR" alone tells the user nothing
    quint16 port = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        port = probe.localPort();
    }
    const Run run = audit("good.audit.test", {"sel1"}, QStringLiteral("127.0.0.1:%1").arg(port), {}, 400, 1, false);
    QVERIFY(run.finished);
    QVERIFY(!run.result.dns.isEmpty());
    const QString reason = run.result.dns.first().errorText;
    QVERIFY2(!reason.isEmpty(), qPrintable(dump(run.result)));
    const QList<Finding> errors = withCode(run.result, "DOMAIN.DNS_ERROR");
    QVERIFY2(errors.size() >= 6, qPrintable(dump(run.result)));
    for (const Finding& f : errors) {
        QVERIFY2(f.title.endsWith(QStringLiteral(" (%1)").arg(reason)), qPrintable(f.title));
        QVERIFY2(f.detail.contains(QStringLiteral("failed: %1.").arg(reason)), qPrintable(f.detail));
        QCOMPARE(f.detail.count(reason), 1);
    }
    // the trace keeps the reason, also through the JSON of a saved case
    for (const Dns::QueryLogEntry& e : run.result.dns)
        QVERIFY2(!e.errorText.isEmpty(), e.name.constData());
    const AuditResult back = AuditResult::fromJson(run.result.toJson());
    QCOMPARE(back.dns.size(), run.result.dns.size());
    QCOMPARE(back.dns.first().errorText, reason);
}

void tst_DomainAudit::dkimStatusKeepsOutcome()
{
    // no name at the selector: the status is the lookup's NXDOMAIN (the trace's outcome), not NODATA
    const Run run = audit("dkim.audit.test", {"nokey"}, {}, {}, 400, 2, false);
    QVERIFY(run.finished);
    QCOMPARE(run.result.dkim.size(), 1);
    QCOMPARE(run.result.dkim.first().status, QByteArray("NXDOMAIN"));
    QCOMPARE(AuditResult::fromJson(run.result.toJson()).dkim.first().status, QByteArray("NXDOMAIN"));
}

QTEST_GUILESS_MAIN(tst_DomainAudit)
#include "tst_domainaudit.moc"
