// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/PlacementPage.h"

#include "models/PlacementMatrixModel.h"
#include "models/PlacementSeedModel.h"
#include "models/SeedListModel.h"
#include "placement/CopyFetch.h"
#include "placement/FolderDiscovery.h"
#include "placement/PlacementHistory.h"
#include "placement/PlacementRun.h"
#include "placement/VendorImport.h"
#include "util/AsyncTask.h"
#include "util/FileDialog.h"
#include "util/KeychainPasswordProvider.h"
#include "util/Widgets.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Deliverbench::Gui {

using namespace Deliverbench::Placement;

namespace {

bool validToken(const QString& token)
{
    if (token.isEmpty() || token.size() > 200)
        return false;
    for (QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

/** @short Which of a seed's copies to open: the one its placement came from, else the first. */
const DeliveredCopy* copyFor(const SeedResult& result)
{
    for (const DeliveredCopy& copy : result.copies) {
        if (copy.placement == result.placement && copy.folder == result.folder)
            return &copy;
    }
    return result.copies.isEmpty() ? nullptr : &result.copies.first();
}

} // namespace

PlacementPage::PlacementPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_keychain(new KeychainPasswordProvider(this))
{
    setObjectName(QStringLiteral("placementPage"));
    m_historyPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/placement-history.sqlite");
    buildUi();
    updateActions();
}

PlacementPage::~PlacementPage()
{
    if (m_run)
        m_run->disconnect(this);
}

QString PlacementPage::title() const
{
    return tr("Placement");
}

void PlacementPage::setDocument(MessageDocumentPtr document)
{
    Q_UNUSED(document); // placement works on seed boxes, not on the selected message
}

void PlacementPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    // --- toolbar: the seed list and its passwords, vendor import ---
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("placementToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto makeAction = [this, toolbar](const QString& text, const QString& name, const QKeySequence& key = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        toolbar->addAction(action);
        addAction(action);
        return action;
    };
    m_openAction = makeAction(tr("&Open Seed List…"), QStringLiteral("openSeedListAction"));
    m_saveAction = makeAction(tr("&Save Seed List…"), QStringLiteral("saveSeedListAction"));
    toolbar->addSeparator();
    m_addAction = makeAction(tr("&Add Seed"), QStringLiteral("addSeedAction"), QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_removeAction = makeAction(tr("&Remove Seed"), QStringLiteral("removeSeedAction"), QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_discoverAction = makeAction(tr("&Discover Folders"), QStringLiteral("discoverFoldersAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_passwordAction = makeAction(tr("Set &Password…"), QStringLiteral("setPasswordAction"));
    toolbar->addSeparator();
    m_importAction = makeAction(tr("&Import Vendor Results…"), QStringLiteral("importVendorAction"));
    m_presetCombo = new QComboBox(toolbar);
    m_presetCombo->setObjectName(QStringLiteral("vendorPresetCombo"));
    m_presetCombo->setToolTip(tr("Column mapping used to read a vendor export"));
    for (const VendorPreset& preset : vendorPresets())
        m_presetCombo->addItem(preset.name, preset.name);
    toolbar->addWidget(m_presetCombo);
    layout->addWidget(toolbar);

    // --- the run: token, wait, Poll / Cancel, progress ---
    auto* runRow = new QHBoxLayout();
    runRow->setContentsMargins(6, 0, 6, 0);
    runRow->addWidget(new QLabel(tr("Campaign &token:"), this));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("placementTokenEdit"));
    m_token->setPlaceholderText(tr("the token your campaign carries"));
    qobject_cast<QLabel*>(runRow->itemAt(0)->widget())->setBuddy(m_token);
    runRow->addWidget(m_token, 2);
    m_tokenMode = new QComboBox(this);
    m_tokenMode->setObjectName(QStringLiteral("placementTokenModeCombo"));
    m_tokenMode->addItem(tr("in header"), QStringLiteral("header"));
    m_tokenMode->addItem(tr("in subject"), QStringLiteral("subject"));
    runRow->addWidget(m_tokenMode);
    m_headerName = new QLineEdit(QStringLiteral("X-Campaign-ID"), this);
    m_headerName->setObjectName(QStringLiteral("placementHeaderEdit"));
    m_headerName->setToolTip(tr("Header field that carries the token"));
    runRow->addWidget(m_headerName, 1);
    auto* waitLabel = new QLabel(tr("&Wait:"), this);
    runRow->addWidget(waitLabel);
    m_wait = new QSpinBox(this);
    m_wait->setObjectName(QStringLiteral("placementWaitSpin"));
    m_wait->setRange(0, 24 * 3600);
    m_wait->setSuffix(tr(" s"));
    m_wait->setToolTip(tr("How long to keep polling seeds that have no copy yet (0: poll each seed once)"));
    waitLabel->setBuddy(m_wait);
    runRow->addWidget(m_wait);
    m_pollButton = new QPushButton(tr("&Poll"), this);
    m_pollButton->setObjectName(QStringLiteral("placementPollButton"));
    m_pollButton->setToolTip(tr("Search every seed box for the campaign (Ctrl+Return)"));
    runRow->addWidget(m_pollButton);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("placementCancelButton"));
    runRow->addWidget(m_cancelButton);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("placementProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("no seed list")); // updateActions(): "%v / %m seeds" once there are seeds
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);

    m_pollAction = new QAction(tr("Poll"), this);
    m_pollAction->setObjectName(QStringLiteral("placementPollAction"));
    m_pollAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_pollAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_pollAction);
    m_cancelAction = new QAction(tr("Cancel Poll"), this);
    m_cancelAction->setObjectName(QStringLiteral("placementCancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);

    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("placementRunLabel"));
    m_runLabel->setContentsMargins(6, 0, 6, 0);
    m_runLabel->setWordWrap(true);
    layout->addWidget(m_runLabel);

    // --- seed editor above, results below ---
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("placementSplitter"));
    m_seedModel = new SeedListModel(this);
    m_seedTable = makeTable(splitter, QStringLiteral("seedTableView"));
    m_seedTable->horizontalHeader()->setStretchLastSection(true);
    m_seedTable->setModel(m_seedModel);
    m_seedTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_seedTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_seedTable);

    m_resultTabs = new QTabWidget(splitter);
    m_resultTabs->setObjectName(QStringLiteral("placementResultTabs"));
    m_resultTabs->setDocumentMode(true);

    auto* matrixSplitter = new QSplitter(Qt::Horizontal, m_resultTabs);
    m_matrixModel = new PlacementMatrixModel(this);
    m_matrixView = makeTable(matrixSplitter, QStringLiteral("placementMatrixView"));
    m_matrixView->horizontalHeader()->setStretchLastSection(true);
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_barChart = new QChartView(matrixSplitter);
    m_barChart->setObjectName(QStringLiteral("placementBarChart"));
    m_barChart->setRenderHint(QPainter::Antialiasing);
    m_barChart->setMinimumHeight(180);
    matrixSplitter->addWidget(m_matrixView);
    matrixSplitter->addWidget(m_barChart);
    m_resultTabs->addTab(matrixSplitter, tr("&Matrix"));

    auto* seedsSplitter = new QSplitter(Qt::Vertical, m_resultTabs);
    m_resultModel = new PlacementSeedModel(this);
    m_resultView = makeTable(seedsSplitter, QStringLiteral("placementResultView"));
    m_resultView->horizontalHeader()->setStretchLastSection(true);
    m_resultView->setModel(m_resultModel);
    m_resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail = new QPlainTextEdit(seedsSplitter);
    m_detail->setObjectName(QStringLiteral("placementDetailView"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    seedsSplitter->addWidget(m_resultView);
    seedsSplitter->addWidget(m_detail);
    m_resultTabs->addTab(seedsSplitter, tr("S&eeds"));

    m_trendChart = new QChartView(m_resultTabs);
    m_trendChart->setObjectName(QStringLiteral("placementTrendChart"));
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    m_resultTabs->addTab(m_trendChart, tr("&Trend"));

    splitter->addWidget(m_resultTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // --- wiring ---
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QStringList files = FileDialog::instance()->getOpenFileNames(this, tr("Open Seed List"),
                                                                           tr("Seed lists (*.json *.csv);;All files (*)"));
        if (!files.isEmpty())
            openSeedList(files.first());
    });
    connect(m_saveAction, &QAction::triggered, this, [this] {
        const QString path = FileDialog::instance()->getSaveFileName(
            this, tr("Save Seed List"), m_seedListPath.isEmpty() ? QStringLiteral("seeds.json") : m_seedListPath);
        if (path.isEmpty())
            return;
        if (auto saved = saveSeedList(path); !saved)
            report(saved.error().message);
    });
    connect(m_addAction, &QAction::triggered, this, [this] {
        const int row = m_seedModel->addSeed();
        m_seedTable->setCurrentIndex(m_seedModel->index(row, SeedListModel::ProviderColumn));
        m_seedTable->edit(m_seedTable->currentIndex());
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_seedTable->selectionModel()->selectedRows())
            rows << index.row();
        if (rows.isEmpty() && currentSeedRow() >= 0)
            rows << currentSeedRow();
        m_seedModel->removeSeeds(rows);
    });
    connect(m_discoverAction, &QAction::triggered, this, [this] { discoverFolders(currentSeedRow()); });
    connect(m_passwordAction, &QAction::triggered, this, [this] {
        const int row = currentSeedRow();
        if (row < 0)
            return;
        auto* dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("seedPasswordDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Seed Password"));
        dialog->setLabelText(tr("Password (or app password) for %1 on %2.\nIt is stored in the system keychain, never in the seed list.")
                                 .arg(m_seedModel->seed(row).loginName(), m_seedModel->seed(row).host));
        dialog->setTextEchoMode(QLineEdit::Password);
        connect(dialog, &QInputDialog::textValueSelected, this, [this, row](const QString& password) { setPassword(row, password); });
        dialog->open();
    });
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QStringList files = FileDialog::instance()->getOpenFileNames(this, tr("Import Vendor Results"),
                                                                           tr("Placement exports (*.csv *.json);;All files (*)"));
        if (!files.isEmpty())
            importVendorResults(files.first(), m_presetCombo->currentData().toString());
    });
    connect(m_pollButton, &QPushButton::clicked, this, &PlacementPage::startPoll);
    connect(m_pollAction, &QAction::triggered, this, &PlacementPage::startPoll);
    connect(m_cancelButton, &QPushButton::clicked, this, &PlacementPage::cancelPoll);
    connect(m_cancelAction, &QAction::triggered, this, &PlacementPage::cancelPoll);
    connect(m_tokenMode, &QComboBox::currentIndexChanged, this, [this] { m_headerName->setEnabled(m_tokenMode->currentIndex() == 0); });
    connect(m_seedModel, &SeedListModel::edited, this, [this] {
        updateActions();
        emit modified();
    });
    connect(m_seedModel, &QAbstractItemModel::modelReset, this, &PlacementPage::updateActions);
    connect(m_seedTable->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlacementPage::updateActions);
    connect(m_resultView->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlacementPage::showDetail);
    connect(m_resultView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openCopy(index.row()); });
}

void PlacementPage::updateActions()
{
    const bool polling = isPolling();
    const bool haveSeeds = m_seedModel->rowCount() > 0;
    const bool haveCurrent = currentSeedRow() >= 0;
    m_pollButton->setEnabled(!polling && haveSeeds);
    m_pollAction->setEnabled(!polling && haveSeeds);
    m_cancelButton->setEnabled(polling);
    m_cancelAction->setEnabled(polling);
    m_openAction->setEnabled(!polling);
    m_saveAction->setEnabled(haveSeeds);
    m_addAction->setEnabled(!polling);
    m_removeAction->setEnabled(!polling && haveCurrent);
    m_discoverAction->setEnabled(!polling && haveCurrent && !m_busy);
    m_passwordAction->setEnabled(haveCurrent);
    m_importAction->setEnabled(!polling);
    if (!polling && m_resultModel->rowCount() == 0) {
        // before any poll: the seeds to poll, or plainly no list (never "0 / 1 seeds")
        m_progress->setRange(0, qMax(1, m_seedModel->rowCount()));
        m_progress->setValue(0);
        m_progress->setFormat(haveSeeds ? tr("%v / %m seeds") : tr("no seed list"));
    }
    m_seedTable->setEditTriggers(polling ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                               | QAbstractItemView::AnyKeyPressed);
}

int PlacementPage::currentSeedRow() const
{
    const QModelIndex index = m_seedTable->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PlacementPage::report(const QString& message)
{
    m_lastMessage = message;
    m_runLabel->setText(message);
    emit statusMessage(message);
}

PasswordProvider* PlacementPage::passwords() const
{
    return m_passwords ? m_passwords : static_cast<PasswordProvider*>(m_keychain);
}

void PlacementPage::setPasswordProvider(PasswordProvider* provider)
{
    m_passwords = provider;
}

void PlacementPage::setHistoryPath(const QString& path)
{
    m_historyPath = path;
}

const SeedList& PlacementPage::seedList() const
{
    return m_seedModel->seedList();
}

const QList<SeedResult>& PlacementPage::results() const
{
    return m_resultModel->results();
}

PollOptions PlacementPage::pollOptions() const
{
    PollOptions options;
    options.token = m_token->text().trimmed().toLatin1();
    options.headerName = m_tokenMode->currentIndex() == 0 ? m_headerName->text().trimmed().toLatin1() : QByteArray();
    options.extraCaCertificates = m_extraCa;
    return options;
}

// ---------------------------------------------------------------------------------------------
// Seed list

void PlacementPage::openSeedList(const QString& path)
{
    AsyncTask::runThenCallback(this, [path] { return SeedList::load(path); }, [this, path](const Result<SeedList>& list) {
        if (!list) {
            report(tr("Cannot open the seed list %1: %2").arg(QDir::toNativeSeparators(path), list.error().message));
            emit seedListLoaded(false);
            return;
        }
        setSeedList(*list, path);
        report(tr("Seed list %1: %n seed(s)", nullptr, int(list->seeds.size())).arg(QFileInfo(path).fileName()));
        emit seedListLoaded(true);
    });
}

void PlacementPage::setSeedList(const SeedList& list, const QString& path)
{
    m_seedModel->setSeedList(list);
    m_seedListPath = path;
    if (m_seedModel->rowCount() > 0)
        m_seedTable->setCurrentIndex(m_seedModel->index(0, 0));
    updateActions();
    emit modified();
}

Result<void> PlacementPage::saveSeedList(const QString& path)
{
    const SeedList& list = m_seedModel->seedList();
    // SeedList has no password field at all: what is written is provider, address, IMAP and folders only
    const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? list.toCsv() : list.toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Kind::Io, tr("Cannot write the seed list %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_seedListPath = path;
    report(tr("Seed list saved to %1").arg(QDir::toNativeSeparators(path)));
    emit modified();
    return {};
}

void PlacementPage::setPassword(int row, const QString& password)
{
    if (row < 0 || row >= m_seedModel->rowCount())
        return;
    const Seed seed = m_seedModel->seed(row);
    QPointer<PlacementPage> self(this);
    m_keychain->storePassword(seed, password, [self, row, seed](Result<void> stored) {
        if (!self)
            return;
        if (stored)
            self->report(tr("Password for %1 stored in the keychain").arg(seed.loginName()));
        else
            self->report(tr("Password not stored: %1").arg(stored.error().message));
        emit self->passwordStored(row, bool(stored));
    });
}

void PlacementPage::discoverFolders(int row)
{
    if (row < 0 || row >= m_seedModel->rowCount() || m_busy)
        return;
    m_busy = true;
    updateActions();
    const Seed seed = m_seedModel->seed(row);
    report(tr("Discovering the folders of %1…").arg(seed.loginName()));
    QPointer<PlacementPage> self(this);
    const PollOptions options = pollOptions();
    passwords()->requestPassword(seed, [self, row, seed, options](Result<QString> password) {
        if (!self)
            return;
        const auto done = [self, row](bool ok, const QString& message) {
            self->m_busy = false;
            self->updateActions();
            self->report(message);
            emit self->foldersDiscovered(row, ok);
        };
        if (!password) {
            done(false, tr("Cannot discover folders: %1").arg(password.error().message));
            return;
        }
        auto* discovery = new FolderDiscovery(seed, *password, options, self);
        connect(discovery, &FolderDiscovery::finished, self, [self, discovery, row, seed, done] {
            discovery->deleteLater();
            const auto& mailboxes = discovery->result();
            if (!mailboxes) {
                done(false, tr("Folder discovery for %1 failed: %2").arg(seed.loginName(), mailboxes.error().message));
                return;
            }
            // the row may have been edited meanwhile: only fill its folder roles
            if (row >= self->m_seedModel->rowCount())
                return done(false, tr("The seed was removed"));
            Seed updated = self->m_seedModel->seed(row);
            const QStringList changed = applyDiscoveredFolders(&updated.folders, *mailboxes);
            self->m_seedModel->setSeed(row, updated);
            done(true, changed.isEmpty() ? tr("%1: %n folder(s) listed, every role was already set", nullptr, int(mailboxes->size()))
                                               .arg(seed.loginName())
                                         : tr("%1: %2").arg(seed.loginName(), changed.join(QStringLiteral(", "))));
        });
        discovery->start();
    });
}

// ---------------------------------------------------------------------------------------------
// Polling

bool PlacementPage::isPolling() const
{
    return m_run && !m_run->isFinished();
}

void PlacementPage::startPoll()
{
    if (isPolling())
        return;
    const QString token = m_token->text().trimmed();
    if (!validToken(token)) {
        report(tr("Enter the campaign token (printable ASCII without spaces) before polling"));
        m_token->setFocus();
        return;
    }
    if (m_tokenMode->currentIndex() == 0 && !validToken(m_headerName->text().trimmed())) {
        report(tr("Enter the header field that carries the token"));
        return;
    }
    if (m_seedModel->rowCount() == 0) {
        report(tr("The seed list is empty"));
        return;
    }
    PlacementRun::Options options;
    options.poll = pollOptions();
    options.waitSeconds = m_wait->value();
    options.pollIntervalMs = m_pollIntervalMs;
    auto* run = new PlacementRun(m_seedModel->seedList(), options, passwords(), this);
    m_run = run;
    m_source = QStringLiteral("imap");
    m_runToken = token;
    m_cancelled = false;
    connect(run, &PlacementRun::seedUpdated, this, &PlacementPage::onSeedUpdated);
    connect(run, &PlacementRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(run, &PlacementRun::finished, this, &PlacementPage::onRunFinished);
    QList<SeedResult> initial;
    for (const Seed& seed : m_seedModel->seedList().seeds) {
        SeedResult r;
        r.seed = seed;
        initial << r;
    }
    m_resultModel->setResults(initial);
    for (int i = 0; i < initial.size(); ++i)
        m_resultModel->setPolling(i, true);
    m_progress->setRange(0, int(initial.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m seeds"));
    refreshSummary({});
    m_resultTabs->setCurrentIndex(MatrixTab);
    report(tr("Polling %n seed(s) for %1…", nullptr, int(initial.size())).arg(token));
    run->start();
    updateActions();
}

void PlacementPage::cancelPoll()
{
    if (isPolling()) {
        report(tr("Cancelling…"));
        m_cancelled = true;
        m_run->cancel();
    }
}

void PlacementPage::onSeedUpdated(int index)
{
    if (!m_run || index < 0 || index >= m_run->results().size())
        return;
    const SeedResult& r = m_run->results().at(index);
    m_resultModel->updateResult(index, r, !m_run->isFinished() && r.placement == PlacementKind::Missing);
    refreshSummary(m_run->results());
    if (m_resultView->currentIndex().row() == index)
        showDetail();
}

void PlacementPage::onRunFinished()
{
    PlacementRun* run = m_run;
    if (!run)
        return;
    const QList<SeedResult> results = run->results();
    m_resultModel->setResults(results);
    m_ranAt = run->startTime();
    m_runJson = run->runJson();
    m_progress->setRange(0, qMax(1, int(results.size())));
    m_progress->setValue(int(results.size()));
    bool cancelled = m_cancelled;
    m_cancelled = false;
    for (const SeedResult& r : results)
        cancelled = cancelled || r.errorKind == QLatin1String("cancelled");
    if (!cancelled)
        recordHistory(m_runToken, m_source, run->startTime(), run->finishTime(), results);
    showResults(results, m_source);
    report(cancelled ? tr("Poll cancelled; seeds not answered yet are marked as errors")
                     : tr("Poll finished: %1").arg(PlacementSummary::fromResults(results).total.inbox) + u' '
                           + tr("of %n seed(s) in the inbox", nullptr, int(results.size())));
    run->deleteLater();
    updateActions();
    emit pollFinished();
}

void PlacementPage::showResults(const QList<SeedResult>& results, const QString& source)
{
    m_source = source;
    if (m_resultModel->results().size() != results.size() || !isPolling())
        m_resultModel->setResults(results);
    refreshSummary(results);
    m_findings = placementFindings(results);
    emit findingsChanged();
    emit modified();
    if (m_resultModel->rowCount() > 0 && !m_resultView->currentIndex().isValid())
        m_resultView->setCurrentIndex(m_resultModel->index(0, 0));
    showDetail();
}

void PlacementPage::refreshSummary(const QList<SeedResult>& results)
{
    const PlacementSummary summary = PlacementSummary::fromResults(results);
    m_matrixModel->setSummary(summary);
    refreshBarChart(summary);
    refreshTrend(summary);
}

void PlacementPage::refreshBarChart(const PlacementSummary& summary)
{
    auto* chart = new QChart();
    chart->setObjectName(QStringLiteral("placementBarChartModel"));
    chart->setTitle(tr("Placement per provider"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* series = new QStackedBarSeries(chart);
    series->setObjectName(QStringLiteral("placementBarSeries"));
    auto* inbox = new QBarSet(tr("Inbox"));
    auto* tabs = new QBarSet(tr("Tabs"));
    auto* spam = new QBarSet(tr("Spam"));
    auto* missing = new QBarSet(tr("Missing"));
    inbox->setColor(QColor(0x2e, 0x7d, 0x32));
    tabs->setColor(QColor(0x15, 0x65, 0xc0));
    spam->setColor(QColor(0xc6, 0x28, 0x28));
    missing->setColor(QColor(0x9e, 0x9e, 0x9e));
    QStringList providers;
    for (const ProviderCounts& c : summary.rows) {
        providers << c.provider;
        *inbox << c.inbox;
        *tabs << c.tab;
        *spam << c.spam;
        *missing << c.missing;
    }
    series->append({inbox, tabs, spam, missing});
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(providers);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    int maxTotal = 1;
    for (const ProviderCounts& c : summary.rows)
        maxTotal = qMax(maxTotal, c.inbox + c.tab + c.spam + c.missing);
    y->setRange(0, maxTotal);
    y->setTickCount(qMin(maxTotal, 10) + 1);
    y->setTitleText(tr("Seeds"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = m_barChart->chart();
    m_barChart->setChart(chart);
    delete old;
}

void PlacementPage::refreshTrend(const PlacementSummary& summary)
{
    auto* chart = new QChart();
    chart->setTitle(tr("Inbox rate per provider across runs"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("yyyy-MM-dd hh:mm"));
    x->setTitleText(tr("Run"));
    auto* y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    y->setTitleText(tr("Inbox rate"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QDateTime first, last;
    if (!summary.rows.isEmpty() && !m_historyPath.isEmpty() && QFileInfo::exists(m_historyPath)) {
        PlacementHistory history(m_historyPath);
        if (history.open()) {
            for (const ProviderCounts& c : summary.rows) {
                const auto trend = history.trend(c.provider);
                if (!trend || trend->isEmpty())
                    continue;
                auto* series = new QLineSeries(chart);
                series->setName(c.provider);
                series->setPointsVisible(true);
                for (const TrendPoint& point : *trend) {
                    const int total = point.counts.total();
                    if (total <= 0)
                        continue;
                    series->append(double(point.started.toMSecsSinceEpoch()), 100.0 * point.counts.inbox / total);
                    if (!first.isValid() || point.started < first)
                        first = point.started;
                    if (!last.isValid() || point.started > last)
                        last = point.started;
                }
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
            }
        }
    }
    if (first.isValid()) {
        x->setRange(first.addSecs(-60), last.addSecs(60));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        x->setRange(now.addDays(-1), now);
    }
    QChart* old = m_trendChart->chart();
    m_trendChart->setChart(chart);
    delete old;
}

void PlacementPage::recordHistory(const QString& token, const QString& source, const QDateTime& started, const QDateTime& finished,
                                  const QList<SeedResult>& results)
{
    if (m_historyPath.isEmpty() || results.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_historyPath).absolutePath());
    // a handful of rows in one transaction: milliseconds, so it stays on the UI thread
    PlacementHistory history(m_historyPath);
    auto opened = history.open();
    if (!opened) {
        report(tr("The placement history could not be opened: %1").arg(opened.error().message));
        return;
    }
    if (auto added = history.addRun(token, source, started, finished, results); !added)
        report(tr("The run was not stored in the history: %1").arg(added.error().message));
}

void PlacementPage::showDetail()
{
    const QModelIndex index = m_resultView->currentIndex();
    if (!index.isValid() || index.row() >= m_resultModel->rowCount()) {
        m_detail->clear();
        return;
    }
    const SeedResult& r = m_resultModel->result(index.row());
    QStringList lines;
    lines << tr("%1 <%2> — %3").arg(r.seed.provider, r.seed.address, PlacementSeedModel::placementText(r));
    if (!r.folder.isEmpty())
        lines << tr("Folder: %1").arg(r.folder);
    if (r.arrival.isValid())
        lines << tr("Arrival: %1").arg(r.arrival.toUTC().toString(Qt::ISODate));
    if (r.delaySeconds)
        lines << tr("Delay since send: %1").arg(PlacementSeedModel::delayText(*r.delaySeconds));
    if (!r.error.isEmpty())
        lines << tr("Error: %1").arg(r.error);
    if (const DeliveredCopy* copy = copyFor(r)) {
        lines << QString() << tr("Delivered header block (UID %1 in %2; double-click the row to open the whole message):")
                                  .arg(copy->uid)
                                  .arg(copy->folder);
        lines << QString::fromUtf8(copy->header.left(256 * 1024));
    }
    m_detail->setPlainText(lines.join(u'\n'));
}

// ---------------------------------------------------------------------------------------------
// Opening a delivered copy

void PlacementPage::openCopy(int resultRow)
{
    if (resultRow < 0 || resultRow >= m_resultModel->rowCount())
        return;
    const SeedResult result = m_resultModel->result(resultRow);
    const DeliveredCopy* found = copyFor(result);
    if (!found) {
        report(tr("%1 has no delivered copy to open").arg(result.seed.address));
        emit copyFetchFinished(false);
        return;
    }
    const DeliveredCopy copy = *found;
    const Seed seed = result.seed;
    const PollOptions options = pollOptions();
    report(tr("Fetching the copy delivered to %1…").arg(seed.address));
    QPointer<PlacementPage> self(this);
    passwords()->requestPassword(seed, [self, seed, copy, options](Result<QString> password) {
        if (!self)
            return;
        if (!password) {
            self->report(tr("Cannot fetch the copy: %1").arg(password.error().message));
            emit self->copyFetchFinished(false);
            return;
        }
        auto* fetch = new CopyFetch(seed, *password, copy, options, self);
        connect(fetch, &CopyFetch::finished, self, [self, fetch, seed, copy] {
            fetch->deleteLater();
            const Result<QByteArray>& raw = fetch->result();
            if (!raw) {
                self->report(tr("Cannot fetch the copy delivered to %1: %2").arg(seed.address, raw.error().message));
                emit self->copyFetchFinished(false);
                return;
            }
            self->report(tr("Opened the copy delivered to %1 (%2)").arg(seed.address, copy.folder));
            emit self->openMessageRequested(*raw, tr("%1 — %2 (%3)").arg(seed.provider, seed.address, copy.folder));
            emit self->copyFetchFinished(true);
        });
        fetch->start();
    });
}

// ---------------------------------------------------------------------------------------------
// Vendor import, findings, cases

void PlacementPage::importVendorResults(const QString& path, const QString& presetName)
{
    const VendorPreset* preset = findVendorPreset(presetName);
    if (!preset) {
        report(tr("Unknown column mapping preset %1").arg(presetName));
        emit importFinished(false);
        return;
    }
    const ColumnMapping mapping = preset->mapping;
    AsyncTask::runThenCallback(this, [path, mapping] { return VendorImport::importFile(path, mapping); },
                               [this, path, presetName](const Result<QList<SeedResult>>& results) {
                                   if (!results) {
                                       report(tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(path), results.error().message));
                                       emit importFinished(false);
                                       return;
                                   }
                                   const QString source = QStringLiteral("import:") + QFileInfo(path).fileName();
                                   const QDateTime now = QDateTime::currentDateTimeUtc();
                                   m_runToken.clear();
                                   m_ranAt = now;
                                   m_runJson = QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("preset"), presetName}};
                                   recordHistory(QString(), source, now, now, *results);
                                   m_resultModel->setResults(*results);
                                   showResults(*results, source);
                                   report(tr("Imported %n seed result(s) from %1", nullptr, int(results->size())).arg(QFileInfo(path).fileName()));
                                   emit importFinished(true);
                               });
}

Findings PlacementPage::findings() const
{
    return m_findings;
}

void PlacementPage::saveToCase(Report::Case& theCase) const
{
    if (!m_seedListPath.isEmpty())
        theCase.addSeedList({QFileInfo(m_seedListPath).fileName(), m_seedListPath});   // a reference: never the passwords
    if (m_resultModel->rowCount() == 0 || isPolling())
        return;
    Report::CaseCheck check;
    check.kind = QStringLiteral("placement");
    check.input = m_runToken.isEmpty() ? m_source : m_runToken;
    check.ranAt = m_ranAt.isValid() ? m_ranAt.toUTC() : QDateTime::currentDateTimeUtc();
    check.findings = m_findings;
    check.result = placementJson(m_resultModel->results(), m_findings, m_runJson);
    theCase.addCheck(check);
}

void PlacementPage::restoreFromCase(const Report::Case& theCase)
{
    if (!theCase.seedLists.isEmpty() && QFileInfo::exists(theCase.seedLists.last().path))
        openSeedList(theCase.seedLists.last().path);
    for (qsizetype i = theCase.checks.size() - 1; i >= 0; --i) {
        const Report::CaseCheck& check = theCase.checks.at(i);
        if (check.kind != QLatin1String("placement"))
            continue;
        const VendorPreset* own = findVendorPreset(u"deliverbench");
        if (!own)
            return;
        const auto results = VendorImport::import(QJsonDocument(check.result).toJson(QJsonDocument::Compact), own->mapping);
        if (!results)
            return;
        m_runToken = check.result.value(QStringLiteral("run")).toObject().value(QStringLiteral("token")).toString();
        m_token->setText(m_runToken);
        m_ranAt = check.ranAt;
        m_runJson = check.result.value(QStringLiteral("run")).toObject();
        m_resultModel->setResults(*results);
        showResults(*results, QStringLiteral("case"));
        return;
    }
}

} // namespace Deliverbench::Gui
