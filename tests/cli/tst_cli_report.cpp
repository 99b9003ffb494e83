// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestUtil.h"
#include "TestServers.h"
#include "report/Case.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::CliTest;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

const QByteArray kMessage = QByteArrayLiteral(
    "From: News <news@example.org>\r\nTo: jo.reader@example.net\r\nSubject: <script>x</script> hello\r\n"
    "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\nMessage-ID: <m1@example.org>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n");

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectCaseThenReport_data();
    void inspectCaseThenReport();
    void redactedReport();
    void pdfWithoutTheGuiBinary();
    void pdfThroughTheGuiBinary();
    void guiHelpListsReport();
    void recheck();
    void usageErrors_data();
    void usageErrors();
    void diff_data();
    void diff();
};

void TestCliReport::inspectCaseThenReport_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::newRow("html") << QStringLiteral("r.html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << QStringLiteral("r.md") << QByteArray("# ");
    QTest::newRow("json") << QStringLiteral("r.json") << QByteArray("{");
}

void TestCliReport::inspectCaseThenReport()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, startsWith);
    QTemporaryDir dir;
    const QString message = writeFile(dir, QStringLiteral("m.eml"), kMessage);
    const QString casePath = dir.filePath(QStringLiteral("t.dbcase"));
    const CliRun inspect = runCli({QStringLiteral("inspect"), message, QStringLiteral("--case"), casePath,
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(inspect.status == 0 || inspect.status == 1, inspect.err.constData());
    const auto opened = Report::Case::open(casePath);
    QVERIFY(opened.has_value());
    QCOMPARE(opened->messages.size(), 1);
    QCOMPARE(opened->messages.first().raw, kMessage);
    QCOMPARE(opened->checks.size(), 1);
    QCOMPARE(opened->checks.first().kind, QStringLiteral("inspect"));
    QCOMPARE(opened->checks.first().result.value(QStringLiteral("messageId")).toString(), QStringLiteral("m1@example.org"));

    const QString out = dir.filePath(target);
    const CliRun report = runCli({QStringLiteral("report"), casePath, QStringLiteral("--to"), out});
    QVERIFY2(report.status == 0 || report.status == 1, report.err.constData());
    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.startsWith(startsWith));
    if (!target.endsWith(QStringLiteral(".json")))   // JSON keeps the text exactly; markup formats escape it
        QVERIFY(!bytes.contains("<script>"));
}

void TestCliReport::redactedReport()
{
    QTemporaryDir dir;
    const QString message = writeFile(dir, QStringLiteral("m.eml"), kMessage);
    const QString casePath = dir.filePath(QStringLiteral("t.dbcase"));
    runCli({QStringLiteral("inspect"), message, QStringLiteral("--case"), casePath});
    const CliRun report = runCli({QStringLiteral("report"), casePath, QStringLiteral("--to"), QStringLiteral("-"),
                                  QStringLiteral("--redact")});
    QVERIFY2(report.status == 0 || report.status == 1, report.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(report.out).object();
    QCOMPARE(root.value(QStringLiteral("redacted")).toBool(), true);
    QVERIFY(!report.out.contains("jo.reader"));
    QVERIFY(report.out.contains("@redacted.invalid"));
}

void TestCliReport::pdfWithoutTheGuiBinary()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("t.dbcase"));
    Report::Case c;
    QVERIFY(c.save(casePath).has_value());
    qputenv("DELIVERBENCH_GUI", QFile::encodeName(dir.filePath(QStringLiteral("no-such-deliverbench"))));
    const CliRun run = runCli({QStringLiteral("report"), casePath, QStringLiteral("--to"), dir.filePath(QStringLiteral("r.pdf"))});
    qunsetenv("DELIVERBENCH_GUI");
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains("deliverbench --report CASE.dbcase --to OUT.pdf"), run.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
}

void TestCliReport::pdfThroughTheGuiBinary()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is missing: run scripts/setup.sh --tests");
    QTemporaryDir dir;
    const QString message = writeFile(dir, QStringLiteral("m.eml"), kMessage);
    const QString casePath = dir.filePath(QStringLiteral("t.dbcase"));
    runCli({QStringLiteral("inspect"), message, QStringLiteral("--case"), casePath});
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    qputenv("DELIVERBENCH_GUI", DELIVERBENCH_GUI_PATH);
    const CliRun run = runCli({QStringLiteral("report"), casePath, QStringLiteral("--to"), pdf, QStringLiteral("--redact")});
    qunsetenv("DELIVERBENCH_GUI");
    QVERIFY2(run.status == 0 || run.status == 1, run.err.constData());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(20000));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() >= 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(20000));
    QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("Verdict")), qPrintable(content));
    QVERIFY(!content.contains(QStringLiteral("jo.reader")));
    content.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(content.contains(QStringLiteral("<script>x</script>hello")), qPrintable(content)); // text, not markup

    // The GUI binary's headless mode itself: a bad case is exit 2 with the reason.
    QProcess headless;
    headless.start(QStringLiteral(DELIVERBENCH_GUI_PATH),
                   {QStringLiteral("--report"), dir.filePath(QStringLiteral("none.dbcase")), QStringLiteral("--to"), pdf});
    QVERIFY(headless.waitForFinished(30000));
    QCOMPARE(headless.exitCode(), 2);
    QVERIFY(headless.readAllStandardError().contains("cannot read"));
}

void TestCliReport::guiHelpListsReport()
{
    // `deliverbench --help` lists the report mode, although main() runs it before its own parser.
    QProcess help;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    help.setProcessEnvironment(env);
    help.start(QStringLiteral(DELIVERBENCH_GUI_PATH), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray out = help.readAllStandardOutput();
    for (const char* option : {"--report <CASE>", "--to <FILE>", "--format <FORMAT>", "--redact", "--transcripts"})
        QVERIFY2(out.contains(option), out.constData());
}

void TestCliReport::recheck()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    const QString server = env->value(QStringLiteral("DNS_SERVER"));
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("t.dbcase"));
    Report::Case c;
    Report::CaseDnsEntry changed;
    changed.name = QStringLiteral("mail.example.test");
    changed.type = QStringLiteral("A");
    changed.outcome = QStringLiteral("NOERROR");
    changed.answer = QStringLiteral("192.0.2.99"); // the zone serves 192.0.2.25
    changed.time = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    Report::CaseDnsEntry same = changed;
    same.name = QStringLiteral("mta-sts.example.test");
    same.answer = QStringLiteral("192.0.2.30");
    c.dnsSnapshot = {changed, same};
    QVERIFY(c.save(casePath).has_value());
    const QByteArray before = readFile(casePath);
    const QStringList common{QStringLiteral("--dns-server"), server, QStringLiteral("--timeout"), QStringLiteral("1000")};

    const CliRun text = runCli(QStringList{QStringLiteral("report"), casePath, QStringLiteral("--recheck")} + common);
    QCOMPARE(text.status, 1);
    QVERIFY2(text.out.startsWith("record-changed\tmail.example.test A\t(recorded 2026-11-01T09:00:00Z)\n"
                                 "  then: 192.0.2.99\n  now:  192.0.2.25\n"),
             text.out.constData());
    QVERIFY(text.out.contains("1 change(s) since the case was recorded; 2 DNS answer(s) compared."));
    QCOMPARE(readFile(casePath), before); // without --save the case is not touched

    const CliRun json = runCli(QStringList{QStringLiteral("report"), casePath, QStringLiteral("--recheck"),
                                           QStringLiteral("--format"), QStringLiteral("json")} + common);
    QCOMPARE(json.status, 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("record-changed"));
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("192.0.2.25"));
    QCOMPARE(root.value(QStringLiteral("dnsSnapshot")).toArray().size(), 2);

    const QString html = dir.filePath(QStringLiteral("r.html"));
    const CliRun report = runCli(QStringList{QStringLiteral("report"), casePath, QStringLiteral("--recheck"),
                                             QStringLiteral("--save"), QStringLiteral("--to"), html} + common);
    QCOMPARE(report.status, 1);
    QVERIFY(readFile(html).contains("RECHECK.RECORD_CHANGED"));
    const auto saved = Report::Case::open(casePath);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->dnsSnapshot.size(), 2);                     // the old evidence is kept…
    QCOMPARE(saved->dnsSnapshot.at(0).answer, QStringLiteral("192.0.2.99"));
    QCOMPARE(saved->checks.size(), 1);                          // …and the re-check sits next to it
    QCOMPARE(saved->checks.at(0).kind, QStringLiteral("recheck"));
    QCOMPARE(saved->checks.at(0).findings.at(0).code, QByteArray("RECHECK.RECORD_CHANGED"));

    // Nothing changed: exit 0.
    Report::Case unchanged;
    unchanged.dnsSnapshot = {same};
    const QString unchangedPath = dir.filePath(QStringLiteral("u.dbcase"));
    QVERIFY(unchanged.save(unchangedPath).has_value());
    const CliRun quiet = runCli(QStringList{QStringLiteral("report"), unchangedPath, QStringLiteral("--recheck")} + common);
    QCOMPARE(quiet.status, 0);
    QVERIFY(quiet.out.startsWith("0 change(s)"));
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --to") << QStringList{QStringLiteral("report"), QStringLiteral("x.dbcase")};
    QTest::newRow("--save without --recheck") << QStringList{QStringLiteral("report"), QStringLiteral("x.dbcase"),
                                                             QStringLiteral("--to"), QStringLiteral("r.html"),
                                                             QStringLiteral("--save")};
    QTest::newRow("pdf to stdout") << QStringList{QStringLiteral("report"), QStringLiteral("x.dbcase"),
                                                  QStringLiteral("--to"), QStringLiteral("-"),
                                                  QStringLiteral("--format"), QStringLiteral("pdf")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("report"), QStringLiteral("x.dbcase"),
                                                   QStringLiteral("--to"), QStringLiteral("r.docx")};
    QTest::newRow("missing case") << QStringList{QStringLiteral("report"), QStringLiteral("/nonexistent/x.dbcase"),
                                                 QStringLiteral("--to"), QStringLiteral("-")};
    QTest::newRow("diff one file") << QStringList{QStringLiteral("diff"), QStringLiteral("a.eml")};
    QTest::newRow("diff missing") << QStringList{QStringLiteral("diff"), QStringLiteral("/nonexistent/a"),
                                                 QStringLiteral("/nonexistent/b")};
}

void TestCliReport::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCliReport::diff_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestCliReport::diff()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString a = writeFile(dir, QStringLiteral("a.eml"), kMessage);
    QByteArray changed = kMessage;
    changed.replace("hello\r\n", "hello [spam]\r\n");
    const QString b = writeFile(dir, QStringLiteral("b.eml"), QByteArrayLiteral("X-Spam-Flag: YES\r\n") + changed);
    const CliRun same = runCli({QStringLiteral("diff"), a, a, QStringLiteral("--format"), format});
    QCOMPARE(same.status, 0);
    const CliRun run = runCli({QStringLiteral("diff"), a, b, QStringLiteral("--format"), format});
    QCOMPARE(run.status, 1);
    if (format == QStringLiteral("json")) {
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("identical")).toBool(), false);
        QCOMPARE(root.value(QStringLiteral("changes")).toInt(), 2);
    } else {
        QVERIFY(run.out.contains("+ X-Spam-Flag[0]: YES"));
        QVERIFY(run.out.contains("+ Subject[0]: <script>x</script> hello [spam]"));
    }
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
