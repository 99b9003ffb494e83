// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/AuthDiff.h"
#include "report/MessageDiff.h"
#include "util/WorkerLoop.h"
#include "windows/WorkspacePage.h"

#include <QDateTime>
#include <QPointer>

#include <optional>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTableView;
class QTextEdit;
class QTreeWidget;

namespace Deliverbench::Gui {

class CaseInputsModel;
class DiffHeaderModel;

/**
 * @short The Diff tab: two messages of the case (or one and a file) side by side — header diff
 * with Received hops aligned, MIME tree diff, line diff of the text parts, and what each change
 * means for DKIM (core report/MessageDiff, report/AuthDiff), the decoded contents of a selected
 * part side by side, and the authentication verdicts of both compared (asynchronous, DNS; offline:
 * "not checked"). Saved in a case as a CaseCheck of kind "diff".
 */
class DiffPage : public WorkspacePage
{
    Q_OBJECT
public:
    explicit DiffPage(QWidget* parent = nullptr);
    ~DiffPage() override;

    QString title() const override;
    /** @short The selected case input becomes side A. */
    void setDocument(MessageDocumentPtr document) override;
    Findings findings() const override { return m_findings; }

    /** @short The case's messages to choose from (MainWindow::caseModel(); found by itself when null). */
    void setInputsModel(CaseInputsModel* model);
    /** @short Compares two documents (each may also be a file opened with "Compare with…"). */
    void compare(MessageDocumentPtr a, MessageDocumentPtr b);
    /** @short Loads the first message of a file off the UI thread and compares A with it. */
    void compareWithFile(const QString& path);
    bool isBusy() const { return m_busy; }
    /** @short The verdict check is running (DNS). */
    bool isCheckingVerdicts() const { return m_verdictWatcher != nullptr; }
    /** @short Offline: no DNS, verdicts "not checked" (the DKIM impact still shows). */
    void setOffline(bool offline);
    /** @short Runs the verdict diff again for the current pair. */
    void checkVerdicts();
    void cancelVerdicts();
    /** @short Shows the decoded contents of the part at `path` in A and B side by side. */
    void showPart(const QString& path);

    void saveToCase(Report::Case& theCase) const override;
    void restoreFromCase(const Report::Case& theCase) override;

    MessageDocumentPtr left() const { return m_left; }
    MessageDocumentPtr right() const { return m_right; }
    const Report::MessageDiff& diff() const { return m_diff; }
    const Report::DkimImpact& dkimImpact() const { return m_diff.dkim; }
    const Report::AuthDiff& authDiff() const { return m_authDiff; }
    QPlainTextEdit* partLeftView() const { return m_partLeft; }
    QPlainTextEdit* partRightView() const { return m_partRight; }
    QLabel* partLabel() const { return m_partLabel; }
    /** @short The rows the part view shows (core sideBySide()). */
    const QList<Report::SideBySideRow>& partRows() const { return m_partRows; }
    QTableWidget* verdictTable() const { return m_verdictTable; }
    QLabel* verdictStateLabel() const { return m_verdictState; }
    QCheckBox* offlineCheck() const { return m_offline; }
    QAction* checkVerdictsAction() const { return m_checkVerdictsAction; }
    QAction* cancelVerdictsAction() const { return m_cancelVerdictsAction; }
    QComboBox* leftCombo() const { return m_leftCombo; }
    QComboBox* rightCombo() const { return m_rightCombo; }
    DiffHeaderModel* headerModel() const { return m_headerModel; }
    QTableView* headerView() const { return m_headerView; }
    QTreeWidget* mimeTree() const { return m_mimeTree; }
    QTextEdit* bodyView() const { return m_bodyView; }
    QListWidget* dkimNotes() const { return m_dkimNotes; }
    QLabel* summaryLabel() const { return m_summary; }
    QAction* compareFileAction() const { return m_compareFileAction; }

signals:
    /** @short A comparison finished and is shown. */
    void diffReady();
    /** @short The verdict diff finished (or was restored, or is "not checked" offline). */
    void verdictsReady();
    /** @short The part view shows a part. */
    void partShown();

private:
    void findInputsModel();
    void rebuildChoices();
    void onChoiceChanged();
    void showDiff(const Report::MessageDiff& diff);
    void showVerdicts(const Report::AuthDiff& auth);
    void updateFindings();
    void fillPartView(const QString& path, const QList<Report::SideBySideRow>& rows, const QString& note);
    void fillMimeTree();
    void fillBody();
    void fillDkim();
    MessageDocumentPtr choice(const QComboBox* combo) const;
    void selectChoice(QComboBox* combo, const MessageDocumentPtr& document);

    QPointer<CaseInputsModel> m_inputs;
    QList<MessageDocumentPtr> m_external; ///< files opened with "Compare with…"
    QList<MessageDocumentPtr> m_choices;  ///< combo item i → document
    MessageDocumentPtr m_left;
    MessageDocumentPtr m_right;
    Report::MessageDiff m_diff;
    Report::AuthDiff m_authDiff;
    std::optional<Report::AuthDiff> m_storedAuth; ///< from a restored case: shown instead of a DNS run
    QDateTime m_ranAt;
    QList<Report::SideBySideRow> m_partRows;
    Findings m_findings;
    QObject* m_verdictWatcher = nullptr;
    WorkerLoopPtr m_verdictLoop; ///< the running check's wait, stopped by cancelVerdicts()
    int m_generation = 0;
    int m_verdictGeneration = 0;
    int m_partGeneration = 0;
    bool m_restoring = false;
    bool m_busy = false;
    bool m_rebuilding = false;

    QComboBox* m_leftCombo;
    QComboBox* m_rightCombo;
    QAction* m_compareFileAction;
    QAction* m_swapAction;
    QCheckBox* m_showUnchanged;
    QLabel* m_summary;
    DiffHeaderModel* m_headerModel;
    QTableView* m_headerView;
    QTreeWidget* m_mimeTree;
    QTextEdit* m_bodyView;
    QListWidget* m_dkimNotes;
    QPlainTextEdit* m_partLeft;
    QPlainTextEdit* m_partRight;
    QLabel* m_partLabel;
    QTableWidget* m_verdictTable;
    QLabel* m_verdictState;
    QCheckBox* m_offline;
    QAction* m_checkVerdictsAction;
    QAction* m_cancelVerdictsAction;
};

} // namespace Deliverbench::Gui
