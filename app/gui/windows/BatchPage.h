// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/BatchScanner.h"
#include "windows/WorkspacePage.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace Deliverbench::Gui {

class BatchFilterProxyModel;
class BatchTableModel;
class BatchAuthRunner;

/**
 * @short The Batch tab: triage of an mbox, Maildir or folder of bounces or seed copies. One row
 * per message (verdicts, bounce cause and receiving domain, worst finding), sorting, filters,
 * a summary, CSV export; a row opens as a message of the case.
 */
class BatchPage : public WorkspacePage
{
    Q_OBJECT
public:
    explicit BatchPage(QWidget* parent = nullptr);
    ~BatchPage() override;

    QString title() const override;
    void setDocument(MessageDocumentPtr document) override;
    /** @short The batch as a "batch" check: source paths, BatchSummary::toJson() and the rows (docs/case-format.md). */
    void saveToCase(Report::Case& theCase) const override;
    /** @short Shows the latest "batch" check of the case (no rescan); no such check: an empty batch. */
    void restoreFromCase(const Report::Case& theCase) override;

    /** @short Scans these files and folders (replacing the current batch); off the UI thread. */
    void openPaths(const QStringList& paths);
    /** @short Stops the running scan; the rows read so far stay. */
    void cancel();
    bool isScanning() const { return m_watcher != nullptr; }
    /** @short Opens the message of a source row (reads its bytes back from the file). */
    void openRow(int sourceRow);
    /** @short Writes the visible rows, in their shown order, as CSV (RFC 4180); false on error. */
    bool exportCsv(const QString& path);

    BatchTableModel* model() const { return m_model; }
    BatchFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QTreeWidget* summaryTree() const { return m_summary; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QComboBox* verdictFilter() const { return m_verdictFilter; }
    QAction* openFileAction() const { return m_openFileAction; }
    QAction* openFolderAction() const { return m_openFolderAction; }
    QAction* exportAction() const { return m_exportAction; }
    /** @short SPF/DKIM/DMARC verdicts for the rows (needs DNS; on by default). */
    void setAuthEnabled(bool enabled);
    bool authEnabled() const;
    BatchAuthRunner* authRunner() const { return m_auth; }
    /** @short The source paths of the batch shown. */
    QStringList paths() const { return m_paths; }
    /** @short Shows only the rows of a summary group (see BatchFilterProxyModel::setGroupFilter); "" = all. */
    void setGroupFilter(const QString& dimension, const QString& key, const QString& cause = {});
    /** @short Rows saved in a case at most (the summary always counts all of them). */
    static constexpr int kMaxSavedRows = 20000;

signals:
    /** @short A scan ended (finished, cancelled or failed). */
    void scanFinished();

protected:
    bool event(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void attachShortcutsToWindow();
    void raiseTab();
    void drain();
    void onScanDone(bool cancelled);
    void setBusy(bool busy);
    void updateSummary();
    void updateCountLabel();
    void fillVerdictFilter();
    void chooseAndExport();
    void enqueueUnchecked();

    BatchTableModel* m_model;
    BatchFilterProxyModel* m_proxy;
    QToolButton* m_openButton;
    QLineEdit* m_filterEdit;
    QComboBox* m_verdictFilter;
    QPushButton* m_exportButton;
    QLabel* m_countLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QTableView* m_view;
    QTreeWidget* m_summary;
    QLabel* m_notice;
    QCheckBox* m_authCheck;
    QLabel* m_authLabel;
    QTimer* m_summaryTimer;
    QAction* m_openFileAction;
    QAction* m_openFolderAction;
    QAction* m_exportAction;
    QAction* m_cancelAction;
    QPointer<QFutureWatcher<void>> m_watcher;
    std::shared_ptr<BatchChunkQueue> m_queue;
    QTimer* m_drainTimer;
    // Progress and Cancel in the main window's status bar while a scan runs.
    QPointer<QProgressBar> m_statusProgress;
    QPointer<QPushButton> m_statusCancel;
    QStringList m_errors;
    QStringList m_paths;
    bool m_truncated = false;
    QDateTime m_ranAt;
    BatchAuthRunner* m_auth = nullptr;
};

} // namespace Deliverbench::Gui
