// SPDX-License-Identifier: GPL-3.0-or-later
// Re-check against the real BIND of the test_servers fixture (tests/support/test-servers): a case
// whose DNS snapshot was edited to differ from what the zones serve
// (templates/dns/zones/example.test.zone, dnsbl.test.zone) must report exactly those differences.
#include "TestServers.h"

#include "auth/MessageAuth.h"
#include "dns/QueryLog.h"
#include "dns/Resolver.h"
#include "dns/ZoneOverlay.h"
#include "message/Message.h"
#include "report/Case.h"
#include "report/Recheck.h"
#include "reputation/Catalogue.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Report;

namespace {

const QDateTime kThen = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

CaseDnsEntry entry(const QString& name, const QString& type, const QString& outcome, const QString& answer = {},
                   const QDateTime& time = kThen)
{
    CaseDnsEntry e;
    e.name = name;
    e.type = type;
    e.outcome = outcome;
    e.answer = answer.isEmpty() ? outcome : answer;
    e.server = QStringLiteral("192.0.2.53:53");
    e.rcode = outcome == QStringLiteral("NXDOMAIN") ? 3 : 0;
    e.time = time;
    return e;
}

Finding finding(const char* code, Severity severity, const QString& title)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    return f;
}

} // namespace

class tst_Recheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compareAnswers_data();
    void compareAnswers();
    void compareFindings();
    void snapshotAgainstBind();
    void emptyCaseFinishes();
    void domainAuditRerunKeptSeparately();
    void authVerdictFlips_data();
    void authVerdictFlips();

private:
    RecheckResult run(const Case& theCase, RecheckOptions options);

    QHash<QString, QString> m_env;
    std::optional<Reputation::Catalogue> m_catalogue;
};

void tst_Recheck::initTestCase()
{
    auto catalogue = Reputation::Catalogue::fromFile(QStringLiteral(TEST_DATA_DIR "/dnsbl/test-catalogue.json"));
    QVERIFY2(catalogue.has_value(), "tests/data/dnsbl/test-catalogue.json");
    m_catalogue = std::move(*catalogue);
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
}

RecheckResult tst_Recheck::run(const Case& theCase, RecheckOptions options)
{
    options.resolver.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    options.resolver.timeoutMs = 700;
    options.resolver.tries = 1;
    options.catalogue = &*m_catalogue;
    options.now = QDateTime(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC);
    Recheck recheck;
    QSignalSpy finished(&recheck, &Recheck::finished);
    recheck.start(theCase, options);
    if (!finished.wait(30000))
        qWarning("re-check did not finish within 30 s");
    return recheck.result();
}

void tst_Recheck::compareAnswers_data()
{
    QTest::addColumn<CaseDnsEntry>("before");
    QTest::addColumn<CaseDnsEntry>("now");
    QTest::addColumn<bool>("listing");
    QTest::addColumn<QString>("kind"); // empty: no change

    const CaseDnsEntry a1 = entry(QStringLiteral("a.test"), QStringLiteral("A"), QStringLiteral("NOERROR"),
                                  QStringLiteral("192.0.2.1\n192.0.2.2"));
    const CaseDnsEntry a1Swapped = entry(QStringLiteral("a.test"), QStringLiteral("A"), QStringLiteral("NOERROR"),
                                         QStringLiteral("192.0.2.2\n192.0.2.1"));
    const CaseDnsEntry a2 = entry(QStringLiteral("a.test"), QStringLiteral("A"), QStringLiteral("NOERROR"),
                                  QStringLiteral("192.0.2.3"));
    const CaseDnsEntry nx = entry(QStringLiteral("a.test"), QStringLiteral("A"), QStringLiteral("NXDOMAIN"));
    const CaseDnsEntry nodata = entry(QStringLiteral("a.test"), QStringLiteral("A"), QStringLiteral("NODATA"));
    const CaseDnsEntry timeout = entry(QStringLiteral("a.test"), QStringLiteral("A"), QStringLiteral("TIMEOUT"));
    const CaseDnsEntry servfail = entry(QStringLiteral("a.test"), QStringLiteral("A"), QStringLiteral("SERVFAIL"));

    QTest::newRow("same records") << a1 << a1 << false << QString();
    QTest::newRow("same records, other order") << a1 << a1Swapped << false << QString();
    QTest::newRow("changed") << a1 << a2 << false << QStringLiteral("record-changed");
    QTest::newRow("appeared from NXDOMAIN") << nx << a2 << false << QStringLiteral("record-appeared");
    QTest::newRow("appeared from a timeout") << timeout << a2 << false << QStringLiteral("record-appeared");
    QTest::newRow("disappeared to NODATA") << a1 << nodata << false << QStringLiteral("record-disappeared");
    QTest::newRow("NXDOMAIN to NODATA") << nx << nodata << false << QString();
    QTest::newRow("answered then, SERVFAIL now") << a1 << servfail << false << QStringLiteral("lookup-failed");
    QTest::newRow("NXDOMAIN then, timeout now") << nx << timeout << false << QStringLiteral("lookup-failed");
    QTest::newRow("timeout both times") << timeout << servfail << false << QString();
    QTest::newRow("listing appeared") << nx << a2 << true << QStringLiteral("listing-appeared");
    QTest::newRow("listing cleared") << a2 << nx << true << QStringLiteral("listing-cleared");
    QTest::newRow("listing code changed") << a1 << a2 << true << QStringLiteral("listing-changed");
}

void tst_Recheck::compareAnswers()
{
    QFETCH(CaseDnsEntry, before);
    QFETCH(CaseDnsEntry, now);
    QFETCH(bool, listing);
    QFETCH(QString, kind);
    const auto change = Recheck::compareAnswers(before, now, listing);
    QCOMPARE(change.has_value() ? RecheckChange::kindToken(change->kind) : QString(), kind);
    if (change) {
        QCOMPARE(change->subject, QStringLiteral("a.test A"));
        QCOMPARE(change->oldTime, kThen);
        const Finding f = Recheck::changeFinding(*change);
        QVERIFY(f.code.startsWith("RECHECK."));
        QVERIFY(f.detail.contains(change->newValue));
    }
}

void tst_Recheck::compareFindings()
{
    const Findings before{finding("SPF.SOFTFAIL_ALL", Severity::Warning, QStringLiteral("~all")),
                          finding("DMARC.MISSING", Severity::Error, QStringLiteral("no DMARC record")),
                          finding("MX.OK", Severity::Pass, QStringLiteral("MX fine"))};
    const Findings now{finding("SPF.SOFTFAIL_ALL", Severity::Warning, QStringLiteral("~all")),
                       finding("DKIM.KEY_REVOKED", Severity::Error, QStringLiteral("key revoked")),
                       finding("DKIM.KEY_REVOKED", Severity::Error, QStringLiteral("key revoked"))};
    const QList<RecheckChange> changes = Recheck::compareFindings(QStringLiteral("domain audit of x.test"), before,
                                                                  now, kThen);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, RecheckChange::Kind::FindingAppeared);
    QCOMPARE(changes.at(0).newValue, QStringLiteral("DKIM.KEY_REVOKED: key revoked"));
    QCOMPARE(changes.at(0).severity, Severity::Error);
    QCOMPARE(changes.at(1).kind, RecheckChange::Kind::FindingResolved);
    QCOMPARE(changes.at(1).oldValue, QStringLiteral("DMARC.MISSING: no DMARC record"));
    QCOMPARE(changes.at(1).severity, Severity::Info);
}

void tst_Recheck::snapshotAgainstBind()
{
    Case theCase;
    theCase.title = QStringLiteral("edited snapshot");
    // Each entry differs from example.test.zone / dnsbl.test.zone in one known way.
    theCase.dnsSnapshot = {
        entry(QStringLiteral("mail.example.test"), QStringLiteral("A"), QStringLiteral("NOERROR"),
              QStringLiteral("192.0.2.99")),                                           // zone: 192.0.2.25
        entry(QStringLiteral("_spf.example.test"), QStringLiteral("TXT"), QStringLiteral("NOERROR"),
              QStringLiteral("\"v=spf1 -all\"")),                                      // zone: ip4:198.51.100.0/24 ~all
        entry(QStringLiteral("nope.example.test"), QStringLiteral("A"), QStringLiteral("NOERROR"),
              QStringLiteral("192.0.2.1")),                                            // zone: NXDOMAIN
        entry(QStringLiteral("mta-sts.example.test"), QStringLiteral("A"), QStringLiteral("NXDOMAIN")),  // zone: 192.0.2.30
        entry(QStringLiteral("99.2.0.192.zen.dnsbl.test"), QStringLiteral("A"), QStringLiteral("NXDOMAIN")),  // listed now
        entry(QStringLiteral("1.2.0.192.zen.dnsbl.test"), QStringLiteral("A"), QStringLiteral("NOERROR"),
              QStringLiteral("127.0.0.2")),                                            // not listed now
        entry(QStringLiteral("timeout.example.test"), QStringLiteral("TXT"), QStringLiteral("NOERROR"),
              QStringLiteral("\"answered once\"")),                                    // RPZ drops it now
    };
    // A what-if (overlay) answer is never re-queried.
    CaseDnsEntry overlay = entry(QStringLiteral("example.test"), QStringLiteral("A"), QStringLiteral("NOERROR"),
                                 QStringLiteral("203.0.113.1"));
    overlay.fromOverlay = true;
    theCase.dnsSnapshot.append(overlay);
    // Two answers for one query: the later one is the evidence (it equals the zone: no change).
    theCase.dnsSnapshot.append(entry(QStringLiteral("www.example.test"), QStringLiteral("A"),
                                     QStringLiteral("NOERROR"), QStringLiteral("192.0.2.77"), kThen.addSecs(-60)));
    theCase.dnsSnapshot.append(entry(QStringLiteral("WWW.example.test."), QStringLiteral("a"),
                                     QStringLiteral("NOERROR"), QStringLiteral("192.0.2.10"), kThen));
    const QList<CaseDnsEntry> original = theCase.dnsSnapshot;

    RecheckOptions options;
    options.domainAudit = false;
    options.dnsbl = false;
    const RecheckResult result = run(theCase, options);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.skippedOverlay, 1);
    QCOMPARE(result.comparedAnswers, 8);

    QStringList got;
    for (const RecheckChange& change : result.changes) {
        got << RecheckChange::kindToken(change.kind) + u'|' + change.subject + u'|' + change.oldValue + u'|'
                   + change.newValue;
    }
    const QStringList expected{
        QStringLiteral("record-changed|mail.example.test A|192.0.2.99|192.0.2.25"),
        QStringLiteral("record-changed|_spf.example.test TXT|\"v=spf1 -all\"|\"v=spf1 ip4:198.51.100.0/24 ~all\""),
        QStringLiteral("record-disappeared|nope.example.test A|192.0.2.1|NXDOMAIN"),
        QStringLiteral("record-appeared|mta-sts.example.test A|NXDOMAIN|192.0.2.30"),
        QStringLiteral("listing-appeared|99.2.0.192.zen.dnsbl.test A|NXDOMAIN|127.0.0.2"),
        QStringLiteral("listing-cleared|1.2.0.192.zen.dnsbl.test A|127.0.0.2|NXDOMAIN"),
        QStringLiteral("lookup-failed|timeout.example.test TXT|\"answered once\"|TIMEOUT"),
    };
    QVERIFY2(got == expected, qPrintable(got.join(u'\n')));

    QStringList codes;
    for (const Finding& f : result.findings)
        codes << QString::fromLatin1(f.code);
    QCOMPARE(codes, (QStringList{QStringLiteral("RECHECK.RECORD_CHANGED"), QStringLiteral("RECHECK.RECORD_CHANGED"),
                                 QStringLiteral("RECHECK.RECORD_DISAPPEARED"), QStringLiteral("RECHECK.RECORD_APPEARED"),
                                 QStringLiteral("RECHECK.LISTING_APPEARED"), QStringLiteral("RECHECK.LISTING_CLEARED"),
                                 QStringLiteral("RECHECK.LOOKUP_FAILED")}));
    QCOMPARE(result.findings.at(4).severity, Severity::Error);
    QCOMPARE(result.changes.at(0).oldTime, kThen);

    // The new snapshot holds what BIND answered now; the old one is kept as it was.
    QCOMPARE(result.snapshot.size(), 8);
    Case recorded = theCase;
    applyRecheck(recorded, result);
    QCOMPARE(recorded.dnsSnapshot.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i)
        QCOMPARE(recorded.dnsSnapshot.at(i).toJson(), original.at(i).toJson());
    QCOMPARE(recorded.checks.size(), 1);
    const CaseCheck& check = recorded.checks.constFirst();
    QCOMPARE(check.kind, QStringLiteral("recheck"));
    QCOMPARE(check.input, QStringLiteral("2026-11-28T01:00:00.000Z"));
    QCOMPARE(check.findings.size(), 7);
    const QJsonArray newSnapshot = check.result.value(QStringLiteral("dnsSnapshot")).toArray();
    QCOMPARE(newSnapshot.size(), 8);
    bool sawMail = false;
    for (const QJsonValue& value : newSnapshot) {
        const CaseDnsEntry now = CaseDnsEntry::fromJson(value.toObject());
        if (now.name == QStringLiteral("mail.example.test") && now.type == QStringLiteral("A")) {
            QCOMPARE(now.answer, QStringLiteral("192.0.2.25"));
            sawMail = true;
        }
    }
    QVERIFY(sawMail);
    // A second re-check is recorded next to the first, not over it; both survive a save/open.
    RecheckResult later = result;
    later.ranAt = later.ranAt.addSecs(3600);
    applyRecheck(recorded, later);
    QCOMPARE(recorded.checks.size(), 2);
    auto reopened = Case::fromBytes(recorded.toBytes());
    QVERIFY(reopened.has_value());
    QCOMPARE(reopened->checks.size(), 2);
    QCOMPARE(reopened->checks.at(0).findings.size(), 7);
}

void tst_Recheck::emptyCaseFinishes()
{
    const RecheckResult result = run(Case{}, RecheckOptions{});
    QVERIFY(result.changes.isEmpty());
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.constFirst().code, QByteArray("RECHECK.UNCHANGED"));
    QCOMPARE(result.findings.constFirst().severity, Severity::Pass);
}

void tst_Recheck::domainAuditRerunKeptSeparately()
{
    Case theCase;
    theCase.addDomain(QStringLiteral("example.test"));
    theCase.addIp(QStringLiteral("192.0.2.99"));
    // The earlier audit reported a finding the zone does not give any more, and the earlier
    // blocklist run found 192.0.2.99 clean.
    CaseCheck audit{QStringLiteral("domain"), QStringLiteral("example.test"), kThen,
                    {finding("DMARC.MISSING", Severity::Error, QStringLiteral("recorded before the fix"))}, {}};
    theCase.addCheck(audit);
    theCase.addCheck(CaseCheck{QStringLiteral("dnsbl"), QStringLiteral("192.0.2.99, example.test"), kThen, {}, {}});

    RecheckOptions options;
    options.fetchHttps = false;
    const RecheckResult result = run(theCase, options);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.checks.size(), 2);
    QCOMPARE(result.checks.at(0).kind, QStringLiteral("domain"));
    QCOMPARE(result.checks.at(1).kind, QStringLiteral("dnsbl"));

    bool resolved = false;
    bool listed = false;
    for (const RecheckChange& change : result.changes) {
        if (change.kind == RecheckChange::Kind::FindingResolved
            && change.oldValue == QStringLiteral("DMARC.MISSING: recorded before the fix"))
            resolved = true;
        if (change.kind == RecheckChange::Kind::FindingAppeared && change.newValue.startsWith(QStringLiteral("DNSBL.LISTED")))
            listed = true;
    }
    QVERIFY(resolved);
    QVERIFY(listed); // dnsbl.test.zone lists 192.0.2.99 on zen and bl
    QVERIFY(!result.snapshot.isEmpty());

    Case recorded = theCase;
    applyRecheck(recorded, result);
    // The earlier audit is untouched; the re-run lives inside the recheck record.
    QCOMPARE(recorded.checks.at(0).findings.size(), 1);
    QCOMPARE(recorded.checks.at(0).ranAt, kThen);
    QCOMPARE(recorded.checks.last().result.value(QStringLiteral("checks")).toArray().size(), 2);
}

// A case saved with the auth verdicts of tests/data/auth/aligned.eml as BIND serves auth.test
// (DKIM s2048 pass, SPF pass for 192.0.2.25, DMARC pass). The re-check then sees a what-if
// overlay over the same BIND, the way the GUI's DNS settings and the CLI apply one: the key
// revoked (RFC 6376 §3.6.1 empty p=) and/or the SPF record turned into "-all".
void tst_Recheck::authVerdictFlips_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QStringList>("expected"); // "subject|old result|new result|explaining record"

    const QString dkim = QStringLiteral("DKIM signature d=auth.test s=s2048 of aligned.eml");
    const QString keyRecord = QStringLiteral("s2048._domainkey.auth.test TXT");
    const QString spfRecord = QStringLiteral("auth.test TXT");
    const QByteArray revoked = QByteArrayLiteral("s2048._domainkey.auth.test. 300 IN TXT \"v=DKIM1; k=rsa; p=\"\n");
    const QByteArray spfFail = QByteArrayLiteral("auth.test. 300 IN TXT \"v=spf1 -all\"\n");

    QTest::newRow("zone unchanged: no flip") << QByteArray() << QStringList();
    QTest::newRow("key revoked: DKIM flips, DMARC still passes on SPF")
        << revoked << QStringList{dkim + u'|' + QStringLiteral("pass|permerror|") + keyRecord};
    QTest::newRow("SPF -all: SPF flips, DMARC still passes on DKIM")
        << spfFail << QStringList{QStringLiteral("SPF of aligned.eml|pass|fail|") + spfRecord};
    QTest::newRow("both: DKIM, SPF and DMARC flip")
        << QByteArray(revoked + spfFail)
        << QStringList{dkim + u'|' + QStringLiteral("pass|permerror|") + keyRecord,
                       QStringLiteral("SPF of aligned.eml|pass|fail|") + spfRecord,
                       QStringLiteral("DMARC of aligned.eml|pass|fail|") + spfRecord};
}

void tst_Recheck::authVerdictFlips()
{
    QFETCH(QByteArray, zone);
    QFETCH(QStringList, expected);

    QFile file(QStringLiteral(TEST_DATA_DIR "/auth/aligned.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();

    // 1. The case as the Authentication tab / `auth --case` records it, from the real zone.
    Dns::ResolverOptions resolverOptions;
    resolverOptions.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    resolverOptions.timeoutMs = 700;
    resolverOptions.tries = 1;
    Dns::Resolver resolver(resolverOptions);
    Auth::MessageAuthOptions authOptions;
    authOptions.ip = QHostAddress(QStringLiteral("192.0.2.25"));
    authOptions.mailFrom = QByteArrayLiteral("bounce@auth.test");
    authOptions.dkim.now = kThen.toSecsSinceEpoch() + 30 * 86400;
    authOptions.reverseDns = false;
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(raw, QStringLiteral("aligned.eml")));
    const Auth::MessageAuthResult saved = Auth::MessageAuth::runBlocking(message, resolver, authOptions);
    const QJsonObject savedJson = saved.toJson();
    QCOMPARE(savedJson.value(QStringLiteral("dkim")).toArray().at(0).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
    QCOMPARE(savedJson.value(QStringLiteral("spf")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
    QCOMPARE(savedJson.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));

    Case theCase;
    const QString name = theCase.addMessage(QStringLiteral("aligned.eml"), raw);
    theCase.addCheck(CaseCheck{QStringLiteral("auth"), name, kThen, saved.findings(), savedJson});
    QList<CaseDnsEntry> dns;
    for (const Dns::QueryLogEntry& q : resolver.queryLog()->entries())
        dns.append(CaseDnsEntry::fromQueryLog(q));
    theCase.addDnsEntries(dns);
    // Through the file format, as a saved case is re-checked.
    auto reopened = Case::fromBytes(theCase.toBytes());
    QVERIFY(reopened.has_value());

    // 2. Re-check with the (changed) answers.
    RecheckOptions options;
    options.domainAudit = false;
    options.dnsbl = false;
    options.dnsSnapshot = false;
    options.overlay = Dns::ZoneOverlay::parse(zone);
    QVERIFY(!options.overlay.hasErrors());
    const RecheckResult result = run(*reopened, options);
    QVERIFY(!result.cancelled);

    QStringList got;
    for (const RecheckChange& change : result.changes) {
        QCOMPARE(change.kind, RecheckChange::Kind::VerdictFlipped);
        QCOMPARE(change.oldTime, kThen);
        // The first line of the explanation names the record whose change explains it.
        got << change.subject + u'|' + change.oldValue.section(u' ', 0, 0) + u'|'
                   + change.newValue.section(u' ', 0, 0) + u'|' + change.explanation.section(u':', 0, 0);
    }
    QVERIFY2(got == expected, qPrintable(got.join(u'\n')));

    // The SPF explanation quotes both records; the finding carries it.
    for (const RecheckChange& change : result.changes) {
        if (change.subject.startsWith(QStringLiteral("SPF"))) {
            QVERIFY2(change.explanation.contains(QStringLiteral("then \"v=spf1 ip4:192.0.2.25 -all\"; now \"v=spf1 -all\"")),
                     qPrintable(change.explanation));
        }
    }
    for (const Finding& f : result.findings) {
        if (!expected.isEmpty()) {
            QCOMPARE(f.code, QByteArray("RECHECK.VERDICT_FLIPPED"));
            QVERIFY(f.detail.contains(QStringLiteral("._domainkey.") ) || f.detail.contains(QStringLiteral("auth.test TXT")));
        }
    }
    if (expected.isEmpty())
        QCOMPARE(result.findings.constFirst().code, QByteArray("RECHECK.UNCHANGED"));

    // The re-run is kept next to the saved check (as "auth" inside the recheck record).
    QCOMPARE(result.checks.size(), 1);
    QCOMPARE(result.checks.constFirst().kind, QStringLiteral("auth"));
    QCOMPARE(result.checks.constFirst().input, name);
}

QTEST_GUILESS_MAIN(tst_Recheck)
#include "tst_recheck.moc"
