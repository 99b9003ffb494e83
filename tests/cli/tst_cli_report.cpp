// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"
#include "report/Case.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Deliverbench;
using namespace Deliverbench::Cli;

namespace {

struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments)
{
    QByteArray outBytes;
    QByteArray errBytes;
    QBuffer outBuffer(&outBytes);
    QBuffer errBuffer(&errBytes);
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    CliRun result;
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        RunOptions options;
        options.outIsTty = false;
        options.errIsTty = false;
        result.status = run(QStringList{QStringLiteral("deliverbench-cli")} + arguments, out, err, options);
        out.flush();
        err.flush();
    }
    result.out = outBytes;
    result.err = errBytes;
    return result;
}

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
    void pdfNeedsTheGui();
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

void TestCliReport::pdfNeedsTheGui()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("t.dbcase"));
    Report::Case c;
    QVERIFY(c.save(casePath).has_value());
    const CliRun run = runCli({QStringLiteral("report"), casePath, QStringLiteral("--to"), dir.filePath(QStringLiteral("r.pdf"))});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains("PDF needs the GUI"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --to") << QStringList{QStringLiteral("report"), QStringLiteral("x.dbcase")};
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
