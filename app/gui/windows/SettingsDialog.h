// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace Deliverbench::Gui {

/** @short Application settings: the user interface language (applied at the next start). */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    void accept() override;

private:
    QComboBox* m_language;
};

} // namespace Deliverbench::Gui
