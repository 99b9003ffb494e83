// SPDX-License-Identifier: GPL-3.0-or-later
// `deliverbench-cli auth` in-process, against the real BIND of the test_servers fixture (zone
// auth.test) and the dkimpy-signed messages of tests/data/auth/: the DESIGN.md JSON shape, jsonl
// over an mbox, --summary (text and JSON), overrides, --trust, and the exit codes.
#include "CliTestUtil.h"
#include "TestServers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::CliTest;

namespace {

QString data(const char* name)
{
    return QStringLiteral(PROJECT_SOURCE_DIR "/tests/data/auth/") + QString::fromLatin1(name);
}

} // namespace

class tst_CliAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonShape();
    void exitCodes_data();
    void exitCodes();
    void jsonlOverMbox();
    void summaryJson();
    void summaryText();
    void overridesAndTrust();
    void textReport();
    void textReportDnsDown();
    void caseFile();
    void inspectSummary();

private:
    CliRun auth(const QStringList& args) const;
    QString m_dns;
};

void tst_CliAuth::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_dns = env->value(QStringLiteral("DNS_SERVER"));
}

CliRun tst_CliAuth::auth(const QStringList& args) const
{
    return runCli(QStringList{QStringLiteral("auth"), QStringLiteral("--dns-server"), m_dns, QStringLiteral("--timeout"), QStringLiteral("2000")}
                  + args);
}

void tst_CliAuth::jsonShape()
{
    const CliRun r = auth({data("aligned.eml"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonObject j = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject spf = j.value(QStringLiteral("spf")).toObject();
    QCOMPARE(spf.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(spf.value(QStringLiteral("domain")).toString(), QStringLiteral("auth.test"));
    QVERIFY(!spf.value(QStringLiteral("trace")).toArray().isEmpty());
    const QJsonArray dkim = j.value(QStringLiteral("dkim")).toArray();
    QCOMPARE(dkim.size(), 1);
    for (const char* key : {"domain", "selector", "algorithm", "result", "reason"})
        QVERIFY2(dkim.first().toObject().contains(QString::fromLatin1(key)), key);
    QCOMPARE(dkim.first().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    const QJsonObject dmarc = j.value(QStringLiteral("dmarc")).toObject();
    QCOMPARE(dmarc.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(dmarc.value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
    QCOMPARE(dmarc.value(QStringLiteral("disposition")).toString(), QStringLiteral("none"));
    QCOMPARE(dmarc.value(QStringLiteral("alignment")).toObject().value(QStringLiteral("dkim")).toString(), QStringLiteral("pass"));
    QCOMPARE(dmarc.value(QStringLiteral("alignment")).toObject().value(QStringLiteral("spf")).toString(), QStringLiteral("pass"));
    QCOMPARE(j.value(QStringLiteral("arc")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("none"));
    QVERIFY(j.value(QStringLiteral("arc")).toObject().value(QStringLiteral("chain")).isArray());
    const QJsonArray findings = j.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    for (const char* key : {"code", "severity", "title", "detail", "evidence", "reference", "remedy"})
        QVERIFY2(findings.first().toObject().contains(QString::fromLatin1(key)), key);
    QCOMPARE(j.value(QStringLiteral("scorecard")).toObject().value(QStringLiteral("rows")).toArray().size(), 10);
}

void tst_CliAuth::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");

    QTest::newRow("aligned pass: 0") << QStringList{data("aligned.eml")} << 0;
    QTest::newRow("SPF only, DMARC passes: 0") << QStringList{data("spf-only.eml")} << 0;
    QTest::newRow("DKIM only, SPF fail is an error: 1") << QStringList{data("dkim-only.eml")} << 1;
    QTest::newRow("forwarded, DMARC reject: 1") << QStringList{data("forwarded.eml")} << 1;
    QTest::newRow("multiple From, permerror: 1") << QStringList{data("multiple-from.eml")} << 1;
    QTest::newRow("one failing message in a batch: 1") << QStringList{data("batch.mbox"), QStringLiteral("--format"), QStringLiteral("jsonl")} << 1;
    QTest::newRow("missing file: 2") << QStringList{data("no-such.eml")} << 2;
    QTest::newRow("no input: 2") << QStringList{} << 2;
    QTest::newRow("bad --ip: 2") << QStringList{data("aligned.eml"), QStringLiteral("--ip"), QStringLiteral("300.1.2.3")} << 2;
    QTest::newRow("bad --mail-from: 2") << QStringList{data("aligned.eml"), QStringLiteral("--mail-from"), QStringLiteral("nobody")} << 2;
    QTest::newRow("bad --format: 2") << QStringList{data("aligned.eml"), QStringLiteral("--format"), QStringLiteral("xml")} << 2;
    QTest::newRow("bad --now: 2") << QStringList{data("aligned.eml"), QStringLiteral("--now"), QStringLiteral("yesterday")} << 2;
}

void tst_CliAuth::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    const CliRun r = auth(args);
    QVERIFY2(r.status == status, r.err.constData());
    if (status == 2)
        QVERIFY(!r.err.isEmpty());
}

void tst_CliAuth::jsonlOverMbox()
{
    const CliRun r = auth({data("batch.mbox"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(r.status, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QList<QByteArray> dmarc{"pass", "pass", "fail", "pass"};
    const QList<QByteArray> spf{"pass", "pass", "fail", "fail"};
    for (int i = 0; i < 4; ++i) {
        QJsonParseError error;
        const QJsonObject j = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(j.value(QStringLiteral("index")).toInt(), i);
        QCOMPARE(j.value(QStringLiteral("file")).toString(), data("batch.mbox") + QStringLiteral("#%1").arg(i + 1));
        QCOMPARE(j.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("result")).toString().toLatin1(), dmarc.at(i));
        QCOMPARE(j.value(QStringLiteral("spf")).toObject().value(QStringLiteral("result")).toString().toLatin1(), spf.at(i));
    }
}

void tst_CliAuth::summaryJson()
{
    const CliRun r = auth({data("batch.mbox"), data("aligned.eml"), QStringLiteral("--summary"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 1);
    const QJsonObject s = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(s.value(QStringLiteral("messages")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("bySendingDomain")).toObject().value(QStringLiteral("auth.test")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("byDkimDomain")).toObject().value(QStringLiteral("auth.test")).toInt(), 4);
    QCOMPARE(s.value(QStringLiteral("byDkimDomain")).toObject().value(QStringLiteral("(unsigned)")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("byVerdict")).toObject().value(QStringLiteral("pass")).toInt(), 4);
    QCOMPARE(s.value(QStringLiteral("byVerdict")).toObject().value(QStringLiteral("fail")).toInt(), 1);
    const QJsonArray groups = s.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 3);
    // largest group first: auth.test signed, pass (aligned twice + dkim-only)
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("dkimDomains")).toString(), QStringLiteral("auth.test"));
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    QCOMPARE(s.value(QStringLiteral("bounces")).toObject().value(QStringLiteral("bounces")).toInt(), 0);
    // jsonl + --summary: the messages, then one summary line
    const CliRun l = auth({data("batch.mbox"), QStringLiteral("--summary"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    const QList<QByteArray> lines = l.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("summary")).toObject().value(QStringLiteral("messages")).toInt(), 4);
}

void tst_CliAuth::summaryText()
{
    const CliRun r = auth({data("batch.mbox"), QStringLiteral("--summary")});
    QCOMPARE(r.status, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(QStringLiteral("4 message(s)")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("sending domain")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("By verdict: fail 1 pass 3")), r.out.constData());
    QVERIFY(!out.contains(QStringLiteral("Authentication of"))); // no per-message reports
}

void tst_CliAuth::overridesAndTrust()
{
    // the IP override makes SPF fail; DKIM still carries DMARC
    CliRun r = auth({data("aligned.eml"), QStringLiteral("--ip"), QStringLiteral("192.0.2.99"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 1); // SPF.EVAL_FAIL is error-level
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
    QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("spf")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    QCOMPARE(j.value(QStringLiteral("connection")).toObject().value(QStringLiteral("sources")).toObject().value(QStringLiteral("ip")).toString(),
             QStringLiteral("override"));
    // null sender with a HELO: SPF checks the HELO identity
    r = auth({data("spf-only.eml"), QStringLiteral("--mail-from"), QStringLiteral("<>"), QStringLiteral("--helo"), QStringLiteral("mail.auth.test"),
              QStringLiteral("--format"), QStringLiteral("json")});
    j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("spf")).toObject().value(QStringLiteral("identity")).toString(), QStringLiteral("helo"));
    QCOMPARE(j.value(QStringLiteral("spf")).toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("mail.auth.test"));
    // --trust the forwarder: we then judge the connection it received (192.0.2.25), so its
    // SPF and DMARC passes agree with ours; only DKIM disagrees, because the list appended
    // a footer after the forwarder's check
    r = auth({data("forwarded.eml"), QStringLiteral("--trust"), QStringLiteral("mx.forwarder.test"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 1);
    j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("authResults")).toObject().value(QStringLiteral("trusted")).toArray(),
             QJsonArray{QStringLiteral("mx.forwarder.test")});
    QCOMPARE(j.value(QStringLiteral("connection")).toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("192.0.2.25"));
    QStringList disagreeTitles;
    for (const QJsonValue& f : j.value(QStringLiteral("findings")).toArray()) {
        if (f.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("AUTH.AR_DISAGREE"))
            disagreeTitles.append(f.toObject().value(QStringLiteral("title")).toString());
    }
    QCOMPARE(disagreeTitles.size(), 1);
    QVERIFY2(disagreeTitles.constFirst().contains(QStringLiteral("dkim=pass")), qPrintable(disagreeTitles.constFirst()));
}

void tst_CliAuth::textReport()
{
    const CliRun r = auth({data("forwarded.eml")});
    QCOMPARE(r.status, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("connection: IP 192.0.2.27, HELO list.forwarder.test, MAIL FROM bounce@auth.test")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("43 bytes were appended after signing")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("dmarc=fail (auth.test, p=reject, disposition reject)")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("ERROR DMARC.EVAL_FAIL")), r.out.constData());
}

void tst_CliAuth::textReportDnsDown()
{
    // nothing listens on port 9 of loopback: every lookup fails, so there is no DMARC policy to name
    const CliRun r = runCli({QStringLiteral("auth"), QStringLiteral("--dns-server"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--timeout"),
                             QStringLiteral("300"), data("aligned.eml")});
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("spf=temperror")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("dmarc=temperror (auth.test): ")), r.out.constData());
    QVERIFY2(!out.contains(QStringLiteral("disposition")), r.out.constData());
}

void tst_CliAuth::caseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.dbcase"));
    const CliRun r = auth({data("aligned.eml"), QStringLiteral("--case"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("\"auth\""));
    QVERIFY(bytes.contains("DKIM.PASS"));
}

void tst_CliAuth::inspectSummary()
{
    // `inspect --summary` shares core/report/BatchSummary; bounces are counted by cause and domain
    const QString dsn = QStringLiteral(PROJECT_SOURCE_DIR "/tests/data/dsn/");
    const CliRun r = runCli({QStringLiteral("inspect"), data("batch.mbox"), dsn + QStringLiteral("postal-mime/bounce.eml"),
                             dsn + QStringLiteral("mailparser/delivery-status.eml"), QStringLiteral("--summary"), QStringLiteral("--format"),
                             QStringLiteral("json")});
    QVERIFY2(r.status == 0 || r.status == 1, r.err.constData());
    const QJsonObject s = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(s.value(QStringLiteral("messages")).toInt(), 6);
    QCOMPARE(s.value(QStringLiteral("bySendingDomain")).toObject().value(QStringLiteral("auth.test")).toInt(), 4);
    QCOMPARE(s.value(QStringLiteral("byDkimDomain")).toObject().value(QStringLiteral("auth.test")).toInt(), 3);
    const QJsonObject bounces = s.value(QStringLiteral("bounces")).toObject();
    QCOMPARE(bounces.value(QStringLiteral("bounces")).toInt(), 2);
    QCOMPARE(bounces.value(QStringLiteral("byCause")).toObject().value(QStringLiteral("unknown-user")).toInt(), 2);
    QCOMPARE(bounces.value(QStringLiteral("byDomain")).toObject().value(QStringLiteral("ethereal.email")).toObject()
                 .value(QStringLiteral("unknown-user")).toInt(), 1);
    QCOMPARE(bounces.value(QStringLiteral("byDomain")).toObject().value(QStringLiteral("xxxx.com")).toObject()
                 .value(QStringLiteral("unknown-user")).toInt(), 1);
    // text: the table, no per-message report
    const CliRun t = runCli({QStringLiteral("inspect"), data("batch.mbox"), dsn + QStringLiteral("postal-mime/bounce.eml"), QStringLiteral("--summary")});
    QVERIFY2(t.out.contains("5 message(s)"), t.out.constData());
    QVERIFY2(t.out.contains("unknown-user 1"), t.out.constData());
}

QTEST_GUILESS_MAIN(tst_CliAuth)
#include "tst_cli_auth.moc"
