// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"
#include "TestServers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "CliTestUtil.h"

using namespace Deliverbench::Cli;

/*
 * `deliverbench-cli placement` in-process: import of the vendor files in tests/data/placement
 * (expected counts tallied by hand from their rows), and poll against the real Dovecot of the
 * test_servers fixture (copies delivered with doveadm under a token unique to this run into the
 * placement1/placement2 boxes; the certificate trusted only through --ca-file).
 */

namespace {

using Deliverbench::CliTest::CliRun;
using Deliverbench::CliTest::runCli;

QString dataPath(const QString& name)
{
    return QStringLiteral(TEST_DATA_DIR "/placement/") + name;
}

QByteArray doveadm(const QString& conf, const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(QStringLiteral("doveadm"), QStringList{QStringLiteral("-c"), conf} + args);
    p.waitForStarted(10000);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.exitCode() == 0 ? QByteArray() : p.readAllStandardError();
}

} // namespace

class TestCliPlacement : public QObject
{
    Q_OBJECT

private slots:
    void importText();
    void importJson();
    void usage_data();
    void usage();
    void pollDovecot();
};

void TestCliPlacement::importText()
{
    const CliRun r = runCli({QStringLiteral("placement"), QStringLiteral("import"), dataPath(QStringLiteral("vendor-folder-status.csv")),
                             QStringLiteral("--preset"), QStringLiteral("folder-status")});
    QCOMPARE(r.status, 1);   // a spam placement is an error-level finding
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(QLatin1String("Placement imported from vendor-folder-status.csv (folder-status preset): 5 seeds\n")),
             r.out.constData());
    QVERIFY2(out.contains(QLatin1String("GMX       x2@gmx.example  missing")), r.out.constData());
    QVERIFY2(out.contains(QLatin1String("Web.de    y2@web.example  tab:Updates  Updates")), r.out.constData());
    QVERIFY2(out.contains(QLatin1String("GMX       1 (33%)   0 (0%)  1 (33%)  1 (33%)  0 (0%)      3\n")), r.out.constData());
    QVERIFY2(out.contains(QLatin1String("Total     2 (40%)  1 (20%)  1 (20%)  1 (20%)  0 (0%)      5\n")), r.out.constData());
}

void TestCliPlacement::importJson()
{
    const CliRun r = runCli({QStringLiteral("placement"), QStringLiteral("import"), dataPath(QStringLiteral("vendor-generic.csv")),
                             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("seeds")).toArray().size(), 8);
    const QJsonObject first = o.value(QStringLiteral("seeds")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("provider")).toString(), QStringLiteral("Gmail"));
    QCOMPARE(first.value(QStringLiteral("address")).toString(), QStringLiteral("a1@gmail.example"));
    QCOMPARE(first.value(QStringLiteral("placement")).toString(), QStringLiteral("inbox"));
    QCOMPARE(first.value(QStringLiteral("folder")).toString(), QStringLiteral("Inbox"));
    QVERIFY(first.value(QStringLiteral("error")).isNull());
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    QCOMPARE(QJsonDocument(summary.value(QStringLiteral("Outlook")).toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"error":0,"inbox":1,"missing":1,"spam":1,"tab":0,"total":3})"));
    QCOMPARE(summary.value(QStringLiteral("Gmail")).toObject().value(QStringLiteral("tab")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("Yahoo")).toObject().value(QStringLiteral("spam")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("findings")).toArray().size(), 8);
}

void TestCliPlacement::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("no action") << QStringList{QStringLiteral("placement")} << QStringLiteral("expected 'poll SEEDLIST'");
    QTest::newRow("poll without token") << QStringList{QStringLiteral("placement"), QStringLiteral("poll"), dataPath(QStringLiteral("seedlist.json"))}
                                        << QStringLiteral("--token");
    QTest::newRow("token with space") << QStringList{QStringLiteral("placement"), QStringLiteral("poll"), dataPath(QStringLiteral("seedlist.json")),
                                                     QStringLiteral("--token"), QStringLiteral("a b")}
                                      << QStringLiteral("invalid --token");
    QTest::newRow("bad wait") << QStringList{QStringLiteral("placement"), QStringLiteral("poll"), dataPath(QStringLiteral("seedlist.json")),
                                             QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--wait"), QStringLiteral("soon")}
                              << QStringLiteral("invalid --wait");
    QTest::newRow("missing seed list") << QStringList{QStringLiteral("placement"), QStringLiteral("poll"), QStringLiteral("/nonexistent/s.json"),
                                                      QStringLiteral("--token"), QStringLiteral("t")}
                                       << QStringLiteral("cannot read");
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("placement"), QStringLiteral("import"), dataPath(QStringLiteral("vendor-generic.csv")),
                                                   QStringLiteral("--preset"), QStringLiteral("nope")}
                                    << QStringLiteral("unknown --preset");
    QTest::newRow("unusable import") << QStringList{QStringLiteral("placement"), QStringLiteral("import"), dataPath(QStringLiteral("seedlist.json"))}
                                     << QStringLiteral("no placement, folder or status column");
    QTest::newRow("bad format") << QStringList{QStringLiteral("placement"), QStringLiteral("import"), dataPath(QStringLiteral("vendor-generic.csv")),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("unknown format");
}

void TestCliPlacement::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const CliRun r = runCli(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(error), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliPlacement::pollDovecot()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    const QString conf = env->value(QStringLiteral("DOVECOT_CONF"));
    const QByteArray token = "cli-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray message = "From: news@example.test\r\nTo: seed@example.test\r\nSubject: cli\r\nX-Campaign-ID: " + token
                             + "\r\n\r\nbody\r\n";
    QCOMPARE(doveadm(conf, {QStringLiteral("save"), QStringLiteral("-u"), QStringLiteral("placement1")}, message), QByteArray());
    QCOMPARE(doveadm(conf, {QStringLiteral("save"), QStringLiteral("-u"), QStringLiteral("placement2"), QStringLiteral("-m"),
                            QStringLiteral("Junk")},
                     message),
             QByteArray());

    QTemporaryDir dir;
    const QString seedPath = dir.filePath(QStringLiteral("seeds.json"));
    {
        QFile f(seedPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString port = env->value(QStringLiteral("IMAP_PORT"));
        f.write(QStringLiteral(R"({"seeds": [
  {"provider": "Local", "address": "placement1@example.test", "imap": {"host": "127.0.0.1", "port": %1, "tls": "starttls", "user": "placement1"}, "passwordEnv": "DELIVERBENCH_CLI_P1"},
  {"provider": "Local", "address": "placement2@example.test", "imap": {"host": "127.0.0.1", "port": %1, "tls": "starttls", "user": "placement2"}, "passwordEnv": "DELIVERBENCH_CLI_P2"},
  {"provider": "Other", "address": "placement3@example.test", "imap": {"host": "127.0.0.1", "port": %2, "tls": "implicit", "user": "placement3"}, "passwordEnv": "DELIVERBENCH_CLI_P3"}
]})")
                    .arg(port, env->value(QStringLiteral("IMAPS_PORT")))
                    .toUtf8());
    }
    qputenv("DELIVERBENCH_CLI_P1", "placement1-pass");
    qputenv("DELIVERBENCH_CLI_P2", "placement2-pass");
    qputenv("DELIVERBENCH_CLI_P3", "placement3-pass");
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));

    const CliRun r = runCli({QStringLiteral("placement"), QStringLiteral("poll"), seedPath, QStringLiteral("--token"),
                             QString::fromLatin1(token), QStringLiteral("--ca-file"), env->value(QStringLiteral("TLS_CERT")),
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--history"), history});
    QCOMPARE(r.status, 1);   // placement2 is in spam
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList placements;
    for (const QJsonValue& v : o.value(QStringLiteral("seeds")).toArray())
        placements << v.toObject().value(QStringLiteral("placement")).toString();
    QCOMPARE(placements, (QStringList{QStringLiteral("inbox"), QStringLiteral("spam"), QStringLiteral("missing")}));
    QCOMPARE(QJsonDocument(o.value(QStringLiteral("summary")).toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"Local":{"error":0,"inbox":1,"missing":0,"spam":1,"tab":0,"total":2},)"
                        R"("Other":{"error":0,"inbox":0,"missing":1,"spam":0,"tab":0,"total":1}})"));
    QCOMPARE(o.value(QStringLiteral("run")).toObject().value(QStringLiteral("token")).toString(), QString::fromLatin1(token));
    QVERIFY(QFile::exists(history));

    // text form, same matrix
    const CliRun text = runCli({QStringLiteral("placement"), QStringLiteral("poll"), seedPath, QStringLiteral("--token"),
                                QString::fromLatin1(token), QStringLiteral("--ca-file"), env->value(QStringLiteral("TLS_CERT"))});
    QCOMPARE(text.status, 1);
    QVERIFY2(text.out.contains("Local     1 (50%)  0 (0%)  1 (50%)    0 (0%)  0 (0%)      2\n"), text.out.constData());

    // without the test CA the certificate is not trusted: every seed is a TLS error
    const CliRun untrusted = runCli({QStringLiteral("placement"), QStringLiteral("poll"), seedPath, QStringLiteral("--token"),
                                     QString::fromLatin1(token), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(untrusted.status, 1);
    const QJsonArray seeds = QJsonDocument::fromJson(untrusted.out).object().value(QStringLiteral("seeds")).toArray();
    QCOMPARE(seeds.size(), 3);
    for (const QJsonValue& v : seeds) {
        QCOMPARE(v.toObject().value(QStringLiteral("placement")).toString(), QStringLiteral("error"));
        QCOMPARE(v.toObject().value(QStringLiteral("errorKind")).toString(), QStringLiteral("tls"));
    }
}

QTEST_GUILESS_MAIN(TestCliPlacement)
#include "tst_cli_placement.moc"
