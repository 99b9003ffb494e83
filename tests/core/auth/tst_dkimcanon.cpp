// SPDX-License-Identifier: GPL-3.0-or-later
// DKIM canonicalization (RFC 6376 §3.4) from raw bytes, streaming, LF-only input, l=.
#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimSignature.h"
#include "auth/dkim/DkimVerifier.h"
#include "message/Message.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;

class tst_DkimCanon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExampleHeaders_data();
    void rfcExampleHeaders();
    void body_data();
    void body();
    void bodyStreamingEveryChunkSplit_data();
    void bodyStreamingEveryChunkSplit();
    void emptyBodyHashes();
    void bodyLengthLimit();
    void largeBodyNoCopyAndLinear();
    void headerDataFromRawBytes();
    void lfOnlyMessageEqualsCrlf();
};

void tst_DkimCanon::rfcExampleHeaders_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("simple");
    QTest::addColumn<QByteArray>("relaxed");
    // RFC 6376 §3.4.5
    QTest::newRow("A: X") << QByteArray("A: X\r\n") << QByteArray("A: X\r\n") << QByteArray("a:X\r\n");
    QTest::newRow("B : Y<TAB> folded Z") << QByteArray("B : Y\t\r\n\tZ  \r\n") << QByteArray("B : Y\t\r\n\tZ  \r\n")
                                         << QByteArray("b:Y Z\r\n");
    QTest::newRow("LF-only fold") << QByteArray("Subject: a\n b\n") << QByteArray("Subject: a\r\n b\r\n")
                                  << QByteArray("subject:a b\r\n");
    QTest::newRow("no final line break") << QByteArray("To: x") << QByteArray("To: x\r\n") << QByteArray("to:x\r\n");
    QTest::newRow("empty value") << QByteArray("X-Empty:\r\n") << QByteArray("X-Empty:\r\n") << QByteArray("x-empty:\r\n");
    QTest::newRow("8-bit kept") << QByteArray("Subject: \xc3\xa9t\xc3\xa9\r\n") << QByteArray("Subject: \xc3\xa9t\xc3\xa9\r\n")
                                << QByteArray("subject:\xc3\xa9t\xc3\xa9\r\n");
}

void tst_DkimCanon::rfcExampleHeaders()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, simple);
    QFETCH(QByteArray, relaxed);
    QCOMPARE(dkimCanonicalizeHeader(field, DkimCanon::Simple), simple);
    QCOMPARE(dkimCanonicalizeHeader(field, DkimCanon::Relaxed), relaxed);
    QCOMPARE(dkimCanonicalizeHeader(field, DkimCanon::Relaxed, false), relaxed.chopped(2));
}

void tst_DkimCanon::body_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("simple");
    QTest::addColumn<QByteArray>("relaxed");

    // RFC 6376 §3.4.5
    const QByteArray rfc = " C \r\nD \t E\r\n\r\n\r\n";
    QTest::newRow("RFC 6376 3.4.5") << rfc << QByteArray(" C \r\nD \t E\r\n") << QByteArray(" C\r\nD E\r\n");
    QTest::newRow("RFC 6376 3.4.5, LF only") << QByteArray(" C \nD \t E\n\n\n") << QByteArray(" C \r\nD \t E\r\n")
                                             << QByteArray(" C\r\nD E\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray("\r\n") << QByteArray();
    QTest::newRow("only CRLFs") << QByteArray("\r\n\r\n") << QByteArray("\r\n") << QByteArray();
    QTest::newRow("only whitespace lines") << QByteArray("  \r\n\t\r\n") << QByteArray("  \r\n\t\r\n") << QByteArray();
    QTest::newRow("no final CRLF") << QByteArray("abc") << QByteArray("abc\r\n") << QByteArray("abc\r\n");
    QTest::newRow("no final CRLF, trailing WSP") << QByteArray("abc  ") << QByteArray("abc  \r\n") << QByteArray("abc\r\n");
    QTest::newRow("bare CR is data") << QByteArray("a\rb\r\n") << QByteArray("a\rb\r\n") << QByteArray("a\rb\r\n");
    QTest::newRow("trailing bare CR") << QByteArray("a\r") << QByteArray("a\r\r\n") << QByteArray("a\r\r\n");
    QTest::newRow("inner empty lines kept") << QByteArray("a\r\n\r\n\r\nb\r\n\r\n") << QByteArray("a\r\n\r\n\r\nb\r\n")
                                            << QByteArray("a\r\n\r\n\r\nb\r\n");
    QTest::newRow("mixed endings") << QByteArray("a\nb\r\n\nc") << QByteArray("a\r\nb\r\n\r\nc\r\n")
                                   << QByteArray("a\r\nb\r\n\r\nc\r\n");
    QTest::newRow("leading WSP collapses") << QByteArray("\t\t x  y\r\n") << QByteArray("\t\t x  y\r\n")
                                           << QByteArray(" x y\r\n");
}

void tst_DkimCanon::body()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, simple);
    QFETCH(QByteArray, relaxed);
    QCOMPARE(dkimCanonicalizeBody(body, DkimCanon::Simple), simple);
    QCOMPARE(dkimCanonicalizeBody(body, DkimCanon::Relaxed), relaxed);
    const DkimBodyHash h = dkimHashBody(body, DkimCanon::Relaxed, DkimHash::Sha256);
    QCOMPARE(h.digest, QCryptographicHash::hash(relaxed, QCryptographicHash::Sha256));
    QCOMPARE(h.canonicalSize, relaxed.size());
}

void tst_DkimCanon::bodyStreamingEveryChunkSplit_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("crlf, blanks, wsp") << QByteArray(" a  b \t\r\n\r\n \r\nc\rd\r\n\r\n\r\n");
    QTest::newRow("lf only") << QByteArray("x \n\n y\t\n\n");
    QTest::newRow("cr at end") << QByteArray("x\r\n\r");
}

void tst_DkimCanon::bodyStreamingEveryChunkSplit()
{
    QFETCH(QByteArray, body);
    for (DkimCanon canon : {DkimCanon::Simple, DkimCanon::Relaxed}) {
        const QByteArray whole = dkimCanonicalizeBody(body, canon);
        for (qsizetype a = 0; a <= body.size(); ++a) {
            for (qsizetype b = a; b <= body.size(); ++b) {
                QByteArray out;
                DkimBodyCanonicalizer c(canon, [&out](QByteArrayView v) { out.append(v); });
                c.update(QByteArrayView(body).first(a));
                c.update(QByteArrayView(body).sliced(a, b - a));
                c.update(QByteArrayView(body).sliced(b));
                c.finish();
                QVERIFY2(out == whole, qPrintable(QStringLiteral("split at %1,%2").arg(a).arg(b)));
            }
        }
    }
}

void tst_DkimCanon::emptyBodyHashes()
{
    // well-known values (e.g. every DKIM implementation's test suite): sha256 of "\r\n" and of ""
    QCOMPARE(dkimHashBody({}, DkimCanon::Simple, DkimHash::Sha256).digest.toBase64(),
             QByteArray("frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY="));
    QCOMPARE(dkimHashBody({}, DkimCanon::Relaxed, DkimHash::Sha256).digest.toBase64(),
             QByteArray("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
    QCOMPARE(dkimHashBody({}, DkimCanon::Simple, DkimHash::Sha1).digest.toBase64(),
             QByteArray("uoq1oCgLlTqpdDX/iUbLy7J1Wic="));
}

void tst_DkimCanon::bodyLengthLimit()
{
    const QByteArray body = "Hello world\r\nsecond line\r\n";
    const DkimBodyHash h = dkimHashBody(body, DkimCanon::Simple, DkimHash::Sha256, 5);
    QCOMPARE(h.digest, QCryptographicHash::hash("Hello", QCryptographicHash::Sha256));
    QCOMPARE(h.canonicalSize, body.size());
    const DkimBodyHash zero = dkimHashBody(body, DkimCanon::Simple, DkimHash::Sha256, 0);
    QCOMPARE(zero.digest, QCryptographicHash::hash("", QCryptographicHash::Sha256));
}

void tst_DkimCanon::largeBodyNoCopyAndLinear()
{
    // 8 MiB of CRLF text: simple canonicalization passes the input through as views (no copy)
    QByteArray line = "The quick brown fox jumps over the lazy dog 0123456789.\r\n";
    QByteArray body;
    body.reserve(8 << 20);
    while (body.size() < (8 << 20))
        body += line;
    qint64 viewCalls = 0;
    qint64 fromInput = 0;
    QByteArray check;
    DkimBodyCanonicalizer c(DkimCanon::Simple, [&](QByteArrayView v) {
        ++viewCalls;
        if (v.data() >= body.constData() && v.data() < body.constData() + body.size())
            fromInput += v.size();
    });
    c.update(body);
    c.finish();
    QCOMPARE(c.outputSize(), body.size());
    QCOMPARE(fromInput, body.size()); // every byte was a view into the input
    QVERIFY(viewCalls <= 2);
    // hostile: one 4 MiB line of spaces, relaxed: linear, output empty
    const QByteArray spaces(4 << 20, ' ');
    QCOMPARE(dkimHashBody(spaces, DkimCanon::Relaxed, DkimHash::Sha256).canonicalSize, 0);
    // LF-only input takes the copy path and still matches the CRLF result
    QByteArray lf = body;
    lf.replace("\r\n", "\n");
    QCOMPARE(dkimHashBody(lf, DkimCanon::Simple, DkimHash::Sha256).digest,
             QCryptographicHash::hash(body, QCryptographicHash::Sha256));
}

void tst_DkimCanon::headerDataFromRawBytes()
{
    // b= emptied in place, folding and spacing of the other tags preserved; h= selects bottom-up; over-signing
    const QByteArray raw = "From: first@example.com\r\n"
                           "DKIM-Signature: v=1; a=rsa-sha256; c=simple/simple; d=example.com;\r\n"
                           "\ts=sel; h=from:subject:from:x-missing; bh=AAAA;\r\n"
                           "\tb=AB\r\n"
                           "\t CD\r\n"
                           "Subject: hi\r\n"
                           "From: second@example.com\r\n"
                           "\r\n"
                           "body\r\n";
    const Mail::Message m = Mail::parseMessage(Mail::RawData::fromBytes(raw));
    const Mail::HeaderField* sigField = m.headers().first("DKIM-Signature");
    QVERIFY(sigField);
    const auto sig = parseDkimSignature(sigField->rawValue);
    QVERIFY(sig);
    QList<qint64> offsets;
    const QByteArray simple = DkimVerifier::headerData(m, *sigField, *sig, &offsets);
    QCOMPARE(simple, QByteArray("From: second@example.com\r\n"
                                "Subject: hi\r\n"
                                "From: first@example.com\r\n"
                                "DKIM-Signature: v=1; a=rsa-sha256; c=simple/simple; d=example.com;\r\n"
                                "\ts=sel; h=from:subject:from:x-missing; bh=AAAA;\r\n"
                                "\tb="));
    QCOMPARE(offsets.size(), 3);
    QCOMPARE(offsets.at(2), 0);

    DkimSignature relaxed = *sig;
    relaxed.headerCanon = DkimCanon::Relaxed;
    QCOMPARE(DkimVerifier::headerData(m, *sigField, relaxed),
             QByteArray("from:second@example.com\r\n"
                        "subject:hi\r\n"
                        "from:first@example.com\r\n"
                        "dkim-signature:v=1; a=rsa-sha256; c=simple/simple; d=example.com; s=sel; "
                        "h=from:subject:from:x-missing; bh=AAAA; b="));
    QCOMPARE(DkimVerifier::body(m), QByteArrayView("body\r\n"));
}

void tst_DkimCanon::lfOnlyMessageEqualsCrlf()
{
    const QByteArray crlf = "From: a@example.com\r\nDKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s;\r\n h=from; bh=AAAA; b=AAAA\r\n\r\nline one \r\n\r\n";
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    const Mail::Message a = Mail::parseMessage(Mail::RawData::fromBytes(crlf));
    const Mail::Message b = Mail::parseMessage(Mail::RawData::fromBytes(lf));
    const auto sa = parseDkimSignature(a.headers().first("DKIM-Signature")->rawValue);
    const auto sb = parseDkimSignature(b.headers().first("DKIM-Signature")->rawValue);
    QVERIFY(sa && sb);
    QCOMPARE(DkimVerifier::headerData(b, *b.headers().first("DKIM-Signature"), *sb),
             DkimVerifier::headerData(a, *a.headers().first("DKIM-Signature"), *sa));
    QCOMPARE(dkimCanonicalizeBody(DkimVerifier::body(b), DkimCanon::Simple),
             dkimCanonicalizeBody(DkimVerifier::body(a), DkimCanon::Simple));
}

QTEST_GUILESS_MAIN(tst_DkimCanon)
#include "tst_dkimcanon.moc"
