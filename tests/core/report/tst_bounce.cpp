// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Mailbox.h"
#include "report/Bounce.h"

#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Report;

class TestBounce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyText_data();
    void classifyText();
    void messages_data();
    void messages();
    void plainTextBounce();
    void notABounce();
    void summary();
};

void TestBounce::classifyText_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<QString>("cause");

    QTest::newRow("gmail 5.7.26 unauthenticated")
        << QByteArray("5.7.26")
        << QStringLiteral("550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires "
                          "all senders to authenticate with either SPF or DKIM.")
        << QStringLiteral("authentication");
    QTest::newRow("gmail dmarc policy")
        << QByteArray("5.7.26")
        << QStringLiteral("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.")
        << QStringLiteral("authentication");
    QTest::newRow("microsoft 5.7.509 dmarc")
        << QByteArray("5.7.509")
        << QStringLiteral("550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and "
                          "has a DMARC policy of reject.")
        << QStringLiteral("authentication");
    QTest::newRow("5.7.23 code only") << QByteArray("5.7.23") << QString() << QStringLiteral("authentication");
    QTest::newRow("gmail over quota")
        << QByteArray("4.2.2")
        << QStringLiteral("452-4.2.2 The recipient's inbox is out of storage space.")
        << QStringLiteral("mailbox-full");
    QTest::newRow("gmail no such account")
        << QByteArray("5.1.1")
        << QStringLiteral("550-5.1.1 The email account that you tried to reach does not exist.")
        << QStringLiteral("unknown-user");
    QTest::newRow("postfix user unknown")
        << QByteArray("5.1.1")
        << QStringLiteral("host mx.example.net said: 550 5.1.1 <jo@example.net>: Recipient address rejected: User "
                          "unknown in virtual mailbox table (in reply to RCPT TO command)")
        << QStringLiteral("unknown-user");
    QTest::newRow("microsoft recipient not found")
        << QByteArray("5.1.10")
        << QStringLiteral("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")
        << QStringLiteral("unknown-user");
    QTest::newRow("exim unrouteable") << QByteArray() << QStringLiteral("Unrouteable address")
                                      << QStringLiteral("unknown-user");
    QTest::newRow("yahoo doesn't have an account")
        << QByteArray("5.0.0")
        << QStringLiteral("554 delivery error: dd This user doesn't have a yahoo.com account (jo@yahoo.com) [0]")
        << QStringLiteral("unknown-user");
    QTest::newRow("postfix spamhaus")
        << QByteArray("5.7.1")
        << QStringLiteral("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org")
        << QStringLiteral("policy");
    QTest::newRow("microsoft S3150 block list")
        << QByteArray("5.7.1")
        << QStringLiteral("550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your "
                          "Internet service provider since part of their network is on our block list (S3150).")
        << QStringLiteral("policy");
    QTest::newRow("gmail low reputation")
        << QByteArray("5.7.1")
        << QStringLiteral("550-5.7.1 Our system has detected that this message is likely suspicious due to the very "
                          "low reputation of the sending domain.")
        << QStringLiteral("reputation");
    QTest::newRow("yahoo TSS04")
        << QByteArray("4.7.0")
        << QStringLiteral("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or "
                          "user complaints")
        << QStringLiteral("reputation");
    QTest::newRow("postgrey greylisting")
        << QByteArray("4.2.0")
        << QStringLiteral("450 4.2.0 <jo@example.net>: Recipient address rejected: Greylisted, see "
                          "http://postgrey.schweikert.ch/help/example.net.html")
        << QStringLiteral("temporary");
    QTest::newRow("4.4.1 code only") << QByteArray("4.4.1") << QString() << QStringLiteral("temporary");
    QTest::newRow("reply 421 only") << QByteArray() << QStringLiteral("421 Service not available")
                                    << QStringLiteral("temporary");
    QTest::newRow("generic status refined by text")
        << QByteArray("5.0.0") << QStringLiteral("smtp; 550 5.1.1 <x@example.net>... no mailbox here by that name")
        << QStringLiteral("unknown-user");
    QTest::newRow("routing loop") << QByteArray("5.4.6") << QString() << QStringLiteral("other");
    QTest::newRow("nothing") << QByteArray() << QString() << QStringLiteral("other");
}

void TestBounce::classifyText()
{
    QFETCH(QByteArray, status);
    QFETCH(QString, diagnostic);
    QFETCH(QString, cause);
    const BounceClassification result = classifyBounce(status, diagnostic);
    QCOMPARE(bounceCauseToken(result.cause), cause);
}

void TestBounce::messages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("domain");

    const QString data = QStringLiteral(TEST_DATA_DIR);
    QTest::newRow("postal-mime: no such user") << data + QStringLiteral("/dsn/postal-mime/bounce.eml") << 1
                                               << QStringLiteral("unknown-user") << QStringLiteral("ethereal.email");
    QTest::newRow("mailparser: SES 5.1.1") << data + QStringLiteral("/dsn/mailparser/delivery-status.eml") << 1
                                           << QStringLiteral("unknown-user") << QStringLiteral("xxxx.com");
    QTest::newRow("mimekit: err.nosuchuser") << data + QStringLiteral("/dsn/mimekit/delivery-status.txt") << 1
                                             << QStringLiteral("unknown-user") << QStringLiteral("imusic.com");
    QTest::newRow("mimekit: exim 5.0.0 + text") << data + QStringLiteral("/dsn/mimekit/delivery-status2.txt") << 1
                                                << QStringLiteral("unknown-user") << QStringLiteral("domain.com");
    QTest::newRow("mimekit: postfix base64 dsn") << data + QStringLiteral("/report/bounces-mimekit/bounce.txt") << 1
                                                 << QStringLiteral("unknown-user") << QStringLiteral("netecgc.com");
    QTest::newRow("python: disk quota") << data + QStringLiteral("/report/bounces-python-email/msg_16.txt") << 1
                                        << QStringLiteral("mailbox-full") << QStringLiteral("cougar.noc.ucla.edu");
    QTest::newRow("python: routing loop 5.4.6") << data + QStringLiteral("/report/bounces-python-email/msg_25.txt")
                                                << 1 << QStringLiteral("other") << QStringLiteral("wellpartner.com");
    QTest::newRow("python: content rejected") << data + QStringLiteral("/report/bounces-python-email/msg_43.txt")
                                              << -1 << QStringLiteral("policy") << QString();
}

void TestBounce::messages()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(QString, cause);
    QFETCH(QString, domain);
    auto reader = Mail::MailboxReader::open(file);
    QVERIFY(reader.has_value());
    const auto message = reader->next();
    QVERIFY(message.has_value());
    const QList<BounceRecord> result = classifyBounceMessage(*message);
    if (records >= 0)
        QCOMPARE(result.size(), records);
    QVERIFY(!result.isEmpty());
    for (const BounceRecord& record : result) {
        QCOMPARE(bounceCauseToken(record.classification.cause), cause);
        if (!domain.isEmpty())
            QCOMPARE(record.domain, domain);
    }
    const Findings findings = bounceFindings(result);
    QCOMPARE(findings.size(), result.size());
    QVERIFY(findings.first().code.startsWith("BOUNCE."));
}

void TestBounce::plainTextBounce()
{
    // Exim's human-readable bounce without a delivery-status part.
    const QByteArray raw = QByteArrayLiteral(
        "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\r\n"
        "To: sender@example.org\r\n"
        "Subject: Mail delivery failed: returning message to sender\r\n\r\n"
        "This message was created automatically by mail delivery software.\r\n\r\n"
        "A message that you sent could not be delivered to one or more of its\r\n"
        "recipients. This is a permanent error. The following address(es) failed:\r\n\r\n"
        "  jo@example.net\r\n"
        "    host mx.example.net [192.0.2.7]\r\n"
        "    SMTP error from remote mail server after RCPT TO:<jo@example.net>:\r\n"
        "    552 5.2.2 Mailbox full\r\n\r\n"
        "  ann@example.com\r\n"
        "    host mx.example.com [192.0.2.8]\r\n"
        "    SMTP error from remote mail server after end of data:\r\n"
        "    550 5.7.1 Message rejected: blocked using bl.spamcop.net\r\n");
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(raw));
    const QList<BounceRecord> records = classifyBounceMessage(message);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).recipient, QStringLiteral("jo@example.net"));
    QCOMPARE(records.at(0).classification.cause, BounceCause::MailboxFull);
    QCOMPARE(records.at(0).status, QByteArray("5.2.2"));
    QCOMPARE(records.at(1).domain, QStringLiteral("example.com"));
    QCOMPARE(records.at(1).classification.cause, BounceCause::Policy);
}

void TestBounce::notABounce()
{
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(
        QByteArrayLiteral("From: a@example.org\r\nSubject: hello\r\n\r\n550 5.1.1 user unknown jo@example.net\r\n")));
    QVERIFY(classifyBounceMessage(message).isEmpty());
}

void TestBounce::summary()
{
    BounceSummary summary;
    BounceRecord a;
    a.domain = QStringLiteral("example.net");
    a.classification.cause = BounceCause::UnknownUser;
    BounceRecord b = a;
    b.classification.cause = BounceCause::Policy;
    BounceRecord c = a;
    c.domain = QStringLiteral("example.com");
    summary.add({a, b});
    summary.add({c});
    summary.add({});
    QCOMPARE(summary.messages, 3);
    QCOMPARE(summary.bounces, 2);
    QCOMPARE(summary.recipients, 3);
    QCOMPARE(summary.byCause.value(QStringLiteral("unknown-user")), 2);
    QCOMPARE(summary.byDomain.value(QStringLiteral("example.net")).value(QStringLiteral("policy")), 1);
    QCOMPARE(summary.toJson().value(QStringLiteral("byCause")).toObject().value(QStringLiteral("policy")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestBounce)
#include "tst_bounce.moc"
