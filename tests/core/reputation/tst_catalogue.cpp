// SPDX-License-Identifier: GPL-3.0-or-later
// The DNSBL catalogue (resources/dnsbl/catalogue.json), answer interpretation (RFC 5782),
// target parsing (reverse forms checked against Python's ipaddress.reverse_pointer) and the
// extraction of URL hosts and address domains from a message.
#include "message/Message.h"
#include "reputation/Catalogue.h"
#include "reputation/DnsblChecker.h"
#include "reputation/MessageTargets.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Reputation;

class tst_Catalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogue();
    void interpret_data();
    void interpret();
    void userList();
    void badCatalogues_data();
    void badCatalogues();
    void jsonRoundTrip();
    void parseTarget_data();
    void parseTarget();
    void hostsFromText();
    void targetsFromMessage();
    void extractionBounded();
};

void tst_Catalogue::builtInCatalogue()
{
    const Catalogue& c = Catalogue::builtIn();
    QVERIFY2(c.size() >= 50, qPrintable(QString::number(c.size())));
    QSet<QString> ids;
    QSet<QByteArray> zones;
    int v4 = 0, v6 = 0, domain = 0;
    for (const BlockList& list : c.lists()) {
        QVERIFY(!ids.contains(list.id));
        QVERIFY(!zones.contains(list.zone));
        ids.insert(list.id);
        zones.insert(list.zone);
        QVERIFY2(list.delistUrl.startsWith(QLatin1String("http")), qPrintable(list.id));
        QVERIFY2(!list.codes.isEmpty() || !list.bits.isEmpty(), qPrintable(list.id));
        v4 += list.accepts(Ipv4);
        v6 += list.accepts(Ipv6);
        domain += list.accepts(Domain);
    }
    QVERIFY(v4 >= 35);
    QVERIFY(v6 >= 5);
    QVERIFY(domain >= 15);
    QVERIFY(c.find(u"zen.spamhaus.org"));
    QVERIFY(c.find(u"spamhaus-dbl"));
    QVERIFY(c.find(u"multi.uribl.com"));
}

void tst_Catalogue::interpret_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("meaningStart");
    QTest::addColumn<QString>("severity");

    // Spamhaus ZEN return codes (https://docs.spamhaus.com, "Return codes")
    QTest::newRow("ZEN .2 SBL") << "spamhaus-zen" << "127.0.0.2" << "listed" << "SBL:" << "error";
    QTest::newRow("ZEN .3 CSS") << "spamhaus-zen" << "127.0.0.3" << "listed" << "SBL CSS" << "error";
    QTest::newRow("ZEN .4 XBL") << "spamhaus-zen" << "127.0.0.4" << "listed" << "XBL" << "error";
    QTest::newRow("ZEN .7 XBL") << "spamhaus-zen" << "127.0.0.7" << "listed" << "XBL" << "error";
    QTest::newRow("ZEN .9 DROP") << "spamhaus-zen" << "127.0.0.9" << "listed" << "SBL DROP" << "error";
    QTest::newRow("ZEN .10 PBL") << "spamhaus-zen" << "127.0.0.10" << "listed" << "PBL (ISP" << "warning";
    QTest::newRow("ZEN .11 PBL") << "spamhaus-zen" << "127.0.0.11" << "listed" << "PBL (Spamhaus" << "warning";
    QTest::newRow("ZEN .252 typo") << "spamhaus-zen" << "127.255.255.252" << "unknown" << "typing error" << "info";
    QTest::newRow("ZEN .254 public resolver") << "spamhaus-zen" << "127.255.255.254" << "unknown" << "query refused: sent through a public" << "info";
    QTest::newRow("ZEN .255 excessive") << "spamhaus-zen" << "127.255.255.255" << "unknown" << "query refused: excessive" << "info";
    QTest::newRow("ZEN undocumented code") << "spamhaus-zen" << "127.0.0.99" << "listed" << "listed (return code 127.0.0.99" << "error";
    QTest::newRow("outside 127/8 never listed") << "spamhaus-zen" << "192.0.2.1" << "unknown" << "answer 192.0.2.1 is outside" << "warning";
    QTest::newRow("IPv6 answer never listed") << "spamhaus-zen" << "2001:db8::1" << "unknown" << "answer 2001:db8::1 is outside" << "warning";
    QTest::newRow("127.0.0.1 undocumented: unknown") << "spamcop" << "127.0.0.1" << "unknown" << "127.0.0.1 is not a listing" << "info";
    QTest::newRow("undocumented 127.255.255.x: unknown") << "spamcop" << "127.255.255.1" << "unknown" << "127.255.255.1 is an error" << "info";
    QTest::newRow("DBL .2 spam") << "spamhaus-dbl" << "127.0.1.2" << "listed" << "spam domain" << "error";
    QTest::newRow("DBL .104 abused phish") << "spamhaus-dbl" << "127.0.1.104" << "listed" << "abused legitimate domain: phishing" << "error";
    QTest::newRow("SURBL bits 64+8") << "surbl-multi" << "127.0.0.72" << "listed" << "PH: phishing; ABUSE" << "error";
    QTest::newRow("SURBL 127.0.0.1 refused") << "surbl-multi" << "127.0.0.1" << "unknown" << "query refused" << "info";
    QTest::newRow("URIBL grey bit") << "uribl-multi" << "127.0.0.4" << "listed" << "grey" << "warning";
    QTest::newRow("URIBL black+red") << "uribl-multi" << "127.0.0.10" << "listed" << "black: domain in spam; red" << "error";
    QTest::newRow("Hostkarma whitelist is clear") << "hostkarma" << "127.0.0.1" << "clear" << "whitelisted" << "info";
    QTest::newRow("Sender Score range") << "senderscore" << "127.0.4.17" << "listed" << "listed with a low Sender Score" << "warning";
    QTest::newRow("UCEPROTECT L3 warning") << "uceprotect-3" << "127.0.0.2" << "listed" << "listed: the whole ASN" << "warning";
}

void tst_Catalogue::interpret()
{
    QFETCH(QString, list);
    QFETCH(QString, answer);
    QFETCH(QString, status);
    QFETCH(QString, meaningStart);
    QFETCH(QString, severity);
    const BlockList* l = Catalogue::builtIn().find(list);
    QVERIFY(l);
    const AnswerMeaning m = interpretAnswer(*l, QHostAddress(answer));
    QCOMPARE(listingStatusToken(m.status), status);
    QVERIFY2(m.meaning.startsWith(meaningStart), qPrintable(m.meaning));
    QCOMPARE(severityToken(m.severity), severity);
}

void tst_Catalogue::userList()
{
    Catalogue c = Catalogue::builtIn();
    const qsizetype before = c.size();
    const BlockList user = Catalogue::userList("bl.Example.TEST.", Ipv4 | Domain);
    QCOMPARE(user.zone, QByteArray("bl.example.test"));
    QVERIFY(user.userAdded);
    c.add(user);
    QCOMPARE(c.size(), before + 1);
    c.add(user); // same zone replaces
    QCOMPARE(c.size(), before + 1);
    QCOMPARE(interpretAnswer(user, QHostAddress(QStringLiteral("127.0.0.2"))).status, ListingStatus::Listed);
    QCOMPARE(interpretAnswer(user, QHostAddress(QStringLiteral("127.0.0.1"))).status, ListingStatus::Unknown);
    QCOMPARE(interpretAnswer(user, QHostAddress(QStringLiteral("10.1.2.3"))).status, ListingStatus::Unknown);
}

void tst_Catalogue::badCatalogues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("no lists") << QByteArray(R"({"lists": []})");
    QTest::newRow("no zone") << QByteArray(R"({"lists": [{"id": "a", "types": ["ipv4"]}]})");
    QTest::newRow("bad zone") << QByteArray(R"({"lists": [{"zone": "a..b", "types": ["ipv4"]}]})");
    QTest::newRow("no types") << QByteArray(R"({"lists": [{"zone": "bl.example", "types": []}]})");
    QTest::newRow("bad type") << QByteArray(R"({"lists": [{"zone": "bl.example", "types": ["ipv5"]}]})");
    QTest::newRow("bad answer") << QByteArray(R"({"lists": [{"zone": "bl.example", "types": ["ipv4"], "codes": [{"answer": "127.0.0.x"}]}]})");
    QTest::newRow("reversed range") << QByteArray(R"({"lists": [{"zone": "bl.example", "types": ["ipv4"], "codes": [{"answer": "127.0.0.9-127.0.0.2"}]}]})");
    QTest::newRow("bad status") << QByteArray(R"({"lists": [{"zone": "bl.example", "types": ["ipv4"], "codes": [{"answer": "127.0.0.2", "status": "maybe"}]}]})");
    QTest::newRow("bad bit") << QByteArray(R"({"lists": [{"zone": "bl.example", "types": ["domain"], "bits": [{"bit": 3}]}]})");
    QTest::newRow("duplicate zone") << QByteArray(R"({"lists": [{"zone": "bl.example", "types": ["ipv4"]}, {"id": "x", "zone": "BL.example", "types": ["ipv4"]}]})");
}

void tst_Catalogue::badCatalogues()
{
    QFETCH(QByteArray, json);
    const auto c = Catalogue::fromJson(json, QStringLiteral("test.json"));
    QVERIFY(!c);
    QVERIFY(c.error().message.startsWith(QLatin1String("test.json")));
}

void tst_Catalogue::jsonRoundTrip()
{
    const Catalogue& c = Catalogue::builtIn();
    const auto again = Catalogue::fromJson(QJsonDocument(c.toJson()).toJson(), QStringLiteral("round trip"));
    QVERIFY(again);
    QCOMPARE(again->size(), c.size());
    QCOMPARE(QJsonDocument(again->toJson()), QJsonDocument(c.toJson()));
}

void tst_Catalogue::parseTarget_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("prefix");
    // prefixes: Python ipaddress.ip_address(x).reverse_pointer without ".in-addr.arpa" / ".ip6.arpa"
    QTest::newRow("IPv4") << "192.0.2.99" << true << int(Ipv4) << "192.0.2.99" << QByteArray("99.2.0.192");
    QTest::newRow("IPv4 in brackets") << "[192.0.2.99]" << true << int(Ipv4) << "192.0.2.99" << QByteArray("99.2.0.192");
    QTest::newRow("IPv6 nibbles") << "2001:db8::99" << true << int(Ipv6) << "2001:db8::99"
                                  << QByteArray("9.9.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2");
    QTest::newRow("IPv6 upper case") << "2001:DB8:1234::ABCD" << true << int(Ipv6) << "2001:db8:1234::abcd"
                                     << QByteArray("d.c.b.a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.4.3.2.1.8.b.d.0.1.0.0.2");
    QTest::newRow("IPv4-mapped IPv6 is IPv4") << "::ffff:192.0.2.5" << true << int(Ipv4) << "192.0.2.5" << QByteArray("5.2.0.192");
    QTest::newRow("domain") << "Example.COM." << true << int(Domain) << "example.com" << QByteArray("example.com");
    QTest::newRow("IDN") << "bücher.example" << true << int(Domain) << "xn--bcher-kva.example" << QByteArray("xn--bcher-kva.example");
    QTest::newRow("empty") << "" << false << 0 << "" << QByteArray();
    QTest::newRow("single label") << "localhost" << false << 0 << "" << QByteArray();
    QTest::newRow("spaces") << "not a host" << false << 0 << "" << QByteArray();
    QTest::newRow("empty label") << "a..example" << false << 0 << "" << QByteArray();
    QTest::newRow("label too long") << QString(64, u'a') + QStringLiteral(".example") << false << 0 << "" << QByteArray();
    QTest::newRow("slash") << "example.com/x" << false << 0 << "" << QByteArray();
}

void tst_Catalogue::parseTarget()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QByteArray, prefix);
    const auto t = Reputation::parseTarget(input);
    QCOMPARE(bool(t), ok);
    if (!ok)
        return;
    QCOMPARE(int(t->type), type);
    QCOMPARE(t->text, text);
    QCOMPARE(t->prefix, prefix);
}

void tst_Catalogue::hostsFromText()
{
    const QString text = QStringLiteral(
        "Visit https://www.Example.com/path?q=1, or http://user@[192.0.2.7]:8080/x and www.shop.example.net. "
        "Mail someone@Sub.Example.org; see <a href=\"https://tracker.example.net/p.gif\">x</a> "
        "and ftp://files.example.com/ and https://www.example.com/again "
        "not-a-url.example? ordinary text, file.txt, version 1.2.3");
    QCOMPARE(extractHostsFromText(text),
             (QStringList{QStringLiteral("www.example.com"), QStringLiteral("[192.0.2.7]"), QStringLiteral("www.shop.example.net"),
                          QStringLiteral("tracker.example.net"), QStringLiteral("files.example.com"),
                          QStringLiteral("sub.example.org")}));
    QCOMPARE(extractHostsFromText(text, false).size(), 5);
    QCOMPARE(extractHostsFromText(text, true, 2).size(), 2);
}

void tst_Catalogue::targetsFromMessage()
{
    const QByteArray eml = "Received: from relay.example.org (relay.example.org [192.0.2.1])\r\n"
                           "\tby mx.example.net; Mon, 1 Jan 2024 00:00:00 +0000\r\n"
                           "DKIM-Signature: v=1; d=signer.example; s=s; b=abc\r\n"
                           "From: Shop <news@shop.example>\r\n"
                           "Reply-To: replies@reply.example\r\n"
                           "To: someone@recipient.example\r\n"
                           "List-Unsubscribe: <https://unsub.example/u?id=1>, <mailto:unsub@unsub.example>\r\n"
                           "Subject: offer\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/alternative; boundary=b\r\n"
                           "\r\n"
                           "--b\r\n"
                           "Content-Type: text/plain; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: base64\r\n"
                           "\r\n"
                           // "Go to https://landing.example/offer now\r\n"
                           "R28gdG8gaHR0cHM6Ly9sYW5kaW5nLmV4YW1wbGUvb2ZmZXIgbm93DQo=\r\n"
                           "--b\r\n"
                           "Content-Type: text/html; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: quoted-printable\r\n"
                           "\r\n"
                           "<a href=3D\"https://landing.example/offer\">x</a><img src=3D\"http://198.51.100.9/p.gif\">=\r\n"
                           "<a href=3D\"https://click.track=\r\ner.example/c\">y</a>\r\n"
                           "--b--\r\n";
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(eml));
    const QList<ExtractedTarget> targets = extractTargets(message);
    QStringList texts;
    for (const ExtractedTarget& t : targets)
        texts.append(t.target.text);
    QCOMPARE(texts, (QStringList{QStringLiteral("shop.example"), QStringLiteral("reply.example"),
                                 QStringLiteral("recipient.example"), QStringLiteral("unsub.example"),
                                 QStringLiteral("landing.example"), QStringLiteral("198.51.100.9"),
                                 QStringLiteral("click.tracker.example")}));
    QCOMPARE(targets.at(0).sources, QStringList{QStringLiteral("header From")});
    QCOMPARE(targets.at(4).sources,
             (QStringList{QStringLiteral("part 1 (text/plain)"), QStringLiteral("part 2 (text/html)")}));
    QCOMPARE(targets.at(5).target.type, Ipv4);
}

void tst_Catalogue::extractionBounded()
{
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("http://h%1.example/ ").arg(i);
    QCOMPARE(extractHostsFromText(text, true, 500).size(), 500);
    QByteArray eml = "From: a@b.example\r\nContent-Type: text/plain\r\n\r\n" + text.toUtf8();
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(eml));
    ExtractOptions options;
    options.maxTargets = 100;
    QCOMPARE(extractTargets(message, options).size(), 100);
}

QTEST_GUILESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"
