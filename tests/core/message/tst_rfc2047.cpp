// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Rfc2047.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Deliverbench::Mail;

namespace {

QString hebrewExample()
{
    // ISO-8859-8 maps 0xE0..0xFA to U+05D0..U+05EA; the RFC 2047 §8 word decodes to these octets:
    // ED E5 EC F9 20 EF E1 20 E9 EC E8 F4 F0.
    const char16_t chars[] = {0x5dd, 0x5d5, 0x5dc, 0x5e9, 0x20, 0x5df, 0x5d1, 0x20,
                              0x5d9, 0x5dc, 0x5e8 - 0x10, 0x5e4, 0x5e0};
    return QString::fromUtf16(chars, std::size(chars));
}

} // namespace

class TestRfc2047 : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void hostile_data();
    void hostile();
};

void TestRfc2047::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("encodedWords");
    QTest::addColumn<int>("brokenWords");
    QTest::addColumn<bool>("nonStrict");
    QTest::addColumn<bool>("raw8bit");

    // RFC 2047 §8, the table of encoded-word examples (the parentheses are part of the text;
    // in unstructured text they touch the words, which we report as non-strict).
    QTest::newRow("rfc2047-8 (a)") << QByteArray("(=?ISO-8859-1?Q?a?=)") << QStringLiteral("(a)") << 1 << 0 << true << false;
    QTest::newRow("rfc2047-8 (a b)") << QByteArray("(=?ISO-8859-1?Q?a?= b)") << QStringLiteral("(a b)") << 1 << 0 << true << false;
    QTest::newRow("rfc2047-8 (ab) one space")
        << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)") << QStringLiteral("(ab)") << 2 << 0 << true << false;
    QTest::newRow("rfc2047-8 (ab) two spaces")
        << QByteArray("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)") << QStringLiteral("(ab)") << 2 << 0 << true << false;
    QTest::newRow("rfc2047-8 (ab) folded")
        << QByteArray("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)") << QStringLiteral("(ab)") << 2 << 0 << true << false;
    QTest::newRow("rfc2047-8 (ab) unfolded")
        << QByteArray("(=?ISO-8859-1?Q?a?=    =?ISO-8859-1?Q?b?=)") << QStringLiteral("(ab)") << 2 << 0 << true << false;
    QTest::newRow("rfc2047-8 (a b) underscore")
        << QByteArray("(=?ISO-8859-1?Q?a_b?=)") << QStringLiteral("(a b)") << 1 << 0 << true << false;
    QTest::newRow("rfc2047-8 (a b) two charsets")
        << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)") << QStringLiteral("(a b)") << 2 << 0 << true << false;
    // RFC 2047 §8, the header examples.
    QTest::newRow("rfc2047-8 Keith Moore") << QByteArray("=?US-ASCII?Q?Keith_Moore?=") << QStringLiteral("Keith Moore")
                                           << 1 << 0 << false << false;
    QTest::newRow("rfc2047-8 Keld") << QByteArray("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=")
                                    << QString::fromUtf8("Keld Jørn Simonsen") << 1 << 0 << false << false;
    QTest::newRow("rfc2047-8 Andre") << QByteArray("=?ISO-8859-1?Q?Andr=E9?= Pirard") << QString::fromUtf8("André Pirard")
                                     << 1 << 0 << false << false;
    QTest::newRow("rfc2047-8 subject B")
        << QByteArray("=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n    "
                      "=?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=")
        << QStringLiteral("If you can read this you understand the example.") << 2 << 0 << false << false;
    QTest::newRow("rfc2047-8 Olle") << QByteArray("=?ISO-8859-1?Q?Olle_J=E4rnefors?=") << QString::fromUtf8("Olle Järnefors")
                                    << 1 << 0 << false << false;
    QTest::newRow("rfc2047-8 Patrik") << QByteArray("=?ISO-8859-1?Q?Patrik_F=E4ltstr=F6m?=")
                                      << QString::fromUtf8("Patrik Fältström") << 1 << 0 << false << false;
    QTest::newRow("rfc2047-8 hebrew") << QByteArray("=?iso-8859-8?b?7eXs+SDv4SDp7Oj08A==?=") << hebrewExample() << 1 << 0
                                      << false << false;
    // RFC 2231 §5 language suffix.
    QTest::newRow("rfc2231-5 language") << QByteArray("=?US-ASCII*EN?Q?Keith_Moore?=") << QStringLiteral("Keith Moore") << 1
                                        << 0 << false << false;
    QTest::newRow("language utf-8") << QByteArray("=?utf-8*en?Q?caf=C3=A9?=") << QString::fromUtf8("café") << 1 << 0 << false
                                    << false;
    // Real-world forms.
    QTest::newRow("lower-case q") << QByteArray("=?utf-8?q?caf=c3=a9?=") << QString::fromUtf8("café") << 1 << 0 << false << false;
    QTest::newRow("lower-case b") << QByteArray("=?UTF-8?b?Y2Fmw6k=?=") << QString::fromUtf8("café") << 1 << 0 << false << false;
    QTest::newRow("b without padding") << QByteArray("=?UTF-8?B?Y2Fmw6k?=") << QString::fromUtf8("café") << 1 << 0 << false << false;
    QTest::newRow("no space between words") << QByteArray("=?utf-8?q?a?==?utf-8?q?b?=") << QStringLiteral("ab") << 2 << 0 << true
                                            << false;
    QTest::newRow("inside a word") << QByteArray("foo=?utf-8?q?bar?=baz") << QStringLiteral("foobarbaz") << 1 << 0 << true << false;
    QTest::newRow("inside quotes") << QByteArray("\"=?utf-8?q?J=C3=B6rg?=\" <j@example.org>")
                                   << QString::fromUtf8("\"Jörg\" <j@example.org>") << 1 << 0 << true << false;
    QTest::newRow("split multibyte B") << QByteArray("=?utf-8?B?ww==?= =?utf-8?B?qQ==?=") << QString::fromUtf8("é") << 2 << 0
                                       << true << false;
    QTest::newRow("split multibyte Q") << QByteArray("=?UTF-8?Q?caf=C3?= =?UTF-8?Q?=A9_au_lait?=")
                                       << QString::fromUtf8("café au lait") << 2 << 0 << true << false;
    QTest::newRow("adjacent different charsets") << QByteArray("=?iso-8859-1?q?=E9?= =?utf-8?q?=C3=A9?=")
                                                 << QString::fromUtf8("éé") << 2 << 0 << false << false;
    QTest::newRow("text between words kept") << QByteArray("=?utf-8?q?a?= x =?utf-8?q?b?=") << QStringLiteral("a x b") << 2 << 0
                                             << false << false;
    QTest::newRow("over-long word") << QByteArray("=?utf-8?q?") + QByteArray(90, 'x') + "?=" << QString(90, u'x') << 1 << 0 << true
                                    << false;
    QTest::newRow("space inside word") << QByteArray("=?utf-8?q?hello world?=") << QStringLiteral("hello world") << 1 << 0 << true
                                       << false;
    QTest::newRow("unknown charset kept") << QByteArray("=?x-no-such-charset?q?abc?= ok")
                                          << QStringLiteral("=?x-no-such-charset?q?abc?= ok") << 1 << 1 << true << false;
    QTest::newRow("unterminated word") << QByteArray("=?utf-8?q?abc") << QStringLiteral("=?utf-8?q?abc") << 0 << 0 << false
                                       << false;
    QTest::newRow("unterminated then valid") << QByteArray("=?utf-8?q?abc =?utf-8?q?d?=") << QStringLiteral("=?utf-8?q?abc d")
                                             << 1 << 0 << false << false;
    QTest::newRow("bad Q escape") << QByteArray("=?utf-8?q?a=ZZb?=") << QStringLiteral("a=ZZb") << 1 << 0 << true << false;
    QTest::newRow("bad encoding letter") << QByteArray("=?utf-8?x?abc?=") << QStringLiteral("=?utf-8?x?abc?=") << 0 << 0 << false
                                         << false;
    QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=") << QString::fromUtf8("テスト") << 1 << 0
                                 << false << false;
    QTest::newRow("raw utf-8 (RFC 6532)") << QByteArray("Gr\xc3\xbc\xc3\x9f" "e") << QString::fromUtf8("Grüße") << 0 << 0 << false
                                          << true;
    QTest::newRow("raw latin-1 -> windows-1252") << QByteArray("Gr\xfc\xdf" "e \x80") << QString::fromUtf8("Grüße €") << 0 << 0
                                                 << false << true;
    QTest::newRow("plain ascii") << QByteArray("Hello, world") << QStringLiteral("Hello, world") << 0 << 0 << false << false;
    QTest::newRow("empty") << QByteArray() << QString() << 0 << 0 << false << false;
}

void TestRfc2047::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(int, encodedWords);
    QFETCH(int, brokenWords);
    QFETCH(bool, nonStrict);
    QFETCH(bool, raw8bit);
    Rfc2047Stats stats;
    QCOMPARE(decodeHeaderText(input, &stats), expected);
    QCOMPARE(stats.encodedWords, encodedWords);
    QCOMPARE(stats.brokenWords, brokenWords);
    QCOMPARE(stats.nonStrict, nonStrict);
    QCOMPARE(stats.raw8bit, raw8bit);
    QCOMPARE(decodeHeaderText(input), expected); // stats are optional
}

void TestRfc2047::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("many openers") << QByteArray("=?").repeated(300000);
    QTest::newRow("openers with charset") << QByteArray("=?utf-8?q?").repeated(100000);
    QTest::newRow("openers then one closer") << QByteArray("=?utf-8?q?a").repeated(100000) + "?=";
    QTest::newRow("many words") << QByteArray("=?utf-8?q?a?= ").repeated(100000);
    QTest::newRow("long charset") << QByteArray("=?") + QByteArray(500000, 'a') + "?q?x?=";
}

void TestRfc2047::hostile()
{
    QFETCH(QByteArray, input);
    QElapsedTimer timer;
    timer.start();
    Rfc2047Stats stats;
    const QString out = decodeHeaderText(input, &stats);
    QVERIFY2(timer.elapsed() < 5000, "decoder is not linear");
    QVERIFY(out.size() <= input.size());
}

QTEST_GUILESS_MAIN(TestRfc2047)
#include "tst_rfc2047.moc"
