// SPDX-License-Identifier: GPL-3.0-or-later
// `deliverbench-cli dnsbl` in-process against the real BIND of the test_servers fixture with the
// test catalogue (tests/data/dnsbl); expected listings from dnsbl.test.zone.
#include "CliApplication.h"

#include "TestServers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "CliTestUtil.h"

using namespace Deliverbench::Cli;

namespace {

using Deliverbench::CliTest::CliRun;
using Deliverbench::CliTest::runCli;

const QString kCatalogue = QStringLiteral(TEST_DATA_DIR "/dnsbl/test-catalogue.json");

} // namespace

class tst_CliDnsbl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listedJson();
    void clearTextExitZero();
    void userListAndMessage();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList common() const
    {
        return {QStringLiteral("--catalogue"), kCatalogue, QStringLiteral("--dns-server"), m_env.value(QStringLiteral("DNS_SERVER")),
                QStringLiteral("--timeout"), QStringLiteral("500")};
    }
    QHash<QString, QString> m_env;
};

void tst_CliDnsbl::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
}

void tst_CliDnsbl::listedJson()
{
    const CliRun r = runCli(QStringList{QStringLiteral("dnsbl"), QStringLiteral("192.0.2.99"), QStringLiteral("spammy.example"),
                                        QStringLiteral("--format"), QStringLiteral("json")}
                            + common());
    QCOMPARE(r.status, int(ExitFindings));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 6); // 192.0.2.99: zen, bl, slow; spammy.example: slow, dbl, multi
    QStringList rows;
    for (const QJsonValue& v : results) {
        const QJsonObject x = v.toObject();
        QStringList answers;
        for (const QJsonValue& a : x.value(QStringLiteral("answers")).toArray())
            answers.append(a.toString());
        rows.append(QStringList{x.value(QStringLiteral("target")).toString(), x.value(QStringLiteral("zone")).toString(),
                                x.value(QStringLiteral("status")).toString(), answers.join(u',')}
                        .join(u' '));
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("192.0.2.99 zen.dnsbl.test listed 127.0.0.2"),
                                QStringLiteral("192.0.2.99 bl.dnsbl.test listed 127.0.0.2"),
                                QStringLiteral("192.0.2.99 slow.dnsbl.test unknown "),
                                QStringLiteral("spammy.example slow.dnsbl.test unknown "),
                                QStringLiteral("spammy.example dbl.dnsbl.test listed 127.0.1.2"),
                                QStringLiteral("spammy.example multi.dnsbl.test clear ")}));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("meaning")).toString(),
             QStringLiteral("SBL: Spamhaus SBL data (direct spam sources, spam operations)"));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("txt")).toString(),
             QStringLiteral("Listed by SBL, see https://check.spamhaus.example/sbl/query/SBL100"));
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("listed")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("unknown")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("line")).toString(), QStringLiteral("listed on 3 of 6 lists, 2 unknown"));
}

void tst_CliDnsbl::clearTextExitZero()
{
    const CliRun r = runCli(QStringList{QStringLiteral("dnsbl"), QStringLiteral("192.0.2.1"), QStringLiteral("198.51.100.7")} + common());
    QCOMPARE(r.status, int(ExitOk)); // unknown (timeout, refusal) never fails the run
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("192.0.2.1: listed on 0 of 3 lists, 1 unknown")), r.out.constData());
    QVERIFY(text.contains(QLatin1String("198.51.100.7: listed on 0 of 3 lists, 2 unknown")));
    QVERIFY(text.contains(QLatin1String("unknown  zen.dnsbl.test [127.255.255.254]: query refused")));
    QVERIFY(text.contains(QLatin1String("Summary: listed on 0 of 6 lists, 3 unknown")));
    QVERIFY(!text.contains(QLatin1String("LISTED")));
}

void tst_CliDnsbl::userListAndMessage()
{
    QTemporaryDir dir;
    const QString eml = dir.filePath(QStringLiteral("m.eml"));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: a@clean.example\r\nSubject: x\r\n\r\nsee https://evil.example/x and http://phishy.example.net/\r\n");
    file.close();
    const CliRun r = runCli(QStringList{QStringLiteral("dnsbl"), QStringLiteral("--message"), eml, QStringLiteral("--list"),
                                        QStringLiteral("bl.dnsbl.test:domain"), QStringLiteral("--format"), QStringLiteral("json")}
                            + common());
    QCOMPARE(r.status, int(ExitFindings));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList targets;
    for (const QJsonValue& t : o.value(QStringLiteral("targets")).toArray())
        targets.append(t.toObject().value(QStringLiteral("target")).toString());
    QCOMPARE(targets, (QStringList{QStringLiteral("clean.example"), QStringLiteral("evil.example"), QStringLiteral("phishy.example.net")}));
    // slow, dbl, multi and the user's bl.dnsbl.test for each of the three domains
    QCOMPARE(o.value(QStringLiteral("results")).toArray().size(), 12);
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("listed")).toInt(), 2);
}

void tst_CliDnsbl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{QStringLiteral("dnsbl")};
    QTest::newRow("not a target") << QStringList{QStringLiteral("dnsbl"), QStringLiteral("not a host")};
    QTest::newRow("missing catalogue") << QStringList{QStringLiteral("dnsbl"), QStringLiteral("192.0.2.1"), QStringLiteral("--catalogue"),
                                                      QStringLiteral("/nonexistent.json")};
    QTest::newRow("bad list types") << QStringList{QStringLiteral("dnsbl"), QStringLiteral("192.0.2.1"), QStringLiteral("--list"),
                                                   QStringLiteral("bl.example:ipv5")};
    QTest::newRow("missing message") << QStringList{QStringLiteral("dnsbl"), QStringLiteral("--message"), QStringLiteral("/nonexistent.eml")};
    QTest::newRow("bad dns server") << QStringList{QStringLiteral("dnsbl"), QStringLiteral("192.0.2.1"), QStringLiteral("--dns-server"),
                                                   QStringLiteral("dns.example")};
}

void tst_CliDnsbl::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = runCli(args);
    QCOMPARE(r.status, int(ExitUsage));
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliDnsbl)
#include "tst_cli_dnsbl.moc"
