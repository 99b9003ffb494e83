// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServers.h"
#include "placement/PlacementRun.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Deliverbench;
using namespace Deliverbench::Placement;

/*
 * A whole placement run against the real Dovecot of the test_servers fixture. The test delivers
 * its own copies with doveadm under a token unique to this run, into users of its own
 * (placement1..4, tests/support/test-servers/templates/dovecot/users.in):
 *   placement1  INBOX                                    -> inbox   (provider "Dovecot STARTTLS")
 *   placement2  Junk (found through its \Junk attribute) -> spam    (provider "Dovecot STARTTLS")
 *   placement3  "Promotions", configured as a tab        -> tab:Promotions (provider "Dovecot IMAPS")
 *   placement4  nothing with this token                  -> missing (provider "Dovecot IMAPS")
 *   placement1  again, with a wrong password             -> error/auth (provider "Dovecot IMAPS")
 * The matrix is asserted exactly, and every message's flags are read with doveadm before and
 * after the poll: polling must not change them (\Seen stays unset).
 */

namespace {

struct Doveadm
{
    QString conf;

    QByteArray run(const QStringList& args, const QByteArray& input = {}, int* status = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral("doveadm"), QStringList{QStringLiteral("-c"), conf} + args);
        p.waitForStarted(10000);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        if (status)
            *status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    /** @short "mailbox uid flags" lines of every message with the token (doveadm's own view). */
    QByteArray flags(const QString& user, const QByteArray& token) const
    {
        return run({QStringLiteral("fetch"), QStringLiteral("-u"), user, QStringLiteral("mailbox uid flags"),
                    QStringLiteral("header"), QStringLiteral("X-Campaign-ID"), QString::fromLatin1(token)});
    }
};

QByteArray campaign(const QByteArray& token, const QByteArray& to)
{
    return "From: Newsletter <news@example.test>\r\nTo: <" + to + ">\r\nSubject: November offers\r\n"
           "Date: Fri, 27 Nov 2026 19:00:00 +0000\r\nMessage-ID: <" + token + '.' + to + ">\r\n"
           "X-Campaign-ID: " + token + "\r\n"
           "Authentication-Results: mx.example.test; dkim=pass header.d=example.test; spf=pass smtp.mailfrom=example.test\r\n"
           "Received: from out.example.test (out.example.test [192.0.2.25]) by mx.example.test with ESMTPS id q1;\r\n"
           " Fri, 27 Nov 2026 19:00:02 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello\r\n";
}

} // namespace

class TestPlacementDovecot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix();
    void waitsForLateCopy();

private:
    QByteArray seedListJson(const QByteArray& token) const;
    QHash<QString, QString> m_env;
    Doveadm m_doveadm;
};

void TestPlacementDovecot::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    m_doveadm.conf = m_env.value(QStringLiteral("DOVECOT_CONF"));
    // the tab folder (idempotent: "already exists" is fine)
    m_doveadm.run({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), QStringLiteral("placement3"),
                   QStringLiteral("Promotions")});
    qputenv("DELIVERBENCH_TST_P1", "placement1-pass");
    qputenv("DELIVERBENCH_TST_P2", "placement2-pass");
    qputenv("DELIVERBENCH_TST_P3", "placement3-pass");
    qputenv("DELIVERBENCH_TST_P4", "placement4-pass");
    qputenv("DELIVERBENCH_TST_WRONG", "not-the-password");
}

QByteArray TestPlacementDovecot::seedListJson(const QByteArray&) const
{
    const QString starttls = m_env.value(QStringLiteral("IMAP_PORT"));
    const QString imaps = m_env.value(QStringLiteral("IMAPS_PORT"));
    const auto seed = [](const char* provider, const char* user, const QString& port, const char* tls, const char* env,
                         const char* folders) {
        return QStringLiteral(R"({"provider": "%1", "address": "%2@example.test", "imap": {"host": "127.0.0.1", "port": %3, "tls": "%4", "user": "%2"}, "passwordEnv": "%5"%6})")
            .arg(QLatin1String(provider), QLatin1String(user), port, QLatin1String(tls), QLatin1String(env), QLatin1String(folders));
    };
    const QStringList seeds{
        seed("Dovecot STARTTLS", "placement1", starttls, "starttls", "DELIVERBENCH_TST_P1", ""),
        seed("Dovecot STARTTLS", "placement2", starttls, "starttls", "DELIVERBENCH_TST_P2", ""),
        seed("Dovecot IMAPS", "placement3", imaps, "implicit", "DELIVERBENCH_TST_P3",
             R"(, "folders": {"inbox": "INBOX", "tabs": {"Promotions": "Promotions"}})"),
        seed("Dovecot IMAPS", "placement4", imaps, "implicit", "DELIVERBENCH_TST_P4", ""),
        seed("Dovecot IMAPS", "placement1", imaps, "implicit", "DELIVERBENCH_TST_WRONG", ""),
    };
    return (QStringLiteral("{\"seeds\": [") + seeds.join(QStringLiteral(",\n")) + QStringLiteral("]}")).toUtf8();
}

void TestPlacementDovecot::matrix()
{
    const QByteArray token = "pl-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-1);
    int status = -1;
    QByteArray out = m_doveadm.run({QStringLiteral("save"), QStringLiteral("-u"), QStringLiteral("placement1")},
                                   campaign(token, "placement1@example.test"), &status);
    QVERIFY2(status == 0, out.constData());
    out = m_doveadm.run({QStringLiteral("save"), QStringLiteral("-u"), QStringLiteral("placement2"), QStringLiteral("-m"),
                         QStringLiteral("Junk")},
                        campaign(token, "placement2@example.test"), &status);
    QVERIFY2(status == 0, out.constData());
    out = m_doveadm.run({QStringLiteral("save"), QStringLiteral("-u"), QStringLiteral("placement3"), QStringLiteral("-m"),
                         QStringLiteral("Promotions")},
                        campaign(token, "placement3@example.test"), &status);
    QVERIFY2(status == 0, out.constData());

    const QByteArray before1 = m_doveadm.flags(QStringLiteral("placement1"), token);
    const QByteArray before2 = m_doveadm.flags(QStringLiteral("placement2"), token);
    const QByteArray before3 = m_doveadm.flags(QStringLiteral("placement3"), token);
    QVERIFY2(before1.contains("mailbox: INBOX"), before1.constData());
    QVERIFY2(before2.contains("mailbox: Junk"), before2.constData());
    QVERIFY2(before3.contains("mailbox: Promotions"), before3.constData());

    const auto list = SeedList::fromJson(seedListJson(token));
    QVERIFY2(list.has_value(), list ? "" : qPrintable(list.error().message));
    PlacementRun::Options options;
    options.poll.token = token;
    options.poll.extraCaCertificates = QSslCertificate::fromPath(m_env.value(QStringLiteral("TLS_CERT")));
    options.poll.connectTimeoutMs = 10000;
    options.poll.commandTimeoutMs = 10000;
    options.startTime = sent;
    options.waitSeconds = 0;   // one round: every copy is already there
    EnvironmentPasswordProvider passwords;
    PlacementRun run(*list, options, &passwords);
    QSignalSpy finished(&run, &PlacementRun::finished);
    run.start();
    QVERIFY(run.isFinished() || finished.wait(60000));

    QStringList placements;
    for (const SeedResult& r : run.results())
        placements << r.seed.address + u'=' + r.placementText() + u'@' + r.folder;
    QCOMPARE(placements, (QStringList{QStringLiteral("placement1@example.test=inbox@INBOX"),
                                      QStringLiteral("placement2@example.test=spam@Junk"),
                                      QStringLiteral("placement3@example.test=tab:Promotions@Promotions"),
                                      QStringLiteral("placement4@example.test=missing@"),
                                      QStringLiteral("placement1@example.test=error@")}));
    const SeedResult& wrong = run.results().at(4);
    QCOMPARE(wrong.errorKind, QStringLiteral("auth"));
    QVERIFY2(wrong.error.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive), qPrintable(wrong.error));

    // the matrix, exactly
    const PlacementSummary summary = PlacementSummary::fromResults(run.results());
    QCOMPARE(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"Dovecot IMAPS":{"error":1,"inbox":0,"missing":1,"spam":0,"tab":1,"tabs":{"Promotions":1},"total":3},)"
                        R"("Dovecot STARTTLS":{"error":0,"inbox":1,"missing":0,"spam":1,"tab":0,"total":2}})"));

    // the delivered copies: header bytes, parsed Authentication-Results and Received, arrival and delay
    for (int i = 0; i < 3; ++i) {
        const SeedResult& r = run.results().at(i);
        QCOMPARE(r.copies.size(), 1);
        const DeliveredCopy& copy = r.copies.first();
        QVERIFY(copy.header.contains(QByteArray("X-Campaign-ID: " + token)));
        QVERIFY(!copy.header.contains("Hello"));
        QVERIFY(copy.message && copy.message->root);
        QCOMPARE(copy.message->headers().value("Subject"), QByteArray("November offers"));
        QCOMPARE(copy.authResults.size(), 1);
        QCOMPARE(copy.authResults.first().authservId, QByteArray("mx.example.test"));
        QCOMPARE(copy.authResults.first().results.size(), 2);
        QCOMPARE(copy.received.size(), 1);
        QCOMPARE(copy.received.first().field.by, QByteArray("mx.example.test"));
        QVERIFY(!copy.flags.contains("\\Seen"));
        QVERIFY(r.arrival.isValid());
        QVERIFY(r.delaySeconds.has_value());
        QVERIFY2(*r.delaySeconds >= 0 && *r.delaySeconds < 120, qPrintable(QString::number(*r.delaySeconds)));
    }

    // polling changed no flags (doveadm's view, before and after), \Seen still unset
    QCOMPARE(m_doveadm.flags(QStringLiteral("placement1"), token), before1);
    QCOMPARE(m_doveadm.flags(QStringLiteral("placement2"), token), before2);
    QCOMPARE(m_doveadm.flags(QStringLiteral("placement3"), token), before3);
    for (const QByteArray& f : {before1, before2, before3})
        QVERIFY2(!f.contains("\\Seen"), f.constData());

    // findings: one per seed; spam and the auth error at error level
    const Findings findings = placementFindings(run.results());
    QStringList codes;
    for (const Finding& f : findings)
        codes << QString::fromLatin1(f.code);
    QCOMPARE(codes, (QStringList{QStringLiteral("PLACEMENT.INBOX"), QStringLiteral("PLACEMENT.SPAM"), QStringLiteral("PLACEMENT.TAB"),
                                 QStringLiteral("PLACEMENT.MISSING"), QStringLiteral("IMAP.AUTH_FAILED")}));
}

void TestPlacementDovecot::waitsForLateCopy()
{
    // a seed without a copy is polled again until the copy arrives (or the wait expires)
    const QByteArray token = "late-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    SeedList list;
    Seed seed;
    seed.provider = QStringLiteral("Dovecot");
    seed.address = QStringLiteral("placement4@example.test");
    seed.user = QStringLiteral("placement4");
    seed.host = QStringLiteral("127.0.0.1");
    seed.port = quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt());
    seed.tls = Imap::TlsMode::Implicit;
    seed.passwordEnv = QStringLiteral("DELIVERBENCH_TST_P4");
    list.seeds.append(seed);

    PlacementRun::Options options;
    options.poll.token = token;
    options.poll.extraCaCertificates = QSslCertificate::fromPath(m_env.value(QStringLiteral("TLS_CERT")));
    options.waitSeconds = 30;
    options.pollIntervalMs = 300;
    EnvironmentPasswordProvider passwords;
    PlacementRun run(list, options, &passwords);
    QSignalSpy finished(&run, &PlacementRun::finished);
    QList<QString> states;
    connect(&run, &PlacementRun::seedUpdated, this, [&](int i) { states << run.results().at(i).placementText(); });
    run.start();
    // deliver once the first poll came back empty
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 20000);
    QCOMPARE(states.first(), QStringLiteral("missing"));
    int status = -1;
    const QByteArray out = m_doveadm.run({QStringLiteral("save"), QStringLiteral("-u"), QStringLiteral("placement4")},
                                         campaign(token, "placement4@example.test"), &status);
    QVERIFY2(status == 0, out.constData());
    QVERIFY(run.isFinished() || finished.wait(30000));
    QCOMPARE(run.results().first().placementText(), QStringLiteral("inbox"));
    QVERIFY(run.results().first().polls >= 2);
    QVERIFY(run.finishTime() < run.startTime().addSecs(30));
}

QTEST_GUILESS_MAIN(TestPlacementDovecot)
#include "tst_placementdovecot.moc"
