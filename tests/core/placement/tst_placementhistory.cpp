// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/PlacementHistory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Placement;

namespace {

SeedResult result(const char* provider, const char* address, const char* token, qint64 delay = -1)
{
    SeedResult r;
    r.seed.provider = QLatin1String(provider);
    r.seed.address = QLatin1String(address);
    placementFromToken(QLatin1String(token), &r.placement, &r.tab);
    if (r.placement != PlacementKind::Missing && r.placement != PlacementKind::Error)
        r.folder = QStringLiteral("INBOX");
    if (r.placement == PlacementKind::Error) {
        r.error = QStringLiteral("authentication failed");
        r.errorKind = QStringLiteral("auth");
    }
    if (delay >= 0) {
        r.arrival = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC).addSecs(delay);
        r.delaySeconds = delay;
    }
    return r;
}

} // namespace

class TestPlacementHistory : public QObject
{
    Q_OBJECT

private slots:
    void storeAndTrend();
    void newerSchemaRefused();
    void unwritablePath();
};

void TestPlacementHistory::storeAndTrend()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime t1(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const QDateTime t2(QDate(2026, 11, 8), QTime(9, 0), Qt::UTC);
    qint64 run1 = 0;
    {
        PlacementHistory history(path);
        QVERIFY(history.open().has_value());
        QCOMPARE(history.schemaVersion(), 1);
        const auto id = history.addRun(QStringLiteral("tok-1"), QStringLiteral("imap"), t1, t1.addSecs(120),
                                       {result("Gmail", "a@g", "inbox", 30), result("Gmail", "b@g", "spam"),
                                        result("Yahoo", "c@y", "missing")});
        QVERIFY(id.has_value());
        run1 = *id;
        const auto id2 = history.addRun(QStringLiteral("tok-2"), QStringLiteral("import:vendor.csv"), t2, {},
                                        {result("Gmail", "a@g", "tab:Promotions", 45), result("Gmail", "b@g", "inbox", 50),
                                         result("Outlook", "d@o", "error")});
        QVERIFY(id2.has_value());
        QVERIFY(*id2 > run1);
    }
    // reopened: everything is still there
    PlacementHistory history(path);
    QVERIFY(history.open().has_value());
    const auto runs = history.runs();
    QVERIFY(runs.has_value());
    QCOMPARE(runs->size(), 2);
    QCOMPARE(runs->at(0).token, QStringLiteral("tok-1"));
    QCOMPARE(runs->at(0).started, t1);
    QCOMPARE(runs->at(0).finished, t1.addSecs(120));
    QCOMPARE(runs->at(1).source, QStringLiteral("import:vendor.csv"));
    QVERIFY(!runs->at(1).finished.isValid());
    QCOMPARE(runs->at(0).summary.total.total(), 3);
    QCOMPARE(runs->at(1).summary.rows.size(), 2);

    const auto rows = history.results(run1);
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).placementText(), QStringLiteral("inbox"));
    QCOMPARE(rows->at(0).delaySeconds.value_or(-1), qint64(30));
    QCOMPARE(rows->at(0).arrival, QDateTime(QDate(2026, 11, 27), QTime(10, 0, 30), Qt::UTC));
    QCOMPARE(rows->at(1).placementText(), QStringLiteral("spam"));
    QCOMPARE(rows->at(2).seed.provider, QStringLiteral("Yahoo"));

    const auto gmail = history.trend(QStringLiteral("Gmail"));
    QVERIFY(gmail.has_value());
    QCOMPARE(gmail->size(), 2);
    QCOMPARE(gmail->at(0).counts.inbox, 1);
    QCOMPARE(gmail->at(0).counts.spam, 1);
    QCOMPARE(gmail->at(1).counts.tab, 1);
    QCOMPARE(gmail->at(1).counts.inbox, 1);
    QCOMPARE(gmail->at(1).counts.tabs.value(QStringLiteral("Promotions")), 1);
    const auto outlook = history.trend(QStringLiteral("Outlook"));
    QVERIFY(outlook.has_value());
    QCOMPARE(outlook->size(), 1);
    QCOMPARE(outlook->at(0).counts.error, 1);
}

void TestPlacementHistory::newerSchemaRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    PlacementHistory history(path);
    const auto opened = history.open();
    QVERIFY(!opened.has_value());
    QVERIFY2(opened.error().message.contains(QLatin1String("schema version 7")), qPrintable(opened.error().message));
}

void TestPlacementHistory::unwritablePath()
{
    PlacementHistory history(QStringLiteral("/nonexistent-dir/for/sure/h.sqlite"));
    const auto opened = history.open();
    QVERIFY(!opened.has_value());
}

QTEST_GUILESS_MAIN(TestPlacementHistory)
#include "tst_placementhistory.moc"
