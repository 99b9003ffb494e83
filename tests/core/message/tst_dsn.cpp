// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Dsn.h"

#include <QFile>
#include <QTest>

using namespace Deliverbench::Mail;

namespace {

/** finalRecipient|originalRecipient|action|status|remoteMta|diagnosticCode */
QByteArray describe(const DsnRecipient& r)
{
    return r.finalRecipient + '|' + r.originalRecipient + '|' + r.action + '|' + r.status + '|' + r.remoteMta + '|'
        + r.diagnosticCode;
}

QByteArrayList describe(const DeliveryStatus& ds)
{
    QByteArrayList out;
    for (const DsnRecipient& r : ds.recipients)
        out.append(describe(r));
    return out;
}

} // namespace

class TestDsn : public QObject
{
    Q_OBJECT

private slots:
    void messages_data();
    void messages();
    void notADsn();
    void body_data();
    void body();
    void explain_data();
    void explain();
    void explainClass();
};

void TestDsn::messages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("partPath");
    QTest::addColumn<QByteArray>("reportingMta");
    QTest::addColumn<QByteArray>("arrivalDate");
    QTest::addColumn<QByteArrayList>("recipients");

    QTest::newRow("postal-mime bounce.eml (Postfix)")
        << QStringLiteral("postal-mime/bounce.eml") << QStringLiteral("2") << QByteArray("mailout.nyi.internal")
        << QByteArray("Mon, 10 Oct 2022 01:37:21 -0400 (EDT)")
        << QByteArrayList{"htfgvhyufthdgcvhgjyfthgc@ethereal.email|htfgvhyufthdgcvhgjyfthgc@ethereal.email|failed|5.0.0|"
                          "mx.ethereal.email|550 No such user here"};
    QTest::newRow("mailparser delivery-status.eml (Amazon SES)")
        << QStringLiteral("mailparser/delivery-status.eml") << QStringLiteral("2") << QByteArray("amazonses.com") << QByteArray()
        << QByteArrayList{"xxxx@xxxx.com||failed|5.1.1|amazonses.com|Amazon SES did not send the message to this address "
                          "because it is on the suppression list for your account. For more information about removing "
                          "addresses from the suppression list, see the Amazon SES Developer Guide at "
                          "https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html"};
    // No text/plain part: the report is the first body part, after a preamble.
    QTest::newRow("mimekit delivery-status.txt")
        << QStringLiteral("mimekit/delivery-status.txt") << QStringLiteral("1") << QByteArray("mm1")
        << QByteArray("Mon, 29 Jul 1996 02:12:50 -0700")
        << QByteArrayList{"newsletter-request@imusic.com||failed|||500 (err.nosuchuser)"};
    QTest::newRow("mimekit delivery-status-no-blank-line.txt")
        << QStringLiteral("mimekit/delivery-status-no-blank-line.txt") << QStringLiteral("1") << QByteArray("mm1")
        << QByteArray("Mon, 29 Jul 1996 02:12:50 -0700")
        << QByteArrayList{"newsletter-request@imusic.com||failed|||500 (err.nosuchuser)"};
    QTest::newRow("mimekit delivery-status2.txt (Exim)")
        << QStringLiteral("mimekit/delivery-status2.txt") << QStringLiteral("2") << QByteArray("smtp-out.dis-hosting.net")
        << QByteArray() << QByteArrayList{"source@domain.com||failed|5.0.0||"};
    QTest::newRow("mimekit delivery-status-multiple-blank-lines.txt")
        << QStringLiteral("mimekit/delivery-status-multiple-blank-lines.txt") << QStringLiteral("2")
        << QByteArray("someserver.com") << QByteArray()
        << QByteArrayList{"|orig_recip@customer.com||5.5.0||550 Requested action not taken"};
}

void TestDsn::messages()
{
    QFETCH(QString, file);
    QFETCH(QString, partPath);
    QFETCH(QByteArray, reportingMta);
    QFETCH(QByteArray, arrivalDate);
    QFETCH(QByteArrayList, recipients);
    QFile f(QStringLiteral(TEST_DATA_DIR "/dsn/") + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const Message message = parseMessage(RawData::fromBytes(f.readAll(), file));
    const std::optional<DeliveryStatus> ds = parseDeliveryStatus(message);
    QVERIFY(ds.has_value());
    QCOMPARE(ds->partPath, partPath);
    QCOMPARE(ds->reportingMta, reportingMta);
    QCOMPARE(ds->arrivalDate, arrivalDate);
    QCOMPARE(describe(*ds), recipients);
}

void TestDsn::notADsn()
{
    const Message message = parseMessage(RawData::fromBytes(QByteArray("From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n")));
    QVERIFY(!parseDeliveryStatus(message).has_value());
}

void TestDsn::body_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("reportingMta");
    QTest::addColumn<QByteArrayList>("recipients");
    QTest::addColumn<QByteArray>("lastAttempt");

    // RFC 3464 Appendix A.1 (simple DSN), fields as in the RFC; CRLF line ends.
    QTest::newRow("rfc3464 A.1")
        << QByteArray("Reporting-MTA: dns; cs.utk.edu\r\n\r\nOriginal-Recipient: rfc822;louisl@larry.slip.umd.edu\r\n"
                      "Final-Recipient: rfc822;louisl@larry.slip.umd.edu\r\nAction: failed\r\nStatus: 4.0.0\r\n"
                      "Diagnostic-Code: smtp; 426 connection timed out\r\n"
                      "Last-Attempt-Date: Thu, 7 Jul 1994 17:15:49 -0400\r\n")
        << QByteArray("cs.utk.edu")
        << QByteArrayList{"louisl@larry.slip.umd.edu|louisl@larry.slip.umd.edu|failed|4.0.0||426 connection timed out"}
        << QByteArray("Thu, 7 Jul 1994 17:15:49 -0400");
    // RFC 3464 Appendix A.3 style: several recipients, folded diagnostic, comments after the status.
    QTest::newRow("several recipients folded")
        << QByteArray("Reporting-MTA: dns; sun2.nsfnet-relay.ac.uk\n\n"
                      "Final-Recipient: rfc822;thomas@de-montfort.ac.uk\nStatus: 5.0.0 (permanent failure)\n"
                      "Action: Failed\nDiagnostic-Code: smtp; 550 5.1.1 <thomas@de-montfort.ac.uk>:\n"
                      "    Recipient address rejected: User unknown\n\n"
                      "Final-Recipient: rfc822;john@example.org\nAction: delayed\nStatus: 4.2.2\n"
                      "Remote-MTA: dns; mx.example.org\nWill-Retry-Until: Fri, 8 Jul 1994 09:21:47 -0400\n")
        << QByteArray("sun2.nsfnet-relay.ac.uk")
        << QByteArrayList{"thomas@de-montfort.ac.uk||failed|5.0.0||550 5.1.1 <thomas@de-montfort.ac.uk>: Recipient address "
                          "rejected: User unknown",
                          "john@example.org||delayed|4.2.2|mx.example.org|"}
        << QByteArray();
    QTest::newRow("global (utf-8 address)")
        << QByteArray("Reporting-MTA: dns; mx.example\n\nFinal-Recipient: utf-8; j\xc3\xb6rg@example.de\nAction: failed\n"
                      "Status: 5.1.1\n")
        << QByteArray("mx.example") << QByteArrayList{"j\xc3\xb6rg@example.de||failed|5.1.1||"} << QByteArray();
    QTest::newRow("no type prefix") << QByteArray("Reporting-MTA: mx.example\n\nFinal-Recipient: a@example.com\nAction: relayed\n")
                                    << QByteArray("mx.example") << QByteArrayList{"a@example.com||relayed|||"} << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArrayList{} << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x00\xff\n\n:::\n  \n") << QByteArray() << QByteArrayList{} << QByteArray();
}

void TestDsn::body()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, reportingMta);
    QFETCH(QByteArrayList, recipients);
    QFETCH(QByteArray, lastAttempt);
    const DeliveryStatus ds = parseDeliveryStatusBody(body);
    QCOMPARE(ds.reportingMta, reportingMta);
    QCOMPARE(describe(ds), recipients);
    if (!ds.recipients.isEmpty())
        QCOMPARE(ds.recipients.first().lastAttemptDate, lastAttempt);
}

void TestDsn::explain_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("text");
    // RFC 3463 §3 and the IANA registry (RFC 5248)
    QTest::newRow("5.1.1") << QByteArray("5.1.1") << QStringLiteral("Bad destination mailbox address");
    QTest::newRow("4.2.2") << QByteArray("4.2.2") << QStringLiteral("Mailbox full");
    QTest::newRow("5.7.1") << QByteArray("5.7.1") << QStringLiteral("Delivery not authorized, message refused");
    QTest::newRow("5.7.26 RFC 7372") << QByteArray("5.7.26") << QStringLiteral("Multiple authentication checks failed");
    QTest::newRow("5.7.23 RFC 7372") << QByteArray("5.7.23") << QStringLiteral("SPF validation failed");
    QTest::newRow("5.1.10 RFC 7505") << QByteArray("5.1.10") << QStringLiteral("Recipient address has null MX");
    QTest::newRow("4.4.7") << QByteArray("4.4.7") << QStringLiteral("Delivery time expired");
    QTest::newRow("5.0.0") << QByteArray("5.0.0") << QStringLiteral("Other undefined status");
    QTest::newRow("2.0.0") << QByteArray("2.0.0") << QStringLiteral("Other undefined status");
    QTest::newRow("unknown detail -> subject") << QByteArray("5.7.999") << QStringLiteral("Security or policy status");
    QTest::newRow("whitespace") << QByteArray(" 5.3.4 ") << QStringLiteral("Message too big for system");
    QTest::newRow("class 3 invalid") << QByteArray("3.1.1") << QString();
    QTest::newRow("two parts") << QByteArray("5.1") << QString();
    QTest::newRow("letters") << QByteArray("5.x.1") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestDsn::explain()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, text);
    QCOMPARE(explainEnhancedStatus(code), text);
}

void TestDsn::explainClass()
{
    QCOMPARE(explainEnhancedStatusClass("2.1.5"), QStringLiteral("Success"));
    QCOMPARE(explainEnhancedStatusClass("4.2.2"), QStringLiteral("Persistent transient failure"));
    QCOMPARE(explainEnhancedStatusClass("5.1.1"), QStringLiteral("Permanent failure"));
    QCOMPARE(explainEnhancedStatusClass("9.9.9"), QString());
}

QTEST_GUILESS_MAIN(TestDsn)
#include "tst_dsn.moc"
