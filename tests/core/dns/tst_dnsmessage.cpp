// SPDX-License-Identifier: GPL-3.0-or-later
// The raw response decoder and the name helpers, on hand-made wire messages (RFC 1035 §4.1).
#include "dns/DnsMessage.h"

#include <QTest>

using namespace Deliverbench::Dns;

namespace {

QByteArray u16(int v)
{
    return QByteArray(1, char((v >> 8) & 0xff)) + QByteArray(1, char(v & 0xff));
}

QByteArray wireName(const QByteArray& dotted)
{
    QByteArray out;
    for (const QByteArray& label : dotted.split('.')) {
        if (!label.isEmpty())
            out += char(label.size()) + label;
    }
    return out + '\0';
}

// header: id 0x1234, flags, QD=1, AN=an, NS=0, AR=ar; question NAME/TYPE/IN
QByteArray header(int flags, int an, const QByteArray& qname, int qtype, int ar = 0)
{
    return u16(0x1234) + u16(flags) + u16(1) + u16(an) + u16(0) + u16(ar) + wireName(qname) + u16(qtype) + u16(1);
}

QByteArray rr(const QByteArray& ownerWire, int type, quint32 ttl, const QByteArray& rdata)
{
    return ownerWire + u16(type) + u16(1) + u16(int(ttl >> 16)) + u16(int(ttl & 0xffff)) + u16(int(rdata.size())) + rdata;
}

const QByteArray kPtrToQuestion = QByteArray("\xc0\x0c", 2); // compression pointer to offset 12

} // namespace

class tst_DnsMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerFlags_data();
    void headerFlags();
    void txtStringsJoined();
    void extendedRcodeFromOpt();
    void malformed_data();
    void malformed();
    void reverseNames_data();
    void reverseNames();
    void nameValidity_data();
    void nameValidity();
};

void tst_DnsMessage::headerFlags_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("ad");
    QTest::addColumn<bool>("aa");
    QTest::addColumn<int>("rcode");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("QR RD RA AD, NOERROR") << 0x81a0 << true << false << 0 << Outcome::NoError;
    QTest::newRow("QR AA, NOERROR") << 0x8400 << false << true << 0 << Outcome::NoError;
    QTest::newRow("AD with SERVFAIL") << 0x81a2 << true << false << 2 << Outcome::ServFail;
    QTest::newRow("NXDOMAIN") << 0x8183 << false << false << 3 << Outcome::NxDomain;
    QTest::newRow("REFUSED") << 0x8105 << false << false << 5 << Outcome::Refused;
    QTest::newRow("NOTIMP is another error") << 0x8104 << false << false << 4 << Outcome::OtherError;
}

void tst_DnsMessage::headerFlags()
{
    QFETCH(int, flags);
    QFETCH(bool, ad);
    QFETCH(bool, aa);
    QFETCH(int, rcode);
    QFETCH(Outcome, outcome);
    const QByteArray a = QByteArray("\xc0\x00\x02\x01", 4);
    const QByteArray raw = header(flags, 1, "example.test", 1) + rr(kPtrToQuestion, 1, 300, a);
    const Message m = parseMessage(raw);
    QVERIFY2(m.valid, qPrintable(m.error));
    QCOMPARE(m.ad, ad);
    QCOMPARE(m.aa, aa);
    QCOMPARE(m.rcode, rcode);
    QCOMPARE(m.questionName, QByteArray("example.test"));
    Answer answer;
    answer.name = "example.test";
    answer.type = RecordType::A;
    fillAnswer(answer, m);
    QCOMPARE(answer.outcome, outcome);
    QCOMPARE(answer.authenticated, ad);
    if (outcome == Outcome::NoError)
        QCOMPARE(answer.records.first().address.toString(), QStringLiteral("192.0.2.1"));
}

void tst_DnsMessage::txtStringsJoined()
{
    const QByteArray first(255, 'a');
    const QByteArray second("bc");
    const QByteArray rdata = char(255) + first + char(2) + second;
    const QByteArray other = QByteArray(1, char(3)) + "xyz";
    const QByteArray raw = header(0x8400, 2, "sel._domainkey.example.test", 16) + rr(kPtrToQuestion, 16, 60, rdata)
        + rr(kPtrToQuestion, 16, 60, other);
    const Message m = parseMessage(raw);
    QVERIFY2(m.valid, qPrintable(m.error));
    QCOMPARE(m.answers.size(), 2);
    QCOMPARE(m.answers.at(0).strings, (QList<QByteArray>{first, second}));
    QCOMPARE(m.answers.at(0).text, first + second);
    QCOMPARE(m.answers.at(0).name, QByteArray("sel._domainkey.example.test"));
    QCOMPARE(m.answers.at(1).text, QByteArray("xyz"));
}

void tst_DnsMessage::extendedRcodeFromOpt()
{
    // OPT: root name, TYPE 41, CLASS 1232, TTL = ext-rcode 1 -> RCODE 16 (BADVERS, RFC 6891 §9)
    const QByteArray opt = QByteArray(1, '\0') + u16(41) + u16(1232) + u16(0x0100) + u16(0) + u16(0);
    const QByteArray raw = header(0x8100, 0, "example.test", 1, 1) + opt;
    const Message m = parseMessage(raw);
    QVERIFY2(m.valid, qPrintable(m.error));
    QVERIFY(m.hasOpt);
    QCOMPARE(m.ednsUdpSize, quint16(1232));
    QCOMPARE(m.rcode, 16);
    QCOMPARE(rcodeName(m.rcode), QByteArray("RCODE16"));
}

void tst_DnsMessage::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    const QByteArray h = header(0x8400, 1, "example.test", 1);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short header") << QByteArray("\x12\x34\x84", 3);
    QTest::newRow("truncated question") << h.left(20);
    QTest::newRow("pointer loop") << (h + rr(QByteArray("\xc0\x1e", 2), 1, 1, QByteArray(4, 'x')));
    QTest::newRow("pointer to itself") << (u16(1) + u16(0x8400) + u16(1) + u16(0) + u16(0) + u16(0)
                                           + QByteArray("\xc0\x0c", 2) + u16(1) + u16(1));
    QTest::newRow("forward pointer") << (u16(1) + u16(0x8400) + u16(1) + u16(0) + u16(0) + u16(0)
                                         + QByteArray("\xc0\x20", 2) + u16(1) + u16(1) + QByteArray(40, '\0'));
    QTest::newRow("label past the end") << (h + QByteArray("\x3f" "abc", 4));
    QTest::newRow("rdlength past the end") << (h + kPtrToQuestion + u16(1) + u16(1) + u16(0) + u16(0) + u16(400) + "x");
    QTest::newRow("A with 3 bytes") << (h + rr(kPtrToQuestion, 1, 1, "abc"));
    QTest::newRow("TXT string longer than RDATA") << (h + rr(kPtrToQuestion, 16, 1, QByteArray("\x05" "ab", 3)));
    QTest::newRow("MX name overruns RDATA") << (h + rr(kPtrToQuestion, 15, 1, u16(10) + wireName("a.b") + "junk"));
    QTest::newRow("counts larger than data") << (u16(1) + u16(0x8400) + u16(0) + u16(65535) + u16(65535) + u16(65535));
    QTest::newRow("name over 255 octets")
        << (u16(1) + u16(0x8400) + u16(1) + u16(0) + u16(0) + u16(0)
            + QByteArray("\x3f" + QByteArray(63, 'a')).repeated(5) + '\0' + u16(1) + u16(1));
}

void tst_DnsMessage::malformed()
{
    QFETCH(QByteArray, raw);
    const Message m = parseMessage(raw);
    QVERIFY(!m.valid);
    QVERIFY(!m.error.isEmpty());
    Answer answer;
    answer.name = "example.test";
    fillAnswer(answer, m);
    QCOMPARE(answer.outcome, Outcome::OtherError); // never "no record"
}

void tst_DnsMessage::reverseNames_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("v4 (RFC 1035 3.5)") << QStringLiteral("192.0.2.25") << QByteArray("25.2.0.192.in-addr.arpa");
    QTest::newRow("v4 loopback") << QStringLiteral("127.0.0.1") << QByteArray("1.0.0.127.in-addr.arpa");
    QTest::newRow("v6 (RFC 3596 2.5)") << QStringLiteral("2001:db8::25")
                                       << QByteArray("5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    QTest::newRow("v6 loopback") << QStringLiteral("::1")
                                 << QByteArray("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa");
    QTest::newRow("not an address") << QStringLiteral("mail.example.test") << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void tst_DnsMessage::reverseNames()
{
    QFETCH(QString, ip);
    QFETCH(QByteArray, name);
    QCOMPARE(reverseName(QStringView(ip)), name);
}

void tst_DnsMessage::nameValidity_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("example.test") << true;
    QTest::newRow("trailing dot") << QByteArray("example.test.") << true;
    QTest::newRow("underscore labels") << QByteArray("_dmarc._domainkey.example.test") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("root only") << QByteArray(".") << false;
    QTest::newRow("empty label") << QByteArray("a..b") << false;
    QTest::newRow("label 63") << (QByteArray(63, 'a') + ".test") << true;
    QTest::newRow("label 64") << (QByteArray(64, 'a') + ".test") << false;
    QTest::newRow("name 253") << (QByteArray("a.").repeated(126) + "a") << true;
    QTest::newRow("name 255") << (QByteArray("a.").repeated(127) + "a") << false;
    QTest::newRow("NUL byte") << QByteArray("a\0b.test", 8) << false;
}

void tst_DnsMessage::nameValidity()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidQueryName(name), valid);
}

QTEST_GUILESS_MAIN(tst_DnsMessage)
#include "tst_dnsmessage.moc"
