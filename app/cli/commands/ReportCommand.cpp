// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ReportCommand.h"

#include "CliApplication.h"
#include "report/Case.h"
#include "report/Recheck.h"
#include "report/Report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Deliverbench::Cli {

namespace {

const QString kTo = QStringLiteral("to");
const QString kFormat = QStringLiteral("format");
const QString kRedact = QStringLiteral("redact");
const QString kTranscripts = QStringLiteral("transcripts");
const QString kRecheck = QStringLiteral("recheck");
const QString kSave = QStringLiteral("save");
const QString kDnsServer = QStringLiteral("dns-server");
const QString kTimeout = QStringLiteral("timeout");
const QString kNoHttps = QStringLiteral("no-https");
const QString kZone = QStringLiteral("zone");
constexpr int kGuiTimeoutMs = 300000;

/**
 * PDF: deliverbench-cli must not link Qt Gui (test cli_links_no_qt_gui), and PDF layout needs
 * QTextDocument + QPdfWriter. Decision: when the GUI binary sits next to this one (both are
 * installed into the same bindir by the packages), run its headless mode
 * `deliverbench --report CASE --to OUT.pdf` on the offscreen platform, so `report --to x.pdf`
 * works in a terminal or CI without a display. Without it, exit 2 and name that command.
 * DELIVERBENCH_GUI overrides the path (relocated installs, the build tree's tests).
 */
QString guiBinary()
{
    const QString configured = qEnvironmentVariable("DELIVERBENCH_GUI");
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("deliverbench.exe"));
#else
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("deliverbench"));
#endif
}

QString changeLine(const Report::RecheckChange& change)
{
    QString line = Report::RecheckChange::kindToken(change.kind) + u'\t' + change.subject;
    if (change.oldTime.isValid())
        line += QStringLiteral("\t(recorded %1)").arg(change.oldTime.toUTC().toString(Qt::ISODate));
    line += u'\n';
    const auto indent = [](const QString& value) {
        QString text = value.isEmpty() ? QStringLiteral("-") : value;
        return text.replace(u'\n', QStringLiteral("\n        "));
    };
    line += QStringLiteral("  then: ") + indent(change.oldValue) + u'\n';
    line += QStringLiteral("  now:  ") + indent(change.newValue) + u'\n';
    if (!change.explanation.isEmpty())
        line += QStringLiteral("  dns:  ") + indent(change.explanation) + u'\n';
    return line;
}

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
    m_options.append(QCommandLineOption(
        kRecheck, tr("Rerun the case's checks now (DNS snapshot, domain audit, blocklists, the authentication "
                     "verdicts of its messages) and report what changed; without --to the changes are printed.")));
    m_options.append(QCommandLineOption(kSave, tr("With --recheck: record the re-check in the case file (the old "
                                                  "evidence is kept).")));
    m_options.append(QCommandLineOption(kDnsServer, tr("With --recheck: DNS server to ask (repeatable)."),
                                        QStringLiteral("IP[:PORT]")));
    m_options.append(QCommandLineOption(kTimeout, tr("With --recheck: DNS timeout per try in milliseconds."),
                                        QStringLiteral("MS")));
    m_options.append(QCommandLineOption(kNoHttps, tr("With --recheck: skip the MTA-STS/BIMI HTTPS fetches.")));
    m_options.append(QCommandLineOption(kZone, tr("With --recheck: what-if zone file whose records replace the real "
                                                  "answers (RFC 1035 master file)."),
                                        QStringLiteral("FILE")));
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
    const bool recheck = parser.isSet(kRecheck);
    if (parser.isSet(kSave) && !recheck) {
        usageError(io, tr("--save needs --recheck"));
        return ExitUsage;
    }
    if (target.isEmpty() && !recheck) {
        usageError(io, tr("--to FILE is required (.html, .md, .json or .pdf)"));
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
    const QString gui = guiBinary();
    if (format == QStringLiteral("pdf")) {
        if (target == QStringLiteral("-")) {
            usageError(io, tr("PDF cannot be written to standard output: name a .pdf file"));
            return ExitUsage;
        }
        if (!QFileInfo(gui).isExecutable()) {
            io.err << QStringLiteral("deliverbench-cli report: ")
                   << tr("PDF is laid out by the Deliverbench GUI binary, which is not installed next to "
                         "deliverbench-cli. Run: deliverbench --report CASE.dbcase --to OUT.pdf [--redact] "
                         "(no display needed), or write .html and print it.")
                   << u'\n';
            io.err.flush();
            return ExitUsage;
        }
    }
    if (target.isEmpty())
        format = QStringLiteral("none");
    else if (format != QStringLiteral("pdf") && format != QStringLiteral("html") && format != QStringLiteral("md")
             && format != QStringLiteral("json")) {
        usageError(io, tr("unknown report format '%1' (use .html, .md, .json or .pdf)").arg(format));
        return ExitUsage;
    }

    auto opened = Report::Case::open(inputs.first());
    if (!opened) {
        io.err << QStringLiteral("deliverbench-cli: ") << opened.error().message << u'\n';
        io.err.flush();
        return ExitUsage;
    }

    int recheckStatus = ExitOk;
    if (recheck) {
        Report::RecheckOptions recheckOptions;
        recheckOptions.resolver.servers = parser.values(kDnsServer);
        if (parser.isSet(kTimeout)) {
            bool ok = false;
            const int timeout = parser.value(kTimeout).toInt(&ok);
            if (!ok || timeout <= 0) {
                usageError(io, tr("--timeout needs a positive number of milliseconds"));
                return ExitUsage;
            }
            recheckOptions.resolver.timeoutMs = timeout;
            recheckOptions.resolver.tries = 1;
        }
        recheckOptions.fetchHttps = !parser.isSet(kNoHttps);
        if (parser.isSet(kZone)) {
            QFile zoneFile(parser.value(kZone));
            if (!zoneFile.open(QIODevice::ReadOnly) || zoneFile.size() > Dns::ZoneOverlay::kMaxInputBytes) {
                usageError(io, tr("cannot read the zone file '%1'").arg(parser.value(kZone)));
                return ExitUsage;
            }
            recheckOptions.overlay = Dns::ZoneOverlay::parse(zoneFile.readAll());
            if (recheckOptions.overlay.hasErrors()) {
                usageError(io, tr("the zone file '%1' has errors").arg(parser.value(kZone)));
                return ExitUsage;
            }
        }
        Report::Recheck rechecker;
        QEventLoop loop;
        QObject::connect(&rechecker, &Report::Recheck::finished, &loop, &QEventLoop::quit);
        rechecker.start(*opened, recheckOptions);
        if (rechecker.isRunning())
            loop.exec();
        const Report::RecheckResult& result = rechecker.result();
        Report::applyRecheck(*opened, result);
        recheckStatus = result.changes.isEmpty() ? ExitOk : ExitFindings;
        if (target.isEmpty()) {
            if (parser.value(kFormat).toLower() == QStringLiteral("json")) {
                io.out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
            } else {
                for (const Report::RecheckChange& change : result.changes)
                    io.out << changeLine(change);
                io.out << tr("%n change(s) since the case was recorded; %1 DNS answer(s) compared.", nullptr,
                             int(result.changes.size()))
                              .arg(result.comparedAnswers)
                       << u'\n';
            }
            io.out.flush();
        }
        if (parser.isSet(kSave)) {
            auto saved = opened->save(inputs.first());
            if (!saved) {
                io.err << QStringLiteral("deliverbench-cli: ") << saved.error().message << u'\n';
                io.err.flush();
                return ExitUsage;
            }
        }
        if (target.isEmpty())
            return recheckStatus;
    }

    if (format == QStringLiteral("pdf")) {
        // The case as re-checked goes to the GUI binary through a private temporary file.
        QTemporaryDir temporary;
        QString casePath = inputs.first();
        if (recheck) {
            casePath = temporary.filePath(QStringLiteral("rechecked.dbcase"));
            if (!temporary.isValid() || !opened->save(casePath)) {
                io.err << QStringLiteral("deliverbench-cli: ") << tr("cannot write a temporary file") << u'\n';
                io.err.flush();
                return ExitUsage;
            }
        }
        QStringList arguments{QStringLiteral("--report"), casePath, QStringLiteral("--to"), target};
        if (parser.isSet(kRedact))
            arguments << QStringLiteral("--redact");
        if (parser.isSet(kTranscripts))
            arguments << QStringLiteral("--transcripts");
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(gui, arguments);
        if (!process.waitForStarted(30000) || !process.waitForFinished(kGuiTimeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            io.err << QStringLiteral("deliverbench-cli: ")
                   << tr("'%1 --report' did not finish: %2").arg(gui, process.errorString()) << u'\n';
            io.err.flush();
            return ExitUsage;
        }
        const QByteArray childErr = process.readAllStandardError();
        if (!childErr.isEmpty()) {
            io.err << QString::fromUtf8(childErr);
            io.err.flush();
        }
        if (process.exitStatus() != QProcess::NormalExit)
            return ExitUsage;
        const int status = process.exitCode();
        if (status == ExitUsage || !recheck)
            return status;
        return recheckStatus;
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
    if (recheck)
        return recheckStatus;
    return document.worst == Severity::Error ? ExitFindings : ExitOk;
}

} // namespace Deliverbench::Cli
