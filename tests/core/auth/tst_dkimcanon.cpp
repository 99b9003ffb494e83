// SPDX-License-Identifier: GPL-3.0-or-later
// DKIM canonicalization (RFC 6376 §3.4) from raw bytes, streaming, LF-only input, l=.
#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimSignature.h"
#include "auth/dkim/DkimVerifier.h"
#include "message/Message.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
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
    void differentialRandom_data();
    void differentialRandom();
    void differentialEverySplitShort();
    void relaxedLongRunsAndLimit();
};

namespace {

/**
 * Straightforward per-byte reference of RFC 6376 §3.4.3/§3.4.4 with the conventions of
 * DkimBodyCanonicalizer: lines end at CRLF (or bare LF when lfIsLineEnd), a CR not followed by
 * LF is data, a final unterminated line gets a CRLF. Relaxed: WSP runs become one SP, WSP at a
 * line end goes, trailing empty lines go, an empty body stays empty. Simple: trailing empty
 * lines go (with stripTrailingWsp, WSP at line ends first), an empty body is CRLF.
 * `hooks` receives (canonical size, raw bytes consumed) after each non-empty line.
 */
QByteArray referenceCanon(const QByteArray& body, DkimCanon canon, DkimBodyCanonicalizer::Options o,
                          QList<QPair<qint64, qint64>>* hooks = nullptr)
{
    struct Line
    {
        QByteArray text;
        qint64 rawEnd;
    };
    QList<Line> lines;
    QByteArray cur;
    bool open = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == '\r' && i + 1 < body.size() && body.at(i + 1) == '\n') {
            lines.append({cur, i + 2});
            cur.clear();
            open = false;
            ++i;
        } else if (c == '\n' && o.lfIsLineEnd) {
            lines.append({cur, i + 1});
            cur.clear();
            open = false;
        } else {
            cur.append(c);
            open = true;
        }
    }
    if (open)
        lines.append({cur, body.size()});
    auto isWsp = [](char c) { return c == ' ' || c == '\t'; };
    for (Line& line : lines) {
        QByteArray t;
        if (canon == DkimCanon::Relaxed) {
            bool ws = false;
            for (char c : std::as_const(line.text)) {
                if (isWsp(c)) {
                    ws = true;
                    continue;
                }
                if (ws)
                    t.append(' ');
                ws = false;
                t.append(c);
            }
        } else {
            t = line.text;
            if (o.stripTrailingWsp) {
                while (!t.isEmpty() && isWsp(t.back()))
                    t.chop(1);
            }
        }
        line.text = t;
    }
    while (!lines.isEmpty() && lines.back().text.isEmpty())
        lines.removeLast();
    QByteArray out;
    for (const Line& line : std::as_const(lines)) {
        out += line.text + "\r\n";
        if (hooks && !line.text.isEmpty())
            hooks->append({out.size(), line.rawEnd});
    }
    if (canon == DkimCanon::Simple && out.isEmpty())
        out = "\r\n";
    return out;
}

QByteArray randomBody(QRandomGenerator& rng, int maxLen, const char* alphabet, int alphabetSize)
{
    const int len = int(rng.bounded(maxLen + 1));
    QByteArray b;
    b.reserve(len);
    while (b.size() < len) {
        const char c = alphabet[rng.bounded(alphabetSize)];
        // sometimes a long run of one byte (WSP runs, blank-line runs, long data)
        const int run = rng.bounded(8) == 0 ? int(rng.bounded(1, 200)) : 1;
        b.append(QByteArray(run, c));
    }
    return b.left(len);
}

/** Feeds `body` in random chunk sizes (also 0-byte chunks); copies each chunk so views cannot outlive it. */
QByteArray canonChunked(const QByteArray& body, DkimCanon canon, DkimBodyCanonicalizer::Options o,
                        QRandomGenerator& rng, QList<QPair<qint64, qint64>>* hooks = nullptr)
{
    QByteArray out;
    DkimBodyCanonicalizer c(canon, [&out](QByteArrayView v) { out.append(v); }, o);
    if (hooks)
        c.setLineHook([hooks](qint64 size, qint64 raw) { hooks->append({size, raw}); });
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype len = qMin<qsizetype>(body.size() - pos, rng.bounded(4) == 0 ? rng.bounded(70) : rng.bounded(5000));
        const QByteArray chunk = body.mid(pos, len);
        c.update(chunk);
        pos += len;
    }
    c.finish();
    return out;
}

} // namespace

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

void tst_DkimCanon::differentialRandom_data()
{
    QTest::addColumn<QByteArray>("alphabet");
    QTest::addColumn<int>("maxLen");
    QTest::newRow("wsp, cr, lf, a; short") << QByteArray(" \t\r\na") << 40;
    QTest::newRow("wsp, cr, lf, a; long") << QByteArray(" \t\r\na") << 3000;
    QTest::newRow("mostly text, crlf") << QByteArray("abcdefgh ijkl mnop qr\r\n") << 5000;
    QTest::newRow("text with spaces and line ends") << QByteArray("aaaaaaaaa   \r\n") << 5000;
    QTest::newRow("controls and 8-bit") << QByteArrayLiteral(" \t\r\n\x01\x00\x1f\xff\x80" "a") << 2000;
    QTest::newRow("only wsp and line ends") << QByteArray(" \t\r\n") << 2000;
    QTest::newRow("bare cr heavy") << QByteArray("\r\r\r\na ") << 500;
}

void tst_DkimCanon::differentialRandom()
{
    QFETCH(QByteArray, alphabet);
    QFETCH(int, maxLen);
    QRandomGenerator rng(0x5eed0000u + quint32(maxLen) + quint32(alphabet.size()));
    for (int iter = 0; iter < 300; ++iter) {
        const QByteArray body = randomBody(rng, maxLen, alphabet.constData(), int(alphabet.size()));
        for (const bool lfEnds : {true, false}) {
            DkimBodyCanonicalizer::Options o;
            o.lfIsLineEnd = lfEnds;
            for (DkimCanon canon : {DkimCanon::Relaxed, DkimCanon::Simple}) {
                const QByteArray want = referenceCanon(body, canon, o);
                const QByteArray why = QByteArray("body ") + body.toPercentEncoding() + (lfEnds ? " lf" : " nolf")
                    + (canon == DkimCanon::Relaxed ? " relaxed" : " simple");
                QVERIFY2(dkimCanonicalizeBody(body, canon, o) == want, why.constData());
                QVERIFY2(canonChunked(body, canon, o, rng) == want, why.constData());
                // the line-hook path (diagnosis, GUI) gives the same bytes and reports every non-empty line
                QList<QPair<qint64, qint64>> gotHooks, wantHooks;
                referenceCanon(body, canon, o, &wantHooks);
                QVERIFY2(canonChunked(body, canon, o, rng, &gotHooks) == want, why.constData());
                QVERIFY2(gotHooks == wantHooks, why.constData());
                // hash and l= (cut anywhere, also inside a collapsed run)
                const qint64 limit = rng.bounded(qint64(want.size()) + 2);
                const DkimBodyHash h = dkimHashBody(body, canon, DkimHash::Sha256, limit, o);
                QVERIFY2(h.digest == QCryptographicHash::hash(want.left(limit), QCryptographicHash::Sha256), why.constData());
                QVERIFY2(h.canonicalSize == want.size(), why.constData());
            }
        }
        DkimBodyCanonicalizer::Options strip;
        strip.stripTrailingWsp = true;
        QCOMPARE(dkimCanonicalizeBody(body, DkimCanon::Simple, strip), referenceCanon(body, DkimCanon::Simple, strip));
    }
}

void tst_DkimCanon::differentialEverySplitShort()
{
    // every body over {SP, TAB, CR, LF, a} up to 6 bytes, every split into three chunks
    const char alphabet[] = {' ', '\t', '\r', '\n', 'a'};
    qint64 checked = 0;
    for (int len = 0; len <= 6; ++len) {
        int total = 1;
        for (int k = 0; k < len; ++k)
            total *= 5;
        for (int code = 0; code < total; ++code) {
            QByteArray body;
            for (int k = 0, c = code; k < len; ++k, c /= 5)
                body.append(alphabet[c % 5]);
            const QByteArray want = referenceCanon(body, DkimCanon::Relaxed, {});
            QCOMPARE(dkimCanonicalizeBody(body, DkimCanon::Relaxed), want);
            for (qsizetype a = 0; a <= body.size(); ++a) {
                for (qsizetype b = a; b <= body.size(); ++b) {
                    QByteArray out;
                    DkimBodyCanonicalizer c(DkimCanon::Relaxed, [&out](QByteArrayView v) { out.append(v); });
                    const QByteArray c1 = body.first(a), c2 = body.sliced(a, b - a), c3 = body.sliced(b);
                    c.update(c1);
                    c.update(c2);
                    c.update(c3);
                    c.finish();
                    if (out != want)
                        QFAIL(QByteArray(body.toPercentEncoding() + " split " + QByteArray::number(a) + ','
                                         + QByteArray::number(b))
                                  .constData());
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 100000);
}

void tst_DkimCanon::relaxedLongRunsAndLimit()
{
    // long runs straddling the 16-byte scan blocks at every alignment, and l= inside a collapsed run
    for (int pad = 0; pad < 40; ++pad) {
        QByteArray body = QByteArray(pad, 'x') + QByteArray(37, ' ') + "y" + QByteArray(pad, '\t') + "\r\n"
            + QByteArray(pad % 5, '\n') + QByteArray(pad, 'z') + " \r\n" + QByteArray(3, '\r') + "\r\n\r\n";
        const QByteArray want = referenceCanon(body, DkimCanon::Relaxed, {});
        QCOMPARE(dkimCanonicalizeBody(body, DkimCanon::Relaxed), want);
        for (qint64 limit = 0; limit <= want.size(); ++limit) {
            QCOMPARE(dkimHashBody(body, DkimCanon::Relaxed, DkimHash::Sha256, limit).digest,
                     QCryptographicHash::hash(want.left(limit), QCryptographicHash::Sha256));
        }
    }
    const QByteArray run = QByteArray("x") + QByteArray(100, ' ') + "y";
    QCOMPARE(dkimCanonicalizeBody(run, DkimCanon::Relaxed), QByteArray("x y\r\n"));
    const QByteArray trailing = QByteArray(100, 'a') + "\t\r\n";
    QCOMPARE(dkimCanonicalizeBody(trailing, DkimCanon::Relaxed), QByteArray(QByteArray(100, 'a') + "\r\n"));
}

QTEST_GUILESS_MAIN(tst_DkimCanon)
#include "tst_dkimcanon.moc"
