// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/PlacementCommand.h"

#include "CliApplication.h"
#include "placement/PlacementHistory.h"
#include "placement/PlacementRun.h"
#include "placement/VendorImport.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kToken = QStringLiteral("token");
const QString kWait = QStringLiteral("wait");
const QString kHeader = QStringLiteral("header");
const QString kSubject = QStringLiteral("subject");
const QString kPreset = QStringLiteral("preset");
const QString kInterval = QStringLiteral("interval");
const QString kHistory = QStringLiteral("history");

bool validToken(const QString& token)
{
    if (token.isEmpty() || token.size() > 200)
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool validHeaderName(const QString& name)
{
    if (name.isEmpty() || name.size() > 100)
        return false;
    for (const QChar c : name) {
        // RFC 5322 §3.6.8 ftext: printable US-ASCII except ':'
        if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == u':')
            return false;
    }
    return true;
}

QString delayText(const std::optional<qint64>& delay)
{
    if (!delay)
        return QString();
    const qint64 s = *delay;
    if (s < 0)
        return PlacementCommand::tr("%1 s before the send time").arg(-s);
    if (s < 120)
        return PlacementCommand::tr("%1 s").arg(s);
    return PlacementCommand::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

void printText(QTextStream& out, const QString& title, const QList<Placement::SeedResult>& results)
{
    out << title << u'\n' << u'\n';
    qsizetype providerWidth = 8;
    qsizetype addressWidth = 7;
    qsizetype placementWidth = 9;
    for (const Placement::SeedResult& r : results) {
        providerWidth = std::max(providerWidth, r.seed.provider.size());
        addressWidth = std::max(addressWidth, r.seed.address.size());
        placementWidth = std::max(placementWidth, r.placementText().size());
    }
    providerWidth = std::min<qsizetype>(providerWidth, 30);
    addressWidth = std::min<qsizetype>(addressWidth, 40);
    out << PlacementCommand::tr("Provider").leftJustified(providerWidth) << QStringLiteral("  ")
        << PlacementCommand::tr("Address").leftJustified(addressWidth) << QStringLiteral("  ")
        << PlacementCommand::tr("Placement").leftJustified(placementWidth) << QStringLiteral("  ")
        << PlacementCommand::tr("Folder / delay / error") << u'\n';
    for (const Placement::SeedResult& r : results) {
        QString detail;
        if (r.placement == Placement::PlacementKind::Error) {
            detail = r.error;
        } else if (!r.folder.isEmpty()) {
            detail = r.folder;
            const QString delay = delayText(r.delaySeconds);
            if (!delay.isEmpty())
                detail += QStringLiteral(", ") + PlacementCommand::tr("after %1").arg(delay);
        }
        out << r.seed.provider.leftJustified(providerWidth) << QStringLiteral("  ")
            << r.seed.address.leftJustified(addressWidth) << QStringLiteral("  ")
            << r.placementText().leftJustified(placementWidth) << QStringLiteral("  ") << detail << u'\n';
    }
    out << u'\n' << Placement::PlacementSummary::fromResults(results).toText();
    out.flush();
}

int exitStatus(const Findings& findings)
{
    return worstSeverity(findings) == Severity::Error ? ExitFindings : ExitOk;
}

} // namespace

PlacementCommand::PlacementCommand()
    : Command(QStringLiteral("placement"),
              tr("Seed-box placement: poll seed mailboxes over IMAP for a campaign token, or import a vendor's "
                 "placement export; print the matrix per provider."))
{
    m_options.append(QCommandLineOption({QStringLiteral("f"), kFormat}, tr("Output format: text (default) or json."),
                                        QStringLiteral("text|json"), QStringLiteral("text")));
    m_options.append(QCommandLineOption(kToken, tr("poll: the campaign token to search for."), QStringLiteral("T")));
    m_options.append(QCommandLineOption(kWait, tr("poll: keep polling missing seeds for up to S seconds (default 0: one round)."),
                                        QStringLiteral("S"), QStringLiteral("0")));
    m_options.append(QCommandLineOption(kInterval, tr("poll: seconds between polls of a missing seed (default 15)."),
                                        QStringLiteral("S"), QStringLiteral("15")));
    m_options.append(QCommandLineOption(kHeader, tr("poll: header that carries the token (default X-Campaign-ID)."),
                                        QStringLiteral("NAME"), QStringLiteral("X-Campaign-ID")));
    m_options.append(QCommandLineOption(kSubject, tr("poll: look for the token in the Subject instead of a header.")));
    m_options.append(QCommandLineOption(kPreset, tr("import: column preset (generic, folder-status, deliverbench)."),
                                        QStringLiteral("NAME"), QStringLiteral("generic")));
    m_options.append(QCommandLineOption(kHistory, tr("Append the run to this placement history (SQLite)."), QStringLiteral("DB")));
    m_positionals.append({QStringLiteral("ACTION"), tr("poll or import."), QStringLiteral("poll|import")});
    m_positionals.append({QStringLiteral("FILE"), tr("poll: the seed list (.json or .csv); import: the vendor export (.csv or .json)."),
                          QStringLiteral("FILE")});
}

int PlacementCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    const std::optional<OutputFormat> format = outputFormat(parser, io, false);
    if (!format)
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args.first() != QLatin1String("poll") && args.first() != QLatin1String("import"))) {
        usageError(io, tr("expected 'poll SEEDLIST' or 'import FILE'"));
        return ExitUsage;
    }
    const bool poll = args.first() == QLatin1String("poll");
    const QString file = args.at(1);

    QList<Placement::SeedResult> results;
    QJsonObject runJson;
    QString title;
    QString token;
    QDateTime started = QDateTime::currentDateTimeUtc();
    QDateTime finished;

    if (poll) {
        token = parser.value(kToken);
        if (!validToken(token)) {
            usageError(io, token.isEmpty() ? tr("poll needs --token T")
                                           : tr("invalid --token: use 1 to 200 printable ASCII characters without spaces"));
            return ExitUsage;
        }
        bool ok = false;
        const int wait = parser.value(kWait).toInt(&ok);
        if (!ok || wait < 0 || wait > 7 * 24 * 3600) {
            usageError(io, tr("invalid --wait '%1': expected seconds (0 or more)").arg(parser.value(kWait)));
            return ExitUsage;
        }
        const double interval = parser.value(kInterval).toDouble(&ok);
        if (!ok || interval < 0.1 || interval > 3600) {
            usageError(io, tr("invalid --interval '%1': expected seconds").arg(parser.value(kInterval)));
            return ExitUsage;
        }
        const QString header = parser.value(kHeader);
        if (!parser.isSet(kSubject) && !validHeaderName(header)) {
            usageError(io, tr("invalid --header '%1'").arg(header));
            return ExitUsage;
        }
        auto seeds = Placement::SeedList::load(file);
        if (!seeds) {
            io.err << QStringLiteral("deliverbench-cli placement: ") << seeds.error().message << u'\n';
            io.err.flush();
            return ExitUsage;
        }
        Placement::PlacementRun::Options options;
        options.poll.token = token.toLatin1();
        options.poll.headerName = parser.isSet(kSubject) ? QByteArray() : header.toLatin1();
        if (!common.caFile.isEmpty()) {
            const QList<QSslCertificate> ca = QSslCertificate::fromPath(common.caFile);
            if (ca.isEmpty()) {
                io.err << QStringLiteral("deliverbench-cli placement: ")
                       << tr("no PEM certificate could be read from '%1'").arg(common.caFile) << u'\n';
                io.err.flush();
                return ExitUsage;
            }
            options.poll.extraCaCertificates = ca;
        }
        if (common.timeoutMs > 0) {
            options.poll.connectTimeoutMs = common.timeoutMs;
            options.poll.commandTimeoutMs = common.timeoutMs;
        }
        options.waitSeconds = wait;
        options.pollIntervalMs = int(interval * 1000);
        options.startTime = started;

        Placement::EnvironmentPasswordProvider passwords;
        Placement::PlacementRun placementRun(*seeds, options, &passwords);
        QEventLoop loop;   // the CLI has no other event loop; the GUI runs the same PlacementRun on its own
        QObject::connect(&placementRun, &Placement::PlacementRun::finished, &loop, &QEventLoop::quit);
        if (io.errIsTty && !io.outIsTty) {
            QObject::connect(&placementRun, &Placement::PlacementRun::progress, &loop, [&io](int done, int total) {
                io.err << tr("\r%1 of %2 seeds done").arg(done).arg(total);
                io.err.flush();
            });
        }
        placementRun.start();
        if (!placementRun.isFinished())
            loop.exec();
        if (io.errIsTty && !io.outIsTty) {
            io.err << u'\n';
            io.err.flush();
        }
        results = placementRun.results();
        runJson = placementRun.runJson();
        finished = placementRun.finishTime();
        title = tr("Placement of campaign %1: %2 seeds").arg(token).arg(results.size());
    } else {
        const Placement::VendorPreset* preset = Placement::findVendorPreset(parser.value(kPreset));
        if (!preset) {
            QStringList names;
            for (const Placement::VendorPreset& p : Placement::vendorPresets())
                names << p.name;
            usageError(io, tr("unknown --preset '%1' (use %2)").arg(parser.value(kPreset), names.join(QStringLiteral(", "))));
            return ExitUsage;
        }
        auto imported = Placement::VendorImport::importFile(file, preset->mapping);
        if (!imported) {
            io.err << QStringLiteral("deliverbench-cli placement: ") << imported.error().message << u'\n';
            io.err.flush();
            return ExitUsage;
        }
        results = *imported;
        token = QFileInfo(file).fileName();
        finished = started;
        runJson = QJsonObject{{QStringLiteral("source"), QFileInfo(file).fileName()},
                              {QStringLiteral("preset"), preset->name}};
        title = tr("Placement imported from %1 (%2 preset): %3 seeds").arg(QFileInfo(file).fileName(), preset->name).arg(results.size());
    }

    const Findings findings = Placement::placementFindings(results);

    if (parser.isSet(kHistory)) {
        Placement::PlacementHistory history(parser.value(kHistory));
        auto opened = history.open();
        auto stored = opened ? history.addRun(token, poll ? QStringLiteral("imap") : QStringLiteral("import:") + QFileInfo(file).fileName(),
                                              started, finished, results)
                             : Result<qint64>(tl::unexpected(opened.error()));
        if (!stored) {
            io.err << QStringLiteral("deliverbench-cli placement: ") << stored.error().message << u'\n';
            io.err.flush();
        }
    }

    if (*format == OutputFormat::Json) {
        io.out << QString::fromUtf8(QJsonDocument(Placement::placementJson(results, findings, runJson)).toJson(QJsonDocument::Indented));
        io.out.flush();
    } else {
        printText(io.out, title, results);
    }
    return exitStatus(findings);
}

} // namespace Deliverbench::Cli
