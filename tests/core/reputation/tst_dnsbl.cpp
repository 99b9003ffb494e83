// SPDX-License-Identifier: GPL-3.0-or-later
// DnsblChecker against the real BIND of the test_servers fixture: the dnsbl.test zones
// (tests/support/test-servers/templates/dns/zones/dnsbl.test.zone) list chosen IPs and domains
// with specific codes, a refusal code, an answer outside 127/8 and a list that never answers
// (rpz-drop). The expected table below is read off that zone file and the test catalogue
// (tests/data/dnsbl/test-catalogue.json); every result is compared, so nothing else may appear.
#include "reputation/DnsblChecker.h"

#include "TestServers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace Deliverbench;
using namespace Deliverbench::Reputation;

namespace {

/**
 * A delaying UDP relay in front of the real BIND, for the benchmark only: BIND has no option
 * to delay its answers. Each answer is held back 150..299 ms (fixed per query name).
 */
class DelayingDnsRelay : public QObject
{
public:
    DelayingDnsRelay(const QHostAddress& server, quint16 port)
        : m_server(server)
        , m_port(port)
    {
        m_front.bind(QHostAddress::LocalHost, 0);
        m_back.bind(QHostAddress::LocalHost, 0);
        // the resolver sends all 500 queries before this relay (same thread) reads any: a default
        // 208 KiB receive buffer would drop some of them
        m_front.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 * 1024 * 1024);
        m_back.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 * 1024 * 1024);
        connect(&m_front, &QUdpSocket::readyRead, this, [this] {
            while (m_front.hasPendingDatagrams()) {
                const QNetworkDatagram d = m_front.receiveDatagram();
                m_clients.insert(key(d.data()), {d.senderAddress(), quint16(d.senderPort())});
                m_toServer.append(d.data());
            }
            if (!m_pace.isActive())
                m_pace.start();
        });
        // BIND (on a loaded 2-core CI machine) drops part of a burst of 500 datagrams arriving
        // within a millisecond: forward them 10 per millisecond (the resolver under test still
        // has all 500 in flight at once)
        m_pace.setInterval(1);
        connect(&m_pace, &QTimer::timeout, this, [this] {
            for (int i = 0; i < 10 && !m_toServer.isEmpty(); ++i)
                m_back.writeDatagram(m_toServer.takeFirst(), m_server, m_port);
            if (m_toServer.isEmpty())
                m_pace.stop();
        });
        connect(&m_back, &QUdpSocket::readyRead, this, [this] {
            while (m_back.hasPendingDatagrams()) {
                const QByteArray data = m_back.receiveDatagram().data();
                const QByteArray k = key(data);
                const auto client = m_clients.value(k);
                const int delay = 150 + int(qHash(k.mid(2)) % 150);
                QTimer::singleShot(delay, this, [this, data, client] { m_front.writeDatagram(data, client.first, client.second); });
            }
        });
    }
    QString address() const { return QStringLiteral("127.0.0.1:") + QString::number(m_front.localPort()); }

private:
    /** @short DNS ID + question section (RFC 1035 §4.1.1-2): unique per query in flight. */
    static QByteArray key(const QByteArray& m)
    {
        qsizetype i = 12;
        for (int labels = 0; labels < 128 && i < m.size() && m.at(i) != 0; ++labels)
            i += 1 + static_cast<unsigned char>(m.at(i));
        return m.left(2) + m.mid(12, i + 5 - 12);
    }

    QUdpSocket m_front;
    QUdpSocket m_back;
    QHostAddress m_server;
    quint16 m_port;
    QHash<QByteArray, QPair<QHostAddress, quint16>> m_clients;
    QList<QByteArray> m_toServer;
    QTimer m_pace;
};

struct Expected
{
    const char* target;
    const char* list;
    const char* status;
    const char* answers;  ///< space-separated, sorted
    const char* meaning;  ///< prefix ("" = none)
    const char* txt;      ///< exact ("" = none)
    const char* severity;
};

// read off dnsbl.test.zone + test-catalogue.json
const Expected kExpected[] = {
    {"192.0.2.99", "test-zen", "listed", "127.0.0.2", "SBL: Spamhaus SBL data", "Listed by SBL, see https://check.spamhaus.example/sbl/query/SBL100", "error"},
    {"192.0.2.99", "test-bl", "listed", "127.0.0.2", "listed: test spam source", "", "error"},
    {"192.0.2.99", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"192.0.2.98", "test-zen", "listed", "127.0.0.4 127.0.0.10", "XBL: exploited or infected host (CBL, botnet); PBL (ISP maintained)", "XBL and PBL listing for 192.0.2.98", "error"},
    {"192.0.2.98", "test-bl", "clear", "", "", "", "pass"},
    {"192.0.2.98", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"198.51.100.7", "test-zen", "unknown", "127.255.255.254", "query refused: sent through a public/open resolver", "", "info"},
    {"198.51.100.7", "test-bl", "clear", "", "", "", "pass"},
    {"198.51.100.7", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"203.0.113.5", "test-zen", "clear", "", "", "", "pass"},
    {"203.0.113.5", "test-bl", "unknown", "192.0.2.1", "answer 192.0.2.1 is outside 127.0.0.0/8", "", "warning"},
    {"203.0.113.5", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"192.0.2.1", "test-zen", "clear", "", "", "", "pass"},
    {"192.0.2.1", "test-bl", "clear", "", "", "", "pass"},
    {"192.0.2.1", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"2001:db8::99", "test-zen", "listed", "127.0.0.3", "SBL CSS", "", "error"},
    {"spammy.example", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"spammy.example", "test-dbl", "listed", "127.0.1.2", "spam domain", "https://www.spamhaus.example/query/dbl?domain=spammy.example", "error"},
    {"spammy.example", "test-multi", "clear", "", "", "", "pass"},
    {"phishy.example.net", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"phishy.example.net", "test-dbl", "listed", "127.0.1.104", "abused legitimate domain: phishing", "", "error"},
    {"phishy.example.net", "test-multi", "clear", "", "", "", "pass"},
    {"evil.example", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"evil.example", "test-dbl", "clear", "", "", "", "pass"},
    {"evil.example", "test-multi", "listed", "127.0.0.72", "PH: phishing; ABUSE: spam and abuse", "", "error"},
    {"blocked.example", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"blocked.example", "test-dbl", "clear", "", "", "", "pass"},
    {"blocked.example", "test-multi", "unknown", "127.0.0.1", "query refused: resolver blocked", "", "info"},
    {"clean.example", "test-slow", "unknown", "", "no answer (timeout)", "", "info"},
    {"clean.example", "test-dbl", "clear", "", "", "", "pass"},
    {"clean.example", "test-multi", "clear", "", "", "", "pass"},
};

} // namespace

class tst_Dnsbl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seededListingsExactly();
    void summaryAndFindings();
    void jsonShape();
    void builtInCatalogueAgainstForeignZonesIsUnknown();
    void cancelDropsCallbacks();
    void benchmarkParallelQueries();

private:
    QList<Target> targets(const QStringList& texts) const;
    bool runChecker(DnsblChecker& checker, const Catalogue& catalogue, const QList<Target>& targets);

    QHash<QString, QString> m_env;
    Catalogue m_catalogue;
};

void tst_Dnsbl::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    auto catalogue = Catalogue::fromFile(QStringLiteral(TEST_DATA_DIR "/dnsbl/test-catalogue.json"));
    QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error().message));
    m_catalogue = *catalogue;
    QCOMPARE(m_catalogue.size(), 5);
}

QList<Target> tst_Dnsbl::targets(const QStringList& texts) const
{
    QList<Target> out;
    for (const QString& t : texts) {
        const auto parsed = parseTarget(t);
        if (parsed)
            out.append(*parsed);
    }
    return out;
}

bool tst_Dnsbl::runChecker(DnsblChecker& checker, const Catalogue& catalogue, const QList<Target>& targets)
{
    QSignalSpy finished(&checker, &DnsblChecker::finished);
    checker.start(catalogue, targets);
    return finished.wait(60000) && finished.size() == 1;
}

void tst_Dnsbl::seededListingsExactly()
{
    Dns::ResolverOptions options;
    options.servers = {m_env.value(QStringLiteral("DNS_SERVER"))};
    options.timeoutMs = 500;
    options.tries = 1;
    Dns::Resolver resolver(options);
    DnsblChecker checker(&resolver);
    QSignalSpy ready(&checker, &DnsblChecker::resultReady);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runChecker(checker, m_catalogue,
                       targets({QStringLiteral("192.0.2.99"), QStringLiteral("192.0.2.98"), QStringLiteral("198.51.100.7"),
                                QStringLiteral("203.0.113.5"), QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::99"),
                                QStringLiteral("spammy.example"), QStringLiteral("phishy.example.net"),
                                QStringLiteral("evil.example"), QStringLiteral("blocked.example"),
                                QStringLiteral("clean.example")})));
    // ten timeouts of 500 ms in parallel, not one after the other
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    const QList<DnsblResult> results = checker.results();
    constexpr int n = int(sizeof(kExpected) / sizeof(kExpected[0]));
    QCOMPARE(results.size(), n);
    QCOMPARE(ready.size(), n);
    for (int i = 0; i < n; ++i) {
        const Expected& e = kExpected[i];
        const DnsblResult& r = results.at(i);
        const QString row = QStringLiteral("%1 on %2").arg(QLatin1String(e.target), QLatin1String(e.list));
        QCOMPARE(r.target + QStringLiteral(" on ") + r.listId, row);
        QVERIFY2(listingStatusToken(r.status) == QLatin1String(e.status), qPrintable(row + QStringLiteral(": ") + listingStatusToken(r.status)));
        QCOMPARE(r.answers.join(u' '), QLatin1String(e.answers)); // numeric order
        QVERIFY2(*e.meaning == 0 ? r.meaning.isEmpty() : r.meaning.startsWith(QLatin1String(e.meaning)),
                 qPrintable(row + QStringLiteral(": ") + r.meaning));
        QCOMPARE(r.txt, QLatin1String(e.txt));
        QCOMPARE(severityToken(r.severity), QLatin1String(e.severity));
    }
    // the IPv6 target was asked in nibble form (RFC 5782 §2.4)
    QCOMPARE(results.at(15).query,
             QByteArray("9.9.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.dnsbl.test"));
    QCOMPARE(results.at(15).dnsOutcome, QStringLiteral("NOERROR"));
    QCOMPARE(results.at(2).dnsOutcome, QStringLiteral("TIMEOUT"));
    QCOMPARE(results.at(4).dnsOutcome, QStringLiteral("NXDOMAIN"));
}

void tst_Dnsbl::summaryAndFindings()
{
    Dns::ResolverOptions options;
    options.servers = {m_env.value(QStringLiteral("DNS_SERVER"))};
    options.timeoutMs = 500;
    options.tries = 1;
    Dns::Resolver resolver(options);
    DnsblChecker checker(&resolver);
    QVERIFY(runChecker(checker, m_catalogue, targets({QStringLiteral("192.0.2.99"), QStringLiteral("192.0.2.1")})));
    const DnsblSummary all = checker.summary();
    QCOMPARE(all.lists, 6);
    QCOMPARE(all.listed, 2);
    QCOMPARE(all.clear, 2);
    QCOMPARE(all.unknown, 2);
    QCOMPARE(all.line(), QStringLiteral("listed on 2 of 6 lists, 2 unknown"));
    const QList<DnsblSummary> per = checker.summaryPerTarget();
    QCOMPARE(per.size(), 2);
    QCOMPARE(per.at(0).line(), QStringLiteral("192.0.2.99: listed on 2 of 3 lists, 1 unknown"));
    QCOMPARE(per.at(1).line(), QStringLiteral("192.0.2.1: listed on 0 of 3 lists, 1 unknown"));
    QStringList codes;
    for (const Finding& f : checker.findings())
        codes.append(QString::fromLatin1(f.code) + u'/' + severityToken(f.severity));
    QCOMPARE(codes, (QStringList{QStringLiteral("DNSBL.LISTED/error"), QStringLiteral("DNSBL.LISTED/error"),
                                 QStringLiteral("DNSBL.UNKNOWN/info"), QStringLiteral("DNSBL.UNKNOWN/info"),
                                 QStringLiteral("DNSBL.CLEAR/pass")}));
    const Finding listed = checker.findings().first();
    QCOMPARE(listed.title, QStringLiteral("192.0.2.99 is listed on Test ZEN (Spamhaus ZEN codes)"));
    QVERIFY(listed.detail.contains(QLatin1String("SBL100")));
    QCOMPARE(listed.evidence, QStringLiteral("99.2.0.192.zen.dnsbl.test A 127.0.0.2"));
    QVERIFY(listed.remedy.contains(QLatin1String("https://check.spamhaus.org/")));
}

void tst_Dnsbl::jsonShape()
{
    Dns::ResolverOptions options;
    options.servers = {m_env.value(QStringLiteral("DNS_SERVER"))};
    options.timeoutMs = 500;
    options.tries = 1;
    Dns::Resolver resolver(options);
    DnsblChecker checker(&resolver);
    QVERIFY(runChecker(checker, m_catalogue, targets({QStringLiteral("spammy.example")})));
    const QJsonObject json = checker.toJson();
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject dbl = results.at(1).toObject();
    QCOMPARE(dbl.value(QStringLiteral("target")).toString(), QStringLiteral("spammy.example"));
    QCOMPARE(dbl.value(QStringLiteral("zone")).toString(), QStringLiteral("dbl.dnsbl.test"));
    QCOMPARE(dbl.value(QStringLiteral("status")).toString(), QStringLiteral("listed"));
    QCOMPARE(dbl.value(QStringLiteral("answers")).toArray(), QJsonArray{QStringLiteral("127.0.1.2")});
    QCOMPARE(dbl.value(QStringLiteral("meaning")).toString(), QStringLiteral("spam domain"));
    QCOMPARE(dbl.value(QStringLiteral("txt")).toString(), QStringLiteral("https://www.spamhaus.example/query/dbl?domain=spammy.example"));
    QVERIFY(results.at(2).toObject().value(QStringLiteral("meaning")).isNull()); // clear: no meaning
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("listed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("unknown")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("line")).toString(), QStringLiteral("listed on 1 of 3 lists, 1 unknown"));
}

void tst_Dnsbl::builtInCatalogueAgainstForeignZonesIsUnknown()
{
    // the test BIND refuses every real list's zone (REFUSED): all unknown, never listed or clear
    Dns::ResolverOptions options;
    options.servers = {m_env.value(QStringLiteral("DNS_SERVER"))};
    options.timeoutMs = 1000;
    Dns::Resolver resolver(options);
    DnsblChecker checker(&resolver);
    const Catalogue& c = Catalogue::builtIn();
    QVERIFY(runChecker(checker, c, targets({QStringLiteral("192.0.2.99"), QStringLiteral("2001:db8::99"),
                                            QStringLiteral("spammy.example")})));
    int expected = 0;
    for (const BlockList& l : c.lists())
        expected += int(l.accepts(Ipv4)) + int(l.accepts(Ipv6)) + int(l.accepts(Domain));
    const DnsblSummary s = checker.summary();
    QCOMPARE(s.lists, expected);
    QCOMPARE(s.unknown, expected);
    QCOMPARE(s.listed, 0);
    for (const DnsblResult& r : checker.results())
        QCOMPARE(r.dnsOutcome, QStringLiteral("REFUSED"));
}

void tst_Dnsbl::cancelDropsCallbacks()
{
    Dns::ResolverOptions options;
    options.servers = {m_env.value(QStringLiteral("DNS_SERVER"))};
    options.timeoutMs = 500;
    options.tries = 1;
    Dns::Resolver resolver(options);
    DnsblChecker checker(&resolver);
    QSignalSpy ready(&checker, &DnsblChecker::resultReady);
    QSignalSpy finished(&checker, &DnsblChecker::finished);
    checker.start(m_catalogue, targets({QStringLiteral("192.0.2.1")}));
    checker.cancel();
    QTest::qWait(1200);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!checker.isRunning());
}

void tst_Dnsbl::benchmarkParallelQueries()
{
    // 10 IPs x 50 lists = 500 queries through one Resolver, each answer delayed 150..299 ms by
    // the relay in front of BIND. Sequentially this would take over a minute; concurrently it
    // should take about the slowest answer (plus one TXT round for the 10 listings on b07).
    const QString server = m_env.value(QStringLiteral("DNS_SERVER"));
    const QHostAddress bindAddress(server.section(u':', 0, 0));
    DelayingDnsRelay relay(bindAddress, quint16(server.section(u':', 1).toUInt()));
    Catalogue bench;
    for (int i = 1; i <= 50; ++i)
        bench.add(Catalogue::userList(QStringLiteral("b%1.bench.dnsbl.test").arg(i, 2, 10, QLatin1Char('0')).toLatin1(), Ipv4));
    QStringList ips;
    for (int i = 1; i <= 10; ++i)
        ips.append(QStringLiteral("192.0.2.%1").arg(i));
    Dns::ResolverOptions options;
    options.servers = {relay.address()};
    options.timeoutMs = 1500; // a datagram lost on a loaded machine is asked again (and shows in the figure)
    options.tries = 2;
    qint64 wall = 0;
    DnsblSummary summary;
    qint64 slowest = 0;
    QBENCHMARK_ONCE {
        Dns::Resolver resolver(options);
        DnsblChecker checker(&resolver);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runChecker(checker, bench, targets(ips)));
        wall = clock.elapsed();
        summary = checker.summary();
        for (const DnsblResult& r : checker.results()) {
            slowest = std::max(slowest, r.elapsedMs);
            if (r.zone.startsWith(QLatin1String("b07")) && r.status != ListingStatus::Listed)
                qWarning("%s %s %s", r.query.constData(), qPrintable(r.dnsOutcome), qPrintable(r.meaning));
        }
    }
    qInfo("benchmark summary: %s", qPrintable(summary.line()));
    QCOMPARE(summary.lists, 500);
    QCOMPARE(summary.listed, 10);
    QCOMPARE(summary.clear, 490);
    QCOMPARE(summary.unknown, 0);
    QVERIFY(slowest >= 150);
    qInfo("DNSBL benchmark: 500 queries (10 IPs x 50 lists), slowest single answer %lld ms, whole run %lld ms "
          "(%.2f x the slowest answer)", slowest, wall, double(wall) / double(slowest));
}

QTEST_GUILESS_MAIN(tst_Dnsbl)
#include "tst_dnsbl.moc"
