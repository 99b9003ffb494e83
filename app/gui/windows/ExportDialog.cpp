// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

ExportDialog::ExportDialog(QWidget* parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_redact(new QCheckBox(tr("&Redact addresses, bodies and URL tokens"), this))
    , m_transcripts(new QCheckBox(tr("Include DNS and SMTP &transcripts"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Report"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("HTML (one self-contained file)"), int(CaseExport::Format::Html));
    m_format->addItem(tr("Markdown (for Jira, Zendesk, GitHub)"), int(CaseExport::Format::Markdown));
    m_format->addItem(tr("JSON (stable schema)"), int(CaseExport::Format::Json));
    m_format->addItem(tr("PDF (A4)"), int(CaseExport::Format::Pdf));
    m_redact->setObjectName(QStringLiteral("exportRedact"));
    m_redact->setToolTip(tr("Replace recipient addresses, local parts, message bodies and tracking tokens in "
                            "URLs with stable placeholders, so the report can leave the company."));
    m_transcripts->setObjectName(QStringLiteral("exportTranscripts"));

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(QString(), m_redact);
    form->addRow(QString(), m_transcripts);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

CaseExport::Format ExportDialog::format() const
{
    return CaseExport::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(CaseExport::Format format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

bool ExportDialog::redact() const
{
    return m_redact->isChecked();
}

bool ExportDialog::transcripts() const
{
    return m_transcripts->isChecked();
}

QString ExportDialog::suggestedFileName(const QString& base) const
{
    return base + u'.' + CaseExport::formatToken(format());
}

QString ExportDialog::fileFilter() const
{
    QString type;
    switch (format()) {
    case CaseExport::Format::Html:
        type = tr("HTML files (*.html *.htm)");
        break;
    case CaseExport::Format::Markdown:
        type = tr("Markdown files (*.md *.markdown)");
        break;
    case CaseExport::Format::Json:
        type = tr("JSON files (*.json)");
        break;
    case CaseExport::Format::Pdf:
        type = tr("PDF files (*.pdf)");
        break;
    }
    return type + QStringLiteral(";;") + tr("All files (*)");
}

} // namespace Deliverbench::Gui
