// SPDX-License-Identifier: GPL-3.0-or-later
// DKIM sign/verify round trips, key record flags, the injectable clock, and "why it broke".
#include "DkimTestUtil.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimSigner.h"

#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;
using namespace DkimTest;

namespace {
constexpr qint64 kNow = 1767225600; // 2026-01-01T00:00:00Z

QByteArray testMessage()
{
    return readFile(data(QStringLiteral("dkim-dkimpy/test.message")));
}

DkimPrivateKey loadKey(const QString& relative)
{
    auto key = DkimPrivateKey::fromFile(data(relative));
    if (!key)
        qWarning("%s: %s", qPrintable(relative), qPrintable(key.error().message));
    return key ? *key : DkimPrivateKey();
}

struct Signed
{
    QByteArray message;
    MemoryKeyFetcher fetcher;
};

QByteArray signWith(const QByteArray& raw, const DkimPrivateKey& key, DkimSignOptions o)
{
    if (o.domain.isEmpty())
        o.domain = "example.com";
    if (o.selector.isEmpty())
        o.selector = "test";
    if (!o.now)
        o.now = kNow - 60;
    auto out = dkimSign(raw, key, o);
    if (!out)
        qWarning("sign: %s", qPrintable(out.error().message));
    return out ? *out : QByteArray();
}

const DkimBodyDiagnosis* diagnosisOf(const QList<DkimSignatureResult>& r)
{
    return r.isEmpty() || !r.first().diagnosis ? nullptr : &*r.first().diagnosis;
}

} // namespace

class tst_DkimVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateKeyFormats_data();
    void privateKeyFormats();
    void roundTrip_data();
    void roundTrip();
    void signedFieldFolding();
    void tamperedHeader();
    void noSignature();
    void keyFlags_data();
    void keyFlags();
    void keySizePolicy();
    void clock_data();
    void clock();
    void dnsFailures_data();
    void dnsFailures();
    void multipleTxtRecords();
    void footerDiagnosed();
    void footerOnEmptyBody();
    void footerWithBodyLength();
    void diagnosisPatterns_data();
    void diagnosisPatterns();
    void diagnosisBounded();
    void manySignaturesBounded();
    void oneLookupPerKey();
};

void tst_DkimVerify::privateKeyFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("bits");
    QTest::newRow("PKCS#1 RSA 2048 (dkimpy)") << QStringLiteral("dkim-dkimpy/2048_testkey.key") << QByteArray("rsa") << 2048;
    QTest::newRow("PKCS#8 RSA 2048 (dkimpy)") << QStringLiteral("dkim-dkimpy/2048_testkey_PKCS8.key") << QByteArray("rsa") << 2048;
    QTest::newRow("PKCS#1 RSA 1024 (MimeKit)") << QStringLiteral("dkim-mimekit/example.pem") << QByteArray("rsa") << 1024;
    QTest::newRow("raw ed25519 seed, RFC 8463 A.1") << QStringLiteral("dkim-dkimpy/rfc8032_7_1.key") << QByteArray("ed25519") << 256;
    QTest::newRow("raw ed25519 seed (dkimpy)") << QStringLiteral("dkim-dkimpy/ed25519test.key") << QByteArray("ed25519") << 256;
}

void tst_DkimVerify::privateKeyFormats()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, type);
    QFETCH(int, bits);
    const DkimPrivateKey key = loadKey(file);
    QVERIFY(!key.isNull());
    QCOMPARE(key.keyType(), type);
    QCOMPARE(key.bits(), bits);
    QVERIFY(key.publicKeyRecord().startsWith(QByteArray("v=DKIM1; k=" + type + "; p=")));
    QVERIFY(!DkimPrivateKey::fromData("not a key"));
}

void tst_DkimVerify::roundTrip_data()
{
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("messageFile");
    QTest::addColumn<int>("headerCanon");
    QTest::addColumn<int>("bodyCanon");
    QTest::addColumn<bool>("bodyLength");
    QTest::addColumn<bool>("lfOnly");

    const QStringList keys = {QStringLiteral("dkim-dkimpy/2048_testkey.key"), QStringLiteral("dkim-dkimpy/rfc8032_7_1.key")};
    const QStringList messages = {QStringLiteral("dkim-dkimpy/test.message"), QStringLiteral("dkim-dkimpy/rfc6376.w1258.msg")};
    for (const QString& key : keys) {
        for (int hc : {0, 1}) {
            for (int bc : {0, 1}) {
                for (bool l : {false, true}) {
                    for (const QString& msg : messages) {
                        for (bool lf : {false, true}) {
                            const QString name = QStringLiteral("%1 %2/%3%4 %5%6")
                                                     .arg(key.contains(QLatin1String("rfc8032")) ? QStringLiteral("ed25519")
                                                                                                 : QStringLiteral("rsa"))
                                                     .arg(hc ? QStringLiteral("relaxed") : QStringLiteral("simple"))
                                                     .arg(bc ? QStringLiteral("relaxed") : QStringLiteral("simple"))
                                                     .arg(l ? QStringLiteral(" l=") : QString())
                                                     .arg(msg.section(u'/', -1))
                                                     .arg(lf ? QStringLiteral(" LF-only") : QString());
                            QTest::newRow(qPrintable(name)) << key << msg << hc << bc << l << lf;
                        }
                    }
                }
            }
        }
    }
}

void tst_DkimVerify::roundTrip()
{
    QFETCH(QString, keyFile);
    QFETCH(QString, messageFile);
    QFETCH(int, headerCanon);
    QFETCH(int, bodyCanon);
    QFETCH(bool, bodyLength);
    QFETCH(bool, lfOnly);
    const DkimPrivateKey key = loadKey(keyFile);
    QVERIFY(!key.isNull());
    QByteArray raw = readFile(data(messageFile));
    QVERIFY(!raw.isEmpty());
    raw.replace("\r\n", "\n");
    if (!lfOnly)
        raw.replace("\n", "\r\n");
    DkimSignOptions o;
    o.headerCanon = headerCanon ? DkimCanon::Relaxed : DkimCanon::Simple;
    o.bodyCanon = bodyCanon ? DkimCanon::Relaxed : DkimCanon::Simple;
    o.bodyLengthTag = bodyLength;
    const QByteArray signedMessage = signWith(raw, key, o);
    QVERIFY(!signedMessage.isEmpty());
    QVERIFY(signedMessage.endsWith(raw)); // the message itself is untouched
    if (lfOnly)
        QVERIFY(!signedMessage.contains('\r'));
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    DkimVerifyOptions vo;
    vo.now = kNow;
    const auto results = verify(signedMessage, fetcher, vo);
    QCOMPARE(tokens(results), QByteArray("pass"));
    QCOMPARE(results.first().algorithm, key.keyType() == "rsa" ? QByteArray("rsa-sha256") : QByteArray("ed25519-sha256"));
    QCOMPARE(results.first().canonicalization,
             dkimCanonToken(o.headerCanon) + '/' + dkimCanonToken(o.bodyCanon));
    QCOMPARE(results.first().bodyLength >= 0, bodyLength);
    QCOMPARE(results.first().timestamp, kNow - 60);
    // the other line-ending form of the same signed message verifies too (LF treated as CRLF)
    QByteArray other = signedMessage;
    if (lfOnly) {
        other.replace("\n", "\r\n");
    } else {
        other.replace("\r\n", "\n");
    }
    QCOMPARE(tokens(verify(other, fetcher, vo)), QByteArray("pass"));
    // a changed body byte breaks it, unless only the part after l= changed
    QByteArray tampered = signedMessage;
    tampered.append("tampered\n");
    const auto t = verify(tampered, fetcher, vo);
    QCOMPARE(tokens(t), bodyLength ? QByteArray("pass") : QByteArray("fail"));
}

void tst_DkimVerify::signedFieldFolding()
{
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/2048_testkey.key"));
    DkimSignOptions o;
    o.headers = {"from", "to", "subject", "date", "message-id", "from", "subject", "reply-to", "x-missing-header-name"};
    const QByteArray s = signWith(testMessage(), key, o);
    // the field: its first line and the continuation lines
    qsizetype end = s.indexOf('\n') + 1;
    while (end < s.size() && (s.at(end) == ' ' || s.at(end) == '\t'))
        end = s.indexOf('\n', end) + 1;
    const QByteArray field = s.left(end);
    QVERIFY(field.startsWith("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=test;"));
    for (const QByteArray& line : field.split('\n')) {
        QVERIFY2(line.size() <= 79, line.constData()); // 78 columns + the CR
        QVERIFY(line.isEmpty() || line == field.split('\n').first() || line.startsWith(' '));
        QVERIFY(line.isEmpty() || !line.endsWith('\r')); // test.message is LF-only: the field follows it
    }
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    QCOMPARE(tokens(verify(s, fetcher, DkimVerifyOptions{kNow})), QByteArray("pass"));
    // over-signing: adding a second Subject above now breaks the signature
    QByteArray added = s;
    added.prepend("Subject: added later\r\n");
    const auto r = verify(added, fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(reasons(r), QByteArray("DKIM.SIGNATURE_INVALID"));
    // errors are reported, not crashes
    DkimSignOptions bad;
    bad.headers = {"to"};
    QVERIFY(!dkimSign(testMessage(), key, DkimSignOptions{"example.com", "test", {}, {"to"}}));
    bad.domain = "legitimate.com(.attacker.com";
    QVERIFY(!dkimSign(testMessage(), key, bad));
    DkimSignOptions sha1;
    sha1.domain = "example.com";
    sha1.selector = "s";
    sha1.algorithm = DkimAlgorithm::RsaSha1;
    QVERIFY(!dkimSign(testMessage(), key, sha1));
    sha1.algorithm = DkimAlgorithm::Ed25519Sha256;
    QVERIFY(!dkimSign(testMessage(), key, sha1)); // an RSA key cannot make ed25519 signatures
}

void tst_DkimVerify::tamperedHeader()
{
    const QByteArray raw = readFile(data(QStringLiteral("dkim-dkim_verifier/rfc6376-A.2-header_subject_modified.eml")));
    MemoryKeyFetcher fetcher;
    fetcher.loadFile(data(QStringLiteral("dkim-dkim_verifier/DNS-KEYS.txt")));
    const auto r = verify(raw, fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(reasons(r), QByteArray("DKIM.SIGNATURE_INVALID"));
    QCOMPARE(r.first().findings.first().severity, Severity::Error);
    QVERIFY(r.first().canonicalHeaders.contains("Subject: "));
    QVERIFY(!r.first().diagnosis); // the body is intact: no body diagnosis
    QCOMPARE(r.first().computedBodyHash, r.first().expectedBodyHash);
}

void tst_DkimVerify::noSignature()
{
    MemoryKeyFetcher fetcher;
    const auto r = verify(testMessage(), fetcher);
    QVERIFY(r.isEmpty());
    const Findings f = DkimVerifier::findings(r);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().code, QByteArray("DKIM.NONE"));
    QCOMPARE(fetcher.lookupCount(), 0);
}

void tst_DkimVerify::keyFlags_data()
{
    QTest::addColumn<QByteArray>("recordTemplate"); // %P = the key's p=
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("finding");

    QTest::newRow("plain") << QByteArray("v=DKIM1; k=rsa; p=%P") << QByteArray("pass") << QByteArray("DKIM.PASS") << QByteArray();
    QTest::newRow("t=y testing") << QByteArray("v=DKIM1; t=y; p=%P") << QByteArray("pass") << QByteArray("DKIM.PASS")
                                 << QByteArray("DKIM.KEY_TESTING");
    QTest::newRow("t=s, i= equals d=") << QByteArray("v=DKIM1; t=s; p=%P") << QByteArray("pass") << QByteArray("DKIM.PASS")
                                       << QByteArray();
    QTest::newRow("h=sha256") << QByteArray("v=DKIM1; h=sha256; p=%P") << QByteArray("pass") << QByteArray("DKIM.PASS")
                              << QByteArray();
    QTest::newRow("h=sha1 only") << QByteArray("v=DKIM1; h=sha1; p=%P") << QByteArray("permerror")
                                 << QByteArray("DKIM.KEY_HASH_NOT_ALLOWED") << QByteArray();
    QTest::newRow("s=email") << QByteArray("v=DKIM1; s=email; p=%P") << QByteArray("pass") << QByteArray("DKIM.PASS") << QByteArray();
    QTest::newRow("s=tlsrpt (dkimpy test_tlsrpt)") << QByteArray("v=DKIM1; s=tlsrpt; p=%P") << QByteArray("permerror")
                                                   << QByteArray("DKIM.KEY_NOT_FOR_EMAIL") << QByteArray();
    QTest::newRow("k=ed25519 for an rsa signature") << QByteArray("v=DKIM1; k=ed25519; p=%P") << QByteArray("permerror")
                                                    << QByteArray("DKIM.KEY_TYPE_MISMATCH") << QByteArray();
    QTest::newRow("k=foo (dkimpy badk)") << QByteArray("v=DKIM1; k=foo; p=%P") << QByteArray("permerror")
                                         << QByteArray("DKIM.KEY_TYPE_UNKNOWN") << QByteArray();
    QTest::newRow("v=DKIM1: (dkimpy badversion)") << QByteArray("v=DKIM1:; p=%P") << QByteArray("permerror")
                                                  << QByteArray("DKIM.KEY_SYNTAX") << QByteArray();
    QTest::newRow("revoked") << QByteArray("v=DKIM1; p=") << QByteArray("permerror") << QByteArray("DKIM.KEY_REVOKED")
                             << QByteArray();
    QTest::newRow("corrupt p") << QByteArray("v=DKIM1; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")
                               << QByteArray("permerror") << QByteArray("DKIM.KEY_SYNTAX") << QByteArray();
    QTest::newRow("another key") << QByteArray(readFile(data(QStringLiteral("dkim-dkimpy/test.txt"))).trimmed())
                                 << QByteArray("fail") << QByteArray("DKIM.SIGNATURE_INVALID") << QByteArray();
    QTest::newRow("PKCS#1 public key in p= (dkimpy .rsa.txt)")
        << readFile(data(QStringLiteral("dkim-dkimpy/2048_testkey_wo_markers.pub.rsa.txt"))).trimmed()
        << QByteArray("pass") << QByteArray("DKIM.PASS") << QByteArray();
}

void tst_DkimVerify::keyFlags()
{
    QFETCH(QByteArray, recordTemplate);
    QFETCH(QByteArray, result);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, finding);
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/2048_testkey.key"));
    const QByteArray record = key.publicKeyRecord();
    const QByteArray p = record.mid(record.indexOf("p=") + 2);
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", QByteArray(recordTemplate).replace("%P", p));
    const auto r = verify(signWith(testMessage(), key, {}), fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(tokens(r), result);
    QCOMPARE(reasons(r), reason);
    if (!finding.isEmpty())
        QVERIFY(hasFinding(r.first(), finding));
    QCOMPARE(r.first().findings.first().code, reason); // the verdict finding comes first
}

void tst_DkimVerify::keySizePolicy()
{
    const QByteArray msg = testMessage();
    MemoryKeyFetcher fetcher;
    // 512 bits: permerror (RFC 8301 §3.2), unless the old-corpus switch lowers the floor
    const DkimPrivateKey k512 = loadKey(QStringLiteral("dkim-keys/rsa512.pem"));
    QCOMPARE(k512.bits(), 512);
    fetcher.setRecord("test._domainkey.example.com", k512.publicKeyRecord());
    const QByteArray s512 = signWith(msg, k512, {});
    auto r = verify(s512, fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(reasons(r), QByteArray("DKIM.KEY_TOO_SHORT"));
    QCOMPARE(tokens(r), QByteArray("permerror"));
    QCOMPARE(r.first().keyBits, 512);
    DkimVerifyOptions old{kNow};
    old.minKeyBits = 512;
    QCOMPARE(tokens(verify(s512, fetcher, old)), QByteArray("pass"));
    // 1024 bits: pass by default, "policy" under a 2048-bit minimum
    const DkimPrivateKey k1024 = loadKey(QStringLiteral("dkim-keys/rsa1024-pkcs8.pem"));
    fetcher.setRecord("test._domainkey.example.com", k1024.publicKeyRecord());
    const QByteArray s1024 = signWith(msg, k1024, {});
    QCOMPARE(tokens(verify(s1024, fetcher, DkimVerifyOptions{kNow})), QByteArray("pass"));
    DkimVerifyOptions strict{kNow};
    strict.minKeyBits = 2048;
    r = verify(s1024, fetcher, strict);
    QCOMPARE(tokens(r), QByteArray("policy"));
    QCOMPARE(reasons(r), QByteArray("DKIM.KEY_BELOW_POLICY"));
}

void tst_DkimVerify::clock_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QByteArray>("reason");
    // signed with t = kNow - 60 and x = kNow + 3600
    QTest::newRow("within validity") << kNow << QByteArray("pass") << QByteArray("DKIM.PASS");
    QTest::newRow("at x=") << kNow + 3600 << QByteArray("pass") << QByteArray("DKIM.PASS");
    QTest::newRow("after x=") << kNow + 3601 << QByteArray("permerror") << QByteArray("DKIM.EXPIRED");
    QTest::newRow("t= within skew") << kNow - 300 << QByteArray("pass") << QByteArray("DKIM.PASS");
    QTest::newRow("t= far in the future") << kNow - 3600 << QByteArray("permerror") << QByteArray("DKIM.FUTURE_TIMESTAMP");
}

void tst_DkimVerify::clock()
{
    QFETCH(qint64, now);
    QFETCH(QByteArray, result);
    QFETCH(QByteArray, reason);
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    DkimSignOptions o;
    o.expiration = kNow + 3600;
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    const auto r = verify(signWith(testMessage(), key, o), fetcher, DkimVerifyOptions{now});
    QCOMPARE(tokens(r), result);
    QCOMPARE(reasons(r), reason);
    if (result != "pass")
        QCOMPARE(fetcher.lookupCount(), 0); // rejected before any DNS lookup
}

void tst_DkimVerify::dnsFailures_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("NXDOMAIN") << int(Dns::Outcome::NxDomain) << QByteArray("permerror") << QByteArray("DKIM.KEY_NOT_FOUND");
    QTest::newRow("NODATA") << int(Dns::Outcome::NoData) << QByteArray("permerror") << QByteArray("DKIM.KEY_NOT_FOUND");
    QTest::newRow("SERVFAIL") << int(Dns::Outcome::ServFail) << QByteArray("temperror") << QByteArray("DKIM.KEY_DNS_ERROR");
    QTest::newRow("timeout") << int(Dns::Outcome::Timeout) << QByteArray("temperror") << QByteArray("DKIM.KEY_DNS_ERROR");
    QTest::newRow("REFUSED") << int(Dns::Outcome::Refused) << QByteArray("temperror") << QByteArray("DKIM.KEY_DNS_ERROR");
}

void tst_DkimVerify::dnsFailures()
{
    QFETCH(int, outcome);
    QFETCH(QByteArray, result);
    QFETCH(QByteArray, reason);
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    MemoryKeyFetcher fetcher;
    fetcher.setOutcome("test._domainkey.example.com", Dns::Outcome(outcome));
    const auto r = verify(signWith(testMessage(), key, {}), fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(tokens(r), result);
    QCOMPARE(reasons(r), reason);
    QCOMPARE(r.first().findings.first().severity, result == "temperror" ? Severity::Warning : Severity::Error);
}

void tst_DkimVerify::multipleTxtRecords()
{
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    MemoryKeyFetcher fetcher;
    fetcher.addRecord("test._domainkey.example.com", "v=spf1 -all"); // unrelated TXT first
    fetcher.addRecord("test._domainkey.example.com", key.publicKeyRecord());
    QCOMPARE(tokens(verify(signWith(testMessage(), key, {}), fetcher, DkimVerifyOptions{kNow})), QByteArray("pass"));
}

void tst_DkimVerify::footerDiagnosed()
{
    // a mailing list appends a footer after signing: the verdict says exactly that
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/2048_testkey.key"));
    for (DkimCanon canon : {DkimCanon::Simple, DkimCanon::Relaxed}) {
        DkimSignOptions o;
        o.bodyCanon = canon;
        const QByteArray signedMessage = signWith(testMessage(), key, o);
        const QByteArray footer = "\r\n_______________________________________________\r\n"
                                  "Example-list mailing list\r\nhttps://lists.example.org/listinfo/example\r\n";
        MemoryKeyFetcher fetcher;
        fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
        const auto r = verify(signedMessage + footer, fetcher, DkimVerifyOptions{kNow});
        QCOMPARE(reasons(r), QByteArray("DKIM.BODY_HASH_MISMATCH"));
        const DkimBodyDiagnosis* d = diagnosisOf(r);
        QVERIFY(d);
        QCOMPARE(d->pattern, QByteArray("appended-content"));
        const qint64 originalBody = DkimVerifier::body(Mail::parseMessage(Mail::RawData::fromBytes(signedMessage))).size();
        QCOMPARE(d->signedRawLength, originalBody);
        QCOMPARE(d->appendedBytes, footer.size());
        QVERIFY2(d->explanation.contains(QStringLiteral("%1 bytes were appended").arg(footer.size())),
                 qPrintable(d->explanation));
        QVERIFY(d->appendedPreview.contains(QStringLiteral("Example-list")));
        QVERIFY(d->canonicalPreview.contains(QStringLiteral("␍␊")));
        QVERIFY(hasFinding(r.first(), "DKIM.DIAGNOSIS"));
    }
}

void tst_DkimVerify::footerOnEmptyBody()
{
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    const QByteArray raw = "From: a@example.com\r\nSubject: empty\r\n\r\n";
    const QByteArray s = signWith(raw, key, {});
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    QCOMPARE(tokens(verify(s, fetcher, DkimVerifyOptions{kNow})), QByteArray("pass"));
    const auto r = verify(s + "-- \r\nfooter\r\n", fetcher, DkimVerifyOptions{kNow});
    QVERIFY(diagnosisOf(r));
    QCOMPARE(diagnosisOf(r)->pattern, QByteArray("appended-content"));
    QCOMPARE(diagnosisOf(r)->signedRawLength, 0);
}

void tst_DkimVerify::footerWithBodyLength()
{
    // with l= the footer does not break the signature, but the unsigned tail is reported
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    DkimSignOptions o;
    o.bodyLengthTag = true;
    const QByteArray s = signWith(testMessage(), key, o);
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    const auto r = verify(s + "appended\r\n", fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(tokens(r), QByteArray("pass"));
    QVERIFY(hasFinding(r.first(), "DKIM.BODY_LENGTH"));
    // and a body cut below l= fails with the reason said
    QByteArray cut = s;
    cut.chop(10);
    const auto c = verify(cut, fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(reasons(c), QByteArray("DKIM.BODY_TOO_SHORT"));
    QCOMPARE(diagnosisOf(c)->pattern, QByteArray("body-shorter-than-l"));
}

void tst_DkimVerify::diagnosisPatterns_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::addColumn<QByteArray>("pattern");
    QTest::newRow("trailing whitespace added (simple)") << QByteArray("wsp") << QByteArray("trailing-whitespace-added");
    QTest::newRow("signer hashed bare LF") << QByteArray("barelf") << QByteArray("bare-lf-hashed");
    QTest::newRow("c= says simple, relaxed hashed") << QByteArray("othercanon") << QByteArray("other-body-canonicalization");
    QTest::newRow("8bit re-encoded as quoted-printable") << QByteArray("qp") << QByteArray("reencoded-transfer-encoding");
    QTest::newRow("signer ignored its l=") << QByteArray("lignored") << QByteArray("l-tag-ignored-by-signer");
    QTest::newRow("text changed inside: nothing reproduces") << QByteArray("edit") << QByteArray();
}

void tst_DkimVerify::diagnosisPatterns()
{
    QFETCH(QByteArray, damage);
    QFETCH(QByteArray, pattern);
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    QByteArray raw = "From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                     "Gr\xc3\xbc\xc3\x9f" "e aus K\xc3\xb6ln\r\nzweite Zeile\r\n";
    DkimSignOptions o;
    o.bodyCanon = DkimCanon::Simple;
    o.headers = {"from", "subject"};
    QByteArray s = signWith(raw, key, o);
    auto replaceBh = [&s](const QByteArray& bh) {
        const qsizetype at = s.indexOf("bh=") + 3;
        const qsizetype end = s.indexOf(';', at);
        s.replace(at, end - at, bh.toBase64());
    };
    const qsizetype bodyAt = s.indexOf("\r\n\r\n") + 4;
    const QByteArray body = s.mid(bodyAt);
    if (damage == "wsp") {
        s.replace("zweite Zeile\r\n", "zweite Zeile  \r\n");
    } else if (damage == "barelf") {
        s.replace(bodyAt, body.size(), "line one\nline two\n");
        DkimBodyCanonicalizer::Options lf;
        lf.lfIsLineEnd = false;
        replaceBh(dkimHashBody(QByteArray("line one\nline two\n"), DkimCanon::Simple, DkimHash::Sha256, -1, lf).digest);
    } else if (damage == "othercanon") {
        s.replace(bodyAt, body.size(), "a  b \r\n");
        replaceBh(dkimHashBody(QByteArray("a  b \r\n"), DkimCanon::Relaxed, DkimHash::Sha256).digest);
    } else if (damage == "qp") {
        s.replace("Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: quoted-printable");
        s.replace("Gr\xc3\xbc\xc3\x9f" "e aus K\xc3\xb6ln", "Gr=C3=BC=C3=9Fe aus K=C3=B6ln");
    } else if (damage == "lignored") {
        s.replace("bh=", "l=10; bh=");
    } else if (damage == "edit") {
        s.replace("zweite", "dritte");
    }
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    const auto r = verify(s, fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(reasons(r), QByteArray("DKIM.BODY_HASH_MISMATCH"));
    const DkimBodyDiagnosis* d = diagnosisOf(r);
    QVERIFY(d);
    QCOMPARE(d->pattern, pattern);
    QVERIFY(!d->explanation.isEmpty());
    QVERIFY(!d->tried.isEmpty());
    if (pattern.isEmpty())
        QVERIFY(d->explanation.contains(QStringLiteral("No known damage pattern")));
}

void tst_DkimVerify::diagnosisBounded()
{
    // a 4 MB body with many lines and a mismatching bh=: the diagnosis stays within its bounds
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    QByteArray body;
    while (body.size() < 4 * 1024 * 1024)
        body += "x\r\n";
    QByteArray s = signWith("From: a@example.com\r\n\r\n" + body, key, {});
    s.replace(s.size() - 3, 1, "y");
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    DkimVerifyOptions o{kNow};
    o.diagnosis.maxPrefixChecks = 1000;
    QElapsedTimer timer;
    timer.start();
    const auto r = verify(s, fetcher, o);
    QVERIFY(timer.elapsed() < 20000);
    QVERIFY(diagnosisOf(r));
    QVERIFY(diagnosisOf(r)->bounded);
    QVERIFY(diagnosisOf(r)->canonicalPreview.size() < 8000);
}

void tst_DkimVerify::manySignaturesBounded()
{
    QByteArray raw;
    for (int i = 0; i < 100; ++i)
        raw += "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s" + QByteArray::number(i) + "; h=from; bh=AAAA; b=AAAA\r\n";
    raw += "From: a@example.com\r\n\r\nbody\r\n";
    MemoryKeyFetcher fetcher;
    const auto r = verify(raw, fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(r.size(), 32);
    QCOMPARE(fetcher.lookupCount(), 32);
    QVERIFY(hasFinding(r.last(), "DKIM.TOO_MANY_SIGNATURES"));
}

void tst_DkimVerify::oneLookupPerKey()
{
    // two signatures with the same key: one lookup; signatures are reported in header order
    const DkimPrivateKey key = loadKey(QStringLiteral("dkim-dkimpy/rfc8032_7_1.key"));
    DkimSignOptions relaxed;
    const QByteArray once = signWith(testMessage(), key, relaxed);
    DkimSignOptions simple;
    simple.headerCanon = DkimCanon::Simple;
    simple.bodyCanon = DkimCanon::Simple;
    const QByteArray twice = signWith(once, key, simple);
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("test._domainkey.example.com", key.publicKeyRecord());
    const auto r = verify(twice, fetcher, DkimVerifyOptions{kNow});
    QCOMPARE(tokens(r), QByteArray("pass,pass"));
    QCOMPARE(r.at(0).canonicalization, QByteArray("simple/simple"));
    QCOMPARE(r.at(1).canonicalization, QByteArray("relaxed/relaxed"));
    QCOMPARE(fetcher.lookupCount(), 1);
    QVERIFY(r.at(0).fieldOffset < r.at(1).fieldOffset);
}

QTEST_GUILESS_MAIN(tst_DkimVerify)
#include "tst_dkimverify.moc"
