// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "document/MessageDocument.h"

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

signals:
    void statusMessage(const QString& message);
};

} // namespace Deliverbench::Gui
