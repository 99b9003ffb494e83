// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DomainCommand.h"

#include "CliApplication.h"
#include "dns/Resolver.h"
#include "domain/DomainAudit.h"
#include "report/Case.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kSelector = QStringLiteral("selector");
const QString kNoHttps = QStringLiteral("no-https");
const QString kHttpsConnect = QStringLiteral("https-connect"); // hidden: test hook (AuditOptions::httpsConnectOverride)

QString severityLabel(Severity s, bool colour)
{
    static const char* const names[] = {"PASS ", "INFO ", "WARN ", "ERROR"};
    static const char* const colours[] = {"\x1b[32m", "\x1b[36m", "\x1b[33m", "\x1b[31;1m"};
    const int i = int(s);
    const QString label = QString::fromLatin1(names[i]);
    return colour ? QString::fromLatin1(colours[i]) + label + QStringLiteral("\x1b[0m") : label;
}

void writeSpfTree(QTextStream& out, const Domain::SpfNode& node, int level, int* lines)
{
    if (++*lines > 200)
        return;
    out << QString(2 + level * 2, u' ') << QString::fromLatin1(node.via) << u' ' << QString::fromLatin1(node.domain)
        << QStringLiteral("  [") << DomainCommand::tr("%1 lookup(s), %2 with includes").arg(node.lookups).arg(node.totalLookups);
    if (node.totalVoidLookups > 0)
        out << QStringLiteral(", ") << DomainCommand::tr("%1 void").arg(node.totalVoidLookups);
    out << u']';
    if (node.status != "ok")
        out << u' ' << QString::fromLatin1(node.status);
    out << u'\n';
    for (const Domain::SpfNode& child : node.children)
        writeSpfTree(out, child, level + 1, lines);
}

void writeText(QTextStream& out, const Domain::DomainAudit& audit, bool colour)
{
    const Domain::AuditResult& r = audit.result();
    out << DomainCommand::tr("Domain audit of %1").arg(QString::fromLatin1(r.domain)) << u'\n';
    for (Domain::Section section : Domain::allSections()) {
        const Findings findings = audit.findings(section);
        out << u'\n' << Domain::sectionTitle(section) << u'\n';
        if (section == Domain::Section::Spf && !r.spf.record.isEmpty()) {
            out << QStringLiteral("  ") << QString::fromUtf8(r.spf.record) << u'\n';
            int lines = 0;
            if (r.spf.evaluated)
                writeSpfTree(out, r.spf.tree, 0, &lines);
        }
        if (section == Domain::Section::Mx) {
            for (const Domain::MxHost& h : r.mx) {
                out << QStringLiteral("  %1 %2").arg(h.preference).arg(QString::fromLatin1(h.host));
                for (const Domain::MxAddress& a : h.addresses) {
                    out << QStringLiteral("  ") << a.address.toString();
                    if (!a.ptr.isEmpty())
                        out << QStringLiteral(" (") << QString::fromLatin1(a.ptr.join(", ")) << (a.fcrdns ? QStringLiteral(", FCrDNS ok)") : QStringLiteral(")"));
                }
                out << u'\n';
            }
        }
        if (section == Domain::Section::Dmarc && !r.dmarc.record.isEmpty())
            out << QStringLiteral("  ") << QString::fromLatin1(r.dmarc.foundAt) << QStringLiteral(": ") << QString::fromUtf8(r.dmarc.record) << u'\n';
        for (const Finding& f : findings) {
            out << QStringLiteral("  ") << severityLabel(f.severity, colour) << u' ' << QString::fromLatin1(f.code) << QStringLiteral("  ") << f.title << u'\n';
            if (f.severity >= Severity::Warning) {
                if (!f.detail.isEmpty())
                    out << QStringLiteral("        ") << f.detail << u'\n';
                if (!f.evidence.isEmpty())
                    out << QStringLiteral("        ") << QString(f.evidence).replace(u'\n', QStringLiteral("\n        ")) << u'\n';
                if (!f.remedy.isEmpty())
                    out << QStringLiteral("        → ") << f.remedy << u'\n';
            }
        }
    }
    int errors = 0, warnings = 0;
    for (const Finding& f : r.findings) {
        errors += f.severity == Severity::Error ? 1 : 0;
        warnings += f.severity == Severity::Warning ? 1 : 0;
    }
    out << u'\n'
        << DomainCommand::tr("%1 error(s), %2 warning(s); %3 DNS lookup(s) in %4 ms")
               .arg(errors)
               .arg(warnings)
               .arg(r.dns.size())
               .arg(r.elapsedMs)
        << u'\n';
}

} // namespace

DomainCommand::DomainCommand()
    : Command(QStringLiteral("domain"), tr("Audit a sending domain: MX, SPF, DMARC, DKIM keys, MTA-STS, TLS-RPT, BIMI, DNSSEC."))
{
    m_positionals.append({QStringLiteral("DOMAIN"), tr("The domain to audit (IDN allowed)."), QStringLiteral("DOMAIN")});
    m_options.append(QCommandLineOption(kSelector, tr("DKIM selector to check (repeatable); without it common selectors are guessed."),
                                        QStringLiteral("S")));
    m_options.append(QCommandLineOption(kFormat, tr("Output format: text (default) or json."), QStringLiteral("text|json"),
                                        QStringLiteral("text")));
    m_options.append(QCommandLineOption(kNoHttps, tr("Do not fetch the MTA-STS policy and the BIMI logo.")));
    QCommandLineOption connect(kHttpsConnect, tr("Connect every HTTPS fetch to this address (tests)."), QStringLiteral("IP:PORT"));
    connect.setFlags(QCommandLineOption::HiddenFromHelp);
    m_options.append(connect);
}

int DomainCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(io, positional.isEmpty() ? tr("no domain given") : tr("exactly one domain expected"));
        return ExitUsage;
    }
    const QString format = parser.value(kFormat);
    if (format != QStringLiteral("text") && format != QStringLiteral("json")) {
        usageError(io, tr("invalid --format '%1': expected text or json").arg(format));
        return ExitUsage;
    }
    const auto domain = Domain::DomainAudit::normalizeDomain(positional.first());
    if (!domain) {
        usageError(io, domain.error().message);
        return ExitUsage;
    }

    Domain::AuditOptions options;
    for (const QString& s : parser.values(kSelector)) {
        const QByteArray selector = s.trimmed().toLatin1();
        if (selector.isEmpty() || !Dns::isValidQueryName(QByteArray(selector + "._domainkey." + *domain))) {
            usageError(io, tr("invalid --selector '%1'").arg(s));
            return ExitUsage;
        }
        if (!options.selectors.contains(selector))
            options.selectors.append(selector);
    }
    options.fetchHttps = !parser.isSet(kNoHttps);
    options.httpsConnectOverride = parser.value(kHttpsConnect);
    if (common.timeoutMs > 0)
        options.httpsTimeoutMs = common.timeoutMs * 2;
    if (!common.caFile.isEmpty()) {
        QFile file(common.caFile);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
            usageError(io, tr("cannot read --ca-file '%1'").arg(common.caFile));
            return ExitUsage;
        }
        options.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty()) {
            usageError(io, tr("--ca-file '%1' holds no PEM certificate").arg(common.caFile));
            return ExitUsage;
        }
    }

    const std::unique_ptr<Dns::Resolver> resolver = makeResolver(common, io, *domain);
    if (!resolver)
        return ExitUsage;

    Domain::DomainAudit audit(resolver.get());
    QEventLoop loop; // CLI only: the core never spins a nested loop
    QObject::connect(&audit, &Domain::DomainAudit::finished, &loop, &QEventLoop::quit);
    audit.start(*domain, options);
    if (audit.isRunning())
        loop.exec();

    const Domain::AuditResult& result = audit.result();
    if (format == QStringLiteral("json")) {
        io.out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    } else {
        writeText(io.out, audit, io.colour);
    }
    io.out.flush();

    if (!common.caseFile.isEmpty()) {
        Report::CaseAppender appender(common.caseFile);
        appender.edit().addDomain(QString::fromLatin1(result.domain));
        appender.edit().addCheck({QStringLiteral("domain"), QString::fromLatin1(result.domain), QDateTime::currentDateTimeUtc(),
                                  result.findings, result.toJson()});
        QList<Report::CaseDnsEntry> entries;
        for (const Dns::QueryLogEntry& e : result.dns)
            entries.append(Report::CaseDnsEntry::fromQueryLog(e));
        appender.edit().addDnsEntries(entries);
        const auto saved = appender.commit();
        if (!saved) {
            io.err << QStringLiteral("deliverbench-cli domain: ") << saved.error().message << u'\n';
            io.err.flush();
            return ExitUsage;
        }
    }
    return worstSeverity(result.findings) == Severity::Error ? ExitFindings : ExitOk;
}

} // namespace Deliverbench::Cli
