// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/BatchPage.h"

#include "models/BatchAuthRunner.h"
#include "models/BatchFilterProxyModel.h"
#include "models/BatchTableModel.h"
#include "report/BatchSummary.h"
#include "report/Bounce.h"
#include "report/Case.h"
#include "util/AsyncTask.h"
#include "util/FileDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace Deliverbench::Gui {

namespace {

/** Messages up to this size are read back on the UI thread; bigger ones in the pool. */
constexpr qint64 kSyncReadBytes = 4 * 1024 * 1024;

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

/** RFC 4180 field; text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
QString csvField(QString value, bool text)
{
    if (text && !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QList<QPair<QString, int>> byCountDescending(const QMap<QString, int>& map)
{
    QList<QPair<QString, int>> items;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        items.append({it.key(), it.value()});
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return items;
}

/**
 * @short Sizes the text columns to their contents, each capped so no column pushes the others off
 * screen; Subject takes the remaining width. The user can still drag every column.
 */
void fitColumns(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    const int em = view->fontMetrics().averageCharWidth();
    const struct {
        int column;
        int maxChars;
    } columns[] = {
        {BatchTableModel::DateColumn, 26},     {BatchTableModel::FromColumn, 40},
        {BatchTableModel::FromDomainColumn, 30}, {BatchTableModel::DkimDomainColumn, 30},
        {BatchTableModel::BounceCauseColumn, 30}, {BatchTableModel::ReceivingDomainColumn, 30},
    };
    for (const auto& [column, maxChars] : columns) {
        view->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), maxChars * em));
    }
}

} // namespace

BatchPage::BatchPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_model(new BatchTableModel(this))
    , m_proxy(new BatchFilterProxyModel(this))
{
    setObjectName(QStringLiteral("batchPage"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    // Ctrl+B / Ctrl+Shift+B belong to the main window's Tools menu ("Batch Triage…"), which
    // switches to this tab and triggers these.
    m_openFileAction = makeAction(this, QStringLiteral("actionBatchOpenFile"), tr("Open &Mbox or Message Files…"),
                                  QKeySequence());
    m_openFileAction->setStatusTip(tr("Triage an mbox of bounces or seed copies, or a set of .eml files"));
    m_openFolderAction = makeAction(this, QStringLiteral("actionBatchOpenFolder"), tr("Open &Folder or Maildir…"),
                                    QKeySequence());
    m_exportAction = makeAction(this, QStringLiteral("actionBatchExportCsv"), tr("&Export Table as CSV…"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    // Not Escape: the window's "Cancel Loading" has it, and two actions on one key fire neither.
    m_cancelAction = makeAction(this, QStringLiteral("actionBatchCancel"), tr("Cancel Batch Scan"),
                                QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);
    connect(m_openFileAction, &QAction::triggered, this, [this] {
        raiseTab();
        const QStringList paths = FileDialog::instance()->getOpenFileNames(
            this, tr("Open Mbox or Messages for Batch Triage"),
            tr("Mailboxes and messages (*.mbox *.mbx *.eml *.msg *.txt);;All files (*)"));
        if (!paths.isEmpty())
            openPaths(paths);
    });
    connect(m_openFolderAction, &QAction::triggered, this, [this] {
        raiseTab();
        const QString path = FileDialog::instance()->getExistingDirectory(this, tr("Open Folder or Maildir for Batch Triage"));
        if (!path.isEmpty())
            openPaths({path});
    });
    connect(m_exportAction, &QAction::triggered, this, &BatchPage::chooseAndExport);
    connect(m_cancelAction, &QAction::triggered, this, &BatchPage::cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* bar = new QHBoxLayout;
    m_openButton = new QToolButton(this);
    m_openButton->setObjectName(QStringLiteral("batchOpenButton"));
    m_openButton->setText(tr("Open folder or mbox…"));
    m_openButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_openButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* openMenu = new QMenu(m_openButton);
    openMenu->addAction(m_openFileAction);
    openMenu->addAction(m_openFolderAction);
    m_openButton->setMenu(openMenu);
    connect(m_openButton, &QToolButton::clicked, m_openFileAction, &QAction::trigger);
    bar->addWidget(m_openButton);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("batchFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by From, subject, domain or cause…"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setTextFilter(text.trimmed());
        updateCountLabel();
    });
    bar->addWidget(m_filterEdit, 1);

    m_verdictFilter = new QComboBox(this);
    m_verdictFilter->setObjectName(QStringLiteral("batchVerdictFilter"));
    m_verdictFilter->setToolTip(tr("Show only messages with this verdict or bounce cause"));
    fillVerdictFilter();
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setVerdictFilter(m_verdictFilter->currentData().toString());
        updateCountLabel();
    });
    bar->addWidget(m_verdictFilter);

    m_authCheck = new QCheckBox(tr("Check &authentication"), this);
    m_authCheck->setObjectName(QStringLiteral("batchAuthCheck"));
    m_authCheck->setToolTip(tr("SPF, DKIM and DMARC verdict of every message (DNS lookups, 8 messages at a time)"));
    m_authCheck->setChecked(true);
    bar->addWidget(m_authCheck);
    m_authLabel = new QLabel(this);
    m_authLabel->setObjectName(QStringLiteral("batchAuthLabel"));
    bar->addWidget(m_authLabel);

    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("batchExportButton"));
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setFormat(tr("Reading… %p%"));
    progressRow->addWidget(m_progress, 1);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("batchCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchPage::cancel);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("batchNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("batchSplitter"));
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("batchTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BatchTableModel::IndexColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(BatchTableModel::IndexColumn, 56);
    m_view->horizontalHeader()->resizeSection(BatchTableModel::FromColumn, 200);
    m_view->horizontalHeader()->resizeSection(BatchTableModel::SubjectColumn, 260);
    m_view->horizontalHeader()->setSectionResizeMode(BatchTableModel::SubjectColumn, QHeaderView::Stretch);
    for (int column : {int(BatchTableModel::SpfColumn), int(BatchTableModel::DkimColumn), int(BatchTableModel::DmarcColumn)})
        m_view->horizontalHeader()->resizeSection(column, 70);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(m_proxy->mapToSource(index).row()); });
    splitter->addWidget(m_view);

    m_summary = new QTreeWidget(splitter);
    m_summary->setObjectName(QStringLiteral("batchSummaryTree"));
    m_summary->setColumnCount(2);
    m_summary->setHeaderLabels({tr("Summary"), tr("Count")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->header()->setStretchLastSection(false);
    m_summary->setRootIsDecorated(true);
    m_summary->setToolTip(tr("Click a group to show only its messages; click \"Messages\" to show all"));
    connect(m_summary, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QString dimension = item->data(0, Qt::UserRole + 1).toString();
        if (dimension.isEmpty())
            setGroupFilter({}, {});
        else
            setGroupFilter(dimension, item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 2).toString());
    });
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_drainTimer = new QTimer(this);
    m_drainTimer->setInterval(100);
    connect(m_drainTimer, &QTimer::timeout, this, &BatchPage::drain);
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(500);
    connect(m_summaryTimer, &QTimer::timeout, this, &BatchPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BatchPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BatchPage::updateCountLabel);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("batchCountLabel"));
    bar->insertWidget(1, m_countLabel);

    m_auth = new BatchAuthRunner(m_model, this);
    connect(m_authCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            enqueueUnchecked();
        } else {
            m_auth->cancel();
            m_authLabel->clear();
        }
    });
    connect(m_auth, &BatchAuthRunner::progress, this, [this](int done, int total) {
        m_authLabel->setText(done < total ? tr("Authentication %1/%2…").arg(done).arg(total)
                                          : tr("Authentication checked"));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_model->hasVerdicts() && m_verdictFilter->findData(QStringLiteral("dmarc:fail")) < 0)
            fillVerdictFilter();
        if (!m_summaryTimer->isActive())
            m_summaryTimer->start();
    });

    setBusy(false);
    updateSummary();
    updateCountLabel();
    attachShortcutsToWindow();
}

void BatchPage::setAuthEnabled(bool enabled)
{
    m_authCheck->setChecked(enabled);
}

bool BatchPage::authEnabled() const
{
    return m_authCheck->isChecked();
}

void BatchPage::enqueueUnchecked()
{
    m_auth->cancel();
    const QList<BatchRow>& rows = m_model->rows();
    int first = -1;
    for (int i = 0; i <= rows.size(); ++i) {
        const bool pending = i < rows.size() && rows.at(i).dmarc.isEmpty();
        if (pending && first < 0)
            first = i;
        if (!pending && first >= 0) {
            m_auth->enqueue(first, i - 1);
            first = -1;
        }
    }
}

BatchPage::~BatchPage()
{
    if (m_watcher)
        m_watcher->cancel();
}

QString BatchPage::title() const
{
    return tr("Batch");
}

void BatchPage::setDocument(MessageDocumentPtr document)
{
    // The batch is independent of the selected case input.
    Q_UNUSED(document);
    attachShortcutsToWindow();
}

bool BatchPage::event(QEvent* event)
{
    if (event->type() == QEvent::ParentChange)
        attachShortcutsToWindow();
    return WorkspacePage::event(event);
}

void BatchPage::attachShortcutsToWindow()
{
    // The export action works from every tab: they live on the top-level window, which is visible
    // whenever this page is not (a hidden page's shortcuts are inactive).
    QWidget* top = window();
    for (QAction* action : {m_exportAction}) {
        if (!top->actions().contains(action))
            top->addAction(action);
    }
}

void BatchPage::raiseTab()
{
    for (QWidget* w = parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            tabs->setCurrentWidget(this);
            return;
        }
    }
}

void BatchPage::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    cancel();
    m_auth->cancel();
    m_authLabel->clear();
    m_model->clear();
    fillVerdictFilter();
    m_errors.clear();
    m_truncated = false;
    m_paths = paths;
    m_proxy->setGroupFilter({}, {});
    m_notice->setVisible(false);
    updateSummary();
    const QStringList inputs = paths;
    auto queue = std::make_shared<BatchChunkQueue>();
    m_queue = queue;
    auto* watcher = new QFutureWatcher<void>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (watcher != m_watcher)
            return;
        m_progress->setValue(value);
        if (m_statusProgress)
            m_statusProgress->setValue(value);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        drain();
        onScanDone(watcher->isCanceled());
    });
    setBusy(true);
    const QString name = paths.size() == 1 ? QFileInfo(paths.constFirst()).fileName() : tr("%n inputs", nullptr, int(paths.size()));
    emit statusMessage(tr("Reading %1 for batch triage…").arg(name));
    watcher->setFuture(QtConcurrent::run(
        [inputs, queue](QPromise<void>& promise) { BatchScanner::scan(promise, inputs, queue); }));
    m_drainTimer->start();
}

void BatchPage::drain()
{
    if (!m_queue)
        return;
    const QList<BatchChunk> chunks = m_queue->takeAll();
    for (const BatchChunk& chunk : chunks) {
        const int first = m_model->rowCount();
        m_model->appendRows(chunk.rows);
        if (m_authCheck->isChecked() && !chunk.rows.isEmpty())
            m_auth->enqueue(first, m_model->rowCount() - 1);
        m_errors.append(chunk.errors);
        m_truncated = m_truncated || chunk.truncated;
    }
    if (!chunks.isEmpty() && !m_summaryTimer->isActive())
        m_summaryTimer->start();
}

void BatchPage::cancel()
{
    if (!m_watcher)
        return;
    QFutureWatcher<void>* watcher = m_watcher;
    // Rows delivered so far stay; the worker stops before its next message (what it still
    // pushes goes to a queue nobody drains any more).
    drain();
    m_queue.reset();
    disconnect(watcher, nullptr, this, nullptr);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->cancel();
    m_watcher = nullptr;
    onScanDone(true);
}

void BatchPage::onScanDone(bool cancelled)
{
    m_watcher = nullptr;
    m_ranAt = QDateTime::currentDateTimeUtc();
    m_drainTimer->stop();
    m_queue.reset();
    setBusy(false);
    updateSummary();
    updateCountLabel();
    fitColumns(m_view);
    QStringList notes;
    if (cancelled)
        notes << tr("Cancelled after %n message(s).", nullptr, m_model->rowCount());
    if (m_truncated)
        notes << tr("Only the first %n messages were read.", nullptr, BatchScanner::MaxRows);
    if (!m_errors.isEmpty())
        notes << tr("Skipped: %1").arg(m_errors.join(QStringLiteral("; ")));
    m_notice->setText(notes.join(u' '));
    m_notice->setVisible(!notes.isEmpty());
    emit statusMessage(cancelled ? tr("Batch scan cancelled.")
                                 : tr("Batch: %n message(s) read.", nullptr, m_model->rowCount()));
    emit modified();
    emit scanFinished();
}

void BatchPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    m_progress->setValue(0);
    auto* mainWindow = qobject_cast<QMainWindow*>(window());
    if (busy && mainWindow != nullptr && !m_statusProgress) {
        m_statusProgress = new QProgressBar(mainWindow->statusBar());
        m_statusProgress->setObjectName(QStringLiteral("batchStatusProgress"));
        m_statusProgress->setRange(0, 1000);
        m_statusProgress->setMaximumWidth(160);
        m_statusProgress->setFormat(tr("Batch %p%"));
        m_statusCancel = new QPushButton(tr("Cancel Batch"), mainWindow->statusBar());
        m_statusCancel->setObjectName(QStringLiteral("batchStatusCancel"));
        connect(m_statusCancel, &QPushButton::clicked, this, &BatchPage::cancel);
        mainWindow->statusBar()->addPermanentWidget(m_statusProgress);
        mainWindow->statusBar()->addPermanentWidget(m_statusCancel);
    } else if (!busy) {
        delete m_statusProgress;
        delete m_statusCancel;
    }
}

void BatchPage::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n message(s)", nullptr, total)
                                         : tr("%1 of %n message(s)", nullptr, total).arg(shown));
    m_exportAction->setEnabled(shown > 0);
    m_exportButton->setEnabled(shown > 0);
}

void BatchPage::fillVerdictFilter()
{
    const QString current = m_verdictFilter->currentData().toString();
    QSignalBlocker blocker(m_verdictFilter);
    m_verdictFilter->clear();
    m_verdictFilter->addItem(tr("All messages"), QString());
    QStringList keys{QStringLiteral("bounce")};
    using Report::BounceCause;
    for (BounceCause cause : {BounceCause::UnknownUser, BounceCause::MailboxFull, BounceCause::Policy,
                              BounceCause::Reputation, BounceCause::Authentication, BounceCause::Temporary,
                              BounceCause::Other})
        keys << QStringLiteral("cause:") + Report::bounceCauseToken(cause);
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info, Severity::Pass})
        keys << QStringLiteral("severity:") + severityToken(severity);
    keys << QStringLiteral("signature:none");
    if (m_model->hasVerdicts()) {
        for (const char* method : {"dmarc", "dkim", "spf"}) {
            for (const char* result : {"pass", "fail", "none"})
                keys << QString::fromLatin1(method) + u':' + QString::fromLatin1(result);
        }
    }
    for (const QString& key : std::as_const(keys))
        m_verdictFilter->addItem(BatchTableModel::verdictKeyLabel(key), key);
    const int index = m_verdictFilter->findData(current);
    m_verdictFilter->setCurrentIndex(std::max(index, 0));
}

void BatchPage::updateSummary()
{
    // The counting is core/report/BatchSummary's, the same as `deliverbench-cli inspect|auth --summary`.
    const Report::BatchSummary summary = m_model->summary();
    const Report::BounceSummary& bounceSummary = summary.bounces();
    m_summary->clear();
    const auto leaf = [](QTreeWidgetItem* parent, const QString& label, const QString& dimension, const QString& key,
                         int count) {
        auto* item = new QTreeWidgetItem(parent, {label, QLocale().toString(count)});
        item->setData(0, Qt::UserRole, key);
        item->setData(0, Qt::UserRole + 1, dimension);
        item->setData(1, Qt::UserRole, count);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    const auto top = [this](const QString& title, const QString& name, int count) {
        auto* group = new QTreeWidgetItem(m_summary, {title, count >= 0 ? QLocale().toString(count) : QString()});
        group->setData(0, Qt::UserRole, name);
        group->setData(1, Qt::UserRole, count);
        group->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return group;
    };
    const auto addCounts = [&](const QString& title, const QString& name, const QMap<QString, int>& map,
                               const std::function<QString(const QString&)>& label) {
        auto* group = top(title, name, 0);
        int total = 0;
        for (const auto& [key, count] : byCountDescending(map)) {
            leaf(group, label(key), name, key, count);
            total += count;
        }
        group->setText(1, QLocale().toString(total));
        group->setData(1, Qt::UserRole, total);
    };
    const bool verdicts = m_model->hasVerdicts();
    const auto verdictLabel = [verdicts](const QString& key) {
        if (key == QStringLiteral("pending"))
            return tr("DMARC not checked yet");
        return BatchTableModel::verdictKeyLabel((verdicts ? QStringLiteral("dmarc:") : QStringLiteral("severity:")) + key);
    };
    const auto causeLabel = [](const QString& key) {
        return BatchTableModel::verdictKeyLabel(QStringLiteral("cause:") + key);
    };

    top(tr("Messages"), QStringLiteral("messages"), summary.messages());
    top(tr("Bounces (DSNs)"), QStringLiteral("bounces"), bounceSummary.bounces);

    auto* groups = top(verdicts ? tr("Groups: sending domain · DKIM d= · DMARC")
                                : tr("Groups: sending domain · DKIM d= · worst finding"),
                       QStringLiteral("groups"), summary.messages());
    const QList<Report::BatchGroup> groupList = summary.groups();
    for (qsizetype i = 0; i < groupList.size() && i < 500; ++i) {
        const Report::BatchGroup& g = groupList.at(i);
        const QString label = (g.sendingDomain.isEmpty() ? tr("(none)") : g.sendingDomain) + QStringLiteral(" · ")
                              + (g.dkimDomains.isEmpty() ? tr("(unsigned)") : g.dkimDomains) + QStringLiteral(" · ")
                              + verdictLabel(g.verdict);
        leaf(groups, label, QStringLiteral("group"), Report::BatchSummary::groupKey(g), g.count);
    }

    const auto plain = [](const QString& key) { return key; };
    addCounts(tr("By sending domain"), QStringLiteral("sendingDomain"), summary.bySendingDomain(), plain);
    addCounts(tr("By DKIM d="), QStringLiteral("dkimDomain"), summary.byDkimDomain(), plain);
    addCounts(verdicts ? tr("By DMARC verdict") : tr("By worst finding"), QStringLiteral("verdict"), summary.byVerdict(),
              verdictLabel);
    addCounts(tr("Bounced recipients by cause"), QStringLiteral("cause"), bounceSummary.byCause, causeLabel);

    auto* domains = top(tr("Bounced recipients by receiving domain"), QStringLiteral("receivingDomain"),
                        bounceSummary.recipients);
    QMap<QString, int> perDomain;
    for (auto it = bounceSummary.byDomain.cbegin(); it != bounceSummary.byDomain.cend(); ++it) {
        int total = 0;
        for (int count : it.value())
            total += count;
        perDomain.insert(it.key(), total);
    }
    for (const auto& [domain, total] : byCountDescending(perDomain)) {
        QTreeWidgetItem* item = leaf(domains, domain, QStringLiteral("receivingDomain"), domain, total);
        for (const auto& [cause, count] : byCountDescending(bounceSummary.byDomain.value(domain))) {
            QTreeWidgetItem* child = leaf(item, causeLabel(cause), QStringLiteral("receivingDomain"), domain, count);
            child->setData(0, Qt::UserRole + 2, cause);
        }
    }
    // Expanded once filled (an item without children does not keep its expanded state).
    for (int i = 0; i < m_summary->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_summary->topLevelItem(i);
        item->setExpanded(item != groups || groupList.size() <= 20);
    }
}

void BatchPage::setGroupFilter(const QString& dimension, const QString& key, const QString& cause)
{
    m_proxy->setGroupFilter(dimension, key, cause);
    updateCountLabel();
}

void BatchPage::saveToCase(Report::Case& theCase) const
{
    if (m_model->rowCount() == 0)
        return;
    QJsonArray rows;
    for (const BatchRow& row : m_model->rows()) {
        if (rows.size() >= kMaxSavedRows)
            break;
        rows.append(BatchTableModel::rowToJson(row));
    }
    QJsonObject result{
        {QStringLiteral("sources"), QJsonArray::fromStringList(m_paths)},
        {QStringLiteral("verdicts"), m_model->hasVerdicts() ? QStringLiteral("dmarc") : QStringLiteral("severity")},
        {QStringLiteral("summary"), m_model->summary().toJson()},
        {QStringLiteral("rows"), rows},
    };
    if (m_truncated)
        result.insert(QStringLiteral("truncated"), true);
    if (rows.size() < m_model->rowCount())
        result.insert(QStringLiteral("rowsSaved"), int(rows.size()));
    Report::CaseCheck check;
    check.kind = QStringLiteral("batch");
    check.input = m_paths.join(QStringLiteral("; "));
    check.ranAt = m_ranAt.isValid() ? m_ranAt : QDateTime::currentDateTimeUtc();
    check.result = result;
    theCase.addCheck(check);
}

void BatchPage::restoreFromCase(const Report::Case& theCase)
{
    const Report::CaseCheck* latest = nullptr;
    for (const Report::CaseCheck& check : theCase.checks) {
        if (check.kind == QStringLiteral("batch") && (latest == nullptr || check.ranAt >= latest->ranAt))
            latest = &check;
    }
    cancel();
    m_auth->cancel();
    m_authLabel->clear();
    m_errors.clear();
    m_notice->setVisible(false);
    m_proxy->setGroupFilter({}, {});
    QList<BatchRow> rows;
    m_paths.clear();
    m_truncated = false;
    m_ranAt = {};
    if (latest != nullptr) {
        const QJsonArray sources = latest->result.value(QStringLiteral("sources")).toArray();
        for (const QJsonValue& value : sources) {
            if (m_paths.size() < 1000)
                m_paths.append(value.toString());
        }
        const QJsonArray saved = latest->result.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue& value : saved) {
            if (rows.size() >= BatchScanner::MaxRows)
                break;
            rows.append(BatchTableModel::rowFromJson(value.toObject()));
        }
        m_truncated = latest->result.value(QStringLiteral("truncated")).toBool();
        m_ranAt = latest->ranAt;
    }
    m_model->setRows(rows);
    fillVerdictFilter();
    updateSummary();
    updateCountLabel();
    fitColumns(m_view);
}

void BatchPage::openRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    const BatchRow row = m_model->row(sourceRow);
    const QString title = QStringLiteral("%1 #%2").arg(QFileInfo(row.file).fileName()).arg(row.index + 1);
    auto deliver = [this, title](const Result<QByteArray>& raw) {
        if (!raw) {
            emit statusMessage(raw.error().message);
            return;
        }
        emit openMessageRequested(*raw, title);
    };
    if (row.length <= kSyncReadBytes) {
        deliver(BatchScanner::readRaw(row));
        return;
    }
    emit statusMessage(tr("Reading message %1…").arg(row.index + 1));
    AsyncTask::runThenCallback(this, [row] { return BatchScanner::readRaw(row); }, deliver);
}

bool BatchPage::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto writeLine = [&file](const QStringList& fields) {
        file.write(fields.join(u',').toUtf8());
        file.write("\r\n");
    };
    QStringList header;
    for (int column = 0; column < BatchTableModel::ColumnCount; ++column)
        header << csvField(m_model->headerData(column, Qt::Horizontal).toString(), false);
    writeLine(header);
    const int rows = m_proxy->rowCount();
    for (int i = 0; i < rows; ++i) {
        const int sourceRow = m_proxy->mapToSource(m_proxy->index(i, 0)).row();
        const QStringList values = m_model->csvFields(sourceRow);
        QStringList fields;
        for (int column = 0; column < values.size(); ++column)
            fields << csvField(values.at(column), column != BatchTableModel::IndexColumn);
        writeLine(fields);
    }
    if (!file.commit()) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit statusMessage(tr("Exported %n row(s) to %1.", nullptr, rows).arg(QFileInfo(path).fileName()));
    return true;
}

void BatchPage::chooseAndExport()
{
    raiseTab();
    if (m_proxy->rowCount() == 0)
        return;
    const QString path = FileDialog::instance()->getSaveFileName(this, tr("Export Batch Table"), QStringLiteral("batch.csv"));
    if (!path.isEmpty())
        exportCsv(path);
}

void BatchPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void BatchPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace Deliverbench::Gui
