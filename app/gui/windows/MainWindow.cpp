// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/MainWindow.h"

#include "message/RawData.h"
#include "models/CaseInputsModel.h"
#include "settings/AppSettings.h"
#include "util/AsyncTask.h"
#include "util/FileDialog.h"
#include "util/ResolverFactory.h"
#include "widgets/FindingsPanel.h"
#include "widgets/PartViewer.h"
#include "windows/AboutDialog.h"
#include "windows/AuthPage.h"
#include "windows/BatchPage.h"
#include "windows/DiffPage.h"
#include "windows/DomainPage.h"
#include "windows/ExportDialog.h"
#include "windows/MessagePage.h"
#include "windows/PlacementPage.h"
#include "windows/RecoveryDialog.h"
#include "windows/RelayPage.h"
#include "windows/ReputationPage.h"
#include "windows/SettingsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Deliverbench::Gui {

namespace {

constexpr qint64 BigInput = 1024 * 1024;
constexpr qint64 MaxPastedBytes = 256 * 1024 * 1024;
/** @short Cases with more raw message bytes than this are saved/autosaved on a worker thread. */
constexpr qint64 BigCase = 4 * 1024 * 1024;
const QString CaseSuffix = QStringLiteral("dbcase");

bool isCasePath(const QString& path)
{
    return QFileInfo(path).suffix().compare(CaseSuffix, Qt::CaseInsensitive) == 0;
}

qint64 rawSize(const Report::Case& theCase)
{
    qint64 total = 0;
    for (const Report::CaseMessage& message : theCase.messages)
        total += message.raw.size();
    return total;
}

/** @short What the worker that opens a case hands back to the window. */
struct OpenedCase
{
    std::optional<Report::Case> theCase;
    QString error;
    QList<MessageDocumentPtr> documents;
};

/** @short Opens a case and parses its messages, byte-exact: each raw is one whole message
 *  (offset 0, full length: an mbox-like "From " first line is kept, not skipped). */
OpenedCase openCaseWorker(const QString& path)
{
    OpenedCase opened;
    auto result = Report::Case::open(path);
    if (!result) {
        opened.error = result.error().message;
        return opened;
    }
    for (const Report::CaseMessage& item : std::as_const(result->messages)) {
        auto data = Mail::RawData::fromBytes(item.raw, item.name);
        auto document = MessageDocument::build(Mail::parseMessage(data, 0, data->size()), item.name);
        document->sourceLabel = item.name;
        if (document->title.isEmpty())
            document->title = item.name;
        opened.documents.append(std::move(document));
    }
    opened.theCase = std::move(*result);
    return opened;
}

/** @short Outcome of a save or autosave on a worker: the case as written, or the error. */
struct SavedCase
{
    Report::Case theCase;
    QString error;
};

QString escapeTitlePlaceholder(QString text)
{
    // QWidget::setWindowTitle treats "[*]" as the modified marker; "[*][*]" is a literal "[*]".
    return text.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
}

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_caseModel(new CaseInputsModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Deliverbench"));
    setAcceptDrops(true);
    createActions();
    createCaseActions();
    createWorkspace();
    createMenus();
    createStatusBar();
    restoreSettings();
    // Adding or removing an input makes the case unsaved (not while a case is being restored).
    connect(m_caseModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::markModified);
    connect(m_caseModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::markModified);
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setObjectName(QStringLiteral("autosaveTimer"));
    m_autosaveTimer->setInterval(autosaveSeconds() * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosaveTimer->start();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The worker may still run; its watcher (our child) dies with us and drops the result.
    if (m_watcher)
        m_watcher->cancel();
}

void MainWindow::createActions()
{
    m_openAction = makeAction(this, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open .eml, mbox or other message files"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_openFolderAction = makeAction(this, QStringLiteral("actionOpenFolder"), tr("Open &Maildir Folder…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openFolderDialog);

    m_pasteAction = makeAction(this, QStringLiteral("actionPasteMessage"), tr("&Paste Message"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setStatusTip(tr("Open the message or header block on the clipboard"));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteMessage);

    m_sampleAction = makeAction(this, QStringLiteral("actionOpenSampleCase"), tr("Open S&ample Case"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSampleCase);

    m_closeAction = makeAction(this, QStringLiteral("actionCloseInput"), tr("&Close Message"), QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCurrentInput);

    // Ctrl+Shift+S is Save Case As (the platform convention); a part is saved with Ctrl+Shift+P.
    m_savePartAction = makeAction(this, QStringLiteral("actionSavePart"), tr("Save &Part As…"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_savePartAction, &QAction::triggered, this, [this] { m_messagePage->partViewer()->savePartAs(); });

    m_clearRecentAction = makeAction(this, QStringLiteral("actionClearRecent"), tr("C&lear Recent Files"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        AppSettings::instance()->clearRecentFiles();
        updateRecentMenu();
    });

    m_cancelAction = makeAction(this, QStringLiteral("actionCancelLoading"), tr("Cancel &Loading"),
                                QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoading);

    m_settingsAction = makeAction(this, QStringLiteral("actionSettings"), tr("&Settings…"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    const QString subPageNames[] = {tr("&Raw Source"), tr("&MIME Structure"), tr("&Headers"), tr("Received &Timeline")};
    const char* subPageIds[] = {"actionShowRaw", "actionShowStructure", "actionShowHeaders", "actionShowTimeline"};
    for (int i = 0; i < 4; ++i) {
        QAction* action = makeAction(this, QString::fromLatin1(subPageIds[i]), subPageNames[i],
                                     QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            m_workspaceTabs->setCurrentWidget(m_messagePage);
            m_messagePage->showSubPage(MessagePage::SubPage(i));
        });
        m_subPageActions.append(action);
    }

    m_nextInputAction = makeAction(this, QStringLiteral("actionNextInput"), tr("&Next Message"),
                                   QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextInputAction, &QAction::triggered, this, [this] {
        selectInput(std::min(m_inputsView->currentIndex().row() + 1, m_caseModel->rowCount() - 1));
    });
    m_previousInputAction = makeAction(this, QStringLiteral("actionPreviousInput"), tr("P&revious Message"),
                                       QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousInputAction, &QAction::triggered, this,
            [this] { selectInput(std::max(m_inputsView->currentIndex().row() - 1, 0)); });

    m_findFilterAction = makeAction(this, QStringLiteral("actionFilterFindings"), tr("&Filter Findings"),
                                    QKeySequence::Find);

    // Tools. Ctrl+B and Ctrl+Shift+B were the Batch tab's own (window-wide) shortcuts: they are
    // here now, and the tab's actions have none, so no key is bound twice.
    m_batchTriageAction = makeAction(this, QStringLiteral("actionBatchTriage"), tr("&Batch Triage of Mbox or Files…"),
                                     QKeySequence(Qt::CTRL | Qt::Key_B));
    m_batchTriageAction->setStatusTip(tr("Pick an mbox (or .eml files) of bounces or seed copies and triage it in the Batch tab"));
    m_batchTriageFolderAction = makeAction(this, QStringLiteral("actionBatchTriageFolder"),
                                           tr("Batch Triage of &Folder or Maildir…"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_batchTriageFolderAction->setStatusTip(tr("Pick a folder or Maildir and triage it in the Batch tab"));
    m_compareAction = makeAction(this, QStringLiteral("actionCompareMessages"), tr("&Compare Messages…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareAction->setStatusTip(tr("Open the Diff tab; with two messages in the case, compare them"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareMessages);

    m_aboutAction = makeAction(this, QStringLiteral("actionAbout"), tr("&About Deliverbench"), QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newCaseAction);
    file->addAction(m_openCaseAction);
    file->addAction(m_saveCaseAction);
    file->addAction(m_saveCaseAsAction);
    file->addSeparator();
    file->addAction(m_openAction);
    file->addAction(m_openFolderAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(m_pasteAction);
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_savePartAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_recheckAction);
    file->addSeparator();
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    for (QAction* action : std::as_const(m_subPageActions))
        view->addAction(action);
    view->addSeparator();
    view->addAction(m_nextInputAction);
    view->addAction(m_previousInputAction);
    view->addSeparator();
    m_toggleFindingsAction = m_findingsDock->toggleViewAction();
    m_toggleFindingsAction->setObjectName(QStringLiteral("actionToggleFindings"));
    m_toggleFindingsAction->setText(tr("F&indings"));
    m_toggleFindingsAction->setShortcut(QKeySequence(Qt::Key_F8));
    view->addAction(m_toggleFindingsAction);
    view->addAction(m_findFilterAction);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    connect(m_batchTriageAction, &QAction::triggered, this, [this] {
        m_workspaceTabs->setCurrentWidget(m_batchPage);
        m_batchPage->openFileAction()->trigger();
    });
    connect(m_batchTriageFolderAction, &QAction::triggered, this, [this] {
        m_workspaceTabs->setCurrentWidget(m_batchPage);
        m_batchPage->openFolderAction()->trigger();
    });
    tools->addAction(m_batchTriageAction);
    tools->addAction(m_batchTriageFolderAction);
    tools->addAction(m_compareAction);
    tools->addSeparator();
    // One entry per workspace tab. Alt+1…Alt+4 already show the Message tab's sub-pages (View
    // menu), so the tabs take Ctrl+1…Ctrl+9 (unused elsewhere; Ctrl+Alt+digit opens recent files).
    QMenu* tabsMenu = tools->addMenu(tr("&Workspace"));
    tabsMenu->setObjectName(QStringLiteral("menuWorkspaceTabs"));
    for (int i = 0; i < m_pages.size(); ++i) {
        WorkspacePage* page = m_pages.at(i);
        auto* action = makeAction(this, QStringLiteral("actionShowTab%1").arg(i + 1),
                                  i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(page->title()) : page->title(),
                                  i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence());
        connect(action, &QAction::triggered, this, [this, page] { m_workspaceTabs->setCurrentWidget(page); });
        addAction(action);
        tabsMenu->addAction(action);
        m_tabActions.append(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);

    updateRecentMenu();
}

void MainWindow::createWorkspace()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));

    auto* inputsBox = new QWidget(m_splitter);
    auto* inputsLayout = new QVBoxLayout(inputsBox);
    inputsLayout->setContentsMargins(4, 4, 0, 4);
    auto* inputsLabel = new QLabel(tr("Case inputs"), inputsBox);
    inputsLabel->setObjectName(QStringLiteral("caseInputsLabel"));
    QFont bold = inputsLabel->font();
    bold.setBold(true);
    inputsLabel->setFont(bold);
    inputsLayout->addWidget(inputsLabel);
    m_inputsView = new QListView(inputsBox);
    m_inputsView->setObjectName(QStringLiteral("caseInputsView"));
    m_inputsView->setModel(m_caseModel);
    m_inputsView->setTextElideMode(Qt::ElideRight);
    m_inputsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_inputsView->setResizeMode(QListView::Adjust);
    m_inputsView->setUniformItemSizes(false);
    m_inputsView->setWordWrap(false);
    m_inputsView->setSpacing(1);
    inputsLabel->setBuddy(m_inputsView);
    inputsLayout->addWidget(m_inputsView, 1);
    m_splitter->addWidget(inputsBox);

    m_workspaceTabs = new QTabWidget(m_splitter);
    m_workspaceTabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_splitter->addWidget(m_workspaceTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 980});
    setCentralWidget(m_splitter);

    m_messagePage = new MessagePage(m_workspaceTabs);
    addWorkspacePage(m_messagePage);
    addWorkspacePage(new AuthPage(m_workspaceTabs));
    addWorkspacePage(new DomainPage(m_workspaceTabs));
    addWorkspacePage(new PlacementPage(m_workspaceTabs));
    m_batchPage = new BatchPage(m_workspaceTabs);
    addWorkspacePage(m_batchPage);
    m_diffPage = new DiffPage(m_workspaceTabs);
    addWorkspacePage(m_diffPage);
    addWorkspacePage(new RelayPage(m_workspaceTabs));
    addWorkspacePage(new ReputationPage(m_workspaceTabs));

    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_findings = new FindingsPanel(m_findingsDock);
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::onFindingActivated);
    connect(m_findings, &FindingsPanel::severityMaskChanged, this,
            [](int mask) { AppSettings::instance()->setValue(AppSettings::SeverityFilter, mask); });

    connect(m_inputsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { setCurrentDocument(m_caseModel->document(current.row())); });
    connect(m_caseModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_caseModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(300);
    connect(m_progressDelay, &QTimer::timeout, this, [this] { showProgress(isLoading()); });
    connect(m_findFilterAction, &QAction::triggered, this, [this] {
        m_findingsDock->show();
        m_findingsDock->raise();
        m_findings->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_findings->filterEdit()->selectAll();
    });
    connect(m_messagePage, &WorkspacePage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    showProgress(false);
}

void MainWindow::addWorkspacePage(WorkspacePage* page)
{
    m_pages.append(page);
    m_workspaceTabs->addTab(page, page->title());
    connect(page, &WorkspacePage::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(page, &WorkspacePage::findingsChanged, this, &MainWindow::updateFindingsDock);
    connect(page, &WorkspacePage::modified, this, &MainWindow::markModified);
    connect(page, &WorkspacePage::openMessageRequested, this, [this](const QByteArray& raw, const QString& title) {
        enqueue({LoadSource::fromBytes(raw, title)});
    });
    page->setDocument(m_current);
}

void MainWindow::updateFindingsDock()
{
    // The selected message's own findings, then each check's, marked with where they came from.
    // The Diff tab's "Only in A/B" rows are copies of other messages' findings: they stay on that tab.
    Findings all;
    QStringList sources;
    const auto add = [&all, &sources](const Findings& findings, const QString& source) {
        all.append(findings);
        for (qsizetype i = 0; i < findings.size(); ++i)
            sources.append(source);
    };
    if (m_current)
        add(m_current->findings, tr("Message"));
    for (const WorkspacePage* page : std::as_const(m_pages)) {
        if (page != m_diffPage)
            add(page->findings(), page->title());
    }
    add(m_recheckFindings, tr("Re-check"));
    m_findings->setFindings(all, sources);
}

void MainWindow::restoreSettings()
{
    AppSettings* settings = AppSettings::instance();
    const QByteArray geometry = settings->value(AppSettings::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 820);
    restoreState(settings->value(AppSettings::WindowState).toByteArray());
    const QByteArray splitter = settings->value(AppSettings::SplitterState).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_findings->setSeverityMask(settings->value(AppSettings::SeverityFilter).toInt());
}

void MainWindow::saveSettings()
{
    AppSettings* settings = AppSettings::instance();
    settings->setValue(AppSettings::WindowGeometry, saveGeometry());
    settings->setValue(AppSettings::WindowState, saveState());
    settings->setValue(AppSettings::SplitterState, m_splitter->saveState());
    settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeApproved && isWindowModified()) {
        event->ignore();
        maybeSave([this] {
            m_closeApproved = true;
            close();
        });
        return;
    }
    m_closeApproved = false;
    cancelLoading();
    if (m_recheck)
        m_recheck->cancel();
    // A clean close (saved, or changes discarded): the recovery file is no longer needed.
    Report::Case::discardRecovery(m_casePath);
    saveSettings();
    event->accept();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::instance()->recentFiles();
    int n = 0;
    for (const QString& path : files) {
        ++n;
        auto* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(QDir::toNativeSeparators(path)));
        action->setObjectName(QStringLiteral("actionRecent%1").arg(n));
        if (n <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    if (files.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    const bool hasInput = m_caseModel->rowCount() > 0;
    m_closeAction->setEnabled(hasInput && m_current);
    m_savePartAction->setEnabled(hasInput && m_current);
    m_nextInputAction->setEnabled(hasInput);
    m_previousInputAction->setEnabled(hasInput);
    m_cancelAction->setEnabled(isLoading());
}

void MainWindow::openDialog()
{
    const QStringList paths = FileDialog::instance()->getOpenFileNames(
        this, tr("Open Messages"),
        tr("Messages (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)"));
    if (!paths.isEmpty())
        openPaths(paths);
}

void MainWindow::openFolderDialog()
{
    const QString path = FileDialog::instance()->getExistingDirectory(this, tr("Open Maildir Folder"));
    if (!path.isEmpty())
        openPaths({path});
}

void MainWindow::openPaths(const QStringList& paths)
{
    QList<LoadSource> sources;
    for (const QString& path : paths) {
        if (path.isEmpty())
            continue;
        // A case file (command line, Open Recent, drag and drop) replaces the case; messages are added to it.
        if (isCasePath(path) && QFileInfo(path).isFile())
            openCaseFile(QFileInfo(path).absoluteFilePath());
        else
            sources.append(LoadSource::fromPath(QFileInfo(path).absoluteFilePath()));
    }
    enqueue(sources);
}

void MainWindow::openBytes(const QByteArray& bytes, const QString& origin)
{
    enqueue({LoadSource::fromBytes(bytes, origin)});
}

void MainWindow::openSampleCase()
{
    QStringList names = QDir(QStringLiteral(":/samples")).entryList(QDir::Files, QDir::Name);
    static const QStringList preferred = {QStringLiteral("newsletter.eml"), QStringLiteral("transactional.eml"),
                                          QStringLiteral("bounce.eml"), QStringLiteral("broken.eml")};
    std::stable_sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const qsizetype ia = preferred.contains(a) ? preferred.indexOf(a) : preferred.size();
        const qsizetype ib = preferred.contains(b) ? preferred.indexOf(b) : preferred.size();
        return ia < ib;
    });
    QList<LoadSource> sources;
    for (const QString& name : std::as_const(names)) {
        QFile file(QStringLiteral(":/samples/") + name);
        if (file.open(QIODevice::ReadOnly))
            sources.append(LoadSource::fromBytes(file.readAll(), name));
    }
    if (sources.isEmpty()) {
        statusBar()->showMessage(tr("This build has no bundled sample case."), 8000);
        return;
    }
    AppSettings::instance()->setValue(AppSettings::SampleCaseShown, true);
    enqueue(sources);
}

void MainWindow::openSampleCaseOnFirstStart()
{
    AppSettings* settings = AppSettings::instance();
    if (settings->recentFiles().isEmpty() && !settings->value(AppSettings::SampleCaseShown).toBool())
        openSampleCase();
}

void MainWindow::pasteMessage()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QByteArray bytes;
    if (mime && mime->hasFormat(QStringLiteral("message/rfc822")))
        bytes = mime->data(QStringLiteral("message/rfc822"));
    else if (mime && mime->hasText())
        bytes = mime->text().toUtf8();
    if (bytes.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text."), 8000);
        return;
    }
    if (bytes.size() > MaxPastedBytes)
        bytes.truncate(MaxPastedBytes);
    openBytes(bytes, tr("clipboard"));
}

void MainWindow::enqueue(QList<LoadSource> sources, bool selectFirst)
{
    if (sources.isEmpty())
        return;
    m_queue.append(Job{std::move(sources), selectFirst});
    if (!isLoading())
        startNext();
}

void MainWindow::startNext()
{
    if (m_queue.isEmpty() || isLoading())
        return;
    const Job job = m_queue.takeFirst();
    const qint64 size = MessageLoader::totalSize(job.sources);
    m_statusLabel->setText(job.sources.size() == 1
                               ? tr("Opening %1…").arg(job.sources.constFirst().path.isEmpty()
                                                           ? job.sources.constFirst().origin
                                                           : QFileInfo(job.sources.constFirst().path).fileName())
                               : tr("Opening %n input(s)…", nullptr, int(job.sources.size())));
    const bool selectFirst = job.selectFirst;
    const QList<LoadSource> sources = job.sources;
    m_watcher = AsyncTask::runWithPromise<LoadResultPtr>(
        this, [sources](QPromise<LoadResultPtr>& promise) { MessageLoader::load(promise, sources); },
        [this, selectFirst](const LoadResultPtr& result) { onLoadFinished(result, selectFirst); });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, [this](int value) {
        if (value > 0 && m_progress->maximum() == 0)
            m_progress->setRange(0, 1000);
        m_progress->setValue(value);
    });
    connect(m_watcher, &QFutureWatcherBase::canceled, this, [this] {
        m_statusLabel->setText(tr("Opening cancelled."));
    });
    // Busy indicator until the first progress report (a single message has no inner progress).
    m_progress->setRange(0, 0);
    if (size >= BigInput)
        showProgress(true);
    else
        m_progressDelay->start();
    updateActions();
}

void MainWindow::onLoadFinished(const LoadResultPtr& result, bool selectFirst)
{
    m_watcher = nullptr;
    showProgress(false);
    if (result->cancelled) {
        m_statusLabel->setText(tr("Opening cancelled."));
    } else {
        const int firstNew = m_caseModel->rowCount();
        m_caseModel->append(result->documents);
        for (const QString& path : result->openedPaths)
            AppSettings::instance()->addRecentFile(path);
        if (!result->openedPaths.isEmpty())
            updateRecentMenu();
        if (selectFirst && !result->documents.isEmpty())
            selectInput(firstNew);
        if (!result->errors.isEmpty()) {
            // No modal box: the status bar says what failed and the window stays usable.
            m_statusLabel->setText(result->errors.join(QStringLiteral("; ")));
            m_statusLabel->setToolTip(result->errors.join(QLatin1Char('\n')));
        } else {
            m_statusLabel->setText(tr("Opened %n message(s).", nullptr, int(result->documents.size())));
        }
    }
    updateActions();
    emit loadFinished();
    startNext();
}

void MainWindow::cancelLoading()
{
    m_queue.clear();
    if (m_watcher) {
        // The worker stops at its next check; the watcher drops whatever it still delivers.
        disconnect(m_watcher, nullptr, this, nullptr);
        m_watcher->cancel();
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        m_watcher = nullptr;
        m_statusLabel->setText(tr("Opening cancelled."));
        showProgress(false);
        updateActions();
        emit loadFinished();
    }
}

void MainWindow::showProgress(bool visible)
{
    if (!visible)
        m_progressDelay->stop();
    m_progress->setVisible(visible);
    m_cancelButton->setVisible(visible);
}

void MainWindow::selectInput(int row)
{
    if (row < 0 || row >= m_caseModel->rowCount())
        return;
    m_inputsView->setCurrentIndex(m_caseModel->index(row));
}

void MainWindow::setCurrentDocument(MessageDocumentPtr document)
{
    m_current = std::move(document);
    for (WorkspacePage* page : std::as_const(m_pages))
        page->setDocument(m_current);
    updateFindingsDock();
    updateTitle();
    updateActions();
}

void MainWindow::onFindingActivated(const Finding& finding)
{
    QWidget* current = m_workspaceTabs->currentWidget();
    // The current page first, then the others in tab order.
    QList<WorkspacePage*> order = m_pages;
    if (auto* page = qobject_cast<WorkspacePage*>(current)) {
        order.removeAll(page);
        order.prepend(page);
    }
    for (WorkspacePage* page : std::as_const(order)) {
        if (page->showEvidence(finding)) {
            m_workspaceTabs->setCurrentWidget(page);
            return;
        }
    }
}

void MainWindow::closeCurrentInput()
{
    const int row = m_inputsView->currentIndex().row();
    if (row < 0)
        return;
    m_caseModel->removeDocument(row);
    if (m_caseModel->rowCount() == 0)
        setCurrentDocument(nullptr);
    else
        selectInput(std::min(row, m_caseModel->rowCount() - 1));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() || mime->hasText() || mime->hasFormat(QStringLiteral("message/rfc822")))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    QStringList paths;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl& url : urls) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        openPaths(paths);
    } else if (mime->hasFormat(QStringLiteral("message/rfc822"))) {
        openBytes(mime->data(QStringLiteral("message/rfc822")), tr("dropped message"));
    } else if (mime->hasText()) {
        openBytes(mime->text().toUtf8(), tr("dropped text"));
    } else {
        return;
    }
    event->acceptProposedAction();
}

// --- Case handling ------------------------------------------------------------------------

int MainWindow::autosaveSeconds()
{
    return std::clamp(QSettings().value(QStringLiteral("Case/AutosaveSeconds"), 60).toInt(), 5, 3600);
}

void MainWindow::createCaseActions()
{
    m_newCaseAction = makeAction(this, QStringLiteral("actionNewCase"), tr("&New Case"), QKeySequence::New);
    m_newCaseAction->setStatusTip(tr("Close the current case and start an empty one"));
    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::newCase);

    // Ctrl+O opens messages and Ctrl+Shift+O a Maildir folder: a case is opened with Ctrl+Alt+O.
    m_openCaseAction = makeAction(this, QStringLiteral("actionOpenCase"), tr("Open &Case…"),
                                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_openCaseAction->setStatusTip(tr("Open a saved case (.dbcase)"));
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::openCaseDialog);

    m_saveCaseAction = makeAction(this, QStringLiteral("actionSaveCase"), tr("&Save Case"), QKeySequence::Save);
    connect(m_saveCaseAction, &QAction::triggered, this, &MainWindow::saveCase);

    m_saveCaseAsAction = makeAction(this, QStringLiteral("actionSaveCaseAs"), tr("Save Case &As…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveCaseAsAction, &QAction::triggered, this, &MainWindow::saveCaseAs);

    m_exportAction = makeAction(this, QStringLiteral("actionExportReport"), tr("&Export Report…"),
                                QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the case's report as HTML, Markdown, JSON or PDF"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);

    m_recheckAction = makeAction(this, QStringLiteral("actionRecheckCase"), tr("Re-chec&k Case"),
                                 QKeySequence(Qt::Key_F5));
    m_recheckAction->setStatusTip(tr("Run the case's checks again now and show what changed since"));
    connect(m_recheckAction, &QAction::triggered, this, &MainWindow::recheckCase);
}

void MainWindow::markModified()
{
    if (m_restoring)
        return;
    ++m_changeCount;
    setWindowModified(true);
}

void MainWindow::updateTitle()
{
    const QString caseName = escapeTitlePlaceholder(m_casePath.isEmpty() ? tr("Untitled case")
                                                                         : QFileInfo(m_casePath).fileName());
    if (m_current) {
        setWindowTitle(tr("%1[*] — %2 — Deliverbench").arg(caseName, escapeTitlePlaceholder(m_current->title)));
    } else {
        setWindowTitle(tr("%1[*] — Deliverbench").arg(caseName));
    }
}

void MainWindow::showCaseError(const QString& title, const QString& message)
{
    m_lastCaseError = message;
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("caseErrorBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

Report::Case MainWindow::buildCase() const
{
    Report::Case theCase = m_caseBase;
    theCase.messages.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList names;
    for (const MessageDocumentPtr& document : m_caseModel->documents()) {
        const QString name = theCase.addMessage(document->caseLabel(), document->message.bytes().toByteArray());
        if (names.contains(name))
            continue; // the same bytes twice: one message in the case
        names.append(name);
        Report::CaseCheck check{QStringLiteral("inspect"), name, now, document->findings, {}};
        for (const Report::CaseCheck& earlier : std::as_const(m_caseBase.checks)) {
            if (earlier.kind == check.kind && earlier.input == name) {
                check.ranAt = earlier.ranAt;
                check.result = earlier.result;
            }
        }
        theCase.addCheck(std::move(check));
    }
    theCase.checks.removeIf([&names](const Report::CaseCheck& check) {
        return check.kind == QStringLiteral("inspect") && !names.contains(check.input);
    });
    for (const WorkspacePage* page : std::as_const(m_pages))
        page->saveToCase(theCase);
    if (theCase.title.isEmpty() && !m_casePath.isEmpty())
        theCase.title = QFileInfo(m_casePath).completeBaseName();
    return theCase;
}

void MainWindow::maybeSave(std::function<void()> proceed)
{
    if (!isWindowModified()) {
        proceed();
        return;
    }
    const QString name = m_casePath.isEmpty() ? tr("Untitled case") : QFileInfo(m_casePath).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The case “%1” has unsaved changes. Save them?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("saveChangesBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Discard:
        Report::Case::discardRecovery(m_casePath);
        proceed();
        return;
    case QMessageBox::Save: {
        QString path = m_casePath;
        if (path.isEmpty()) {
            path = FileDialog::instance()->getSaveFileName(this, tr("Save Case"), tr("case.%1").arg(CaseSuffix),
                                                           tr("Deliverbench cases (*.dbcase);;All files (*)"));
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += u'.' + CaseSuffix;
        }
        saveCaseTo(path, [proceed = std::move(proceed)](bool ok) {
            if (ok)
                proceed();
        });
        return;
    }
    default:
        return;
    }
}

void MainWindow::newCase()
{
    maybeSave([this] { resetCase(); });
}

void MainWindow::resetCase()
{
    restoreCase(Report::Case{}, {}, QString(), false);
}

void MainWindow::openCaseDialog()
{
    const QStringList paths = FileDialog::instance()->getOpenFileNames(
        this, tr("Open Case"), tr("Deliverbench cases (*.dbcase);;All files (*)"));
    if (!paths.isEmpty())
        openCaseFile(paths.constFirst());
}

void MainWindow::openCaseFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    maybeSave([this, absolute] { loadCase(absolute, false, absolute); });
}

void MainWindow::loadCase(const QString& path, bool fromRecovery, const QString& casePath)
{
    m_statusLabel->setText(tr("Opening %1…").arg(QFileInfo(casePath.isEmpty() ? path : casePath).fileName()));
    AsyncTask::runThenCallback(
        this, [path] { return openCaseWorker(path); },
        [this, path, fromRecovery, casePath](const OpenedCase& opened) {
            if (!opened.theCase) {
                m_statusLabel->setText(tr("The case could not be opened."));
                showCaseError(tr("Could not open the case"),
                              tr("%1\n\nThe case file was not changed.").arg(opened.error));
                emit caseOpened(false);
                return;
            }
            if (!fromRecovery) {
                AppSettings::instance()->addRecentFile(path);
                updateRecentMenu();
            }
            restoreCase(*opened.theCase, opened.documents, casePath, fromRecovery);
            m_statusLabel->setText(fromRecovery ? tr("Restored the unsaved changes from the recovery file.")
                                                : tr("Opened the case %1.").arg(QFileInfo(path).fileName()));
        });
}

void MainWindow::restoreCase(const Report::Case& theCase, const QList<MessageDocumentPtr>& documents,
                             const QString& path, bool dirty)
{
    cancelLoading();
    if (m_recheck)
        m_recheck->cancel();
    m_restoring = true;
    m_caseModel->clear();
    setCurrentDocument(nullptr);
    m_caseBase = theCase;
    m_casePath = path;
    m_recheckFindings.clear();
    // The latest Re-check recorded in the case is shown again.
    QDateTime latest;
    for (const Report::CaseCheck& check : theCase.checks) {
        if (check.kind == QStringLiteral("recheck") && (!latest.isValid() || check.ranAt >= latest)) {
            latest = check.ranAt;
            m_recheckFindings = check.findings;
        }
    }
    m_caseModel->append(documents);
    for (WorkspacePage* page : std::as_const(m_pages))
        page->restoreFromCase(theCase);
    if (!documents.isEmpty())
        selectInput(0);
    m_restoring = false;
    ++m_changeCount;
    setWindowModified(dirty);
    updateTitle();
    updateFindingsDock();
    updateActions();
    emit caseOpened(true);
}

bool MainWindow::saveCase()
{
    if (m_casePath.isEmpty())
        return saveCaseAs();
    saveCaseTo(m_casePath);
    return true;
}

bool MainWindow::saveCaseAs()
{
    const QString suggested = m_casePath.isEmpty() ? tr("case.%1").arg(CaseSuffix) : m_casePath;
    QString path = FileDialog::instance()->getSaveFileName(this, tr("Save Case As"), suggested,
                                                           tr("Deliverbench cases (*.dbcase);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + CaseSuffix;
    saveCaseTo(path);
    return true;
}

void MainWindow::saveCaseTo(const QString& path, std::function<void(bool)> done)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const quint64 changeCount = m_changeCount;
    const QString previousPath = m_casePath;
    auto finished = [this, absolute, changeCount, previousPath, done](const SavedCase& saved) {
        --m_savesRunning;
        if (!saved.error.isEmpty()) {
            m_statusLabel->setText(tr("The case was not saved."));
            showCaseError(tr("Could not save the case"),
                          tr("%1\n\nThe previous version of the file, if any, is unchanged.").arg(saved.error));
            emit caseSaved(false);
            if (done)
                done(false);
            return;
        }
        m_caseBase = saved.theCase;
        m_casePath = absolute;
        // The recovery copies are obsolete now (untitled, or of the old name after Save As).
        Report::Case::discardRecovery(previousPath);
        Report::Case::discardRecovery(absolute);
        if (m_changeCount == changeCount)
            setWindowModified(false);
        AppSettings::instance()->addRecentFile(absolute);
        updateRecentMenu();
        updateTitle();
        m_statusLabel->setText(tr("Saved the case to %1.").arg(QDir::toNativeSeparators(absolute)));
        emit caseSaved(true);
        if (done)
            done(true);
    };
    auto task = [theCase = buildCase(), absolute]() mutable {
        SavedCase saved;
        auto result = theCase.save(absolute);
        if (!result)
            saved.error = result.error().message;
        saved.theCase = std::move(theCase);
        return saved;
    };
    qint64 total = 0;
    for (const MessageDocumentPtr& document : m_caseModel->documents())
        total += document->message.length;
    ++m_savesRunning;
    if (total < BigCase) {
        finished(task());
        return;
    }
    m_statusLabel->setText(tr("Saving the case…"));
    AsyncTask::runThenCallback(this, std::move(task), std::move(finished));
}

void MainWindow::autosaveNow()
{
    if (!isWindowModified() || m_restoring)
        return;
    const QString casePath = m_casePath;
    auto finished = [this, casePath](const QString& error) {
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
            emit autosaved(false);
            return;
        }
        // Saved (or discarded) while the worker wrote: that recovery file is stale.
        if (!isWindowModified() || casePath != m_casePath)
            Report::Case::discardRecovery(casePath);
        emit autosaved(true);
    };
    Report::Case theCase = buildCase();
    auto task = [theCase, casePath] {
        auto result = theCase.saveRecovery(casePath);
        return result ? QString() : result.error().message;
    };
    if (rawSize(theCase) < BigCase) {
        finished(task());
        return;
    }
    AsyncTask::runThenCallback(this, std::move(task), std::move(finished));
}

void MainWindow::offerRecovery()
{
    QStringList candidates{QString()};
    for (const QString& recent : AppSettings::instance()->recentFiles()) {
        if (isCasePath(recent))
            candidates.append(recent);
    }
    for (const QString& casePath : std::as_const(candidates)) {
        if (!Report::Case::hasRecovery(casePath))
            continue;
        const QString recoveryPath = Report::Case::recoveryPath(casePath);
        RecoveryDialog dialog(casePath, QFileInfo(recoveryPath).lastModified(), this);
        dialog.exec();
        switch (dialog.choice()) {
        case RecoveryDialog::Restore:
            loadCase(recoveryPath, true, casePath);
            return;
        case RecoveryDialog::Discard:
            Report::Case::discardRecovery(casePath);
            break;
        case RecoveryDialog::Later:
            break;
        }
    }
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Next to the saved case, else in Documents (FileDialog), never in the folder last opened.
    const QString suggested = m_casePath.isEmpty()
        ? dialog.suggestedFileName(tr("report"))
        : QFileInfo(m_casePath).dir().filePath(dialog.suggestedFileName(QFileInfo(m_casePath).completeBaseName()));
    QString path = FileDialog::instance()->getSaveFileName(this, tr("Export Report"), suggested, dialog.fileFilter());
    if (path.isEmpty())
        return;
    if (CaseExport::formatFromPath(path) != dialog.format())
        path += u'.' + CaseExport::formatToken(dialog.format());
    Report::ReportOptions options;
    options.redact = dialog.redact();
    options.transcripts = dialog.transcripts();
    exportReport(path, dialog.format(), options);
}

void MainWindow::exportReport(const QString& path, CaseExport::Format format, const Report::ReportOptions& options,
                              std::function<void(bool)> done)
{
    m_statusLabel->setText(tr("Writing the report…"));
    m_exportAction->setEnabled(false);
    // Building, rendering (PDF layout) and writing all run on a worker: QTextDocument and
    // QPdfWriter are reentrant.
    AsyncTask::runThenCallback(
        this,
        [theCase = buildCase(), path, format, options] {
            auto result = CaseExport::writeReport(theCase, path, format, options);
            return result ? QString() : result.error().message;
        },
        [this, path, done](const QString& error) {
            m_exportAction->setEnabled(true);
            if (!error.isEmpty()) {
                m_statusLabel->setText(tr("The report was not written."));
                showCaseError(tr("Could not export the report"), error);
            } else {
                m_statusLabel->setText(tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(path)));
            }
            if (done)
                done(error.isEmpty());
        });
}

void MainWindow::compareMessages()
{
    m_workspaceTabs->setCurrentWidget(m_diffPage);
    const int rows = m_caseModel->rowCount();
    if (rows < 2)
        return;
    // The selected message against another one of the case (the first other).
    int current = m_inputsView->currentIndex().isValid() ? m_inputsView->currentIndex().row() : 0;
    current = std::clamp(current, 0, rows - 1);
    const int other = current == 0 ? 1 : 0;
    MessageDocumentPtr a = m_caseModel->document(current);
    MessageDocumentPtr b = m_caseModel->document(other);
    if (a && b)
        m_diffPage->compare(a, b);
}

Report::RecheckOptions MainWindow::recheckOptions()
{
    const DnsConfig config = ResolverFactory::config();
    Report::RecheckOptions options;
    options.resolver = config.options;
    options.overlay = config.overlay;
    return options;
}

void MainWindow::recheckCase()
{
    if (isRechecking())
        return;
    m_recheck = new Report::Recheck(this);
    m_recheck->setObjectName(QStringLiteral("recheck"));
    connect(m_recheck, &Report::Recheck::progress, this, [this](int done, int total) {
        m_statusLabel->setText(tr("Re-checking the case… %1 of %2").arg(done).arg(total));
    });
    Report::Recheck* recheck = m_recheck;
    connect(recheck, &Report::Recheck::finished, this, [this, recheck] {
        const Report::RecheckResult& result = recheck->result();
        if (!result.cancelled) {
            // Recorded next to the old evidence (a "recheck" check), never over it.
            Report::applyRecheck(m_caseBase, result);
            m_recheckFindings = result.findings;
            markModified();
            updateFindingsDock();
            m_findingsDock->show();
            m_statusLabel->setText(result.changes.isEmpty()
                                       ? tr("Re-check: nothing changed since the case was recorded.")
                                       : tr("Re-check: %n change(s) since the case was recorded.", nullptr,
                                            int(result.changes.size())));
        } else {
            m_statusLabel->setText(tr("Re-check cancelled."));
        }
        recheck->deleteLater();
        emit recheckFinished();
    });
    m_statusLabel->setText(tr("Re-checking the case…"));
    m_recheck->start(buildCase(), recheckOptions());
}

} // namespace Deliverbench::Gui
