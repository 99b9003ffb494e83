// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/CaseExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Deliverbench::Gui {

/** @short File > Export Report…: the format (HTML, Markdown, JSON, PDF) and the Redact option. */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);

    CaseExport::Format format() const;
    void setFormat(CaseExport::Format format);
    bool redact() const;
    bool transcripts() const;
    /** @short "report.pdf" etc.: a file name suggestion for the chosen format. */
    QString suggestedFileName(const QString& base) const;
    /** @short The save picker's "Files of type" for the chosen format, e.g. "PDF documents (*.pdf);;All files (*)". */
    QString fileFilter() const;

private:
    QComboBox* m_format;
    QCheckBox* m_redact;
    QCheckBox* m_transcripts;
};

} // namespace Deliverbench::Gui
