// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/Case.h"
#include "report/Report.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Deliverbench::Gui {

/**
 * @short Writing a case's report in every format, PDF included. PDF needs Qt Gui (QTextDocument
 * and QPdfWriter), so it lives here and not in core: deliverbench-cli must not link Qt Gui.
 * Everything here is reentrant and may run on a worker thread.
 */
namespace CaseExport {

enum class Format { Html, Markdown, Json, Pdf };

/** @short The format named by a file's suffix (.html/.htm, .md/.markdown, .json, .pdf). */
std::optional<Format> formatFromPath(const QString& path);
/** @short "html", "md", "json", "pdf". */
QString formatToken(Format format);
/** @short Parses formatToken() (and "markdown"); nullopt for anything else. */
std::optional<Format> formatFromToken(const QString& token);

/**
 * @short The report as PDF: renderPrintHtml() laid out by QTextDocument on A4 pages
 * (15 mm margins) with the page number at the foot of every page, written by QPdfWriter.
 */
QByteArray renderPdf(const Report::ReportDocument& report);
/** @short The report's bytes in `format`. */
QByteArray render(const Report::ReportDocument& report, Format format);
/** @short Builds the report of `source` and writes it to `path` atomically (QSaveFile). */
[[nodiscard]] Result<void> writeReport(const Report::Case& source, const QString& path, Format format,
                                       const Report::ReportOptions& options, Severity* worst = nullptr);

/**
 * @short The GUI binary's headless mode: `deliverbench --report CASE.dbcase --to OUT [--redact]
 * [--transcripts] [--format F]`. Needs a QGuiApplication (the offscreen platform is enough).
 * Returns the exit status: 0 written and no error-level finding, 1 written with errors, 2 failed.
 */
int runHeadless(const QStringList& arguments);

/** @short The options of runHeadless(), also listed by the GUI's own `--help`. */
QList<QCommandLineOption> headlessOptions();

} // namespace CaseExport

} // namespace Deliverbench::Gui
