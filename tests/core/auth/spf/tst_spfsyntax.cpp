// SPDX-License-Identifier: GPL-3.0-or-later
// SPF record and macro parser (RFC 7208 §4.6, §5, §7): the RFC 7208 §7.4 macro examples and
// hand-written syntax cases.
#include "auth/spf/SpfSyntax.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Deliverbench::Auth;

class tst_SpfSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfcMacroExamples_data()
    {
        QTest::addColumn<QByteArray>("macro");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QByteArray>("expected");
        const QString v4 = QStringLiteral("192.0.2.3");
        QTest::newRow("s") << QByteArray("%{s}") << v4 << QByteArray("strong-bad@email.example.com");
        QTest::newRow("o") << QByteArray("%{o}") << v4 << QByteArray("email.example.com");
        QTest::newRow("d") << QByteArray("%{d}") << v4 << QByteArray("email.example.com");
        QTest::newRow("d4") << QByteArray("%{d4}") << v4 << QByteArray("email.example.com");
        QTest::newRow("d3") << QByteArray("%{d3}") << v4 << QByteArray("email.example.com");
        QTest::newRow("d2") << QByteArray("%{d2}") << v4 << QByteArray("example.com");
        QTest::newRow("d1") << QByteArray("%{d1}") << v4 << QByteArray("com");
        QTest::newRow("dr") << QByteArray("%{dr}") << v4 << QByteArray("com.example.email");
        QTest::newRow("d2r") << QByteArray("%{d2r}") << v4 << QByteArray("example.email");
        QTest::newRow("l") << QByteArray("%{l}") << v4 << QByteArray("strong-bad");
        QTest::newRow("l-") << QByteArray("%{l-}") << v4 << QByteArray("strong.bad");
        QTest::newRow("lr") << QByteArray("%{lr}") << v4 << QByteArray("strong-bad");
        QTest::newRow("lr-") << QByteArray("%{lr-}") << v4 << QByteArray("bad.strong");
        QTest::newRow("l1r-") << QByteArray("%{l1r-}") << v4 << QByteArray("strong");
        QTest::newRow("ir v d2") << QByteArray("%{ir}.%{v}._spf.%{d2}") << v4 << QByteArray("3.2.0.192.in-addr._spf.example.com");
        QTest::newRow("lr- lp d2") << QByteArray("%{lr-}.lp._spf.%{d2}") << v4 << QByteArray("bad.strong.lp._spf.example.com");
        QTest::newRow("lr- ir v d2") << QByteArray("%{lr-}.lp.%{ir}.%{v}._spf.%{d2}") << v4
                                     << QByteArray("bad.strong.lp.3.2.0.192.in-addr._spf.example.com");
        QTest::newRow("ir v l1r- d2") << QByteArray("%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}") << v4
                                      << QByteArray("3.2.0.192.in-addr.strong.lp._spf.example.com");
        QTest::newRow("d2 trusted") << QByteArray("%{d2}.trusted-domains.example.net") << v4
                                    << QByteArray("example.com.trusted-domains.example.net");
        QTest::newRow("ipv6 ir v d2") << QByteArray("%{ir}.%{v}._spf.%{d2}") << QStringLiteral("2001:db8::cb01")
                                      << QByteArray("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com");
        QTest::newRow("escapes") << QByteArray("a%%b%_c%-d") << v4 << QByteArray("a%b c%20d");
        QTest::newRow("url-escape upper") << QByteArray("%{S}") << v4 << QByteArray("strong-bad%40email.example.com");
    }
    void rfcMacroExamples()
    {
        QFETCH(QByteArray, macro);
        QFETCH(QString, ip);
        QFETCH(QByteArray, expected);
        SpfMacroContext ctx;
        ctx.sender = "strong-bad@email.example.com";
        ctx.localPart = "strong-bad";
        ctx.senderDomain = "email.example.com";
        ctx.domain = "email.example.com";
        ctx.ip = QHostAddress(ip);
        bool ok = false;
        QCOMPARE(expandMacroString(macro, ctx, false, &ok), expected);
        QVERIFY(ok);
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("terms");
        QTest::newRow("minimal") << QByteArray("v=spf1") << true << 0;
        QTest::newRow("typical") << QByteArray("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com mx a:x.example.com/28//64 -all") << true << 6;
        QTest::newRow("upper case") << QByteArray("V=SPF1 A MX -ALL") << true << 3;
        QTest::newRow("extra spaces") << QByteArray("v=spf1  a   -all  ") << true << 2;
        QTest::newRow("unknown modifier kept") << QByteArray("v=spf1 foo=bar -all") << true << 2;
        QTest::newRow("redirect exp") << QByteArray("v=spf1 redirect=_spf.example.com exp=exp.%{d}") << true << 0;
        QTest::newRow("no version") << QByteArray("spf1 -all") << false << 0;
        QTest::newRow("v=spf10") << QByteArray("v=spf10 -all") << false << 0;
        QTest::newRow("unknown mechanism") << QByteArray("v=spf1 foo -all") << false << 0;
        QTest::newRow("two redirects") << QByteArray("v=spf1 redirect=a.example redirect=b.example") << false << 0;
        QTest::newRow("ip4 leading zero") << QByteArray("v=spf1 ip4:192.0.02.1") << false << 0;
        QTest::newRow("ip4 cidr 33") << QByteArray("v=spf1 ip4:192.0.2.1/33") << false << 0;
        QTest::newRow("ip4 cidr leading zero") << QByteArray("v=spf1 ip4:192.0.2.1/024") << false << 0;
        QTest::newRow("ip6 as ip4") << QByteArray("v=spf1 ip4:2001:db8::1") << false << 0;
        QTest::newRow("ip6 cidr 129") << QByteArray("v=spf1 ip6:2001:db8::/129") << false << 0;
        QTest::newRow("all with arg") << QByteArray("v=spf1 -all:foo") << false << 0;
        QTest::newRow("include without domain") << QByteArray("v=spf1 include -all") << false << 0;
        QTest::newRow("numeric toplabel") << QByteArray("v=spf1 a:foo.123 -all") << false << 0;
        QTest::newRow("single label") << QByteArray("v=spf1 a:museum -all") << false << 0;
        QTest::newRow("macro toplabel") << QByteArray("v=spf1 exists:%{i}.%{d} -all") << true << 2;
        QTest::newRow("bad macro letter") << QByteArray("v=spf1 exists:%{x}.example.com") << false << 0;
        QTest::newRow("exp-only letter") << QByteArray("v=spf1 exists:%{c}.example.com") << false << 0;
        QTest::newRow("d0") << QByteArray("v=spf1 exists:%{d0}.example.com") << false << 0;
        QTest::newRow("bare percent") << QByteArray("v=spf1 a:%d.example.com") << false << 0;
        QTest::newRow("qualified modifier") << QByteArray("v=spf1 -redirect=example.com") << false << 0;
        QTest::newRow("tab") << QByteArray("v=spf1 a\t-all") << false << 0;
        QTest::newRow("utf-8") << QByteArray("v=spf1 a:ex\xc3\xa4mple.com -all") << false << 0;
    }
    void records()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, valid);
        QFETCH(int, terms);
        const SpfRecordSyntax r = parseSpfRecord(record);
        QCOMPARE(r.isValid(), valid);
        if (valid)
            QCOMPARE(int(r.terms.size()), terms);
        else
            QVERIFY(!r.error.isEmpty());
    }

    void termDetails()
    {
        const SpfRecordSyntax r = parseSpfRecord("v=spf1 ~a:x.example.com/28//64 ?mx//0 ip4:10.0.0.0/8 +ip6:2001:db8::/32");
        QVERIFY(r.isValid());
        QCOMPARE(r.terms.size(), 4);
        QCOMPARE(r.terms.at(0).qualifier, SpfQualifier::SoftFail);
        QCOMPARE(r.terms.at(0).domainSpec, QByteArray("x.example.com"));
        QCOMPARE(r.terms.at(0).cidr4, 28);
        QCOMPARE(r.terms.at(0).cidr6, 64);
        QCOMPARE(r.terms.at(1).mechanism, SpfMechanism::Mx);
        QCOMPARE(r.terms.at(1).qualifier, SpfQualifier::Neutral);
        QCOMPARE(r.terms.at(1).cidr4, 32);
        QCOMPARE(r.terms.at(1).cidr6, 0);
        QCOMPARE(r.terms.at(2).network, QHostAddress(QStringLiteral("10.0.0.0")));
        QCOMPARE(r.terms.at(2).cidr4, 8);
        QCOMPARE(r.terms.at(3).cidr6, 32);
    }

    void targetNames()
    {
        bool valid = false;
        QCOMPARE(spfTargetName("example.com.", &valid), QByteArray("example.com"));
        QVERIFY(valid);
        spfTargetName("a..example.com", &valid);
        QVERIFY(!valid);
        // over 253 octets: labels dropped from the left (RFC 7208 §7.3)
        QByteArray longName;
        for (int i = 0; i < 30; ++i)
            longName += "label" + QByteArray::number(i) + '.';
        longName += "example.com";
        const QByteArray t = spfTargetName(longName, &valid);
        QVERIFY(valid);
        QVERIFY(t.size() <= 253);
        QVERIFY(t.endsWith(".example.com"));
        QVERIFY(longName.endsWith(t));
        QVERIFY(!isSpfDomain("localhost"));
        QVERIFY(isSpfDomain("example.com."));
    }

    void hostileInput()
    {
        // bounded: a huge record and a macro bomb finish quickly with an error or a bounded output
        QByteArray big = "v=spf1";
        for (int i = 0; i < 20000; ++i)
            big += " ip4:192.0.2.1";
        QElapsedTimer timer;
        timer.start();
        const SpfRecordSyntax r = parseSpfRecord(big);
        QVERIFY(!r.isValid()); // over kMaxSpfRecordBytes
        QVERIFY(timer.elapsed() < 5000);
        SpfMacroContext ctx;
        ctx.domain = QByteArray(4000, 'a');
        QByteArray bomb;
        for (int i = 0; i < 1000; ++i)
            bomb += "%{d}";
        bool ok = false;
        QVERIFY(expandMacroString(bomb, ctx, false, &ok).size() <= kMaxMacroOutput);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(tst_SpfSyntax)
#include "tst_spfsyntax.moc"
