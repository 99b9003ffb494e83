// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

RecoveryDialog::RecoveryDialog(const QString& casePath, const QDateTime& savedAt, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Case"));
    const QString which = casePath.isEmpty() ? tr("an untitled case")
                                             : tr("the case %1").arg(QDir::toNativeSeparators(casePath));
    auto* label = new QLabel(tr("Deliverbench did not close cleanly last time. Changes to %1 were saved "
                                "automatically at %2 but never saved to the case file.\n\n"
                                "Restore them?")
                                 .arg(which, QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)),
                             this);
    label->setObjectName(QStringLiteral("recoveryText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setDefault(true);
    QPushButton* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(restore, &QPushButton::clicked, this, [this] {
        m_choice = Restore;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_choice = Discard;
        accept();
    });
    connect(later, &QPushButton::clicked, this, [this] {
        m_choice = Later;
        reject();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

} // namespace Deliverbench::Gui
