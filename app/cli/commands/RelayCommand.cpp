// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RelayCommand.h"

#include "CliApplication.h"
#include "smtp/SmtpProbe.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSslCertificate>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kStartTls = QStringLiteral("starttls");
const QString kTls = QStringLiteral("tls");
const QString kProbeDomain = QStringLiteral("probe-domain");
const QString kHelo = QStringLiteral("helo");

/** @short "host", "host:587", "[2001:db8::1]:25" or a bare IPv6 address. */
bool parseHostPort(const QString& text, QString* host, int* port)
{
    *port = 0;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return false;
        *host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return false;
            bool ok = false;
            *port = rest.mid(1).toInt(&ok);
            if (!ok)
                return false;
        }
    } else if (text.count(u':') == 1) {
        *host = text.section(u':', 0, 0);
        bool ok = false;
        *port = text.section(u':', 1).toInt(&ok);
        if (!ok)
            return false;
    } else {
        *host = text; // a name, an IPv4 address or a bare IPv6 address
    }
    if (host->isEmpty() || host->contains(u' ') || host->contains(u'/'))
        return false;
    return *port == 0 || (*port >= 1 && *port <= 65535);
}

QString yesNo(bool value)
{
    return value ? RelayCommand::tr("yes") : RelayCommand::tr("no");
}

void printText(QTextStream& out, const Smtp::RelayReport& r)
{
    using namespace Smtp;
    out << RelayCommand::tr("SMTP probe of %1 port %2 (%3)").arg(r.host).arg(r.port).arg(r.address) << '\n';
    if (!r.banner.isEmpty())
        out << RelayCommand::tr("Banner (%1 ms):").arg(r.bannerMs) << '\n' << "  " << QString(r.banner).replace(u'\n', QStringLiteral("\n  ")) << '\n';
    const Capabilities& caps = r.capabilities();
    if (r.ehloSupported) {
        QStringList lines;
        for (const QByteArray& l : caps.lines)
            lines.append(QString::fromUtf8(l));
        out << RelayCommand::tr("EHLO: %1").arg(lines.join(QStringLiteral(", "))) << '\n';
    }
    if (!r.tls.mode.isEmpty()) {
        const TlsInfo& tls = r.tls;
        if (tls.established) {
            out << RelayCommand::tr("TLS (%1): %2, %3; certificate verified: %4 (chain trusted: %5, name %6 matches: %7)")
                       .arg(tls.mode, tls.version, tls.cipher, yesNo(tls.verified), yesNo(tls.chainTrusted), tls.verifyName,
                            yesNo(tls.nameMatches))
                << '\n';
            for (const CertificateInfo& c : tls.chain) {
                out << "  " << c.subject << RelayCommand::tr(" issued by ") << c.issuer << '\n'
                    << "    " << RelayCommand::tr("names: %1").arg(c.subjectAltNames.join(u' ')) << '\n'
                    << "    " << RelayCommand::tr("valid %1 to %2, %3 %4 bits")
                                     .arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate), c.keyType)
                                     .arg(c.keyBits)
                    << '\n';
            }
        } else {
            out << RelayCommand::tr("TLS (%1): failed: %2").arg(tls.mode, tls.failure) << '\n';
        }
    }
    out << RelayCommand::tr("AUTH before TLS: %1; after TLS: %2")
               .arg(r.capsBeforeTls.auth.isEmpty() ? RelayCommand::tr("none") : r.capsBeforeTls.auth.join(u' '),
                    !r.hasCapsAfterTls ? RelayCommand::tr("n/a")
                                       : r.capsAfterTls.auth.isEmpty() ? RelayCommand::tr("none") : r.capsAfterTls.auth.join(u' '))
        << '\n';
    if (r.reverse.checked) {
        out << RelayCommand::tr("Reverse DNS: %1 (FCrDNS %2)")
                   .arg(r.reverse.ptrNames.isEmpty() ? r.reverse.outcome : r.reverse.ptrNames.join(u' '), yesNo(r.reverse.fcrdns))
            << '\n';
    }
    const QString verdict = relayVerdictToken(r.openRelay);
    if (r.openRelay == RelayVerdict::Open) {
        out << RelayCommand::tr("Open relay: OPEN RELAY (%1 of %2 tests accepted)").arg(r.acceptedVariants().size()).arg(r.variants.size())
            << '\n';
    } else if (r.openRelay == RelayVerdict::Inconclusive) {
        out << RelayCommand::tr("Open relay: inconclusive, %1").arg(r.inconclusiveReason) << '\n';
    } else {
        out << RelayCommand::tr("Open relay: %1").arg(verdict) << '\n';
    }
    for (const RelayVariant& v : r.variants) {
        if (!v.tested)
            continue;
        out << QStringLiteral("  %1 %2 MAIL FROM:<%3> RCPT TO:<%4>: %5")
                   .arg(v.index, 2)
                   .arg(v.accepted ? RelayCommand::tr("ACCEPTED") : RelayCommand::tr("rejected"), v.mailFrom, v.rcptTo,
                        v.reply.section(u'\n', -1))
            << '\n';
    }
    out << RelayCommand::tr("Findings:") << '\n';
    for (const Finding& f : r.findings)
        out << QStringLiteral("  %1 %2: %3").arg(severityToken(f.severity), -7).arg(QString::fromLatin1(f.code), f.title) << '\n';
}

} // namespace

RelayCommand::RelayCommand()
    : Command(QStringLiteral("relay"),
              tr("Probe an SMTP server: banner, EHLO, STARTTLS and certificate, AUTH, VRFY/EXPN, reverse DNS and the "
                 "open-relay battery (never sends DATA)."))
{
    m_options.append(QCommandLineOption({QStringLiteral("f"), kFormat}, tr("Output format: text (default) or json."),
                                        QStringLiteral("text|json"), QStringLiteral("text")));
    m_options.append(QCommandLineOption(kStartTls, tr("Require STARTTLS (default: use it when offered).")));
    m_options.append(QCommandLineOption(kTls, tr("Implicit TLS from the first byte (port 465).")));
    m_options.append(QCommandLineOption(kProbeDomain, tr("External domain for the relay tests (default example.com)."),
                                        QStringLiteral("DOMAIN")));
    m_options.append(QCommandLineOption(kHelo, tr("Name sent with EHLO (default: the probe domain)."), QStringLiteral("NAME")));
    m_positionals.append({QStringLiteral("HOST"), tr("Server name or address, optionally with :PORT (default 25, 465 with --tls)."),
                          QStringLiteral("HOST[:PORT]")});
}

int RelayCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    const std::optional<OutputFormat> format = outputFormat(parser, io, false);
    if (!format)
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        usageError(io, args.isEmpty() ? tr("missing HOST") : tr("exactly one HOST expected"));
        return ExitUsage;
    }
    Smtp::ProbeOptions options;
    int port = 0;
    if (!parseHostPort(args.first(), &options.host, &port)) {
        usageError(io, tr("invalid host '%1': expected HOST[:PORT]").arg(args.first()));
        return ExitUsage;
    }
    if (parser.isSet(kStartTls) && parser.isSet(kTls)) {
        usageError(io, tr("--starttls and --tls exclude each other"));
        return ExitUsage;
    }
    options.tlsMode = parser.isSet(kTls) ? Smtp::TlsMode::Implicit
                                         : parser.isSet(kStartTls) ? Smtp::TlsMode::StartTls : Smtp::TlsMode::Auto;
    options.port = quint16(port != 0 ? port : options.tlsMode == Smtp::TlsMode::Implicit ? 465 : 25);
    if (parser.isSet(kProbeDomain)) {
        const QString domain = parser.value(kProbeDomain).trimmed();
        if (domain.isEmpty() || !domain.contains(u'.') || domain.contains(u' ') || domain.contains(u'@')) {
            usageError(io, tr("invalid --probe-domain '%1'").arg(domain));
            return ExitUsage;
        }
        options.probeDomain = domain;
    }
    if (parser.isSet(kHelo))
        options.heloName = parser.value(kHelo).trimmed();
    if (!common.caFile.isEmpty()) {
        options.extraCaCertificates = QSslCertificate::fromPath(common.caFile, QSsl::Pem);
        if (options.extraCaCertificates.isEmpty()) {
            io.err << tr("deliverbench-cli relay: no PEM certificate in '%1'").arg(common.caFile) << '\n';
            io.err.flush();
            return ExitUsage;
        }
    }
    if (common.timeoutMs > 0) {
        options.connectTimeoutMs = common.timeoutMs;
        options.replyTimeoutMs = common.timeoutMs;
        options.dns.timeoutMs = std::min(common.timeoutMs, 3000);
    }
    options.dns.servers = common.dnsServers;

    Smtp::SmtpProbe probe;
    QEventLoop loop;
    QObject::connect(&probe, &Smtp::SmtpProbe::finished, &loop, &QEventLoop::quit);
    if (io.errIsTty && !io.outIsTty)
        QObject::connect(&probe, &Smtp::SmtpProbe::progress, &loop, [&io](const QString& phase) {
            io.err << phase << QStringLiteral("…\n");
            io.err.flush();
        });
    probe.start(options);
    if (probe.isRunning())
        loop.exec();
    const Smtp::RelayReport& report = probe.report();
    if (*format == OutputFormat::Json) {
        io.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else {
        printText(io.out, report);
    }
    io.out.flush();
    return worstSeverity(report.findings) == Severity::Error ? ExitFindings : ExitOk;
}

} // namespace Deliverbench::Cli
