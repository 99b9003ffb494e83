// SPDX-License-Identifier: GPL-3.0-or-later
// The MIME model against public conformance data (copied into tests/data with licences):
// GMime's mbox structure dump, stalwart mail-parser's JSON trees for its rfc/ set (offsets,
// types, nesting, decoded bodies; LF and CRLF), and every message of every mime-* corpus
// parsed without crash or hang, with ranges that tile the input byte for byte.

#include "message/Mailbox.h"
#include "message/Message.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Deliverbench::Mail;

namespace {

QByteArray readData(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QByteArray toCrlf(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 20);
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\n' && (i == 0 || in[i - 1] != '\r'))
            out.append('\r');
        out.append(in[i]);
    }
    return out;
}

/** Ranges tile the part exactly; the gaps are delimiter lines (same check as tst_mime). */
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
        if (f.offset < p.offset || f.offset + f.length > p.bodyOffset || f.name.data() != src.data() + f.offset)
            return QStringLiteral("field offsets in %1").arg(p.path);
    }
    const qint64 end = p.offset + p.length;
    if (p.children.empty())
        return {};
    if (p.isEncapsulatedMessage()) {
        const MimePart& c = *p.children.front();
        if (p.children.size() != 1 || (!c.source && (c.offset != p.bodyOffset || c.offset + c.length != end)))
            return QStringLiteral("encapsulated message %1").arg(p.path);
        return verifyPart(m, c);
    }
    const QString b = QRegularExpression::escape(QString::fromLatin1(p.contentType.boundary()));
    const QRegularExpression delimiter(QStringLiteral("\\A(\\r?\\n)?--") + b + QStringLiteral("[ \\t]*(\\r?\\n)?\\z"));
    const QRegularExpression closeLine(QStringLiteral("\\A(\\r?\\n)?--") + b + QStringLiteral("--[^\\n]*(\\n)?\\z"));
    qint64 pos = p.bodyOffset;
    if (p.preambleOffset >= 0)
        pos = p.preambleOffset + p.preambleLength;
    for (const auto& child : p.children) {
        if (child->offset < pos || !delimiter.match(QString::fromLatin1(src.sliced(pos, child->offset - pos))).hasMatch())
            return QStringLiteral("gap before %1").arg(child->path);
        const QString err = verifyPart(m, *child);
        if (!err.isEmpty())
            return err;
        pos = child->offset + child->length;
    }
    if (!p.closingBoundaryFound)
        return pos == end ? QString() : QStringLiteral("tail of %1").arg(p.path);
    const qint64 closeEnd = p.epilogueOffset >= 0 ? p.epilogueOffset : end;
    if (!closeLine.match(QString::fromLatin1(src.sliced(pos, closeEnd - pos))).hasMatch())
        return QStringLiteral("close delimiter of %1").arg(p.path);
    if (p.epilogueOffset >= 0 && p.epilogueOffset + p.epilogueLength != end)
        return QStringLiteral("epilogue of %1").arg(p.path);
    return {};
}

QString verifyMessage(const Message& m)
{
    if (m.root->offset != m.offset || m.root->offset + m.root->length != m.offset + m.length)
        return QStringLiteral("root does not span the message");
    return verifyPart(m, *m.root);
}

/** Compares our part with one stalwart part (JSON); returns the first difference. */
QString compareStalwart(const Message& m, const MimePart& ours, const QJsonObject& theirs, const QJsonArray& theirParts)
{
    const QString where = ours.path.isEmpty() ? QStringLiteral("root") : ours.path;
    if (ours.headers.offset != theirs[QLatin1String("offset_header")].toInteger()
        && !(ours.headers.fields.isEmpty() && ours.offset == theirs[QLatin1String("offset_header")].toInteger()))
        return where + QStringLiteral(": offset_header %1 vs %2").arg(ours.headers.offset).arg(theirs[QLatin1String("offset_header")].toInteger());
    if (ours.bodyOffset != theirs[QLatin1String("offset_body")].toInteger())
        return where + QStringLiteral(": offset_body %1 vs %2").arg(ours.bodyOffset).arg(theirs[QLatin1String("offset_body")].toInteger());
    const QJsonArray headers = theirs[QLatin1String("headers")].toArray();
    if (headers.size() != ours.headers.fields.size())
        return where + QStringLiteral(": %1 header fields vs %2").arg(ours.headers.fields.size()).arg(headers.size());
    const QByteArrayView src = m.sourceBytes(ours);
    for (int i = 0; i < headers.size(); ++i) {
        const QJsonObject h = headers[i].toObject();
        const HeaderField& f = ours.headers.fields[i];
        if (f.offset != h[QLatin1String("offset_field")].toInteger() || f.offset + f.length != h[QLatin1String("offset_end")].toInteger()
            || f.rawValue.data() - src.data() != h[QLatin1String("offset_start")].toInteger())
            return where + QStringLiteral(": header %1 offsets").arg(i);
        if (h[QLatin1String("name")].toString() == QLatin1String("content_type")) {
            const QJsonObject ct = h[QLatin1String("value")].toObject()[QLatin1String("ContentType")].toObject();
            const QString type = ct[QLatin1String("c_type")].toString().toLower();
            const QString subtype = ct[QLatin1String("c_subtype")].toString().toLower();
            if (type != QString::fromLatin1(ours.contentType.type) || (!subtype.isEmpty() && subtype != QString::fromLatin1(ours.contentType.subtype)))
                return where + QStringLiteral(": type %1/%2 vs %3").arg(QString::fromLatin1(ours.contentType.mimeType()), type, subtype);
        }
    }
    const QJsonObject body = theirs[QLatin1String("body")].toObject();
    const QString kind = body.keys().value(0);
    const QJsonValue value = body[kind];
    if (kind == QLatin1String("Multipart")) {
        if (ours.offset + ours.length != theirs[QLatin1String("offset_end")].toInteger())
            return where + QStringLiteral(": multipart end %1 vs %2").arg(ours.offset + ours.length).arg(theirs[QLatin1String("offset_end")].toInteger());
        const QJsonArray children = value.toArray();
        if (!ours.isMultipart() || size_t(children.size()) != ours.children.size())
            return where + QStringLiteral(": %1 children vs %2").arg(ours.children.size()).arg(children.size());
        for (int i = 0; i < children.size(); ++i) {
            const QString err = compareStalwart(m, *ours.children[size_t(i)], theirParts[children[i].toInt()].toObject(), theirParts);
            if (!err.isEmpty())
                return err;
        }
        return {};
    }
    if (ours.bodyOffset + ours.bodyLength != theirs[QLatin1String("offset_end")].toInteger())
        return where + QStringLiteral(": body end %1 vs %2").arg(ours.bodyOffset + ours.bodyLength).arg(theirs[QLatin1String("offset_end")].toInteger());
    if (kind == QLatin1String("Message")) {
        if (!ours.isEncapsulatedMessage() || ours.children.size() != 1)
            return where + QStringLiteral(": not an encapsulated message");
        const QJsonArray innerParts = value.toObject()[QLatin1String("parts")].toArray();
        return compareStalwart(m, *ours.children.front(), innerParts[0].toObject(), innerParts);
    }
    if (!ours.children.empty())
        return where + QStringLiteral(": leaf expected");
    if (kind == QLatin1String("Text") || kind == QLatin1String("Html")) {
        const QString text = m.text(ours);
        DecodeStats stats;
        (void)m.decodedBody(ours, &stats);
        // Known, deliberate difference: a "base64" body that is plain prose (RFC 2046's example
        // placeholders). mail-parser falls back to the raw text; we decode tolerantly, skipping
        // junk (RFC 2045 §6.8), and report the skipped octets, which lint turns into a finding.
        if (text != value.toString() && ours.encoding == TransferEncoding::Base64 && stats.invalidBytes > 0
            && QString::fromUtf8(m.rawBody(ours)) == value.toString())
            return {};
        if (text != value.toString())
            return where + QStringLiteral(": text differs: %1 vs %2").arg(text.left(60), value.toString().left(60));
        return {};
    }
    QByteArray expected;
    for (const QJsonValue& b : value.toArray())
        expected.append(char(b.toInt()));
    if (m.decodedBody(ours) != expected)
        return where + QStringLiteral(": decoded body differs (%1 vs %2 bytes)").arg(m.decodedBody(ours).size()).arg(expected.size());
    return {};
}

struct DumpMessage
{
    qint64 messageStart = -1, messageEnd = -1, headerStart = -1, headerEnd = -1;
    QStringList types; // indentation kept
};

QList<DumpMessage> readGmimeDump(const QByteArray& dump)
{
    QList<DumpMessage> out;
    static const QRegularExpression offsets(QStringLiteral("^(message|header) offsets: (\\d+), (\\d+)$"));
    for (const QByteArray& rawLine : dump.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        const auto match = offsets.match(line);
        if (match.hasMatch()) {
            if (match.captured(1) == QLatin1String("message")) {
                out.append(DumpMessage{});
                out.last().messageStart = match.captured(2).toLongLong();
                out.last().messageEnd = match.captured(3).toLongLong();
            } else if (!out.isEmpty()) {
                out.last().headerStart = match.captured(2).toLongLong();
                out.last().headerEnd = match.captured(3).toLongLong();
            }
        } else if (line.trimmed().startsWith(QLatin1String("Content-Type:")) && !out.isEmpty()) {
            out.last().types.append(line.toLower());
        }
    }
    return out;
}

} // namespace

class TestMimeConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gmimeMboxDump();
    void stalwartRfc_data();
    void stalwartRfc();
    void corpus_data();
    void corpus();
};

void TestMimeConformance::gmimeMboxDump()
{
    const QString dir = QStringLiteral(TEST_DATA_DIR "/mime-gmime/tests/data/mbox/");
    const QList<DumpMessage> expected = readGmimeDump(readData(dir + QStringLiteral("output/substring.mbox")));
    QCOMPARE(expected.size(), 3);
    auto reader = MailboxReader::open(dir + QStringLiteral("input/substring.mbox"));
    QVERIFY(reader);
    QCOMPARE(reader->count(), expected.size());
    for (const DumpMessage& e : expected) {
        qint64 start = reader->position();
        auto m = reader->next();
        QVERIFY(m);
        QCOMPARE(start, e.messageStart);
        QCOMPARE(reader->position(), e.messageEnd);
        QCOMPARE(m->headers().offset, e.headerStart);
        QVERIFY(m->headers().hasSeparator);
        QCOMPARE(m->root->bodyOffset - 1, e.headerEnd); // start of the (LF) blank line
        QStringList types;
        for (const MimePart* p : m->allParts())
            types << QString(p->depth * 3, QLatin1Char(' ')) + QStringLiteral("content-type: ") + QString::fromLatin1(p->contentType.mimeType());
        QCOMPARE(types, e.types);
        QCOMPARE(m->leafParts().size(), 1);
        QCOMPARE(m->text(*m->leafParts().first()).left(12), QStringLiteral("Hello world."));
        QVERIFY2(verifyMessage(*m).isEmpty(), qPrintable(verifyMessage(*m)));
    }
}

void TestMimeConformance::stalwartRfc_data()
{
    QTest::addColumn<QString>("eml");
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("toCrlf");
    const QString dir = QStringLiteral(TEST_DATA_DIR "/mime-stalwart-mail-parser/resources/eml/rfc/");
    for (int i = 0; i <= 9; ++i) {
        const QString base = dir + QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        QTest::newRow(qPrintable(QStringLiteral("%1 LF").arg(i, 3, 10, QLatin1Char('0')))) << base + QStringLiteral(".eml") << base + QStringLiteral(".json") << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 CRLF").arg(i, 3, 10, QLatin1Char('0'))))
            << base + QStringLiteral(".eml") << base + QStringLiteral(".crlf.json") << true;
    }
}

void TestMimeConformance::stalwartRfc()
{
    QFETCH(QString, eml);
    QFETCH(QString, json);
    QFETCH(bool, toCrlf);
    QByteArray bytes = readData(eml);
    if (toCrlf)
        bytes = ::toCrlf(bytes);
    const Message m = parseMessage(RawData::fromBytes(bytes, eml));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readData(json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray parts = doc.object()[QLatin1String("parts")].toArray();
    const QString diff = compareStalwart(m, *m.root, parts[0].toObject(), parts);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY2(verifyMessage(m).isEmpty(), qPrintable(verifyMessage(m)));
}

void TestMimeConformance::corpus_data()
{
    QTest::addColumn<QString>("file");
    const QDir data(QStringLiteral(TEST_DATA_DIR));
    QStringList files;
    for (const QString& sub : data.entryList({QStringLiteral("mime-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDirIterator it(data.filePath(sub), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    for (const QString& f : std::as_const(files)) {
        if (QFileInfo(f).size() > 2 * 1024 * 1024)
            continue;
        QTest::newRow(qPrintable(data.relativeFilePath(f))) << f;
    }
}

void TestMimeConformance::corpus()
{
    QFETCH(QString, file);
    QElapsedTimer timer;
    timer.start();
    auto raw = RawData::mapFile(file);
    QVERIFY(raw);
    MailboxReader reader = MailboxReader::fromData(*raw);
    int messages = 0;
    while (auto m = reader.next()) {
        ++messages;
        QVERIFY(m->root);
        QVERIFY2(verifyMessage(*m).isEmpty(), qPrintable(verifyMessage(*m)));
        // Everything decodes; whole-message bytes round-trip.
        for (const MimePart* leaf : m->leafParts()) {
            DecodeStats stats;
            const QByteArray decoded = m->decodedBody(*leaf, &stats);
            QVERIFY(decoded.size() <= m->rawBody(*leaf).size() + 8);
            if (leaf->contentType.type == "text")
                (void)m->text(*leaf);
            (void)leaf->filename();
        }
        QCOMPARE(m->bytes().size(), m->length);
    }
    QCOMPARE(messages, reader.count());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestMimeConformance)
#include "tst_mimeconformance.moc"
