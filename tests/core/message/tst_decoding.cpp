// SPDX-License-Identifier: GPL-3.0-or-later
// Transfer decoding (RFC 2045 §6, RFC 4648 vectors, GMime's encodings pairs byte-exact), charset
// decoding (GMime's charset samples, alias table, fallback rules) and Content-Type /
// Content-Disposition parameters (RFC 2045 §5, RFC 2231 examples, broken RFC 2047 filenames).

#include "message/ByteScan_p.h"
#include "message/Charset.h"
#include "message/ContentType.h"
#include "message/Message.h"
#include "message/RawData.h"
#include "message/TransferEncoding.h"
#include "message/TransferEncoding_p.h"

#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <vector>

using namespace Deliverbench::Mail;

namespace {

QByteArray readData(const QString& relative)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(relative));
    return f.readAll();
}

} // namespace

class TestDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64_data();
    void base64();
    void base64FastPaths();
    void quotedPrintable_data();
    void quotedPrintable();
    void quotedPrintableFastPath();
    void uuencode();
    void streamed_data();
    void streamed();
    void streamedMappedBody();
    void byteScan();
    void gmimeEncodings_data();
    void gmimeEncodings();
    void tokens_data();
    void tokens();

    void gmimeCharsets_data();
    void gmimeCharsets();
    void charsetAliases_data();
    void charsetAliases();
    void charsetFallback();
    void utf8Validation_data();
    void utf8Validation();

    void contentType_data();
    void contentType();
    void rfc2231_data();
    void rfc2231();
    void disposition_data();
    void disposition();
};

void TestDecoding::base64_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<qint64>("invalid");
    QTest::addColumn<bool>("badPadding");
    QTest::addColumn<bool>("truncated");

    // RFC 4648 §10 test vectors.
    QTest::newRow("rfc4648 empty") << QByteArray("") << QByteArray("") << qint64(0) << false << false;
    QTest::newRow("rfc4648 f") << QByteArray("Zg==") << QByteArray("f") << qint64(0) << false << false;
    QTest::newRow("rfc4648 fo") << QByteArray("Zm8=") << QByteArray("fo") << qint64(0) << false << false;
    QTest::newRow("rfc4648 foo") << QByteArray("Zm9v") << QByteArray("foo") << qint64(0) << false << false;
    QTest::newRow("rfc4648 foob") << QByteArray("Zm9vYg==") << QByteArray("foob") << qint64(0) << false << false;
    QTest::newRow("rfc4648 fooba") << QByteArray("Zm9vYmE=") << QByteArray("fooba") << qint64(0) << false << false;
    QTest::newRow("rfc4648 foobar") << QByteArray("Zm9vYmFy") << QByteArray("foobar") << qint64(0) << false << false;
    QTest::newRow("line breaks and spaces") << QByteArray("Zm9v\r\n YmFy\r\n") << QByteArray("foobar") << qint64(0) << false << false;
    QTest::newRow("junk skipped (RFC 2045 6.8)") << QByteArray("Zm*9v!YmFy") << QByteArray("foobar") << qint64(2) << false << false;
    QTest::newRow("missing padding") << QByteArray("Zm9vYg") << QByteArray("foob") << qint64(0) << true << false;
    QTest::newRow("concatenated encodings") << QByteArray("Zg==\r\nZm8=") << QByteArray("ffo") << qint64(0) << true << false;
    QTest::newRow("stray single sextet") << QByteArray("Zm9vY") << QByteArray("foo") << qint64(0) << false << true;
    QTest::newRow("binary bytes") << QByteArray("AP8A/w==") << QByteArray("\x00\xff\x00\xff", 4) << qint64(0) << false << false;
}

void TestDecoding::base64()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QFETCH(qint64, invalid);
    QFETCH(bool, badPadding);
    QFETCH(bool, truncated);
    DecodeStats stats;
    QCOMPARE(decodeBase64(encoded, &stats), decoded);
    QCOMPARE(stats.invalidBytes, invalid);
    QCOMPARE(stats.badPadding, badPadding);
    QCOMPARE(stats.truncated, truncated);
}

void TestDecoding::base64FastPaths()
{
    // decodeBase64() against its byte-at-a-time reference, through each of its fast paths on its
    // own (4-character quanta only; then 16-character SSSE3 blocks; then 32-character AVX2 blocks,
    // as far as the CPU has them): clean text, every standard and URL-safe character at every
    // block position, MIME lines of 76 and 64 characters (blocks that end on a line break), and
    // line breaks, padding, junk and 8-bit bytes dropped in at random.
    QByteArray all;
    for (int c = 0; c < 256; ++c)
        all += char(c);
    QList<QByteArray> inputs{all, all.toBase64(), QByteArray(1000, 'A'), QByteArray(1000, '/'), QByteArray(1000, '+')};
    // Padding, then only line breaks (skipped inside the SIMD loop) before more padding or data:
    // white space after '=' is not data after padding, what follows the breaks may be.
    for (const QByteArray& tail : {QByteArray("="), QByteArray("QUJD"), QByteArray("*"), QByteArray()})
        for (const int breaks : {1, 8, 20, 40})
            inputs << "QQ==" + QByteArray("\r\n").repeated(breaks) + tail << "QUI=" + QByteArray("\n").repeated(breaks) + tail;
    // Runs of line breaks longer than a block between whole quanta, at every block position.
    for (int lead = 0; lead < 24; ++lead)
        for (const int breaks : {1, 15, 16, 17, 31, 32, 33, 70})
            inputs << QByteArray("QUJD").repeated(lead / 4 + 4) + QByteArray("\r\n\n\r").left(1 + lead % 3).repeated(breaks)
                          + QByteArray("QUJD").repeated(20) + QByteArray("\n").repeated(lead);
    static const char sprinkles[] = {'\r', '\n', ' ', '=', '-', '_', '*', '\x80', '\xff', '\0', '\t', '.'};
    quint32 seed = 2718281;
    auto next = [&seed] { seed = seed * 1103515245u + 12345u; return seed >> 16; };
    for (int round = 0; round < 3000; ++round) {
        QByteArray payload(int(next() % 400), Qt::Uninitialized);
        for (char& c : payload)
            c = char(next());
        QByteArray encoded = (round % 2 ? payload.toBase64(QByteArray::Base64UrlEncoding) : payload.toBase64());
        const int damage = int(next() % 5);
        for (int i = 0; i < damage && !encoded.isEmpty(); ++i)
            encoded.insert(qsizetype(next() % quint32(encoded.size())), sprinkles[next() % sizeof sprinkles]);
        if (round % 7 == 0) // MIME line breaks every 76 characters
            for (qsizetype pos = 76; pos < encoded.size(); pos += 78)
                encoded.insert(pos, "\r\n");
        else if (round % 7 == 1) // every 64, LF only
            for (qsizetype pos = 64; pos < encoded.size(); pos += 65)
                encoded.insert(pos, "\n");
        inputs << encoded;
    }
    qsizetype compared = 0;
    for (int simd = 0; simd <= Internal::base64SimdLevel(); ++simd) {
        for (const QByteArray& encoded : std::as_const(inputs)) {
            for (qsizetype shift = 0; shift < 16 && shift <= encoded.size(); shift += 5) {
                const QByteArrayView view = QByteArrayView(encoded).sliced(shift);
                DecodeStats fastStats, referenceStats;
                const QByteArray fast = Internal::decodeBase64Simd(view, simd, &fastStats);
                const QByteArray reference = Internal::decodeBase64Reference(view, &referenceStats);
                QVERIFY2(fast == reference, QByteArray(QByteArray::number(simd) + ": " + view.toByteArray().toPercentEncoding()).constData());
                QCOMPARE(fastStats.invalidBytes, referenceStats.invalidBytes);
                QCOMPARE(fastStats.badPadding, referenceStats.badPadding);
                QCOMPARE(fastStats.truncated, referenceStats.truncated);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 3000);
    // Known answer through the fast path: 76-character lines of a 3 KB payload.
    QByteArray payload(3000, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 7 + (i >> 8));
    QByteArray lines;
    const QByteArray encoded = payload.toBase64();
    for (qsizetype pos = 0; pos < encoded.size(); pos += 76)
        lines += encoded.mid(pos, 76) + "\r\n";
    QCOMPARE(decodeBase64(lines), payload);
    for (int simd = 0; simd <= Internal::base64SimdLevel(); ++simd)
        QCOMPARE(Internal::decodeBase64Simd(lines, simd), payload);
}

void TestDecoding::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<qint64>("badEscapes");

    QTest::newRow("plain") << QByteArray("hello\r\n") << QByteArray("hello\r\n") << qint64(0);
    QTest::newRow("escape") << QByteArray("a=3Db=C3=A9") << QByteArray("a=b\xc3\xa9") << qint64(0);
    QTest::newRow("lower-case hex") << QByteArray("=c3=a9") << QByteArray("\xc3\xa9") << qint64(0);
    QTest::newRow("soft break CRLF") << QByteArray("long=\r\nline\r\n") << QByteArray("longline\r\n") << qint64(0);
    QTest::newRow("soft break LF") << QByteArray("long=\nline") << QByteArray("longline") << qint64(0);
    QTest::newRow("soft break with trailing space") << QByteArray("long= \t\r\nline") << QByteArray("longline") << qint64(0);
    QTest::newRow("trailing whitespace removed (rule 3)") << QByteArray("a  \r\nb\t\n") << QByteArray("a\r\nb\n") << qint64(0);
    QTest::newRow("encoded trailing space kept") << QByteArray("a=20\r\n") << QByteArray("a \r\n") << qint64(0);
    QTest::newRow("bad escape kept literally") << QByteArray("100% =ZZ ok") << QByteArray("100% =ZZ ok") << qint64(1);
    QTest::newRow("equals at end of input") << QByteArray("x=") << QByteArray("x") << qint64(0);
    QTest::newRow("half escape at end") << QByteArray("x=4") << QByteArray("x=4") << qint64(1);
}

void TestDecoding::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QFETCH(qint64, badEscapes);
    DecodeStats stats;
    QCOMPARE(decodeQuotedPrintable(encoded, &stats), decoded);
    QCOMPARE(stats.badEscapes, badEscapes);
    DecodeStats referenceStats;
    QCOMPARE(Internal::decodeQuotedPrintableReference(encoded, &referenceStats), decoded);
    QCOMPARE(referenceStats.badEscapes, badEscapes);
}

void TestDecoding::quotedPrintableFastPath()
{
    // decodeQuotedPrintable() (one forward pass, 16-byte literal runs) against the line-by-line
    // reference: text built mostly from the bytes QP treats specially ('=', hex digits, blanks,
    // CR, LF), so escapes, soft breaks, padding and bad escapes fall at every position of a block
    // and at the end of the input.
    static const char alphabet[] = {'=', '=', '=', ' ', ' ', '\t', '\r', '\n', '\n', '3', 'D', 'a', 'F', '0', 'g', 'x', '-', '\x80'};
    quint32 seed = 1414213;
    auto next = [&seed] { seed = seed * 1103515245u + 12345u; return seed >> 16; };
    qint64 compared = 0, withBadEscapes = 0, changed = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray encoded(int(next() % 120), Qt::Uninitialized);
        const int plainRun = int(next() % 4); // some inputs are long literal runs with few specials
        for (char& c : encoded)
            c = (plainRun && next() % (8 * plainRun) != 0) ? char('a' + next() % 26) : alphabet[next() % sizeof alphabet];
        DecodeStats fastStats, referenceStats;
        const QByteArray fast = decodeQuotedPrintable(encoded, &fastStats);
        const QByteArray reference = Internal::decodeQuotedPrintableReference(encoded, &referenceStats);
        QVERIFY2(fast == reference, encoded.toPercentEncoding().constData());
        QCOMPARE(fastStats.badEscapes, referenceStats.badEscapes);
        ++compared;
        withBadEscapes += referenceStats.badEscapes > 0;
        changed += reference != encoded;
    }
    QCOMPARE(compared, 20000);
    QVERIFY(withBadEscapes > 5000 && changed > 4000); // the inputs reach the special cases
    // Known answer: a long HTML line, soft-broken before column 76 with blanks and escapes on
    // both sides of the breaks (blanks before a soft break are text, RFC 2045 §6.7 rule 5).
    QByteArray html;
    for (int i = 0; i < 200; ++i)
        html += "<td class=\"c" + QByteArray::number(i) + "\">caf\xc3\xa9</td>  ";
    html.chop(2);
    QByteArray qp, line;
    for (char c : std::as_const(html)) {
        const bool escape = c == '=' || c == '"' || static_cast<unsigned char>(c) >= 0x80;
        const QByteArray token = escape ? "=" + QByteArray(1, c).toHex().toUpper() : QByteArray(1, c);
        if (line.size() + token.size() > 75) {
            qp += line + "=\r\n";
            line.clear();
        }
        line += token;
    }
    qp += line + "\r\n";
    html += "\r\n";
    QCOMPARE(decodeQuotedPrintable(qp), html);
}

void TestDecoding::uuencode()
{
    const QByteArray body("some text first\nbegin 644 cat.txt\n#0V%T\n`\nend\ntrailing\n");
    QVERIFY(looksUUEncoded(body));
    QVERIFY(!looksUUEncoded("begin the text\nnothing here\n"));
    QVERIFY(!looksUUEncoded("we begin 644 x\n"));
    QCOMPARE(decodeUUEncode(body), QByteArray("Cat"));
    DecodeStats stats;
    QCOMPARE(decodeUUEncode("begin 600 x\n&0V%T\nend\n", &stats), QByteArray("Cat")); // announces 6, holds 3
    QVERIFY(stats.truncated);
    QCOMPARE(decodeTransferEncoding(TransferEncoding::UUEncode, body), QByteArray("Cat"));
}

void TestDecoding::streamed_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QByteArray>("encoded");

    const auto b64 = int(TransferEncoding::Base64);
    const auto qp = int(TransferEncoding::QuotedPrintable);
    const auto uu = int(TransferEncoding::UUEncode);
    const QString dir = QStringLiteral("mime-gmime/tests/data/encodings/");
    QTest::newRow("base64 photo") << b64 << readData(dir + QStringLiteral("photo.b64"));
    QTest::newRow("base64 75-char lines") << b64 << QByteArray("Zm9vYmFyYmF6cXV4").repeated(300).insert(75, "\r\n").insert(152, "\n");
    QTest::newRow("base64 junk and padding") << b64 << QByteArray("Zm*9v!YmFy\r\nZg==\r\nZm8=\r\nZm9vY");
    QTest::newRow("base64 missing padding") << b64 << QByteArray("Zm9vYg");
    QTest::newRow("qp wikipedia") << qp << readData(dir + QStringLiteral("wikipedia.qp"));
    QTest::newRow("qp soft breaks, CRLF, trailing space") << qp << QByteArray("long= \t\r\nline\r\na  \r\nb\t\n=C3=A9 =ZZ x=");
    QTest::newRow("qp escape at the end") << qp << QByteArray("abc=4");
    // One line far over the 64 KiB the decoder keeps: it is cut where cutting changes nothing.
    QByteArray longLine;
    for (int i = 0; i < 30000; ++i)
        longLine += (i % 7 == 0) ? QByteArray("a =3D \t") : QByteArray("b=\r\n");
    QTest::newRow("qp 200 KiB line with escapes and spaces") << qp << longLine.replace("=\r\n", "=4");
    QTest::newRow("qp 200 KiB line of spaces then text") << qp << (QByteArray(200000, ' ') + "x=41  \r\n");
    QTest::newRow("uuencode photo") << uu << readData(dir + QStringLiteral("photo.uu"));
    QTest::newRow("7bit passes through") << int(TransferEncoding::SevenBit) << QByteArray("plain\r\ntext \r\n");
}

void TestDecoding::streamed()
{
    // The streaming decoder must give the one-shot decoder's bytes and stats whatever the piece sizes.
    QFETCH(int, encoding);
    QFETCH(QByteArray, encoded);
    DecodeStats expectedStats;
    const QByteArray expected = decodeTransferEncoding(TransferEncoding(encoding), encoded, &expectedStats);
    for (const qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(77), qsizetype(4096),
                                  qsizetype(100000), encoded.size() + 1}) {
        if (piece < 64 && encoded.size() > 20000)
            continue; // byte-sized pieces on the short rows only: they cost a call per byte
        TransferDecoder decoder{TransferEncoding(encoding)};
        QByteArray got;
        const TransferDecoder::Sink sink = [&got](QByteArrayView bytes) { got.append(bytes); };
        for (qsizetype pos = 0; pos < encoded.size(); pos += piece)
            decoder.feed(QByteArrayView(encoded).sliced(pos, std::min(piece, encoded.size() - pos)), sink);
        decoder.finish(sink);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("piece size %1: %2 bytes, expected %3").arg(piece).arg(got.size()).arg(expected.size())));
        const DecodeStats stats = decoder.stats();
        QCOMPARE(stats.invalidBytes, expectedStats.invalidBytes);
        QCOMPARE(stats.badPadding, expectedStats.badPadding);
        QCOMPARE(stats.truncated, expectedStats.truncated);
        QCOMPARE(stats.badEscapes, expectedStats.badEscapes);
        QCOMPARE(stats.longestLine, expectedStats.longestLine);
    }
}

void TestDecoding::streamedMappedBody()
{
    // A body big enough that Message::decodeBody() gives its mapped pages back as it goes: the
    // streamed bytes equal decodedBody(), and the message's views stay readable afterwards.
    QByteArray payload(6 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 131) ^ (i >> 9));
    QByteArray encoded = payload.toBase64();
    QByteArray body;
    for (qsizetype pos = 0; pos < encoded.size(); pos += 76)
        body += encoded.mid(pos, 76) + "\r\n";
    const QByteArray raw = "From: a@example.test\r\nContent-Type: application/octet-stream\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\n" + body;
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(raw), raw.size());
    file.close();
    auto mapped = RawData::mapFile(file.fileName());
    QVERIFY(mapped);
    QVERIFY((*mapped)->isMapped());
    const Message message = parseMessage(*mapped);
    QByteArray streamed;
    DecodeStats stats;
    message.decodeBody(*message.root, [&streamed](QByteArrayView bytes) { streamed.append(bytes); }, &stats);
    QVERIFY(streamed == payload);
    QCOMPARE(stats.longestLine, 76);
    QCOMPARE(stats.invalidBytes, 0);
    QVERIFY(message.decodedBody(*message.root) == payload); // pages given back are read again
    QVERIFY(message.headers().first("from")->unfolded().contains("a@example.test"));
}

void TestDecoding::byteScan()
{
    // The SSE2 and AVX2 scans of ByteScan_p.h (and countBytes/findPair, which pick one by length
    // and CPU) against their scalar references, at every alignment and length, on bytes drawn
    // mostly from the ones they look for. AVX2 only where the CPU has it.
    using CountFn = Internal::ByteCounts (*)(const char*, const char*, char);
    using PairFn = const char* (*)(const char*, const char*, char, char);
    struct Scan
    {
        const char* name;
        CountFn count;
        PairFn pair;
    };
    std::vector<Scan> scans = {{"dispatch", Internal::countBytes, Internal::findPair},
                               {"sse2", Internal::countBytesSse2, Internal::findPairSse2}};
#ifdef DELIVERBENCH_BYTESCAN_AVX2
    if (Internal::kHaveAvx2)
        scans.push_back({"avx2", Internal::countBytesAvx2, Internal::findPairAvx2});
    else
        qInfo("byteScan: no AVX2 on this CPU, its scans not compared");
#endif
    auto compare = [&scans](const char* p, const char* end, char before) {
        const Internal::ByteCounts slow = Internal::countBytesScalar(p, end, before);
        for (const Scan& scan : scans) {
            const Internal::ByteCounts fast = scan.count(p, end, before);
            if (fast.lf != slow.lf || fast.crlf != slow.crlf || fast.cr != slow.cr || fast.nul != slow.nul) {
                qWarning("%s countBytes differs at length %lld", scan.name, qint64(end - p));
                return false;
            }
            for (const char* pair : {"\n-", "\nF", "\r\n", "-F"}) {
                if (scan.pair(p, end, pair[0], pair[1]) != Internal::findPairScalar(p, end, pair[0], pair[1])) {
                    qWarning("%s findPair differs at length %lld", scan.name, qint64(end - p));
                    return false;
                }
            }
        }
        return true;
    };
    static const char alphabet[] = {'\n', '\r', '\0', '-', 'F', 'a', '\n', '-'};
    quint32 seed = 12345;
    auto next = [&seed] { seed = seed * 1103515245u + 12345u; return seed >> 16; };
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(int(next() % 300), Qt::Uninitialized);
        for (char& c : bytes)
            c = alphabet[next() % sizeof alphabet];
        for (qsizetype from = 0; from <= std::min<qsizetype>(bytes.size(), 20); ++from) {
            const char* p = bytes.constData() + from;
            const char before = from ? p[-1] : '\0';
            QVERIFY(compare(p, bytes.constData() + bytes.size(), before));
        }
    }
    // Every length 0..300 at 64 alignments, on sparse bytes (a pair at most once or twice, so
    // that the lanes of each step are all reached) and on dense ones.
    for (const int density : {2, 40}) {
        QByteArray bytes(300 + 64, Qt::Uninitialized);
        for (char& c : bytes)
            c = next() % unsigned(density) < 2 ? alphabet[next() % sizeof alphabet] : 'x';
        for (int from = 0; from < 64; ++from) {
            for (int length = 0; length <= 300; ++length) {
                const char* p = bytes.constData() + from;
                QVERIFY(compare(p, p + length, from ? p[-1] : '\0'));
            }
        }
    }
    // Long inputs: the byte counters of each 255-step round summed, CRLF across 32-byte steps and
    // rounds, and a single pair placed at every offset of a step.
    for (int round = 0; round < 8; ++round) {
        QByteArray bytes(100000 + int(next() % 64), Qt::Uninitialized);
        for (char& c : bytes)
            c = round % 2 ? alphabet[next() % sizeof alphabet] : (next() % 16 == 0 ? alphabet[next() % 5] : 'x');
        for (int from = 0; from < 4; ++from) {
            const char* p = bytes.constData() + from;
            QVERIFY(compare(p, bytes.constData() + bytes.size(), from ? p[-1] : '\0'));
        }
    }
    QByteArray plain(1000, 'x');
    for (int at = 0; at + 1 < plain.size(); at += 7) {
        plain[at] = '\n';
        plain[at + 1] = 'F';
        QVERIFY(compare(plain.constData(), plain.constData() + plain.size(), '\r'));
        QVERIFY(compare(plain.constData(), plain.constData() + at + 1, '\0')); // pair cut by the end
        plain[at] = 'x';
        plain[at + 1] = 'x';
    }
    // Known answer: "a\r\nb\nc\r\0" has one CRLF, one LF, two CRs, one NUL.
    const QByteArray known("a\r\nb\nc\r\0", 8);
    const Internal::ByteCounts k = Internal::countBytes(known.constData(), known.constData() + known.size(), '\0');
    QCOMPARE(k.crlf, 1);
    QCOMPARE(k.lf, 1);
    QCOMPARE(k.cr, 2);
    QCOMPARE(k.nul, 1);
}

void TestDecoding::gmimeEncodings_data()
{
    QTest::addColumn<QString>("encodedFile");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("decodedFile");
    const QString dir = QStringLiteral("mime-gmime/tests/data/encodings/");
    QTest::newRow("photo.b64") << dir + QStringLiteral("photo.b64") << int(TransferEncoding::Base64) << dir + QStringLiteral("photo.jpg");
    QTest::newRow("photo.uu") << dir + QStringLiteral("photo.uu") << int(TransferEncoding::UUEncode) << dir + QStringLiteral("photo.jpg");
    QTest::newRow("wikipedia.qp") << dir + QStringLiteral("wikipedia.qp") << int(TransferEncoding::QuotedPrintable)
                                  << dir + QStringLiteral("wikipedia.txt");
}

void TestDecoding::gmimeEncodings()
{
    QFETCH(QString, encodedFile);
    QFETCH(int, encoding);
    QFETCH(QString, decodedFile);
    const QByteArray expected = readData(decodedFile);
    DecodeStats stats;
    const QByteArray got = decodeTransferEncoding(TransferEncoding(encoding), readData(encodedFile), &stats);
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(stats.invalidBytes, 0);
    QCOMPARE(stats.badEscapes, 0);
    QVERIFY(!stats.truncated);
    QVERIFY(stats.longestLine > 0 && stats.longestLine <= 80);
}

void TestDecoding::tokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("encoding");
    QTest::newRow("Base64") << QByteArray("Base64") << int(TransferEncoding::Base64);
    QTest::newRow("quoted-printable padded") << QByteArray(" Quoted-Printable ") << int(TransferEncoding::QuotedPrintable);
    QTest::newRow("7bit") << QByteArray("7BIT") << int(TransferEncoding::SevenBit);
    QTest::newRow("8bit") << QByteArray("8bit") << int(TransferEncoding::EightBit);
    QTest::newRow("binary") << QByteArray("binary") << int(TransferEncoding::Binary);
    QTest::newRow("x-uuencode") << QByteArray("x-uuencode") << int(TransferEncoding::UUEncode);
    QTest::newRow("unknown") << QByteArray("x-gzip64") << int(TransferEncoding::Unknown);
}

void TestDecoding::tokens()
{
    QFETCH(QByteArray, token);
    QFETCH(int, encoding);
    QCOMPARE(int(transferEncodingFromToken(token)), encoding);
    if (encoding != int(TransferEncoding::Unknown))
        QCOMPARE(int(transferEncodingFromToken(transferEncodingToken(TransferEncoding(encoding)))), encoding);
}

void TestDecoding::gmimeCharsets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("utf8File");
    const QString dir = QStringLiteral("mime-gmime/tests/data/filters/");
    QTest::newRow("cp1251") << dir + QStringLiteral("cyrillic.cp1251.txt") << QByteArray("windows-1251") << dir + QStringLiteral("cyrillic.utf-8.txt");
    QTest::newRow("cp1251 via cp alias") << dir + QStringLiteral("cyrillic.cp1251.txt") << QByteArray("cp1251") << dir + QStringLiteral("cyrillic.utf-8.txt");
    QTest::newRow("iso-8859-5") << dir + QStringLiteral("cyrillic.iso-8859-5.txt") << QByteArray("iso-8859-5") << dir + QStringLiteral("cyrillic.utf-8.txt");
    QTest::newRow("koi8-r") << dir + QStringLiteral("cyrillic.koi8-r.txt") << QByteArray("KOI8-R") << dir + QStringLiteral("cyrillic.utf-8.txt");
    // (chinese.big5.txt is a lossy conversion of chinese.utf-8.txt, so it is no oracle; Big5 is tested below.)
    QTest::newRow("shift-jis") << dir + QStringLiteral("japanese.shift-jis.txt") << QByteArray("shift_jis") << dir + QStringLiteral("japanese.utf-8.txt");
    QTest::newRow("x-sjis") << dir + QStringLiteral("japanese.shift-jis.txt") << QByteArray("x-sjis") << dir + QStringLiteral("japanese.utf-8.txt");
    QTest::newRow("iso-2022-jp") << dir + QStringLiteral("japanese.iso-2022-jp.txt") << QByteArray("iso-2022-jp") << dir + QStringLiteral("japanese.utf-8.txt");
}

void TestDecoding::gmimeCharsets()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, charset);
    QFETCH(QString, utf8File);
    bool ok = false;
    const QString got = decodeCharset(charset, readData(file), &ok);
    QVERIFY(ok);
    QCOMPARE(got, QString::fromUtf8(readData(utf8File)));
    QVERIFY(isKnownCharset(charset));
}

void TestDecoding::charsetAliases_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf8") << QByteArray("utf8") << QByteArray("caf\xc3\xa9") << QStringLiteral("caf\u00e9");
    QTest::newRow("UTF-8 quoted") << QByteArray("\"UTF-8\"") << QByteArray("\xe2\x82\xac") << QStringLiteral("\u20ac");
    QTest::newRow("latin1") << QByteArray("latin1") << QByteArray("caf\xe9") << QStringLiteral("caf\u00e9");
    QTest::newRow("iso-8859-1 as windows-1252") << QByteArray("ISO-8859-1") << QByteArray("\x93q\x94") << QStringLiteral("\u201cq\u201d");
    QTest::newRow("iso_8859-1") << QByteArray("iso_8859-1") << QByteArray("\xe9") << QStringLiteral("\u00e9");
    QTest::newRow("iso-8859-2") << QByteArray("iso-8859-2") << QByteArray("\xb1") << QStringLiteral("\u0105");
    QTest::newRow("ks_c_5601-1987") << QByteArray("ks_c_5601-1987") << QByteArray("\xb0\xa1") << QStringLiteral("\uac00");
    QTest::newRow("euc-kr") << QByteArray("euc-kr") << QByteArray("\xc7\xd1") << QStringLiteral("\ud55c");
    QTest::newRow("gb2312 as GBK") << QByteArray("gb2312") << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("\u4f60\u597d");
    QTest::newRow("gb2312 euro (GBK superset)") << QByteArray("gb2312") << QByteArray("\x80") << QStringLiteral("\u20ac");
    QTest::newRow("big5") << QByteArray("big5") << QByteArray("\xa4\xa4\xa4\xe5") << QStringLiteral("\u4e2d\u6587");
    QTest::newRow("x-sjis") << QByteArray("x-sjis") << QByteArray("\x82\xa0") << QStringLiteral("\u3042");
    QTest::newRow("windows-1252") << QByteArray("windows-1252") << QByteArray("\x80") << QStringLiteral("\u20ac");
    QTest::newRow("win-1251") << QByteArray("win-1251") << QByteArray("\xc0") << QStringLiteral("\u0410");
    QTest::newRow("us-ascii") << QByteArray("us-ascii") << QByteArray("plain") << QStringLiteral("plain");
    QTest::newRow("utf-16le") << QByteArray("utf-16le") << QByteArray("a\0b\0", 4) << QStringLiteral("ab");
}

void TestDecoding::charsetAliases()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    bool ok = false;
    QCOMPARE(decodeCharset(charset, bytes, &ok), expected);
    QVERIFY(ok);
    QVERIFY(isKnownCharset(charset));
}

void TestDecoding::charsetFallback()
{
    bool ok = true;
    // Unknown charset: UTF-8 when valid, else windows-1252; ok is false.
    QCOMPARE(decodeCharset("x-martian", "caf\xc3\xa9", &ok), QStringLiteral("caf\u00e9"));
    QVERIFY(!ok);
    QCOMPARE(decodeCharset("x-martian", "caf\xe9", &ok), QStringLiteral("caf\u00e9"));
    QVERIFY(!ok);
    QVERIFY(!isKnownCharset("x-martian"));
    QVERIFY(!isKnownCharset(""));
    QVERIFY(!isKnownCharset("unknown-8bit"));
    // No charset: the same rule, but nothing is wrong.
    QCOMPARE(decodeCharset("", "\x93smart\x94", &ok), QStringLiteral("\u201csmart\u201d"));
    QVERIFY(ok);
    // us-ascii with 8-bit octets: not valid in the charset.
    QCOMPARE(decodeCharset("us-ascii", "caf\xc3\xa9", &ok), QStringLiteral("caf\u00e9"));
    QVERIFY(!ok);
    // Declared UTF-8 that is not valid.
    decodeCharset("utf-8", "caf\xe9", &ok);
    QVERIFY(!ok);
    // Invalid in a multi-byte charset.
    decodeCharset("shift_jis", "\x82", &ok);
    QVERIFY(!ok);
}

void TestDecoding::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello world, long enough for the fast path") << true;
    QTest::newRow("2-byte") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("truncated") << QByteArray("abc\xe2\x82") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("latin1") << QByteArray("caf\xe9") << false;
}

void TestDecoding::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
}

void TestDecoding::contentType_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QByteArray("text/plain; charset=us-ascii") << QByteArray("text/plain") << QByteArray("us-ascii") << QByteArray() << true;
    QTest::newRow("comment (RFC 2045 5.1)") << QByteArray("text/plain; charset=us-ascii (Plain text)") << QByteArray("text/plain")
                                           << QByteArray("us-ascii") << QByteArray() << true;
    QTest::newRow("upper case, quoted") << QByteArray("TEXT/HTML; CHARSET=\"UTF-8\"") << QByteArray("text/html") << QByteArray("utf-8")
                                        << QByteArray() << true;
    QTest::newRow("boundary case kept") << QByteArray("multipart/mixed;\r\n\tboundary=\"----=_Part_0_AbC.123\"") << QByteArray("multipart/mixed")
                                        << QByteArray() << QByteArray("----=_Part_0_AbC.123") << true;
    QTest::newRow("spaces around slash and equals") << QByteArray("text / plain ; charset = \"iso-8859-1\"") << QByteArray("text/plain")
                                                    << QByteArray("iso-8859-1") << QByteArray() << true;
    QTest::newRow("missing semicolon") << QByteArray("text/plain charset=utf-8") << QByteArray("text/plain") << QByteArray("utf-8") << QByteArray()
                                       << true;
    QTest::newRow("empty") << QByteArray("") << QByteArray("text/plain") << QByteArray() << QByteArray() << false;
    QTest::newRow("missing subtype") << QByteArray("text; charset=utf-8") << QByteArray("text/plain") << QByteArray("utf-8") << QByteArray()
                                     << false;
    QTest::newRow("unknown missing subtype") << QByteArray("image") << QByteArray("application/octet-stream") << QByteArray() << QByteArray()
                                             << false;
    QTest::newRow("trailing semicolon") << QByteArray("text/html;") << QByteArray("text/html") << QByteArray() << QByteArray() << true;
}

void TestDecoding::contentType()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, mimeType);
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, boundary);
    QFETCH(bool, valid);
    const ContentType ct = parseContentType(value);
    QCOMPARE(ct.mimeType(), mimeType);
    QCOMPARE(ct.charset(), charset);
    QCOMPARE(ct.boundary(), boundary);
    QCOMPARE(ct.valid, valid);
    QVERIFY(ct.present);
}

void TestDecoding::rfc2231_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("extended");

    // RFC 2231 §3, §4, §4.1 examples.
    QTest::newRow("rfc2231 3 continuation")
        << QByteArray("message/external-body; access-type=URL;\r\n URL*0=\"ftp://\";\r\n URL*1=\"cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar\"")
        << QByteArray("url") << QStringLiteral("ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar") << false;
    QTest::newRow("rfc2231 4 charset and language")
        << QByteArray("application/x-stuff;\r\n title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A") << QByteArray("title")
        << QStringLiteral("This is ***fun***") << true;
    QTest::newRow("rfc2231 4.1 mixed sections")
        << QByteArray("application/x-stuff;\r\n title*0*=us-ascii'en'This%20is%20even%20more%20;\r\n title*1*=%2A%2A%2Afun%2A%2A%2A%20;\r\n"
                      " title*2=\"isn't it!\"")
        << QByteArray("title") << QStringLiteral("This is even more ***fun*** isn't it!") << true;
    QTest::newRow("sections out of order") << QByteArray("application/pdf; name*1=\"b.pdf\"; name*0=\"a\"") << QByteArray("name")
                                           << QStringLiteral("ab.pdf") << false;
    QTest::newRow("utf-8 percent") << QByteArray("application/pdf; name*=UTF-8''%E2%82%AC%20rates.pdf") << QByteArray("name")
                                   << QStringLiteral("\u20ac rates.pdf") << true;
    QTest::newRow("iso-8859-1 percent") << QByteArray("application/pdf; name*=iso-8859-1'de'M%FCller.pdf") << QByteArray("name")
                                        << QStringLiteral("M\u00fcller.pdf") << true;
    QTest::newRow("broken rfc2047 in quotes") << QByteArray("application/pdf; name=\"=?utf-8?B?w6l0w6kucGRm?=\"") << QByteArray("name")
                                              << QStringLiteral("\u00e9t\u00e9.pdf") << false;
    QTest::newRow("quoted-pair") << QByteArray("text/plain; name=\"a \\\"b\\\" c\"") << QByteArray("name") << QStringLiteral("a \"b\" c") << false;
    QTest::newRow("semicolon inside quotes") << QByteArray("text/plain; name=\"a;b.txt\"; charset=x") << QByteArray("name")
                                             << QStringLiteral("a;b.txt") << false;
    QTest::newRow("raw utf-8 (RFC 6532)") << QByteArray("text/plain; name=\"r\xc3\xa9sum\xc3\xa9.txt\"") << QByteArray("name")
                                          << QStringLiteral("r\u00e9sum\u00e9.txt") << false;
    QTest::newRow("parenthesis in token kept") << QByteArray("text/plain; name=report(1).txt") << QByteArray("name")
                                               << QStringLiteral("report(1).txt") << false;
}

void TestDecoding::rfc2231()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, expected);
    QFETCH(bool, extended);
    const ContentType ct = parseContentType(value);
    const HeaderParameter* p = ct.parameter(parameter);
    QVERIFY(p);
    QCOMPARE(p->value, expected);
    QCOMPARE(p->extended, extended);
    QCOMPARE(p->name, parameter);
}

void TestDecoding::disposition_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("filename");

    QTest::newRow("attachment") << QByteArray("attachment; filename=\"x.pdf\"; size=10") << QByteArray("attachment") << QStringLiteral("x.pdf");
    QTest::newRow("upper-case inline") << QByteArray("INLINE") << QByteArray("inline") << QString();
    QTest::newRow("no type") << QByteArray("filename=foo.txt") << QByteArray() << QStringLiteral("foo.txt");
    QTest::newRow("extended preferred") << QByteArray("attachment; filename=\"fallback.pdf\"; filename*=utf-8''r%C3%A9el.pdf")
                                        << QByteArray("attachment") << QStringLiteral("r\u00e9el.pdf");
    QTest::newRow("rfc2047 filename") << QByteArray("attachment; filename=\"=?iso-8859-1?Q?caf=E9.txt?=\"") << QByteArray("attachment")
                                      << QStringLiteral("caf\u00e9.txt");
    QTest::newRow("continuations") << QByteArray("attachment; filename*0=\"very long \"; filename*1=\"name.txt\"") << QByteArray("attachment")
                                   << QStringLiteral("very long name.txt");
}

void TestDecoding::disposition()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, type);
    QFETCH(QString, filename);
    const ContentDisposition cd = parseContentDisposition(value);
    QCOMPARE(cd.type, type);
    QCOMPARE(cd.filename(), filename);
}

QTEST_GUILESS_MAIN(TestDecoding)
#include "tst_decoding.moc"
