// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MessageDiff.h"

#include <QJsonArray>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Report;

namespace {

Mail::Message parse(const QByteArray& raw)
{
    return Mail::parseMessage(Mail::RawData::fromBytes(raw));
}

const QByteArray kBody = QByteArrayLiteral(
    "From: News <news@example.org>\r\n"
    "To: reader@example.net\r\n"
    "Subject: Weekly digest\r\n"
    "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <digest-1@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
    "\r\n"
    "--b1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hello reader,\r\n"
    "here is the digest.\r\n"
    "--b1\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "\r\n"
    "<p>Hello reader,</p><p>here is the digest.</p>\r\n"
    "--b1--\r\n");

const QByteArray kCommonHops = QByteArrayLiteral(
    "Received: from mail.example.org (mail.example.org [192.0.2.10]) by mx.example.net with ESMTPS id A1;"
    " Fri, 27 Nov 2026 10:00:02 +0000\r\n"
    "Received: from app1 (app1 [10.0.0.5]) by mail.example.org with ESMTP id Z9;"
    " Fri, 27 Nov 2026 10:00:01 +0000\r\n");

} // namespace

class TestMessageDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical();
    void inboxVersusSpamCopy();
    void forwarderFooterAndSubject();
    void mimeTreeChange();
    void lineDiff_data();
    void lineDiff();
    void boundedOnLargeInput();
};

void TestMessageDiff::identical()
{
    const Mail::Message a = parse(kCommonHops + kBody);
    const Mail::Message b = parse(kCommonHops + kBody);
    const MessageDiff diff = diffMessages(a, b);
    QVERIFY(diff.identical);
    QCOMPARE(diff.changeCount(), 0);
}

void TestMessageDiff::inboxVersusSpamCopy()
{
    // Same message delivered twice: the spam copy got a spam verdict header and an extra internal hop.
    const QByteArray inbox = QByteArrayLiteral("Received: by 2002:a05:inbox with SMTP id i1; Fri, 27 Nov 2026 10:00:03 +0000\r\n"
                                               "X-Spam-Status: No, score=0.1\r\n")
                             + kCommonHops + kBody;
    const QByteArray spam = QByteArrayLiteral("Received: by 2002:a05:filter with SMTP id s2; Fri, 27 Nov 2026 10:00:04 +0000\r\n"
                                              "Received: by 2002:a05:spam with SMTP id s1; Fri, 27 Nov 2026 10:00:03 +0000\r\n"
                                              "X-Spam-Status: Yes, score=7.9\r\n"
                                              "X-Spam-Flag: YES\r\n")
                            + kCommonHops + kBody;
    const MessageDiff diff = diffMessages(parse(inbox), parse(spam));
    QVERIFY(!diff.identical);
    QStringList changes;
    for (const HeaderDiff& header : diff.headers) {
        if (header.kind != DiffKind::Same)
            changes << diffKindToken(header.kind) + u' ' + header.name + QStringLiteral("[%1]").arg(header.occurrence);
    }
    // Received hops aligned oldest-first: the two common hops (0, 1) are the same, hop 2 changed,
    // hop 3 is new in the spam copy.
    QCOMPARE(changes, (QStringList{QStringLiteral("changed Received[2]"), QStringLiteral("added Received[3]"),
                                   QStringLiteral("changed X-Spam-Status[0]"), QStringLiteral("added X-Spam-Flag[0]")}));
    for (const PartDiff& part : diff.parts)
        QCOMPARE(part.kind, DiffKind::Same);
    const QString text = diff.toText();
    QVERIFY(text.contains(QStringLiteral("+ X-Spam-Status[0]: Yes, score=7.9")));
    QVERIFY(text.contains(QStringLiteral("- X-Spam-Status[0]: No, score=0.1")));
}

void TestMessageDiff::forwarderFooterAndSubject()
{
    QByteArray forwarded = kBody;
    forwarded.replace("Subject: Weekly digest", "Subject: [list] Weekly digest");
    forwarded.replace("here is the digest.\r\n--b1", "here is the digest.\r\n-- \r\nSent through the list\r\n--b1");
    forwarded.replace("<p>here is the digest.</p>", "<p>here is the digest.</p><hr>list footer");
    const QByteArray after = QByteArrayLiteral("Received: from mx.example.net by list.example.com with ESMTP id F1;"
                                               " Fri, 27 Nov 2026 10:01:00 +0000\r\n")
                             + kCommonHops + forwarded;
    const MessageDiff diff = diffMessages(parse(kCommonHops + kBody), parse(after));

    bool subjectChanged = false;
    for (const HeaderDiff& header : diff.headers) {
        if (header.name == QStringLiteral("Subject")) {
            QCOMPARE(header.kind, DiffKind::Changed);
            QCOMPARE(header.oldValue, QStringLiteral("Weekly digest"));
            QCOMPARE(header.newValue, QStringLiteral("[list] Weekly digest"));
            subjectChanged = true;
        }
    }
    QVERIFY(subjectChanged);
    QCOMPARE(diff.parts.size(), 3);
    const PartDiff* plain = nullptr;
    for (const PartDiff& part : diff.parts) {
        if (part.path == QStringLiteral("1"))
            plain = &part;
    }
    QVERIFY(plain != nullptr);
    QCOMPARE(plain->kind, DiffKind::Changed);
    QCOMPARE(plain->oldSize, qint64(34));
    QCOMPARE(plain->newSize, qint64(62));
    QVERIFY(plain->oldSha256 != plain->newSha256);
    QCOMPARE(plain->lineDiff, (QStringList{QStringLiteral("  here is the digest."), QStringLiteral("+ -- "),
                                           QStringLiteral("+ Sent through the list")}));
    const QJsonObject json = diff.toJson();
    QCOMPARE(json.value(QStringLiteral("identical")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("parts")).toArray().size(), 3);
}

void TestMessageDiff::mimeTreeChange()
{
    QByteArray single = QByteArrayLiteral("From: a@example.org\r\nSubject: s\r\nContent-Type: text/plain\r\n\r\nHello\r\n");
    const MessageDiff diff = diffMessages(parse(kBody), parse(single));
    QStringList kinds;
    for (const PartDiff& part : diff.parts)
        kinds << part.path + u'=' + diffKindToken(part.kind);
    kinds.sort();
    // multipart root -> single part: "1" changes type, "2" disappears, the root container is removed.
    QCOMPARE(kinds, (QStringList{QStringLiteral("(root)=removed"), QStringLiteral("1=changed"),
                                 QStringLiteral("2=removed")}));
}

void TestMessageDiff::lineDiff_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("equal") << QStringList{QStringLiteral("x")} << QStringList{QStringLiteral("x")} << QStringList{};
    QTest::newRow("replace middle") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                    << QStringList{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c")}
                                    << QStringList{QStringLiteral("  a"), QStringLiteral("- b"), QStringLiteral("+ B"),
                                                   QStringLiteral("  c")};
    QTest::newRow("append") << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("a"), QStringLiteral("z")}
                            << QStringList{QStringLiteral("  a"), QStringLiteral("+ z")};
    QTest::newRow("remove first") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                  << QStringList{QStringLiteral("b")}
                                  << QStringList{QStringLiteral("- a"), QStringLiteral("  b")};
}

void TestMessageDiff::lineDiff()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QStringList, expected);
    QCOMPARE(Report::lineDiff(a, b, 100), expected);
}

void TestMessageDiff::boundedOnLargeInput()
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 20000; ++i) {
        a << QString::number(i);
        b << QString::number(i * 7);
    }
    bool truncated = false;
    const QStringList out = Report::lineDiff(a, b, 200, &truncated);
    QCOMPARE(out.size(), 200);
    QVERIFY(truncated);
}

QTEST_GUILESS_MAIN(TestMessageDiff)
#include "tst_messagediff.moc"
