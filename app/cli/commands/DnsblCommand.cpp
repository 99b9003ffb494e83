// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DnsblCommand.h"

#include "CliApplication.h"
#include "dns/Resolver.h"
#include "message/Message.h"
#include "message/RawData.h"
#include "reputation/DnsblChecker.h"
#include "reputation/MessageTargets.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QUrl>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kCatalogue = QStringLiteral("catalogue");
const QString kList = QStringLiteral("list");
const QString kMessage = QStringLiteral("message");

void printText(QTextStream& out, const Reputation::DnsblChecker& checker)
{
    using namespace Reputation;
    const QList<DnsblResult> results = checker.results();
    for (const DnsblSummary& s : checker.summaryPerTarget()) {
        out << s.line() << '\n';
        for (const DnsblResult& r : results) {
            if (r.target != s.target || r.status == ListingStatus::Clear)
                continue;
            const QString status = r.status == ListingStatus::Listed ? DnsblCommand::tr("LISTED") : DnsblCommand::tr("unknown");
            out << QStringLiteral("  %1 %2").arg(status, -8).arg(r.zone);
            if (!r.answers.isEmpty())
                out << QStringLiteral(" [") << r.answers.join(u' ') << u']';
            out << QStringLiteral(": ") << r.meaning;
            if (!r.txt.isEmpty())
                out << QStringLiteral(" (\"") << r.txt << QStringLiteral("\")");
            if (r.status == ListingStatus::Listed && !r.delistUrl.isEmpty())
                out << DnsblCommand::tr("; delisting: %1").arg(r.delistUrl);
            out << '\n';
        }
    }
    out << DnsblCommand::tr("Summary: %1").arg(checker.summary().line()) << '\n';
}

} // namespace

DnsblCommand::DnsblCommand()
    : Command(QStringLiteral("dnsbl"),
              tr("Check IP addresses and domains against DNS blocklists (DNSBL/URIBL), all lists in parallel."))
{
    m_options.append(QCommandLineOption({QStringLiteral("f"), kFormat}, tr("Output format: text (default) or json."),
                                        QStringLiteral("text|json"), QStringLiteral("text")));
    m_options.append(QCommandLineOption(kCatalogue, tr("Use this catalogue JSON instead of the built-in one."),
                                        QStringLiteral("FILE")));
    m_options.append(QCommandLineOption(kList, tr("Add a list (types ipv4, ipv6, domain; default ipv4). Repeatable."),
                                        QStringLiteral("ZONE[:TYPES]")));
    m_options.append(QCommandLineOption(kMessage, tr("Also check every URL host and domain found in this message."),
                                        QStringLiteral("FILE")));
    m_positionals.append({QStringLiteral("TARGET"), tr("IPv4/IPv6 address or domain name. Repeatable."),
                          QStringLiteral("IP|DOMAIN...")});
}

int DnsblCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    using namespace Reputation;
    const std::optional<OutputFormat> format = outputFormat(parser, io, false);
    if (!format)
        return ExitUsage;
    QList<Target> targets;
    for (const QString& arg : parser.positionalArguments()) {
        const auto target = parseTarget(arg);
        if (!target) {
            usageError(io, target.error().message);
            return ExitUsage;
        }
        targets.append(*target);
    }
    if (parser.isSet(kMessage)) {
        auto data = Mail::RawData::mapFile(parser.value(kMessage));
        if (!data) {
            io.err << QStringLiteral("deliverbench-cli dnsbl: ") << data.error().message << '\n';
            io.err.flush();
            return ExitUsage;
        }
        const Mail::Message message = Mail::parseMessage(*data);
        for (const ExtractedTarget& t : extractTargets(message))
            targets.append(t.target);
    }
    if (targets.isEmpty()) {
        usageError(io, tr("no IP address or domain to check"));
        return ExitUsage;
    }
    Catalogue catalogue = Catalogue::builtIn();
    if (parser.isSet(kCatalogue)) {
        auto loaded = Catalogue::fromFile(parser.value(kCatalogue));
        if (!loaded) {
            io.err << QStringLiteral("deliverbench-cli dnsbl: ") << loaded.error().message << '\n';
            io.err.flush();
            return ExitUsage;
        }
        catalogue = *loaded;
    }
    for (const QString& spec : parser.values(kList)) {
        const QString zone = spec.section(u':', 0, 0).trimmed();
        const QString typeText = spec.section(u':', 1);
        int types = 0;
        for (const QString& t : typeText.split(u',', Qt::SkipEmptyParts)) {
            if (t == QLatin1String("ipv4"))
                types |= Ipv4;
            else if (t == QLatin1String("ipv6"))
                types |= Ipv6;
            else if (t == QLatin1String("domain"))
                types |= Domain;
            else
                types = -1;
            if (types < 0)
                break;
        }
        const QByteArray ace = QUrl::toAce(zone);
        if (types < 0 || ace.isEmpty() || !ace.contains('.') || !Dns::isValidQueryName(ace)) {
            usageError(io, tr("invalid --list '%1': expected ZONE[:ipv4,ipv6,domain]").arg(spec));
            return ExitUsage;
        }
        catalogue.add(Catalogue::userList(ace, types == 0 ? int(Ipv4) : types));
    }
    const std::unique_ptr<Dns::Resolver> resolver = makeResolver(common, io);
    if (!resolver)
        return ExitUsage;
    DnsblChecker checker(resolver.get());
    QEventLoop loop;
    QObject::connect(&checker, &DnsblChecker::finished, &loop, &QEventLoop::quit);
    checker.start(catalogue, targets);
    if (checker.isRunning())
        loop.exec();
    if (*format == OutputFormat::Json)
        io.out << QString::fromUtf8(QJsonDocument(checker.toJson()).toJson(QJsonDocument::Indented));
    else
        printText(io.out, checker);
    io.out.flush();
    return worstSeverity(checker.findings()) == Severity::Error ? ExitFindings : ExitOk;
}

} // namespace Deliverbench::Cli
