// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

namespace Deliverbench::Gui {

/**
 * @short Offered on start when an autosaved recovery file is newer than its case (the last
 * session did not end cleanly): Restore, Discard it, or decide later (the file is kept).
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Later = 0, Restore, Discard };

    /** @short `casePath` empty: an untitled case. */
    RecoveryDialog(const QString& casePath, const QDateTime& savedAt, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Later;
};

} // namespace Deliverbench::Gui
