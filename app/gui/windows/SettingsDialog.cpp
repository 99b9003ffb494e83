// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "util/Translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString current = AppSettings::instance()->language();
    const auto languages = Translator::availableLanguages();
    for (const auto& [code, name] : languages) {
        m_language->addItem(name, code);
        if (code == current)
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The language changes at the next start of Deliverbench."), this);
    note->setObjectName(QStringLiteral("languageNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    AppSettings::instance()->setLanguage(m_language->currentData().toString());
    AppSettings::instance()->sync();
    QDialog::accept();
}

} // namespace Deliverbench::Gui
