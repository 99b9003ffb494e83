// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Deliverbench"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutTextLabel"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setText(QStringLiteral("<h2>Deliverbench %1</h2><p>%2</p><p>%3</p><p>%4</p>")
                      .arg(QStringLiteral(DELIVERBENCH_VERSION),
                           tr("A workbench for email deliverability: message structure, authentication, "
                              "domain setup, reputation, relays and inbox placement."),
                           tr("Everything runs on this computer; no message is uploaded anywhere."),
                           tr("Licensed under the GNU General Public License, version 3 or later.")));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace Deliverbench::Gui
