// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"

#include <QFutureWatcher>
#include <QList>
#include <QMainWindow>
#include <QPointer>

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

class CaseInputsModel;
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

signals:
    /** @short A load job finished (also when it failed or was cancelled). */
    void loadFinished();

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
};

} // namespace Deliverbench::Gui
