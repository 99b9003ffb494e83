// SPDX-License-Identifier: GPL-3.0-or-later
// SPF and DMARC through Dns::Resolver against the real BIND of the test_servers fixture
// (zone tests/support/test-servers/templates/dns/zones/spf.test.zone).
#include "auth/dmarc/DmarcCheck.h"
#include "auth/spf/DnsSource.h"
#include "auth/spf/SpfCheck.h"
#include "dns/Resolver.h"

#include "TestServers.h"

#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;

class tst_SpfDns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const auto env = TestServers::load();
        if (!env)
            QFAIL(qPrintable(TestServers::unavailableMessage()));
        m_server = env->value(QStringLiteral("DNS_SERVER"));
        QVERIFY2(!m_server.isEmpty(), "DNS_SERVER missing: was ENABLE_DNS=0?");
    }

    void spf_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QByteArray>("mailFrom");
        QTest::addColumn<QByteArray>("result");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("ip4 pass") << QStringLiteral("192.0.2.10") << QByteArray("a@spf.test") << QByteArray("pass") << QByteArray("SPF.EVAL_PASS") << QString();
        QTest::newRow("include a pass") << QStringLiteral("192.0.2.20") << QByteArray("a@spf.test") << QByteArray("pass") << QByteArray("SPF.EVAL_PASS") << QString();
        QTest::newRow("fail") << QStringLiteral("198.51.100.1") << QByteArray("a@spf.test") << QByteArray("fail") << QByteArray("SPF.EVAL_FAIL") << QString();
        QTest::newRow("mx cidr pass") << QStringLiteral("192.0.2.99") << QByteArray("a@mx.spf.test") << QByteArray("pass") << QByteArray("SPF.EVAL_PASS") << QString();
        QTest::newRow("exp macros") << QStringLiteral("198.51.100.7") << QByteArray("a@expfail.spf.test") << QByteArray("fail") << QByteArray("SPF.EVAL_FAIL")
                                    << QStringLiteral("198.51.100.7 is not one of expfail.spf.test's designated mail servers.");
        QTest::newRow("redirect pass") << QStringLiteral("192.0.2.10") << QByteArray("a@redir.spf.test") << QByteArray("pass") << QByteArray("SPF.EVAL_PASS") << QString();
        QTest::newRow("void limit") << QStringLiteral("192.0.2.1") << QByteArray("a@voids.spf.test") << QByteArray("permerror") << QByteArray("SPF.EVAL_VOID_LIMIT") << QString();
        QTest::newRow("include loop") << QStringLiteral("192.0.2.1") << QByteArray("a@loop.spf.test") << QByteArray("permerror") << QByteArray("SPF.EVAL_LOOKUP_LIMIT") << QString();
        QTest::newRow("exists macros") << QStringLiteral("192.0.2.40") << QByteArray("alice@ex.spf.test") << QByteArray("pass") << QByteArray("SPF.EVAL_PASS") << QString();
        QTest::newRow("exists no match") << QStringLiteral("192.0.2.41") << QByteArray("alice@ex.spf.test") << QByteArray("fail") << QByteArray("SPF.EVAL_FAIL") << QString();
        QTest::newRow("servfail include") << QStringLiteral("192.0.2.1") << QByteArray("a@tempfail.spf.test") << QByteArray("temperror") << QByteArray("SPF.EVAL_DNS_ERROR") << QString();
        QTest::newRow("no record") << QStringLiteral("192.0.2.1") << QByteArray("a@host.spf.test") << QByteArray("none") << QByteArray("SPF.EVAL_NONE") << QString();
    }
    void spf()
    {
        QFETCH(QString, ip);
        QFETCH(QByteArray, mailFrom);
        QFETCH(QByteArray, result);
        QFETCH(QByteArray, code);
        QFETCH(QString, explanation);
        Dns::ResolverOptions options;
        options.servers = {m_server};
        options.timeoutMs = 1500;
        Dns::Resolver resolver(options);
        QVERIFY(resolver.isValid());
        ResolverDnsSource dns(&resolver);
        SpfRequest req;
        req.ip = QHostAddress(ip);
        req.mailFrom = mailFrom;
        req.helo = "client.example.net";
        const SpfEvaluation ev = checkSpfBlocking(&dns, req);
        QCOMPARE(spfResultToken(ev.result), result);
        QCOMPARE(ev.code, code);
        if (!explanation.isEmpty())
            QCOMPARE(ev.explanation, explanation);
        // the trace holds the real server's answers
        bool sawQuery = false;
        for (const SpfTraceEntry& e : ev.trace)
            sawQuery = sawQuery || (e.kind == SpfTraceEntry::Kind::Query && !e.answer.isEmpty());
        QVERIFY(sawQuery);
    }

    void dmarc()
    {
        Dns::ResolverOptions options;
        options.servers = {m_server};
        Dns::Resolver resolver(options);
        ResolverDnsSource dns(&resolver);
        DmarcRequest req;
        req.fromDomain = "news.spf.test"; // no _dmarc.news: fallback to the organizational domain spf.test
        req.spf = {DmarcAuthInput{"other.example", "pass", "mfrom"}};
        const PublicSuffixList psl = PublicSuffixList::fromRules("test\n");
        const DmarcEvaluation ev = checkDmarcBlocking(&dns, req, psl);
        QCOMPARE(ev.result, DmarcResult::Fail);
        QCOMPARE(ev.policyDomain, QByteArray("spf.test"));
        QVERIFY(ev.recordFromOrgDomain);
        QCOMPARE(ev.disposition, QByteArray("quarantine")); // sp=
        QCOMPARE(ev.ruaKept.size(), 1);
        req.spf = {DmarcAuthInput{"bounce.spf.test", "pass", "mfrom"}};
        QCOMPARE(checkDmarcBlocking(&dns, req, psl).result, DmarcResult::Pass); // relaxed alignment
    }

private:
    QString m_server;
};

QTEST_GUILESS_MAIN(tst_SpfDns)
#include "tst_spfdns.moc"
