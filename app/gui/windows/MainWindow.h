// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/CaseExport.h"
#include "document/MessageDocument.h"
#include "report/Case.h"
#include "report/Recheck.h"

#include <QFutureWatcher>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;

namespace Deliverbench::Gui {

class BatchPage;
class CaseInputsModel;
class DiffPage;
class FindingsPanel;
class MessagePage;
class WorkspacePage;

/**
 * @short The Deliverbench main window: case inputs on the left, workspace tabs in the
 * centre, findings in a dock. Inputs are parsed and linted off the UI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** @short Opens files, mbox files or Maildir folders (the command-line path). */
    void openPaths(const QStringList& paths);
    /** @short Opens a message (or header block) held in memory. */
    void openBytes(const QByteArray& bytes, const QString& origin);
    /** @short Opens the bundled sample case (resources/samples). */
    void openSampleCase();
    /** @short Opens the sample case when there are no recent files and it was never shown. */
    void openSampleCaseOnFirstStart();
    /** @short Pastes a message from the clipboard. */
    void pasteMessage();
    /** @short Cancels the running load and drops the queued ones. */
    void cancelLoading();

    /** @short Adds a centre tab; it receives every selected input (extension point for later tabs). */
    void addWorkspacePage(WorkspacePage* page);
    QList<WorkspacePage*> workspacePages() const { return m_pages; }

    bool isLoading() const { return m_watcher != nullptr; }
    CaseInputsModel* caseModel() const { return m_caseModel; }
    MessagePage* messagePage() const { return m_messagePage; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    MessageDocumentPtr currentDocument() const { return m_current; }
    void selectInput(int row);

    // --- Case handling (File menu; docs/case-format.md) ---
    /** @short The open case file, empty for an untitled case. */
    QString casePath() const { return m_casePath; }
    /** @short The case as it would be saved: the inputs' raw bytes plus every page's saveToCase(). */
    Report::Case buildCase() const;
    /** @short Opens a .dbcase (asks to save unsaved changes first); errors are shown in a dialog. */
    void openCaseFile(const QString& path);
    /** @short Saves to `path` (atomic; off the UI thread for big cases); `done(ok)` runs afterwards. */
    void saveCaseTo(const QString& path, std::function<void(bool)> done = {});
    /** @short Writes the recovery file now when there are unsaved changes (what the autosave timer does). */
    void autosaveNow();
    /** @short Offers to restore a recovery file left by a crash (untitled, then the recent cases). */
    void offerRecovery();
    /** @short Exports the report of the current case (PDF off the UI thread); `done(ok)` afterwards. */
    void exportReport(const QString& path, CaseExport::Format format, const Report::ReportOptions& options,
                      std::function<void(bool)> done = {});
    /** @short The message of the last case error dialog (tests). */
    QString lastCaseError() const { return m_lastCaseError; }
    bool isSavingCase() const { return m_savesRunning > 0; }
    bool isRechecking() const { return m_recheck && m_recheck->isRunning(); }
    /** @short Findings of the last Re-check (also in the findings dock). */
    const Findings& recheckFindings() const { return m_recheckFindings; }
    BatchPage* batchPage() const { return m_batchPage; }
    DiffPage* diffPage() const { return m_diffPage; }
    /** @short Tools > "Compare Messages…": the Diff tab, with the current and another case message preselected. */
    void compareMessages();
    /** @short The re-check options of the GUI: the DNS settings (servers, timeout, what-if zone) of ResolverFactory. */
    static Report::RecheckOptions recheckOptions();
    /** @short Seconds between autosaves while there are unsaved changes (setting Case/AutosaveSeconds). */
    static int autosaveSeconds();

signals:
    /** @short A load job finished (also when it failed or was cancelled). */
    void loadFinished();
    /** @short An opened case was restored into the window (or opening it failed: ok false). */
    void caseOpened(bool ok);
    void caseSaved(bool ok);
    void recheckFinished();
    /** @short A recovery file was written (ok) or could not be (autosave). */
    void autosaved(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createWorkspace();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void updateRecentMenu();
    void updateActions();
    void enqueue(QList<LoadSource> sources, bool selectFirst = true);
    void startNext();
    void onLoadFinished(const LoadResultPtr& result, bool selectFirst);
    void showProgress(bool visible);
    void setCurrentDocument(MessageDocumentPtr document);
    /** @short The dock shows the selected message's findings, then every page's. */
    void updateFindingsDock();
    void onFindingActivated(const Finding& finding);
    void openDialog();
    void openFolderDialog();
    void closeCurrentInput();
    void showSettings();
    void showAbout();

    void createCaseActions();
    void newCase();
    void openCaseDialog();
    bool saveCase();
    bool saveCaseAs();
    void exportDialog();
    void recheckCase();
    /** @short Runs `proceed` unless the user cancels the Save/Discard/Cancel prompt (or the save fails). */
    void maybeSave(std::function<void()> proceed);
    void loadCase(const QString& path, bool fromRecovery, const QString& casePath);
    void restoreCase(const Report::Case& theCase, const QList<MessageDocumentPtr>& documents, const QString& path,
                     bool dirty);
    void resetCase();
    void markModified();
    void updateTitle();
    void showCaseError(const QString& title, const QString& message);

    struct Job
    {
        QList<LoadSource> sources;
        bool selectFirst = true;
    };

    CaseInputsModel* m_caseModel;
    QSplitter* m_splitter = nullptr;
    QListView* m_inputsView = nullptr;
    QTabWidget* m_workspaceTabs = nullptr;
    MessagePage* m_messagePage = nullptr;
    QList<WorkspacePage*> m_pages;
    QDockWidget* m_findingsDock = nullptr;
    FindingsPanel* m_findings = nullptr;
    MessageDocumentPtr m_current;

    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QTimer* m_progressDelay = nullptr;
    QPointer<QFutureWatcher<LoadResultPtr>> m_watcher;
    QList<Job> m_queue;

    QMenu* m_recentMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_savePartAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QList<QAction*> m_subPageActions;
    QAction* m_nextInputAction = nullptr;
    QAction* m_previousInputAction = nullptr;
    QAction* m_findFilterAction = nullptr;
    QAction* m_toggleFindingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_batchTriageAction = nullptr;
    QAction* m_batchTriageFolderAction = nullptr;
    QAction* m_compareAction = nullptr;
    QList<QAction*> m_tabActions;
    BatchPage* m_batchPage = nullptr;
    DiffPage* m_diffPage = nullptr;

    QAction* m_newCaseAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_saveCaseAction = nullptr;
    QAction* m_saveCaseAsAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_recheckAction = nullptr;
    QString m_casePath;
    Report::Case m_caseBase;              ///< what the opened case holds beyond the window's inputs
    QString m_lastCaseError;
    QTimer* m_autosaveTimer = nullptr;
    bool m_restoring = false;
    bool m_closeApproved = false;
    int m_savesRunning = 0;
    quint64 m_changeCount = 0;            ///< bumped by markModified(): a save clears [*] only if unchanged since
    QPointer<Report::Recheck> m_recheck;
    Findings m_recheckFindings;
};

} // namespace Deliverbench::Gui
