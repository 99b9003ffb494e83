// SPDX-License-Identifier: GPL-3.0-or-later
// Reading inputs: single .eml (with or without an mbox From_ line), mbox (mboxo/mboxrd rules),
// Maildir (cur/ + new/), pasted bytes, and the rejection of non-mail input.

#include "message/Mailbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Deliverbench::Mail;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

QStringList subjects(MailboxReader& reader)
{
    QStringList out;
    while (auto m = reader.next())
        out << QString::fromUtf8(m->headers().value("subject"));
    return out;
}

} // namespace

class TestMailbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mboxSplit_data();
    void mboxSplit();
    void mboxMessageRanges();
    void singleMessageFile();
    void gmimeSubstringMbox();
    void sequentialMatchesMapped_data();
    void sequentialMatchesMapped();
    void maildir();
    void fromBytesPaste();
    void looksLikeMessage_data();
    void looksLikeMessage();
    void openErrors();
};

void TestMailbox::mboxSplit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("subjects");
    QTest::addColumn<int>("format");

    QTest::newRow("three messages") << QByteArray("From a@b Mon Jan 1 00:00:00 2024\nSubject: one\n\nbody\n\n"
                                                  "From a@b Mon Jan 1 00:00:01 2024\nSubject: two\n\nbody\n\n"
                                                  "From a@b Mon Jan 1 00:00:02 2024\nSubject: three\n\nbody\n")
                                    << QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}
                                    << int(MailboxReader::Format::Mbox);
    QTest::newRow("From without blank line is body") << QByteArray("From a@b Mon Jan 1 00:00:00 2024\nSubject: one\n\nline\nFrom here on\n\n"
                                                                   "From a@b Mon Jan 1 00:00:01 2024\nSubject: two\n\nx\n")
                                                     << QStringList{QStringLiteral("one"), QStringLiteral("two")} << int(MailboxReader::Format::Mbox);
    QTest::newRow("mboxrd quoted From kept") << QByteArray("From a@b Mon Jan 1 00:00:00 2024\nSubject: one\n\n>From the body\n\n"
                                                           "From a@b Mon Jan 1 00:00:01 2024\nSubject: two\n\nx\n")
                                             << QStringList{QStringLiteral("one"), QStringLiteral("two")} << int(MailboxReader::Format::Mbox);
    QTest::newRow("CRLF mbox") << QByteArray("From a@b Mon Jan 1 00:00:00 2024\r\nSubject: one\r\n\r\nbody\r\n\r\n"
                                             "From a@b Mon Jan 1 00:00:01 2024\r\nSubject: two\r\n\r\nbody\r\n")
                               << QStringList{QStringLiteral("one"), QStringLiteral("two")} << int(MailboxReader::Format::Mbox);
    QTest::newRow("single with From_") << QByteArray("From a@b Mon Jan 1 00:00:00 2024\nSubject: only\n\nbody\n")
                                       << QStringList{QStringLiteral("only")} << int(MailboxReader::Format::SingleMessage);
    QTest::newRow("single without From_") << QByteArray("Subject: plain\n\nFrom the body, after a blank line? No: not at file start.\n")
                                          << QStringList{QStringLiteral("plain")} << int(MailboxReader::Format::SingleMessage);
}

void TestMailbox::mboxSplit()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, subjects);
    QFETCH(int, format);
    MailboxReader reader = MailboxReader::fromBytes(input, QStringLiteral("test"));
    QCOMPARE(int(reader.format()), format);
    QCOMPARE(reader.count(), subjects.size());
    QCOMPARE(reader.totalBytes(), qint64(input.size()));
    QCOMPARE(::subjects(reader), subjects);
    QCOMPARE(reader.position(), reader.totalBytes());
    QVERIFY(!reader.next());
}

void TestMailbox::mboxMessageRanges()
{
    const QByteArray in("From a@b Mon Jan 1 00:00:00 2024\r\nSubject: one\r\n\r\nbody\r\n\r\nFrom b@c Tue Jan 2 00:00:00 2024\r\nSubject: two\r\n\r\nx\r\n");
    MailboxReader reader = MailboxReader::fromBytes(in);
    auto first = reader.next();
    QVERIFY(first);
    QCOMPARE(first->index, 0);
    QCOMPARE(first->envelopeLine, QByteArray("From a@b Mon Jan 1 00:00:00 2024"));
    // The blank line before the next From_ is not part of the message.
    QCOMPARE(first->bytes().toByteArray(), QByteArray("Subject: one\r\n\r\nbody\r\n"));
    QCOMPARE(first->offset, qint64(in.indexOf("Subject: one")));
    QCOMPARE(reader.position(), qint64(in.indexOf("From b@c")));
    auto second = reader.next();
    QVERIFY(second);
    QCOMPARE(second->index, 1);
    QCOMPARE(second->envelopeLine, QByteArray("From b@c Tue Jan 2 00:00:00 2024"));
    QCOMPARE(second->bytes().toByteArray(), QByteArray("Subject: two\r\n\r\nx\r\n"));
    // Both messages share the same raw bytes (held once).
    QCOMPARE(first->data.get(), second->data.get());
}

void TestMailbox::singleMessageFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    const QByteArray in("Subject: file\r\nFrom: a@example.org\r\n\r\nhello\r\n");
    QVERIFY(writeFile(path, in));
    auto reader = MailboxReader::open(path);
    QVERIFY(reader);
    QCOMPARE(reader->format(), MailboxReader::Format::SingleMessage);
    QCOMPARE(reader->origin(), path);
    QCOMPARE(reader->count(), 1);
    auto m = reader->next();
    QVERIFY(m);
    QCOMPARE(m->bytes().toByteArray(), in);
    QCOMPARE(m->data->origin(), path);
    QCOMPARE(m->lineEnding, LineEnding::CRLF);
    QVERIFY(!reader->next());
}

void TestMailbox::gmimeSubstringMbox()
{
    // GMime's expected dump gives "message offsets: A, B" (From_ line included, up to the next
    // From_) and "header offsets: C, D" (first header byte, start of the blank line).
    auto reader = MailboxReader::open(QStringLiteral(TEST_DATA_DIR "/mime-gmime/tests/data/mbox/input/substring.mbox"));
    QVERIFY(reader);
    QCOMPARE(reader->format(), MailboxReader::Format::Mbox);
    QCOMPARE(reader->count(), 3);
    const QList<QList<qint64>> expected{{0, 526, 8, 216}, {526, 1029, 534, 728}, {1029, 1535, 1037, 1242}};
    for (const QList<qint64>& e : expected) {
        auto m = reader->next();
        QVERIFY(m);
        QCOMPARE(m->offset - m->envelopeLine.size() - 1, e[0]);
        QCOMPARE(m->headers().offset, e[2]);
        const qint64 separatorStart = m->root->bodyOffset - 1; // LF file: the blank line is one byte
        QCOMPARE(separatorStart, e[3]);
        QCOMPARE(reader->position(), e[1]);
    }
}

void TestMailbox::sequentialMatchesMapped_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("three messages") << QByteArray("From a@b Mon Jan 1 00:00:00 2024\nSubject: one\n\nbody\n\n"
                                                  "From a@b Mon Jan 1 00:00:01 2024\nSubject: two\n\nbody\n\n"
                                                  "From a@b Mon Jan 1 00:00:02 2024\nSubject: three\n\nbody");
    QTest::newRow("CRLF, From sentences, quoted From") << QByteArray(
        "From a@b x\r\nSubject: one\r\n\r\nFrom here on\r\n>From there\r\nFrom no-blank\r\nNot: a field? it is\r\n\r\n"
        "From b@c y\r\nSubject: two\r\n\r\n\r\nFrom z\r\n");
    QTest::newRow("separator at the very end") << QByteArray("From a\nS: 1\n\nx\n\nFrom ");
    QTest::newRow("From_ line then field, no blank line") << QByteArray("From a\nS: 1\n\nx\nFrom b\nS: 2\n\ny\nFrom c\n  : not\n");
    // Every mbox among the conformance data.
    QDirIterator it(QStringLiteral(TEST_DATA_DIR), {QStringLiteral("*.mbox")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(QDir(QStringLiteral(TEST_DATA_DIR)).relativeFilePath(path))) << file.readAll();
    }
    // Generated: From_ lines with and without a blank line before them, followed or not by a
    // header field, ">From", CRLF and LF, long lines, and no final line break.
    static const char* const pieces[] = {"From x@y Mon Jan  1 00:00:00 2024", "Subject: s", "X-A:b", "", "", "body text",
                                         "From the body", ">From quoted", "From ", "From", "F", "Received : x",
                                         "not a field", ": colon first"};
    quint32 seed = 424242;
    auto next = [&seed] { seed = seed * 1103515245u + 12345u; return seed >> 16; };
    for (int round = 0; round < 60; ++round) {
        QByteArray mbox("From first@example.test Mon Jan  1 00:00:00 2024\n");
        const bool crlf = round % 3 == 0;
        const int lines = int(next() % 120);
        for (int i = 0; i < lines; ++i) {
            const quint32 pick = next() % (sizeof pieces / sizeof pieces[0] + 1);
            mbox += pick < sizeof pieces / sizeof pieces[0] ? QByteArray(pieces[pick]) : QByteArray(int(next() % 700), 'L');
            mbox += crlf ? "\r\n" : "\n";
        }
        if (round % 5 == 0)
            mbox.chop(crlf ? 2 : 1);
        QTest::newRow(qPrintable(QStringLiteral("generated %1").arg(round))) << mbox;
    }
}

void TestMailbox::sequentialMatchesMapped()
{
    // MailboxReadMode::Sequential (each message read into its own buffer) must split exactly as
    // the mapping does, whatever the read size, including when a message outgrows maxBuffered and
    // the reader goes on over the mapping: same messages, bytes, envelopes and file offsets.
    QFETCH(QByteArray, input);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("in.mbox"));
    QVERIFY(writeFile(path, input));
    auto mapped = MailboxReader::open(path);
    if (!mapped) {
        QVERIFY(!MailboxReader::open(path, {MailboxReadMode::Sequential}));
        return;
    }
    struct Seen
    {
        int index;
        QByteArray envelope, bytes;
        qint64 fileOffset, headersOffset, position;
    };
    QList<Seen> expected;
    while (auto m = mapped->next())
        expected.append({m->index, m->envelopeLine, m->bytes().toByteArray(), m->offset, m->headers().offset, mapped->position()});
    const int count = MailboxReader::open(path)->count();
    QCOMPARE(count, expected.size());

    for (const qint64 chunk : {qint64(1), qint64(5), qint64(64), qint64(4096), qint64(256) << 10}) {
        for (const qint64 maxBuffered : {qint64(64) << 20, qint64(300)}) {
            const QByteArray where = QStringLiteral("chunk %1, maxBuffered %2").arg(chunk).arg(maxBuffered).toUtf8();
            MailboxReadOptions options{MailboxReadMode::Sequential, chunk, maxBuffered};
            auto reader = MailboxReader::open(path, options);
            QVERIFY2(reader, where.constData());
            QCOMPARE(reader->format(), mapped->format());
            QVERIFY2(reader->count() == count, where.constData());
            std::vector<Message> kept; // some messages kept alive: their buffers must not be reused
            for (const Seen& e : std::as_const(expected)) {
                auto m = reader->next();
                QVERIFY2(m, where.constData());
                QCOMPARE(m->index, e.index);
                QCOMPARE(m->envelopeLine, e.envelope);
                QVERIFY2(m->bytes().toByteArray() == e.bytes, where.constData());
                QCOMPARE(m->offset + m->data->sourceOffset(), e.fileOffset);
                QCOMPARE(m->headers().offset + m->data->sourceOffset(), e.headersOffset);
                QCOMPARE(reader->position(), e.position);
                if (e.index % 2 == 0)
                    kept.push_back(std::move(*m));
            }
            QVERIFY2(!reader->next(), where.constData());
            for (const Message& m : kept)
                QCOMPARE(m.bytes().toByteArray(), expected.at(m.index).bytes);
        }
    }
}

void TestMailbox::maildir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir d(dir.path());
    QVERIFY(d.mkpath(QStringLiteral("cur")));
    QVERIFY(d.mkpath(QStringLiteral("new")));
    QVERIFY(d.mkpath(QStringLiteral("tmp")));
    QVERIFY(writeFile(d.filePath(QStringLiteral("new/1700000002.M2.host")), "Subject: second\n\nb\n"));
    QVERIFY(writeFile(d.filePath(QStringLiteral("cur/1700000001.M1.host:2,S")), "Subject: first\n\na\n"));
    QVERIFY(writeFile(d.filePath(QStringLiteral("cur/1700000003.M3.host:2,")), "Subject: third\n\nc\n"));
    QVERIFY(writeFile(d.filePath(QStringLiteral("tmp/1700000004.M4.host")), "Subject: in tmp\n\nd\n"));
    auto reader = MailboxReader::open(dir.path());
    QVERIFY(reader);
    QCOMPARE(reader->format(), MailboxReader::Format::Maildir);
    QCOMPARE(reader->count(), 3);
    QCOMPARE(subjects(*reader), (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
    QCOMPARE(reader->position(), reader->totalBytes());

    QTemporaryDir plain;
    auto notMaildir = MailboxReader::open(plain.path());
    QVERIFY(!notMaildir);
    QCOMPARE(notMaildir.error().kind, Deliverbench::Error::Kind::InvalidInput);
}

void TestMailbox::fromBytesPaste()
{
    MailboxReader reader = MailboxReader::fromBytes("Received: from x\nSubject: pasted\nDKIM-Signature: v=1", QStringLiteral("clipboard"));
    QCOMPARE(reader.origin(), QStringLiteral("clipboard"));
    QCOMPARE(reader.count(), 1);
    auto m = reader.next();
    QVERIFY(m);
    QVERIFY(m->headersOnly);
    QCOMPARE(m->headers().fields.size(), 3);
    QCOMPARE(m->headers().value("dkim-signature"), QByteArray("v=1"));
}

void TestMailbox::looksLikeMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("expected");
    QTest::newRow("header") << QByteArray("Return-Path: <a@b>\n") << true;
    QTest::newRow("From_ line") << QByteArray("From a@b Mon Jan 1 00:00:00 2024\n") << true;
    QTest::newRow("leading blank lines and BOM") << QByteArray("\xef\xbb\xbf\r\nSubject: x\r\n") << true;
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false;
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") << false;
    QTest::newRow("prose") << QByteArray("Hello, this is not an email.\n") << false;
    QTest::newRow("JSON") << QByteArray("{\"a\": 1}") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << false;
}

void TestMailbox::looksLikeMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, expected);
    QCOMPARE(Deliverbench::Mail::looksLikeMessage(bytes), expected);
}

void TestMailbox::openErrors()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.eml"));
    QVERIFY(writeFile(empty, QByteArray()));
    auto r1 = MailboxReader::open(empty);
    QVERIFY(!r1);
    QCOMPARE(r1.error().kind, Deliverbench::Error::Kind::InvalidInput);
    QVERIFY(r1.error().message.contains(empty));

    const QString binary = dir.filePath(QStringLiteral("image.png"));
    QVERIFY(writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    auto r2 = MailboxReader::open(binary);
    QVERIFY(!r2);
    QCOMPARE(r2.error().kind, Deliverbench::Error::Kind::InvalidInput);

    auto r3 = MailboxReader::open(dir.filePath(QStringLiteral("missing.eml")));
    QVERIFY(!r3);
    QCOMPARE(r3.error().kind, Deliverbench::Error::Kind::Io);
}

QTEST_GUILESS_MAIN(TestMailbox)
#include "tst_mailbox.moc"
