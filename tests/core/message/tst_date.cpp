// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/DateTime.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Deliverbench::Mail;

class TestDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void hostile();
};

void TestDate::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("utc");      // ISO 8601 of the UTC instant
    QTest::addColumn<int>("offset");       // seconds east of UTC
    QTest::addColumn<bool>("strict");

    // RFC 5322 Appendix A
    QTest::newRow("A.1.1") << QByteArray("Fri, 21 Nov 1997 09:55:06 -0600") << QStringLiteral("1997-11-21T15:55:06Z") << -21600 << true;
    QTest::newRow("A.3") << QByteArray("Mon, 24 Nov 1997 14:22:01 -0800") << QStringLiteral("1997-11-24T22:22:01Z") << -28800 << true;
    QTest::newRow("A.4") << QByteArray("Thu, 13 Feb 1969 23:32:54 -0330") << QStringLiteral("1969-02-14T03:02:54Z") << -12600 << true;
    QTest::newRow("A.5 folded with comment")
        << QByteArray("Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n               -0330 (Newfoundland Time)")
        << QStringLiteral("1969-02-14T03:02:00Z") << -12600 << true;
    QTest::newRow("A.6.2 obsolete") << QByteArray("21 Nov 97 09:55:06 GMT") << QStringLiteral("1997-11-21T09:55:06Z") << 0 << false;
    QTest::newRow("A.6.3 obs-time") << QByteArray("Fri, 21 Nov 1997 09(comment):   55  :  06 -0600")
                                    << QStringLiteral("1997-11-21T15:55:06Z") << -21600 << false;
    // RFC 5322 §3.3 variations
    QTest::newRow("no weekday") << QByteArray("21 Nov 1997 09:55:06 -0600") << QStringLiteral("1997-11-21T15:55:06Z") << -21600 << true;
    QTest::newRow("no seconds") << QByteArray("Fri, 21 Nov 1997 09:55 -0600") << QStringLiteral("1997-11-21T15:55:00Z") << -21600
                                << true;
    QTest::newRow("zone comment") << QByteArray("Mon, 10 Oct 2022 01:37:22 -0400 (EDT)") << QStringLiteral("2022-10-10T05:37:22Z")
                                  << -14400 << true;
    QTest::newRow("+0000 (UTC)") << QByteArray("Tue, 2 Jan 2024 15:04:05 +0000 (UTC)") << QStringLiteral("2024-01-02T15:04:05Z") << 0
                                 << true;
    QTest::newRow("-0000") << QByteArray("Tue, 2 Jan 2024 15:04:05 -0000") << QStringLiteral("2024-01-02T15:04:05Z") << 0 << true;
    QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 +0000") << QStringLiteral("2016-12-31T23:59:59Z") << 0
                                 << true;
    QTest::newRow("zone crosses date") << QByteArray("Sun, 31 Mar 2024 23:30:00 -0230") << QStringLiteral("2024-04-01T02:00:00Z")
                                       << -9000 << true;
    QTest::newRow("29 Feb leap year") << QByteArray("Thu, 29 Feb 2024 12:00:00 +0100") << QStringLiteral("2024-02-29T11:00:00Z")
                                      << 3600 << true;
    // RFC 5322 §4.3 two- and three-digit years
    QTest::newRow("year 49") << QByteArray("1 Jan 49 00:00:00 +0000") << QStringLiteral("2049-01-01T00:00:00Z") << 0 << false;
    QTest::newRow("year 50") << QByteArray("1 Jan 50 00:00:00 +0000") << QStringLiteral("1950-01-01T00:00:00Z") << 0 << false;
    QTest::newRow("year 00") << QByteArray("Sat, 1 Jan 00 00:00:00 +0000") << QStringLiteral("2000-01-01T00:00:00Z") << 0 << false;
    QTest::newRow("year 101") << QByteArray("1 Jan 101 00:00:00 +0000") << QStringLiteral("2001-01-01T00:00:00Z") << 0 << false;
    // Obsolete and named zones
    QTest::newRow("EST") << QByteArray("Tue, 2 Jan 2024 12:00:00 EST") << QStringLiteral("2024-01-02T17:00:00Z") << -18000 << false;
    QTest::newRow("PDT") << QByteArray("Tue, 2 Jul 2024 12:00:00 PDT") << QStringLiteral("2024-07-02T19:00:00Z") << -25200 << false;
    QTest::newRow("UT") << QByteArray("Tue, 2 Jan 2024 12:00:00 UT") << QStringLiteral("2024-01-02T12:00:00Z") << 0 << false;
    QTest::newRow("military Z") << QByteArray("Tue, 2 Jan 2024 12:00:00 Z") << QStringLiteral("2024-01-02T12:00:00Z") << 0 << false;
    QTest::newRow("military A is -0000") << QByteArray("Tue, 2 Jan 2024 12:00:00 A") << QStringLiteral("2024-01-02T12:00:00Z") << 0
                                         << false;
    QTest::newRow("CEST") << QByteArray("Tue, 2 Jul 2024 12:00:00 CEST") << QStringLiteral("2024-07-02T10:00:00Z") << 7200 << false;
    QTest::newRow("GMT+0100") << QByteArray("Tue, 2 Jan 2024 15:04:05 GMT+0100") << QStringLiteral("2024-01-02T14:04:05Z") << 3600
                              << false;
    QTest::newRow("+01:00") << QByteArray("Tue, 2 Jan 2024 15:04:05 +01:00") << QStringLiteral("2024-01-02T14:04:05Z") << 3600
                            << false;
    QTest::newRow("+0530") << QByteArray("Tue, 2 Jan 2024 15:04:05 +0530") << QStringLiteral("2024-01-02T09:34:05Z") << 19800 << true;
    // Wild forms
    QTest::newRow("wrong weekday") << QByteArray("Mon, 2 Jan 2024 15:04:05 +0000") << QStringLiteral("2024-01-02T15:04:05Z") << 0
                                   << false;
    QTest::newRow("weekday without comma") << QByteArray("Tue 2 Jan 2024 15:04:05 +0000") << QStringLiteral("2024-01-02T15:04:05Z")
                                           << 0 << false;
    QTest::newRow("missing zone") << QByteArray("Tue, 2 Jan 2024 15:04:05") << QStringLiteral("2024-01-02T15:04:05Z") << 0 << false;
    QTest::newRow("full names") << QByteArray("Tuesday, 2 January 2024 15:04:05 +0000") << QStringLiteral("2024-01-02T15:04:05Z")
                                << 0 << false;
    QTest::newRow("dashed date") << QByteArray("02-Jan-2024 15:04:05 +0000") << QStringLiteral("2024-01-02T15:04:05Z") << 0 << false;
    QTest::newRow("asctime") << QByteArray("Tue Jan  2 15:04:05 2024") << QStringLiteral("2024-01-02T15:04:05Z") << 0 << false;
    QTest::newRow("asctime zone before year") << QByteArray("Tue Jan 2 15:04:05 CET 2024") << QStringLiteral("2024-01-02T14:04:05Z")
                                              << 3600 << false;
    QTest::newRow("asctime zone after year") << QByteArray("Tue Jan 2 15:04:05 2024 -0500")
                                             << QStringLiteral("2024-01-02T20:04:05Z") << -18000 << false;
    QTest::newRow("month first with comma") << QByteArray("Jan 2, 2024 15:04:05 +0000") << QStringLiteral("2024-01-02T15:04:05Z")
                                            << 0 << false;
    QTest::newRow("ISO 8601 Z") << QByteArray("2024-01-02T15:04:05Z") << QStringLiteral("2024-01-02T15:04:05Z") << 0 << false;
    QTest::newRow("ISO 8601 fraction offset") << QByteArray("2024-01-02T15:04:05.123+01:00")
                                              << QStringLiteral("2024-01-02T14:04:05Z") << 3600 << false;
    QTest::newRow("ISO space numeric zone") << QByteArray("2024-01-02 15:04:05 -0500") << QStringLiteral("2024-01-02T20:04:05Z")
                                            << -18000 << false;
    QTest::newRow("ISO date only") << QByteArray("2024-01-02") << QStringLiteral("2024-01-02T00:00:00Z") << 0 << false;
    QTest::newRow("trailing junk") << QByteArray("Tue, 2 Jan 2024 15:04:05 +0000 garbage") << QStringLiteral("2024-01-02T15:04:05Z")
                                   << 0 << false;
}

void TestDate::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, utc);
    QFETCH(int, offset);
    QFETCH(bool, strict);
    const DateParseResult r = parseDate(input);
    QVERIFY(r.dateTime.isValid());
    QCOMPARE(r.dateTime.timeSpec(), Qt::UTC);
    QCOMPARE(r.dateTime.toString(Qt::ISODate), utc);
    QCOMPARE(r.utcOffsetSeconds, offset);
    QCOMPARE(r.strict, strict);
}

void TestDate::invalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("31 Feb") << QByteArray("Sat, 31 Feb 2024 10:00:00 +0000");
    QTest::newRow("29 Feb non-leap") << QByteArray("29 Feb 2023 10:00:00 +0000");
    QTest::newRow("32 Jan") << QByteArray("32 Jan 2024 10:00:00 +0000");
    QTest::newRow("hour 24") << QByteArray("1 Jan 2024 24:00:00 +0000");
    QTest::newRow("minute 60") << QByteArray("1 Jan 2024 12:60:00 +0000");
    QTest::newRow("second 61") << QByteArray("1 Jan 2024 12:00:61 +0000");
    QTest::newRow("zone minutes 99") << QByteArray("1 Jan 2024 12:00:00 +0099");
    QTest::newRow("ISO month 13") << QByteArray("2024-13-01T00:00:00Z");
    QTest::newRow("unknown month") << QByteArray("1 Foo 2024 12:00:00 +0000");
    QTest::newRow("no time") << QByteArray("1 Jan 2024");
    QTest::newRow("year 1800") << QByteArray("1 Jan 1800 12:00:00 +0000");
    QTest::newRow("garbage") << QByteArray("garbage");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("numbers only") << QByteArray("12345678901234567890");
}

void TestDate::invalid()
{
    QFETCH(QByteArray, input);
    const DateParseResult r = parseDate(input);
    QVERIFY2(!r.dateTime.isValid(), qPrintable(r.dateTime.toString(Qt::ISODate)));
    QVERIFY(!r.strict);
}

void TestDate::hostile()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray inputs[] = {QByteArray(500000, '('), QByteArray("1 Jan 2024 ") + QByteArray(500000, '1'),
                                 QByteArray("Mon, ").repeated(100000), QByteArray(400000, ':')};
    for (const QByteArray& input : inputs)
        QVERIFY(!parseDate(input).strict);
    QVERIFY2(timer.elapsed() < 5000, "parser is not linear");
}

QTEST_GUILESS_MAIN(TestDate)
#include "tst_date.moc"
