// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Case.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Deliverbench;
using namespace Deliverbench::Report;

class TestCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void dedupeAndReplace();
    void atomicWriteKeepsOldFile();
    void rejectsDamagedFiles_data();
    void rejectsDamagedFiles();
    void seedListNeverKeepsPasswords();
    void recovery();
    void appenderMergesIntoExistingFile();
};

void TestCase::roundTrip_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("crlf") << QByteArrayLiteral("From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n");
    QTest::newRow("lf") << QByteArrayLiteral("From: a@example.org\nSubject: hi\n\nbody\n");
    QTest::newRow("nul and 8-bit") << QByteArray("Subject: \xe9t\xe9\r\n\r\nA\0B\xff\xfe\r\n", 25);
    QTest::newRow("bare cr, no final newline") << QByteArrayLiteral("Subject: x\r\rbody");
    QTest::newRow("empty") << QByteArray();
}

void TestCase::roundTrip()
{
    QFETCH(QByteArray, raw);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.dbcase"));

    Case original;
    original.title = QStringLiteral("Ticket 42 <script>");
    const QString name = original.addMessage(QStringLiteral("m.eml"), raw);
    original.addDomain(QStringLiteral("Example.ORG "));
    original.addHost(QStringLiteral("mx.example.org"));
    original.addIp(QStringLiteral("192.0.2.1"));
    original.addSeedList(SeedListReference{QStringLiteral("Gmail seeds"), QStringLiteral("/tmp/seeds.json")});
    Finding finding;
    finding.code = "HDR.DATE_MISSING";
    finding.severity = Severity::Warning;
    finding.title = QStringLiteral("No Date");
    finding.detail = QStringLiteral("détail \"quoted\"");
    finding.evidence = QStringLiteral("line1\nline2");
    finding.partPath = QStringLiteral("1.2");
    finding.offset = 10;
    finding.length = 4;
    const QDateTime ranAt(QDate(2026, 11, 27), QTime(10, 0, 0, 123), Qt::UTC);
    original.addCheck(CaseCheck{QStringLiteral("inspect"), name, ranAt, {finding},
                                QJsonObject{{QStringLiteral("subject"), QStringLiteral("hi")}}});
    CaseDnsEntry dns;
    dns.name = QStringLiteral("example.org");
    dns.type = QStringLiteral("TXT");
    dns.answer = QStringLiteral("\"v=spf1 -all\"");
    dns.outcome = QStringLiteral("ok");
    dns.time = ranAt;
    original.addDnsEntries({dns});
    QVERIFY(original.save(path).has_value());

    const auto reopened = Case::open(path);
    QVERIFY2(reopened.has_value(), qPrintable(reopened ? QString() : reopened.error().message));
    QCOMPARE(reopened->messages.size(), 1);
    QCOMPARE(reopened->messages.first().raw, raw);
    QCOMPARE(reopened->messages.first().sha256, original.messages.first().sha256);
    QCOMPARE(reopened->title, original.title);
    QCOMPARE(reopened->domains, QStringList{QStringLiteral("example.org")});
    QCOMPARE(reopened->hosts, original.hosts);
    QCOMPARE(reopened->ips, original.ips);
    QCOMPARE(reopened->seedLists.first().path, QStringLiteral("/tmp/seeds.json"));
    QCOMPARE(reopened->checks.size(), 1);
    QCOMPARE(reopened->checks.first().ranAt, ranAt);
    QCOMPARE(reopened->checks.first().findings.first().toJson(), finding.toJson());
    QCOMPARE(reopened->checks.first().result, original.checks.first().result);
    QCOMPARE(reopened->dnsSnapshot.first().toJson(), dns.toJson());
    // Saving the reopened case again gives the same JSON (nothing lost or reordered).
    QCOMPARE(reopened->toJson(), original.toJson());
}

void TestCase::dedupeAndReplace()
{
    Case c;
    QCOMPARE(c.addMessage(QStringLiteral("a.eml"), "X: 1\n\n"), QStringLiteral("a.eml"));
    QCOMPARE(c.addMessage(QStringLiteral("b.eml"), "X: 1\n\n"), QStringLiteral("a.eml")); // same bytes
    QCOMPARE(c.addMessage(QStringLiteral("a.eml"), "X: 2\n\n"), QStringLiteral("a.eml (2)"));
    QCOMPARE(c.messages.size(), 2);
    c.addCheck(CaseCheck{QStringLiteral("inspect"), QStringLiteral("a.eml"), {}, {}, {}});
    c.addCheck(CaseCheck{QStringLiteral("inspect"), QStringLiteral("a.eml"), {}, {Finding{}}, {}});
    QCOMPARE(c.checks.size(), 1);
    QCOMPARE(c.checks.first().findings.size(), 1);
}

void TestCase::atomicWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.dbcase"));
    Case first;
    first.addMessage(QStringLiteral("one"), "Subject: one\r\n\r\n");
    QVERIFY(first.save(path).has_value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // The write fails half-way: a file size limit below the new file's size (works as root too).
    Case second;
    second.addMessage(QStringLiteral("two"), QByteArray(64 * 1024, 'x'));
    struct rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = old;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto result = second.save(path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!result.has_value());
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no stray temporary file
}

void TestCase::rejectsDamagedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not json") << QByteArrayLiteral("{\"format\":");
    QTest::newRow("other format") << QByteArrayLiteral("{\"format\":\"something\",\"version\":1}");
    QTest::newRow("newer version") << QByteArrayLiteral("{\"format\":\"deliverbench-case\",\"version\":2}");
    QTest::newRow("no version") << QByteArrayLiteral("{\"format\":\"deliverbench-case\"}");
    QTest::newRow("bad base64") << QByteArrayLiteral(
        "{\"format\":\"deliverbench-case\",\"version\":1,\"inputs\":{\"messages\":[{\"name\":\"a\",\"raw\":\"*$%\"}]}}");
    QTest::newRow("sha256 mismatch") << QByteArrayLiteral(
        "{\"format\":\"deliverbench-case\",\"version\":1,\"inputs\":{\"messages\":[{\"name\":\"a\",\"raw\":\"YQ==\","
        "\"sha256\":\"00\"}]}}");
    QTest::newRow("array") << QByteArrayLiteral("[]");
}

void TestCase::rejectsDamagedFiles()
{
    QFETCH(QByteArray, bytes);
    const auto result = Case::fromBytes(bytes);
    QVERIFY(!result.has_value());
    QVERIFY(!result.error().message.isEmpty());
}

void TestCase::seedListNeverKeepsPasswords()
{
    const QByteArray bytes = QByteArrayLiteral(
        "{\"format\":\"deliverbench-case\",\"version\":1,\"inputs\":{\"seedLists\":[{\"name\":\"s\",\"path\":\"p.json\","
        "\"password\":\"hunter2\"}]}}");
    const auto result = Case::fromBytes(bytes);
    QVERIFY(result.has_value());
    QCOMPARE(result->seedLists.size(), 1);
    QVERIFY(!result->toBytes().contains("hunter2"));
}

void TestCase::recovery()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.dbcase"));
    QCOMPARE(Case::recoveryPath(path), dir.filePath(QStringLiteral(".r.dbcase.recovery")));
    QVERIFY(Case::recoveryPath(QString()).endsWith(QStringLiteral("untitled.dbcase.recovery")));
    Case c;
    c.addMessage(QStringLiteral("m"), "Subject: unsaved\r\n\r\n");
    QVERIFY(c.save(path).has_value());
    QVERIFY(!Case::hasRecovery(path));
    c.addDomain(QStringLiteral("example.net"));
    QVERIFY(c.saveRecovery(path).has_value());
    QVERIFY(Case::hasRecovery(path));
    const auto recovered = Case::openRecovery(path);
    QVERIFY(recovered.has_value());
    QCOMPARE(recovered->domains, QStringList{QStringLiteral("example.net")});
    // The case file itself is untouched by the autosave.
    QVERIFY(Case::open(path)->domains.isEmpty());
    Case::discardRecovery(path);
    QVERIFY(!Case::hasRecovery(path));
}

void TestCase::appenderMergesIntoExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.dbcase"));
    {
        CaseAppender appender(path);
        appender.addMessageCheck(QStringLiteral("inspect"), QStringLiteral("a.eml"), "Subject: a\r\n\r\n", {}, {});
        QVERIFY(appender.commit().has_value());
    }
    {
        CaseAppender appender(path);
        appender.addMessageCheck(QStringLiteral("inspect"), QStringLiteral("b.eml"), "Subject: b\r\n\r\n", {}, {});
        appender.addMessageCheck(QStringLiteral("inspect"), QStringLiteral("a.eml"), "Subject: a\r\n\r\n",
                                 {Finding{}}, {});
        QVERIFY(appender.commit().has_value());
    }
    const auto result = Case::open(path);
    QVERIFY(result.has_value());
    QCOMPARE(result->messages.size(), 2);
    QCOMPARE(result->checks.size(), 2);
    QCOMPARE(result->checks.first().findings.size(), 1); // the rerun replaced the first run
    // A file that is not a case is never overwritten.
    QFile other(dir.filePath(QStringLiteral("other.dbcase")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("not json");
    other.close();
    CaseAppender appender(other.fileName());
    appender.addMessageCheck(QStringLiteral("inspect"), QStringLiteral("a.eml"), "Subject: a\r\n\r\n", {}, {});
    QVERIFY(!appender.commit().has_value());
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArrayLiteral("not json"));
}

QTEST_GUILESS_MAIN(TestCase)
#include "tst_case.moc"
