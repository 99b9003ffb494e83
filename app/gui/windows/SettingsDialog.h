// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Deliverbench::Gui {

/**
 * @short Application settings: the user interface language (applied at the next start) and the
 * DNS every check uses (servers, timeout, a what-if zone file: the GUI's --dns-server,
 * --timeout and --zone), applied at once.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* dnsServersEdit() const { return m_dnsServers; }
    QSpinBox* dnsTimeoutSpin() const { return m_dnsTimeout; }
    QLineEdit* zoneFileEdit() const { return m_zoneFile; }
    /** @short Validates and stores; an invalid server or zone file keeps the dialog open with the reason. */
    void accept() override;
    /** @short The reason the last accept() refused, empty after a successful one (tests read it). */
    QString lastError() const { return m_lastError; }

private:
    void showError(const QString& message);

    QComboBox* m_language;
    QLineEdit* m_dnsServers;
    QSpinBox* m_dnsTimeout;
    QLineEdit* m_zoneFile;
    QLabel* m_error;
    QString m_lastError;
};

} // namespace Deliverbench::Gui
