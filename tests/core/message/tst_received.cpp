// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Received.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Deliverbench::Mail;

class TestReceived : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseField();
    void timeline_data();
    void timeline();
    void hostile();
};

void TestReceived::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("clauses"); // from, fromHost, fromIp, by, via, with, id, for
    QTest::addColumn<QByteArray>("tls");
    QTest::addColumn<bool>("usedTls");
    QTest::addColumn<QString>("date");          // ISO UTC, empty when none

    // Postfix (from the postal-mime bounce.eml test message)
    QTest::newRow("postfix tls")
        << QByteArray("from mailout.nyi.internal (outbound1.nyi.internal [10.202.2.181]) (using TLSv1.3 with cipher "
                      "TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)) "
                      "(No client certificate requested) by mailmx.nyi.internal (Postfix) with ESMTPS for "
                      "<andrisreinman@fastmail.com>; Mon, 10 Oct 2022 01:37:22 -0400 (EDT)")
        << QByteArrayList{"mailout.nyi.internal", "outbound1.nyi.internal", "10.202.2.181", "mailmx.nyi.internal", "",
                          "ESMTPS", "", "andrisreinman@fastmail.com"}
        << QByteArray("version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384") << true << QStringLiteral("2022-10-10T05:37:22Z");
    QTest::newRow("postfix localhost")
        << QByteArray("from mx4.messagingengine.com (localhost [127.0.0.1]) by mailmx.nyi.internal (Postfix) with ESMTP id "
                      "62B9B1F2005A for <andrisreinman@fastmail.com>; Mon, 10 Oct 2022 01:37:22 -0400 (EDT)")
        << QByteArrayList{"mx4.messagingengine.com", "localhost", "127.0.0.1", "mailmx.nyi.internal", "", "ESMTP",
                          "62B9B1F2005A", "andrisreinman@fastmail.com"}
        << QByteArray() << false << QStringLiteral("2022-10-10T05:37:22Z");
    QTest::newRow("postfix pickup")
        << QByteArray("by mailout.nyi.internal (Postfix) id 37BD05C00A2; Mon, 10 Oct 2022 01:37:22 -0400 (EDT)")
        << QByteArrayList{"", "", "", "mailout.nyi.internal", "", "", "37BD05C00A2", ""} << QByteArray() << false
        << QStringLiteral("2022-10-10T05:37:22Z");
    QTest::newRow("postfix ipv6 literal")
        << QByteArray("from [IPv6:2001:db8::1] (unknown [IPv6:2001:db8::1]) by mx.example.com (Postfix) with ESMTPSA id "
                      "4T4abc; Tue, 2 Jan 2024 15:04:05 +0000")
        << QByteArrayList{"[IPv6:2001:db8::1]", "", "2001:db8::1", "mx.example.com", "", "ESMTPSA", "4T4abc", ""}
        << QByteArray() << true << QStringLiteral("2024-01-02T15:04:05Z");
    QTest::newRow("cyrus lmtpa")
        << QByteArray("from compute1.internal (compute1.nyi.internal [10.202.2.41]) by sloti52n10 (Cyrus "
                      "3.7.0-alpha0-1015-gaf7d526680-fm-20220929.001-gaf7d5266) with LMTPA; Mon, 10 Oct 2022 01:37:22 -0400")
        << QByteArrayList{"compute1.internal", "compute1.nyi.internal", "10.202.2.41", "sloti52n10", "", "LMTPA", "", ""}
        << QByteArray() << false << QStringLiteral("2022-10-10T05:37:22Z");
    QTest::newRow("bracket only")
        << QByteArray("from mx4 ([10.202.2.203]) by compute1.internal (LMTPProxy); Mon, 10 Oct 2022 01:37:22 -0400")
        << QByteArrayList{"mx4", "", "10.202.2.203", "compute1.internal", "", "", "", ""} << QByteArray() << false
        << QStringLiteral("2022-10-10T05:37:22Z");
    // Exim
    QTest::newRow("exim tls")
        << QByteArray("from [192.0.2.10] (helo=client.example.org) by mx.example.com with esmtps (TLS1.3) tls "
                      "TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <a@example.org>) id 1rKxyz-000ABC-2F for "
                      "b@example.com; Tue, 02 Jan 2024 15:04:05 +0000")
        << QByteArrayList{"[192.0.2.10]", "", "192.0.2.10", "mx.example.com", "", "esmtps", "1rKxyz-000ABC-2F", "b@example.com"}
        << QByteArray("version=TLS1.3 cipher=TLS_AES_256_GCM_SHA384") << true << QStringLiteral("2024-01-02T15:04:05Z");
    QTest::newRow("exim old tls")
        << QByteArray("from host.example.org ([192.0.2.10]:41234 helo=host.example.org) by mx.example.com with esmtps "
                      "(TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256) (Exim 4.92) (envelope-from <a@example.org>) id 1abc-0001 "
                      "for b@example.com; Tue, 02 Jan 2024 15:04:05 +0000")
        << QByteArrayList{"host.example.org", "", "192.0.2.10", "mx.example.com", "", "esmtps", "1abc-0001", "b@example.com"}
        << QByteArray("version=TLS1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384") << true << QStringLiteral("2024-01-02T15:04:05Z");
    // Sendmail
    QTest::newRow("sendmail tls")
        << QByteArray("from client.example.org (client.example.org [192.0.2.20]) by mx.example.com (8.15.2/8.15.2) with "
                      "ESMTPS id 40BFJ5aX012345 (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT) for "
                      "<b@example.com>; Tue, 2 Jan 2024 15:04:05 +0100")
        << QByteArrayList{"client.example.org", "client.example.org", "192.0.2.20", "mx.example.com", "", "ESMTPS",
                          "40BFJ5aX012345", "b@example.com"}
        << QByteArray("version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384") << true << QStringLiteral("2024-01-02T14:04:05Z");
    // From the MimeKit delivery-status test message (1996 Sendmail)
    QTest::newRow("sendmail 1996")
        << QByteArray("from gruntle (gruntle.mcom.com [205.217.230.10]) by urchin.netscape.com (8.7.5/8.7.3) with SMTP id "
                      "CAA24688 for <newsletter-request@imusic.com>; Mon, 29 Jul 1996 02:04:53 -0700 (PDT)")
        << QByteArrayList{"gruntle", "gruntle.mcom.com", "205.217.230.10", "urchin.netscape.com", "", "SMTP", "CAA24688",
                          "newsletter-request@imusic.com"}
        << QByteArray() << false << QStringLiteral("1996-07-29T09:04:53Z");
    QTest::newRow("angle id")
        << QByteArray("from urchin.netscape.com ([198.95.250.59]) by mm1.sprynet.com with ESMTP id <148217-12799>; Mon, 29 "
                      "Jul 1996 02:12:50 -0700")
        << QByteArrayList{"urchin.netscape.com", "", "198.95.250.59", "mm1.sprynet.com", "", "ESMTP", "148217-12799", ""}
        << QByteArray() << false << QStringLiteral("1996-07-29T09:12:50Z");
    // Microsoft Exchange / Exchange Online
    QTest::newRow("exchange (TLS)")
        << QByteArray("from server2.ms.domain.com (10.3.1.83) by server1.ms.domain.com (10.3.1.86) with Microsoft SMTP "
                      "Server (TLS) id 15.0.1044.25; Tue, 21 Jul 2022 11:00:55 -0400")
        << QByteArrayList{"server2.ms.domain.com", "", "10.3.1.83", "server1.ms.domain.com", "", "Microsoft SMTP Server",
                          "15.0.1044.25", ""}
        << QByteArray("TLS") << true << QStringLiteral("2022-07-21T15:00:55Z");
    QTest::newRow("exchange online")
        << QByteArray("from DB8PR01CA0001.eurprd01.prod.outlook.com (2603:10a6:10:1::11) by "
                      "AM6PR01MB1234.eurprd01.prod.outlook.com (2603:10a6:20b:1::12) with Microsoft SMTP Server "
                      "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.20 via Frontend "
                      "Transport; Tue, 2 Jan 2024 15:04:05 +0000")
        << QByteArrayList{"DB8PR01CA0001.eurprd01.prod.outlook.com", "", "2603:10a6:10:1::11",
                          "AM6PR01MB1234.eurprd01.prod.outlook.com", "Frontend Transport", "Microsoft SMTP Server",
                          "15.20.7270.20", ""}
        << QByteArray("version=TLS1_2 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384") << true
        << QStringLiteral("2024-01-02T15:04:05Z");
    // Gmail
    QTest::newRow("gmail smtps")
        << QByteArray("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS "
                      "id a640c23a62f3a-a2c8c5a1b2csor123456766b.5.2024.01.02.07.04.05 for <user@gmail.com> (Google "
                      "Transport Security); Tue, 02 Jan 2024 07:04:05 -0800 (PST)")
        << QByteArrayList{"mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41", "mx.google.com", "",
                          "SMTPS", "a640c23a62f3a-a2c8c5a1b2csor123456766b.5.2024.01.02.07.04.05", "user@gmail.com"}
        << QByteArray() << true << QStringLiteral("2024-01-02T15:04:05Z");
    QTest::newRow("gmail tls details ipv6")
        << QByteArray("from mail.example.org (mail.example.org. [2001:db8::25]) by mx.google.com with ESMTPS id "
                      "x12si345.2024.01.02 for <user@gmail.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 "
                      "bits=256/256); Tue, 02 Jan 2024 07:04:05 -0800 (PST)")
        << QByteArrayList{"mail.example.org", "mail.example.org", "2001:db8::25", "mx.google.com", "", "ESMTPS",
                          "x12si345.2024.01.02", "user@gmail.com"}
        << QByteArray("version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384") << true << QStringLiteral("2024-01-02T15:04:05Z");
    QTest::newRow("gmail internal ipv6 by")
        << QByteArray("by 2002:a05:6a10:1234:b0:4e1:2345:6789 with SMTP id abc123; Tue, 2 Jan 2024 07:04:05 -0800 (PST)")
        << QByteArrayList{"", "", "", "2002:a05:6a10:1234:b0:4e1:2345:6789", "", "SMTP", "abc123", ""} << QByteArray()
        << false << QStringLiteral("2024-01-02T15:04:05Z");
    // qmail and odd forms
    QTest::newRow("qmail helo")
        << QByteArray("from unknown (HELO mail.example.org) (192.0.2.30) by mx.example.com with SMTP; 2 Jan 2024 15:04:05 -0000")
        << QByteArrayList{"unknown", "", "192.0.2.30", "mx.example.com", "", "SMTP", "", ""} << QByteArray() << false
        << QStringLiteral("2024-01-02T15:04:05Z");
    QTest::newRow("qmail invoked") << QByteArray("(qmail 12345 invoked by uid 89); 2 Jan 2024 15:04:05 -0000")
                                   << QByteArrayList{"", "", "", "", "", "", "", ""} << QByteArray() << false
                                   << QStringLiteral("2024-01-02T15:04:05Z");
    QTest::newRow("no date") << QByteArray("from a.example by b.example with SMTP")
                             << QByteArrayList{"a.example", "", "", "b.example", "", "SMTP", "", ""} << QByteArray() << false
                             << QString();
    QTest::newRow("semicolon in comment") << QByteArray("from a.example (x; y [192.0.2.1]) by b.example; Tue, 2 Jan 2024 15:04:05 +0000")
                                          << QByteArrayList{"a.example", "", "192.0.2.1", "b.example", "", "", "", ""}
                                          << QByteArray() << false << QStringLiteral("2024-01-02T15:04:05Z");
    QTest::newRow("empty") << QByteArray() << QByteArrayList{"", "", "", "", "", "", "", ""} << QByteArray() << false << QString();
}

void TestReceived::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, clauses);
    QFETCH(QByteArray, tls);
    QFETCH(bool, usedTls);
    QFETCH(QString, date);
    const ReceivedField f = parseReceivedValue(input);
    const QByteArrayList got{f.from, f.fromHost, f.fromIp, f.by, f.via, f.with, f.id, f.for_};
    QCOMPARE(got, clauses);
    QCOMPARE(f.tls, tls);
    QCOMPARE(f.usedTls, usedTls);
    QCOMPARE(f.date.isValid() ? f.date.toString(Qt::ISODate) : QString(), date);
    if (f.date.isValid())
        QCOMPARE(f.date.timeSpec(), Qt::UTC);
    QCOMPARE(f.offset, qint64(-1));
}

void TestReceived::parseField()
{
    // A folded field as it is in the raw bytes (the Amazon SES hop of nodemailer's delivery-status.eml).
    const QByteArray raw = "Received: from xxxx.xxxx (ec2-34-198-5-89.compute-1.amazonaws.com [192.0.2.89])\r\n"
                           "        by email-smtp.amazonaws.com\r\n"
                           "        with SMTP (SimpleEmailService-d-11MVXUWA9) id aRHDoBiW1yM0CRxRhdPS;\r\n"
                           "        Tue, 16 Feb 2021 00:57:06 +0000 (UTC)\r\n";
    HeaderField field;
    field.name = QByteArrayView(raw).first(8);
    field.rawValue = QByteArrayView(raw).sliced(9, raw.size() - 9 - 2);
    field.offset = 1234;
    field.length = raw.size();
    const ReceivedField f = parseReceived(field);
    QCOMPARE(f.from, QByteArray("xxxx.xxxx"));
    QCOMPARE(f.fromHost, QByteArray("ec2-34-198-5-89.compute-1.amazonaws.com"));
    QCOMPARE(f.fromIp, QByteArray("192.0.2.89"));
    QCOMPARE(f.by, QByteArray("email-smtp.amazonaws.com"));
    QCOMPARE(f.with, QByteArray("SMTP"));
    QCOMPARE(f.id, QByteArray("aRHDoBiW1yM0CRxRhdPS"));
    QCOMPARE(f.date.toString(Qt::ISODate), QStringLiteral("2021-02-16T00:57:06Z"));
    QCOMPARE(f.offset, qint64(1234));
}

void TestReceived::timeline_data()
{
    QTest::addColumn<QByteArrayList>("dates");          // header order: newest first; "" = no date
    QTest::addColumn<QList<qint64>>("delays");          // oldest first; -999999 = absent
    QTest::addColumn<QList<bool>>("skew");

    constexpr qint64 none = -999999;
    QTest::newRow("steady") << QByteArrayList{"Tue, 2 Jan 2024 10:00:10 +0000", "Tue, 2 Jan 2024 10:00:05 +0000",
                                              "Tue, 2 Jan 2024 10:00:00 +0000"}
                            << QList<qint64>{none, 5, 5} << QList<bool>{false, false, false};
    QTest::newRow("time zones") << QByteArrayList{"Tue, 2 Jan 2024 11:02:00 +0100", "Tue, 2 Jan 2024 05:00:00 -0500"}
                                << QList<qint64>{none, 120} << QList<bool>{false, false};
    QTest::newRow("clock skew") << QByteArrayList{"Tue, 2 Jan 2024 10:00:10 +0000", "Tue, 2 Jan 2024 09:59:00 +0000",
                                                  "Tue, 2 Jan 2024 10:00:00 +0000"}
                                << QList<qint64>{none, -60, 70} << QList<bool>{false, true, false};
    QTest::newRow("undated hop") << QByteArrayList{"Tue, 2 Jan 2024 10:00:10 +0000", "", "Tue, 2 Jan 2024 10:00:00 +0000"}
                                 << QList<qint64>{none, none, 10} << QList<bool>{false, false, false};
    QTest::newRow("single") << QByteArrayList{"Tue, 2 Jan 2024 10:00:10 +0000"} << QList<qint64>{none} << QList<bool>{false};
    QTest::newRow("none") << QByteArrayList{} << QList<qint64>{} << QList<bool>{};
}

void TestReceived::timeline()
{
    QFETCH(QByteArrayList, dates);
    QFETCH(QList<qint64>, delays);
    QFETCH(QList<bool>, skew);

    // Build the header block by hand: Received fields (newest first) with other fields between.
    QList<QByteArray> storage;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        QByteArray v = "from hop" + QByteArray::number(dates.size() - i) + ".example by mx.example with ESMTP";
        if (!dates[i].isEmpty())
            v += "; " + dates[i];
        storage.append(v);
    }
    static const QByteArray receivedName = "Received";
    static const QByteArray lowerName = "received";
    static const QByteArray otherName = "X-Other";
    HeaderBlock block;
    for (qsizetype i = 0; i < storage.size(); ++i) {
        HeaderField other;
        other.name = otherName;
        other.rawValue = storage[i];
        block.fields.append(other);
        HeaderField f;
        f.name = i % 2 ? lowerName : receivedName;
        f.rawValue = storage[i];
        f.offset = 100 * (i + 1);
        block.fields.append(f);
    }
    const QList<ReceivedHop> hops = receivedTimeline(block);
    QCOMPARE(hops.size(), dates.size());
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const ReceivedHop& hop = hops[i];
        QCOMPARE(hop.field.from, QByteArray("hop" + QByteArray::number(i + 1) + ".example"));
        QCOMPARE(hop.field.offset, qint64(100 * (dates.size() - i)));
        QCOMPARE(hop.delaySeconds.value_or(-999999), delays[i]);
        QCOMPARE(hop.clockSkew, skew[i]);
    }
}

void TestReceived::hostile()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray inputs[] = {QByteArray(400000, '('), QByteArray("from ").repeated(100000), QByteArray(400000, ';'),
                                 QByteArray("from a (b [1.2.3.4]) ").repeated(20000), QByteArray("(").repeated(1000) + "x;"};
    for (const QByteArray& input : inputs) {
        const ReceivedField f = parseReceivedValue(input);
        QVERIFY(f.from.size() <= input.size());
    }
    QVERIFY2(timer.elapsed() < 5000, "parser is not linear");
}

QTEST_GUILESS_MAIN(TestReceived)
#include "tst_received.moc"
