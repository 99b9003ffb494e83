// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"

#include <QColor>
#include <QIcon>
#include <QToolButton>
#include <QString>

namespace Deliverbench::Gui {

/** @short Severity colours chosen to read on light and dark palettes alike (the only fixed colours). */
QColor severityColor(Severity severity);
/** @short A round badge icon in the severity colour with a glyph (✓ i ! ×). */
QIcon severityIcon(Severity severity);
/** @short Translated severity name ("Error", "Warning", …). */
QString severityName(Severity severity);

/** @short A checkable button with a severity icon and the count of findings at that level;
 *  the findings panel uses one per severity as its severity filter. */
class SeverityBadge : public QToolButton
{
    Q_OBJECT
public:
    explicit SeverityBadge(Severity severity, QWidget* parent = nullptr);
    void setCount(int count);
    Severity severity() const { return m_severity; }

private:
    Severity m_severity;
};

} // namespace Deliverbench::Gui
