// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP reply parsing (RFC 5321 §4.2), EHLO capabilities, the relay battery's address forms
// (nmap scripts/smtp-open-relay.nse) and transcript redaction (RFC 4954).
#include "net/Transcript.h"
#include "smtp/SmtpProbe.h"
#include "smtp/SmtpReply.h"

#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Smtp;

class tst_SmtpReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void enhancedCode_data();
    void enhancedCode();
    void capabilities();
    void capabilitiesOldAuthSyntax();
    void relayVariantsMatchNmap();
    void relayVariantsIpv6Literal();
    void transcriptRedactsAuth();
    void transcriptEscapesControlBytes();
    void transcriptBounded();
};

void tst_SmtpReply::parse_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<int>("status"); // of the last line: 0 incomplete, 1 complete, 2 malformed
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("lineCount");

    using L = QList<QByteArray>;
    QTest::newRow("single line") << L{"250 OK"} << 1 << 250 << 1;
    QTest::newRow("bare code (RFC 5321 4.2: text optional)") << L{"250"} << 1 << 250 << 1;
    QTest::newRow("multi-line banner") << L{"220-mx.example ESMTP", "220-second", "220 last"} << 1 << 220 << 3;
    QTest::newRow("continuation pending") << L{"250-PIPELINING"} << 0 << 0 << 0;
    QTest::newRow("garbage") << L{"hello there"} << 2 << 0 << 0;
    QTest::newRow("too short") << L{"25"} << 2 << 0 << 0;
    QTest::newRow("code 1xx not SMTP") << L{"150 ok"} << 2 << 0 << 0;
    QTest::newRow("code 6xx") << L{"600 no"} << 2 << 0 << 0;
    QTest::newRow("no separator") << L{"250OK"} << 2 << 0 << 0;
    QTest::newRow("code changes mid-reply") << L{"250-a", "251 b"} << 2 << 0 << 0;
    QTest::newRow("HTTP on port 25") << L{"HTTP/1.1 400 Bad Request"} << 2 << 0 << 0;
}

void tst_SmtpReply::parse()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(int, lineCount);
    ReplyParser parser;
    ReplyParser::Status last = ReplyParser::Status::Incomplete;
    for (const QByteArray& line : lines) {
        last = parser.feed(line);
        if (last == ReplyParser::Status::Malformed)
            break;
    }
    QCOMPARE(int(last), status);
    if (status == 2)
        QVERIFY(!parser.error().isEmpty());
    if (status == 1) {
        const Reply reply = parser.take();
        QCOMPARE(reply.code, code);
        QCOMPARE(reply.lines.size(), lineCount);
    }
}

void tst_SmtpReply::enhancedCode_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::newRow("RFC 3463 relay denied") << QByteArray("554 5.7.1 <x@example.com>: Relay access denied") << QByteArray("5.7.1");
    QTest::newRow("ok") << QByteArray("250 2.1.5 Ok") << QByteArray("2.1.5");
    QTest::newRow("three-digit detail") << QByteArray("550 5.1.123 x") << QByteArray("5.1.123");
    QTest::newRow("none") << QByteArray("250 Ok") << QByteArray();
    QTest::newRow("class 3 invalid") << QByteArray("354 3.0.0 go") << QByteArray();
    QTest::newRow("version-like") << QByteArray("220 1.2.3.4 ready") << QByteArray();
}

void tst_SmtpReply::enhancedCode()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, enhanced);
    ReplyParser parser;
    QCOMPARE(parser.feed(line), ReplyParser::Status::Complete);
    QCOMPARE(parser.take().enhancedCode(), enhanced);
}

void tst_SmtpReply::capabilities()
{
    // Postfix 3.7's EHLO reply after STARTTLS (closed test instance, captured with Python smtplib)
    ReplyParser parser;
    const QList<QByteArray> lines = {"250-closed.mx.example.test", "250-PIPELINING", "250-SIZE 10240000", "250-VRFY",
                                     "250-ETRN", "250-AUTH PLAIN LOGIN", "250-ENHANCEDSTATUSCODES", "250-8BITMIME",
                                     "250-DSN", "250-SMTPUTF8", "250 CHUNKING"};
    for (const QByteArray& line : lines)
        parser.feed(line);
    const Capabilities caps = Capabilities::fromEhlo(parser.take());
    QCOMPARE(caps.greeting, QByteArray("closed.mx.example.test"));
    QCOMPARE(caps.lines.size(), 10);
    QVERIFY(caps.pipelining);
    QCOMPARE(caps.size, qint64(10240000));
    QVERIFY(caps.eightBitMime);
    QVERIFY(caps.smtpUtf8);
    QVERIFY(caps.chunking);
    QVERIFY(caps.dsn);
    QVERIFY(caps.enhancedStatusCodes);
    QVERIFY(caps.vrfyAdvertised);
    QVERIFY(!caps.startTls);
    QVERIFY(!caps.requireTls);
    QCOMPARE(caps.auth, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QVERIFY(caps.has("etrn"));
    QVERIFY(!caps.has("ETR"));
}

void tst_SmtpReply::capabilitiesOldAuthSyntax()
{
    ReplyParser parser;
    parser.feed("250-mx.example.net");
    parser.feed("250-AUTH=LOGIN");
    parser.feed("250-REQUIRETLS");
    parser.feed("250-SIZE");
    parser.feed("250 STARTTLS");
    const Capabilities caps = Capabilities::fromEhlo(parser.take());
    QCOMPARE(caps.auth, QStringList{QStringLiteral("LOGIN")});
    QVERIFY(caps.requireTls);
    QVERIFY(caps.startTls);
    QCOMPARE(caps.size, qint64(0)); // RFC 1870: SIZE without a number = no fixed limit
}

void tst_SmtpReply::relayVariantsMatchNmap()
{
    // the "Antispam tests" table of nmap's scripts/smtp-open-relay.nse with domain=example.com,
    // srvname=mx.example.net, ip=192.0.2.25, written out by hand from the Lua string.format calls
    const QList<QPair<QString, QString>> expected = {
        {QString(), QStringLiteral("relaytest@example.com")},
        {QStringLiteral("antispam@example.com"), QStringLiteral("relaytest@example.com")},
        {QStringLiteral("antispam@mx.example.net"), QStringLiteral("relaytest@example.com")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("relaytest@example.com")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("relaytest%example.com@[192.0.2.25]")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("relaytest%example.com@mx.example.net")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("\"relaytest@example.com\"")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("\"relaytest%example.com\"")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("relaytest@example.com@[192.0.2.25]")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("\"relaytest@example.com\"@[192.0.2.25]")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("relaytest@example.com@mx.example.net")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("@[192.0.2.25]:relaytest@example.com")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("@mx.example.net:relaytest@example.com")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("example.com!relaytest")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("example.com!relaytest@[192.0.2.25]")},
        {QStringLiteral("antispam@[192.0.2.25]"), QStringLiteral("example.com!relaytest@mx.example.net")},
    };
    const QList<RelayVariant> variants =
        relayVariants(QStringLiteral("example.com"), QStringLiteral("mx.example.net"), QStringLiteral("192.0.2.25"));
    QCOMPARE(variants.size(), 16);
    for (int i = 0; i < 16; ++i) {
        QCOMPARE(variants.at(i).index, i + 1);
        QCOMPARE(variants.at(i).mailFrom, expected.at(i).first);
        QCOMPARE(variants.at(i).rcptTo, expected.at(i).second);
        QVERIFY(!variants.at(i).tested);
    }
}

void tst_SmtpReply::relayVariantsIpv6Literal()
{
    const QList<RelayVariant> variants =
        relayVariants(QStringLiteral("example.com"), QStringLiteral("mx"), QStringLiteral("2001:db8::25"));
    QCOMPARE(variants.at(3).mailFrom, QStringLiteral("antispam@[IPv6:2001:db8::25]")); // RFC 5321 §4.1.3
    QCOMPARE(variants.at(11).rcptTo, QStringLiteral("@[IPv6:2001:db8::25]:relaytest@example.com"));
}

void tst_SmtpReply::transcriptRedactsAuth()
{
    Net::Transcript t;
    t.addClient("EHLO client.example");
    t.addServer("250 AUTH PLAIN LOGIN");
    t.addClient("AUTH PLAIN AGFsaWNlAHNlY3JldA=="); // RFC 4616 initial response
    t.addServer("235 2.7.0 Authentication successful");
    t.addClient("AUTH LOGIN");
    t.addServer("334 VXNlcm5hbWU6");
    t.addClient("YWxpY2U=");
    t.addServer("334 UGFzc3dvcmQ6");
    t.addClient("c2VjcmV0");
    t.addServer("235 2.7.0 ok");
    t.addClient("MAIL FROM:<a@example.com>");
    const QStringList lines = t.lines();
    QCOMPARE(lines.size(), 11);
    const QString all = lines.join(u'\n');
    QVERIFY(!all.contains(QLatin1String("AGFsaWNlAHNlY3JldA==")));
    QVERIFY(!all.contains(QLatin1String("YWxpY2U=")));
    QVERIFY(!all.contains(QLatin1String("c2VjcmV0")));
    QVERIFY(lines.at(2).endsWith(QLatin1String("C: AUTH PLAIN [redacted]")));
    QVERIFY(lines.at(4).endsWith(QLatin1String("C: AUTH LOGIN")));
    QVERIFY(lines.at(6).endsWith(QLatin1String("C: [redacted]")));
    QVERIFY(lines.at(8).endsWith(QLatin1String("C: [redacted]")));
    QVERIFY(lines.at(10).endsWith(QLatin1String("C: MAIL FROM:<a@example.com>")));
    QVERIFY(lines.at(1).contains(QLatin1String(" S: 250 AUTH PLAIN LOGIN")));
    QVERIFY(lines.at(0).startsWith(QLatin1String("+0.")));
}

void tst_SmtpReply::transcriptEscapesControlBytes()
{
    Net::Transcript t;
    t.addServer(QByteArray("220 a\x1b[31mb\xff", 12));
    QVERIFY(t.lines().first().endsWith(QLatin1String("S: 220 a\\x1b[31mb\\xff")));
}

void tst_SmtpReply::transcriptBounded()
{
    Net::Transcript t;
    for (int i = 0; i < Net::Transcript::kMaxEntries + 10; ++i)
        t.addServer("250 ok");
    QCOMPARE(t.entries().size(), Net::Transcript::kMaxEntries);
    QCOMPARE(t.droppedCount(), qsizetype(10));
    t.addEvent(QByteArray(5000, 'x'));
    QCOMPARE(t.droppedCount(), qsizetype(11));
}

QTEST_GUILESS_MAIN(tst_SmtpReply)
#include "tst_smtpreply.moc"
