// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "document/MessageDocument.h"
#include "report/Case.h"

#include <QWidget>

namespace Deliverbench::Gui {

/**
 * @short One centre tab of the workspace (Message, and later Authentication, Domain,
 * Reputation, Relay, Placement). MainWindow::addWorkspacePage() adds a page; the window
 * hands every page the selected case input and routes findings to showEvidence().
 */
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /** @short Translated tab title. */
    virtual QString title() const = 0;
    /** @short The selected case input changed (null: nothing selected). */
    virtual void setDocument(MessageDocumentPtr document) = 0;
    /** @short Show the evidence of a finding; true when this page could (the window then raises it). */
    virtual bool showEvidence(const Finding& finding)
    {
        Q_UNUSED(finding);
        return false;
    }
    /**
     * @short The findings of this page's last check (a domain audit, a relay probe…). The window
     * shows them in the findings dock after the selected message's own; emit findingsChanged()
     * when they change.
     */
    virtual Findings findings() const { return {}; }
    /** @short Adds this page's inputs and last results to a case being saved (addDomain(), addCheck()…). */
    virtual void saveToCase(Report::Case& theCase) const { Q_UNUSED(theCase); }
    /** @short Restores this page's inputs, and shows its stored results, from an opened case. */
    virtual void restoreFromCase(const Report::Case& theCase) { Q_UNUSED(theCase); }

signals:
    void statusMessage(const QString& message);
    void findingsChanged();
    /** @short The page's inputs or results changed: the open case has unsaved changes. */
    void modified();
    /** @short Open these bytes as a message of the case (a delivered seed copy, a batch row). */
    void openMessageRequested(const QByteArray& raw, const QString& title);
};

} // namespace Deliverbench::Gui
