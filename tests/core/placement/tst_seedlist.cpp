// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/SeedList.h"
#include "placement/SeedPoll.h"

#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Placement;

/*
 * Seed lists in DESIGN.md's shape (tests/data/placement/seedlist.{json,csv} hold the same three
 * seeds, written by hand), the CSV reader, the password rules, and folder-role discovery from
 * LIST replies (RFC 6154 \Junk first, then common names).
 */

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/placement/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString describe(const Seed& s)
{
    QStringList tabs;
    for (auto it = s.folders.tabs.cbegin(); it != s.folders.tabs.cend(); ++it)
        tabs << it.key() + u'=' + it.value();
    return QStringList{s.provider, s.address, s.host, QString::number(s.port), Imap::tlsModeToken(s.tls), s.user,
                       s.folders.inbox, s.folders.spam, tabs.join(u';'), s.folders.trash, s.passwordEnv}
        .join(u'|');
}

Imap::MailboxInfo box(const char* name, QList<QByteArray> attributes = {}, const char* delimiter = "/")
{
    Imap::MailboxInfo m;
    m.name = name;
    m.displayName = Imap::decodeMailboxName(m.name);
    m.attributes = attributes;
    m.delimiter = delimiter;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(Deliverbench::Imap::MailboxInfo)

class TestSeedList : public QObject
{
    Q_OBJECT

private slots:
    void jsonFile();
    void csvFileMatchesJson();
    void roundTrip();
    void rejected_data();
    void rejected();
    void csv_data();
    void csv();
    void environmentPassword();
    void spamDiscovery_data();
    void spamDiscovery();
};

void TestSeedList::jsonFile()
{
    const auto list = SeedList::fromJson(readData(QStringLiteral("seedlist.json")));
    QVERIFY2(list.has_value(), list ? "" : qPrintable(list.error().message));
    QCOMPARE(list->seeds.size(), 3);
    QCOMPARE(describe(list->seeds.at(0)),
             QStringLiteral("Gmail|seed.one@gmail.example|imap.gmail.com|993|implicit|seed.one@gmail.example|INBOX|[Gmail]/Spam|||SEED_GMAIL_1"));
    QCOMPARE(describe(list->seeds.at(1)),
             QStringLiteral("Outlook|seed.two@outlook.example|outlook.office365.com|993|implicit|||Junk Email|Other=Other||"));
    QCOMPARE(describe(list->seeds.at(2)),
             QStringLiteral("Corporate, Inc.|qa@corp.example|mail.corp.example|143|starttls|qa|||||SEED_CORP"));
    QCOMPARE(list->seeds.at(1).loginName(), QStringLiteral("seed.two@outlook.example"));
}

void TestSeedList::csvFileMatchesJson()
{
    const auto json = SeedList::fromJson(readData(QStringLiteral("seedlist.json")));
    const auto csv = SeedList::fromCsv(readData(QStringLiteral("seedlist.csv")));
    QVERIFY(json.has_value());
    QVERIFY2(csv.has_value(), csv ? "" : qPrintable(csv.error().message));
    QCOMPARE(csv->seeds.size(), json->seeds.size());
    for (int i = 0; i < json->seeds.size(); ++i)
        QCOMPARE(describe(csv->seeds.at(i)), describe(json->seeds.at(i)));
}

void TestSeedList::roundTrip()
{
    const auto list = SeedList::fromJson(readData(QStringLiteral("seedlist.json")));
    QVERIFY(list.has_value());
    const auto viaJson = SeedList::fromJson(list->toJson());
    const auto viaCsv = SeedList::fromCsv(list->toCsv());
    QVERIFY(viaJson.has_value() && viaCsv.has_value());
    for (int i = 0; i < list->seeds.size(); ++i) {
        QCOMPARE(describe(viaJson->seeds.at(i)), describe(list->seeds.at(i)));
        QCOMPARE(describe(viaCsv->seeds.at(i)), describe(list->seeds.at(i)));
    }
    QVERIFY(!list->toJson().contains("password\""));
    QVERIFY(list->toCsv().startsWith("provider,address,host,port,tls,user,inbox,spam,tabs,trash,passwordEnv\r\n"));
}

void TestSeedList::rejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isCsv");
    QTest::addColumn<QString>("error");
    QTest::newRow("password in seed") << QByteArray(R"({"seeds":[{"provider":"P","address":"a@b","imap":{"host":"h"},"password":"x"}]})")
                                      << false << QStringLiteral("holds a password");
    QTest::newRow("password in imap") << QByteArray(R"({"seeds":[{"provider":"P","address":"a@b","imap":{"host":"h","pass":"x"}}]})")
                                      << false << QStringLiteral("holds a password");
    QTest::newRow("password column") << QByteArray("provider,host,password\r\nP,h,x\r\n") << true
                                     << QStringLiteral("password column");
    QTest::newRow("no provider") << QByteArray(R"({"seeds":[{"address":"a@b","imap":{"host":"h"}}]})") << false
                                 << QStringLiteral("no provider");
    QTest::newRow("no host") << QByteArray(R"({"seeds":[{"provider":"P","address":"a@b","imap":{}}]})") << false
                             << QStringLiteral("no IMAP host");
    QTest::newRow("bad tls") << QByteArray(R"({"seeds":[{"provider":"P","address":"a@b","imap":{"host":"h","tls":"maybe"}}]})")
                             << false << QStringLiteral("unknown tls mode");
    QTest::newRow("bad port") << QByteArray(R"({"seeds":[{"provider":"P","address":"a@b","imap":{"host":"h","port":70000}}]})")
                              << false << QStringLiteral("invalid port");
    QTest::newRow("not json") << QByteArray("{seeds") << false << QStringLiteral("not valid JSON");
    QTest::newRow("no seeds array") << QByteArray(R"({"seed":[]})") << false << QStringLiteral("\"seeds\" array");
    QTest::newRow("csv without host column") << QByteArray("provider,address\r\nP,a@b\r\n") << true
                                             << QStringLiteral("lacks the column 'host'");
    QTest::newRow("csv unterminated quote") << QByteArray("provider,host\r\n\"P,h\r\n") << true
                                            << QStringLiteral("inside a quoted field");
}

void TestSeedList::rejected()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isCsv);
    QFETCH(QString, error);
    const auto list = isCsv ? SeedList::fromCsv(input) : SeedList::fromJson(input);
    QVERIFY(!list.has_value());
    QVERIFY2(list.error().message.contains(error), qPrintable(list.error().message));
}

void TestSeedList::csv_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("rows");   // rows joined by '/', fields by '|'
    QTest::newRow("simple") << QByteArray("a,b\r\nc,d\r\n") << QStringLiteral("a|b/c|d");
    QTest::newRow("lf and no final break") << QByteArray("a,b\nc,d") << QStringLiteral("a|b/c|d");
    QTest::newRow("quoted comma and quote") << QByteArray("\"x,y\",\"he said \"\"hi\"\"\"\r\n")
                                            << QStringLiteral("x,y|he said \"hi\"");
    QTest::newRow("quoted line break") << QByteArray("\"l1\nl2\",z\n") << QStringLiteral("l1\nl2|z");
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringLiteral("||");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf" "a,b\n") << QStringLiteral("a|b");
}

void TestSeedList::csv()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, rows);
    const auto parsed = parseCsv(input);
    QVERIFY(parsed.has_value());
    QStringList joined;
    for (const QStringList& row : *parsed)
        joined << row.join(u'|');
    QCOMPARE(joined.join(u'/'), rows);
}

void TestSeedList::environmentPassword()
{
    Seed seed;
    seed.address = QStringLiteral("a@b.example");
    seed.passwordEnv = QStringLiteral("DELIVERBENCH_TST_SEED_PASSWORD");
    qputenv("DELIVERBENCH_TST_SEED_PASSWORD", "s3cret");
    EnvironmentPasswordProvider provider;
    QString got;
    provider.requestPassword(seed, [&](Result<QString> r) { got = r ? *r : QString(); });
    QCOMPARE(got, QStringLiteral("s3cret"));
    qunsetenv("DELIVERBENCH_TST_SEED_PASSWORD");
    QString error;
    provider.requestPassword(seed, [&](Result<QString> r) { error = r ? QString() : r.error().message; });
    QVERIFY2(error.contains(QLatin1String("DELIVERBENCH_TST_SEED_PASSWORD")), qPrintable(error));
    seed.passwordEnv.clear();
    provider.requestPassword(seed, [&](Result<QString> r) { error = r ? QString() : r.error().message; });
    QVERIFY2(error.contains(QLatin1String("no passwordEnv")), qPrintable(error));
}

void TestSeedList::spamDiscovery_data()
{
    QTest::addColumn<QList<Imap::MailboxInfo>>("boxes");
    QTest::addColumn<QString>("configuredSpam");
    QTest::addColumn<QString>("expected");   // folder display names in search order, '|' separated

    // Dovecot test server (TEST-SERVERS.md transcript)
    QTest::newRow("dovecot special-use") << QList<Imap::MailboxInfo>{box("Junk", {"\\HasNoChildren", "\\Junk"}), box("Sent", {"\\Sent"}), box("INBOX")}
                                         << QString() << QStringLiteral("INBOX|Junk");
    // Gmail: [Gmail]/Spam carries \Junk (Google's IMAP extensions page)
    QTest::newRow("gmail") << QList<Imap::MailboxInfo>{box("INBOX"), box("[Gmail]", {"\\Noselect"}), box("[Gmail]/Spam", {"\\Junk"})}
                           << QString() << QStringLiteral("INBOX|[Gmail]/Spam");
    QTest::newRow("no attribute: Spam by name") << QList<Imap::MailboxInfo>{box("INBOX"), box("Archive"), box("spam")}
                                                << QString() << QStringLiteral("INBOX|spam");
    QTest::newRow("yahoo bulk") << QList<Imap::MailboxInfo>{box("Inbox"), box("Bulk Mail")} << QString()
                                << QStringLiteral("Inbox|Bulk Mail");
    QTest::newRow("dot hierarchy") << QList<Imap::MailboxInfo>{box("INBOX", {}, "."), box("INBOX.Junk", {}, ".")} << QString()
                                   << QStringLiteral("INBOX|INBOX.Junk");
    QTest::newRow("nested by last component") << QList<Imap::MailboxInfo>{box("INBOX"), box("Mail/Junk")} << QString()
                                              << QStringLiteral("INBOX|Mail/Junk");
    QTest::newRow("configured wins") << QList<Imap::MailboxInfo>{box("INBOX"), box("Junk", {"\\Junk"}), box("Quarantine")}
                                     << QStringLiteral("Quarantine") << QStringLiteral("INBOX|Quarantine");
    QTest::newRow("noselect skipped") << QList<Imap::MailboxInfo>{box("INBOX"), box("Junk", {"\\Noselect", "\\Junk"})} << QString()
                                      << QStringLiteral("INBOX");
    QTest::newRow("none") << QList<Imap::MailboxInfo>{box("INBOX"), box("Archive")} << QString() << QStringLiteral("INBOX");
}

void TestSeedList::spamDiscovery()
{
    QFETCH(QList<Imap::MailboxInfo>, boxes);
    QFETCH(QString, configuredSpam);
    QFETCH(QString, expected);
    SeedFolders folders;
    folders.spam = configuredSpam;
    const QList<SearchFolder> resolved = resolveSearchFolders(folders, boxes);
    QStringList names;
    for (const SearchFolder& f : resolved)
        names << f.displayName;
    QCOMPARE(names.join(u'|'), expected);
    QVERIFY(resolved.first().required);
    if (resolved.size() > 1)
        QCOMPARE(int(resolved.last().placement), int(PlacementKind::Spam));
}

QTEST_GUILESS_MAIN(TestSeedList)
#include "tst_seedlist.moc"
