// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DiffCommand.h"

#include "CliApplication.h"
#include "inspect/InspectText.h"
#include "message/Mailbox.h"
#include "report/MessageDiff.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <optional>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");

} // namespace

DiffCommand::DiffCommand()
    : Command(QStringLiteral("diff"), tr("Compare two messages: headers, MIME tree, part contents and findings."))
{
    m_acceptsCommonOptions = false;
    m_options.append(QCommandLineOption({QStringLiteral("f"), kFormat}, tr("Output format: text (default) or json."),
                                        QStringLiteral("text|json"), QStringLiteral("text")));
    m_positionals.append({QStringLiteral("A"), tr("The first message (.eml; the first message of an mbox)."),
                          QStringLiteral("A")});
    m_positionals.append({QStringLiteral("B"), tr("The second message."), QStringLiteral("B")});
}

int DiffCommand::run(const QCommandLineParser& parser, const CommonOptions& /*common*/, CommandIo& io)
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
    const Report::MessageDiff diff = Report::diffMessages(*messages[0], *messages[1]);
    if (*format == OutputFormat::Json)
        io.out << QString::fromUtf8(QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented));
    else
        io.out << TextReport::printable(diff.toText(), true);
    io.out.flush();
    return diff.identical ? ExitOk : ExitFindings;
}

} // namespace Deliverbench::Cli
