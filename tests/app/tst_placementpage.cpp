// SPDX-License-Identifier: GPL-3.0-or-later
// The Placement tab, offscreen, against the real Dovecot of the test_servers fixture: copies of a
// campaign are delivered with doveadm (as tests/core/placement/tst_placementdovecot does) into the
// placement1..4 users under a token unique to each run, the page polls them and the matrix,
// drill-down, charts, history trend, cancel and "open the delivered copy" are asserted. Also the
// keychain provider's "no keychain service" path (no D-Bus session bus here, as on CI) and the
// seed-list round trip that never writes a password.
#include "TestServers.h"

#include "models/PlacementMatrixModel.h"
#include "models/PlacementSeedModel.h"
#include "models/SeedListModel.h"
#include "placement/PlacementHistory.h"
#include "report/Case.h"
#include "util/KeychainPasswordProvider.h"
#include "windows/PlacementPage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Deliverbench;
using namespace Deliverbench::Gui;
using namespace Deliverbench::Placement;

namespace {

QByteArray doveadm(const QString& conf, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral("doveadm"), QStringList{QStringLiteral("-c"), conf} + args);
    p.waitForStarted(10000);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

QByteArray campaign(const QByteArray& token, const QByteArray& to)
{
    return "From: Newsletter <news@example.test>\r\nTo: <" + to + ">\r\nSubject: November offers\r\n"
           "Date: Fri, 27 Nov 2026 19:00:00 +0000\r\nMessage-ID: <" + token + '.' + to + ">\r\n"
           "X-Campaign-ID: " + token + "\r\n"
           "Authentication-Results: mx.example.test; dkim=pass header.d=example.test\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello from the campaign body\r\n";
}

QString cell(QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

QList<qreal> barValues(QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

} // namespace

class TestPlacementPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pollMatrixAndDrillDown();
    void openDeliveredCopy();
    void saveToCaseHasNoPasswords();
    void secondRunTrend();
    void cancelMidPoll();
    void vendorImport();
    void keychainWithoutService();
    void seedListRoundTripWithoutPasswords_data();
    void seedListRoundTripWithoutPasswords();
    void progressWithoutSeedList();

private:
    QString writeSeedList() const;
    QByteArray deliver(const QString& user, const QString& folder, const QByteArray& token);
    bool poll(const QByteArray& token, int waitSeconds = 0);

    QHash<QString, QString> m_env;
    QString m_conf;
    QTemporaryDir m_dir;
    QString m_history;
    EnvironmentPasswordProvider m_passwords;
    std::unique_ptr<PlacementPage> m_page;
    QByteArray m_token;
    QByteArray m_inboxCopy;
};

void TestPlacementPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    m_conf = m_env.value(QStringLiteral("DOVECOT_CONF"));
    QVERIFY(m_dir.isValid());
    m_history = m_dir.filePath(QStringLiteral("history.sqlite"));
    doveadm(m_conf, {QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), QStringLiteral("placement3"),
                     QStringLiteral("Promotions")});
    qputenv("DELIVERBENCH_PAGE_P1", "placement1-pass");
    qputenv("DELIVERBENCH_PAGE_P2", "placement2-pass");
    qputenv("DELIVERBENCH_PAGE_P3", "placement3-pass");
    qputenv("DELIVERBENCH_PAGE_P4", "placement4-pass");
    qputenv("DELIVERBENCH_PAGE_WRONG", "not-the-password");

    m_page = std::make_unique<PlacementPage>();
    m_page->resize(1200, 800);
    m_page->show();
    m_page->setPasswordProvider(&m_passwords);
    m_page->setHistoryPath(m_history);
    m_page->setExtraCaCertificates(QSslCertificate::fromPath(m_env.value(QStringLiteral("TLS_CERT"))));
    m_page->setPollIntervalMs(300);

    QSignalSpy loaded(m_page.get(), &PlacementPage::seedListLoaded);
    m_page->openSeedList(writeSeedList());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(m_page->seedModel()->rowCount(), 5);
}

QString TestPlacementPage::writeSeedList() const
{
    const QString starttls = m_env.value(QStringLiteral("IMAP_PORT"));
    const QString imaps = m_env.value(QStringLiteral("IMAPS_PORT"));
    const auto seed = [](const char* provider, const char* user, const QString& port, const char* tls, const char* env,
                         const char* folders) {
        return QStringLiteral(R"({"provider": "%1", "address": "%2@example.test", "imap": {"host": "127.0.0.1", "port": %3, "tls": "%4", "user": "%2"}, "passwordEnv": "%5"%6})")
            .arg(QLatin1String(provider), QLatin1String(user), port, QLatin1String(tls), QLatin1String(env), QLatin1String(folders));
    };
    const QStringList seeds{
        seed("Dovecot STARTTLS", "placement1", starttls, "starttls", "DELIVERBENCH_PAGE_P1", ""),
        seed("Dovecot STARTTLS", "placement2", starttls, "starttls", "DELIVERBENCH_PAGE_P2", ""),
        seed("Dovecot IMAPS", "placement3", imaps, "implicit", "DELIVERBENCH_PAGE_P3",
             R"(, "folders": {"inbox": "INBOX", "tabs": {"Promotions": "Promotions"}})"),
        seed("Dovecot IMAPS", "placement4", imaps, "implicit", "DELIVERBENCH_PAGE_P4", ""),
        seed("Dovecot IMAPS", "placement1", imaps, "implicit", "DELIVERBENCH_PAGE_WRONG", ""),
    };
    const QString path = m_dir.filePath(QStringLiteral("seeds.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write((QStringLiteral("{\"seeds\": [") + seeds.join(QStringLiteral(",\n")) + QStringLiteral("]}")).toUtf8());
    return path;
}

QByteArray TestPlacementPage::deliver(const QString& user, const QString& folder, const QByteArray& token)
{
    const QByteArray message = campaign(token, user.toLatin1() + "@example.test");
    QStringList args{QStringLiteral("save"), QStringLiteral("-u"), user};
    if (!folder.isEmpty())
        args << QStringLiteral("-m") << folder;
    const QByteArray out = doveadm(m_conf, args, message);
    return out.isEmpty() ? message : QByteArray();
}

bool TestPlacementPage::poll(const QByteArray& token, int waitSeconds)
{
    m_page->tokenEdit()->setText(QString::fromLatin1(token));
    m_page->waitSpinBox()->setValue(waitSeconds);
    QSignalSpy finished(m_page.get(), &PlacementPage::pollFinished);
    if (!m_page->pollButton()->isEnabled())
        return false;
    QTest::mouseClick(m_page->pollButton(), Qt::LeftButton);
    if (!m_page->isPolling())
        return false;
    return finished.wait(60000);
}

void TestPlacementPage::pollMatrixAndDrillDown()
{
    m_token = "page-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_inboxCopy = deliver(QStringLiteral("placement1"), {}, m_token);
    QVERIFY(!m_inboxCopy.isEmpty());
    QVERIFY(!deliver(QStringLiteral("placement2"), QStringLiteral("Junk"), m_token).isEmpty());
    QVERIFY(!deliver(QStringLiteral("placement3"), QStringLiteral("Promotions"), m_token).isEmpty());

    QSignalSpy findingsChanged(m_page.get(), &WorkspacePage::findingsChanged);
    QSignalSpy updates(m_page->resultModel(), &QAbstractItemModel::dataChanged);
    QVERIFY(poll(m_token));
    QVERIFY(updates.count() >= 5);   // live per-seed progress
    QCOMPARE(m_page->progressBar()->value(), 5);
    QVERIFY(!m_page->cancelButton()->isEnabled());
    QVERIFY(findingsChanged.count() >= 1);
    QVERIFY(!m_page->findings().isEmpty());

    // the matrix: providers as rows (first-seen order) + Total; count and percent of the row
    PlacementMatrixModel* matrix = m_page->matrixModel();
    QCOMPARE(matrix->rowCount(), 3);
    QStringList rows;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < PlacementMatrixModel::ColumnCount; ++c)
            cells << cell(matrix, r, c);
        rows << cells.join(QStringLiteral(" | "));
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("Dovecot STARTTLS | 1 (50%) | 0 (0%) | 1 (50%) | 0 (0%) | 0 (0%) | 2"),
                                QStringLiteral("Dovecot IMAPS | 0 (0%) | 1 (33%) | 0 (0%) | 1 (33%) | 1 (33%) | 3"),
                                QStringLiteral("Total | 1 (20%) | 1 (20%) | 1 (20%) | 1 (20%) | 1 (20%) | 5")}));
    QCOMPARE(matrix->data(matrix->index(1, PlacementMatrixModel::TabColumn), PlacementMatrixModel::CountRole).toInt(), 1);
    QCOMPARE(matrix->data(matrix->index(1, PlacementMatrixModel::TabColumn), PlacementMatrixModel::PercentRole).toDouble(), 100.0 / 3);
    QCOMPARE(matrix->data(matrix->index(0, PlacementMatrixModel::SpamColumn), PlacementMatrixModel::PercentRole).toDouble(), 50.0);

    // the drill-down: placement, folder, arrival + delay for the copies, the error text for the wrong password
    PlacementSeedModel* seeds = m_page->resultModel();
    QCOMPARE(seeds->rowCount(), 5);
    QStringList drill;
    for (int r = 0; r < seeds->rowCount(); ++r)
        drill << cell(seeds, r, PlacementSeedModel::AddressColumn) + u' ' + cell(seeds, r, 0, PlacementSeedModel::PlacementTokenRole)
                     + u' ' + cell(seeds, r, PlacementSeedModel::FolderColumn);
    QCOMPARE(drill, (QStringList{QStringLiteral("placement1@example.test inbox INBOX"), QStringLiteral("placement2@example.test spam Junk"),
                                 QStringLiteral("placement3@example.test tab:Promotions Promotions"),
                                 QStringLiteral("placement4@example.test missing "), QStringLiteral("placement1@example.test error ")}));
    QCOMPARE(cell(seeds, 2, PlacementSeedModel::PlacementColumn), QStringLiteral("Tab: Promotions"));
    for (int r = 0; r < 3; ++r) {
        QVERIFY(!cell(seeds, r, PlacementSeedModel::ArrivalColumn).isEmpty());
        QVERIFY(!cell(seeds, r, PlacementSeedModel::DelayColumn).isEmpty());
        QVERIFY(seeds->data(seeds->index(r, 0), PlacementSeedModel::DelaySecondsRole).isValid());
        QVERIFY(seeds->data(seeds->index(r, 0), PlacementSeedModel::HasCopyRole).toBool());
        QVERIFY(cell(seeds, r, PlacementSeedModel::ErrorColumn).isEmpty());
    }
    QVERIFY(cell(seeds, 3, PlacementSeedModel::ArrivalColumn).isEmpty());
    const QString authError = cell(seeds, 4, PlacementSeedModel::ErrorColumn);
    QVERIFY2(authError.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive), qPrintable(authError));
    QCOMPARE(seeds->result(4).errorKind, QStringLiteral("auth"));

    // the detail pane shows the delivered header block of the selected seed
    m_page->resultView()->setCurrentIndex(seeds->index(1, 0));
    QVERIFY(m_page->detailView()->toPlainText().contains(QStringLiteral("X-Campaign-ID: ") + QString::fromLatin1(m_token)));
    QVERIFY(m_page->detailView()->toPlainText().contains(QStringLiteral("Folder: Junk")));

    // the stacked bar chart: one bar per provider, inbox / tabs / spam / missing
    QChart* bar = m_page->barChartView()->chart();
    QVERIFY(bar);
    QCOMPARE(bar->series().size(), 1);
    auto* stacked = qobject_cast<QStackedBarSeries*>(bar->series().first());
    QVERIFY(stacked);
    QCOMPARE(stacked->count(), 4);
    QCOMPARE(stacked->barSets().at(0)->label(), QStringLiteral("Inbox"));
    QCOMPARE(barValues(stacked->barSets().at(0)), (QList<qreal>{1, 0}));
    QCOMPARE(barValues(stacked->barSets().at(1)), (QList<qreal>{0, 1}));
    QCOMPARE(barValues(stacked->barSets().at(2)), (QList<qreal>{1, 0}));
    QCOMPARE(barValues(stacked->barSets().at(3)), (QList<qreal>{0, 1}));
    auto* categories = qobject_cast<QBarCategoryAxis*>(bar->axes(Qt::Horizontal).value(0));
    QVERIFY(categories);
    QCOMPARE(categories->categories(), (QStringList{QStringLiteral("Dovecot STARTTLS"), QStringLiteral("Dovecot IMAPS")}));

    // the run is in the history, and the trend chart shows its inbox rate per provider
    PlacementHistory history(m_history);
    QVERIFY(history.open());
    QCOMPARE(history.runs()->size(), 1);
    QChart* trend = m_page->trendChartView()->chart();
    QCOMPARE(trend->series().size(), 2);
    auto* starttls = qobject_cast<QLineSeries*>(trend->series().at(0));
    auto* imaps = qobject_cast<QLineSeries*>(trend->series().at(1));
    QVERIFY(starttls && imaps);
    QCOMPARE(starttls->name(), QStringLiteral("Dovecot STARTTLS"));
    QCOMPARE(starttls->count(), 1);
    QCOMPARE(starttls->at(0).y(), 50.0);
    QCOMPARE(imaps->at(0).y(), 0.0);
}

void TestPlacementPage::openDeliveredCopy()
{
    QVERIFY(!m_inboxCopy.isEmpty());
    QSignalSpy open(m_page.get(), &WorkspacePage::openMessageRequested);
    QSignalSpy done(m_page.get(), &PlacementPage::copyFetchFinished);
    m_page->resultTabs()->setCurrentIndex(PlacementPage::SeedsTab);
    QTableView* view = m_page->resultView();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const QModelIndex first = m_page->resultModel()->index(0, PlacementSeedModel::AddressColumn);
    view->setCurrentIndex(first);
    emit view->doubleClicked(first);   // what a double-click on the row emits
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(open.size(), 1);
    // the whole message (BODY.PEEK[]), byte for byte as delivered
    QCOMPARE(open.first().at(0).toByteArray(), m_inboxCopy);
    QVERIFY(open.first().at(1).toString().contains(QStringLiteral("placement1@example.test")));
    // read-only: \Seen still unset after polling and fetching
    const QByteArray flags = doveadm(m_conf, {QStringLiteral("fetch"), QStringLiteral("-u"), QStringLiteral("placement1"),
                                              QStringLiteral("flags"), QStringLiteral("header"), QStringLiteral("X-Campaign-ID"),
                                              QString::fromLatin1(m_token)});
    QVERIFY2(flags.startsWith("flags:") && !flags.contains("\\Seen"), flags.constData());

    // a missing seed has nothing to open
    QSignalSpy none(m_page.get(), &PlacementPage::copyFetchFinished);
    m_page->openCopy(3);
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.first().first().toBool(), false);
    QCOMPARE(open.size(), 1);
}

void TestPlacementPage::saveToCaseHasNoPasswords()
{
    Report::Case theCase;
    m_page->saveToCase(theCase);
    QCOMPARE(theCase.seedLists.size(), 1);
    QCOMPARE(theCase.seedLists.first().path, m_dir.filePath(QStringLiteral("seeds.json")));
    QCOMPARE(theCase.checks.size(), 1);
    const Report::CaseCheck& check = theCase.checks.first();
    QCOMPARE(check.kind, QStringLiteral("placement"));
    QCOMPARE(check.input, QString::fromLatin1(m_token));
    QCOMPARE(check.findings.size(), m_page->findings().size());
    QCOMPARE(check.result.value(QStringLiteral("summary")).toObject().value(QStringLiteral("Dovecot STARTTLS")).toObject()
                 .value(QStringLiteral("inbox")).toInt(),
             1);
    const QByteArray bytes = theCase.toBytes();
    QVERIFY(!bytes.contains("placement1-pass"));
    QVERIFY(!bytes.contains("not-the-password"));

    // and back: a fresh page shows the stored run from the case
    PlacementPage restored;
    restored.setHistoryPath(m_dir.filePath(QStringLiteral("restored.sqlite")));
    restored.restoreFromCase(theCase);
    QCOMPARE(restored.matrixModel()->rowCount(), 3);
    QCOMPARE(cell(restored.matrixModel(), 2, PlacementMatrixModel::InboxColumn), QStringLiteral("1 (20%)"));
    QCOMPARE(restored.tokenEdit()->text(), QString::fromLatin1(m_token));
}

void TestPlacementPage::secondRunTrend()
{
    const QByteArray token = "page2-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QVERIFY(!deliver(QStringLiteral("placement1"), {}, token).isEmpty());
    QVERIFY(!deliver(QStringLiteral("placement2"), {}, token).isEmpty());
    QVERIFY(!deliver(QStringLiteral("placement3"), {}, token).isEmpty());
    QVERIFY(poll(token));
    QCOMPARE(cell(m_page->matrixModel(), 0, PlacementMatrixModel::InboxColumn), QStringLiteral("2 (100%)"));
    QCOMPARE(cell(m_page->matrixModel(), 1, PlacementMatrixModel::InboxColumn), QStringLiteral("1 (33%)"));
    QChart* trend = m_page->trendChartView()->chart();
    QCOMPARE(trend->series().size(), 2);
    auto* starttls = qobject_cast<QLineSeries*>(trend->series().at(0));
    auto* imaps = qobject_cast<QLineSeries*>(trend->series().at(1));
    QVERIFY(starttls && imaps);
    QCOMPARE(starttls->count(), 2);
    QCOMPARE(starttls->at(0).y(), 50.0);
    QCOMPARE(starttls->at(1).y(), 100.0);
    QCOMPARE(imaps->count(), 2);
    QCOMPARE(imaps->at(0).y(), 0.0);
    QCOMPARE(imaps->at(1).y(), 100.0 / 3);
    QVERIFY(starttls->at(0).x() <= starttls->at(1).x());
}

void TestPlacementPage::cancelMidPoll()
{
    const QByteArray token = "page3-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QVERIFY(!deliver(QStringLiteral("placement1"), {}, token).isEmpty());
    PlacementHistory history(m_history);
    QVERIFY(history.open());
    const qsizetype runsBefore = history.runs()->size();

    m_page->tokenEdit()->setText(QString::fromLatin1(token));
    m_page->waitSpinBox()->setValue(120);   // the missing seeds would keep it polling for two minutes
    QSignalSpy finished(m_page.get(), &PlacementPage::pollFinished);
    QTest::mouseClick(m_page->pollButton(), Qt::LeftButton);
    QVERIFY(m_page->isPolling());
    QVERIFY(m_page->cancelButton()->isEnabled());
    QVERIFY(!m_page->pollButton()->isEnabled());
    // wait until the two final seeds (inbox copy, wrong password) are in, the others are polled again
    QTRY_VERIFY_WITH_TIMEOUT(m_page->progressBar()->value() >= 2, 30000);
    QVERIFY(m_page->isPolling());
    QCOMPARE(cell(m_page->resultModel(), 1, PlacementSeedModel::PlacementColumn), QStringLiteral("Polling…"));
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!m_page->isPolling());
    QCOMPARE(m_page->resultModel()->result(0).placementText(), QStringLiteral("inbox"));
    // a seed between two polls stays missing, one being polled when Cancel came becomes a "cancelled" error
    const SeedResult& open = m_page->resultModel()->result(3);
    QVERIFY2(open.placementText() == QLatin1String("missing") || open.errorKind == QLatin1String("cancelled"),
             qPrintable(open.placementText() + u' ' + open.errorKind));
    QVERIFY(!m_page->lastMessage().isEmpty());
    QVERIFY(m_page->pollButton()->isEnabled());
    QCOMPARE(history.runs()->size(), runsBefore);   // a cancelled run is not kept
}

void TestPlacementPage::vendorImport()
{
    PlacementPage page;
    page.setHistoryPath(m_dir.filePath(QStringLiteral("import.sqlite")));
    QSignalSpy done(&page, &PlacementPage::importFinished);
    page.importVendorResults(QStringLiteral(TEST_DATA_DIR "/placement/vendor-folder-status.csv"), QStringLiteral("folder-status"));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), true);
    PlacementMatrixModel* matrix = page.matrixModel();
    const int total = matrix->rowCount() - 1;
    // the same matrix the CLI prints for this file (tests/cli/tst_cli_placement importText)
    QStringList cells;
    for (int c = 1; c < PlacementMatrixModel::ColumnCount; ++c)
        cells << cell(matrix, total, c);
    QCOMPARE(cells, (QStringList{QStringLiteral("2 (40%)"), QStringLiteral("1 (20%)"), QStringLiteral("1 (20%)"),
                                 QStringLiteral("1 (20%)"), QStringLiteral("0 (0%)"), QStringLiteral("5")}));
    QCOMPARE(page.resultModel()->rowCount(), 5);
    QVERIFY(!page.findings().isEmpty());

    QSignalSpy failed(&page, &PlacementPage::importFinished);
    page.importVendorResults(QStringLiteral(TEST_DATA_DIR "/placement/vendor-folder-status.csv"), QStringLiteral("no-such-preset"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toBool(), false);
}

void TestPlacementPage::keychainWithoutService()
{
    // no session bus, as on CI machines and headless sessions: QtKeychain has no service to talk to
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    KeychainPasswordProvider provider;
    provider.setServiceName(QStringLiteral("Deliverbench-test"));
    provider.setTimeoutMs(15000);
    Seed seed;
    seed.provider = QStringLiteral("Local");
    seed.address = QStringLiteral("nobody@example.test");
    seed.host = QStringLiteral("127.0.0.1");
    QCOMPARE(KeychainPasswordProvider::keyFor(seed), QStringLiteral("nobody@example.test 127.0.0.1"));

    std::optional<Result<QString>> read;
    QElapsedTimer timer;
    timer.start();
    provider.requestPassword(seed, [&read](Result<QString> r) { read = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QVERIFY(!read->has_value());
    QVERIFY2(read->error().message.contains(QLatin1String("keychain")), qPrintable(read->error().message));
    QVERIFY2(read->error().message.contains(QLatin1String("nobody@example.test")), qPrintable(read->error().message));

    std::optional<Result<void>> stored;
    provider.storePassword(seed, QStringLiteral("s3cret"), [&stored](Result<void> r) { stored = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
    QVERIFY(!stored->has_value());
    QVERIFY2(stored->error().message.contains(QLatin1String("keychain")), qPrintable(stored->error().message));

    // with a password variable the seed still works without a keychain
    seed.passwordEnv = QStringLiteral("DELIVERBENCH_PAGE_P1");
    std::optional<Result<QString>> fallback;
    provider.requestPassword(seed, [&fallback](Result<QString> r) { fallback = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(fallback.has_value(), 20000);
    QVERIFY(fallback->has_value());
    QCOMPARE(**fallback, QStringLiteral("placement1-pass"));

    // a seed without host cannot have an entry: answered at once
    Seed incomplete;
    std::optional<Result<QString>> immediate;
    provider.requestPassword(incomplete, [&immediate](Result<QString> r) { immediate = std::move(r); });
    QVERIFY(immediate.has_value() && !immediate->has_value());
    if (!bus.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
}

void TestPlacementPage::seedListRoundTripWithoutPasswords_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("json") << QStringLiteral("roundtrip.json");
    QTest::newRow("csv") << QStringLiteral("roundtrip.csv");
}

void TestPlacementPage::seedListRoundTripWithoutPasswords()
{
    QFETCH(QString, fileName);
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    PlacementPage page;
    page.keychain()->setServiceName(QStringLiteral("Deliverbench-test"));
    page.keychain()->setTimeoutMs(15000);
    page.setSeedList(m_page->seedList());
    // edit through the table: a tab role and a spam folder on the first seed
    SeedListModel* model = page.seedModel();
    QVERIFY(model->setData(model->index(0, SeedListModel::TabsColumn), QStringLiteral("Promotions=Promo;Updates=Upd")));
    QVERIFY(model->setData(model->index(0, SeedListModel::SpamColumn), QStringLiteral("Junk")));
    QVERIFY(!model->setData(model->index(0, SeedListModel::PortColumn), QStringLiteral("70000")));
    QVERIFY(!model->setData(model->index(0, SeedListModel::TlsColumn), QStringLiteral("sometimes")));

    // "Set password…": the keychain is unavailable here, the password is not kept anywhere
    QSignalSpy stored(&page, &PlacementPage::passwordStored);
    page.setPassword(0, QStringLiteral("Sup3r-secret-pw"));
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.first().at(1).toBool(), false);
    QVERIFY(page.lastMessage().contains(QLatin1String("keychain")));

    const QString path = m_dir.filePath(fileName);
    QVERIFY(page.saveSeedList(path).has_value());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("Sup3r-secret-pw"));
    QVERIFY(!bytes.contains("placement1-pass"));
    QVERIFY(!bytes.toLower().contains("\"password\""));
    QVERIFY(bytes.contains("DELIVERBENCH_PAGE_P1"));   // the variable's name is kept, never its value

    PlacementPage reopened;
    QSignalSpy loaded(&reopened, &PlacementPage::seedListLoaded);
    reopened.openSeedList(path);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(reopened.seedList().toJson(), page.seedList().toJson());
    QCOMPARE(reopened.seedList().seeds.first().folders.tabs.value(QStringLiteral("Updates")), QStringLiteral("Upd"));
    if (!bus.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
}

void TestPlacementPage::progressWithoutSeedList()
{
    // no list, no count: never "0 / 1 seeds"; a loaded list shows how many seeds a poll will ask
    PlacementPage page;
    QCOMPARE(page.progressBar()->text(), QStringLiteral("no seed list"));
    page.setSeedList(m_page->seedModel()->seedList());
    QCOMPARE(page.progressBar()->text(), QStringLiteral("0 / 5 seeds"));
    page.setSeedList({});
    QCOMPARE(page.progressBar()->text(), QStringLiteral("no seed list"));
}

QTEST_MAIN(TestPlacementPage)
#include "tst_placementpage.moc"
