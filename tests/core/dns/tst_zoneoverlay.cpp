// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/ZoneOverlay.h"

#include <QTest>

using namespace Deliverbench::Dns;

class tst_ZoneOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void broken_data();
    void broken();
    void lookupIsCaseInsensitive();
    void hostileInputIsBounded_data();
    void hostileInputIsBounded();
};

// Each expected record is "owner TTL TYPE rdata" (Record::toText without "IN" and the owner's dot).
static QList<QByteArray> dump(const ZoneOverlay& overlay)
{
    QList<QByteArray> out;
    for (const Record& r : overlay.records())
        out.append(r.name + ' ' + QByteArray::number(r.ttl) + ' ' + typeName(r.type) + ' ' + r.rdataText());
    return out;
}

void tst_ZoneOverlay::parse_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QList<QByteArray>>("expected");
    using L = QList<QByteArray>;

    QTest::newRow("absolute names, explicit TTL and class")
        << QByteArray("example.org. 600 IN A 192.0.2.1\n") << QByteArray() << L{"example.org 600 A 192.0.2.1"};
    QTest::newRow("class before TTL (RFC 1035 5.1)")
        << QByteArray("example.org. IN 600 A 192.0.2.1\n") << QByteArray() << L{"example.org 600 A 192.0.2.1"};
    QTest::newRow("$ORIGIN, @ and relative names")
        << QByteArray("$ORIGIN example.org.\n@ 300 MX 10 mail\nwww CNAME @\n")
        << QByteArray() << L{"example.org 300 MX 10 mail.example.org.", "www.example.org 300 CNAME example.org."};
    QTest::newRow("origin parameter") << QByteArray("_dmarc TXT \"v=DMARC1; p=none\"")
                                      << QByteArray("Example.ORG.")
                                      << L{"_dmarc.example.org 300 TXT \"v=DMARC1; p=none\""};
    QTest::newRow("$TTL default and units")
        << QByteArray("$TTL 1h\n$ORIGIN example.org.\na A 192.0.2.1\nb 1d2h A 192.0.2.2\n")
        << QByteArray() << L{"a.example.org 3600 A 192.0.2.1", "b.example.org 93600 A 192.0.2.2"};
    QTest::newRow("owner omitted (leading blank) repeats the previous owner")
        << QByteArray("$ORIGIN example.org.\nmx1 A 192.0.2.1\n    AAAA 2001:db8::1\n\tMX 0 .\n")
        << QByteArray()
        << L{"mx1.example.org 300 A 192.0.2.1", "mx1.example.org 300 AAAA 2001:db8::1", "mx1.example.org 300 MX 0 ."};
    QTest::newRow("multi-string TXT joined without separator, parenthesised over lines")
        << QByteArray("$ORIGIN example.org.\nsel._domainkey TXT ( \"v=DKIM1; k=rsa; \" ; first\n"
                      "                      \"p=MIIB\" ) ; comment\n")
        << QByteArray() << L{"sel._domainkey.example.org 300 TXT \"v=DKIM1; k=rsa; \" \"p=MIIB\""};
    QTest::newRow("escapes in quoted strings")
        << QByteArray("t.example.org. TXT \"say \\\"hi\\\"; back\\\\slash \\065\\066\"\n")
        << QByteArray() << L{"t.example.org 300 TXT \"say \\\"hi\\\"; back\\\\slash AB\""};
    QTest::newRow("unquoted TXT word") << QByteArray("t.example.org. TXT v=spf1\\032-all\n") << QByteArray()
                                       << L{"t.example.org 300 TXT \"v=spf1 -all\""};
    QTest::newRow("semicolon inside quotes is not a comment")
        << QByteArray("_dmarc.example.org. TXT \"v=DMARC1; p=reject\" ; real comment\n") << QByteArray()
        << L{"_dmarc.example.org 300 TXT \"v=DMARC1; p=reject\""};
    QTest::newRow("PTR and NS") << QByteArray("$ORIGIN 2.0.192.in-addr.arpa.\n25 PTR mail.example.org.\n@ NS ns1.example.org.\n")
                                << QByteArray()
                                << L{"25.2.0.192.in-addr.arpa 300 PTR mail.example.org.",
                                     "2.0.192.in-addr.arpa 300 NS ns1.example.org."};
    QTest::newRow("CRLF line ends and no final newline")
        << QByteArray("a.example.org. A 192.0.2.1\r\nb.example.org. A 192.0.2.2") << QByteArray()
        << L{"a.example.org 300 A 192.0.2.1", "b.example.org 300 A 192.0.2.2"};
    QTest::newRow("last explicit TTL carries over")
        << QByteArray("a.example.org. 60 A 192.0.2.1\nb.example.org. A 192.0.2.2\n") << QByteArray()
        << L{"a.example.org 60 A 192.0.2.1", "b.example.org 60 A 192.0.2.2"};
    QTest::newRow("unsupported type skipped, others kept")
        << QByteArray("$ORIGIN example.org.\n@ SOA ns hm 1 2 3 4 5\n@ CAA 0 issue \"ca.example\"\n@ A 192.0.2.9\n")
        << QByteArray() << L{"example.org 300 A 192.0.2.9"};
}

void tst_ZoneOverlay::parse()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, origin);
    QFETCH(QList<QByteArray>, expected);
    const ZoneOverlay overlay = ZoneOverlay::parse(zone, origin);
    QVERIFY2(!overlay.hasErrors(), overlay.diagnostics().isEmpty() ? "" : qPrintable(overlay.diagnostics().first().message));
    QCOMPARE(dump(overlay), expected);
}

void tst_ZoneOverlay::broken_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("errorLine");            // line of the first error
    QTest::addColumn<QList<QByteArray>>("kept");   // records that still parse

    using L = QList<QByteArray>;
    QTest::newRow("TXT character-string over 255 bytes")
        << (QByteArray("x.example.org. TXT \"") + QByteArray(256, 'a') + "\"\ny.example.org. A 192.0.2.1\n") << 1
        << L{"y.example.org 300 A 192.0.2.1"};
    QTest::newRow("bad IPv4") << QByteArray("a.example.org. A 192.0.2.256\nb.example.org. A 192.0.2.1\n") << 1
                              << L{"b.example.org 300 A 192.0.2.1"};
    QTest::newRow("IPv4 short form") << QByteArray("a.example.org. A 10.1\n") << 1 << L{};
    QTest::newRow("IPv6 in A") << QByteArray("a.example.org. A 2001:db8::1\n") << 1 << L{};
    QTest::newRow("IPv4 in AAAA") << QByteArray("a.example.org. AAAA 192.0.2.1\n") << 1 << L{};
    QTest::newRow("relative name without origin") << QByteArray("mail A 192.0.2.1\n") << 1 << L{};
    QTest::newRow("@ without origin") << QByteArray("@ A 192.0.2.1\n") << 1 << L{};
    QTest::newRow("unterminated quote") << QByteArray("a.example.org. TXT \"open\nb.example.org. A 192.0.2.1\n") << 1
                                        << L{"a.example.org 300 TXT \"open\"", "b.example.org 300 A 192.0.2.1"};
    QTest::newRow("unclosed parenthesis")
        << QByteArray("a.example.org. TXT ( \"x\"\nb.example.org. A 192.0.2.1\n") << 1 << L{};
    QTest::newRow("stray closing parenthesis") << QByteArray("a.example.org. A 192.0.2.1 )\n") << 1
                                               << L{"a.example.org 300 A 192.0.2.1"};
    QTest::newRow("MX preference out of range") << QByteArray("a.example.org. MX 70000 mx.example.org.\n") << 1 << L{};
    QTest::newRow("MX missing exchange") << QByteArray("a.example.org. MX 10\n") << 1 << L{};
    QTest::newRow("trailing data") << QByteArray("a.example.org. CNAME b.example.org. c.example.org.\n") << 1 << L{};
    QTest::newRow("label over 63") << (QByteArray(64, 'l') + ".example.org. A 192.0.2.1\n") << 1 << L{};
    QTest::newRow("empty label") << QByteArray("a..example.org. A 192.0.2.1\n") << 1 << L{};
    QTest::newRow("$INCLUDE refused") << QByteArray("$INCLUDE /etc/passwd\n") << 1 << L{};
    QTest::newRow("class CH refused") << QByteArray("a.example.org. CH TXT \"x\"\n") << 1 << L{};
    QTest::newRow("owner omitted on the first line") << QByteArray("  A 192.0.2.1\n") << 1 << L{};
    QTest::newRow("bad escape") << QByteArray("a.example.org. TXT \"\\99\"\n") << 1 << L{"a.example.org 300 TXT \"99\""};
    QTest::newRow("escape above 255") << QByteArray("a.example.org. TXT \"\\300\"\n") << 1
                                      << L{"a.example.org 300 TXT \",\""};
    QTest::newRow("TTL overflow") << QByteArray("a.example.org. 99999999999 A 192.0.2.1\n") << 1 << L{};
    QTest::newRow("error on line 3") << QByteArray("; c\n\n$TTL x\n") << 3 << L{};
    QTest::newRow("type missing") << QByteArray("a.example.org. 300 IN\n") << 1 << L{};
}

void tst_ZoneOverlay::broken()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, errorLine);
    QFETCH(QList<QByteArray>, kept);
    const ZoneOverlay overlay = ZoneOverlay::parse(zone);
    QVERIFY(overlay.hasErrors());
    QCOMPARE(overlay.diagnostics().first().line, errorLine);
    QVERIFY(!overlay.diagnostics().first().message.isEmpty());
    QCOMPARE(dump(overlay), kept);
}

void tst_ZoneOverlay::lookupIsCaseInsensitive()
{
    const ZoneOverlay overlay = ZoneOverlay::parse("$ORIGIN Example.ORG.\nMail A 192.0.2.1\nmail A 192.0.2.2\n");
    QCOMPARE(overlay.lookup("MAIL.example.org.", RecordType::A).size(), 2);
    QVERIFY(overlay.contains("mail.example.org", RecordType::A));
    QVERIFY(!overlay.contains("mail.example.org", RecordType::AAAA));
    QVERIFY(overlay.lookup("example.org", RecordType::A).isEmpty());
}

void tst_ZoneOverlay::hostileInputIsBounded_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("many fields on one line") << (QByteArray("a.example.org. TXT ") + QByteArray("\"x\" ").repeated(5000));
    QTest::newRow("many records") << QByteArray("a.example.org. A 192.0.2.1\n").repeated(ZoneOverlay::kMaxRecords + 10);
    QTest::newRow("many errors") << QByteArray("garbage\n").repeated(10000);
    QTest::newRow("only parentheses") << QByteArray("((((((((((").repeated(1000);
    QTest::newRow("binary") << QByteArray("\x00\xff\"\\(;\n\x01", 8).repeated(5000);
    QTest::newRow("over the size limit") << QByteArray(ZoneOverlay::kMaxInputBytes + 1, 'a');
    QTest::newRow("backslash at end") << QByteArray("a.example.org. TXT \\");
}

void tst_ZoneOverlay::hostileInputIsBounded()
{
    QFETCH(QByteArray, zone);
    QElapsedTimer clock;
    clock.start();
    const ZoneOverlay overlay = ZoneOverlay::parse(zone, "example.org");
    QVERIFY(overlay.records().size() <= ZoneOverlay::kMaxRecords);
    QVERIFY(overlay.diagnostics().size() <= ZoneOverlay::kMaxDiagnostics + 1);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(tst_ZoneOverlay)
#include "tst_zoneoverlay.moc"
