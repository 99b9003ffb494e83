// SPDX-License-Identifier: GPL-3.0-or-later
// Resolver against the real BIND of the test_servers fixture (tests/support/test-servers).
#include "dns/Resolver.h"

#include "TestServers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Deliverbench::Dns;

class tst_Resolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void records_data();
    void records();
    void multiStringTxtJoined();
    void outcomes_data();
    void outcomes();
    void timeoutWithinConfiguredTime();
    void truncatedUdpFallsBackToTcp();
    void cnameChain();
    void ipv6Server();
    void parallelQueries();
    void parallelTimeouts();
    void cacheCoalescesConcurrentLookups();
    void cacheOffAsksTwice();
    void overlayReplacesRealAnswer();
    void queryLogRecordsEveryLookup();
    void callbackDroppedWhenContextDies();
    void cancelAllDropsCallbacks();
    void badServerOption();
    void parseServer_data();
    void parseServer();

private:
    ResolverOptions options(int timeoutMs = 1000, int tries = 2) const;
    static Answer resolve(Resolver& resolver, const QByteArray& name, RecordType type);
    int queryLinesInBindLog(const QByteArray& name, const QByteArray& type) const;
    static QByteArray uniqueLabel();

    QHash<QString, QString> m_env;
};

ResolverOptions tst_Resolver::options(int timeoutMs, int tries) const
{
    ResolverOptions o;
    o.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    o.timeoutMs = timeoutMs;
    o.tries = tries;
    return o;
}

Answer tst_Resolver::resolve(Resolver& resolver, const QByteArray& name, RecordType type)
{
    std::optional<Answer> out;
    QObject context;
    resolver.query(name, type, &context, [&out](const Answer& a) { out = a; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000)) {
        Answer none;
        none.errorText = QStringLiteral("test: no callback within 15 s");
        return none;
    }
    return *out;
}

int tst_Resolver::queryLinesInBindLog(const QByteArray& name, const QByteArray& type) const
{
    // named logs "client @0x… 127.0.0.1#PORT (NAME): query: NAME IN TYPE …" per query received
    QFile log(m_env.value(QStringLiteral("DNS_QUERY_LOG")));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray needle = "query: " + name + " IN " + type + ' ';
    int count = 0;
    while (!log.atEnd()) {
        if (log.readLine().contains(needle))
            ++count;
    }
    return count;
}

QByteArray tst_Resolver::uniqueLabel()
{
    return "t" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

void tst_Resolver::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    QVERIFY2(!m_env.value(QStringLiteral("DNS_SERVER")).isEmpty(), "DNS_SERVER missing: was ENABLE_DNS=0?");
}

void tst_Resolver::records_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<QList<QByteArray>>("expected"); // rdata presentation forms, sorted

    using L = QList<QByteArray>;
    QTest::newRow("A") << QByteArray("example.test") << RecordType::A << L{"192.0.2.10"};
    QTest::newRow("AAAA") << QByteArray("mail.example.test") << RecordType::AAAA << L{"2001:db8::25"};
    QTest::newRow("MX two hosts") << QByteArray("example.test") << RecordType::MX
                                  << L{"10 mail.example.test.", "20 mx-cname.example.test."};
    QTest::newRow("MX null (RFC 7505)") << QByteArray("nullmx.example.test") << RecordType::MX << L{"0 ."};
    QTest::newRow("TXT SPF") << QByteArray("example.test") << RecordType::TXT
                             << L{"\"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.test mx -all\""};
    QTest::newRow("TXT two records") << QByteArray("dupspf.example.test") << RecordType::TXT
                                     << L{"\"v=spf1 +all\"", "\"v=spf1 -all\""};
    QTest::newRow("TXT trailing dot in query") << QByteArray("_mta-sts.example.test.") << RecordType::TXT
                                               << L{"\"v=STSv1; id=20240101T000000Z\""};
    QTest::newRow("NS") << QByteArray("example.test") << RecordType::NS << L{"ns1.example.test."};
    QTest::newRow("SOA") << QByteArray("example.test") << RecordType::SOA
                         << L{"ns1.example.test. hostmaster.example.test. 2024010101 3600 600 86400 300"};
    QTest::newRow("CNAME asked directly") << QByteArray("www.example.test") << RecordType::CNAME << L{"example.test."};
    QTest::newRow("PTR v4") << reverseName(QStringView(u"192.0.2.25")) << RecordType::PTR << L{"mail.example.test."};
    QTest::newRow("PTR v4 two names") << reverseName(QStringView(u"192.0.2.27")) << RecordType::PTR
                                      << L{"a.example.test.", "b.example.test."};
    QTest::newRow("PTR v4 loopback") << reverseName(QStringView(u"127.0.0.1")) << RecordType::PTR
                                     << L{"loopback-mx.example.test."};
    QTest::newRow("PTR v6") << reverseName(QStringView(u"2001:db8::25")) << RecordType::PTR << L{"mail.example.test."};
    QTest::newRow("PTR v6 loopback") << reverseName(QStringView(u"::1")) << RecordType::PTR
                                     << L{"loopback-mx.example.test."};
    QTest::newRow("TLSA") << QByteArray("_25._tcp.mail.example.test") << RecordType::TLSA
                          << L{"3 1 1 0123456789abcdef0123456789abcdeffedcba9876543210fedcba9876543210"};
    QTest::newRow("MX via CNAME (www)") << QByteArray("www.example.test") << RecordType::MX
                                        << L{"10 mail.example.test.", "20 mx-cname.example.test."};
}

void tst_Resolver::records()
{
    QFETCH(QByteArray, name);
    QFETCH(RecordType, type);
    QFETCH(QList<QByteArray>, expected);
    Resolver resolver(options());
    QVERIFY2(resolver.isValid(), qPrintable(resolver.errorString()));
    const Answer a = resolve(resolver, name, type);
    QCOMPARE(outcomeToken(a.outcome), QByteArray("NOERROR"));
    QCOMPARE(a.rcode, 0);
    QVERIFY(a.authoritative);
    QVERIFY(!a.authenticated); // BIND serves unsigned zones: AD must be clear
    QCOMPARE(a.server, m_env.value(QStringLiteral("DNS_SERVER")));
    QList<QByteArray> got;
    for (const Record& r : a.records) {
        QCOMPARE(r.type, type);
        QCOMPARE(r.ttl, quint32(300));
        got.append(r.rdataText());
    }
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
}

void tst_Resolver::multiStringTxtJoined()
{
    Resolver resolver(options());
    QFile file(QStringLiteral(PROJECT_SOURCE_DIR "/tests/support/test-servers/templates/dns/dkim/sel1.dkim-txt-value.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray published = file.readAll().trimmed();
    QCOMPARE(published.size(), 410);

    const Answer dkim = resolve(resolver, "sel1._domainkey.example.test", RecordType::TXT);
    QCOMPARE(dkim.outcome, Outcome::NoError);
    QCOMPARE(dkim.records.size(), 1);
    QCOMPARE(dkim.records.first().strings.size(), 2);
    QCOMPARE(dkim.records.first().strings.at(0).size(), 255);
    QCOMPARE(dkim.records.first().strings.at(1).size(), 155);
    QCOMPARE(dkim.records.first().text, published); // no separator between the character-strings
    QCOMPARE(dkim.texts(), QList<QByteArray>{published});

    const Answer spf = resolve(resolver, "longspf.example.test", RecordType::TXT);
    QCOMPARE(spf.outcome, Outcome::NoError);
    QCOMPARE(spf.records.size(), 1);
    QCOMPARE(spf.records.first().strings.size(), 2);
    QVERIFY(spf.records.first().text.contains("ip4:192.0.2.16 ip4:198.51.100.0/24"));
    QVERIFY(spf.records.first().text.endsWith("include:_spf.example.test -all"));
    QVERIFY(spf.records.first().text.size() > 255);
}

void tst_Resolver::outcomes_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("rcode");

    QTest::newRow("NXDOMAIN undefined name") << QByteArray("nope.example.test") << RecordType::TXT << Outcome::NxDomain << 3;
    QTest::newRow("NXDOMAIN by RPZ, data exists") << QByteArray("forced-nx.example.test") << RecordType::TXT
                                                  << Outcome::NxDomain << 3;
    QTest::newRow("NXDOMAIN reverse, no PTR") << reverseName(QStringView(u"192.0.2.99")) << RecordType::PTR
                                              << Outcome::NxDomain << 3;
    QTest::newRow("NODATA name has only A") << QByteArray("mail.example.test") << RecordType::MX << Outcome::NoData << 0;
    QTest::newRow("NODATA by RPZ") << QByteArray("nodata.example.test") << RecordType::TXT << Outcome::NoData << 0;
    QTest::newRow("SERVFAIL zone not loaded") << QByteArray("_dmarc.brokendmarc.example.test") << RecordType::TXT
                                              << Outcome::ServFail << 2;
    QTest::newRow("SERVFAIL wildcard below zone") << QByteArray("anything.servfail.example.test") << RecordType::A
                                                  << Outcome::ServFail << 2;
    QTest::newRow("REFUSED foreign name") << QByteArray("gmail.com") << RecordType::MX << Outcome::Refused << 5;
    QTest::newRow("sibling of SERVFAIL resolves") << QByteArray("brokendmarc.example.test") << RecordType::TXT
                                                  << Outcome::NoError << 0;
}

void tst_Resolver::outcomes()
{
    QFETCH(QByteArray, name);
    QFETCH(RecordType, type);
    QFETCH(Outcome, outcome);
    QFETCH(int, rcode);
    Resolver resolver(options());
    const Answer a = resolve(resolver, name, type);
    QCOMPARE(outcomeToken(a.outcome), outcomeToken(outcome));
    QCOMPARE(a.rcode, rcode);
    if (outcome != Outcome::NoError)
        QVERIFY(a.records.isEmpty());
    QCOMPARE(a.isNegative(), outcome == Outcome::NxDomain || outcome == Outcome::NoData);
}

void tst_Resolver::timeoutWithinConfiguredTime()
{
    const int timeoutMs = 400, tries = 2;
    Resolver resolver(options(timeoutMs, tries));
    QElapsedTimer clock;
    clock.start();
    const Answer a = resolve(resolver, "timeout.example.test", RecordType::TXT);
    const qint64 wall = clock.elapsed();
    QCOMPARE(outcomeToken(a.outcome), QByteArray("TIMEOUT"));
    QCOMPARE(a.rcode, -1);
    QVERIFY(a.records.isEmpty());
    QVERIFY(!a.errorText.isEmpty());
    QVERIFY2(a.elapsedMs >= timeoutMs, qPrintable(QString::number(a.elapsedMs)));
    // the margin covers event-loop latency on a loaded CI machine; c-ares alone would take 400 + 800 ms
    QVERIFY2(a.elapsedMs < timeoutMs * tries + 350, qPrintable(QString::number(a.elapsedMs)));
    QVERIFY2(wall < timeoutMs * tries + 1000, qPrintable(QString::number(wall)));

    // the dropped name at the DMARC place of an otherwise fine domain
    const Answer dmarc = resolve(resolver, "_dmarc.slowdmarc.example.test", RecordType::TXT);
    QCOMPARE(dmarc.outcome, Outcome::Timeout);
}

void tst_Resolver::truncatedUdpFallsBackToTcp()
{
    Resolver resolver(options());
    const Answer a = resolve(resolver, "tcponly.example.test", RecordType::TXT);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.texts(), QList<QByteArray>{"only reachable over TCP"});
    QCOMPARE(a.server, m_env.value(QStringLiteral("DNS_SERVER"))); // the TCP socket's peer
}

void tst_Resolver::cnameChain()
{
    Resolver resolver(options());
    const Answer a = resolve(resolver, "chain1.example.test", RecordType::A);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.cnameChain,
             (QList<QByteArray>{"chain2.example.test", "webmail.example.test", "mail.example.test"}));
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records.first().address, QHostAddress(QStringLiteral("192.0.2.25")));

    const Answer dangling = resolve(resolver, "dangling.example.test", RecordType::A);
    QCOMPARE(dangling.outcome, Outcome::NxDomain);
    QCOMPARE(dangling.cnameChain, QList<QByteArray>{"gone.example.test"});
}

void tst_Resolver::ipv6Server()
{
    const QString server6 = m_env.value(QStringLiteral("DNS_SERVER6"));
    if (server6.isEmpty())
        QSKIP("this machine has no ::1 (the servers then listen on 127.0.0.1 only)");
    ResolverOptions o = options();
    o.servers = QStringList{server6};
    Resolver resolver(o);
    QVERIFY2(resolver.isValid(), qPrintable(resolver.errorString()));
    QCOMPARE(resolver.serversText(), server6);
    const Answer a = resolve(resolver, reverseName(QStringView(u"::1")), RecordType::PTR);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.server, server6);
    QCOMPARE(a.records.first().target, QByteArray("loopback-mx.example.test"));
}

void tst_Resolver::parallelQueries()
{
    Resolver resolver(options());
    const QByteArray run = uniqueLabel();
    const int n = 50;
    int done = 0, ok = 0;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        resolver.query("p" + QByteArray::number(i) + '-' + run + ".cache.example.test", RecordType::A, &context,
                       [&](const Answer& a) {
                           ++done;
                           ok += a.outcome == Outcome::NoError && a.records.size() == 1 ? 1 : 0;
                       });
    }
    QCOMPARE(resolver.pendingCount(), n);
    QVERIFY(QTest::qWaitFor([&] { return done == n; }, 10000));
    QCOMPARE(ok, n);
    QCOMPARE(resolver.pendingCount(), 0);
    qInfo("50 parallel lookups: %lld ms", clock.elapsed());
}

void tst_Resolver::parallelTimeouts()
{
    // 20 dropped queries at once end together after one timeout budget; serially it would be 20 ×.
    const int timeoutMs = 300, tries = 1, n = 20;
    Resolver resolver(options(timeoutMs, tries));
    const QByteArray run = uniqueLabel();
    int timeouts = 0, done = 0;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        resolver.query("p" + QByteArray::number(i) + '-' + run + ".timeout.example.test", RecordType::A, &context,
                       [&](const Answer& a) {
                           ++done;
                           timeouts += a.outcome == Outcome::Timeout ? 1 : 0;
                       });
    }
    QVERIFY(QTest::qWaitFor([&] { return done == n; }, 10000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(timeouts, n);
    QVERIFY2(elapsed < timeoutMs * tries + 1000, qPrintable(QString::number(elapsed))); // serial: 20 × 300 ms
}

void tst_Resolver::cacheCoalescesConcurrentLookups()
{
    Resolver resolver(options());
    const QByteArray name = uniqueLabel() + ".cache.example.test";
    std::optional<Answer> first, second;
    QObject context;
    resolver.query(name, RecordType::TXT, &context, [&](const Answer& a) { first = a; });
    resolver.query(name.toUpper() + '.', RecordType::TXT, &context, [&](const Answer& a) { second = a; }); // same key
    QCOMPARE(resolver.pendingCount(), 1); // coalesced onto the first query
    QVERIFY(QTest::qWaitFor([&] { return first && second; }, 10000));
    QCOMPARE(first->outcome, Outcome::NoError);
    QCOMPARE(second->outcome, Outcome::NoError);
    QCOMPARE(first->texts(), QList<QByteArray>{"cache probe"});
    QCOMPARE(second->texts(), QList<QByteArray>{"cache probe"});
    QVERIFY(!first->fromCache);
    QVERIFY(second->fromCache);

    // later: from the cache, no new query
    const Answer third = resolve(resolver, name, RecordType::TXT);
    QVERIFY(third.fromCache);
    QCOMPARE(third.elapsedMs, qint64(0));
    // another type of the same name is a different key
    const Answer a = resolve(resolver, name, RecordType::A);
    QVERIFY(!a.fromCache);

    // named writes its query log line when it receives the query; give it a moment
    QTest::qWait(200);
    QCOMPARE(queryLinesInBindLog(name, "TXT"), 1);
    QCOMPARE(queryLinesInBindLog(name, "A"), 1);
}

void tst_Resolver::cacheOffAsksTwice()
{
    ResolverOptions o = options();
    o.cache = false;
    Resolver resolver(o);
    const QByteArray name = uniqueLabel() + ".cache.example.test";
    int done = 0;
    QObject context;
    resolver.query(name, RecordType::TXT, &context, [&](const Answer& a) { done += a.fromCache ? 100 : 1; });
    resolver.query(name, RecordType::TXT, &context, [&](const Answer& a) { done += a.fromCache ? 100 : 1; });
    QVERIFY(QTest::qWaitFor([&] { return done >= 2; }, 10000));
    QCOMPARE(done, 2);
    QTest::qWait(200);
    QCOMPARE(queryLinesInBindLog(name, "TXT"), 2); // the count is real: without the cache we see both
}

void tst_Resolver::overlayReplacesRealAnswer()
{
    Resolver resolver(options());
    const ZoneOverlay overlay = ZoneOverlay::parse("$ORIGIN example.test.\n"
                                                   "_dmarc  300 IN TXT \"v=DMARC1; p=none; \" \"rua=mailto:x@example.test\"\n"
                                                   "mail        MX  5 mx.example.test.\n");
    QVERIFY(overlay.diagnostics().isEmpty());
    resolver.setOverlay(overlay);

    const Answer dmarc = resolve(resolver, "_dmarc.example.test", RecordType::TXT);
    QCOMPARE(dmarc.outcome, Outcome::NoError);
    QVERIFY(dmarc.fromOverlay);
    QCOMPARE(dmarc.texts(), QList<QByteArray>{"v=DMARC1; p=none; rua=mailto:x@example.test"});
    QVERIFY(dmarc.server.isEmpty());

    const Answer mx = resolve(resolver, "MAIL.example.test", RecordType::MX); // real: NODATA; overlay adds one
    QVERIFY(mx.fromOverlay);
    QCOMPARE(mx.records.size(), 1);
    QCOMPARE(mx.records.first().rdataText(), QByteArray("5 mx.example.test."));

    const Answer real = resolve(resolver, "mail.example.test", RecordType::A); // not in the overlay
    QVERIFY(!real.fromOverlay);
    QCOMPARE(real.records.first().address, QHostAddress(QStringLiteral("192.0.2.25")));
}

void tst_Resolver::queryLogRecordsEveryLookup()
{
    Resolver resolver(options());
    QueryLog* log = resolver.queryLog();
    QSignalSpy spy(log, &QueryLog::entryAdded);
    QSignalSpy answered(&resolver, &Resolver::answered);
    resolve(resolver, "example.test", RecordType::MX);
    resolve(resolver, "example.test", RecordType::MX); // cache
    resolve(resolver, "gmail.com", RecordType::MX);
    QCOMPARE(log->size(), 3);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(answered.count(), 3);
    const QueryLogEntry& e = log->entries().at(0);
    QCOMPARE(e.name, QByteArray("example.test"));
    QCOMPARE(e.type, RecordType::MX);
    QCOMPARE(e.server, m_env.value(QStringLiteral("DNS_SERVER")));
    QCOMPARE(e.rcode, 0);
    QList<QByteArray> lines = e.answerText.split('\n'); // BIND rotates the RRset order
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines, (QList<QByteArray>{"10 mail.example.test.", "20 mx-cname.example.test."}));
    QVERIFY(e.time.isValid());
    QVERIFY(!e.fromCache);
    QVERIFY(log->entries().at(1).fromCache);
    QCOMPARE(log->entries().at(2).outcome, Outcome::Refused);
    QCOMPARE(log->entries().at(2).answerText, QByteArray("REFUSED"));
    QCOMPARE(rcodeName(log->entries().at(2).rcode), QByteArray("REFUSED"));
}

void tst_Resolver::callbackDroppedWhenContextDies()
{
    Resolver resolver(options());
    bool called = false, otherCalled = false;
    auto* context = new QObject;
    QObject other;
    resolver.query("example.test", RecordType::A, context, [&](const Answer&) { called = true; });
    resolver.query("example.test", RecordType::A, &other, [&](const Answer&) { otherCalled = true; });
    delete context;
    QVERIFY(QTest::qWaitFor([&] { return otherCalled; }, 10000));
    QTest::qWait(50);
    QVERIFY(!called);
}

void tst_Resolver::cancelAllDropsCallbacks()
{
    Resolver resolver(options(300, 1));
    int called = 0;
    QObject context;
    resolver.query("timeout.example.test", RecordType::A, &context, [&](const Answer&) { ++called; });
    resolver.query("example.test", RecordType::A, &context, [&](const Answer&) { ++called; });
    resolver.cancelAll();
    QCOMPARE(resolver.pendingCount(), 0);
    QTest::qWait(600);
    QCOMPARE(called, 0);
    // still usable afterwards
    QCOMPARE(resolve(resolver, "example.test", RecordType::A).outcome, Outcome::NoError);
}

void tst_Resolver::badServerOption()
{
    ResolverOptions o = options();
    o.servers = QStringList{QStringLiteral("dns.example.test:53")};
    Resolver resolver(o);
    QVERIFY(!resolver.isValid());
    QVERIFY(resolver.errorString().contains(QStringLiteral("dns.example.test")));
    const Answer a = resolve(resolver, "example.test", RecordType::A);
    QCOMPARE(a.outcome, Outcome::OtherError);

    Resolver good(options());
    const Answer invalid = resolve(good, QByteArray(64, 'a') + ".example.test", RecordType::A);
    QCOMPARE(invalid.outcome, Outcome::OtherError);
    QVERIFY(!invalid.errorText.isEmpty());
}

void tst_Resolver::parseServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty = invalid
    QTest::newRow("v4") << QStringLiteral("192.0.2.1") << QStringLiteral("192.0.2.1:53");
    QTest::newRow("v4 port") << QStringLiteral("127.0.0.1:5353") << QStringLiteral("127.0.0.1:5353");
    QTest::newRow("v6 bare") << QStringLiteral("2001:db8::1") << QStringLiteral("[2001:db8::1]:53");
    QTest::newRow("v6 brackets") << QStringLiteral("[::1]") << QStringLiteral("[::1]:53");
    QTest::newRow("v6 brackets port") << QStringLiteral("[::1]:5353") << QStringLiteral("[::1]:5353");
    QTest::newRow("host name") << QStringLiteral("localhost") << QString();
    QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QString();
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << QString();
    QTest::newRow("missing bracket") << QStringLiteral("[::1:53") << QString();
    QTest::newRow("garbage after bracket") << QStringLiteral("[::1]x53") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_Resolver::parseServer()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto s = Deliverbench::Dns::parseServer(text);
    QCOMPARE(s.has_value(), !expected.isEmpty());
    if (s)
        QCOMPARE(s->toString(), expected);
}

QTEST_GUILESS_MAIN(tst_Resolver)
#include "tst_resolver.moc"
