// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AuthCommand.h"

#include "CliApplication.h"
#include "auth/MessageAuth.h"
#include "dns/Resolver.h"
#include "inspect/InspectText.h"
#include "message/Mailbox.h"
#include "report/BatchSummary.h"
#include "report/Case.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <memory>
#include <optional>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kIp = QStringLiteral("ip");
const QString kHelo = QStringLiteral("helo");
const QString kMailFrom = QStringLiteral("mail-from");
const QString kTrust = QStringLiteral("trust");
const QString kNow = QStringLiteral("now");
const QString kSummary = QStringLiteral("summary");
constexpr qint64 kMaxStdin = qint64(1) << 30;

using Format = OutputFormat;

void writeUtf8(QTextStream& stream, QByteArrayView bytes)
{
    if (QIODevice* device = stream.device()) {
        stream.flush();
        device->write(bytes.data(), bytes.size());
    } else {
        stream << QString::fromUtf8(bytes);
    }
}

QString p(const QString& text)
{
    return TextReport::printable(text);
}

QString pb(const QByteArray& bytes)
{
    return TextReport::printable(QString::fromUtf8(bytes));
}

QString severityLabel(Severity s, bool colour)
{
    static const char* const names[] = {"PASS ", "INFO ", "WARN ", "ERROR"};
    static const char* const colours[] = {"\x1b[32m", "\x1b[36m", "\x1b[33m", "\x1b[31;1m"};
    const int i = int(s);
    const QString label = QString::fromLatin1(names[i]);
    return colour ? QString::fromLatin1(colours[i]) + label + QStringLiteral("\x1b[0m") : label;
}

void writeText(QTextStream& out, const QString& name, const Auth::MessageAuthResult& r, bool colour)
{
    using namespace Auth;
    out << AuthCommand::tr("Authentication of %1").arg(p(name)) << u'\n';
    const ConnectionInfo& c = r.connection;
    out << QStringLiteral("  ") << AuthCommand::tr("connection: IP %1, HELO %2, MAIL FROM %3")
                                       .arg(c.hasIp() ? c.ip.toString() : AuthCommand::tr("unknown"),
                                            c.helo.isEmpty() ? AuthCommand::tr("unknown") : pb(c.helo),
                                            !c.mailFromKnown ? AuthCommand::tr("unknown")
                                                             : (c.mailFrom.isEmpty() ? QStringLiteral("<>") : pb(c.mailFrom)))
        << u'\n';
    out << QStringLiteral("    ") << p(c.explanation) << u'\n';
    if (r.spfEvaluated)
        out << QStringLiteral("  spf=%1 (%2 %3): ").arg(QString::fromLatin1(spfResultToken(r.spf.result)), QString::fromLatin1(r.spf.identity), pb(r.spf.domain))
            << p(r.spf.reason) << u'\n';
    else
        out << QStringLiteral("  spf=none: ") << p(r.spf.reason) << u'\n';
    if (r.dkim.isEmpty())
        out << QStringLiteral("  dkim=none: ") << AuthCommand::tr("no DKIM-Signature") << u'\n';
    for (const DkimSignatureResult& d : r.dkim) {
        out << QStringLiteral("  dkim=%1 (d=%2 s=%3 a=%4): ")
                   .arg(QString::fromLatin1(dkimResultToken(d.result)), pb(d.domain), pb(d.selector), pb(d.algorithm))
            << p(d.explanation) << u'\n';
        if (d.diagnosis && !d.diagnosis->explanation.isEmpty())
            out << QStringLiteral("    ") << p(d.diagnosis->explanation) << u'\n';
    }
    if (r.dmarc.recordText.isEmpty()) {
        // no record was found (none) or could be read (temperror, permerror): no policy to name
        out << QStringLiteral("  dmarc=%1 (%2): ").arg(QString::fromLatin1(dmarcResultToken(r.dmarc.result)), pb(r.dmarc.fromDomain))
            << p(r.dmarc.reason) << u'\n';
    } else {
        out << QStringLiteral("  dmarc=%1 (%2, p=%3, disposition %4): ")
                   .arg(QString::fromLatin1(dmarcResultToken(r.dmarc.result)), pb(r.dmarc.fromDomain),
                        QString::fromLatin1(dmarcPolicyToken(r.dmarc.appliedPolicy)), QString::fromLatin1(r.dmarc.disposition))
            << p(r.dmarc.reason) << u'\n';
    }
    out << QStringLiteral("  arc=%1").arg(r.arcJson.value(QStringLiteral("result")).toString(QStringLiteral("none")));
    const QString arcReason = r.arcJson.value(QStringLiteral("reason")).toString();
    if (!arcReason.isEmpty())
        out << QStringLiteral(": ") << p(arcReason);
    out << u'\n';
    if (!r.trust.seen.isEmpty()) {
        QStringList seen;
        for (const QByteArray& id : r.trust.seen)
            seen << pb(id) + (r.trust.trusted.contains(id) ? AuthCommand::tr(" (trusted)") : QString());
        out << QStringLiteral("  ") << AuthCommand::tr("Authentication-Results from: %1").arg(seen.join(QStringLiteral(", "))) << u'\n';
        for (const AuthResultsComparison& cmp : r.comparisons) {
            if (cmp.agreement == AuthResultsComparison::Agreement::NotCompared)
                continue;
            out << QStringLiteral("    [%1] ").arg(QString::fromLatin1(agreementToken(cmp.agreement))) << p(cmp.explanation) << u'\n';
        }
    }
    if (!r.scorecard.rows.isEmpty()) {
        out << QStringLiteral("  ") << AuthCommand::tr("Bulk-sender scorecard (Gmail, Yahoo, Microsoft):") << u'\n';
        for (const ScorecardRow& row : r.scorecard.rows)
            out << QStringLiteral("    %1  %2  ").arg(QString::fromLatin1(scoreStatusToken(row.status)).leftJustified(7),
                                                     QString::fromLatin1(row.id).leftJustified(22))
                << p(row.requirement) << u'\n';
    }
    const Findings findings = r.findings();
    for (const Finding& f : findings) {
        if (f.severity < Severity::Warning)
            continue;
        out << QStringLiteral("  ") << severityLabel(f.severity, colour) << u' ' << QString::fromLatin1(f.code) << QStringLiteral("  ")
            << p(f.title) << u'\n';
        if (!f.detail.isEmpty())
            out << QStringLiteral("        ") << TextReport::printable(f.detail, true).replace(u'\n', QStringLiteral("\n        ")) << u'\n';
        if (!f.remedy.isEmpty())
            out << QStringLiteral("        → ") << p(f.remedy) << u'\n';
    }
    out << u'\n';
}

/** @short The messages of one input: a file, mbox, Maildir or "-". */
std::optional<Mail::MailboxReader> openInput(const QString& name, CommandIo& io, QString* error)
{
    if (name == QStringLiteral("-")) {
        std::unique_ptr<QFile> own;
        QIODevice* device = io.in;
        if (!device) {
            own = std::make_unique<QFile>();
            if (!own->open(stdin, QIODevice::ReadOnly)) {
                *error = AuthCommand::tr("cannot read '-': %1").arg(own->errorString());
                return std::nullopt;
            }
            device = own.get();
        }
        QByteArray bytes;
        for (;;) {
            const QByteArray chunk = device->read(1 << 20);
            if (chunk.isEmpty())
                break;
            bytes += chunk;
            if (bytes.size() > kMaxStdin) {
                *error = AuthCommand::tr("cannot read '-': input larger than 1 GiB");
                return std::nullopt;
            }
        }
        if (bytes.isEmpty() || !Mail::looksLikeMessage(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 64 * 1024)))) {
            *error = AuthCommand::tr("'-' is not an email message");
            return std::nullopt;
        }
        return Mail::MailboxReader::fromBytes(std::move(bytes), name);
    }
    if (!QFileInfo::exists(name)) {
        *error = AuthCommand::tr("cannot read '%1': No such file or directory").arg(name);
        return std::nullopt;
    }
    auto reader = Mail::MailboxReader::open(name);
    if (!reader) {
        *error = AuthCommand::tr("cannot read '%1': %2").arg(name, reader.error().message);
        return std::nullopt;
    }
    return std::move(*reader);
}

} // namespace

AuthCommand::AuthCommand()
    : Command(QStringLiteral("auth"),
              tr("Authenticate messages: SPF, every DKIM signature, DMARC, ARC, Authentication-Results and the bulk-sender scorecard."))
{
    m_positionals.append({QStringLiteral("FILE"), tr(".eml file, mbox, Maildir folder, or - for standard input. Repeatable."),
                          QStringLiteral("FILE...")});
    m_options.append(QCommandLineOption(kIp, tr("The connecting IP (default: from the receiving hop's Received field)."), QStringLiteral("IP")));
    m_options.append(QCommandLineOption(kHelo, tr("The HELO/EHLO name (default: from the receiving hop)."), QStringLiteral("NAME")));
    m_options.append(QCommandLineOption(kMailFrom, tr("The MAIL FROM address, <> for the null sender (default: Return-Path)."),
                                        QStringLiteral("ADDR")));
    m_options.append(QCommandLineOption(kTrust, tr("Believe the Authentication-Results of this authserv-id (repeatable; default: the topmost)."),
                                        QStringLiteral("AUTHSERV-ID")));
    m_options.append(QCommandLineOption(kNow, tr("Verification time for DKIM t=/x= (Unix seconds; default: now)."), QStringLiteral("UNIX_TIME")));
    m_options.append(QCommandLineOption({QStringLiteral("f"), kFormat}, tr("Output format: text (default), json or jsonl (one line per message)."),
                                        QStringLiteral("text|json|jsonl"), QStringLiteral("text")));
    m_options.append(QCommandLineOption(kSummary, tr("Print counts by sending domain, DKIM d= and DMARC verdict (and bounces by cause and domain).")));
}

int AuthCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    const std::optional<OutputFormat> parsedFormat = outputFormat(parser, io, true);
    if (!parsedFormat)
        return ExitUsage;
    const Format format = *parsedFormat;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        usageError(io, tr("no input: name a FILE (.eml, mbox, Maildir) or - for standard input"));
        return ExitUsage;
    }

    Auth::MessageAuthOptions options;
    if (parser.isSet(kIp)) {
        const QHostAddress ip(parser.value(kIp).trimmed());
        if (ip.isNull()) {
            usageError(io, tr("invalid --ip '%1'").arg(parser.value(kIp)));
            return ExitUsage;
        }
        options.ip = ip;
    }
    if (parser.isSet(kHelo)) {
        const QByteArray helo = parser.value(kHelo).trimmed().toUtf8();
        if (helo.isEmpty() || helo.size() > 255) {
            usageError(io, tr("invalid --helo '%1'").arg(parser.value(kHelo)));
            return ExitUsage;
        }
        options.helo = helo;
    }
    if (parser.isSet(kMailFrom)) {
        const QByteArray from = parser.value(kMailFrom).trimmed().toUtf8();
        if (from.size() > 512 || (!from.isEmpty() && from != "<>" && !from.contains('@'))) {
            usageError(io, tr("invalid --mail-from '%1' (an address, or <> for the null sender)").arg(parser.value(kMailFrom)));
            return ExitUsage;
        }
        options.mailFrom = from;
    }
    for (const QString& id : parser.values(kTrust)) {
        if (id.trimmed().isEmpty()) {
            usageError(io, tr("empty --trust"));
            return ExitUsage;
        }
        options.trustedAuthservIds.append(id.trimmed().toUtf8());
    }
    if (parser.isSet(kNow)) {
        bool ok = false;
        const qint64 now = parser.value(kNow).toLongLong(&ok);
        if (!ok || now < 0) {
            usageError(io, tr("invalid --now '%1' (Unix seconds)").arg(parser.value(kNow)));
            return ExitUsage;
        }
        options.dkim.now = now;
    }
    const bool summaryMode = parser.isSet(kSummary);

    const std::unique_ptr<Dns::Resolver> resolver = makeResolver(common, io);
    if (!resolver)
        return ExitUsage;

    std::optional<Report::CaseAppender> caseFile;
    if (!common.caseFile.isEmpty())
        caseFile.emplace(common.caseFile);

    Report::BatchSummary summary;
    QJsonArray jsonMessages;
    bool inputFailed = false;
    bool anyError = false;
    int index = 0;
    for (const QString& name : inputs) {
        QString error;
        std::optional<Mail::MailboxReader> reader = openInput(name, io, &error);
        if (!reader) {
            io.out.flush();
            io.err << QStringLiteral("deliverbench-cli: ") << error << u'\n';
            io.err.flush();
            inputFailed = true;
            continue;
        }
        const int total = reader->count();
        while (std::optional<Mail::Message> message = reader->next()) {
            const QString label = total > 1 ? QStringLiteral("%1#%2").arg(name).arg(message->index + 1) : name;
            const Auth::MessageAuthResult result = Auth::MessageAuth::runBlocking(*message, *resolver, options);
            const Findings findings = result.findings();
            if (worstSeverity(findings) == Severity::Error)
                anyError = true;
            QJsonObject json = result.toJson();
            if (caseFile)
                caseFile->addMessageCheck(QStringLiteral("auth"), label, message->bytes().toByteArray(), findings, json);
            if (summaryMode) {
                Report::BatchEntry entry = Report::batchEntryFromMessage(*message);
                entry.verdict = QString::fromLatin1(Auth::dmarcResultToken(result.dmarc.result));
                summary.add(entry);
            }
            switch (format) {
            case Format::Jsonl: {
                QJsonObject line{{QStringLiteral("index"), index}, {QStringLiteral("file"), label}};
                for (auto it = json.constBegin(); it != json.constEnd(); ++it)
                    line.insert(it.key(), it.value());
                writeUtf8(io.out, QByteArray(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n'));
                break;
            }
            case Format::Json:
                if (!summaryMode) {
                    json.insert(QStringLiteral("file"), label);
                    jsonMessages.append(json);
                }
                break;
            case Format::Text:
                if (!summaryMode)
                    writeText(io.out, label, result, io.colour);
                break;
            }
            ++index;
        }
    }

    if (format == Format::Json) {
        QJsonObject doc;
        if (summaryMode)
            doc.insert(QStringLiteral("summary"), summary.toJson());
        else if (jsonMessages.size() == 1 && inputs.size() == 1)
            doc = jsonMessages.first().toObject();
        else
            doc.insert(QStringLiteral("messages"), jsonMessages);
        if (index > 0 || summaryMode)
            writeUtf8(io.out, QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else if (format == Format::Jsonl && summaryMode) {
        writeUtf8(io.out, QByteArray(QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary.toJson()}}).toJson(QJsonDocument::Compact) + '\n'));
    } else if (format == Format::Text && summaryMode) {
        io.out << TextReport::printable(summary.toText(), true);
    }
    io.out.flush();

    if (caseFile) {
        if (const auto saved = caseFile->commit(); !saved) {
            io.err << QStringLiteral("deliverbench-cli: ") << saved.error().message << u'\n';
            inputFailed = true;
        }
    }
    io.err.flush();
    if (inputFailed)
        return ExitUsage;
    return anyError ? ExitFindings : ExitOk;
}

} // namespace Deliverbench::Cli
