// SPDX-License-Identifier: GPL-3.0-or-later
// `deliverbench-cli diff A B`: the DKIM impact and the authentication verdict diff, in text and
// JSON, against the real BIND of the test_servers fixture (zone auth.test), on a pair signed here
// with tests/data/auth/keys/s2048.pem (the inbox copy and a copy after a mailing-list footer).
#include "CliTestUtil.h"
#include "AuthFixtures.h"
#include "TestServers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::CliTest;

namespace {

QByteArray signedInbox()
{
    return TestSupport::signedAuthTestInbox("cli-diff@auth.test");
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json_data();
    void json();
    void text();
    void offline();
    void caseFile();

private:
    QStringList dnsArgs() const
    {
        return {QStringLiteral("--dns-server"), m_dns, QStringLiteral("--timeout"), QStringLiteral("2000")};
    }
    QString m_dns;
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

void TestCliDiff::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_dns = env->value(QStringLiteral("DNS_SERVER"));
    const QByteArray inbox = signedInbox();
    QVERIFY(!inbox.isEmpty());
    m_a = writeFile(m_dir, QStringLiteral("inbox.eml"), inbox);
    m_b = writeFile(m_dir, QStringLiteral("list.eml"),
                    inbox + QByteArrayLiteral("-- \r\nlist footer: unsubscribe at https://lists.example.test/u\r\n"));
}

void TestCliDiff::json_data()
{
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << true;
    QTest::newRow("footer") << false;
}

void TestCliDiff::json()
{
    QFETCH(bool, same);
    const CliRun run = runCli(QStringList{QStringLiteral("diff"), m_a, same ? m_a : m_b, QStringLiteral("--format"),
                                          QStringLiteral("json")}
                              + dnsArgs());
    QCOMPARE(run.status, same ? 0 : 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    // The existing keys stay; dkimImpact and auth are added.
    for (const char* key : {"identical", "changes", "headers", "parts", "findings", "dkimImpact", "auth"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    QCOMPARE(root.value(QStringLiteral("identical")).toBool(), same);
    const QJsonObject impact = root.value(QStringLiteral("dkimImpact")).toArray().at(0).toObject();
    QCOMPARE(impact.value(QStringLiteral("domain")).toString(), QStringLiteral("auth.test"));
    QCOMPARE(impact.value(QStringLiteral("survives")).toBool(), same);
    QCOMPARE(impact.value(QStringLiteral("bodyHashMatchesB")).toBool(), same);
    const QJsonObject auth = root.value(QStringLiteral("auth")).toObject();
    QCOMPARE(auth.value(QStringLiteral("checked")).toBool(), true);
    QCOMPARE(auth.value(QStringLiteral("changes")).toInt(), same ? 0 : 1);
    const QJsonArray verdicts = auth.value(QStringLiteral("verdicts")).toArray();
    QCOMPARE(verdicts.size(), 3);
    const QJsonObject dkim = verdicts.at(0).toObject();
    for (const char* key : {"mechanism", "key", "label", "a", "b", "detailA", "detailB", "change", "reason", "reasonCode"})
        QVERIFY2(dkim.contains(QLatin1String(key)), key);
    QCOMPARE(dkim.value(QStringLiteral("mechanism")).toString(), QStringLiteral("dkim"));
    QCOMPARE(dkim.value(QStringLiteral("a")).toString(), QStringLiteral("pass"));
    QCOMPARE(dkim.value(QStringLiteral("b")).toString(), same ? QStringLiteral("pass") : QStringLiteral("fail"));
    QCOMPARE(dkim.value(QStringLiteral("change")).toString(), same ? QStringLiteral("same") : QStringLiteral("flipped"));
    if (!same)
        QCOMPARE(dkim.value(QStringLiteral("reasonCode")).toString(), QStringLiteral("appended-content"));
    QCOMPARE(verdicts.at(1).toObject().value(QStringLiteral("mechanism")).toString(), QStringLiteral("spf"));
    QCOMPARE(verdicts.at(1).toObject().value(QStringLiteral("change")).toString(), QStringLiteral("same"));
    QCOMPARE(verdicts.at(2).toObject().value(QStringLiteral("mechanism")).toString(), QStringLiteral("dmarc"));
}

void TestCliDiff::text()
{
    const CliRun run = runCli(QStringList{QStringLiteral("diff"), m_a, m_b} + dnsArgs());
    QCOMPARE(run.status, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("DKIM d=auth.test s=s2048: breaks in B")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("DKIM d=auth.test s=s2048: pass → fail (flipped): body hash mismatch in B:")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("SPF: pass → pass (same)")));
}

void TestCliDiff::offline()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_a, m_b, QStringLiteral("--offline"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    QCOMPARE(run.status, 1);
    const QJsonObject auth = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("auth")).toObject();
    QCOMPARE(auth.value(QStringLiteral("checked")).toBool(), false);
    QVERIFY(auth.value(QStringLiteral("reason")).toString().contains(QStringLiteral("--offline")));
    for (const QJsonValue& v : auth.value(QStringLiteral("verdicts")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("change")).toString(), QStringLiteral("notChecked"));
    // The DKIM impact needs no DNS: it still says the footer breaks the signature.
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("dkimImpact")).toArray().at(0).toObject()
                 .value(QStringLiteral("survives")).toBool(),
             false);
}

void TestCliDiff::caseFile()
{
    const QString path = m_dir.filePath(QStringLiteral("ticket.dbcase"));
    const CliRun run = runCli(QStringList{QStringLiteral("diff"), m_a, m_b, QStringLiteral("--case"), path} + dnsArgs());
    QCOMPARE(run.status, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    bool found = false;
    for (const QJsonValue& v : root.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = v.toObject();
        if (check.value(QStringLiteral("kind")).toString() == QStringLiteral("diff")) {
            found = true;
            QCOMPARE(check.value(QStringLiteral("input")).toString(), QStringLiteral("inbox.eml ↔ list.eml"));
        }
    }
    QVERIFY2(found, run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
