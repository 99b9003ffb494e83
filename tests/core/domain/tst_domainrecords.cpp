// SPDX-License-Identifier: GPL-3.0-or-later
// Offline record checks of the domain audit: SPF terms (RFC 7208, core/auth's SpfSyntax), DMARC
// tags (RFC 7489, auth's DmarcRecord read by AuditRecords), DKIM key records (RFC 6376, RFC 8463),
// MTA-STS policies (RFC 8461), TLS-RPT (RFC 8460), BIMI SVG basics and the organizational domain
// (libpsl). Expected values come from the RFCs' own examples and grammar, and for keys from
// `openssl pkey -text` on the keys the test records were made from.
#include "auth/spf/SpfSyntax.h"
#include "domain/AuditRecords.h"
#include "domain/MtaStsPolicy.h"

#include <QFile>
#include <QTest>

using namespace Deliverbench::Domain;

namespace {
// made with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 | openssl pkey -pubout -outform DER | base64
// (openssl pkey -text: "Private-Key: (1024 bit, 2 primes)"); also published as rsa1024._domainkey.dkim.audit.test
const QByteArray kRsa1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC9XOmHj0lzEnECmxDNrNiL61voS6ETmTVZPn2wXJ1MSKE/v4wNuJVNIGy3ZhvI3TiB76wUsQ54/y/XHtZxlYfK7DKkmc3J2vcZq2dbOtL0WJqIouwS0ZKwe1hOtVDZSWm56J+qcOj3WNBG1IEeX5QfcMl6Y7SyemqEJiwXFpWKYwIDAQAB";
// openssl genpkey -algorithm ED25519 | openssl pkey -pubout -outform DER | tail -c 32 | base64 (RFC 8463 §4.2: raw key)
const QByteArray kEd25519 = "7es2yjc81jAhumyGw0hnQvCrh2zm0tRxWF9gb0S2xXU=";
} // namespace

class tst_DomainRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spfIsRecord_data();
    void spfIsRecord();
    void spfParse_data();
    void spfParse();
    void dmarcParse_data();
    void dmarcParse();
    void dkimKey_data();
    void dkimKey();
    void dkimPublishedTestKey();
    void mtaStsPolicy_data();
    void mtaStsPolicy();
    void mtaStsPattern_data();
    void mtaStsPattern();
    void tlsRptAndStsTxt_data();
    void tlsRptAndStsTxt();
    void bimiSvg_data();
    void bimiSvg();
    void orgDomain_data();
    void orgDomain();
};

void tst_DomainRecords::spfIsRecord_data()
{
    QTest::addColumn<QByteArray>("txt");
    QTest::addColumn<bool>("isSpf");
    QTest::newRow("bare version") << QByteArray("v=spf1") << true;
    QTest::newRow("with terms") << QByteArray("v=spf1 -all") << true;
    QTest::newRow("upper case (ABNF strings are case-insensitive)") << QByteArray("V=SPF1 -all") << true;
    QTest::newRow("v=spf10") << QByteArray("v=spf10 -all") << false;
    QTest::newRow("leading space") << QByteArray(" v=spf1 -all") << false;
    QTest::newRow("other TXT") << QByteArray("google-site-verification=abc") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_DomainRecords::spfIsRecord()
{
    QFETCH(QByteArray, txt);
    QFETCH(bool, isSpf);
    QCOMPARE(Deliverbench::Auth::isSpfRecord(txt), isSpf);
}

void tst_DomainRecords::spfParse_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QByteArray>("allQualifier"); // empty: no all

    // RFC 7208 Appendix A examples
    QTest::newRow("A: v=spf1 +all") << QByteArray("v=spf1 +all") << true << 0 << QByteArray("+");
    QTest::newRow("A: a -all") << QByteArray("v=spf1 a -all") << true << 1 << QByteArray("-");
    QTest::newRow("A: a:example.org -all") << QByteArray("v=spf1 a:example.org -all") << true << 1 << QByteArray("-");
    QTest::newRow("A: mx/30 mx:example.org/30") << QByteArray("v=spf1 mx/30 mx:example.org/30 -all") << true << 2 << QByteArray("-");
    QTest::newRow("A: ptr -all") << QByteArray("v=spf1 ptr -all") << true << 1 << QByteArray("-");
    QTest::newRow("A: ip4 /28") << QByteArray("v=spf1 ip4:192.0.2.128/28 -all") << true << 0 << QByteArray("-");
    QTest::newRow("A.4: macro exists") << QByteArray("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all") << true << 1 << QByteArray("-");
    QTest::newRow("dual cidr") << QByteArray("v=spf1 a//64 a:example.org/24//64 ~all") << true << 2 << QByteArray("~");
    QTest::newRow("ip6") << QByteArray("v=spf1 ip6:2001:db8::/32 ?all") << true << 0 << QByteArray("?");
    QTest::newRow("every costing term") << QByteArray("v=spf1 include:a.example a mx ptr exists:x.example ip4:192.0.2.1 redirect=b.example")
                                        << true << 6 << QByteArray();
    QTest::newRow("unknown modifier ok") << QByteArray("v=spf1 foo=bar -all") << true << 0 << QByteArray("-");
    QTest::newRow("ip4 octet 300") << QByteArray("v=spf1 ip4:192.0.2.300 -all") << false << 0 << QByteArray("-");
    QTest::newRow("ip4 three octets") << QByteArray("v=spf1 ip4:192.0.2 -all") << false << 0 << QByteArray("-");
    QTest::newRow("ip4 cidr 33") << QByteArray("v=spf1 ip4:192.0.2.0/33 -all") << false << 0 << QByteArray("-");
    QTest::newRow("ip6 cidr 129") << QByteArray("v=spf1 ip6:2001:db8::/129 -all") << false << 0 << QByteArray("-");
    QTest::newRow("ip6 given v4") << QByteArray("v=spf1 ip6:192.0.2.1 -all") << false << 0 << QByteArray("-");
    QTest::newRow("unknown mechanism") << QByteArray("v=spf1 foo:bar -all") << false << 0 << QByteArray("-");
    QTest::newRow("include without domain") << QByteArray("v=spf1 include -all") << false << 1 << QByteArray("-");
    QTest::newRow("all with argument") << QByteArray("v=spf1 all:x") << false << 0 << QByteArray("+");
    QTest::newRow("two redirects") << QByteArray("v=spf1 redirect=a.example redirect=b.example") << false << 2 << QByteArray();
    QTest::newRow("bad macro letter") << QByteArray("v=spf1 exists:%{q}.example -all") << false << 1 << QByteArray("-");
    QTest::newRow("numeric top label") << QByteArray("v=spf1 a:example.123 -all") << false << 1 << QByteArray("-");
    QTest::newRow("non-ASCII") << QByteArray("v=spf1 a:b\xc3\xa4r.example -all") << false << 1 << QByteArray("-");
}

void tst_DomainRecords::spfParse()
{
    QFETCH(QByteArray, record);
    QFETCH(bool, valid);
    QFETCH(int, lookups);
    QFETCH(QByteArray, allQualifier);
    using namespace Deliverbench::Auth;
    const SpfRecordSyntax r = parseSpfRecord(record);
    QVERIFY2(r.isValid() == valid, qPrintable(r.error));
    // the audit lists every term, each parsed on its own, and counts the lookup-costing ones
    const QList<SpfTermSyntax> terms = parseSpfTerms(record);
    int own = 0;
    QByteArray qualifier;
    bool termError = false;
    for (const SpfTermSyntax& t : terms) {
        own += t.countsLookup() ? 1 : 0;
        termError = termError || !t.error.isEmpty();
        if (qualifier.isEmpty() && t.kind == SpfTermSyntax::Kind::Mechanism && t.term.mechanism == SpfMechanism::All)
            qualifier = QByteArray(1, qualifierChar(t.term.qualifier));
    }
    QCOMPARE(own, lookups);
    QCOMPARE(qualifier, allQualifier);
    // a term error always makes the record invalid; "more than once" (§6) is a record-level error
    QVERIFY(!termError || !r.isValid());
}

void tst_DomainRecords::dmarcParse_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<bool>("isDmarc");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<int>("pct");
    QTest::addColumn<QByteArrayList>("ruaDomains");
    QTest::addColumn<int>("issues");

    using L = QByteArrayList;
    // RFC 7489 Appendix B.2 examples
    QTest::newRow("B.2.1 monitoring") << QByteArray("v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com") << true << false
                                      << QByteArray("none") << 100 << L{"example.com"} << 0;
    QTest::newRow("B.2.3 third party, size limit, pct")
        << QByteArray("v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net!10m; pct=25")
        << true << false << QByteArray("quarantine") << 25 << L{"example.com", "thirdparty.example.net"} << 0;
    QTest::newRow("no spaces") << QByteArray("v=DMARC1;p=reject;sp=none") << true << false << QByteArray("reject") << 100 << L{} << 0;
    QTest::newRow("v not first") << QByteArray("p=none; v=DMARC1") << false << true << QByteArray() << 100 << L{} << 1;
    QTest::newRow("DMARC2") << QByteArray("v=DMARC2; p=none") << false << true << QByteArray() << 100 << L{} << 1;
    QTest::newRow("lower-case version") << QByteArray("v=dmarc1; p=none") << false << true << QByteArray() << 100 << L{} << 1;
    QTest::newRow("bad p is fatal") << QByteArray("v=DMARC1; p=block") << true << true << QByteArray() << 100 << L{} << 1;
    QTest::newRow("p missing, rua given: none") << QByteArray("v=DMARC1; rua=mailto:a@example.com") << true << false
                                                << QByteArray("none") << 100 << L{"example.com"} << 1;
    QTest::newRow("bad optional tags") << QByteArray("v=DMARC1; p=reject; pct=150; adkim=x; fo=2; rua=a@example.com") << true << false
                                       << QByteArray("reject") << 100 << L{} << 4;
}

void tst_DomainRecords::dmarcParse()
{
    QFETCH(QByteArray, record);
    QFETCH(bool, isDmarc);
    QFETCH(bool, fatal);
    QFETCH(QByteArray, policy);
    QFETCH(int, pct);
    QFETCH(QByteArrayList, ruaDomains);
    QFETCH(int, issues);
    QCOMPARE(Deliverbench::Auth::isDmarcRecord(record), isDmarc);
    const Deliverbench::Auth::DmarcRecord r = Deliverbench::Auth::parseDmarcRecord(record);
    const QList<DmarcIssue> found = dmarcIssues(r);
    bool anyFatal = false;
    QStringList messages;
    for (const auto& i : found) {
        anyFatal = anyFatal || i.fatal;
        messages << i.message;
    }
    QCOMPARE(anyFatal, fatal);
    QCOMPARE(!r.isUsable(), fatal);
    QCOMPARE(dmarcEffectivePolicy(r), policy);
    QCOMPARE(r.pct, pct);
    QCOMPARE(QByteArrayList(dmarcReportDomains(r.rua)), ruaDomains);
    QVERIFY2(found.size() == issues, qPrintable(messages.join(QStringLiteral(" | "))));
}

void tst_DomainRecords::dkimKey_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("testing");
    QTest::addColumn<bool>("syntaxOk");
    QTest::addColumn<bool>("email");

    QTest::newRow("rsa 1024") << "v=DKIM1; k=rsa; p=" + kRsa1024 << QByteArray("rsa") << 1024 << false << false << true << true;
    QTest::newRow("k defaults to rsa, FWS in p") << "p=" + kRsa1024.left(60) + " \t" + kRsa1024.mid(60) << QByteArray("rsa") << 1024 << false
                                                 << false << true << true;
    QTest::newRow("ed25519 raw key") << "v=DKIM1; k=ed25519; p=" + kEd25519 << QByteArray("ed25519") << 256 << false << false << true << true;
    QTest::newRow("revoked") << QByteArray("v=DKIM1; p=") << QByteArray() << 0 << true << false << true << true;
    QTest::newRow("testing flag") << "v=DKIM1; t=y:s; p=" + kRsa1024 << QByteArray("rsa") << 1024 << false << true << true << true;
    QTest::newRow("s=email") << "s=email; p=" + kRsa1024 << QByteArray("rsa") << 1024 << false << false << true << true;
    QTest::newRow("s=tlsrpt") << "s=tlsrpt; p=" + kRsa1024 << QByteArray("rsa") << 1024 << false << false << true << false;
    QTest::newRow("bad base64") << QByteArray("v=DKIM1; p=MIIB!!") << QByteArray() << 0 << false << false << false << true;
    QTest::newRow("truncated key") << "v=DKIM1; p=" + kRsa1024.left(100) << QByteArray() << 0 << false << false << false << true;
    QTest::newRow("no p") << QByteArray("v=DKIM1; k=rsa") << QByteArray() << 0 << false << false << false << true;
    // RFC 6376 §3.6.1: v= MUST be the first tag, else the record is discarded: no key is reported
    QTest::newRow("v not first") << "k=rsa; v=DKIM1; p=" + kRsa1024 << QByteArray() << 0 << false << false << false << true;
    QTest::newRow("k=ed25519 holding an RSA key") << "v=DKIM1; k=ed25519; p=" + kRsa1024 << QByteArray("rsa") << 1024 << false << false << true << true;
    QTest::newRow("duplicate tag") << "v=DKIM1; p=" + kRsa1024 + "; p=" + kRsa1024 << QByteArray() << 0 << false << false << false << true;
}

void tst_DomainRecords::dkimKey()
{
    QFETCH(QByteArray, record);
    QFETCH(QByteArray, type);
    QFETCH(int, bits);
    QFETCH(bool, revoked);
    QFETCH(bool, testing);
    QFETCH(bool, syntaxOk);
    QFETCH(bool, email);
    const DkimKeyCheck k = checkDkimKey(record);
    QCOMPARE(k.key.type, type);
    QCOMPARE(k.key.bits, bits);
    QCOMPARE(k.record.revoked, revoked);
    QCOMPARE(k.record.testing, testing);
    QVERIFY2(k.syntaxError().isEmpty() == syntaxOk, qPrintable(k.syntaxError()));
    if (k.parsed())
        QCOMPARE(k.record.allowsEmail(), email);
}

void tst_DomainRecords::dkimPublishedTestKey()
{
    // the resolver fixture's sel1 key: openssl rsa -in dkim/sel1.private.pem -text says 2048 bit
    QFile file(QStringLiteral(PROJECT_SOURCE_DIR "/tests/support/test-servers/templates/dns/dkim/sel1.dkim-txt-value.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DkimKeyCheck k = checkDkimKey(file.readAll().trimmed());
    QCOMPARE(k.key.type, QByteArray("rsa"));
    QCOMPARE(k.key.bits, 2048);
}

void tst_DomainRecords::mtaStsPolicy_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<qint64>("maxAge");
    QTest::addColumn<int>("mxCount");
    // RFC 8461 §3.2 example
    QTest::newRow("RFC 8461 example") << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\n"
                                                    "mx: backupmx.example.com\r\nmax_age: 604800\r\n")
                                      << true << QByteArray("enforce") << qint64(604800) << 3;
    QTest::newRow("LF only, extension key") << QByteArray("version: STSv1\nmode: testing\nmx: a.example\nmax_age: 86400\nfoo: bar\n") << true
                                            << QByteArray("testing") << qint64(86400) << 1;
    QTest::newRow("mode none without mx") << QByteArray("version: STSv1\nmode: none\nmax_age: 86400\n") << true << QByteArray("none")
                                          << qint64(86400) << 0;
    QTest::newRow("enforce without mx") << QByteArray("version: STSv1\nmode: enforce\nmax_age: 86400\n") << false << QByteArray("enforce")
                                        << qint64(86400) << 0;
    QTest::newRow("max_age over a year") << QByteArray("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 31557601\n") << false
                                         << QByteArray("enforce") << qint64(-1) << 1;
    QTest::newRow("wrong version") << QByteArray("version: STSv2\nmode: enforce\nmx: a.example\nmax_age: 1\n") << false
                                   << QByteArray("enforce") << qint64(1) << 1;
    QTest::newRow("bad mode") << QByteArray("version: STSv1\nmode: strict\nmx: a.example\nmax_age: 1\n") << false << QByteArray("strict")
                              << qint64(1) << 1;
    QTest::newRow("HTML error page") << QByteArray("<html><body>Not here</body></html>") << false << QByteArray() << qint64(-1) << 0;
}

void tst_DomainRecords::mtaStsPolicy()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(QByteArray, mode);
    QFETCH(qint64, maxAge);
    QFETCH(int, mxCount);
    const MtaStsPolicy p = MtaStsPolicy::parse(body);
    QVERIFY2(p.isValid() == valid, qPrintable(p.errors.join(QStringLiteral("; "))));
    QCOMPARE(p.mode, mode);
    QCOMPARE(p.maxAge, maxAge);
    QCOMPARE(p.mx.size(), mxCount);
}

void tst_DomainRecords::mtaStsPattern_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("matches");
    // RFC 8461 §4.1: "*.example.com" matches "mx.example.com" but not "example.com" nor "a.b.example.com"
    QTest::newRow("wildcard one label") << QByteArray("*.example.com") << QByteArray("mx.example.com") << true;
    QTest::newRow("wildcard not apex") << QByteArray("*.example.com") << QByteArray("example.com") << false;
    QTest::newRow("wildcard not two labels") << QByteArray("*.example.com") << QByteArray("a.b.example.com") << false;
    QTest::newRow("exact, case, trailing dot") << QByteArray("mail.example.com") << QByteArray("MAIL.example.com.") << true;
    QTest::newRow("exact mismatch") << QByteArray("mail.example.com") << QByteArray("mail2.example.com") << false;
}

void tst_DomainRecords::mtaStsPattern()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, host);
    QFETCH(bool, matches);
    QCOMPARE(MtaStsPolicy::patternMatches(pattern, host), matches);
}

void tst_DomainRecords::tlsRptAndStsTxt_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("txt");
    QTest::addColumn<bool>("recognised");
    QTest::addColumn<bool>("valid");
    // RFC 8460 §3.1 examples
    QTest::newRow("TLSRPT mailto") << QByteArray("tlsrpt") << QByteArray("v=TLSRPTv1;rua=mailto:reports@example.com") << true << true;
    QTest::newRow("TLSRPT https") << QByteArray("tlsrpt") << QByteArray("v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt") << true << true;
    QTest::newRow("TLSRPT ftp") << QByteArray("tlsrpt") << QByteArray("v=TLSRPTv1; rua=ftp://x.example/") << true << false;
    QTest::newRow("TLSRPT no rua") << QByteArray("tlsrpt") << QByteArray("v=TLSRPTv1;") << true << false;
    QTest::newRow("TLSRPT other") << QByteArray("tlsrpt") << QByteArray("v=spf1 -all") << false << false;
    // RFC 8461 §3.1 example
    QTest::newRow("STS example") << QByteArray("sts") << QByteArray("v=STSv1; id=20160831085700Z;") << true << true;
    QTest::newRow("STS id too long") << QByteArray("sts") << QByteArray("v=STSv1; id=123456789012345678901234567890123") << true << false;
    QTest::newRow("STS id punctuation") << QByteArray("sts") << QByteArray("v=STSv1; id=2016-08-31") << true << false;
}

void tst_DomainRecords::tlsRptAndStsTxt()
{
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, txt);
    QFETCH(bool, recognised);
    QFETCH(bool, valid);
    if (kind == "tlsrpt") {
        QCOMPARE(TlsRptRecord::isTlsRpt(txt), recognised);
        if (recognised)
            QCOMPARE(TlsRptRecord::parse(txt).errors.isEmpty(), valid);
    } else {
        QCOMPARE(MtaStsTxt::isMtaSts(txt), recognised);
        QCOMPARE(MtaStsTxt::parse(txt).errors.isEmpty(), valid);
    }
}

void tst_DomainRecords::bimiSvg_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<bool>("tinyPs");
    QTest::addColumn<bool>("square");
    QTest::addColumn<bool>("script");
    QTest::addColumn<int>("externalRefs");
    QTest::addColumn<bool>("title");

    const QByteArray head = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ";
    QTest::newRow("good tiny-ps") << head + "version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0 0 64 64\"><title>B</title></svg>" << true << true
                                  << true << false << 0 << true;
    QTest::newRow("svg 1.1") << head + "version=\"1.1\" viewBox=\"0 0 64 64\"><title>B</title></svg>" << true << false << true << false << 0 << true;
    QTest::newRow("not square") << head + "version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0,0,100,50\"><title>B</title></svg>" << true << true
                                << false << false << 0 << true;
    QTest::newRow("script element") << head + "version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0 0 1 1\"><title>B</title><script>x</script></svg>"
                                    << true << true << true << true << 0 << true;
    QTest::newRow("onload attribute") << head + "version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0 0 1 1\" onload=\"x()\"><title>B</title></svg>"
                                      << true << true << true << true << 0 << true;
    QTest::newRow("external href") << head + "version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0 0 1 1\"><title>B</title>"
                                             "<use xlink:href=\"https://x.example/a.svg#i\"/><use xlink:href=\"#local\"/></svg>"
                                   << true << true << true << false << 1 << true;
    QTest::newRow("no title") << head + "version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0 0 1 1\"></svg>" << true << true << true << false << 0
                              << false;
    QTest::newRow("not svg") << QByteArray("<html><body/></html>") << false << false << false << false << 0 << false;
    QTest::newRow("truncated") << head + "version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0 0 1 1\"><title>B" << false << true << true << false
                               << 0 << true;
}

void tst_DomainRecords::bimiSvg()
{
    QFETCH(QByteArray, svg);
    QFETCH(bool, wellFormed);
    QFETCH(bool, tinyPs);
    QFETCH(bool, square);
    QFETCH(bool, script);
    QFETCH(int, externalRefs);
    QFETCH(bool, title);
    const BimiSvgCheck c = BimiSvgCheck::check(svg);
    QCOMPARE(c.wellFormed, wellFormed);
    QCOMPARE(c.tinyPs, tinyPs);
    QCOMPARE(c.square, square);
    QCOMPARE(c.hasScript, script);
    QCOMPARE(int(c.externalRefs.size()), externalRefs);
    QCOMPARE(c.hasTitle, title);
}

void tst_DomainRecords::orgDomain_data()
{
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArray>("org");
    // the Public Suffix List's own test vectors (publicsuffix.org test_psl.txt) for these cases
    QTest::newRow("example.com") << QByteArray("www.example.com") << QByteArray("example.com");
    QTest::newRow("co.uk") << QByteArray("a.b.example.co.uk") << QByteArray("example.co.uk");
    QTest::newRow("public suffix itself") << QByteArray("co.uk") << QByteArray("co.uk");
    QTest::newRow("unlisted TLD: implicit * rule") << QByteArray("x.good.audit.test") << QByteArray("audit.test");
    QTest::newRow("case and trailing dot") << QByteArray("Mail.Example.COM.") << QByteArray("example.com");
}

void tst_DomainRecords::orgDomain()
{
    QFETCH(QByteArray, domain);
    QFETCH(QByteArray, org);
    QCOMPARE(organizationalDomain(domain), org);
    QVERIFY(!publicSuffixListSource().isEmpty());
}

QTEST_GUILESS_MAIN(tst_DomainRecords)
#include "tst_domainrecords.moc"
