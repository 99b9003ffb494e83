// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/CaseExport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextStream>

#include <cstdio>

namespace Deliverbench::Gui::CaseExport {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Gui::CaseExport)
};

} // namespace

std::optional<Format> formatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm"))
        return Format::Html;
    if (suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown"))
        return Format::Markdown;
    if (suffix == QStringLiteral("json"))
        return Format::Json;
    if (suffix == QStringLiteral("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString formatToken(Format format)
{
    switch (format) {
    case Format::Html: return QStringLiteral("html");
    case Format::Markdown: return QStringLiteral("md");
    case Format::Json: return QStringLiteral("json");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

std::optional<Format> formatFromToken(const QString& token)
{
    const QString lower = token.toLower();
    if (lower == QStringLiteral("markdown"))
        return Format::Markdown;
    for (Format format : {Format::Html, Format::Markdown, Format::Json, Format::Pdf}) {
        if (formatToken(format) == lower)
            return format;
    }
    return std::nullopt;
}

QByteArray renderPdf(const Report::ReportDocument& report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Deliverbench"));

        QTextDocument document;
        document.setUndoRedoEnabled(false);
        // Plain text from messages and servers is escaped by the renderer; nothing is fetched:
        // QTextDocument only loads resources through loadResource(), which has none here.
        document.setHtml(QString::fromUtf8(Report::renderPrintHtml(report)));
        // No page size set on the document: print() paginates a copy for the writer's page and
        // draws the page number at the foot of every page.
        document.print(&writer);
    }
    buffer.close();
    return bytes;
}

QByteArray render(const Report::ReportDocument& report, Format format)
{
    switch (format) {
    case Format::Html: return Report::renderHtml(report);
    case Format::Markdown: return Report::renderMarkdown(report);
    case Format::Json: return Report::renderJson(report);
    case Format::Pdf: return renderPdf(report);
    }
    return {};
}

Result<void> writeReport(const Report::Case& source, const QString& path, Format format,
                         const Report::ReportOptions& options, Severity* worst)
{
    const Report::ReportDocument report = Report::buildReport(source, options);
    if (worst != nullptr)
        *worst = report.worst;
    const QByteArray bytes = render(report, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Kind::Io, Text::tr("cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

QList<QCommandLineOption> headlessOptions()
{
    return {
        QCommandLineOption(QStringLiteral("report"),
                           Text::tr("Write the report of the case file CASE (.dbcase) to --to without opening a window."),
                           QStringLiteral("CASE")),
        QCommandLineOption(QStringLiteral("to"), Text::tr("Output file (.pdf, .html, .md, .json)."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("format"), Text::tr("pdf, html, md or json (default: from --to)."),
                           QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("redact"),
                           Text::tr("Replace addresses, local parts, bodies and URL tokens by placeholders.")),
        QCommandLineOption(QStringLiteral("transcripts"), Text::tr("Include the DNS snapshot and SMTP/DNS transcripts.")),
    };
}

int runHeadless(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write the report of a case file without opening a window."));
    const QList<QCommandLineOption> known = headlessOptions();
    const QCommandLineOption& report = known.at(0);
    const QCommandLineOption& to = known.at(1);
    const QCommandLineOption& format = known.at(2);
    const QCommandLineOption& redact = known.at(3);
    const QCommandLineOption& transcripts = known.at(4);
    parser.addOptions(known);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "deliverbench: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString target = parser.value(to);
    if (parser.value(report).isEmpty() || target.isEmpty()) {
        err << "deliverbench: " << Text::tr("usage: deliverbench --report CASE.dbcase --to OUT.pdf [--redact]") << '\n';
        return 2;
    }
    const std::optional<Format> chosen =
        parser.isSet(format) ? formatFromToken(parser.value(format)) : formatFromPath(target);
    if (!chosen) {
        err << "deliverbench: " << Text::tr("unknown report format for '%1' (use .pdf, .html, .md or .json)").arg(target)
            << '\n';
        return 2;
    }
    auto opened = Report::Case::open(parser.value(report));
    if (!opened) {
        err << "deliverbench: " << opened.error().message << '\n';
        return 2;
    }
    Report::ReportOptions options;
    options.redact = parser.isSet(redact);
    options.transcripts = parser.isSet(transcripts);
    Severity worst = Severity::Pass;
    auto written = writeReport(*opened, target, *chosen, options, &worst);
    if (!written) {
        err << "deliverbench: " << written.error().message << '\n';
        return 2;
    }
    return worst == Severity::Error ? 1 : 0;
}

} // namespace Deliverbench::Gui::CaseExport
