// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DiffDkimImpact.h"
#include "report/MessageDiff.h"
#include "windows/WorkspacePage.h"

#include <QPointer>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QTextEdit;
class QTreeWidget;

namespace Deliverbench::Gui {

class CaseInputsModel;
class DiffHeaderModel;

/**
 * @short The Diff tab: two messages of the case (or one and a file) side by side — header diff
 * with Received hops aligned, MIME tree diff, line diff of the text parts, and what each change
 * means for DKIM (core report/MessageDiff + DiffDkimImpact).
 */
class DiffPage : public WorkspacePage
{
    Q_OBJECT
public:
    explicit DiffPage(QWidget* parent = nullptr);

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

    MessageDocumentPtr left() const { return m_left; }
    MessageDocumentPtr right() const { return m_right; }
    const Report::MessageDiff& diff() const { return m_diff; }
    const DiffDkimImpact& dkimImpact() const { return m_impact; }
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

private:
    void findInputsModel();
    void rebuildChoices();
    void onChoiceChanged();
    void showDiff(const Report::MessageDiff& diff, const DiffDkimImpact& impact);
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
    DiffDkimImpact m_impact;
    Findings m_findings;
    int m_generation = 0;
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
};

} // namespace Deliverbench::Gui
