// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "CliApplication.h"

#include "dns/Resolver.h"
#include "dns/ZoneOverlay.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>

namespace Deliverbench::Cli {

namespace {

const QString kHelp = QStringLiteral("help");
const QString kDnsServer = QStringLiteral("dns-server");
const QString kZone = QStringLiteral("zone");
const QString kTimeout = QStringLiteral("timeout");
const QString kCaFile = QStringLiteral("ca-file");
const QString kCase = QStringLiteral("case");

/** @short IP, IPv4:PORT or [IPv6]:PORT, as --dns-server takes it. */
bool isValidServer(const QString& value)
{
    QString host = value;
    QString port;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        if (close < 0)
            return false;
        host = value.mid(1, close - 1);
        const QString rest = value.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return false;
            port = rest.mid(1);
            if (port.isEmpty())
                return false;
        }
    } else if (value.count(u':') == 1) {
        host = value.section(u':', 0, 0);
        port = value.section(u':', 1);
        if (port.isEmpty())
            return false;
    }
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return false;
    }
    return true;
}

QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <") + option.valueName() + u'>';
    return syntax;
}

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{
}

Command::~Command() = default;

QList<QCommandLineOption> Command::commonOptions()
{
    return {
        QCommandLineOption(kDnsServer, tr("DNS server to query (repeatable)."), QStringLiteral("IP[:PORT]")),
        QCommandLineOption(kZone, tr("Zone file overlaid on DNS answers (what-if)."), QStringLiteral("FILE")),
        QCommandLineOption(kTimeout, tr("Network timeout in milliseconds."), QStringLiteral("MS")),
        QCommandLineOption(kCaFile, tr("Extra trust anchor for TLS checks."), QStringLiteral("PEM")),
        QCommandLineOption(kCase, tr("Add inputs and results to this case file (created if missing)."),
                           QStringLiteral("CASE.dbcase")),
    };
}

void Command::setUpParser(QCommandLineParser& parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), kHelp}, tr("Show this help.")));
    parser.addOptions(m_options);
    if (m_acceptsCommonOptions)
        parser.addOptions(commonOptions());
    for (const Positional& positional : m_positionals)
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
}

QString Command::helpText() const
{
    QString text;
    QStringList syntax;
    for (const Positional& positional : m_positionals)
        syntax << (positional.syntax.isEmpty() ? positional.name : positional.syntax);
    text += tr("Usage: deliverbench-cli %1 [options] %2").arg(m_name, syntax.join(u' ')) + u'\n';
    text += m_description + QStringLiteral("\n");

    const auto appendRows = [&text](const QString& heading, const QList<QPair<QString, QString>>& rows) {
        if (rows.isEmpty())
            return;
        qsizetype width = 0;
        for (const auto& row : rows)
            width = std::max(width, row.first.size());
        width = std::min<qsizetype>(width, 34);
        text += u'\n' + heading + u'\n';
        for (const auto& row : rows) {
            text += QStringLiteral("  ") + row.first;
            if (row.first.size() > width)
                text += u'\n' + QString(width + 2, u' ');
            else
                text += QString(width - row.first.size(), u' ');
            text += QStringLiteral("  ") + row.second + u'\n';
        }
    };

    QList<QPair<QString, QString>> arguments;
    for (const Positional& positional : m_positionals)
        arguments.append({positional.name, positional.description});
    appendRows(tr("Arguments:"), arguments);

    QList<QPair<QString, QString>> options;
    QList<QCommandLineOption> all = m_options;
    if (m_acceptsCommonOptions)
        all += commonOptions();
    all.append(QCommandLineOption({QStringLiteral("h"), kHelp}, tr("Show this help.")));
    for (const QCommandLineOption& option : all)
        options.append({optionSyntax(option), option.description()});
    appendRows(tr("Options:"), options);
    return text;
}

std::optional<OutputFormat> Command::outputFormat(const QCommandLineParser& parser, CommandIo& io, bool allowJsonl) const
{
    const QString value = parser.value(QStringLiteral("format"));
    const QString name = value.toLower();
    if (name == QLatin1String("text"))
        return OutputFormat::Text;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    if (allowJsonl && name == QLatin1String("jsonl"))
        return OutputFormat::Jsonl;
    usageError(io, allowJsonl ? tr("unknown format '%1' (use text, json or jsonl)").arg(value)
                              : tr("unknown format '%1' (use text or json)").arg(value));
    return std::nullopt;
}

std::unique_ptr<Dns::Resolver> Command::makeResolver(const CommonOptions& common, CommandIo& io, const QByteArray& zoneOrigin,
                                                     QString* systemUnavailable) const
{
    Dns::ResolverOptions options;
    options.servers = common.dnsServers;
    if (common.timeoutMs > 0) {
        options.timeoutMs = common.timeoutMs;
        options.tries = 1; // --timeout is the budget of a lookup
    }
    auto resolver = std::make_unique<Dns::Resolver>(options);
    if (!resolver->isValid()) {
        if (systemUnavailable && common.dnsServers.isEmpty())
            *systemUnavailable = resolver->errorString();
        else
            usageError(io, resolver->errorString());
        return nullptr;
    }
    if (common.zoneFile.isEmpty())
        return resolver;
    QFile zone(common.zoneFile);
    if (!zone.open(QIODevice::ReadOnly) || zone.size() > Dns::ZoneOverlay::kMaxInputBytes) {
        usageError(io, tr("cannot read --zone '%1'").arg(common.zoneFile));
        return nullptr;
    }
    const Dns::ZoneOverlay overlay = Dns::ZoneOverlay::parse(zone.readAll(), zoneOrigin);
    for (const Dns::ZoneDiagnostic& d : overlay.diagnostics())
        io.err << QStringLiteral("%1:%2: ").arg(common.zoneFile).arg(d.line) << d.message << u'\n';
    if (overlay.hasErrors()) {
        io.err.flush();
        return nullptr;
    }
    resolver->setOverlay(overlay);
    return resolver;
}

void Command::usageError(CommandIo& io, const QString& message) const
{
    io.err << QStringLiteral("deliverbench-cli %1: ").arg(m_name) << message << u'\n'
           << tr("Try 'deliverbench-cli %1 --help'.").arg(m_name) << u'\n';
    io.err.flush();
}

int Command::execute(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments)) {
        usageError(io, parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(kHelp)) {
        io.out << helpText();
        io.out.flush();
        return ExitOk;
    }

    CommonOptions common;
    if (m_acceptsCommonOptions) {
        common.dnsServers = parser.values(kDnsServer);
        for (const QString& server : std::as_const(common.dnsServers)) {
            if (!isValidServer(server)) {
                usageError(io, tr("invalid --dns-server '%1': expected IP or IP:PORT").arg(server));
                return ExitUsage;
            }
        }
        if (parser.isSet(kTimeout)) {
            bool ok = false;
            common.timeoutMs = parser.value(kTimeout).toInt(&ok);
            if (!ok || common.timeoutMs <= 0) {
                usageError(io, tr("invalid --timeout '%1': expected a positive number of milliseconds")
                                   .arg(parser.value(kTimeout)));
                return ExitUsage;
            }
        }
        common.zoneFile = parser.value(kZone);
        common.caFile = parser.value(kCaFile);
        common.caseFile = parser.value(kCase);
    }
    return run(parser, common, io);
}

} // namespace Deliverbench::Cli
