// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Address.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Deliverbench::Mail;

namespace {

/** "display <address>" plus " [group]" when the mailbox came from a group. */
QStringList describe(const AddressListResult& r)
{
    QStringList out;
    for (const Mailbox& m : r.mailboxes) {
        QString s = m.displayName + QStringLiteral(" <") + m.address() + u'>';
        if (!m.group.isEmpty())
            s += QStringLiteral(" [") + m.group + u']';
        out.append(s);
    }
    return out;
}

QByteArray unfold(QByteArray v)
{
    v.replace("\r\n", "");
    return v;
}

} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void addressList_data();
    void addressList();
    void mailboxFields();
    void messageIds_data();
    void messageIds();
    void hostile_data();
    void hostile();
};

void TestAddress::addressList_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("obsolete");
    QTest::addColumn<int>("errors");

    // RFC 5322 Appendix A.1.1 - A.1.3
    QTest::newRow("A.1.1 From") << QByteArray("John Doe <jdoe@machine.example>")
                                << QStringList{QStringLiteral("John Doe <jdoe@machine.example>")} << false << 0;
    QTest::newRow("A.1.2 From") << QByteArray("\"Joe Q. Public\" <john.q.public@example.com>")
                                << QStringList{QStringLiteral("Joe Q. Public <john.q.public@example.com>")} << false << 0;
    QTest::newRow("A.1.2 To") << QByteArray("Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>")
                              << QStringList{QStringLiteral("Mary Smith <mary@x.test>"), QStringLiteral(" <jdoe@example.org>"),
                                             QStringLiteral("Who? <one@y.test>")}
                              << false << 0;
    QTest::newRow("A.1.2 Cc") << QByteArray("<boss@nil.test>, \"Giant; \\\"Big\\\" Box\" <sysservices@example.net>")
                              << QStringList{QStringLiteral(" <boss@nil.test>"),
                                             QStringLiteral("Giant; \"Big\" Box <sysservices@example.net>")}
                              << false << 0;
    QTest::newRow("A.1.3 To group") << QByteArray("A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;")
                                    << QStringList{QStringLiteral("Ed Jones <c@a.test> [A Group]"),
                                                   QStringLiteral(" <joe@where.test> [A Group]"),
                                                   QStringLiteral("John <jdoe@one.test> [A Group]")}
                                    << false << 0;
    QTest::newRow("A.1.3 Cc empty group") << QByteArray("Undisclosed recipients:;") << QStringList{} << false << 0;
    QTest::newRow("A.2 From") << QByteArray("\"Mary Smith: Personal Account\" <smith@home.example>")
                              << QStringList{QStringLiteral("Mary Smith: Personal Account <smith@home.example>")} << false << 0;
    // RFC 5322 Appendix A.5 (white space, comments)
    QTest::newRow("A.5 From") << QByteArray("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>")
                              << QStringList{QStringLiteral("Pete <pete@silly.test>")} << false << 0;
    QTest::newRow("A.5 To") << unfold("A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n"
                                      "         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of the group)")
                            << QStringList{QStringLiteral("Chris Jones <c@public.example> [A Group]"),
                                           QStringLiteral(" <joe@example.org> [A Group]"),
                                           QStringLiteral("John <jdoe@one.test> [A Group]")}
                            << false << 0;
    QTest::newRow("A.5 Cc") << QByteArray("(Empty list)(start)Hidden recipients  :(nobody(that I know))  ;") << QStringList{}
                            << false << 0;
    // RFC 5322 Appendix A.6 (obsolete syntax)
    QTest::newRow("A.6.1 From") << QByteArray("Joe Q. Public <john.q.public@example.com>")
                                << QStringList{QStringLiteral("Joe Q. Public <john.q.public@example.com>")} << true << 0;
    QTest::newRow("A.6.1 To") << QByteArray("Mary Smith <@node.test:mary@example.net>, , jdoe@test  . example")
                              << QStringList{QStringLiteral("Mary Smith <mary@example.net>"), QStringLiteral(" <jdoe@test.example>")}
                              << true << 0;
    QTest::newRow("A.6.3 From") << QByteArray("John Doe <jdoe@machine(comment).  example>")
                                << QStringList{QStringLiteral("John Doe <jdoe@machine.example>")} << true << 0;
    QTest::newRow("A.6.3 To") << unfold("Mary Smith\r\n  \r\n          <mary@example.net>")
                              << QStringList{QStringLiteral("Mary Smith <mary@example.net>")} << false << 0;
    // RFC 2047 §8 headers
    QTest::newRow("rfc2047 Keith Moore") << QByteArray("=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>")
                                         << QStringList{QStringLiteral("Keith Moore <moore@cs.utk.edu>")} << false << 0;
    QTest::newRow("rfc2047 Andre") << QByteArray("=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>")
                                   << QStringList{QString::fromUtf8("André Pirard <PIRARD@vm1.ulg.ac.be>")} << false << 0;
    QTest::newRow("rfc2047 trailing comment") << QByteArray("Nathaniel Borenstein <nsb@thumper.bellcore.com>\r\n    "
                                                            "(=?iso-8859-8?b?7eXs+SDv4SDp7Oj08A==?=)")
                                              << QStringList{QStringLiteral("Nathaniel Borenstein <nsb@thumper.bellcore.com>")}
                                              << false << 0;
    QTest::newRow("rfc2047 two words") << QByteArray("=?ISO-8859-1?Q?Patrik_F=E4ltstr=F6m?= <paf@nada.kth.se>, "
                                                     "=?ISO-8859-1?Q?Olle_J=E4rnefors?= <ojarnef@admin.kth.se>")
                                       << QStringList{QString::fromUtf8("Patrik Fältström <paf@nada.kth.se>"),
                                                      QString::fromUtf8("Olle Järnefors <ojarnef@admin.kth.se>")}
                                       << false << 0;
    // Real-world forms
    QTest::newRow("comment as display name") << QByteArray("nsb@thumper.bellcore.com (Nathaniel Borenstein)")
                                             << QStringList{QStringLiteral("Nathaniel Borenstein <nsb@thumper.bellcore.com>")}
                                             << false << 0;
    QTest::newRow("nested comment display") << QByteArray("a@example.com (Foo (Bar) Baz)")
                                            << QStringList{QStringLiteral("Foo (Bar) Baz <a@example.com>")} << false << 0;
    QTest::newRow("encoded word in quotes") << QByteArray("\"=?utf-8?q?J=C3=B6rg?=\" <j@example.org>")
                                            << QStringList{QString::fromUtf8("Jörg <j@example.org>")} << false << 0;
    QTest::newRow("missing comma") << QByteArray("<a@example.com> <b@example.com>")
                                   << QStringList{QStringLiteral(" <a@example.com>"), QStringLiteral(" <b@example.com>")} << true
                                   << 1;
    QTest::newRow("missing comma named") << QByteArray("A <a@example.com> B <b@example.com>")
                                         << QStringList{QStringLiteral("A <a@example.com>"), QStringLiteral("B <b@example.com>")}
                                         << true << 1;
    QTest::newRow("display without brackets") << QByteArray("John Doe jdoe@example.com")
                                              << QStringList{QStringLiteral("John Doe <jdoe@example.com>")} << false << 1;
    QTest::newRow("quoted local part") << QByteArray("\"john doe\"@example.com")
                                       << QStringList{QStringLiteral(" <\"john doe\"@example.com>")} << false << 0;
    QTest::newRow("quoted local escape") << QByteArray("\"a\\\"b\"@example.com")
                                         << QStringList{QStringLiteral(" <\"a\\\"b\"@example.com>")} << false << 0;
    QTest::newRow("needless quotes dropped") << QByteArray("\"john\"@example.com") << QStringList{QStringLiteral(" <john@example.com>")}
                                             << false << 0;
    QTest::newRow("obs-local-part") << QByteArray("john . smith@example.com")
                                    << QStringList{QStringLiteral(" <john.smith@example.com>")} << true << 0;
    QTest::newRow("domain literal") << QByteArray("user@[192.0.2.1]") << QStringList{QStringLiteral(" <user@[192.0.2.1]>")} << false
                                    << 0;
    QTest::newRow("utf-8 RFC 6532") << QByteArray("J\xc3\xb6rg <j\xc3\xb6rg@b\xc3\xbc" "cher.example>")
                                    << QStringList{QString::fromUtf8("Jörg <jörg@bücher.example>")} << false << 0;
    QTest::newRow("empty angle") << QByteArray("<>") << QStringList{} << false << 1;
    QTest::newRow("no domain") << QByteArray("undisclosed-recipients") << QStringList{} << false << 1;
    QTest::newRow("trailing comma") << QByteArray("a@example.com,") << QStringList{QStringLiteral(" <a@example.com>")} << false << 0;
    QTest::newRow("group not terminated") << QByteArray("G: a@example.com") << QStringList{QStringLiteral(" <a@example.com> [G]")}
                                          << false << 1;
    QTest::newRow("missing >") << QByteArray("A <a@example.com, b@example.com")
                               << QStringList{QStringLiteral("A <a@example.com>"), QStringLiteral(" <b@example.com>")} << false << 1;
    QTest::newRow("empty") << QByteArray() << QStringList{} << false << 0;
}

void TestAddress::addressList()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(bool, obsolete);
    QFETCH(int, errors);
    const AddressListResult r = parseAddressList(input);
    QCOMPARE(describe(r), expected);
    QCOMPARE(r.usedObsoleteSyntax, obsolete);
    QVERIFY2(r.errors.size() == errors, qPrintable(r.errors.join(QStringLiteral("; "))));
}

void TestAddress::mailboxFields()
{
    const AddressListResult r = parseAddressList("\"Joe\" <\"joe smith\"@[IPv6:2001:db8::1]>");
    QCOMPARE(r.mailboxes.size(), 1);
    const Mailbox& m = r.mailboxes.first();
    QCOMPARE(m.displayName, QStringLiteral("Joe"));
    QCOMPARE(m.localPart, QStringLiteral("joe smith"));
    QCOMPARE(m.domain, QStringLiteral("IPv6:2001:db8::1"));
    QVERIFY(m.domainLiteral);
    QVERIFY(m.isValid());
    QCOMPARE(m.address(), QStringLiteral("\"joe smith\"@[IPv6:2001:db8::1]"));
    QVERIFY(!Mailbox{}.isValid());
}

void TestAddress::messageIds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("ids");
    QTest::addColumn<bool>("valid");

    // RFC 5322 Appendix A.2 / A.3
    QTest::newRow("A.2 Message-ID") << QByteArray("<1234@local.machine.example>") << QByteArrayList{"1234@local.machine.example"}
                                    << true;
    QTest::newRow("A.2 References") << QByteArray("<1234@local.machine.example> <3456@example.net>")
                                    << QByteArrayList{"1234@local.machine.example", "3456@example.net"} << true;
    QTest::newRow("A.3 Resent") << QByteArray("<78910@example.net>") << QByteArrayList{"78910@example.net"} << true;
    QTest::newRow("folded references") << QByteArray("<a@example.net>\r\n <b@example.net>")
                                       << QByteArrayList{"a@example.net", "b@example.net"} << true;
    QTest::newRow("comment") << QByteArray("<3456@example.net> (the reply)") << QByteArrayList{"3456@example.net"} << true;
    QTest::newRow("no-fold-literal") << QByteArray("<foo@[127.0.0.1]>") << QByteArrayList{"foo@[127.0.0.1]"} << true;
    QTest::newRow("space inside") << QByteArray("<foo bar@example.com>") << QByteArrayList{"foobar@example.com"} << false;
    QTest::newRow("obs-id-left quoted") << QByteArray("<\"q\"@example.com>") << QByteArrayList{"\"q\"@example.com"} << false;
    QTest::newRow("no brackets") << QByteArray("1234@example.com") << QByteArrayList{"1234@example.com"} << false;
    QTest::newRow("no at sign") << QByteArray("<noatsign>") << QByteArrayList{"noatsign"} << false;
    QTest::newRow("double dot") << QByteArray("<a..b@example.com>") << QByteArrayList{"a..b@example.com"} << false;
    QTest::newRow("obs-in-reply-to phrase") << QByteArray("Your message of <a@b.example>") << QByteArrayList{"a@b.example"} << false;
    QTest::newRow("unterminated") << QByteArray("<a@b.example") << QByteArrayList{"a@b.example"} << false;
    QTest::newRow("empty") << QByteArray() << QByteArrayList{} << false;
}

void TestAddress::messageIds()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, ids);
    QFETCH(bool, valid);
    const MessageIdResult r = parseMessageIds(input);
    QCOMPARE(r.ids, ids);
    QCOMPARE(r.valid, valid);
}

void TestAddress::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nested comments") << QByteArray(300000, '(') + QByteArray("a@b.example");
    QTest::newRow("many commas") << QByteArray(500000, ',');
    QTest::newRow("many angles") << QByteArray(300000, '<');
    QTest::newRow("many groups") << QByteArray("g:").repeated(100000);
    QTest::newRow("many at") << QByteArray(300000, '@');
    QTest::newRow("many dots") << QByteArray("a") + QByteArray(300000, '.') + "@b";
    QTest::newRow("many addresses") << QByteArray("A <a@b.example>, ").repeated(50000);
    QTest::newRow("open quote") << QByteArray("\"") + QByteArray(300000, 'a');
}

void TestAddress::hostile()
{
    QFETCH(QByteArray, input);
    QElapsedTimer timer;
    timer.start();
    const AddressListResult r = parseAddressList(input);
    const MessageIdResult ids = parseMessageIds(input);
    QVERIFY2(timer.elapsed() < 5000, "parser is not linear");
    QVERIFY(r.mailboxes.size() <= 50000);
    QVERIFY(ids.ids.size() <= input.size());
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
