// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpProbe against the real Postfix instances of the test_servers fixture (tests/support):
// "open" (mynetworks = 0.0.0.0/0) and "closed" (mynetworks empty), both with STARTTLS on a
// per-run self-signed certificate and AUTH only after TLS.
//
// Known answers come from tools independent of this code base, run against the same servers:
//  - the 16 relay variants' replies: Python smtplib sending nmap's smtp-open-relay.nse pairs
//    (open: every RCPT "250 2.1.5 Ok"; closed: "554 5.7.1 <addr>: Relay access denied" with
//    Postfix's rewritten address, listed below);
//  - TLS: `openssl s_client -starttls smtp` (TLSv1.3, TLS_AES_256_GCM_SHA384, 2048-bit RSA,
//    verify 0 with -CAfile and -verify_ip 127.0.0.1, 18 "self-signed" without, 62 for another
//    name), the SANs from start-servers.sh's openssl req line, and the SHA-256 fingerprint
//    from `openssl x509 -fingerprint -sha256`, computed in the test;
//  - AUTH before/after TLS: Python smtplib esmtp_features (none before, "PLAIN LOGIN" after);
//  - queue contents: Postfix's own `postqueue -p` and the hold/ directory.
#include "smtp/SmtpProbe.h"

#include "TestServers.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace Deliverbench;
using namespace Deliverbench::Smtp;

namespace {

bool hasFinding(const RelayReport& r, const char* code)
{
    for (const Finding& f : r.findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

QStringList findingCodes(const RelayReport& r)
{
    QStringList codes;
    for (const Finding& f : r.findings)
        codes.append(QString::fromLatin1(f.code));
    return codes;
}

} // namespace

class tst_SmtpProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openRelayIsOpen();
    void closedRelayIsClosed();
    void tlsDetails_data();
    void tlsDetails();
    void authOnlyAfterTls();
    void reverseDnsAndBanner();
    void plaintextModeAndVrfy();
    void implicitTlsOnStarttlsPortFails();
    void connectionRefused();
    void hangMidReplyTimesOut();
    void garbageReplyIsMalformed();
    void cancelStops();
    void nothingWasQueued();
    void queueCheckSeesRealMail();

private:
    ProbeOptions options(const QString& portKey) const;
    static RelayReport run(SmtpProbe& probe, const ProbeOptions& options);
    int queuedMessages(const QString& confKey) const;

    QHash<QString, QString> m_env;
    QList<QSslCertificate> m_ca;
};

void tst_SmtpProbe::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    QVERIFY2(!m_env.value(QStringLiteral("SMTP_OPEN_PORT")).isEmpty(), "SMTP servers missing: was ENABLE_SMTP=0?");
    m_ca = QSslCertificate::fromPath(m_env.value(QStringLiteral("TLS_CERT")));
    QCOMPARE(m_ca.size(), 1);
    QCOMPARE(queuedMessages(QStringLiteral("POSTFIX_OPEN_CONF")), 0);
}

ProbeOptions tst_SmtpProbe::options(const QString& portKey) const
{
    ProbeOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = quint16(m_env.value(portKey).toUInt());
    o.extraCaCertificates = m_ca;
    o.dns.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    o.dns.timeoutMs = 1000;
    o.connectTimeoutMs = 5000;
    o.replyTimeoutMs = 10000;
    return o;
}

RelayReport tst_SmtpProbe::run(SmtpProbe& probe, const ProbeOptions& options)
{
    QSignalSpy spy(&probe, &SmtpProbe::finished);
    probe.start(options);
    if (!spy.wait(120000))
        qWarning("probe did not finish");
    return probe.report();
}

int tst_SmtpProbe::queuedMessages(const QString& confKey) const
{
    // Postfix's own view of its queue, and the files in hold/ (where smtpd_end_of_data_restrictions puts mail)
    QProcess postqueue;
    postqueue.start(QStringLiteral("postqueue"), {QStringLiteral("-c"), m_env.value(confKey), QStringLiteral("-p")});
    if (!postqueue.waitForFinished(30000))
        return -1;
    const QByteArray out = postqueue.readAllStandardOutput();
    int fromPostqueue = 0;
    if (!out.contains("Mail queue is empty")) {
        // "-- N Kbytes in M Requests."
        const qsizetype in = out.lastIndexOf(" in ");
        fromPostqueue = in < 0 ? -1 : out.mid(in + 4).split(' ').value(0).toInt();
    }
    int inHold = 0;
    const QString hold = QFileInfo(m_env.value(confKey)).dir().path() + QStringLiteral("/queue/hold");
    QDirIterator it(hold, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++inHold;
    }
    return std::max(fromPostqueue, inHold);
}

void tst_SmtpProbe::openRelayIsOpen()
{
    SmtpProbe probe;
    QStringList live;
    connect(&probe, &SmtpProbe::transcriptLine, this, [&live](const QString& l) { live.append(l); });
    const RelayReport r = run(probe, options(QStringLiteral("SMTP_OPEN_PORT")));
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("open"));
    QCOMPARE(r.banner, QStringLiteral("220 open.mx.example.test ESMTP Postfix (open test instance)"));
    QCOMPARE(r.variants.size(), 16);
    const QStringList expectedRcpt = {
        QStringLiteral("relaytest@example.com"), QStringLiteral("relaytest@example.com"),
        QStringLiteral("relaytest@example.com"), QStringLiteral("relaytest@example.com"),
        QStringLiteral("relaytest%example.com@[127.0.0.1]"), QStringLiteral("relaytest%example.com@open.mx.example.test"),
        QStringLiteral("\"relaytest@example.com\""), QStringLiteral("\"relaytest%example.com\""),
        QStringLiteral("relaytest@example.com@[127.0.0.1]"), QStringLiteral("\"relaytest@example.com\"@[127.0.0.1]"),
        QStringLiteral("relaytest@example.com@open.mx.example.test"), QStringLiteral("@[127.0.0.1]:relaytest@example.com"),
        QStringLiteral("@open.mx.example.test:relaytest@example.com"), QStringLiteral("example.com!relaytest"),
        QStringLiteral("example.com!relaytest@[127.0.0.1]"), QStringLiteral("example.com!relaytest@open.mx.example.test"),
    };
    for (int i = 0; i < 16; ++i) {
        const RelayVariant& v = r.variants.at(i);
        QVERIFY2(v.tested, qPrintable(QString::number(i + 1)));
        QCOMPARE(v.rcptTo, expectedRcpt.at(i));
        QCOMPARE(v.mailCode, 250);
        QCOMPARE(v.rcptCode, 250);
        QVERIFY(v.accepted);
        QCOMPARE(v.reply, QStringLiteral("250 2.1.5 Ok"));
    }
    QCOMPARE(r.variants.at(2).mailFrom, QStringLiteral("antispam@open.mx.example.test")); // banner name as srvname
    QCOMPARE(r.acceptedVariants().size(), 16);
    QVERIFY(hasFinding(r, "RELAY.OPEN"));
    QVERIFY(!hasFinding(r, "RELAY.CLOSED"));
    QVERIFY(r.catchAll.accepted);
    QVERIFY(r.catchAll.rcptTo.endsWith(QLatin1String("@open.mx.example.test")));
    QVERIFY(hasFinding(r, "RELAY.CATCH_ALL"));
    // the battery ran inside TLS (STARTTLS was offered), with RSET before each variant and never DATA
    QVERIFY(r.tls.established);
    int rsets = 0;
    for (const QString& line : r.transcript) {
        QVERIFY2(!line.contains(QLatin1String(" C: DATA")) && !line.contains(QLatin1String(" C: BDAT")), qPrintable(line));
        rsets += line.endsWith(QLatin1String(" C: RSET")) ? 1 : 0;
    }
    QCOMPARE(rsets, 17);
    QVERIFY(r.transcript.last().contains(QLatin1String("S: 221 2.0.0 Bye")) || r.transcript.join(u'\n').contains(QLatin1String("C: QUIT")));
    QCOMPARE(live.size(), r.transcript.size()); // streamed live, line by line
    QCOMPARE(worstSeverity(r.findings), Severity::Error);
}

void tst_SmtpProbe::closedRelayIsClosed()
{
    SmtpProbe probe;
    const RelayReport r = run(probe, options(QStringLiteral("SMTP_CLOSED_PORT")));
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("closed"));
    // Postfix's replies, as Python smtplib received them (the address as Postfix rewrote it)
    const QStringList rejected = {
        QStringLiteral("<relaytest@example.com>"), QStringLiteral("<relaytest@example.com>"),
        QStringLiteral("<relaytest@example.com>"), QStringLiteral("<relaytest@example.com>"),
        QStringLiteral("<relaytest%example.com@[127.0.0.1]>"), QStringLiteral("<relaytest%example.com@closed.mx.example.test>"),
        QStringLiteral("<relaytest@example.com>"), QStringLiteral("<relaytest%example.com>"),
        QStringLiteral("<relaytest@example.com@[127.0.0.1]>"), QStringLiteral("<relaytest@example.com@[127.0.0.1]>"),
        QStringLiteral("<relaytest@example.com@closed.mx.example.test>"), QStringLiteral("<relaytest@example.com>"),
        QStringLiteral("<relaytest@example.com>"), QStringLiteral("<example.com!relaytest>"),
        QStringLiteral("<example.com!relaytest@[127.0.0.1]>"), QStringLiteral("<example.com!relaytest@closed.mx.example.test>"),
    };
    QCOMPARE(r.variants.size(), 16);
    for (int i = 0; i < 16; ++i) {
        const RelayVariant& v = r.variants.at(i);
        QVERIFY(v.tested);
        QCOMPARE(v.mailCode, 250);
        QCOMPARE(v.rcptCode, 554);
        QVERIFY(!v.accepted);
        QCOMPARE(v.reply, QStringLiteral("554 5.7.1 ") + rejected.at(i) + QStringLiteral(": Relay access denied"));
    }
    QVERIFY(r.acceptedVariants().isEmpty());
    QVERIFY(hasFinding(r, "RELAY.CLOSED"));
    QVERIFY(!hasFinding(r, "RELAY.OPEN"));
    QCOMPARE(r.catchAll.rcptCode, 554);
    QVERIFY(!hasFinding(r, "RELAY.CATCH_ALL"));
    QVERIFY(worstSeverity(r.findings) < Severity::Error);
}

void tst_SmtpProbe::tlsDetails_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<bool>("chainTrusted");
    QTest::addColumn<bool>("nameMatches");
    QTest::addColumn<QStringList>("findings"); // TLS.* codes expected, exactly

    QTest::newRow("IP SAN, --ca-file") << QStringLiteral("127.0.0.1") << true << true << true << true
                                      << QStringList{QStringLiteral("TLS.OK")};
    QTest::newRow("IP SAN, system store only") << QStringLiteral("127.0.0.1") << false << false << false << true
                                              << QStringList{QStringLiteral("TLS.CERT_UNTRUSTED")};
    QTest::newRow("DNS SAN localhost, --ca-file") << QStringLiteral("localhost") << true << true << true << true
                                                 << QStringList{QStringLiteral("TLS.OK")};
    QTest::newRow("DNS SAN via test DNS, --ca-file") << QStringLiteral("loopback-mx.example.test") << true << true << true
                                                    << true << QStringList{QStringLiteral("TLS.OK")};
    // ns1.dnsbl.test resolves to 127.0.0.1 in the test DNS but is not in the certificate
    QTest::newRow("name not in certificate") << QStringLiteral("ns1.dnsbl.test") << true << false << true << false
                                            << QStringList{QStringLiteral("TLS.CERT_NAME_MISMATCH")};
}

void tst_SmtpProbe::tlsDetails()
{
    QFETCH(QString, host);
    QFETCH(bool, withCa);
    QFETCH(bool, verified);
    QFETCH(bool, chainTrusted);
    QFETCH(bool, nameMatches);
    QFETCH(QStringList, findings);

    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.host = host;
    if (!withCa)
        o.extraCaCertificates.clear();
    o.relayBattery = false;
    SmtpProbe probe;
    const RelayReport r = run(probe, o);
    const TlsInfo& tls = r.tls;
    QCOMPARE(r.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(tls.mode, QStringLiteral("starttls"));
    QVERIFY(tls.established);
    QCOMPARE(tls.version, QStringLiteral("TLSv1.3"));
    QCOMPARE(tls.cipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(tls.cipherBits, 256);
    QCOMPARE(tls.verifyName, host);
    QCOMPARE(tls.verified, verified);
    QCOMPARE(tls.chainTrusted, chainTrusted);
    QCOMPARE(tls.nameMatches, nameMatches);
    QCOMPARE(tls.errors.isEmpty(), verified);
    QCOMPARE(tls.discardedBytes, qsizetype(0));
    QCOMPARE(tls.chain.size(), 1);
    const CertificateInfo& leaf = tls.chain.first();
    QCOMPARE(leaf.commonName, QStringLiteral("loopback-mx.example.test"));
    QCOMPARE(leaf.subject, QStringLiteral("CN=loopback-mx.example.test"));
    QCOMPARE(leaf.issuer, QStringLiteral("CN=loopback-mx.example.test"));
    QStringList sans = leaf.subjectAltNames;
    sans.sort();
    QCOMPARE(sans, (QStringList{QStringLiteral("DNS:localhost"), QStringLiteral("DNS:loopback-mx.example.test"),
                                QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")}));
    QCOMPARE(leaf.keyType, QStringLiteral("RSA"));
    QCOMPARE(leaf.keyBits, 2048);
    QVERIFY(leaf.selfSigned);
    QCOMPARE(leaf.notBefore.daysTo(leaf.notAfter), 30); // openssl req -days 30
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), m_env.value(QStringLiteral("TLS_CERT")),
                                              QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    QVERIFY(openssl.waitForFinished(30000));
    const QByteArray fingerprint = openssl.readAllStandardOutput().trimmed().split('=').value(1);
    QCOMPARE(leaf.sha256, QString::fromLatin1(fingerprint));
    QStringList tlsCodes;
    for (const QString& code : findingCodes(r)) {
        if (code.startsWith(QLatin1String("TLS.")))
            tlsCodes.append(code);
    }
    QCOMPARE(tlsCodes, findings);
}

void tst_SmtpProbe::authOnlyAfterTls()
{
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.relayBattery = false;
    SmtpProbe probe;
    const RelayReport r = run(probe, o);
    QVERIFY(r.capsBeforeTls.startTls);
    QVERIFY(r.capsBeforeTls.auth.isEmpty());
    QVERIFY(r.hasCapsAfterTls);
    QCOMPARE(r.capsAfterTls.auth, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QVERIFY(!r.capsAfterTls.startTls); // not offered again inside TLS
    QVERIFY(hasFinding(r, "SMTP.AUTH_AFTER_TLS_ONLY"));
    QVERIFY(!hasFinding(r, "SMTP.AUTH_BEFORE_TLS"));
    // RFC 3207 §4.2: EHLO is sent again after the handshake
    int ehlos = 0;
    for (const QString& line : r.transcript)
        ehlos += line.contains(QLatin1String(" C: EHLO ")) ? 1 : 0;
    QCOMPARE(ehlos, 2);
    QVERIFY(r.capabilities().smtpUtf8 && r.capabilities().pipelining && r.capabilities().eightBitMime);
    QCOMPARE(r.capabilities().size, qint64(10240000));
    QVERIFY(!r.capabilities().requireTls);
}

void tst_SmtpProbe::reverseDnsAndBanner()
{
    ProbeOptions o = options(QStringLiteral("SMTP_OPEN_PORT"));
    o.relayBattery = false;
    SmtpProbe probe;
    const RelayReport r = run(probe, o);
    QVERIFY(r.reverse.checked);
    QCOMPARE(r.reverse.ptrNames, QStringList{QStringLiteral("loopback-mx.example.test")});
    QCOMPARE(r.reverse.confirmedNames, QStringList{QStringLiteral("loopback-mx.example.test")});
    QVERIFY(r.reverse.fcrdns);
    QCOMPARE(r.reverse.bannerName, QStringLiteral("open.mx.example.test"));
    QVERIFY(!r.reverse.bannerMatchesPtr);
    QVERIFY(hasFinding(r, "SMTP.FCRDNS_OK"));
    QVERIFY(hasFinding(r, "SMTP.BANNER_NAME_MISMATCH"));
    QVERIFY(r.bannerMs >= 0 && r.bannerMs < 10000);
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("not-tested"));
}

void tst_SmtpProbe::plaintextModeAndVrfy()
{
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.tlsMode = TlsMode::None;
    SmtpProbe probe;
    const RelayReport r = run(probe, o);
    QVERIFY(r.tls.mode.isEmpty());
    QVERIFY(!r.tls.established);
    QVERIFY(!r.hasCapsAfterTls);
    QCOMPARE(r.vrfyCode, 252); // Postfix: "252 2.0.0 postmaster"
    QCOMPARE(r.vrfyReply, QStringLiteral("252 2.0.0 postmaster"));
    QCOMPARE(r.expnCode, 500); // Postfix does not implement EXPN
    QVERIFY(hasFinding(r, "SMTP.VRFY_ENABLED"));
    QVERIFY(!hasFinding(r, "SMTP.EXPN_ENABLED"));
    QVERIFY(!hasFinding(r, "TLS.NOT_OFFERED")); // offered, just not used in this mode
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("closed"));
}

void tst_SmtpProbe::implicitTlsOnStarttlsPortFails()
{
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.tlsMode = TlsMode::Implicit;
    SmtpProbe probe;
    const RelayReport r = run(probe, o);
    QVERIFY(!r.tls.established);
    QVERIFY(!r.tls.failure.isEmpty());
    QVERIFY(hasFinding(r, "TLS.HANDSHAKE_FAILED"));
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("inconclusive"));
}

void tst_SmtpProbe::connectionRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close(); // nothing listens there now
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.port = port;
    o.reverseDns = false;
    SmtpProbe probe;
    const RelayReport r = run(probe, o);
    QVERIFY(!r.connected);
    QVERIFY(hasFinding(r, "SMTP.CONNECT_FAILED"));
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("inconclusive"));
}

void tst_SmtpProbe::hangMidReplyTimesOut()
{
    // A scripted peer, because no real server can be made to stop in the middle of a
    // multi-line reply: it sends the first line of a banner and then nothing.
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    connect(&peer, &QTcpServer::newConnection, this, [&peer] {
        QTcpSocket* s = peer.nextPendingConnection();
        s->write("220-hang.example.test ESMTP\r\n");
    });
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.port = peer.serverPort();
    o.reverseDns = false;
    o.replyTimeoutMs = 700;
    SmtpProbe probe;
    QElapsedTimer clock;
    clock.start();
    const RelayReport r = run(probe, o);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(clock.elapsed() >= 700);
    QVERIFY(r.connected);
    QVERIFY(hasFinding(r, "SMTP.TIMEOUT"));
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("inconclusive"));
    QVERIFY(r.inconclusiveReason.contains(QLatin1String("retry later")));
    QVERIFY(r.transcript.join(u'\n').contains(QLatin1String("S: 220-hang.example.test ESMTP")));
}

void tst_SmtpProbe::garbageReplyIsMalformed()
{
    // A scripted peer, because no real SMTP server answers EHLO with a line that is not a
    // reply: a valid banner, then garbage.
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    connect(&peer, &QTcpServer::newConnection, this, [&peer] {
        QTcpSocket* s = peer.nextPendingConnection();
        s->write("220 garbage.example.test ESMTP\r\n");
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("hello there, this is not SMTP\r\n");
        });
    });
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.port = peer.serverPort();
    o.reverseDns = false;
    SmtpProbe probe;
    const RelayReport r = run(probe, o);
    QVERIFY(hasFinding(r, "SMTP.MALFORMED_REPLY"));
    QCOMPARE(r.bannerCode, 220);
    QVERIFY(!r.ehloSupported);
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("inconclusive"));
}

void tst_SmtpProbe::cancelStops()
{
    SmtpProbe probe;
    QSignalSpy finished(&probe, &SmtpProbe::finished);
    QSignalSpy progress(&probe, &SmtpProbe::progress);
    probe.start(options(QStringLiteral("SMTP_OPEN_PORT")));
    QVERIFY(QTest::qWaitFor([&progress] {
        for (const auto& args : progress) {
            if (args.value(0).toString().startsWith(QLatin1String("relay")))
                return true;
        }
        return false;
    }, 30000));
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!probe.isRunning());
    QCOMPARE(relayVerdictToken(probe.report().openRelay), QStringLiteral("inconclusive"));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1); // exactly once
}

void tst_SmtpProbe::nothingWasQueued()
{
    // every test above accepted RCPTs on the open relay; none may have left mail in Postfix's queue
    QCOMPARE(queuedMessages(QStringLiteral("POSTFIX_OPEN_CONF")), 0);
    QCOMPARE(queuedMessages(QStringLiteral("POSTFIX_CLOSED_CONF")), 0);
}

void tst_SmtpProbe::queueCheckSeesRealMail()
{
    // control for nothingWasQueued(): a real transaction with DATA (swaks) does land in the queue
    QProcess swaks;
    swaks.start(QStringLiteral("swaks"), {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                          m_env.value(QStringLiteral("SMTP_OPEN_PORT")), QStringLiteral("--from"),
                                          QStringLiteral("control@example.com"), QStringLiteral("--to"),
                                          QStringLiteral("control@example.net"), QStringLiteral("--helo"),
                                          QStringLiteral("control.example.com")});
    QVERIFY2(swaks.waitForFinished(60000), "swaks did not finish");
    QCOMPARE(swaks.exitCode(), 0);
    QVERIFY(QTest::qWaitFor([this] { return queuedMessages(QStringLiteral("POSTFIX_OPEN_CONF")) == 1; }, 10000));
    QProcess postsuper;
    postsuper.start(QStringLiteral("postsuper"), {QStringLiteral("-c"), m_env.value(QStringLiteral("POSTFIX_OPEN_CONF")),
                                                  QStringLiteral("-d"), QStringLiteral("ALL")});
    QVERIFY(postsuper.waitForFinished(30000));
    QCOMPARE(queuedMessages(QStringLiteral("POSTFIX_OPEN_CONF")), 0);
}

QTEST_GUILESS_MAIN(tst_SmtpProbe)
#include "tst_smtpprobe.moc"
