// SPDX-License-Identifier: GPL-3.0-or-later
// `deliverbench-cli domain` in-process against the real BIND of the test_servers fixture
// (zones: tests/support/test-servers/templates/dns/zones/audit.test.zone) and a local HTTPS
// server with a per-run test CA (tests/core/domain/DomainTestSupport.h).
#include "CliApplication.h"

#include "DomainTestSupport.h"
#include "TestServers.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Deliverbench::Cli;

namespace {

struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

CliRun runCli(const QStringList& arguments)
{
    QByteArray outBytes, errBytes;
    QBuffer outBuffer(&outBytes), errBuffer(&errBytes);
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    CliRun result;
    QElapsedTimer clock;
    clock.start();
    {
        QTextStream out(&outBuffer), err(&errBuffer);
        RunOptions options;
        options.outIsTty = false;
        options.errIsTty = false;
        result.status = run(QStringList{QStringLiteral("deliverbench-cli")} + arguments, out, err, options);
    }
    result.ms = clock.elapsed();
    result.out = outBytes;
    result.err = errBytes;
    return result;
}

QStringList codes(const QJsonObject& json)
{
    QStringList out;
    for (const QJsonValue& f : json.value(QStringLiteral("findings")).toArray())
        out << f.toObject().value(QStringLiteral("code")).toString();
    return out;
}

} // namespace

class tst_CliDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodDomainJson();
    void exitStatus_data();
    void exitStatus();
    void textReportShowsTreeAndEvidence();
    void zoneOverlayChangesVerdict();
    void caseFileRecordsTheAudit();
    void deadServerTimesOut();
    void badUsage_data();
    void badUsage();

private:
    QStringList common() const;
    QHash<QString, QString> m_env;
    std::unique_ptr<DomainTest::TestPki> m_pki;
    std::unique_ptr<DomainTest::HttpsServer> m_https;
    QTemporaryDir m_tmp;
};

void tst_CliDomain::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    m_pki = std::make_unique<DomainTest::TestPki>(DomainTest::certificateNames());
    QVERIFY2(m_pki->error.isEmpty(), qPrintable(m_pki->error));
    m_https = std::make_unique<DomainTest::HttpsServer>(m_pki->leaf, m_pki->key);
    DomainTest::addAuditRoutes(*m_https);
    QVERIFY(m_https->listen(QHostAddress::LocalHost, 0));
}

QStringList tst_CliDomain::common() const
{
    return {QStringLiteral("--dns-server"), m_env.value(QStringLiteral("DNS_SERVER")), QStringLiteral("--ca-file"), m_pki->caPath,
            QStringLiteral("--https-connect"), QStringLiteral("127.0.0.1:%1").arg(m_https->serverPort()), QStringLiteral("--timeout"),
            QStringLiteral("1000")};
}

void tst_CliDomain::goodDomainJson()
{
    const CliRun r = runCli(QStringList{QStringLiteral("domain"), QStringLiteral("good.audit.test"), QStringLiteral("--selector"),
                                        QStringLiteral("s2048"), QStringLiteral("--selector"), QStringLiteral("ed"), QStringLiteral("--format"),
                                        QStringLiteral("json")}
                            + common());
    QVERIFY2(r.status == ExitOk, r.out.constData());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("domain")).toString(), QStringLiteral("good.audit.test"));
    const QJsonObject spf = json.value(QStringLiteral("spf")).toObject();
    QCOMPARE(spf.value(QStringLiteral("record")).toString(), QStringLiteral("v=spf1 mx include:_spf.good.audit.test -all"));
    QCOMPARE(spf.value(QStringLiteral("lookups")).toInt(), 2);
    QCOMPARE(spf.value(QStringLiteral("voidLookups")).toInt(), 0);
    QVERIFY(spf.value(QStringLiteral("tree")).isObject());
    const QJsonObject dmarc = json.value(QStringLiteral("dmarc")).toObject();
    QCOMPARE(dmarc.value(QStringLiteral("record")).toString(), QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@good.audit.test"));
    QCOMPARE(dmarc.value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
    const QJsonArray mx = json.value(QStringLiteral("mx")).toArray();
    QCOMPARE(mx.size(), 2);
    QCOMPARE(mx.at(1).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("mx2.good.audit.test"));
    const QJsonArray dkim = json.value(QStringLiteral("dkim")).toArray();
    QCOMPARE(dkim.size(), 2);
    QCOMPARE(dkim.at(0).toObject().value(QStringLiteral("keyBits")).toInt(), 2048);
    QCOMPARE(dkim.at(1).toObject().value(QStringLiteral("keyType")).toString(), QStringLiteral("ed25519"));
    QVERIFY(json.value(QStringLiteral("dns")).toArray().size() >= 20);
    const QStringList c = codes(json);
    for (const char* code : {"MX.OK", "SPF.OK", "DMARC.OK", "DKIM.SELECTOR_OK", "MTASTS.OK", "TLSRPT.OK", "BIMI.OK"})
        QVERIFY2(c.contains(QLatin1String(code)), code);
}

void tst_CliDomain::exitStatus_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("lookup limit: error") << QStringLiteral("spf-limit.audit.test") << int(ExitFindings) << QStringLiteral("SPF.LOOKUP_LIMIT");
    QTest::newRow("p=none: warning only") << QStringLiteral("dmarc-none.audit.test") << int(ExitOk) << QStringLiteral("DMARC.POLICY_NONE");
    QTest::newRow("no DMARC: error") << QStringLiteral("nodmarc.test") << int(ExitFindings) << QStringLiteral("DMARC.MISSING");
    QTest::newRow("MTA-STS MX not covered") << QStringLiteral("sts-uncovered.audit.test") << int(ExitFindings)
                                            << QStringLiteral("MTASTS.MX_NOT_COVERED");
    QTest::newRow("IDN trailing dot, case") << QStringLiteral("SPF-Two.Audit.Test.") << int(ExitFindings) << QStringLiteral("SPF.MULTIPLE_RECORDS");
}

void tst_CliDomain::exitStatus()
{
    QFETCH(QString, domain);
    QFETCH(int, status);
    QFETCH(QString, code);
    const CliRun r = runCli(QStringList{QStringLiteral("domain"), domain, QStringLiteral("--format"), QStringLiteral("json")} + common());
    QCOMPARE(r.status, status);
    QVERIFY2(codes(QJsonDocument::fromJson(r.out).object()).contains(code), r.out.constData());
}

void tst_CliDomain::textReportShowsTreeAndEvidence()
{
    const CliRun r = runCli(QStringList{QStringLiteral("domain"), QStringLiteral("spf-limit.audit.test")} + common());
    QCOMPARE(r.status, int(ExitFindings));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("ERROR SPF.LOOKUP_LIMIT  SPF needs 13 DNS lookups (limit 10)")), r.out.constData());
    QVERIFY(text.contains(QStringLiteral("root spf-limit.audit.test  [5 lookup(s), 13 with includes]")));
    QVERIFY(text.contains(QStringLiteral("      include c1.spf-limit.audit.test  [2 lookup(s), 2 with includes]")));
    QVERIFY(text.contains(QStringLiteral("DMARC.ORG_DOMAIN_POLICY")));
    QVERIFY(text.contains(QStringLiteral("DKIM.NO_SELECTORS")));
    QVERIFY(!text.contains(u'\x1b')); // no colour when stdout is not a terminal
}

void tst_CliDomain::zoneOverlayChangesVerdict()
{
    const QString zone = m_tmp.filePath(QStringLiteral("whatif.zone"));
    QFile f(zone);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("; what we plan to publish\n$ORIGIN nodmarc.test.\n_dmarc  IN TXT \"v=DMARC1; p=quarantine; rua=mailto:d@nodmarc.test\"\n");
    f.close();
    const QStringList args{QStringLiteral("domain"), QStringLiteral("nodmarc.test"), QStringLiteral("--selector"), QStringLiteral("x"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun before = runCli(args + common());
    QVERIFY(codes(QJsonDocument::fromJson(before.out).object()).contains(QStringLiteral("DMARC.MISSING")));
    const CliRun after = runCli(args + common() + QStringList{QStringLiteral("--zone"), zone});
    const QJsonObject json = QJsonDocument::fromJson(after.out).object();
    const QStringList c = codes(json);
    QVERIFY(!c.contains(QStringLiteral("DMARC.MISSING")));
    QVERIFY(c.contains(QStringLiteral("DMARC.OK")));
    QVERIFY(c.contains(QStringLiteral("DOMAIN.OVERLAY")));
    QCOMPARE(json.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy")).toString(), QStringLiteral("quarantine"));
    bool overlayEntry = false;
    for (const QJsonValue& e : json.value(QStringLiteral("dns")).toArray())
        overlayEntry = overlayEntry || (e.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("_dmarc.nodmarc.test")
                                        && e.toObject().value(QStringLiteral("fromOverlay")).toBool());
    QVERIFY(overlayEntry);
}

void tst_CliDomain::caseFileRecordsTheAudit()
{
    const QString casePath = m_tmp.filePath(QStringLiteral("ticket.dbcase"));
    const CliRun r = runCli(QStringList{QStringLiteral("domain"), QStringLiteral("dmarc-none.audit.test"), QStringLiteral("--case"), casePath}
                            + common());
    QCOMPARE(r.status, int(ExitOk));
    QFile file(casePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("dmarc-none.audit.test"));
    QVERIFY(bytes.contains("DMARC.POLICY_NONE"));
    QVERIFY(bytes.contains("_dmarc.dmarc-none.audit.test"));
}

void tst_CliDomain::deadServerTimesOut()
{
    DomainTest::DeadServer dead;
    const CliRun r = runCli({QStringLiteral("domain"), QStringLiteral("good.audit.test"), QStringLiteral("--dns-server"), dead.address(),
                             QStringLiteral("--timeout"), QStringLiteral("400"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, int(ExitFindings));
    QVERIFY2(r.ms < 400 + 900, qPrintable(QString::number(r.ms)));
    const QStringList c = codes(QJsonDocument::fromJson(r.out).object());
    QVERIFY(c.contains(QStringLiteral("DOMAIN.DNS_TIMEOUT")));
    QVERIFY(!c.contains(QStringLiteral("DMARC.MISSING")));
}

void tst_CliDomain::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no domain") << QStringList{QStringLiteral("domain")} << QStringLiteral("no domain given");
    QTest::newRow("two domains") << QStringList{QStringLiteral("domain"), QStringLiteral("a.test"), QStringLiteral("b.test")}
                                 << QStringLiteral("exactly one domain");
    QTest::newRow("invalid domain") << QStringList{QStringLiteral("domain"), QStringLiteral("exa mple.test")} << QStringLiteral("not a valid domain");
    QTest::newRow("bad format") << QStringList{QStringLiteral("domain"), QStringLiteral("a.test"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("--format");
    QTest::newRow("unreadable zone") << QStringList{QStringLiteral("domain"), QStringLiteral("a.test"), QStringLiteral("--zone"),
                                                    QStringLiteral("/nonexistent/zone")}
                                     << QStringLiteral("--zone");
    QTest::newRow("unreadable CA") << QStringList{QStringLiteral("domain"), QStringLiteral("a.test"), QStringLiteral("--ca-file"),
                                                  QStringLiteral("/nonexistent/ca.pem")}
                                   << QStringLiteral("--ca-file");
    QTest::newRow("bad selector") << QStringList{QStringLiteral("domain"), QStringLiteral("a.test"), QStringLiteral("--selector"),
                                                 QString(70, u's')}
                                  << QStringLiteral("--selector");
}

void tst_CliDomain::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = runCli(arguments);
    QCOMPARE(r.status, int(ExitUsage));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliDomain)
#include "tst_cli_domain.moc"
