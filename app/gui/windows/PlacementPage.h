// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement/PlacementResult.h"
#include "placement/SeedList.h"
#include "placement/SeedPoll.h"
#include "windows/WorkspacePage.h"

#include <QPointer>
#include <QSslCertificate>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QChartView;

namespace Deliverbench::Placement {
class PlacementRun;
}

namespace Deliverbench::Gui {

class KeychainPasswordProvider;
class PlacementMatrixModel;
class PlacementSeedModel;
class SeedListModel;

/**
 * @short The Placement tab (issue 6): a seed list editor (JSON/CSV, folder discovery with LIST
 * and SPECIAL-USE, passwords in the keychain), a campaign token, Poll with live per-seed progress
 * and Cancel, the matrix (providers × inbox/tabs/spam/missing/error), the per-seed drill-down
 * (a delivered copy opens in the Message workspace), vendor result import, a stacked bar chart
 * per provider and the inbox-rate trend across the runs kept in the placement history.
 *
 * Everything that touches the network or a file runs on the event loop or the thread pool; the
 * signals below tell tests (and the window's status bar) when it is done.
 */
class PlacementPage : public WorkspacePage
{
    Q_OBJECT
public:
    enum ResultTab { MatrixTab, SeedsTab, TrendTab };

    explicit PlacementPage(QWidget* parent = nullptr);
    ~PlacementPage() override;

    QString title() const override;
    void setDocument(MessageDocumentPtr document) override;
    Findings findings() const override;
    void saveToCase(Report::Case& theCase) const override;
    void restoreFromCase(const Report::Case& theCase) override;

    // --- actions (also what the toolbar and buttons call) ---
    /** @short Reads a seed list (.json/.csv) off the UI thread; seedListLoaded() or an error message follows. */
    void openSeedList(const QString& path);
    /** @short Writes the seed list (JSON, or CSV when the name ends in .csv). Never writes a password. */
    [[nodiscard]] Result<void> saveSeedList(const QString& path);
    void setSeedList(const Placement::SeedList& list, const QString& path = {});
    const Placement::SeedList& seedList() const;
    QString seedListPath() const { return m_seedListPath; }

    /** @short Starts polling the seed list for the token (the Poll button, Ctrl+Return). */
    void startPoll();
    /** @short Cancels a running poll (Escape). */
    void cancelPoll();
    bool isPolling() const;

    /** @short Imports a vendor's placement export with the named preset, off the UI thread. */
    void importVendorResults(const QString& path, const QString& preset = QStringLiteral("generic"));
    /** @short LIST (SPECIAL-USE) on the seed's server; fills its empty folder roles. */
    void discoverFolders(int row);
    /** @short Stores the seed's password in the keychain (never in the seed list). */
    void setPassword(int row, const QString& password);
    /** @short Fetches the seed's delivered copy whole (BODY.PEEK[]) and emits openMessageRequested(). */
    void openCopy(int resultRow);

    // --- configuration (tests, settings) ---
    /** @short Where seed passwords come from; null (default): the OS keychain. Not owned. */
    void setPasswordProvider(Placement::PasswordProvider* provider);
    KeychainPasswordProvider* keychain() const { return m_keychain; }
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCa = certificates; }
    /** @short The SQLite placement history (default: the application data folder). */
    void setHistoryPath(const QString& path);
    QString historyPath() const { return m_historyPath; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    /** @short Shows results (a stored run, an import) as if they had just been polled. */
    void showResults(const QList<Placement::SeedResult>& results, const QString& source);

    // --- widgets and models (tests drive them) ---
    QLineEdit* tokenEdit() const { return m_token; }
    QComboBox* tokenModeCombo() const { return m_tokenMode; }
    QLineEdit* headerNameEdit() const { return m_headerName; }
    QSpinBox* waitSpinBox() const { return m_wait; }
    QPushButton* pollButton() const { return m_pollButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QTableView* seedTable() const { return m_seedTable; }
    QTableView* matrixView() const { return m_matrixView; }
    QTableView* resultView() const { return m_resultView; }
    QPlainTextEdit* detailView() const { return m_detail; }
    QChartView* barChartView() const { return m_barChart; }
    QChartView* trendChartView() const { return m_trendChart; }
    QTabWidget* resultTabs() const { return m_resultTabs; }
    QAction* pollAction() const { return m_pollAction; }
    SeedListModel* seedModel() const { return m_seedModel; }
    PlacementMatrixModel* matrixModel() const { return m_matrixModel; }
    PlacementSeedModel* resultModel() const { return m_resultModel; }
    const QList<Placement::SeedResult>& results() const;
    QString lastMessage() const { return m_lastMessage; }

signals:
    void seedListLoaded(bool ok);
    void pollFinished();
    void importFinished(bool ok);
    void foldersDiscovered(int row, bool ok);
    void passwordStored(int row, bool ok);
    void copyFetchFinished(bool ok);

private:
    void buildUi();
    void updateActions();
    void onSeedUpdated(int index);
    void onRunFinished();
    void refreshSummary(const QList<Placement::SeedResult>& results);
    void refreshBarChart(const Placement::PlacementSummary& summary);
    void refreshTrend(const Placement::PlacementSummary& summary);
    void recordHistory(const QString& token, const QString& source, const QDateTime& started, const QDateTime& finished,
                       const QList<Placement::SeedResult>& results);
    void showDetail();
    void report(const QString& message);
    Placement::PasswordProvider* passwords() const;
    Placement::PollOptions pollOptions() const;
    int currentSeedRow() const;

    // seed list
    SeedListModel* m_seedModel;
    QTableView* m_seedTable;
    QString m_seedListPath;
    // run controls
    QLineEdit* m_token;
    QComboBox* m_tokenMode;
    QLineEdit* m_headerName;
    QSpinBox* m_wait;
    QPushButton* m_pollButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_runLabel;
    QAction* m_pollAction;
    QAction* m_cancelAction;
    QAction* m_openAction;
    QAction* m_saveAction;
    QAction* m_addAction;
    QAction* m_removeAction;
    QAction* m_discoverAction;
    QAction* m_passwordAction;
    QAction* m_importAction;
    QComboBox* m_presetCombo;
    // results
    QTabWidget* m_resultTabs;
    PlacementMatrixModel* m_matrixModel;
    QTableView* m_matrixView;
    PlacementSeedModel* m_resultModel;
    QTableView* m_resultView;
    QPlainTextEdit* m_detail;
    QChartView* m_barChart;
    QChartView* m_trendChart;

    KeychainPasswordProvider* m_keychain;
    Placement::PasswordProvider* m_passwords = nullptr;
    QPointer<Placement::PlacementRun> m_run;
    QList<QSslCertificate> m_extraCa;
    QString m_historyPath;
    int m_pollIntervalMs = 15000;
    Findings m_findings;
    QString m_source;        ///< "imap" or "import:<file>"
    QString m_runToken;
    QDateTime m_ranAt;
    QJsonObject m_runJson;
    QString m_lastMessage;
    bool m_busy = false;     ///< a discovery / fetch / load is running
    bool m_cancelled = false; ///< the running poll was cancelled (it is not kept in the history)
};

} // namespace Deliverbench::Gui
