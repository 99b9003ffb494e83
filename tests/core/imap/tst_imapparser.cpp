// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapParser.h"
#include "imap/ImapTasks.h"
#include "imap/ImapTypes.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Deliverbench::Imap;

/*
 * Expected values come from the examples of RFC 3501 (§6.x / §7.x), RFC 6154 §5.1 and the
 * Dovecot 2.3 transcript in ../shared/docs/TEST-SERVERS.md, written out by hand in the compact
 * dump form below (A: atom, N: number, S: quoted string, L: literal, NIL, (...) list).
 */

namespace {

QByteArray dump(const Value& v)
{
    switch (v.type) {
    case Value::Type::Atom: return "A:" + v.text;
    case Value::Type::Number: return "N:" + QByteArray::number(v.number);
    case Value::Type::String: return (v.literal ? "L:\"" : "S:\"") + v.text + '"';
    case Value::Type::Nil: return "NIL";
    case Value::Type::List: {
        QByteArray out = "(";
        for (qsizetype i = 0; i < v.list.size(); ++i) {
            if (i)
                out += ' ';
            out += dump(v.list.at(i));
        }
        return out + ')';
    }
    }
    return {};
}

QByteArray dump(const QList<Value>& values)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ' ';
        out += dump(values.at(i));
    }
    return out;
}

QByteArray kindName(Response::Kind kind)
{
    switch (kind) {
    case Response::Kind::Tagged: return "tagged";
    case Response::Kind::Untagged: return "untagged";
    case Response::Kind::Continuation: return "continuation";
    }
    return {};
}

} // namespace

class TestImapParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void hostile_data();
    void hostile();
    void reader_data();
    void reader();
    void readerLimits_data();
    void readerLimits();
    void readerByteByByteIsLinear();
    void fetchItems();
    void internalDate_data();
    void internalDate();
    void mailboxName_data();
    void mailboxName();
    void quoting_data();
    void quoting();
};

void TestImapParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("codeArgs");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("number");   // -1: none
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("values");

    QTest::newRow("dovecot greeting with capability code")
        << QByteArray("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.")
        << QByteArray("untagged") << QByteArray() << QByteArray("OK") << QByteArray("CAPABILITY")
        << QByteArray("A:IMAP4rev1 A:SASL-IR A:LOGIN-REFERRALS A:ID A:ENABLE A:IDLE A:LITERAL+ A:STARTTLS A:AUTH=PLAIN A:AUTH=LOGIN")
        << QByteArray("Dovecot (Debian) ready.") << qint64(-1) << QByteArray() << QByteArray();
    QTest::newRow("auth process waiting (gotcha 10)")
        << QByteArray("* OK Waiting for authentication process to respond..") << QByteArray("untagged") << QByteArray()
        << QByteArray("OK") << QByteArray() << QByteArray() << QByteArray("Waiting for authentication process to respond..")
        << qint64(-1) << QByteArray() << QByteArray();
    QTest::newRow("tagged ok") << QByteArray("a1 OK Logged in") << QByteArray("tagged") << QByteArray("a1")
                               << QByteArray("OK") << QByteArray() << QByteArray() << QByteArray("Logged in") << qint64(-1)
                               << QByteArray() << QByteArray();
    QTest::newRow("tagged no with RFC 5530 code")
        << QByteArray("a2 NO [AUTHENTICATIONFAILED] Authentication failed.") << QByteArray("tagged") << QByteArray("a2")
        << QByteArray("NO") << QByteArray("AUTHENTICATIONFAILED") << QByteArray() << QByteArray("Authentication failed.")
        << qint64(-1) << QByteArray() << QByteArray();
    QTest::newRow("tagged bad lower case") << QByteArray("A003 bad Command unknown") << QByteArray("tagged")
                                           << QByteArray("A003") << QByteArray("BAD") << QByteArray() << QByteArray()
                                           << QByteArray("Command unknown") << qint64(-1) << QByteArray() << QByteArray();
    QTest::newRow("examine read-only (RFC 3501 6.3.2)")
        << QByteArray("A932 OK [READ-ONLY] EXAMINE completed") << QByteArray("tagged") << QByteArray("A932")
        << QByteArray("OK") << QByteArray("READ-ONLY") << QByteArray() << QByteArray("EXAMINE completed") << qint64(-1)
        << QByteArray() << QByteArray();
    QTest::newRow("uidvalidity code") << QByteArray("* OK [UIDVALIDITY 3857529045] UIDs valid") << QByteArray("untagged")
                                      << QByteArray() << QByteArray("OK") << QByteArray("UIDVALIDITY")
                                      << QByteArray("N:3857529045") << QByteArray("UIDs valid") << qint64(-1)
                                      << QByteArray() << QByteArray();
    QTest::newRow("permanentflags code")
        << QByteArray("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited") << QByteArray("untagged") << QByteArray()
        << QByteArray("OK") << QByteArray("PERMANENTFLAGS") << QByteArray("(A:\\Deleted A:\\Seen A:\\*)")
        << QByteArray("Limited") << qint64(-1) << QByteArray() << QByteArray();
    QTest::newRow("exists") << QByteArray("* 172 EXISTS") << QByteArray("untagged") << QByteArray() << QByteArray()
                            << QByteArray() << QByteArray() << QByteArray() << qint64(172) << QByteArray("EXISTS")
                            << QByteArray();
    QTest::newRow("flags") << QByteArray("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)") << QByteArray("untagged")
                           << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QByteArray() << qint64(-1)
                           << QByteArray("FLAGS") << QByteArray("(A:\\Answered A:\\Flagged A:\\Deleted A:\\Seen A:\\Draft)");
    QTest::newRow("list junk special-use (dovecot)")
        << QByteArray("* LIST (\\HasNoChildren \\Junk) \"/\" Junk") << QByteArray("untagged") << QByteArray()
        << QByteArray() << QByteArray() << QByteArray() << QByteArray() << qint64(-1) << QByteArray("LIST")
        << QByteArray("(A:\\HasNoChildren A:\\Junk) S:\"/\" A:Junk");
    QTest::newRow("list gmail spam quoted")
        << QByteArray("* LIST (\\HasNoChildren \\Junk) \"/\" \"[Gmail]/Spam\"") << QByteArray("untagged") << QByteArray()
        << QByteArray() << QByteArray() << QByteArray() << QByteArray() << qint64(-1) << QByteArray("LIST")
        << QByteArray("(A:\\HasNoChildren A:\\Junk) S:\"/\" S:\"[Gmail]/Spam\"");
    QTest::newRow("list nil delimiter") << QByteArray("* LIST (\\Noselect) NIL \"\"") << QByteArray("untagged")
                                        << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QByteArray()
                                        << qint64(-1) << QByteArray("LIST") << QByteArray("(A:\\Noselect) NIL S:\"\"");
    QTest::newRow("list literal mailbox name")
        << QByteArray("* LIST () \"/\" {8}\r\nfoo\"bar)") << QByteArray("untagged") << QByteArray() << QByteArray()
        << QByteArray() << QByteArray() << QByteArray() << qint64(-1) << QByteArray("LIST")
        << QByteArray("() S:\"/\" L:\"foo\"bar)\"");
    QTest::newRow("search") << QByteArray("* SEARCH 2 84 882") << QByteArray("untagged") << QByteArray() << QByteArray()
                            << QByteArray() << QByteArray() << QByteArray() << qint64(-1) << QByteArray("SEARCH")
                            << QByteArray("N:2 N:84 N:882");
    QTest::newRow("empty search") << QByteArray("* SEARCH") << QByteArray("untagged") << QByteArray() << QByteArray()
                                  << QByteArray() << QByteArray() << QByteArray() << qint64(-1) << QByteArray("SEARCH")
                                  << QByteArray();
    QTest::newRow("fetch header literal")
        << QByteArray("* 12 FETCH (UID 44 FLAGS () BODY[HEADER] {23}\r\nSubject: Hi\r\nX-A: b\r\n\r\n)")
        << QByteArray("untagged") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QByteArray()
        << qint64(12) << QByteArray("FETCH")
        << QByteArray("(A:UID N:44 A:FLAGS () A:BODY[HEADER] L:\"Subject: Hi\r\nX-A: b\r\n\r\n\")");
    QTest::newRow("fetch section with spaces")
        << QByteArray("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT FROM)]<0> \"x\")") << QByteArray("untagged")
        << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QByteArray() << qint64(1)
        << QByteArray("FETCH") << QByteArray("(A:BODY[HEADER.FIELDS (SUBJECT FROM)]<0> S:\"x\")");
    QTest::newRow("fetch gmail labels (google docs example)")
        << QByteArray("* 1 FETCH (X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\") UID 302)")
        << QByteArray("untagged") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QByteArray()
        << qint64(1) << QByteArray("FETCH")
        << QByteArray("(A:X-GM-LABELS (A:\\Inbox A:\\Sent A:Important S:\"Muy Importante\") A:UID N:302)");
    QTest::newRow("quoted escapes") << QByteArray("* LIST () \"/\" \"a\\\\b\\\"c\"") << QByteArray("untagged")
                                    << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QByteArray()
                                    << qint64(-1) << QByteArray("LIST") << QByteArray("() S:\"/\" S:\"a\\b\"c\"");
    QTest::newRow("continuation") << QByteArray("+ ") << QByteArray("continuation") << QByteArray() << QByteArray()
                                  << QByteArray() << QByteArray() << QByteArray() << qint64(-1) << QByteArray()
                                  << QByteArray();
    QTest::newRow("continuation text") << QByteArray("+ Ready for literal data") << QByteArray("continuation")
                                       << QByteArray() << QByteArray() << QByteArray() << QByteArray()
                                       << QByteArray("Ready for literal data") << qint64(-1) << QByteArray()
                                       << QByteArray();
    QTest::newRow("bye") << QByteArray("* BYE Logging out") << QByteArray("untagged") << QByteArray() << QByteArray("BYE")
                         << QByteArray() << QByteArray() << QByteArray("Logging out") << qint64(-1) << QByteArray()
                         << QByteArray();
    QTest::newRow("preauth") << QByteArray("* PREAUTH IMAP4rev1 server logged in as Smith") << QByteArray("untagged")
                             << QByteArray() << QByteArray("PREAUTH") << QByteArray() << QByteArray()
                             << QByteArray("IMAP4rev1 server logged in as Smith") << qint64(-1) << QByteArray()
                             << QByteArray();
    QTest::newRow("unterminated code kept as text") << QByteArray("* OK [ALERT no close") << QByteArray("untagged")
                                                    << QByteArray() << QByteArray("OK") << QByteArray() << QByteArray()
                                                    << QByteArray("[ALERT no close") << qint64(-1) << QByteArray()
                                                    << QByteArray();
    QTest::newRow("nested bodystructure")
        << QByteArray("* 3 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1)"
                      "(\"text\" \"html\" NIL NIL NIL \"base64\" 20 1) \"alternative\"))")
        << QByteArray("untagged") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << QByteArray()
        << qint64(3) << QByteArray("FETCH")
        << QByteArray("(A:BODYSTRUCTURE ((S:\"text\" S:\"plain\" (S:\"charset\" S:\"utf-8\") NIL NIL S:\"7bit\" N:10 N:1) "
                      "(S:\"text\" S:\"html\" NIL NIL NIL S:\"base64\" N:20 N:1) S:\"alternative\"))");
}

void TestImapParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, codeArgs);
    QFETCH(QByteArray, text);
    QFETCH(qint64, number);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, values);

    const auto response = parseResponse(input);
    QVERIFY2(response.has_value(), response ? "" : qPrintable(response.error().message));
    QCOMPARE(kindName(response->kind), kind);
    QCOMPARE(response->tag, tag);
    QCOMPARE(statusName(response->status), status);
    QCOMPARE(response->code, code);
    QCOMPARE(dump(response->codeArgs), codeArgs);
    if (response->kind != Response::Kind::Untagged || !status.isEmpty() || response->kind == Response::Kind::Continuation)
        QCOMPARE(response->text, text);
    QCOMPARE(response->number ? qint64(*response->number) : qint64(-1), number);
    QCOMPARE(response->name, name);
    QCOMPARE(dump(response->values), values);
}

void TestImapParser::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("huge literal size") << QByteArray("* 1 FETCH (BODY[] {99999999999999})") << QStringLiteral("exceeds the limit");
    QTest::newRow("literal size overflow") << QByteArray("* 1 FETCH (BODY[] {123456789012345678901234})")
                                           << QStringLiteral("out of range");
    QTest::newRow("literal shorter than announced") << QByteArray("* 1 FETCH (BODY[] {10}\r\nabc)")
                                                    << QStringLiteral("shorter than announced");
    QTest::newRow("deep nesting") << QByteArray("* 1 FETCH ") + QByteArray(100, '(') + QByteArray(100, ')')
                                  << QStringLiteral("nested deeper");
    QTest::newRow("unterminated quote") << QByteArray("* LIST () \"/\" \"INBOX") << QStringLiteral("unterminated quoted");
    QTest::newRow("unterminated list") << QByteArray("* FLAGS (\\Seen \\Draft") << QStringLiteral("unterminated parenthesised");
    QTest::newRow("stray close paren") << QByteArray("* SEARCH 1 2)") << QStringLiteral("unbalanced");
    QTest::newRow("control character") << QByteArray("* SEARCH 1\x01") << QStringLiteral("control character");
    QTest::newRow("unterminated section") << QByteArray("* 1 FETCH (BODY[HEADER") << QStringLiteral("unterminated section");
    QTest::newRow("tagged without status") << QByteArray("a1 HELLO") << QStringLiteral("without OK, NO or BAD");
    QTest::newRow("tagged bye") << QByteArray("a1 BYE x") << QStringLiteral("without OK, NO or BAD");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty response");
    QTest::newRow("star only") << QByteArray("*") << QStringLiteral("without data");
    QTest::newRow("number only") << QByteArray("* 5") << QStringLiteral("without a name");
    QTest::newRow("literal without size") << QByteArray("* LIST () \"/\" {}\r\n") << QStringLiteral("without a size");
    QTest::newRow("literal without line break") << QByteArray("* LIST () \"/\" {3}abc") << QStringLiteral("not followed by a line break");
    QTest::newRow("too many values") << QByteArray("* SEARCH") + QByteArray(" 1").repeated(200001) << QStringLiteral("more than 200000 values");
}

void TestImapParser::hostile()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const auto response = parseResponse(input);
    QVERIFY(!response.has_value());
    QVERIFY2(response.error().message.contains(error), qPrintable(response.error().message));
}

void TestImapParser::reader_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<QByteArray>>("responses");

    QTest::newRow("two lines") << QByteArray("* OK hi\r\na1 OK done\r\n")
                               << QList<QByteArray>{"* OK hi", "a1 OK done"};
    QTest::newRow("bare LF tolerated") << QByteArray("* OK hi\na1 OK done\n") << QList<QByteArray>{"* OK hi", "a1 OK done"};
    QTest::newRow("literal with CRLF and brace inside")
        << QByteArray("* 1 FETCH (BODY[HEADER] {16}\r\nA: {3}\r\nB: x\r\n\r\n)\r\na2 OK\r\n")
        << QList<QByteArray>{"* 1 FETCH (BODY[HEADER] {16}\r\nA: {3}\r\nB: x\r\n\r\n)", "a2 OK"};
    QTest::newRow("two literals") << QByteArray("* LIST () {1}\r\n/ {2}\r\nab\r\n")
                                  << QList<QByteArray>{"* LIST () {1}\r\n/ {2}\r\nab"};
    QTest::newRow("non-sync literal") << QByteArray("* LIST () \"/\" {3+}\r\nabc\r\n")
                                      << QList<QByteArray>{"* LIST () \"/\" {3+}\r\nabc"};
    QTest::newRow("incomplete tail kept") << QByteArray("* OK a\r\n* OK b") << QList<QByteArray>{"* OK a"};
}

void TestImapParser::reader()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, responses);
    // whole, and split at every position: framing must not depend on how TCP cuts the stream
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        ResponseReader reader;
        QList<QByteArray> got;
        for (const QByteArray& part : {stream.left(split), stream.mid(split)}) {
            reader.feed(part);
            while (auto next = reader.next()) {
                QVERIFY(next->has_value());
                got.append(**next);
            }
        }
        QCOMPARE(got, responses);
    }
}

void TestImapParser::readerLimits_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("error");
    QTest::newRow("endless line") << QByteArray(2 * 1024 * 1024, 'x') << QStringLiteral("line longer than");
    QTest::newRow("huge literal announced") << QByteArray("* 1 FETCH (BODY[] {4294967296}\r\n") << QStringLiteral("exceeds the limit");
    QTest::newRow("literal digits overflow") << QByteArray("* 1 FETCH (BODY[] {99999999999999999999999}\r\n")
                                             << QStringLiteral("out of range");
}

void TestImapParser::readerLimits()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, error);
    ResponseReader reader;
    reader.feed(stream);
    const auto next = reader.next();
    QVERIFY(next.has_value());
    QVERIFY(!next->has_value());
    QVERIFY2(next->error().message.contains(error), qPrintable(next->error().message));
    // the stream stays failed
    reader.feed("a1 OK\r\n");
    const auto after = reader.next();
    QVERIFY(after.has_value() && !after->has_value());
}

void TestImapParser::readerByteByByteIsLinear()
{
    // 200 000 responses and a 1 MiB literal fed one byte at a time: must stay linear
    QByteArray stream;
    for (int i = 0; i < 20000; ++i)
        stream += "* " + QByteArray::number(i) + " EXISTS\r\n";
    stream += "* 1 FETCH (BODY[] {1048576}\r\n" + QByteArray(1048576, 'a') + ")\r\n";
    ResponseReader reader;
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    for (const char c : std::as_const(stream)) {
        reader.feed(QByteArrayView(&c, 1));
        while (auto next = reader.next()) {
            QVERIFY(next->has_value());
            ++count;
        }
    }
    QCOMPARE(count, 20001);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestImapParser::fetchItems()
{
    const auto response = parseResponse(
        "* 4 FETCH (UID 17 FLAGS (\\Recent) INTERNALDATE \"27-Nov-2026 19:47:44 +0100\" "
        "BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 5 1 NIL NIL NIL NIL) "
        "BODY[HEADER] {21}\r\nX-Campaign-ID: t1\r\n\r\n X-GM-LABELS (\\Inbox \"^smartlabel_promo\"))");
    QVERIFY(response.has_value());
    QCOMPARE(response->values.size(), 1);
    const FetchedMessage m = UidFetchTask::parseFetchItems(response->values.first().list);
    QCOMPARE(m.uid, 17u);
    QCOMPARE(m.flags, QList<QByteArray>{"\\Recent"});
    QCOMPARE(m.internalDate, QDateTime(QDate(2026, 11, 27), QTime(18, 47, 44), Qt::UTC));
    QCOMPARE(m.header, QByteArray("X-Campaign-ID: t1\r\n\r\n"));
    QCOMPARE(m.bodyStructure.type, Value::Type::List);
    QVERIFY(m.hasGmailLabels);
    QCOMPARE(m.gmailLabels, (QList<QByteArray>{"\\Inbox", "^smartlabel_promo"}));
}

void TestImapParser::internalDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("rfc 3501 example") << QByteArray("17-Jul-1996 02:44:25 -0700")
                                      << QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC);
    QTest::newRow("space-padded day") << QByteArray(" 7-Feb-1994 21:52:25 -0800")
                                      << QDateTime(QDate(1994, 2, 8), QTime(5, 52, 25), Qt::UTC);
    QTest::newRow("utc") << QByteArray("01-Jan-2024 00:00:00 +0000") << QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("bad month") << QByteArray("01-Foo-2024 00:00:00 +0000") << QDateTime();
    QTest::newRow("bad zone") << QByteArray("01-Jan-2024 00:00:00 UTC") << QDateTime();
    QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
}

void TestImapParser::internalDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(parseInternalDate(text), expected);
}

void TestImapParser::mailboxName_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("decoded");
    // RFC 3501 §5.1.3 example
    QTest::newRow("rfc 3501 example") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-")
                                      << QString::fromUtf8("~peter/mail/\xe5\x8f\xb0\xe5\x8c\x97/\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
    QTest::newRow("ampersand") << QByteArray("Tom &- Jerry") << QStringLiteral("Tom & Jerry");
    QTest::newRow("unterminated shift") << QByteArray("a&Jjo") << QStringLiteral("a&Jjo");
    QTest::newRow("plain") << QByteArray("[Gmail]/Spam") << QStringLiteral("[Gmail]/Spam");
}

void TestImapParser::mailboxName()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, decoded);
    QCOMPARE(decodeMailboxName(wire), decoded);
}

void TestImapParser::quoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("plain") << QByteArray("X-Campaign-ID") << QByteArray("\"X-Campaign-ID\"");
    QTest::newRow("escapes") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("line break refused") << QByteArray("a\r\nb") << QByteArray();
    QTest::newRow("nul refused") << QByteArray("a\0b", 3) << QByteArray();
}

void TestImapParser::quoting()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, quoted);
    QCOMPARE(quoteString(input), quoted);
}

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imapparser.moc"
