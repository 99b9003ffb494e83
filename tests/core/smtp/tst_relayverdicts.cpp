// SPDX-License-Identifier: GPL-3.0-or-later
// The open-relay verdicts that are neither "open" nor "closed": a server that wants STARTTLS or
// authentication first (530), greylisting (4xx on RCPT), a 421 (connection limit, error limit)
// and a tarpit / hang. Each must end "inconclusive" with its own finding and a reason, never
// pass or fail.
//
// The 530, 450 and 421 answers come from the real Postfix "closed" instance of the test_servers
// fixture, on extra smtpd services (tests/support/test-servers/start-servers.sh,
// add_verdict_services). The replies asserted below are the ones Python smtplib received from
// those services (independent of this code base):
//   TLSREQ   (smtpd_tls_security_level=encrypt) RSET/MAIL/RCPT: "530 5.7.0 Must issue a STARTTLS command first"
//   AUTHREQ  (access map 530 in smtpd_sender_restrictions, evaluated at RCPT):
//            "530 5.7.0 <localhost[127.0.0.1]>: Client host rejected: Authentication required"
//   GREYLIST (access map 450 before reject_unauth_destination):
//            "450 4.2.0 <localhost[127.0.0.1]>: Client host rejected: Greylisted, see ..."
//   ERRLIMIT (smtpd_hard_error_limit=3; EXPN's 500 and two relay denials are the 3 errors):
//            the 3rd RSET gets "421 4.7.0 closed.mx.example.test Error: too many errors"
//   CONNLIMIT (anvil, smtpd_client_connection_count_limit=1, no exceptions), second connection:
//            "421 4.7.0 closed.mx.example.test Error: too many connections from 127.0.0.1"
// The tarpit and the hang use a scripted peer, because no real server can be made to delay one
// reply by a chosen time or stop answering in the middle of the battery within a fast test.
#include "smtp/SmtpProbe.h"

#include "TestServers.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Deliverbench;
using namespace Deliverbench::Smtp;

namespace {

bool hasFinding(const RelayReport& r, const QString& code)
{
    for (const Finding& f : r.findings) {
        if (QLatin1String(f.code) == code)
            return true;
    }
    return false;
}

QString findingCodes(const RelayReport& r)
{
    QStringList codes;
    for (const Finding& f : r.findings)
        codes.append(QString::fromLatin1(f.code));
    return codes.join(u' ');
}

int testedVariants(const RelayReport& r)
{
    int n = 0;
    for (const RelayVariant& v : r.variants)
        n += v.tested ? 1 : 0;
    return n;
}

/**
 * A scripted SMTP peer (see the file comment: only for the tarpit and the hang). It answers a
 * closed relay's replies; the banner can be delayed, and the n-th RCPT can go unanswered.
 */
class ScriptedPeer : public QObject
{
public:
    int bannerDelayMs = 0;
    int hangOnRcpt = 0; ///< 1-based; 0: never hang
    int rcptPauseMs = 0; ///< the first RCPT reply stops after its first line for this long
    int rcpts = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                serve(s);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket* s)
    {
        auto buffer = std::make_shared<QByteArray>();
        QTimer::singleShot(bannerDelayMs, s, [s] { s->write("220 peer.example.test ESMTP scripted\r\n"); });
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            qsizetype eol;
            while ((eol = buffer->indexOf("\r\n")) >= 0) {
                const QByteArray line = buffer->left(eol).toUpper();
                buffer->remove(0, eol + 2);
                answer(s, line);
            }
        });
    }
    void answer(QTcpSocket* s, const QByteArray& line)
    {
        if (line.startsWith("EHLO"))
            s->write("250-peer.example.test\r\n250 PIPELINING\r\n");
        else if (line.startsWith("VRFY"))
            s->write("252 2.0.0 postmaster\r\n");
        else if (line.startsWith("EXPN"))
            s->write("502 5.5.1 EXPN not implemented\r\n");
        else if (line.startsWith("RSET"))
            s->write("250 2.0.0 Ok\r\n");
        else if (line.startsWith("MAIL"))
            s->write("250 2.1.0 Ok\r\n");
        else if (line.startsWith("RCPT")) {
            ++rcpts;
            if (rcpts == 1 && rcptPauseMs > 0) {
                s->write("554-5.7.1 Relay access denied\r\n");
                QTimer::singleShot(rcptPauseMs, s, [s] { s->write("554 5.7.1 (multi-line reply)\r\n"); });
            } else if (rcpts != hangOnRcpt) {
                s->write("554 5.7.1 Relay access denied\r\n");
            }
        } else if (line.startsWith("QUIT")) {
            s->write("221 2.0.0 Bye\r\n");
            s->disconnectFromHost();
        } else
            s->write("500 5.5.2 Error: command not recognized\r\n");
    }

    QTcpServer m_server;
};

} // namespace

class tst_RelayVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postfixVerdicts_data();
    void postfixVerdicts();
    void connectionLimit421();
    void scriptedTarpit_data();
    void scriptedTarpit();
    void scriptedHangMidBattery();

private:
    ProbeOptions options(const QString& portKey) const;
    static RelayReport run(const ProbeOptions& options);

    QHash<QString, QString> m_env;
    QList<QSslCertificate> m_ca;
};

void tst_RelayVerdicts::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    QVERIFY2(!m_env.value(QStringLiteral("SMTP_GREYLIST_PORT")).isEmpty(),
             "the verdict services of the closed Postfix are missing: was ENABLE_SMTP=0?");
    m_ca = QSslCertificate::fromPath(m_env.value(QStringLiteral("TLS_CERT")));
}

ProbeOptions tst_RelayVerdicts::options(const QString& portKey) const
{
    ProbeOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = quint16(m_env.value(portKey).toUInt());
    o.extraCaCertificates = m_ca;
    o.dns.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    o.dns.timeoutMs = 1000;
    o.reverseDns = false;
    o.connectTimeoutMs = 5000;
    o.replyTimeoutMs = 10000;
    return o;
}

RelayReport tst_RelayVerdicts::run(const ProbeOptions& options)
{
    SmtpProbe probe;
    QSignalSpy spy(&probe, &SmtpProbe::finished);
    probe.start(options);
    if (!spy.wait(60000))
        qWarning("probe did not finish");
    return probe.report();
}

void tst_RelayVerdicts::postfixVerdicts_data()
{
    QTest::addColumn<QString>("portKey");
    QTest::addColumn<int>("tlsMode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("finding");      // the verdict's finding
    QTest::addColumn<QString>("titleContains"); // which kind of "required"
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<int>("tested");           // variants that got as far as MAIL FROM
    QTest::addColumn<int>("mailCode");         // of variant 1
    QTest::addColumn<int>("rcptCode");         // of variant 1 (0: RCPT not sent)
    QTest::addColumn<QString>("reply");        // variant 1's deciding reply

    const int none = int(TlsMode::None);
    const int autoTls = int(TlsMode::Auto);
    QTest::newRow("530 STARTTLS required, plaintext probe")
        << QStringLiteral("SMTP_TLSREQ_PORT") << none << QStringLiteral("inconclusive") << QStringLiteral("RELAY.AUTH_REQUIRED")
        << QStringLiteral("STARTTLS") << QStringLiteral("STARTTLS") << 16 << 530 << 0
        << QStringLiteral("530 5.7.0 Must issue a STARTTLS command first");
    // control: the same service over STARTTLS relays nothing, so the 530 alone made it inconclusive
    QTest::newRow("same service with STARTTLS: closed")
        << QStringLiteral("SMTP_TLSREQ_PORT") << autoTls << QStringLiteral("closed") << QStringLiteral("RELAY.CLOSED")
        << QString() << QString() << 16 << 250 << 554
        << QStringLiteral("554 5.7.1 <relaytest@example.com>: Relay access denied");
    QTest::newRow("530 authentication required at RCPT")
        << QStringLiteral("SMTP_AUTHREQ_PORT") << autoTls << QStringLiteral("inconclusive")
        << QStringLiteral("RELAY.AUTH_REQUIRED") << QStringLiteral("authentication") << QStringLiteral("authentication")
        << 16 << 250 << 530
        << QStringLiteral("530 5.7.0 <localhost[127.0.0.1]>: Client host rejected: Authentication required");
    QTest::newRow("450 greylisting on RCPT")
        << QStringLiteral("SMTP_GREYLIST_PORT") << autoTls << QStringLiteral("inconclusive") << QStringLiteral("RELAY.TEMPFAIL")
        << QStringLiteral("temporary") << QStringLiteral("retry later") << 16 << 250 << 450
        << QStringLiteral("450 4.2.0 <localhost[127.0.0.1]>: Client host rejected: Greylisted, see "
                          "https://postgrey.schweikert.ch/help/example.com.html");
    QTest::newRow("421 too many errors mid-battery")
        << QStringLiteral("SMTP_ERRLIMIT_PORT") << autoTls << QStringLiteral("inconclusive")
        << QStringLiteral("RELAY.INCOMPLETE") << QString() << QStringLiteral("421") << 2 << 250 << 554
        << QStringLiteral("554 5.7.1 <relaytest@example.com>: Relay access denied");
}

void tst_RelayVerdicts::postfixVerdicts()
{
    QFETCH(QString, portKey);
    QFETCH(int, tlsMode);
    QFETCH(QString, verdict);
    QFETCH(QString, finding);
    QFETCH(QString, titleContains);
    QFETCH(QString, reasonContains);
    QFETCH(int, tested);
    QFETCH(int, mailCode);
    QFETCH(int, rcptCode);
    QFETCH(QString, reply);

    ProbeOptions o = options(portKey);
    o.tlsMode = TlsMode(tlsMode);
    const RelayReport r = run(o);
    QCOMPARE(r.bannerCode, 220);
    QCOMPARE(relayVerdictToken(r.openRelay), verdict);
    QVERIFY2(hasFinding(r, finding), qPrintable(findingCodes(r)));
    QVERIFY2(!hasFinding(r, QStringLiteral("RELAY.OPEN")), qPrintable(findingCodes(r)));
    if (verdict != QLatin1String("closed"))
        QVERIFY2(!hasFinding(r, QStringLiteral("RELAY.CLOSED")), qPrintable(findingCodes(r)));
    QVERIFY(r.acceptedVariants().isEmpty());
    QCOMPARE(testedVariants(r), tested);
    QCOMPARE(r.variants.value(0).mailCode, mailCode);
    QCOMPARE(r.variants.value(0).rcptCode, rcptCode);
    QCOMPARE(r.variants.value(0).reply, reply);
    if (!reasonContains.isEmpty())
        QVERIFY2(r.inconclusiveReason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(r.inconclusiveReason));
    else
        QVERIFY(r.inconclusiveReason.isEmpty());
    if (!titleContains.isEmpty()) {
        for (const Finding& f : r.findings) {
            if (QLatin1String(f.code) == finding)
                QVERIFY2(f.title.contains(titleContains, Qt::CaseInsensitive), qPrintable(f.title));
        }
    }
    // the verdict finding is never a pass or an error
    for (const Finding& f : r.findings) {
        if (QLatin1String(f.code) == finding && verdict == QLatin1String("inconclusive"))
            QVERIFY(f.severity == Severity::Info || f.severity == Severity::Warning);
    }
    if (portKey == QLatin1String("SMTP_ERRLIMIT_PORT")) {
        QVERIFY(hasFinding(r, QStringLiteral("SMTP.SERVICE_UNAVAILABLE")));
        QVERIFY(r.transcript.join(u'\n').contains(
            QLatin1String("S: 421 4.7.0 closed.mx.example.test Error: too many errors")));
    }
}

void tst_RelayVerdicts::connectionLimit421()
{
    const quint16 port = quint16(m_env.value(QStringLiteral("SMTP_CONNLIMIT_PORT")).toUInt());
    // hold the one connection anvil allows this client
    QTcpSocket holder;
    holder.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(holder.waitForConnected(5000));
    QVERIFY(QTest::qWaitFor([&holder] { return holder.canReadLine(); }, 5000));
    QVERIFY(holder.readLine().startsWith("220 "));

    const RelayReport r = run(options(QStringLiteral("SMTP_CONNLIMIT_PORT")));
    QVERIFY(r.connected);
    QCOMPARE(r.bannerCode, 421);
    QCOMPARE(r.banner, QStringLiteral("421 4.7.0 closed.mx.example.test Error: too many connections from 127.0.0.1"));
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("inconclusive"));
    QVERIFY2(hasFinding(r, QStringLiteral("SMTP.SERVICE_UNAVAILABLE")), qPrintable(findingCodes(r)));
    QVERIFY2(hasFinding(r, QStringLiteral("RELAY.INCOMPLETE")), qPrintable(findingCodes(r)));
    QVERIFY(!hasFinding(r, QStringLiteral("RELAY.CLOSED")));
    QVERIFY(r.inconclusiveReason.contains(QLatin1String("421")));
    QVERIFY(r.inconclusiveReason.contains(QLatin1String("retry later")));
    QCOMPARE(testedVariants(r), 0);

    // control: once the held connection is gone, the same service is an ordinary closed relay
    holder.write("QUIT\r\n");
    holder.disconnectFromHost();
    holder.waitForDisconnected(3000);
    RelayReport after;
    for (int attempt = 0; attempt < 10; ++attempt) {
        after = run(options(QStringLiteral("SMTP_CONNLIMIT_PORT")));
        if (after.bannerCode == 220)
            break;
        QTest::qWait(200); // anvil learns of the disconnect asynchronously
    }
    QCOMPARE(after.bannerCode, 220);
    QCOMPARE(relayVerdictToken(after.openRelay), QStringLiteral("closed"));
}

void tst_RelayVerdicts::scriptedTarpit_data()
{
    QTest::addColumn<int>("bannerDelayMs");
    QTest::addColumn<int>("rcptPauseMs");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("finding");

    // control first: the script itself is a closed relay
    QTest::newRow("prompt peer: closed") << 0 << 0 << QStringLiteral("closed") << QStringLiteral("RELAY.CLOSED");
    QTest::newRow("banner delayed past the threshold: tarpit")
        << 900 << 0 << QStringLiteral("inconclusive") << QStringLiteral("RELAY.TARPIT");
    QTest::newRow("RCPT reply stalls mid-reply past the threshold: tarpit")
        << 0 << 900 << QStringLiteral("inconclusive") << QStringLiteral("RELAY.TARPIT");
    QTest::newRow("RCPT reply stalls mid-reply, under the threshold: closed")
        << 0 << 150 << QStringLiteral("closed") << QStringLiteral("RELAY.CLOSED");
}

void tst_RelayVerdicts::scriptedTarpit()
{
    QFETCH(int, bannerDelayMs);
    QFETCH(int, rcptPauseMs);
    QFETCH(QString, verdict);
    QFETCH(QString, finding);

    ScriptedPeer peer;
    peer.bannerDelayMs = bannerDelayMs;
    peer.rcptPauseMs = rcptPauseMs;
    QVERIFY(peer.listen());
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.port = peer.port();
    o.tlsMode = TlsMode::None;
    o.tarpitMs = 500;
    o.replyTimeoutMs = 5000;
    const RelayReport r = run(o);
    QCOMPARE(r.bannerCode, 220);
    QCOMPARE(testedVariants(r), 16);
    QCOMPARE(r.variants.value(15).rcptCode, 554);
    QCOMPARE(relayVerdictToken(r.openRelay), verdict);
    QVERIFY2(hasFinding(r, finding), qPrintable(findingCodes(r)));
    const bool tarpit = verdict == QLatin1String("inconclusive");
    QCOMPARE(hasFinding(r, QStringLiteral("SMTP.SLOW_REPLY")), tarpit);
    if (rcptPauseMs > 0) {
        QCOMPARE(r.variants.value(0).reply, QStringLiteral("554-5.7.1 Relay access denied\n554 5.7.1 (multi-line reply)"));
        QVERIFY(r.variants.value(0).elapsedMs >= rcptPauseMs - 50);
    }
    if (tarpit) {
        QVERIFY(bannerDelayMs == 0 || r.bannerMs >= bannerDelayMs - 50);
        QVERIFY(r.inconclusiveReason.contains(QLatin1String("tarpit")));
        QVERIFY(!hasFinding(r, QStringLiteral("RELAY.CLOSED")));
    }
}

void tst_RelayVerdicts::scriptedHangMidBattery()
{
    // the peer stops answering at the 3rd RCPT: the probe must give up after replyTimeoutMs
    ScriptedPeer peer;
    peer.hangOnRcpt = 3;
    QVERIFY(peer.listen());
    ProbeOptions o = options(QStringLiteral("SMTP_CLOSED_PORT"));
    o.port = peer.port();
    o.tlsMode = TlsMode::None;
    o.replyTimeoutMs = 800;
    QElapsedTimer clock;
    clock.start();
    const RelayReport r = run(o);
    QVERIFY2(clock.elapsed() >= 800 && clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(relayVerdictToken(r.openRelay), QStringLiteral("inconclusive"));
    QVERIFY2(hasFinding(r, QStringLiteral("SMTP.TIMEOUT")), qPrintable(findingCodes(r)));
    QVERIFY2(hasFinding(r, QStringLiteral("RELAY.INCOMPLETE")), qPrintable(findingCodes(r)));
    QVERIFY(!hasFinding(r, QStringLiteral("RELAY.CLOSED")));
    QCOMPARE(testedVariants(r), 3);
    QCOMPARE(r.variants.value(1).rcptCode, 554);
    QCOMPARE(r.variants.value(2).rcptCode, 0);
    QVERIFY(r.inconclusiveReason.contains(QLatin1String("retry later")));
}

QTEST_GUILESS_MAIN(tst_RelayVerdicts)
#include "tst_relayverdicts.moc"
