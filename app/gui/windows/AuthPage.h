// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/MessageAuth.h"
#include "dns/QueryLog.h"
#include "models/AuthSignedRanges.h"
#include "util/WorkerLoop.h"
#include "windows/WorkspacePage.h"

#include <QHash>
#include <QJsonObject>

#include <QDateTime>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Deliverbench::Gui {

class AuthBadge;
class AuthSpfTraceModel;
class AuthTableModel;
class SignedRangesView;

/** @short What one authentication run produced (the verdicts and the DNS answers it used). */
struct AuthRunOutput
{
    Auth::MessageAuthResult result;
    QList<Dns::QueryLogEntry> queries;
    bool timedOut = false;
    /** @short Shown from a case (restoreFromCase): `savedJson` is what the case holds, DNS was not asked. */
    bool restored = false;
    QJsonObject savedJson;
};
using AuthRunOutputPtr = std::shared_ptr<const AuthRunOutput>;

/**
 * @short The Authentication tab: what a receiver would conclude about the selected message
 * (RFC 7208 SPF, RFC 6376 DKIM, RFC 7489 DMARC, RFC 8617 ARC), and why.
 *
 * A verdict strip, the connection the verdicts are computed for (taken from the Received hop the
 * engine chose; editable, Ctrl+R re-checks), one row per DKIM signature with the "why it broke"
 * diagnosis of the selected one, the SPF evaluation tree, the DMARC alignment table and
 * disposition, the ARC chain, the Authentication-Results comparison with the authserv-id trust
 * picker, and the bulk-sender scorecard. The run (Auth::MessageAuth) happens off the UI thread
 * with its own resolver from ResolverFactory; it can be cancelled (Esc).
 *
 * Below the sub-pages, the raw message shows what the selected DKIM signature or ARC set signs
 * (SignedRangesView: the header fields picked bottom-up per RFC 6376 §5.4.2, the signature field,
 * the body up to the l= cut; computed off the UI thread by dkimSignedRanges()/arcSignedRanges()).
 * A case's saved "auth" result is shown again for its message without asking DNS (restoreFromCase).
 */
class AuthPage : public WorkspacePage
{
    Q_OBJECT
public:
    enum SubPage { DkimPage, SpfPage, DmarcPage, ArcPage, AuthResultsPage, ScorecardPage };

    explicit AuthPage(QWidget* parent = nullptr);
    ~AuthPage() override;

    QString title() const override;
    void setDocument(MessageDocumentPtr document) override;
    bool showEvidence(const Finding& finding) override;
    Findings findings() const override;
    void saveToCase(Report::Case& theCase) const override;
    /** @short Keeps the case's "auth" results; a message of the case then shows its saved verdicts
     *  (no DNS query) until Re-check (Ctrl+R). */
    void restoreFromCase(const Report::Case& theCase) override;
    /** @short True when the result shown came from the case, not from a run. */
    bool isRestored() const { return m_output && m_output->restored; }

    /** @short Runs the checks again with the connection fields and the trust picks (Ctrl+R). */
    void recheck();
    /** @short Stops a running check (Esc); nothing of it is shown. */
    void cancel();
    bool isRunning() const { return !m_watcher.isNull(); }
    /** @short The last completed run for the current message, or null. */
    AuthRunOutputPtr output() const { return m_output; }
    void showSubPage(SubPage page);
    /** @short The authserv-ids believed: checks those in the picker and re-evaluates the comparison. */
    void setTrustedAuthservIds(const QList<QByteArray>& ids);
    QList<QByteArray> trustedAuthservIds() const;
    /** @short The DKIM verification time (x=/t=); unset = now. For reproducing a past verdict and tests. */
    void setVerificationTime(std::optional<qint64> unixTime) { m_now = unixTime; }
    /** @short Highlights in the raw view what ARC set `instance` signs: its ARC-Message-Signature or its ARC-Seal. */
    void showArcRanges(int instance, SignedRanges::Source which);
    /** @short Highlights what DKIM-Signature number `index` (0-based, header order) signs. */
    void showDkimRanges(int index);
    /** @short The ranges the raw view shows (valid once signedRangesShown() was emitted). */
    const SignedRanges& shownRanges() const { return m_shownRanges; }

    AuthBadge* spfBadge() const { return m_spfBadge; }
    AuthBadge* dkimBadge() const { return m_dkimBadge; }
    AuthBadge* dmarcBadge() const { return m_dmarcBadge; }
    AuthBadge* arcBadge() const { return m_arcBadge; }
    QLineEdit* ipEdit() const { return m_ipEdit; }
    QLineEdit* heloEdit() const { return m_heloEdit; }
    QLineEdit* mailFromEdit() const { return m_mailFromEdit; }
    QTableView* dkimView() const { return m_dkimView; }
    AuthTableModel* dkimModel() const { return m_dkimModel; }
    QPlainTextEdit* diagnosisView() const { return m_diagnosis; }
    QPlainTextEdit* canonicalBodyView() const { return m_canonical; }
    QTreeView* spfView() const { return m_spfView; }
    AuthSpfTraceModel* spfModel() const { return m_spfModel; }
    AuthTableModel* alignmentModel() const { return m_alignmentModel; }
    QLabel* dmarcSummary() const { return m_dmarcSummary; }
    AuthTableModel* arcModel() const { return m_arcModel; }
    QListWidget* trustList() const { return m_trustList; }
    AuthTableModel* comparisonModel() const { return m_comparisonModel; }
    AuthTableModel* scorecardModel() const { return m_scorecardModel; }
    QTabWidget* tabs() const { return m_tabs; }
    QAction* recheckAction() const { return m_recheckAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    SignedRangesView* signedRangesView() const { return m_rawView; }
    QLabel* signedRangesLegend() const { return m_rawLegend; }
    QComboBox* arcHighlightKind() const { return m_arcHighlightKind; }

signals:
    /** @short A run finished and its result is shown. */
    void checked();
    /** @short A run was cancelled. */
    void cancelled();
    /** @short A result saved in the case is shown (restoreFromCase, then the message selected). */
    void restored();
    /** @short The raw view shows the ranges of the selected signature (shownRanges()). */
    void signedRangesShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    static AuthRunOutputPtr runChecks(QPromise<AuthRunOutputPtr>& promise, const WorkerLoopPtr& worker,
                                      MessageDocumentPtr document, Auth::MessageAuthOptions options);
    void start(bool userRequested);
    void stop();
    void setRunning(bool running);
    void prefillConnection();
    bool buildOptions(Auth::MessageAuthOptions* options);
    void showOutput(AuthRunOutputPtr output);
    void display();
    bool showSaved();
    QString inputName() const;
    void requestRanges(std::function<SignedRanges()> compute);
    void onArcRowChanged();
    void showRangesLegend();
    void clearResults(const QString& reason);
    void fillVerdicts(const Auth::MessageAuthResult& r);
    void fillConnection(const Auth::MessageAuthResult& r);
    void fillDkim(const Auth::MessageAuthResult& r);
    void fillSpf(const Auth::MessageAuthResult& r);
    void fillDmarc(const Auth::MessageAuthResult& r);
    void fillArc(const Auth::MessageAuthResult& r);
    void fillTrust(const Auth::MessageAuthResult& r);
    void fillComparisons(const Auth::MessageAuthResult& r);
    void fillScorecard(const Auth::MessageAuthResult& r);
    void onDkimRowChanged();
    void onTrustItemChanged(QListWidgetItem* item);
    void updateSourceLabels();

    MessageDocumentPtr m_document;
    AuthRunOutputPtr m_output;
    QDateTime m_ranAt;
    Findings m_findings;
    Auth::ConnectionInfo m_prefill;
    QList<QByteArray> m_trusted;
    std::optional<qint64> m_now;
    QPointer<QFutureWatcherBase> m_watcher;
    WorkerLoopPtr m_worker; ///< the running check's wait, stopped by stop()
    QHash<QString, Report::CaseCheck> m_saved; ///< the case's "auth" checks by input name
    SignedRanges m_shownRanges;
    quint64 m_rangesGeneration = 0;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_fillingTrust = false;
    bool m_fromPicker = false;

    QLineEdit* m_ipEdit;
    QLineEdit* m_heloEdit;
    QLineEdit* m_mailFromEdit;
    QLabel* m_ipSource;
    QLabel* m_heloSource;
    QLabel* m_mailFromSource;
    QLabel* m_hopLabel;
    QPushButton* m_recheckButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QAction* m_recheckAction;
    QAction* m_cancelAction;
    QLabel* m_stateLabel;

    AuthBadge* m_spfBadge;
    AuthBadge* m_dkimBadge;
    AuthBadge* m_dmarcBadge;
    AuthBadge* m_arcBadge;

    QTabWidget* m_tabs;
    QTableView* m_dkimView;
    AuthTableModel* m_dkimModel;
    QPlainTextEdit* m_diagnosis;
    QPlainTextEdit* m_canonical;
    QLabel* m_canonicalTitle;
    QLabel* m_spfSummary;
    QTreeView* m_spfView;
    AuthSpfTraceModel* m_spfModel;
    QLabel* m_dmarcSummary;
    QTableView* m_alignmentView;
    AuthTableModel* m_alignmentModel;
    QLabel* m_dmarcbisNotes;
    QLabel* m_arcSummary;
    QTableView* m_arcView;
    AuthTableModel* m_arcModel;
    QListWidget* m_trustList;
    QLabel* m_trustNote;
    QTableView* m_comparisonView;
    AuthTableModel* m_comparisonModel;
    QLabel* m_scorecardSummary;
    QTableView* m_scorecardView;
    AuthTableModel* m_scorecardModel;
    QComboBox* m_arcHighlightKind;
    SignedRangesView* m_rawView;
    QLabel* m_rawLegend;
};

} // namespace Deliverbench::Gui
