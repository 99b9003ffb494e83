// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "report/Case.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Deliverbench::Report {

/** @short A table in a report section (all cells are plain text; renderers escape them). */
struct ReportTable
{
    QString caption;
    QStringList columns;
    QList<QStringList> rows;
};

/** @short One section of a report: a check run, a message, the bounce summary, the DNS snapshot. */
struct ReportSection
{
    QString id;            ///< stable anchor ("check-1", "messages", "bounces", "dns")
    QString title;
    QList<QPair<QString, QString>> facts;   ///< label → value
    QList<ReportTable> tables;
    Findings findings;
    QStringList transcript;                 ///< lines, only with ReportOptions::transcripts
};

/** @short One line of the verdict summary: a finding code, how often, where, and the fix. */
struct VerdictItem
{
    Severity severity = Severity::Info;
    QByteArray code;
    QString title;
    QString remedy;
    int count = 0;
    QStringList sections;  ///< ids of the sections it occurs in
};

/** @short A renderer-neutral report (docs/report-schema.md); every string is plain text. */
struct ReportDocument
{
    QString title;
    QDateTime generatedAt;
    bool redacted = false;
    bool transcripts = false;
    Severity worst = Severity::Pass;
    QList<VerdictItem> verdict;   ///< errors first, then warnings, then infos (passes are not listed)
    int counts[4] = {0, 0, 0, 0}; ///< findings per Severity
    QList<ReportSection> sections;
};

struct ReportOptions
{
    bool redact = false;          ///< replace addresses, local parts, bodies, URL tokens
    bool transcripts = false;     ///< include the DNS snapshot and SMTP/DNS transcripts of the checks
    QDateTime generatedAt;        ///< default: now (tests inject it)
};

/** @short Builds the report of a case (verdict summary, one section per check, bounces, DNS). */
ReportDocument buildReport(const Case& source, const ReportOptions& options = {});

/** @short Self-contained HTML5: inline CSS (light/dark via prefers-color-scheme), no script, no remote resource. */
QByteArray renderHtml(const ReportDocument& report);
/**
 * @short The same HTML for a paginating renderer (QTextDocument → PDF): plain colours instead of
 * CSS variables and media queries, ruled tables. Same escaping as renderHtml(); core stays free of Qt Gui.
 */
QByteArray renderPrintHtml(const ReportDocument& report);
/** @short GitHub-flavoured Markdown (tables, fenced transcripts) that pastes into Jira/GitHub. */
QByteArray renderMarkdown(const ReportDocument& report);
/** @short The stable JSON report, format "deliverbench-report" version 1 (docs/report-schema.md). */
QByteArray renderJson(const ReportDocument& report);

/** @short HTML-escapes text for element content and quoted attribute values (& < > " '). */
QString escapeHtml(QStringView text);
/** @short Escapes Markdown metacharacters and neutralises raw HTML and autolinks in a table cell or line. */
QString escapeMarkdown(QStringView text);

} // namespace Deliverbench::Report
