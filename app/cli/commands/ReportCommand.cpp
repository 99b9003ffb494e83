// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ReportCommand.h"

#include "CliApplication.h"
#include "report/Case.h"
#include "report/Report.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace Deliverbench::Cli {

namespace {

const QString kTo = QStringLiteral("to");
const QString kFormat = QStringLiteral("format");
const QString kRedact = QStringLiteral("redact");
const QString kTranscripts = QStringLiteral("transcripts");

} // namespace

ReportCommand::ReportCommand()
    : Command(QStringLiteral("report"), tr("Write the report of a case file as HTML, Markdown or JSON."))
{
    m_acceptsCommonOptions = false;
    m_options.append(QCommandLineOption(kTo, tr("Output file; the format follows its extension (.html, .md, .json), "
                                                "- for standard output."),
                                        QStringLiteral("FILE")));
    m_options.append(QCommandLineOption(kFormat, tr("Output format when it cannot be taken from --to: html, md or json."),
                                        QStringLiteral("html|md|json")));
    m_options.append(QCommandLineOption(
        kRedact, tr("Replace recipient addresses, local parts, message bodies and URL tokens by placeholders.")));
    m_options.append(QCommandLineOption(kTranscripts, tr("Include the DNS snapshot and SMTP/DNS transcripts.")));
    m_positionals.append({QStringLiteral("CASE"), tr("The case file (.dbcase)."), QStringLiteral("CASE.dbcase")});
}

int ReportCommand::run(const QCommandLineParser& parser, const CommonOptions& /*common*/, CommandIo& io)
{
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1) {
        usageError(io, tr("name exactly one case file"));
        return ExitUsage;
    }
    const QString target = parser.value(kTo);
    if (target.isEmpty()) {
        usageError(io, tr("--to FILE is required (.html, .md or .json)"));
        return ExitUsage;
    }
    QString format = parser.value(kFormat).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix == QStringLiteral("htm"))
            format = QStringLiteral("html");
        else if (suffix == QStringLiteral("markdown"))
            format = QStringLiteral("md");
        else if (target == QStringLiteral("-"))
            format = QStringLiteral("json");
        else
            format = suffix;
    }
    if (format == QStringLiteral("pdf")) {
        io.err << QStringLiteral("deliverbench-cli report: ")
               << tr("PDF needs the GUI's print support: open the case in Deliverbench and export PDF there, "
                     "or write .html and print it.")
               << u'\n';
        io.err.flush();
        return ExitUsage;
    }
    if (format != QStringLiteral("html") && format != QStringLiteral("md") && format != QStringLiteral("json")) {
        usageError(io, tr("unknown report format '%1' (use .html, .md or .json)").arg(format));
        return ExitUsage;
    }

    auto opened = Report::Case::open(inputs.first());
    if (!opened) {
        io.err << QStringLiteral("deliverbench-cli: ") << opened.error().message << u'\n';
        io.err.flush();
        return ExitUsage;
    }
    Report::ReportOptions options;
    options.redact = parser.isSet(kRedact);
    options.transcripts = parser.isSet(kTranscripts);
    const Report::ReportDocument document = Report::buildReport(*opened, options);
    QByteArray bytes;
    if (format == QStringLiteral("html"))
        bytes = Report::renderHtml(document);
    else if (format == QStringLiteral("md"))
        bytes = Report::renderMarkdown(document);
    else
        bytes = Report::renderJson(document);

    if (target == QStringLiteral("-")) {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
    } else {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            io.err << QStringLiteral("deliverbench-cli: ")
                   << tr("cannot write '%1': %2").arg(target, file.errorString()) << u'\n';
            io.err.flush();
            return ExitUsage;
        }
    }
    return document.worst == Severity::Error ? ExitFindings : ExitOk;
}

} // namespace Deliverbench::Cli
