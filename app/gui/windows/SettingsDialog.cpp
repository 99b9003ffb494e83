// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/SettingsDialog.h"

#include "dns/Resolver.h"
#include "settings/AppSettings.h"
#include "util/ResolverFactory.h"
#include "util/Translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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

    AppSettings* settings = AppSettings::instance();
    auto* dnsBox = new QGroupBox(tr("DNS for every check"), this);
    auto* dnsForm = new QFormLayout(dnsBox);
    m_dnsServers = new QLineEdit(settings->value(AppSettings::DnsServers).toStringList().join(QStringLiteral(", ")), dnsBox);
    m_dnsServers->setObjectName(QStringLiteral("dnsServersEdit"));
    m_dnsServers->setPlaceholderText(tr("System resolvers"));
    m_dnsServers->setToolTip(tr("Comma-separated: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53. "
                                "Many blocklists refuse queries from public resolvers."));
    dnsForm->addRow(tr("&Servers:"), m_dnsServers);
    m_dnsTimeout = new QSpinBox(dnsBox);
    m_dnsTimeout->setObjectName(QStringLiteral("dnsTimeoutSpin"));
    m_dnsTimeout->setRange(100, 60000);
    m_dnsTimeout->setSingleStep(500);
    m_dnsTimeout->setSuffix(tr(" ms"));
    m_dnsTimeout->setValue(settings->value(AppSettings::DnsTimeoutMs).toInt());
    dnsForm->addRow(tr("&Timeout per try:"), m_dnsTimeout);
    auto* zoneRow = new QHBoxLayout;
    m_zoneFile = new QLineEdit(settings->value(AppSettings::DnsZoneFile).toString(), dnsBox);
    m_zoneFile->setObjectName(QStringLiteral("zoneFileEdit"));
    m_zoneFile->setPlaceholderText(tr("None"));
    m_zoneFile->setToolTip(tr("Records in zone-file syntax that override or add to real answers, "
                              "to see a check as if planned records were live."));
    auto* browse = new QPushButton(tr("&Browse…"), dnsBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("What-if Zone File"), m_zoneFile->text(),
                                                          tr("Zone files (*.zone *.txt *.db);;All files (*)"));
        if (!path.isEmpty())
            m_zoneFile->setText(path);
    });
    zoneRow->addWidget(m_zoneFile, 1);
    zoneRow->addWidget(browse);
    // addRow(text, layout) gives the label no buddy: name the field, or "&What-if zone:" shows its ampersand
    auto* zoneLabel = new QLabel(tr("&What-if zone:"), dnsBox);
    zoneLabel->setObjectName(QStringLiteral("zoneFileLabel"));
    zoneLabel->setBuddy(m_zoneFile);
    dnsForm->addRow(zoneLabel, zoneRow);
    layout->addWidget(dnsBox);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::showError(const QString& message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->show();
}

void SettingsDialog::accept()
{
    QStringList servers;
    for (const QString& part : m_dnsServers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString server = part.trimmed();
        if (server.isEmpty())
            continue;
        if (auto parsed = Dns::parseServer(server); !parsed) {
            showError(tr("DNS server \"%1\": %2").arg(server, parsed.error().message));
            m_dnsServers->setFocus();
            return;
        }
        servers.append(server);
    }
    AppSettings* settings = AppSettings::instance();
    const QString zone = m_zoneFile->text().trimmed();
    const QVariant oldZone = settings->value(AppSettings::DnsZoneFile);
    settings->setValue(AppSettings::DnsServers, servers);
    settings->setValue(AppSettings::DnsTimeoutMs, m_dnsTimeout->value());
    settings->setValue(AppSettings::DnsZoneFile, zone);
    if (auto applied = ResolverFactory::applySettings(); !applied) {
        settings->setValue(AppSettings::DnsZoneFile, oldZone); // keep the last good zone file
        ResolverFactory::applySettings();
        showError(applied.error().message);
        m_zoneFile->setFocus();
        return;
    }
    m_lastError.clear();
    settings->setLanguage(m_language->currentData().toString());
    settings->sync();
    QDialog::accept();
}

} // namespace Deliverbench::Gui
