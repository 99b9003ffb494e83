// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/VendorImport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Placement;

/*
 * Vendor placement imports (tests/data/placement/vendor-*, invented files in the shapes the
 * presets accept; see SOURCE.txt) to the matrix. Expected counts were tallied by hand from the
 * rows of each file.
 */

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(TEST_DATA_DIR "/placement/") + name;
}

/** @short "Provider:inbox/tab/spam/missing/error" per row, in first-seen order. */
QString matrix(const QList<SeedResult>& results)
{
    QStringList rows;
    for (const ProviderCounts& r : PlacementSummary::fromResults(results).rows)
        rows << QStringLiteral("%1:%2/%3/%4/%5/%6").arg(r.provider).arg(r.inbox).arg(r.tab).arg(r.spam).arg(r.missing).arg(r.error);
    return rows.join(u' ');
}

} // namespace

class TestVendorImport : public QObject
{
    Q_OBJECT

private slots:
    void files_data();
    void files();
    void classify_data();
    void classify();
    void ownJsonRoundTrip();
    void errors_data();
    void errors();
    void matrixText();
};

void TestVendorImport::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("placements");
    QTest::newRow("generic csv") << QStringLiteral("vendor-generic.csv") << QStringLiteral("generic")
                                 << QStringLiteral("Gmail:1/1/1/0/0 Yahoo:0/0/1/1/0 Outlook:1/0/1/1/0")
                                 << QStringLiteral("inbox tab:Promotions spam spam missing spam inbox missing");
    QTest::newRow("folder-status semicolons") << QStringLiteral("vendor-folder-status.csv") << QStringLiteral("folder-status")
                                              << QStringLiteral("GMX:1/0/1/1/0 Web.de:1/1/0/0/0")
                                              << QStringLiteral("inbox missing spam inbox tab:Updates");
    QTest::newRow("folder-status file with generic preset") << QStringLiteral("vendor-folder-status.csv") << QStringLiteral("generic")
                                                            << QStringLiteral("GMX:1/0/1/1/0 Web.de:1/1/0/0/0")
                                                            << QStringLiteral("inbox missing spam inbox tab:Updates");
    QTest::newRow("json rows, unknown value is an error row") << QStringLiteral("vendor-rows.json") << QStringLiteral("generic")
                                                              << QStringLiteral("Gmail:1/1/0/0/0 iCloud:0/0/0/0/1")
                                                              << QStringLiteral("tab:Updates inbox error");
}

void TestVendorImport::files()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(QString, expected);
    QFETCH(QString, placements);
    const VendorPreset* p = findVendorPreset(preset);
    QVERIFY(p);
    const auto results = VendorImport::importFile(dataPath(file), p->mapping);
    QVERIFY2(results.has_value(), results ? "" : qPrintable(results.error().message));
    QCOMPARE(matrix(*results), expected);
    QStringList got;
    for (const SeedResult& r : *results)
        got << r.placementText();
    QCOMPARE(got.join(u' '), placements);
}

void TestVendorImport::classify_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");   // "" = unknown
    QTest::newRow("primary") << QStringLiteral("Primary") << QString() << QStringLiteral("inbox");
    QTest::newRow("junk email") << QStringLiteral("Junk Email") << QString() << QStringLiteral("spam");
    QTest::newRow("promotions tab") << QStringLiteral("Promotions tab") << QString() << QStringLiteral("tab:Promotions");
    QTest::newRow("explicit tab token") << QStringLiteral("tab:Newsletter") << QString() << QStringLiteral("tab:Newsletter");
    QTest::newRow("status overrides folder") << QStringLiteral("Inbox") << QStringLiteral("Bounced") << QStringLiteral("missing");
    QTest::newRow("error status") << QString() << QStringLiteral("failed") << QStringLiteral("error");
    QTest::newRow("delivered without folder") << QString() << QStringLiteral("Delivered") << QString();
    QTest::newRow("unknown") << QStringLiteral("Quarantine") << QString() << QString();
}

void TestVendorImport::classify()
{
    QFETCH(QString, folder);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    PlacementKind placement = PlacementKind::Missing;
    QString tab;
    const bool known = classifyVendorValue(folder, status, &placement, &tab);
    QCOMPARE(known ? placementToken(placement, tab) : QString(), expected);
}

void TestVendorImport::ownJsonRoundTrip()
{
    // our own `placement` JSON imports back with the "deliverbench" preset
    QList<SeedResult> results;
    for (const auto& [provider, token] : {std::pair{"A", "inbox"}, {"A", "spam"}, {"B", "tab:Social"}, {"B", "missing"}}) {
        SeedResult r;
        r.seed.provider = QLatin1String(provider);
        r.seed.address = QStringLiteral("x@y.example");
        placementFromToken(QLatin1String(token), &r.placement, &r.tab);
        results.append(r);
    }
    const QByteArray json = QJsonDocument(placementJson(results)).toJson();
    const auto back = VendorImport::import(json, findVendorPreset(u"deliverbench")->mapping);
    QVERIFY(back.has_value());
    QCOMPARE(matrix(*back), matrix(results));
    QCOMPARE(matrix(*back), QStringLiteral("A:1/0/1/0/0 B:0/1/0/1/0"));
}

void TestVendorImport::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("no provider column") << QByteArray("Email,Result\na@b,Inbox\n") << QStringLiteral("no provider column");
    QTest::newRow("no placement column") << QByteArray("Provider,Email\nG,a@b\n") << QStringLiteral("no placement, folder or status");
    QTest::newRow("bad json") << QByteArray("[{") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("no rows");
}

void TestVendorImport::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const auto results = VendorImport::import(input, findVendorPreset(u"generic")->mapping);
    QVERIFY(!results.has_value());
    QVERIFY2(results.error().message.contains(error), qPrintable(results.error().message));
}

void TestVendorImport::matrixText()
{
    const auto results = VendorImport::importFile(dataPath(QStringLiteral("vendor-folder-status.csv")),
                                                  findVendorPreset(u"folder-status")->mapping);
    QVERIFY(results.has_value());
    const QString text = PlacementSummary::fromResults(*results).toText();
    // layout: name left-aligned, cells right-aligned, two spaces apart (recomputed with python3)
    const QString expected = QStringLiteral(
        "Provider    Inbox      Tab     Spam  Missing   Error  Seeds\n"
        "GMX       1 (33%)   0 (0%)  1 (33%)  1 (33%)  0 (0%)      3\n"
        "Web.de    1 (50%)  1 (50%)   0 (0%)   0 (0%)  0 (0%)      2\n"
        "-----------------------------------------------------------\n"
        "Total     2 (40%)  1 (20%)  1 (20%)  1 (20%)  0 (0%)      5\n");
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestVendorImport)
#include "tst_vendorimport.moc"
