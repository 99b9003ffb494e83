// SPDX-License-Identifier: GPL-3.0-or-later
// The message-level verdict (core/auth/MessageAuth) against the real BIND of the test_servers
// fixture: zone auth.test (SPF, DMARC p=reject, DKIM keys s2048/s1024/s512) and the messages in
// tests/data/auth/, DKIM-signed by dkimpy (tests/data/auth/make_messages.py).
#include "TestServers.h"
#include "auth/MessageAuth.h"
#include "auth/dkim/KeyFetcher.h"
#include "auth/spf/DnsSource.h"
#include "dns/Resolver.h"
#include "message/Message.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;

namespace {

Mail::Message load(const QString& name)
{
    QFile f(QStringLiteral(PROJECT_SOURCE_DIR "/tests/data/auth/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Mail::parseMessage(Mail::RawData::fromBytes(f.readAll()));
}

QByteArray dkimTokens(const QList<DkimSignatureResult>& results)
{
    QList<QByteArray> t;
    for (const DkimSignatureResult& r : results)
        t << dkimResultToken(r.result);
    return t.join(',');
}

bool hasCode(const Findings& findings, QByteArrayView code)
{
    for (const Finding& f : findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

} // namespace

class tst_MessageAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionFromReceived();
    void connectionChoice_data();
    void connectionChoice();
    void sampleArrivedOverTls();
    void verdicts_data();
    void verdicts();
    void trustedForwarderDisagrees();
    void asynchronousAndCancellable();
    void jsonShape();
    void memorySources();

private:
    Dns::ResolverOptions options() const;
    QHash<QString, QString> m_env;
};

void tst_MessageAuth::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
}

Dns::ResolverOptions tst_MessageAuth::options() const
{
    Dns::ResolverOptions o;
    o.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    o.timeoutMs = 2000;
    return o;
}

void tst_MessageAuth::connectionFromReceived()
{
    // aligned.eml: the topmost Received is the receiver's LMTP delivery from 127.0.0.1 (skipped);
    // the second names mail.example.test [192.0.2.25].
    const Mail::Message m = load(QStringLiteral("aligned.eml"));
    QVERIFY(m.root);
    ConnectionInfo c = determineConnection(m, {});
    QCOMPARE(c.ip, QHostAddress(QStringLiteral("192.0.2.25")));
    QCOMPARE(c.helo, QByteArray("mail.example.test"));
    QCOMPARE(c.mailFrom, QByteArray("bounce@auth.test"));
    QCOMPARE(c.hopIndex, 1);
    QCOMPARE(c.hopCount, 2);
    QCOMPARE(c.receivedBy, QByteArray("mx.receiver.test"));
    QVERIFY(c.receivedTls);
    QCOMPARE(c.ipSource, QByteArray("received"));
    QCOMPARE(c.mailFromSource, QByteArray("return-path"));
    QVERIFY2(c.explanation.contains(QStringLiteral("Received field 2")), qPrintable(c.explanation));

    // overrides win, and say so
    MessageAuthOptions o;
    o.ip = QHostAddress(QStringLiteral("192.0.2.99"));
    o.helo = QByteArray("other.example");
    o.mailFrom = QByteArray("<>");
    c = determineConnection(m, o);
    QCOMPARE(c.ip, QHostAddress(QStringLiteral("192.0.2.99")));
    QCOMPARE(c.helo, QByteArray("other.example"));
    QVERIFY(c.mailFromKnown);
    QVERIFY(c.mailFrom.isEmpty());
    QCOMPARE(c.ipSource, QByteArray("override"));
    QCOMPARE(c.heloSource, QByteArray("override"));
    QCOMPARE(c.mailFromSource, QByteArray("override"));

    // no Received, no Return-Path: nothing known
    const Mail::Message bare = Mail::parseMessage(Mail::RawData::fromBytes("From: a@b.test\r\nSubject: x\r\n\r\nbody\r\n"));
    c = determineConnection(bare, {});
    QVERIFY(!c.hasIp());
    QVERIFY(!c.mailFromKnown);
    QCOMPARE(c.hopIndex, -1);
}

void tst_MessageAuth::connectionChoice_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("hop");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QByteArray>("helo");
    QTest::addColumn<bool>("tls");

    // resources/samples/newsletter.eml: the receiver's MX hands off to its mailstore over LMTP
    QTest::newRow("postfix+dovecot lmtp")
        << QByteArray("Received: from mx.example.org (mx.example.org [198.51.100.25])\r\n"
                      "\tby mailstore.example.org (Dovecot) with LMTP id kM2bF3xYz2Vd\r\n"
                      "\tfor <jane.doe@example.org>; Tue, 04 Mar 2025 09:15:41 +0100\r\n"
                      "Received: from out-12.news.example.com (out-12.news.example.com [192.0.2.45])\r\n"
                      "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n"
                      "\t(No client certificate requested)\r\n"
                      "\tby mx.example.org (Postfix) with ESMTPS id 4Z6Jk21xQzz9sQ\r\n"
                      "\tfor <jane.doe@example.org>; Tue, 04 Mar 2025 09:15:40 +0100 (CET)\r\n"
                      "Received: from app-3.internal.example.com (app-3.internal.example.com [203.0.113.17])\r\n"
                      "\tby out-12.news.example.com (Postfix) with ESMTP id 9F1C21A0042\r\n"
                      "\tfor <jane.doe@example.org>; Tue, 04 Mar 2025 08:15:38 +0000 (UTC)\r\n")
        << 1 << "192.0.2.45" << QByteArray("out-12.news.example.com") << true;
    // Postfix content filter on loopback, then Dovecot LMTP on a public address of the same organisation
    QTest::newRow("postfix+amavis+lmtp")
        << QByteArray("Received: from mail.example.org (mail.example.org [198.51.100.7])\r\n"
                      "\tby imap.example.org with LMTPS id 8Y2cOQ; Wed, 05 Mar 2025 10:00:03 +0100\r\n"
                      "Received: from localhost (localhost [127.0.0.1])\r\n"
                      "\tby mail.example.org (Postfix) with ESMTP id 1A2B3C; Wed, 05 Mar 2025 10:00:02 +0100 (CET)\r\n"
                      "Received: from mail.example.org ([127.0.0.1])\r\n"
                      "\tby localhost (mail.example.org [127.0.0.1]) (amavisd-new, port 10024) with ESMTP id xyz;\r\n"
                      "\tWed, 05 Mar 2025 10:00:02 +0100 (CET)\r\n"
                      "Received: from smtp.sender.example.net (smtp.sender.example.net [203.0.113.80])\r\n"
                      "\tby mail.example.org (Postfix) with ESMTP id 9Z8Y7X; Wed, 05 Mar 2025 10:00:01 +0100 (CET)\r\n")
        << 3 << "203.0.113.80" << QByteArray("smtp.sender.example.net") << false;
    // Gmail to Gmail: the hop into mx.google.com is inside google.com; the trusted authserv-id names it
    QTest::newRow("gmail")
        << QByteArray("Received: by 2002:a05:6a10:b0c7:b0:4a4:2f5e:1c3d with SMTP id ab7csp123456pxb;\r\n"
                      "        Tue, 4 Mar 2025 00:15:40 -0800 (PST)\r\n"
                      "Authentication-Results: mx.google.com;\r\n"
                      "       dkim=pass header.i=@gmail.com header.s=20230601 header.b=AbCdEf12;\r\n"
                      "       spf=pass (google.com: domain of alice@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=alice@gmail.com;\r\n"
                      "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com\r\n"
                      "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n"
                      "        by mx.google.com with SMTPS id a640c23a62f3a-abf6f8b4e5esor1234567866b.12.2025.03.04.00.15.40\r\n"
                      "        for <bob@gmail.com>\r\n"
                      "        (Google Transport Security);\r\n"
                      "        Tue, 04 Mar 2025 00:15:40 -0800 (PST)\r\n"
                      "Received: from [192.168.1.20] (dyn-203-0-113-9.isp.example.net. [203.0.113.9])\r\n"
                      "        by smtp.gmail.com with ESMTPSA id 4fb4d7f45d1cf-5e5c7fa3e2fsm1234567a12.12.2025.03.04.00.15.39\r\n"
                      "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
                      "        Tue, 04 Mar 2025 00:15:39 -0800 (PST)\r\n")
        << 1 << "209.85.220.41" << QByteArray("mail-sor-f41.google.com") << true;
    // the same chain without Authentication-Results: the submission below the receiver's hops is not taken
    QTest::newRow("gmail without AR")
        << QByteArray("Received: by 2002:a05:6a10:b0c7:b0:4a4:2f5e:1c3d with SMTP id ab7csp123456pxb;\r\n"
                      "        Tue, 4 Mar 2025 00:15:40 -0800 (PST)\r\n"
                      "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n"
                      "        by mx.google.com with SMTPS id a640c23a62f3a-abf6f8b4e5esor1234567866b.12.2025.03.04.00.15.40\r\n"
                      "        for <bob@gmail.com>\r\n"
                      "        (Google Transport Security);\r\n"
                      "        Tue, 04 Mar 2025 00:15:40 -0800 (PST)\r\n"
                      "Received: from [192.168.1.20] (dyn-203-0-113-9.isp.example.net. [203.0.113.9])\r\n"
                      "        by smtp.gmail.com with ESMTPSA id 4fb4d7f45d1cf-5e5c7fa3e2fsm1234567a12.12.2025.03.04.00.15.39\r\n"
                      "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
                      "        Tue, 04 Mar 2025 00:15:39 -0800 (PST)\r\n")
        << 1 << "209.85.220.41" << QByteArray("mail-sor-f41.google.com") << true;
    // Microsoft 365: three internal hops (outlook.com / office365.com, public IPv6) above the frontend
    QTest::newRow("microsoft 365")
        << QByteArray("Received: from DM6PR11MB4153.namprd11.prod.outlook.com (2603:10b6:5:1a0::15) by\r\n"
                      " SA1PR11MB8490.namprd11.prod.outlook.com with HTTPS; Tue, 4 Mar 2025 08:15:42\r\n"
                      " +0000\r\n"
                      "Received: from BN9PR03CA0123.namprd03.prod.outlook.com (2603:10b6:408:fe::8)\r\n"
                      " by DM6PR11MB4153.namprd11.prod.outlook.com (2603:10b6:5:1a0::15) with\r\n"
                      " Microsoft SMTP Server (version=TLS1_2,\r\n"
                      " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.28; Tue, 4 Mar\r\n"
                      " 2025 08:15:41 +0000\r\n"
                      "Received: from BN8NAM11FT045.eop-nam11.prod.protection.outlook.com\r\n"
                      " (2603:10b6:408:fe:cafe::5e) by BN9PR03CA0123.outlook.office365.com\r\n"
                      " (2603:10b6:408:fe::8) with Microsoft SMTP Server (version=TLS1_3,\r\n"
                      " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.16 via Frontend Transport; Tue,\r\n"
                      " 4 Mar 2025 08:15:41 +0000\r\n"
                      "Received: from out-12.news.example.com (192.0.2.45) by\r\n"
                      " BN8NAM11FT045.mail.protection.outlook.com (10.13.177.47) with Microsoft SMTP\r\n"
                      " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.16 via\r\n"
                      " Frontend Transport; Tue, 4 Mar 2025 08:15:40 +0000\r\n")
        << 3 << "192.0.2.45" << QByteArray("out-12.news.example.com") << true;
    // a mailing-list forwarder: the final receiver checked the forwarder, not the original sender
    QTest::newRow("forwarder")
        << QByteArray("Received: from lists.example.edu (lists.example.edu [198.51.100.60])\r\n"
                      "\tby mx.example.org (Postfix) with ESMTPS id 4Z6Jk21xQzz9sQ\r\n"
                      "\tfor <jane.doe@example.org>; Tue, 04 Mar 2025 09:15:45 +0100 (CET)\r\n"
                      "Received: from out-12.news.example.com (out-12.news.example.com [192.0.2.45])\r\n"
                      "\tby lists.example.edu (Postfix) with ESMTPS id 77AA1\r\n"
                      "\tfor <list@lists.example.edu>; Tue, 04 Mar 2025 09:15:40 +0100 (CET)\r\n")
        << 0 << "198.51.100.60" << QByteArray("lists.example.edu") << true;
    // a client that says HELO with the receiver's name: its reverse-DNS name decides, not the claim
    QTest::newRow("helo claims receiver")
        << QByteArray("Received: from mx.example.org (bad.example.net [203.0.113.66])\r\n"
                      "\tby mx.example.org (Postfix) with ESMTP id 4Z6Jk21xQzz9sQ;\r\n"
                      "\tTue, 04 Mar 2025 09:15:45 +0100 (CET)\r\n")
        << 0 << "203.0.113.66" << QByteArray("mx.example.org") << false;
    // no public address anywhere: the topmost hop that names one
    QTest::newRow("private only")
        << QByteArray("Received: from relay.corp.example (relay.corp.example [10.0.0.5])\r\n"
                      "\tby mail.corp.example with ESMTP id 1; Tue, 04 Mar 2025 09:15:45 +0100\r\n"
                      "Received: from pc.corp.example (pc.corp.example [10.0.0.9])\r\n"
                      "\tby relay.corp.example with ESMTP id 2; Tue, 04 Mar 2025 09:15:44 +0100\r\n")
        << 0 << "10.0.0.5" << QByteArray("relay.corp.example") << false;
}

void tst_MessageAuth::connectionChoice()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, hop);
    QFETCH(QString, ip);
    QFETCH(QByteArray, helo);
    QFETCH(bool, tls);
    const Mail::Message m = Mail::parseMessage(Mail::RawData::fromBytes(
        headers + "Return-Path: <bounce@news.example.com>\r\nFrom: a@news.example.com\r\nSubject: x\r\n\r\nbody\r\n"));
    QVERIFY(m.root);
    ConnectionInfo c = determineConnection(m, {});
    QVERIFY2(c.hopIndex == hop, qPrintable(QStringLiteral("hop %1: %2").arg(c.hopIndex).arg(c.explanation)));
    QCOMPARE(c.ip, QHostAddress(ip));
    QCOMPARE(c.helo, helo);
    QCOMPARE(c.receivedTls, tls);
    QVERIFY2(c.explanation.contains(QStringLiteral("Received field %1").arg(hop + 1)), qPrintable(c.explanation));

    // the overrides still win over any hop
    MessageAuthOptions o;
    o.ip = QHostAddress(QStringLiteral("192.0.2.99"));
    o.helo = QByteArray("other.example");
    c = determineConnection(m, o);
    QCOMPARE(c.ip, QHostAddress(QStringLiteral("192.0.2.99")));
    QCOMPARE(c.helo, QByteArray("other.example"));
    QCOMPARE(c.hopIndex, hop);
}

// resources/samples/newsletter.eml: the connection is the hop into mx.example.org (TLSv1.3), as the
// Received timeline shows, so the scorecard's "arrived over TLS" row looks at that hop
void tst_MessageAuth::sampleArrivedOverTls()
{
    QFile f(QStringLiteral(PROJECT_SOURCE_DIR "/resources/samples/newsletter.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Mail::Message m = Mail::parseMessage(Mail::RawData::fromBytes(f.readAll()));
    QVERIFY(m.root);
    const ConnectionInfo c = determineConnection(m, {});
    QCOMPARE(c.hopIndex, 1);
    QCOMPARE(c.ip, QHostAddress(QStringLiteral("192.0.2.45")));
    QCOMPARE(c.helo, QByteArray("out-12.news.example.com"));
    QCOMPARE(c.receivedBy, QByteArray("mx.example.org"));
    QVERIFY(c.receivedTls);
    const ScorecardMessageFacts facts = scorecardFacts(m, c.hopOffset);
    QVERIFY(facts.receivingHopTls);
    QVERIFY2(facts.receivingHopTlsDetails.contains("TLSv1.3"), facts.receivingHopTlsDetails.constData());
}

void tst_MessageAuth::verdicts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("mailFrom");
    QTest::addColumn<QByteArray>("spf");
    QTest::addColumn<QByteArray>("spfIdentity");
    QTest::addColumn<QByteArray>("spfDomain");
    QTest::addColumn<QByteArray>("dkim");
    QTest::addColumn<QByteArray>("dmarc");
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QByteArray>("expectCode");

    QTest::newRow("aligned pass") << "aligned.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom")
                                  << QByteArray("auth.test") << QByteArray("pass") << QByteArray("pass") << QByteArray("none")
                                  << QByteArray("AUTH.AR_AGREE");
    QTest::newRow("SPF only") << "spf-only.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom") << QByteArray("auth.test")
                              << QByteArray("") << QByteArray("pass") << QByteArray("none") << QByteArray("DKIM.NONE");
    QTest::newRow("DKIM only") << "dkim-only.eml" << "" << "" << "" << QByteArray("fail") << QByteArray("mailfrom") << QByteArray("auth.test")
                               << QByteArray("pass") << QByteArray("pass") << QByteArray("none") << QByteArray("SPF.EVAL_FAIL");
    QTest::newRow("forwarded, footer appended")
        << "forwarded.eml" << "" << "" << "" << QByteArray("fail") << QByteArray("mailfrom") << QByteArray("auth.test") << QByteArray("fail")
        << QByteArray("fail") << QByteArray("reject") << QByteArray("DKIM.BODY_HASH_MISMATCH");
    QTest::newRow("multiple From") << "multiple-from.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom")
                                   << QByteArray("auth.test") << QByteArray("") << QByteArray("permerror") << QByteArray("none")
                                   << QByteArray("DMARC.EVAL_MULTIPLE_FROM");
    QTest::newRow("null sender: HELO identity") << "null-sender.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("helo")
                                                << QByteArray("mail.auth.test") << QByteArray("") << QByteArray("pass")
                                                << QByteArray("none") << QByteArray("SPF.EVAL_PASS");
    QTest::newRow("override: IP not authorised") << "aligned.eml" << "192.0.2.99" << "" << "" << QByteArray("fail") << QByteArray("mailfrom")
                                                 << QByteArray("auth.test") << QByteArray("pass") << QByteArray("pass")
                                                 << QByteArray("none") << QByteArray("SPF.EVAL_FAIL");
    QTest::newRow("override: null sender and HELO") << "spf-only.eml" << "" << "mail.auth.test" << "<>" << QByteArray("pass")
                                                    << QByteArray("helo") << QByteArray("mail.auth.test") << QByteArray("")
                                                    << QByteArray("pass") << QByteArray("none") << QByteArray("SPF.EVAL_PASS");
    QTest::newRow("override: IP makes DMARC fail") << "spf-only.eml" << "192.0.2.26" << "" << "" << QByteArray("fail")
                                                   << QByteArray("mailfrom") << QByteArray("auth.test") << QByteArray("")
                                                   << QByteArray("fail") << QByteArray("reject") << QByteArray("DMARC.EVAL_FAIL");
    QTest::newRow("512-bit key") << "small-key.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom") << QByteArray("auth.test")
                                 << QByteArray("permerror") << QByteArray("pass") << QByteArray("none") << QByteArray("DKIM.KEY_TOO_SHORT");
}

void tst_MessageAuth::verdicts()
{
    QFETCH(QString, file);
    QFETCH(QString, ip);
    QFETCH(QString, helo);
    QFETCH(QString, mailFrom);
    QFETCH(QByteArray, spf);
    QFETCH(QByteArray, spfIdentity);
    QFETCH(QByteArray, spfDomain);
    QFETCH(QByteArray, dkim);
    QFETCH(QByteArray, dmarc);
    QFETCH(QByteArray, disposition);
    QFETCH(QByteArray, expectCode);

    const Mail::Message m = load(file);
    QVERIFY(m.root);
    MessageAuthOptions o;
    if (!ip.isEmpty())
        o.ip = QHostAddress(ip);
    if (!helo.isEmpty())
        o.helo = helo.toUtf8();
    if (!mailFrom.isEmpty())
        o.mailFrom = mailFrom.toUtf8();
    Dns::Resolver resolver(options());
    QVERIFY(resolver.isValid());
    const MessageAuthResult r = MessageAuth::runBlocking(m, resolver, o);

    QVERIFY(r.spfEvaluated);
    QCOMPARE(spfResultToken(r.spf.result), spf);
    QCOMPARE(r.spf.identity, spfIdentity);
    QCOMPARE(r.spf.domain, spfDomain);
    QCOMPARE(dkimTokens(r.dkim), dkim);
    QCOMPARE(dmarcResultToken(r.dmarc.result), dmarc);
    QCOMPARE(r.dmarc.disposition, disposition);
    const Findings findings = r.findings();
    QVERIFY2(hasCode(findings, expectCode), expectCode.constData());
    QVERIFY(hasCode(findings, "AUTH.CONNECTION"));

    if (file == QStringLiteral("forwarded.eml")) {
        QCOMPARE(r.dkim.first().reason, QByteArray("DKIM.BODY_HASH_MISMATCH"));
        QVERIFY(r.dkim.first().diagnosis);
        QCOMPARE(r.dkim.first().diagnosis->pattern, QByteArray("appended-content"));
        QCOMPARE(r.connection.ip, QHostAddress(QStringLiteral("192.0.2.27")));
        QCOMPARE(worstSeverity(findings), Severity::Error);
    }
    if (file == QStringLiteral("aligned.eml") && ip.isEmpty()) {
        QVERIFY(r.dmarc.spfAligned);
        QVERIFY(r.dmarc.dkimAligned);
        QCOMPARE(r.reverseDns.confirmedName, QByteArray("mail.example.test"));
        QVERIFY(worstSeverity(findings) < Severity::Error);
    }
}

void tst_MessageAuth::trustedForwarderDisagrees()
{
    const Mail::Message m = load(QStringLiteral("forwarded.eml"));
    Dns::Resolver resolver(options());

    // default: the topmost receiver (mx.receiver.test) is trusted, and it agrees with us
    MessageAuthResult r = MessageAuth::runBlocking(m, resolver, {});
    QCOMPARE(r.trust.seen, (QList<QByteArray>{"mx.receiver.test", "mx.forwarder.test"}));
    QCOMPARE(r.trust.trusted, (QList<QByteArray>{"mx.receiver.test"}));
    QVERIFY(r.trust.defaulted);
    Findings f = r.findings();
    QVERIFY(hasCode(f, "AUTH.AR_AGREE"));
    QVERIFY(!hasCode(f, "AUTH.AR_DISAGREE"));
    QVERIFY(hasCode(f, "AUTH.AR_UNTRUSTED_DISAGREE"));

    // trusting the forwarder: the connection is the one it received (192.0.2.25), so its SPF and
    // DMARC passes agree; its DKIM pass disagrees, explained
    MessageAuthOptions o;
    o.trustedAuthservIds = {"MX.Forwarder.Test"};
    r = MessageAuth::runBlocking(m, resolver, o);
    QCOMPARE(r.trust.trusted, (QList<QByteArray>{"mx.forwarder.test"}));
    QCOMPARE(r.connection.ip, QHostAddress(QStringLiteral("192.0.2.25")));
    QCOMPARE(r.connection.receivedBy, QByteArray("mx.forwarder.test"));
    f = r.findings();
    QStringList details;
    for (const Finding& x : f) {
        if (x.code == "AUTH.AR_DISAGREE")
            details << x.detail;
    }
    QCOMPARE(details.size(), 1); // dkim
    QVERIFY2(details.at(0).startsWith(QStringLiteral("mx.forwarder.test said dkim=pass for d=auth.test; it fails now: the body changed after that hop")),
             qPrintable(details.at(0)));

    // trusting the forwarder but checking the final hop (as the receiver saw it): SPF, DKIM and
    // DMARC disagree, explained
    o.ip = QHostAddress(QStringLiteral("192.0.2.27"));
    o.helo = QByteArray("list.forwarder.test");
    r = MessageAuth::runBlocking(m, resolver, o);
    details.clear();
    for (const Finding& x : r.findings()) {
        if (x.code == "AUTH.AR_DISAGREE")
            details << x.detail;
    }
    QCOMPARE(details.size(), 3); // spf, dkim, dmarc
    QVERIFY2(details.at(1).startsWith(QStringLiteral("mx.forwarder.test said dkim=pass for d=auth.test; it fails now: the body changed after that hop")),
             qPrintable(details.at(1)));
}

void tst_MessageAuth::asynchronousAndCancellable()
{
    const Mail::Message m = load(QStringLiteral("aligned.eml"));
    Dns::Resolver resolver(options());
    // delivered from the event loop, exactly once
    auto context = std::make_unique<QObject>();
    int calls = 0;
    MessageAuth::run(m, resolver, {}, context.get(), [&](const MessageAuthResult& r) {
        ++calls;
        QCOMPARE(dmarcResultToken(r.dmarc.result), QByteArray("pass"));
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QTest::qWait(100);
    QCOMPARE(calls, 1);

    // deleting the context cancels: nothing is delivered
    auto doomed = std::make_unique<QObject>();
    int cancelledCalls = 0;
    MessageAuth::run(m, resolver, {}, doomed.get(), [&](const MessageAuthResult&) { ++cancelledCalls; });
    doomed.reset();
    QTest::qWait(1500);
    QCOMPARE(cancelledCalls, 0);
}

void tst_MessageAuth::jsonShape()
{
    const Mail::Message m = load(QStringLiteral("aligned.eml"));
    Dns::Resolver resolver(options());
    const QJsonObject j = MessageAuth::runBlocking(m, resolver, {}).toJson();
    // DESIGN.md "auth" shape
    const QJsonObject spf = j.value(QStringLiteral("spf")).toObject();
    QCOMPARE(spf.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(spf.value(QStringLiteral("domain")).toString(), QStringLiteral("auth.test"));
    QVERIFY(spf.value(QStringLiteral("trace")).isArray());
    const QJsonArray dkim = j.value(QStringLiteral("dkim")).toArray();
    QCOMPARE(dkim.size(), 1);
    const QJsonObject d = dkim.first().toObject();
    QCOMPARE(d.value(QStringLiteral("domain")).toString(), QStringLiteral("auth.test"));
    QCOMPARE(d.value(QStringLiteral("selector")).toString(), QStringLiteral("s2048"));
    QCOMPARE(d.value(QStringLiteral("algorithm")).toString(), QStringLiteral("rsa-sha256"));
    QCOMPARE(d.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(d.value(QStringLiteral("reason")).toString(), QStringLiteral("DKIM.PASS"));
    const QJsonObject dmarc = j.value(QStringLiteral("dmarc")).toObject();
    QCOMPARE(dmarc.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(dmarc.value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
    QCOMPARE(dmarc.value(QStringLiteral("disposition")).toString(), QStringLiteral("none"));
    QCOMPARE(dmarc.value(QStringLiteral("alignment")).toObject().value(QStringLiteral("spf")).toString(), QStringLiteral("pass"));
    QCOMPARE(dmarc.value(QStringLiteral("alignment")).toObject().value(QStringLiteral("dkim")).toString(), QStringLiteral("pass"));
    const QJsonObject arc = j.value(QStringLiteral("arc")).toObject();
    QCOMPARE(arc.value(QStringLiteral("result")).toString(), QStringLiteral("none"));
    QVERIFY(arc.value(QStringLiteral("chain")).isArray());
    QVERIFY(j.value(QStringLiteral("findings")).isArray());
    QCOMPARE(j.value(QStringLiteral("connection")).toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("192.0.2.25"));
    QCOMPARE(j.value(QStringLiteral("scorecard")).toObject().value(QStringLiteral("rows")).toArray().size(), 10);
}

void tst_MessageAuth::memorySources()
{
    // the same verdict from an in-memory zone (what-if, GUI tests): no BIND involved
    MemoryDnsSource dns;
    auto txt = [&](const QByteArray& name, const QByteArray& text) {
        Dns::Record r;
        r.type = Dns::RecordType::TXT;
        r.name = name;
        r.text = text;
        r.strings = {text};
        dns.addRecord(r);
    };
    txt("auth.test", "v=spf1 ip4:192.0.2.25 -all");
    txt("_dmarc.auth.test", "v=DMARC1; p=quarantine");
    Dns::Record ptr;
    ptr.type = Dns::RecordType::PTR;
    ptr.name = "25.2.0.192.in-addr.arpa";
    ptr.target = "mail.example.test";
    dns.addRecord(ptr);
    Dns::Record a;
    a.type = Dns::RecordType::A;
    a.name = "mail.example.test";
    a.address = QHostAddress(QStringLiteral("192.0.2.25"));
    dns.addRecord(a);
    MemoryKeyFetcher keys;
    MessageAuthSources sources;
    sources.dns = &dns;
    sources.keys = &keys;

    const Mail::Message m = load(QStringLiteral("spf-only.eml"));
    QObject context;
    std::optional<MessageAuthResult> got;
    MessageAuth::run(m, sources, {}, &context, [&](const MessageAuthResult& r) { got = r; });
    QVERIFY(!got); // never from inside run()
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QCOMPARE(spfResultToken(got->spf.result), QByteArray("pass"));
    QCOMPARE(dmarcResultToken(got->dmarc.result), QByteArray("pass"));
    QCOMPARE(got->dmarc.appliedPolicy, DmarcPolicy::Quarantine);
    QCOMPARE(got->reverseDns.confirmedName, QByteArray("mail.example.test"));
    QCOMPARE(got->scorecard.row("fcrdns")->status, ScoreStatus::Pass);

    // no sources at all: nothing evaluated, still one asynchronous delivery
    std::optional<MessageAuthResult> none;
    MessageAuth::run(m, MessageAuthSources{}, {}, &context, [&](const MessageAuthResult& r) { none = r; });
    QVERIFY(!none);
    QTRY_VERIFY_WITH_TIMEOUT(none.has_value(), 5000);
    QVERIFY(!none->spfEvaluated);
    QCOMPARE(dmarcResultToken(none->dmarc.result), QByteArray("temperror"));
}

QTEST_GUILESS_MAIN(tst_MessageAuth)
#include "tst_messageauth.moc"
