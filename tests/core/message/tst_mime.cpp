// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the zero-copy message model: header section parsing (RFC 5322 §2.2) and the
// MIME tree (RFC 2045/2046) with exact offsets, IMAP section paths and hostile inputs.

#include "message/HeaderBlock.h"
#include "message/Mailbox.h"
#include "message/Message.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QRegularExpression>
#include <QTest>

using namespace Deliverbench::Mail;

namespace {

Message parse(const QByteArray& bytes, const ParseOptions& options = {})
{
    return parseMessage(RawData::fromBytes(bytes, QStringLiteral("test")), options);
}

QStringList L(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

QByteArray crlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

/** "path type" per part, pre-order, joined with '|'. */
QString tree(const Message& m)
{
    QStringList out;
    for (const MimePart* p : m.allParts())
        out << (p->path.isEmpty() ? QStringLiteral("-") : p->path) + QLatin1Char(' ') + QString::fromLatin1(p->contentType.mimeType());
    return out.join(QLatin1Char('|'));
}

bool hasDefect(const MimePart& p, ParseDefect::Kind k)
{
    for (const ParseDefect& d : p.defects) {
        if (d.kind == k)
            return true;
    }
    return false;
}

bool anyDefect(const Message& m, ParseDefect::Kind k)
{
    for (const MimePart* p : m.allParts()) {
        if (hasDefect(*p, k))
            return true;
    }
    return false;
}

/** Checks that the part's ranges tile its bytes exactly, gaps being delimiter lines. Empty when fine. */
QString verifyPart(const Message& m, const MimePart& p)
{
    const QByteArrayView src = m.sourceBytes(p);
    if (p.offset < 0 || p.length < 0 || p.offset + p.length > src.size())
        return QStringLiteral("part %1 out of bounds").arg(p.path);
    if (p.bodyOffset < p.offset || p.bodyOffset + p.bodyLength != p.offset + p.length)
        return QStringLiteral("part %1 body range").arg(p.path);
    if (p.headers.offset < p.offset || p.headers.offset + p.headers.length != p.bodyOffset)
        return QStringLiteral("part %1 header range").arg(p.path);
    for (const HeaderField& f : p.headers.fields) {
        if (f.offset < p.offset || f.offset + f.length > p.bodyOffset)
            return QStringLiteral("field %1 outside its part").arg(QString::fromLatin1(f.name.toByteArray()));
        if (f.name.data() != src.data() + f.offset)
            return QStringLiteral("field name view does not point at its offset");
        if (f.rawValue.data() < f.name.data() || f.rawValue.data() + f.rawValue.size() > src.data() + f.offset + f.length)
            return QStringLiteral("field value view outside the field");
    }
    const qint64 end = p.offset + p.length;
    if (p.children.empty())
        return {};
    if (p.isEncapsulatedMessage()) {
        if (p.children.size() != 1)
            return QStringLiteral("message part %1 has %2 children").arg(p.path).arg(p.children.size());
        const MimePart& c = *p.children.front();
        if (!c.source && (c.offset != p.bodyOffset || c.offset + c.length != end))
            return QStringLiteral("encapsulated root of %1 does not fill the body").arg(p.path);
        return verifyPart(m, c);
    }
    const QString b = QRegularExpression::escape(QString::fromLatin1(p.contentType.boundary()));
    const QRegularExpression delimiter(QStringLiteral("\\A(\\r?\\n)?--") + b + QStringLiteral("[ \\t]*(\\r?\\n)?\\z"));
    const QRegularExpression closeLine(QStringLiteral("\\A(\\r?\\n)?--") + b + QStringLiteral("--[^\\n]*(\\n)?\\z"));
    qint64 pos = p.bodyOffset;
    if (p.preambleOffset >= 0) {
        if (p.preambleOffset != pos)
            return QStringLiteral("preamble of %1 misplaced").arg(p.path);
        pos += p.preambleLength;
    }
    for (const auto& child : p.children) {
        if (child->offset < pos)
            return QStringLiteral("child %1 overlaps").arg(child->path);
        const QString gap = QString::fromLatin1(src.sliced(pos, child->offset - pos));
        if (!delimiter.match(gap).hasMatch())
            return QStringLiteral("gap before %1 is not a delimiter line: %2").arg(child->path, gap.left(100));
        const QString err = verifyPart(m, *child);
        if (!err.isEmpty())
            return err;
        pos = child->offset + child->length;
    }
    if (pos > end)
        return QStringLiteral("children of %1 run past it").arg(p.path);
    if (!p.closingBoundaryFound) {
        if (pos != end)
            return QStringLiteral("%1 has bytes after its last child without a close delimiter").arg(p.path);
        return {};
    }
    const qint64 closeEnd = p.epilogueOffset >= 0 ? p.epilogueOffset : end;
    const QString tail = QString::fromLatin1(src.sliced(pos, closeEnd - pos));
    if (!closeLine.match(tail).hasMatch())
        return QStringLiteral("close delimiter of %1 not found in: %2").arg(p.path, tail.left(100));
    if (p.epilogueOffset >= 0 && p.epilogueOffset + p.epilogueLength != end)
        return QStringLiteral("epilogue of %1 does not reach its end").arg(p.path);
    return {};
}

QString verifyMessage(const Message& m)
{
    if (!m.root)
        return QStringLiteral("no root");
    if (m.root->offset != m.offset || m.root->offset + m.root->length != m.offset + m.length)
        return QStringLiteral("root does not span the message");
    return verifyPart(m, *m.root);
}

} // namespace

class TestMime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerFields_data();
    void headerFields();
    void headerOffsetsExact();
    void headerLookup();
    void headerStopsAtBoundary();

    void structure_data();
    void structure();
    void bodyRangesExact();
    void preambleEpilogue();
    void imapPaths();
    void encodedEncapsulatedMessage();
    void decodedBodies();
    void lineEndings_data();
    void lineEndings();
    void defects_data();
    void defects();
    void fromLineSkipped();

    void hostile_data();
    void hostile();

    void pieceReader();
    void mappedParseEqualsHeld();
    void mappedMboxEqualsHeld();
    void mappedPassesLeaveInputUnmapped();
};

void TestMime::headerFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("unfolded");
    QTest::addColumn<bool>("separator");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("simple LF") << QByteArray("From: a@b\nSubject: hi\n\nbody\n") << L({"From", "Subject"})
                               << L({"a@b", "hi"}) << true << QByteArray("body\n");
    QTest::newRow("simple CRLF") << QByteArray("From: a@b\r\nSubject: hi\r\n\r\nbody\r\n") << L({"From", "Subject"})
                                 << L({"a@b", "hi"}) << true << QByteArray("body\r\n");
    QTest::newRow("folded (RFC 5322 2.2.3)") << crlf("Subject: This\n is a test\n\tfolded\nTo: x\n\nb")
                                             << L({"Subject", "To"}) << L({"This is a test\tfolded", "x"}) << true
                                             << QByteArray("b");
    QTest::newRow("space before colon (obs)") << QByteArray("Subject : old\n\n") << L({"Subject"}) << L({"old"})
                                              << true << QByteArray();
    QTest::newRow("empty value") << QByteArray("X-Empty:\nX-Two:  \n\nb") << L({"X-Empty", "X-Two"}) << L({"", ""})
                                 << true << QByteArray("b");
    QTest::newRow("headers only, no final newline") << QByteArray("From: a\nTo: b") << L({"From", "To"})
                                                    << L({"a", "b"}) << false << QByteArray();
    QTest::newRow("headers only, final newline") << QByteArray("From: a\nTo: b\n") << L({"From", "To"})
                                                 << L({"a", "b"}) << false << QByteArray();
    QTest::newRow("lone malformed line skipped") << QByteArray("From: a\nthis is junk\nTo: b\n\nbody") << L({"From", "To"})
                                                 << L({"a", "b"}) << true << QByteArray("body");
    QTest::newRow("non-field line starts the body") << QByteArray("From: a\nHello there\nmore text\n") << L({"From"})
                                                    << L({"a"}) << false << QByteArray("Hello there\nmore text\n");
    QTest::newRow("8-bit value kept raw") << QByteArray("Subject: caf\xc3\xa9\n\n") << L({"Subject"})
                                          << QStringList{QStringLiteral("caf\u00e9")} << true << QByteArray();
    QTest::newRow("no headers: blank first line") << QByteArray("\nbody only\n") << L({}) << L({}) << true
                                                  << QByteArray("body only\n");
}

void TestMime::headerFields()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, names);
    QFETCH(QStringList, unfolded);
    QFETCH(bool, separator);
    QFETCH(QByteArray, body);

    const Message m = parse(input);
    const HeaderBlock& h = m.headers();
    QCOMPARE(h.fields.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(QString::fromLatin1(h.fields[i].name.toByteArray()), names[i]);
        QCOMPARE(QString::fromUtf8(h.fields[i].unfolded()), unfolded[i]);
    }
    QCOMPARE(h.hasSeparator, separator);
    QCOMPARE(m.rawBody(*m.root).toByteArray(), body);
    QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
}

void TestMime::headerOffsetsExact()
{
    const QByteArray in = crlf("Received: from a\n\tby b\nSubject: x\n\nbody\n");
    QList<ParseDefect> defects;
    const HeaderBlock h = parseHeaderBlock(in, 100, &defects);
    QVERIFY(defects.isEmpty());
    QCOMPARE(h.fields.size(), 2);
    QCOMPARE(h.fields[0].offset, 100);
    QCOMPARE(h.fields[0].length, qint64(QByteArray("Received: from a\r\n\tby b\r\n").size()));
    QCOMPARE(h.fields[0].rawValue.toByteArray(), QByteArray(" from a\r\n\tby b"));
    QCOMPARE(h.fields[0].line, 1);
    QCOMPARE(h.fields[1].offset, 100 + h.fields[0].length);
    QCOMPARE(h.fields[1].line, 3);
    QCOMPARE(h.fields[1].rawValue.toByteArray(), QByteArray(" x"));
    QCOMPARE(h.offset, 100);
    QCOMPARE(h.length, qint64(in.indexOf("body")));
    QVERIFY(h.hasSeparator);

    // Line numbers count from the start of the message, also inside parts.
    const Message m = parse("Content-Type: multipart/mixed; boundary=b\n\n--b\nX-A: 1\nX-B: 2\n\nx\n--b--\n");
    const MimePart* p = m.partByPath(u"1");
    QVERIFY(p);
    QCOMPARE(p->headers.fields[1].line, 5);
}

void TestMime::headerLookup()
{
    const Message m = parse("Received: 1\nreceived: 2\nRECEIVED: 3\nSubject: s\n\n");
    const HeaderBlock& h = m.headers();
    QCOMPARE(h.count("Received"), 3);
    QCOMPARE(h.first("received")->unfolded(), QByteArray("1"));
    QCOMPARE(h.last("Received")->unfolded(), QByteArray("3"));
    QCOMPARE(h.all("RECEIVED").size(), 3);
    QVERIFY(h.contains("subject"));
    QVERIFY(!h.contains("Subjec"));
    QVERIFY(h.value("To").isNull());
    QCOMPARE(h.value("subject"), QByteArray("s"));
    QVERIFY(h.fields[0].nameIs("RECEIVED"));
}

void TestMime::headerStopsAtBoundary()
{
    // A part whose header section runs into the next delimiter: no separator, empty body.
    const Message m = parse("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n--b\n\ntwo\n--b--\n");
    QCOMPARE(tree(m), QStringLiteral("- multipart/mixed|1 text/plain|2 text/plain"));
    const MimePart* p1 = m.partByPath(u"1");
    QVERIFY(!p1->headers.hasSeparator);
    QCOMPARE(p1->bodyLength, 0);
    QVERIFY(hasDefect(*p1, ParseDefect::Kind::HeaderWithoutSeparator));
    QCOMPARE(m.rawBody(*m.partByPath(u"2")).toByteArray(), QByteArray("two"));
    QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
}

void TestMime::structure_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("single part") << QByteArray("Subject: x\n\nhello\n") << QStringLiteral("1 text/plain");
    QTest::newRow("two parts") << QByteArray("Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n\none\n--b\nContent-Type: text/html\n\n<p>\n--b--\n")
                               << QStringLiteral("- multipart/mixed|1 text/plain|2 text/html");
    QTest::newRow("inner boundary is prefix of outer")
        << QByteArray("Content-Type: multipart/mixed; boundary=xy\n\n--xy\nContent-Type: multipart/alternative; boundary=x\n\n"
                      "--x\n\na\n--x\n\nb\n--xy\n\nc\n--xy--\n")
        << QStringLiteral("- multipart/mixed|1 multipart/alternative|1.1 text/plain|1.2 text/plain|2 text/plain");
    QTest::newRow("outer boundary is prefix of inner")
        << QByteArray("Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: multipart/alternative; boundary=xy\n\n"
                      "--xy\n\na\n--xy\n\nb\n--x\n\nc\n--x--\n")
        << QStringLiteral("- multipart/mixed|1 multipart/alternative|1.1 text/plain|1.2 text/plain|2 text/plain");
    QTest::newRow("same boundary nested (GMime substring)")
        << QByteArray("Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: multipart/mixed; boundary=x\n\n"
                      "--x\nContent-Type: text/plain\n\nHello\n")
        << QStringLiteral("- multipart/mixed|1 multipart/mixed|1.1 text/plain");
    QTest::newRow("delimiter with trailing LWSP") << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b \t\n\none\n--b--  \n")
                                                  << QStringLiteral("- multipart/mixed|1 text/plain");
    QTest::newRow("text after boundary is not a delimiter")
        << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b\n\n--bogus\n--b--\n") << QStringLiteral("- multipart/mixed|1 text/plain");
    QTest::newRow("digest default type") << QByteArray("Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: m1\n\nbody1\n--d\n\nSubject: m2\n\nbody2\n--d--\n")
                                         << QStringLiteral("- multipart/digest|1 message/rfc822|1.1 text/plain|2 message/rfc822|2.1 text/plain");
    QTest::newRow("message/global") << QByteArray("Content-Type: message/global\n\nSubject: inner\n\nhi\n")
                                    << QStringLiteral("1 message/global|1.1 text/plain");
    QTest::newRow("missing subtype") << QByteArray("Content-Type: text\n\nx") << QStringLiteral("1 text/plain");
    QTest::newRow("no boundary parameter") << QByteArray("Content-Type: multipart/mixed\n\n--b\n\nx\n--b--\n")
                                           << QStringLiteral("- multipart/mixed");
    QTest::newRow("empty boundary parameter (GMime)")
        << QByteArray("Content-Type: multipart/mixed; boundary=\"\"\n\n--\nContent-Type: text/plain\n\nHello\n") << QStringLiteral("- multipart/mixed|1 text/plain");
    QTest::newRow("boundary case matters") << QByteArray("Content-Type: multipart/mixed; boundary=AbC\n\n--abc\n\nx\n--AbC\n\ny\n--AbC--\n")
                                           << QStringLiteral("- multipart/mixed|1 text/plain");
}

void TestMime::structure()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    for (const QByteArray& bytes : {input, crlf(input)}) {
        const Message m = parse(bytes);
        QCOMPARE(tree(m), expected);
        QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
    }
}

void TestMime::bodyRangesExact()
{
    // RFC 2046 §5.1.1: the CRLF before a delimiter belongs to the delimiter.
    const QByteArray in = crlf("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nline1\nline2\n\n--b\nContent-Type: text/plain\n\n\n--b--\n");
    const Message m = parse(in);
    QCOMPARE(m.root->children.size(), size_t(2));
    const MimePart& one = *m.root->children[0];
    QCOMPARE(m.rawBody(one).toByteArray(), QByteArray("line1\r\nline2\r\n"));
    QCOMPARE(one.offset, qint64(in.indexOf("--b\r\n") + 5));
    QCOMPARE(one.headers.fields.size(), 0);
    QCOMPARE(one.bodyOffset, one.offset + 2); // no headers: the part starts with the blank line
    const MimePart& two = *m.root->children[1];
    QCOMPARE(two.bodyLength, 0); // the only CRLF before "--b--" belongs to the delimiter
    QCOMPARE(m.root->offset + m.root->length, qint64(in.size()));
    QVERIFY(m.root->closingBoundaryFound);
    QCOMPARE(m.lineEnding, LineEnding::CRLF);
    QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
}

void TestMime::preambleEpilogue()
{
    const QByteArray in("Content-Type: multipart/mixed; boundary=b\n\nThis is the preamble.\n--b\n\nx\n--b--\nThis is the epilogue.\n");
    const Message m = parse(in);
    const MimePart& r = *m.root;
    QCOMPARE(m.slice(r.preambleOffset, r.preambleLength).toByteArray(), QByteArray("This is the preamble."));
    QCOMPARE(m.slice(r.epilogueOffset, r.epilogueLength).toByteArray(), QByteArray("This is the epilogue.\n"));

    const Message none = parse("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--");
    QCOMPARE(none.root->preambleOffset, -1);
    QCOMPARE(none.root->epilogueOffset, -1);
    QCOMPARE(none.root->offset + none.root->length, none.offset + none.length);

    // A nested multipart's epilogue ends at the CRLF before the outer delimiter.
    const Message nested = parse("Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/mixed; boundary=i\n\n--i\n\nx\n--i--\nepi\n--o--\n");
    const MimePart* inner = nested.partByPath(u"1");
    QCOMPARE(nested.slice(inner->epilogueOffset, inner->epilogueLength).toByteArray(), QByteArray("epi"));
    QVERIFY2(verifyMessage(nested).isEmpty(), qPrintable(verifyMessage(nested)));
}

void TestMime::imapPaths()
{
    // The RFC 3501 §6.4.5 example message (copied from crymap's test data).
    QFile f(QStringLiteral(TEST_DATA_DIR "/mime-crymap/rfc3501_p56.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Message m = parse(f.readAll());
    QCOMPARE(tree(m),
             QStringLiteral("- multipart/mixed|1 text/plain|2 application/octet-stream|3 message/rfc822|3 multipart/mixed|"
                            "3.1 text/plain|3.2 application/octet-stream|4 multipart/mixed|4.1 image/gif|4.2 message/rfc822|"
                            "4.2 multipart/mixed|4.2.1 text/plain|4.2.2 multipart/alternative|4.2.2.1 text/plain|4.2.2.2 text/richtext"));
    QCOMPARE(m.partByPath(u"4.2")->contentType.mimeType(), QByteArray("message/rfc822"));
    QCOMPARE(m.partByPath(u"4.2.2.2")->contentType.mimeType(), QByteArray("text/richtext"));
    QVERIFY(!m.partByPath(u"5"));
    QStringList leaves;
    for (const MimePart* p : m.leafParts())
        leaves << p->path;
    QCOMPARE(leaves, (L({"1", "2", "3.1", "3.2", "4.1", "4.2.1", "4.2.2.1", "4.2.2.2"})));
    QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));

    // A non-multipart message/rfc822 root and its single-part content.
    const Message wrapped = parse("Content-Type: message/rfc822\n\nSubject: in\n\nbody\n");
    QCOMPARE(tree(wrapped), QStringLiteral("1 message/rfc822|1.1 text/plain"));
}

void TestMime::encodedEncapsulatedMessage()
{
    // base64 message/rfc822 (not allowed by RFC 2045 §6.4, but seen): parsed from a decoded copy.
    const QByteArray inner("Content-Type: multipart/alternative; boundary=i\n\n--i\n\nplain\n--i\nContent-Type: text/html\n\n<b>x</b>\n--i--\n");
    const QByteArray in = "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
        + inner.toBase64() + "\n--o--\n";
    const Message m = parse(in);
    QCOMPARE(tree(m), QStringLiteral("- multipart/mixed|1 message/rfc822|1 multipart/alternative|1.1 text/plain|1.2 text/html"));
    const MimePart* html = m.partByPath(u"1.2");
    QVERIFY(html->source);
    QCOMPARE(m.rawBody(*html).toByteArray(), QByteArray("<b>x</b>"));
    QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
}

void TestMime::decodedBodies()
{
    const QByteArray in("Content-Type: multipart/mixed; boundary=b\n\n"
                        "--b\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9=\n au lait\n"
                        "--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\nSGVs\nbG8=\n"
                        "--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n\xe2\x82\xac\n--b--\n");
    const Message m = parse(in);
    QCOMPARE(m.text(*m.partByPath(u"1")), QStringLiteral("caf\u00e9 au lait"));
    QCOMPARE(m.decodedBody(*m.partByPath(u"2")), QByteArray("Hello"));
    QCOMPARE(m.partByPath(u"2")->encoding, TransferEncoding::Base64);
    QCOMPARE(m.partByPath(u"1")->encodingToken, QByteArray("quoted-printable"));
    bool ok = false;
    QCOMPARE(m.text(*m.partByPath(u"3"), &ok), QStringLiteral("\u20ac"));
    QVERIFY(ok);
}

void TestMime::lineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expected");
    QTest::newRow("CRLF") << QByteArray("A: b\r\n\r\nx\r\n") << int(LineEnding::CRLF);
    QTest::newRow("LF") << QByteArray("A: b\n\nx\n") << int(LineEnding::LF);
    QTest::newRow("mixed") << QByteArray("A: b\r\n\nx\n") << int(LineEnding::Mixed);
    QTest::newRow("none") << QByteArray("A: b") << int(LineEnding::None);
}

void TestMime::lineEndings()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expected);
    const Message m = parse(input);
    QCOMPARE(int(m.lineEnding), expected);
    QCOMPARE(hasDefect(*m.root, ParseDefect::Kind::MixedLineEndings), expected == int(LineEnding::Mixed));
}

void TestMime::defects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("missing closing boundary") << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n")
                                              << int(ParseDefect::Kind::MissingClosingBoundary) << qint64(50);
    QTest::newRow("boundary never found") << QByteArray("Content-Type: multipart/mixed; boundary=b\n\nno parts here\n")
                                          << int(ParseDefect::Kind::BoundaryNeverFound) << qint64(43);
    QTest::newRow("no boundary parameter") << QByteArray("Content-Type: multipart/mixed\n\nx\n") << int(ParseDefect::Kind::NoBoundaryParameter)
                                           << qint64(0);
    QTest::newRow("invalid boundary") << QByteArray("Content-Type: multipart/mixed; boundary=\"a<b\"\n\n--a<b\n\nx\n--a<b--\n")
                                      << int(ParseDefect::Kind::InvalidBoundary) << qint64(0);
    QTest::newRow("malformed header line") << QByteArray("From: a\nbad line\nTo: b\n\n") << int(ParseDefect::Kind::MalformedHeaderLine)
                                           << qint64(8);
    QTest::newRow("header without separator") << QByteArray("From: a\nbody text\n") << int(ParseDefect::Kind::HeaderWithoutSeparator)
                                              << qint64(8);
    QTest::newRow("invalid content type") << QByteArray("Content-Type: ;;\n\nx") << int(ParseDefect::Kind::InvalidContentType) << qint64(0);
    QTest::newRow("8-bit in header") << QByteArray("Subject: caf\xe9\n\nx") << int(ParseDefect::Kind::EightBitInHeader) << qint64(12);
    QTest::newRow("NUL in body") << QByteArray("A: b\n\nx\0y", 9) << int(ParseDefect::Kind::NulByte) << qint64(7);
    QTest::newRow("NUL in header") << QByteArray("A: b\0c\n\nx", 9) << int(ParseDefect::Kind::NulByte) << qint64(4);
    QTest::newRow("bare CR") << QByteArray("A: b\r\n\r\nx\ry\r\n") << int(ParseDefect::Kind::BareCarriageReturn) << qint64(9);
    QTest::newRow("encapsulated truncated") << QByteArray("Content-Type: message/rfc822\n\n") << int(ParseDefect::Kind::EncapsulatedTruncated)
                                            << qint64(30);
}

void TestMime::defects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(qint64, offset);
    const Message m = parse(input);
    bool found = false;
    for (const MimePart* p : m.allParts()) {
        for (const ParseDefect& d : p->defects) {
            if (int(d.kind) == kind) {
                found = true;
                QCOMPARE(d.offset, offset);
            }
        }
    }
    QVERIFY(found);
    QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
}

void TestMime::fromLineSkipped()
{
    const QByteArray in("From sender@example.org Thu Jan  1 00:00:00 2024\nSubject: x\n\nbody\n");
    const Message m = parse(in);
    QCOMPARE(m.envelopeLine, QByteArray("From sender@example.org Thu Jan  1 00:00:00 2024"));
    QCOMPARE(m.offset, qint64(in.indexOf("Subject")));
    QCOMPARE(m.headers().value("subject"), QByteArray("x"));
    QCOMPARE(m.bytes().toByteArray(), QByteArray("Subject: x\n\nbody\n"));
}

void TestMime::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxParts");
    QTest::addColumn<int>("expectedParts");
    QTest::addColumn<int>("defect");

    {
        QByteArray s;
        for (int i = 0; i < 10000; ++i)
            s += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b" + QByteArray::number(i) + "\n";
        s += "\nleaf\n";
        for (int i = 9999; i >= 0; --i)
            s += "--b" + QByteArray::number(i) + "--\n";
        QTest::newRow("10000 nested multiparts") << s << 10000 << 65 << int(ParseDefect::Kind::NestingTooDeep);
    }
    {
        QByteArray s;
        for (int i = 0; i < 10000; ++i)
            s += "Content-Type: multipart/mixed; boundary=x\n\n--x\n";
        s += "\nleaf\n";
        QTest::newRow("10000 nested, same boundary") << s << 100000 << 10001 << int(ParseDefect::Kind::NestingTooDeep);
    }
    {
        QByteArray s;
        for (int i = 0; i < 10000; ++i)
            s += "Content-Type: message/rfc822\n\n";
        s += "Subject: deep\n\nx\n";
        QTest::newRow("10000 nested message/rfc822") << s << 10000 << 65 << int(ParseDefect::Kind::NestingTooDeep);
    }
    {
        QByteArray s("Content-Type: multipart/mixed; boundary=p\n\n");
        s.reserve(100000 * 10);
        for (int i = 0; i < 100000; ++i)
            s += "--p\n\nx\n";
        s += "--p--\n";
        QTest::newRow("100000 parts, default limit") << s << 10000 << 10000 << int(ParseDefect::Kind::TooManyParts);
        QTest::newRow("100000 parts, no limit") << s << 200000 << 100001 << -1;
    }
    {
        QByteArray s("Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n");
        const QByteArray line = QByteArray(57, 'A').toBase64() + "\r\n";
        s.reserve(50 * 1024 * 1024 + 100);
        while (s.size() < 50 * 1024 * 1024)
            s += line;
        QTest::newRow("50 MB single part") << s << 10000 << 1 << -1;
    }
    {
        QByteArray s("Content-Type: multipart/mixed; boundary=b\n\n--b\n\n");
        s += QByteArray(5 * 1024 * 1024, '\0');
        QTest::newRow("NUL bytes, never closed") << s << 10000 << 2 << int(ParseDefect::Kind::NulByte);
    }
    {
        QByteArray s("Subject: ");
        s += QByteArray(8 * 1024 * 1024, 'a');
        QTest::newRow("8 MB header line without newline") << s << 10000 << 1 << -1;
    }
    {
        QByteArray s;
        for (int i = 0; i < 200000; ++i)
            s += "X-H: v\n";
        s += "\nbody";
        QTest::newRow("200000 header fields") << s << 10000 << 1 << -1;
    }
    {
        QByteArray s("Content-Type: multipart/mixed; boundary=b\n\n");
        for (int i = 0; i < 200000; ++i)
            s += "--bX\n--\n-\n";
        QTest::newRow("many near-delimiters") << s << 10000 << 1 << int(ParseDefect::Kind::BoundaryNeverFound);
    }
}

void TestMime::hostile()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxParts);
    QFETCH(int, expectedParts);
    QFETCH(int, defect);
    ParseOptions options;
    options.maxParts = maxParts;
    QElapsedTimer timer;
    timer.start();
    const Message m = parse(input, options);
    const qint64 parseMs = timer.elapsed();
    QCOMPARE(m.allParts().size(), expectedParts);
    if (defect >= 0)
        QVERIFY(anyDefect(m, ParseDefect::Kind(defect)));
    for (const MimePart* leaf : m.leafParts())
        (void)m.decodedBody(*leaf);
    // Generous bounds for a Debug build on a shared 2-core machine; quadratic behaviour takes minutes.
    QVERIFY2(parseMs < 10000, qPrintable(QStringLiteral("parse took %1 ms").arg(parseMs)));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QStringLiteral("parse + decode took %1 ms").arg(timer.elapsed())));
    if (defect != int(ParseDefect::Kind::TooManyParts))
        QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
}


namespace {

/** Writes bytes to a temporary file and maps it (a RawData::isMapped() one). */
RawDataPtr mapBytes(QTemporaryFile& file, const QByteArray& bytes)
{
    if (!file.open() || file.write(bytes) != bytes.size())
        return {};
    file.close();
    auto mapped = RawData::mapFile(file.fileName());
    return mapped ? *mapped : RawDataPtr();
}

/** Every field of every part that parsing sets, pre-order: two parses agree iff these do. */
QStringList dump(const Message& m)
{
    QStringList out;
    out << QStringLiteral("lineEnding %1 headersOnly %2").arg(int(m.lineEnding)).arg(m.headersOnly);
    for (const MimePart* p : m.allParts()) {
        QString line = QStringLiteral("%1 %2 off %3 len %4 body %5+%6 pre %7+%8 epi %9+%10 closed %11 unsplit %12")
                           .arg(p->path, QString::fromLatin1(p->contentType.mimeType()))
                           .arg(p->offset).arg(p->length).arg(p->bodyOffset).arg(p->bodyLength)
                           .arg(p->preambleOffset).arg(p->preambleLength).arg(p->epilogueOffset).arg(p->epilogueLength)
                           .arg(p->closingBoundaryFound).arg(p->unsplit);
        for (const HeaderField& f : p->headers.fields)
            line += QStringLiteral(" [%1@%2:%3]").arg(QString::fromLatin1(f.name)).arg(f.offset).arg(f.line);
        for (const ParseDefect& d : p->defects)
            line += QStringLiteral(" {%1@%2}").arg(int(d.kind)).arg(d.offset);
        out << line;
    }
    return out;
}

/** Bytes drawn mostly from the ones the scans look for, so that patterns fall on piece edges. */
QByteArray scanFodder(qsizetype size, quint32 seed)
{
    static const char alphabet[] = {'\n', '\r', '-', '-', 'F', 'a', 'b', '\n', ' ', 'r'};
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) {
        seed = seed * 1103515245u + 12345u;
        c = alphabet[(seed >> 16) % sizeof alphabet];
    }
    return bytes;
}

} // namespace

void TestMime::pieceReader()
{
    // Over a mapped file above the copy threshold the pieces are pread copies; over held bytes
    // they are views. Either way the pieces tile the range, and each lookahead is the bytes that
    // follow the piece (within the range), also after restart() at any offset, back or forth.
    const QByteArray bytes = scanFodder(PieceReader::kCopyThreshold + 300000, 7);
    QTemporaryFile file;
    const RawDataPtr mapped = mapBytes(file, bytes);
    QVERIFY(mapped && mapped->isMapped());
    const RawDataPtr held = RawData::fromBytes(bytes);
    for (const RawDataPtr& data : {mapped, held}) {
        for (const qint64 piece : {qint64(1) << 20, qint64(256) << 10, qint64(70001)}) {
            for (const qint64 lookahead : {0, 2, 5}) {
                PieceReader reader(data.get(), 0, 0, piece, lookahead);
                const QList<std::pair<qint64, qint64>> ranges = {{0, bytes.size()}, {12345, bytes.size() - 3},
                                                                  {5, 5 + PieceReader::kCopyPiece + 1}, {bytes.size() - 7, bytes.size()},
                                                                  {3, bytes.size()}, {65535, 65538}};
                for (const auto& [from, to] : ranges) {
                    reader.restart(from, to);
                    qint64 at = from;
                    while (reader.next()) {
                        QCOMPARE(reader.offset(), at);
                        QVERIFY(reader.size() >= 1 && reader.size() <= piece);
                        QCOMPARE(reader.available(), std::min(reader.size() + lookahead, to - at));
                        QVERIFY(QByteArrayView(reader.data(), reader.available()) == QByteArrayView(bytes).sliced(at, reader.available()));
                        at += reader.size();
                    }
                    QCOMPARE(at, to);
                }
            }
        }
    }
}

void TestMime::mappedParseEqualsHeld()
{
    // A message above the copy threshold is searched and decoded through pread copies
    // (PieceReader, kCopyPiece bytes each, the first from the root's body on). Delimiters, "\n-"
    // and "\n--" lines that are not delimiters, and CRLFs are placed on and around every copy
    // edge: the tree, every offset and line number, the defects and the decoded bodies must be
    // those of the same bytes parsed in memory.
    for (const bool crlfEndings : {false, true}) {
        const QByteArray nl = crlfEndings ? "\r\n" : "\n";
        QByteArray raw = "From: a@example.test" + nl + "Subject: edges" + nl + "MIME-Version: 1.0" + nl
                         + "Content-Type: multipart/mixed; boundary=\"b1\"" + nl + nl;
        const qint64 rootBody = raw.size();
        raw += "preamble" + nl;
        const qint64 edge = PieceReader::kCopyPiece;
        int part = 0;
        while (raw.size() < PieceReader::kCopyThreshold + 3 * edge) {
            const bool base64 = part % 3 == 1;
            raw += "--b1" + nl + "Content-Type: " + (base64 ? "application/octet-stream" : "text/plain") + nl;
            if (base64)
                raw += "Content-Transfer-Encoding: base64" + nl;
            raw += nl;
            // Fill up to a few bytes before the next copy edge, so that the "\n--" before the
            // delimiter that ends this part is at edge - 7 … edge in turn.
            const qint64 target = rootBody + ((raw.size() - rootBody) / edge + 1) * edge - 6 + (part % 8);
            QByteArray body;
            if (base64) {
                const QByteArray encoded = scanFodder(std::max<qint64>(0, (target - raw.size()) * 3 / 4), quint32(part)).toBase64();
                for (qsizetype pos = 0; pos < encoded.size(); pos += 76)
                    body += encoded.mid(pos, 76) + nl;
            } else {
                while (body.size() < target - raw.size() - 40)
                    body += "text -" + nl + "--not-a-delimiter" + nl + "-" + nl;
            }
            while (raw.size() + body.size() + nl.size() < target)
                body += 'x';
            raw += body + nl;
            ++part;
        }
        raw += "--b1--" + nl + "epilogue" + nl;

        QTemporaryFile file;
        const RawDataPtr mapped = mapBytes(file, raw);
        QVERIFY(mapped && mapped->isMapped());
        const Message fromFile = parseMessage(mapped);
        const Message inMemory = parseMessage(RawData::fromBytes(raw));
        QCOMPARE(fromFile.leafParts().size(), qsizetype(part));
        QCOMPARE(dump(fromFile), dump(inMemory));
        for (const MimePart* leaf : inMemory.leafParts()) {
            QByteArray streamed;
            fromFile.decodeBody(*fromFile.partByPath(leaf->path), [&streamed](QByteArrayView b) { streamed.append(b); });
            QVERIFY2(streamed == inMemory.decodedBody(*leaf), qPrintable(leaf->path));
        }
    }
}

void TestMime::mappedMboxEqualsHeld()
{
    // The separator search of a mapped mbox above the copy threshold reads pread copies with
    // five bytes of lookahead: "\nFrom " on every copy edge, and "\nFrom" lines that are not
    // separators, split the file where the in-memory search does.
    QByteArray mbox;
    const qint64 edge = PieceReader::kCopyPiece;
    int n = 0;
    while (mbox.size() < PieceReader::kCopyThreshold + 2 * edge) {
        mbox += "From sender@example.test Mon Jan  1 00:00:00 2024\nFrom: s@example.test\nSubject: " + QByteArray::number(n)
                + "\n\nFromage\nFrom\n>From here\n";
        // The next separator's "\n" lands at edge - 6 … edge + 1.
        const qint64 target = (mbox.size() / edge + 1) * edge - 6 + (n % 8);
        while (mbox.size() < target - 1)
            mbox += 'y';
        mbox += '\n'; // the blank line before the next From_ line
        ++n;
    }
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(mbox), mbox.size());
    file.close();
    auto reader = MailboxReader::open(file.fileName());
    QVERIFY(reader);
    MailboxReader memory = MailboxReader::fromBytes(mbox);
    QCOMPARE(reader->count(), n);
    QCOMPARE(memory.count(), n);
    int seen = 0;
    while (auto a = reader->next()) {
        auto b = memory.next();
        QVERIFY(b);
        QCOMPARE(a->offset, b->offset);
        QCOMPARE(a->length, b->length);
        QCOMPARE(a->headers().first("subject")->unfolded(), QByteArray::number(seen));
        ++seen;
    }
    QCOMPARE(seen, n);
}

void TestMime::mappedPassesLeaveInputUnmapped()
{
#ifdef Q_OS_LINUX
    // Parsing a 12 MB message from a file and decoding its attachment read the long ranges with
    // pread: what stays mapped is about the header section and the delimiter lines, not the
    // attachment (the benchmark's peak-memory comparison with GMime rests on this).
    QByteArray encoded = scanFodder(9 << 20, 3).toBase64();
    QByteArray body;
    for (qsizetype pos = 0; pos < encoded.size(); pos += 76)
        body += encoded.mid(pos, 76) + "\r\n";
    const QByteArray raw = "From: a@example.test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
                           "--x\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                           + body + "--x--\r\n";
    QTemporaryFile file;
    const RawDataPtr mapped = mapBytes(file, raw);
    QVERIFY(mapped && mapped->isMapped());
    const Message m = parseMessage(mapped);
    QCOMPARE(m.leafParts().size(), 1);
    qint64 decoded = 0;
    m.decodeBody(*m.leafParts().first(), [&decoded](QByteArrayView b) { decoded += b.size(); });
    QCOMPARE(decoded, qint64(9 << 20));
    // Rss of the file's mapping, from /proc/self/smaps.
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    QVERIFY(smaps.open(QIODevice::ReadOnly));
    const QByteArray path = QFile::encodeName(QFileInfo(file.fileName()).canonicalFilePath());
    qint64 rssKb = -1;
    bool inMapping = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const QByteArray first = line.left(line.indexOf(' '));
        if (first.isEmpty())
            continue;
        if (!first.endsWith(':')) // "start-end perms offset dev inode path": a mapping begins
            inMapping = line.endsWith(path);
        else if (inMapping && first == "Rss:")
            rssKb = std::max<qint64>(rssKb, 0) + line.mid(4).trimmed().split(' ').first().toLongLong();
    }
    QVERIFY2(rssKb >= 0, "the file's mapping is not in /proc/self/smaps");
    QVERIFY2(rssKb <= 512, qPrintable(QStringLiteral("%1 kB of the 12 MB input resident").arg(rssKb)));
#else
    QSKIP("reads /proc/self/smaps");
#endif
}

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
