// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DiffCommand.h"

#include "CliApplication.h"
#include "dns/Resolver.h"
#include "inspect/InspectText.h"
#include "message/Mailbox.h"
#include "report/AuthDiff.h"
#include "report/Case.h"
#include "report/MessageDiff.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kOffline = QStringLiteral("offline");

} // namespace

DiffCommand::DiffCommand()
    : Command(QStringLiteral("diff"),
              tr("Compare two messages: headers, MIME tree, part contents, findings, what the changes mean for "
                 "DKIM, and the authentication verdicts (DKIM, SPF, DMARC, ARC) of both."))
{
    m_options.append(QCommandLineOption({QStringLiteral("f"), kFormat}, tr("Output format: text (default) or json."),
                                        QStringLiteral("text|json"), QStringLiteral("text")));
    m_options.append(QCommandLineOption(
        kOffline, tr("Do not use DNS: the authentication verdicts are reported as not checked (the DKIM impact, "
                     "which needs no DNS, is still shown).")));
    m_positionals.append({QStringLiteral("A"), tr("The first message (.eml; the first message of an mbox)."),
                          QStringLiteral("A")});
    m_positionals.append({QStringLiteral("B"), tr("The second message."), QStringLiteral("B")});
}

int DiffCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    const std::optional<OutputFormat> format = outputFormat(parser, io, false);
    if (!format)
        return ExitUsage;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 2) {
        usageError(io, tr("name two messages to compare"));
        return ExitUsage;
    }
    std::optional<Mail::Message> messages[2];
    for (int i = 0; i < 2; ++i) {
        auto reader = Mail::MailboxReader::open(inputs.at(i));
        if (reader)
            messages[i] = reader->next();
        if (!reader || !messages[i]) {
            io.err << QStringLiteral("deliverbench-cli: ")
                   << tr("cannot read a message from '%1': %2")
                          .arg(inputs.at(i), reader ? tr("no message in it") : reader.error().message)
                   << u'\n';
            io.err.flush();
            return ExitUsage;
        }
    }

    // The DNS set-up every command shares (--dns-server, --timeout, --zone); without a usable
    // system resolver the verdicts are "not checked" instead of failures.
    std::unique_ptr<Dns::Resolver> resolver;
    QString offlineReason;
    if (parser.isSet(kOffline)) {
        offlineReason = tr("--offline was given (no DNS lookups)");
    } else {
        QString unavailable;
        resolver = makeResolver(common, io, {}, &unavailable);
        if (!resolver && unavailable.isEmpty())
            return ExitUsage;
        if (!resolver)
            offlineReason = tr("no DNS resolver is available (%1)").arg(unavailable);
    }

    const Report::MessageDiff diff = Report::diffMessages(*messages[0], *messages[1]);
    const Report::AuthDiff auth = resolver ? Report::runAuthDiffBlocking(*messages[0], *messages[1], *resolver, {}, diff.dkim)
                                           : Report::notCheckedAuthDiff(*messages[0], *messages[1], offlineReason);
    if (*format == OutputFormat::Json) {
        QJsonObject json = diff.toJson();
        json.insert(QStringLiteral("auth"), auth.toJson());
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        io.out << TextReport::printable(diff.toText() + auth.toText(), true);
    }
    io.out.flush();

    if (!common.caseFile.isEmpty()) {
        Report::CaseAppender caseFile(common.caseFile);
        QString names[2];
        QByteArray raws[2];
        for (int i = 0; i < 2; ++i) {
            raws[i] = messages[i]->bytes().toByteArray();
            names[i] = caseFile.edit().addMessage(QFileInfo(inputs.at(i)).fileName(), raws[i]);
        }
        const Findings findings = Report::diffFindings(diff, auth, names[0], names[1]);
        caseFile.edit().addCheck(Report::diffCaseCheck(names[0], raws[0], names[1], raws[1], diff, auth, findings));
        if (const auto saved = caseFile.commit(); !saved) {
            io.err << QStringLiteral("deliverbench-cli: ") << saved.error().message << u'\n';
            io.err.flush();
            return ExitUsage;
        }
    }
    return diff.identical && auth.changeCount() == 0 ? ExitOk : ExitFindings;
}

} // namespace Deliverbench::Cli
