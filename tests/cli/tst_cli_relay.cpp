// SPDX-License-Identifier: GPL-3.0-or-later
// `deliverbench-cli relay` in-process against the real Postfix instances of the test_servers
// fixture (expected values: see tests/core/smtp/tst_smtpprobe.cpp, from Python smtplib and
// openssl s_client), plus usage errors and the DESIGN.md exit codes.
#include "CliApplication.h"

#include "TestServers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QTextStream>

#include "CliTestUtil.h"

using namespace Deliverbench::Cli;

namespace {

using Deliverbench::CliTest::CliRun;
using Deliverbench::CliTest::runCli;

} // namespace

class tst_CliRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openRelayJson();
    void closedRelayText();
    void noConnection();
    void usageErrors_data();
    void usageErrors();

private:
    QString hostPort(const char* key) const
    {
        return QStringLiteral("127.0.0.1:") + m_env.value(QLatin1String(key));
    }
    QHash<QString, QString> m_env;
};

void tst_CliRelay::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
}

void tst_CliRelay::openRelayJson()
{
    const CliRun r = runCli({QStringLiteral("relay"), hostPort("SMTP_OPEN_PORT"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--ca-file"), m_env.value(QStringLiteral("TLS_CERT")), QStringLiteral("--dns-server"),
                             m_env.value(QStringLiteral("DNS_SERVER")), QStringLiteral("--timeout"), QStringLiteral("10000")});
    QCOMPARE(r.status, int(ExitFindings)); // an open relay is an error-level finding
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // DESIGN.md `relay` shape
    QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(o.value(QStringLiteral("port")).toInt(), m_env.value(QStringLiteral("SMTP_OPEN_PORT")).toInt());
    QCOMPARE(o.value(QStringLiteral("banner")).toString(), QStringLiteral("220 open.mx.example.test ESMTP Postfix (open test instance)"));
    const QJsonArray ehlo = o.value(QStringLiteral("ehlo")).toArray();
    QVERIFY(ehlo.contains(QStringLiteral("AUTH PLAIN LOGIN")));
    QVERIFY(ehlo.contains(QStringLiteral("SIZE 10240000")));
    const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.3"));
    QCOMPARE(tls.value(QStringLiteral("cipher")).toString(), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
    const QJsonArray chain = tls.value(QStringLiteral("chain")).toArray();
    QCOMPARE(chain.size(), 1);
    QCOMPARE(chain.at(0).toObject().value(QStringLiteral("commonName")).toString(), QStringLiteral("loopback-mx.example.test"));
    QCOMPARE(o.value(QStringLiteral("openRelay")).toString(), QStringLiteral("open"));
    const QJsonArray variants = o.value(QStringLiteral("variants")).toArray();
    QCOMPARE(variants.size(), 16);
    for (const QJsonValue& v : variants) {
        const QJsonObject variant = v.toObject();
        QVERIFY(variant.contains(QStringLiteral("mailFrom")));
        QVERIFY(variant.value(QStringLiteral("rcptTo")).toString().contains(QLatin1String("relaytest")));
        QCOMPARE(variant.value(QStringLiteral("accepted")).toBool(), true);
        QCOMPARE(variant.value(QStringLiteral("reply")).toString(), QStringLiteral("250 2.1.5 Ok"));
    }
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("mailFrom")).toString(), QString());
    const QJsonArray transcript = o.value(QStringLiteral("transcript")).toArray();
    QVERIFY(transcript.size() > 40);
    QVERIFY(transcript.at(0).toString().contains(QLatin1String("connecting to 127.0.0.1")));
    bool sawRelayFinding = false;
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray())
        sawRelayFinding |= f.toObject().value(QStringLiteral("code")).toString() == QLatin1String("RELAY.OPEN");
    QVERIFY(sawRelayFinding);
}

void tst_CliRelay::closedRelayText()
{
    const CliRun r = runCli({QStringLiteral("relay"), hostPort("SMTP_CLOSED_PORT"), QStringLiteral("--starttls"),
                             QStringLiteral("--dns-server"), m_env.value(QStringLiteral("DNS_SERVER"))});
    QCOMPARE(r.status, int(ExitOk)); // warnings only (untrusted certificate, VRFY, banner name)
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("Open relay: closed")), r.out.constData());
    QVERIFY(text.contains(QLatin1String("certificate verified: no")));
    QVERIFY(text.contains(QLatin1String("AUTH before TLS: none; after TLS: PLAIN LOGIN")));
    QVERIFY(text.contains(QLatin1String("pass    RELAY.CLOSED")));
    QVERIFY(text.contains(QLatin1String("warning TLS.CERT_UNTRUSTED")));
    QCOMPARE(text.count(QLatin1String(" rejected MAIL FROM:")), 16);
}

void tst_CliRelay::noConnection()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString target = QStringLiteral("127.0.0.1:") + QString::number(server.serverPort());
    server.close();
    const CliRun r = runCli({QStringLiteral("relay"), target, QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--dns-server"), m_env.value(QStringLiteral("DNS_SERVER"))});
    QCOMPARE(r.status, int(ExitFindings));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("openRelay")).toString(), QStringLiteral("inconclusive"));
    QCOMPARE(o.value(QStringLiteral("connected")).toBool(), false);
}

void tst_CliRelay::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no host") << QStringList{QStringLiteral("relay")};
    QTest::newRow("two hosts") << QStringList{QStringLiteral("relay"), QStringLiteral("a.example"), QStringLiteral("b.example")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("relay"), QStringLiteral("mx.example:smtp")};
    QTest::newRow("port out of range") << QStringList{QStringLiteral("relay"), QStringLiteral("mx.example:70000")};
    QTest::newRow("both TLS modes") << QStringList{QStringLiteral("relay"), QStringLiteral("mx.example"), QStringLiteral("--tls"),
                                                   QStringLiteral("--starttls")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("relay"), QStringLiteral("mx.example"), QStringLiteral("--format"),
                                               QStringLiteral("xml")};
    QTest::newRow("missing CA file") << QStringList{QStringLiteral("relay"), QStringLiteral("mx.example"), QStringLiteral("--ca-file"),
                                                    QStringLiteral("/nonexistent/ca.pem")};
    QTest::newRow("bad probe domain") << QStringList{QStringLiteral("relay"), QStringLiteral("mx.example"),
                                                     QStringLiteral("--probe-domain"), QStringLiteral("a@b")};
}

void tst_CliRelay::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = runCli(args);
    QCOMPARE(r.status, int(ExitUsage));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliRelay)
#include "tst_cli_relay.moc"
