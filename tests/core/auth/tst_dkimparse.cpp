// SPDX-License-Identifier: GPL-3.0-or-later
// DKIM-Signature tag list and key record parsing (RFC 6376 §3.2, §3.5, §3.6.1).
#include "auth/dkim/DkimKeyRecord.h"
#include "auth/dkim/DkimSignature.h"
#include "auth/dkim/DkimTagList.h"

#include <QTest>

using namespace Deliverbench::Auth;

class tst_DkimParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagList_data();
    void tagList();
    void tagListPositions();
    void tagListBounded();
    void signature_data();
    void signature();
    void signatureFields();
    void keyRecord_data();
    void keyRecord();
    void base64_data();
    void base64();
};

void tst_DkimParse::tagList_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("names");   // comma-joined
    QTest::addColumn<QByteArray>("values");  // "|"-joined

    QTest::newRow("simple") << QByteArray("a=1; b=2") << true << QByteArray("a,b") << QByteArray("1|2");
    QTest::newRow("trailing semicolon") << QByteArray("a=1;") << true << QByteArray("a") << QByteArray("1");
    QTest::newRow("empty list") << QByteArray("  ") << true << QByteArray() << QByteArray();
    QTest::newRow("FWS around everything") << QByteArray(" a \r\n\t= x y \r\n ;\tb=") << true << QByteArray("a,b")
                                           << QByteArray("x y|");
    QTest::newRow("underscore and digits in name") << QByteArray("x_1=v") << true << QByteArray("x_1") << QByteArray("v");
    QTest::newRow("empty tag-spec ;;") << QByteArray("a=1;;b=2") << false << QByteArray() << QByteArray();
    QTest::newRow("missing =") << QByteArray("a=1; t; p=x") << false << QByteArray() << QByteArray();
    QTest::newRow("name starts with digit") << QByteArray("1a=1") << false << QByteArray() << QByteArray();
    QTest::newRow("duplicate tag") << QByteArray("a=1; a=2") << false << QByteArray() << QByteArray();
    QTest::newRow("case-sensitive names are distinct") << QByteArray("a=1; A=2") << true << QByteArray("a,A")
                                                       << QByteArray("1|2");
    QTest::newRow("control char in value") << QByteArray("a=1\x01") << false << QByteArray() << QByteArray();
    QTest::newRow("value with = (base64 padding)") << QByteArray("p=AB==") << true << QByteArray("p")
                                                   << QByteArray("AB==");
}

void tst_DkimParse::tagList()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, names);
    QFETCH(QByteArray, values);
    DkimTagList list;
    DkimProblem problem;
    QCOMPARE(parseDkimTagList(text, &list, &problem), ok);
    if (!ok) {
        QCOMPARE(problem.code, QByteArray("DKIM.SYNTAX"));
        QVERIFY(!problem.text.isEmpty());
        return;
    }
    QByteArrayList n;
    QByteArrayList v;
    for (const DkimTag& t : list.tags) {
        n << t.name;
        v << t.value;
    }
    QCOMPARE(n.join(','), names);
    QCOMPARE(v.join('|'), values);
}

void tst_DkimParse::tagListPositions()
{
    const QByteArray text = "v=1; b= ab\r\n cd ; d=x";
    DkimTagList list;
    QVERIFY(parseDkimTagList(text, &list, nullptr));
    const DkimTag* b = list.find("b");
    QVERIFY(b);
    QCOMPARE(text.mid(b->nameOffset, 1), QByteArray("b"));
    QCOMPARE(text.mid(b->valueOffset, b->valueEnd - b->valueOffset), QByteArray(" ab\r\n cd "));
    QCOMPARE(b->value, QByteArray("ab\r\n cd"));
    QCOMPARE(dkimStripFws(b->value), QByteArray("abcd"));
}

void tst_DkimParse::tagListBounded()
{
    QByteArray many;
    for (int i = 0; i < 300; ++i)
        many += QByteArray("t" + QByteArray::number(i) + "=x;");
    DkimTagList list;
    DkimProblem problem;
    QVERIFY(!parseDkimTagList(many, &list, &problem, 256));
    QVERIFY(problem.text.contains(QStringLiteral("256")));
    // a long hostile value is linear and accepted
    QVERIFY(parseDkimTagList(QByteArray("a=" + QByteArray(1 << 20, 'x')), &list, nullptr));
}

static const QByteArray kSigBase = "v=1; a=rsa-sha256; c=relaxed/simple; d=example.com; s=sel; h=from:to; bh=AAAA; b=AAAA";

static QByteArray sigWith(const char* extra)
{
    return kSigBase + QByteArray(extra);
}

void tst_DkimParse::signature_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("code"); // empty: parses

    QTest::newRow("valid") << kSigBase << QByteArray();
    QTest::newRow("missing v") << QByteArray("a=rsa-sha256; d=example.com; s=sel; h=from; bh=AAAA; b=AAAA")
                               << QByteArray("DKIM.MISSING_TAG");
    QTest::newRow("missing bh") << QByteArray("v=1; a=rsa-sha256; d=example.com; s=sel; h=from; b=AAAA")
                                << QByteArray("DKIM.MISSING_TAG");
    QTest::newRow("v=2") << QByteArray(kSigBase).replace("v=1", "v=2") << QByteArray("DKIM.VERSION");
    QTest::newRow("v=0.5 draft") << QByteArray(kSigBase).replace("v=1", "v=0.5") << QByteArray("DKIM.VERSION");
    QTest::newRow("a=rsa-md5") << QByteArray(kSigBase).replace("rsa-sha256", "rsa-md5")
                               << QByteArray("DKIM.ALGORITHM_UNKNOWN");
    QTest::newRow("a=ed25519-sha256") << QByteArray(kSigBase).replace("rsa-sha256", "ed25519-sha256") << QByteArray();
    QTest::newRow("a=rsa-sha1 parses") << QByteArray(kSigBase).replace("rsa-sha256", "rsa-sha1") << QByteArray();
    QTest::newRow("c=future") << QByteArray(kSigBase).replace("relaxed/simple", "future")
                              << QByteArray("DKIM.CANONICALIZATION_UNKNOWN");
    QTest::newRow("d= with parenthesis (dkimpy baddomain)")
        << QByteArray(kSigBase).replace("d=example.com", "d=legitimate.com(.attacker.com")
        << QByteArray("DKIM.DOMAIN_INVALID");
    QTest::newRow("d= empty") << QByteArray(kSigBase).replace("d=example.com", "d=") << QByteArray("DKIM.DOMAIN_INVALID");
    QTest::newRow("h= without from") << QByteArray(kSigBase).replace("h=from:to", "h=to:subject")
                                     << QByteArray("DKIM.FROM_NOT_SIGNED");
    QTest::newRow("h= From in other case") << QByteArray(kSigBase).replace("h=from:to", "h=To : FROM") << QByteArray();
    QTest::newRow("i= in d=") << sigWith("; i=joe@example.com") << QByteArray();
    QTest::newRow("i= in a subdomain") << sigWith("; i=@mail.Example.COM") << QByteArray();
    QTest::newRow("i= outside d=") << sigWith("; i=jon@example.org") << QByteArray("DKIM.IDENTITY_MISMATCH");
    QTest::newRow("i= suffix but not subdomain") << sigWith("; i=jon@badexample.com")
                                                 << QByteArray("DKIM.IDENTITY_MISMATCH");
    QTest::newRow("i= quoted-printable =2E") << sigWith("; i=jlong@example=2Ecom") << QByteArray();
    QTest::newRow("i= without @") << sigWith("; i=example.com") << QByteArray("DKIM.SYNTAX");
    QTest::newRow("q=dns/txt") << sigWith("; q=dns/txt") << QByteArray();
    QTest::newRow("q= list with dns/txt (Mail::DKIM 83176)") << sigWith("; q=foo/bar:dns/txt:exam/ple") << QByteArray();
    QTest::newRow("q=http") << sigWith("; q=http") << QByteArray("DKIM.QUERY_METHOD");
    QTest::newRow("l= not a number") << sigWith("; l=12a") << QByteArray("DKIM.SYNTAX");
    QTest::newRow("x before t") << sigWith("; t=200; x=100") << QByteArray("DKIM.SYNTAX");
    QTest::newRow("bad base64 in b") << QByteArray(kSigBase).replace("b=AAAA", "b=AA!A") << QByteArray("DKIM.SYNTAX");
    QTest::newRow("folded b and bh") << QByteArray(kSigBase).replace("b=AAAA", "b=AA\r\n\tAA") << QByteArray();
    QTest::newRow("tag-list syntax") << sigWith(";;") << QByteArray("DKIM.SYNTAX");
    QTest::newRow("unknown tag ignored") << sigWith("; zz=whatever") << QByteArray();
}

void tst_DkimParse::signature()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, code);
    const auto sig = parseDkimSignature(value);
    if (code.isEmpty()) {
        QVERIFY2(sig.has_value(), sig ? "" : qPrintable(sig.error().text));
    } else {
        QVERIFY(!sig.has_value());
        QCOMPARE(sig.error().code, code);
        QVERIFY(!sig.error().reference.isEmpty());
    }
}

void tst_DkimParse::signatureFields()
{
    const auto sig = parseDkimSignature("v=1; a=ed25519-sha256; c=relaxed; d=Example.com; s=brisbane;\r\n"
                                        " h=from : subject:from; l=42; t=100; x=200; i=jlong@example=2Ecom;\r\n"
                                        " bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=; b=AAAA");
    QVERIFY(sig);
    QCOMPARE(sig->algorithm, DkimAlgorithm::Ed25519Sha256);
    QCOMPARE(sig->headerCanon, DkimCanon::Relaxed);
    QCOMPARE(sig->bodyCanon, DkimCanon::Simple); // "c=relaxed" means relaxed/simple (RFC 6376 §3.5)
    QCOMPARE(sig->signedHeaders, (QList<QByteArray>{"from", "subject", "from"}));
    QCOMPARE(sig->bodyLength, 42);
    QCOMPARE(sig->timestamp, 100);
    QCOMPARE(sig->expiration, 200);
    QCOMPARE(sig->identity, QByteArray("jlong@example.com"));
    QCOMPARE(sig->keyName(), QByteArray("brisbane._domainkey.Example.com"));
    QCOMPARE(sig->bodyHash.size(), 32);

    const auto huge = parseDkimSignature(sigWith("; l=99999999999999999999999999999"));
    QVERIFY(huge);
    QCOMPARE(huge->bodyLength, std::numeric_limits<qint64>::max());
    const auto noI = parseDkimSignature(kSigBase);
    QCOMPARE(noI->identity, QByteArray("@example.com"));
}

void tst_DkimParse::keyRecord_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("email");
    QTest::addColumn<QByteArray>("flags");

    const QByteArray p = "p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBALgSoqXVSEmfcIsOzw7oRuCCOwsmtX/SJnTWxYyj2leFxfS/AVJ+dYfY+hXqMsT7l+MZvvh/R1WzN4MO/kI/7XsCAwEAAQ==";
    QTest::newRow("minimal") << p << QByteArray() << false << true << QByteArray();
    QTest::newRow("v first") << QByteArray("v=DKIM1; k=rsa; " + p) << QByteArray() << false << true << QByteArray();
    QTest::newRow("v not first") << QByteArray("k=rsa; v=DKIM1; " + p) << QByteArray("DKIM.KEY_SYNTAX") << false << true << QByteArray();
    QTest::newRow("v=DKIM3") << QByteArray("v=DKIM3; " + p) << QByteArray("DKIM.KEY_SYNTAX") << false << true << QByteArray();
    QTest::newRow("v=DKIM1: (dkimpy badversion)") << QByteArray("v=DKIM1:; " + p) << QByteArray("DKIM.KEY_SYNTAX") << false << true
                                                  << QByteArray();
    QTest::newRow("revoked") << QByteArray("v=DKIM1; p=") << QByteArray() << true << true << QByteArray();
    QTest::newRow("no p") << QByteArray("v=DKIM1; k=rsa") << QByteArray("DKIM.KEY_SYNTAX") << false << true << QByteArray();
    QTest::newRow("empty record") << QByteArray("") << QByteArray("DKIM.KEY_SYNTAX") << false << true << QByteArray();
    QTest::newRow("k=foobar") << QByteArray("k=foobar; " + p) << QByteArray("DKIM.KEY_TYPE_UNKNOWN") << false << true << QByteArray();
    QTest::newRow("s=email") << QByteArray("s=email; " + p) << QByteArray() << false << true << QByteArray();
    QTest::newRow("s=*") << QByteArray("s=*; " + p) << QByteArray() << false << true << QByteArray();
    QTest::newRow("s=tlsrpt") << QByteArray("s=tlsrpt; " + p) << QByteArray() << false << false << QByteArray();
    QTest::newRow("s=chat") << QByteArray("s=chat; " + p) << QByteArray() << false << false << QByteArray();
    QTest::newRow("t=y:s") << QByteArray("t=y:s; " + p) << QByteArray() << false << true << QByteArray("y,s");
    QTest::newRow("t=y:n:extra, extra tags") << QByteArray("v=DKIM1; s=email:web:fine; x1 = extra ; t = y:n:extra; h=md5:sha1; " + p)
                                             << QByteArray() << false << true << QByteArray("y,n,extra");
    QTest::newRow("t; syntax error") << QByteArray("k=rsa; t; " + p) << QByteArray("DKIM.KEY_SYNTAX") << false << true << QByteArray();
    QTest::newRow("corrupt p") << QByteArray("p=MFww!!") << QByteArray("DKIM.KEY_SYNTAX") << false << true << QByteArray();
}

void tst_DkimParse::keyRecord()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, code);
    QFETCH(bool, revoked);
    QFETCH(bool, email);
    QFETCH(QByteArray, flags);
    const auto key = parseDkimKeyRecord(text);
    if (!code.isEmpty()) {
        QVERIFY(!key);
        QCOMPARE(key.error().code, code);
        return;
    }
    QVERIFY2(key, key ? "" : qPrintable(key.error().text));
    QCOMPARE(key->revoked, revoked);
    QCOMPARE(key->allowsEmail(), email);
    QCOMPARE(key->flags.join(','), flags);
    QCOMPARE(key->testing, flags.split(',').contains("y"));
    QCOMPARE(key->strict, flags.split(',').contains("s"));
}

void tst_DkimParse::base64_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("aGVsbG8=") << true << QByteArray("hello");
    QTest::newRow("folded") << QByteArray("aGVs\r\n bG8=") << true << QByteArray("hello");
    QTest::newRow("data after padding") << QByteArray("aG=Vs") << false << QByteArray();
    QTest::newRow("bad char") << QByteArray("aGV*bG8=") << false << QByteArray();
    QTest::newRow("three pads") << QByteArray("aG===") << false << QByteArray();
}

void tst_DkimParse::base64()
{
    QFETCH(QByteArray, in);
    QFETCH(bool, ok);
    QFETCH(QByteArray, out);
    QByteArray decoded;
    QCOMPARE(dkimDecodeBase64(in, &decoded), ok);
    if (ok)
        QCOMPARE(decoded, out);
}

QTEST_GUILESS_MAIN(tst_DkimParse)
#include "tst_dkimparse.moc"
