// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "Command.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QFile>

#include <exception>

#ifdef Q_OS_WIN
#include <io.h>
#define DELIVERBENCH_ISATTY _isatty
#else
#include <unistd.h>
#define DELIVERBENCH_ISATTY ::isatty
#endif

namespace Deliverbench::Cli {

namespace {

/** @short Translation context of the global (non-command) strings. */
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::CliApplication)
};

bool isTerminal(const QTextStream& stream)
{
    const auto* file = qobject_cast<const QFile*>(stream.device());
    if (file == nullptr || file->handle() < 0)
        return false;
    return DELIVERBENCH_ISATTY(file->handle()) == 1;
}

/** @short no-color.org: any NO_COLOR disables colour; so does a dumb terminal. */
bool colourAllowed()
{
    return !qEnvironmentVariableIsSet("NO_COLOR") && qEnvironmentVariable("TERM") != QStringLiteral("dumb");
}

int usage(QTextStream& err, const QString& message)
{
    err << QStringLiteral("deliverbench-cli: ") << message << u'\n'
        << CliApplication::tr("Try 'deliverbench-cli --help'.") << u'\n';
    err.flush();
    return ExitUsage;
}

} // namespace

QString globalHelpText()
{
    const CommandRegistry registry = CommandRegistry::createDefault();
    QString text = CliApplication::tr("Usage: deliverbench-cli COMMAND [options] ...") + u'\n'
        + CliApplication::tr("Email deliverability workbench: inspect messages from scripts and CI.") + u'\n' + u'\n'
        + CliApplication::tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const auto& command : registry.commands())
        width = std::max(width, command->name().size());
    for (const auto& command : registry.commands()) {
        text += QStringLiteral("  ") + command->name() + QString(width - command->name().size() + 2, u' ')
            + command->description() + u'\n';
    }
    text += u'\n' + CliApplication::tr("Global options:") + u'\n'
        + QStringLiteral("  -h, --help     ") + CliApplication::tr("Show this help, or a command's help with COMMAND --help.") + u'\n'
        + QStringLiteral("  -v, --version  ") + CliApplication::tr("Show the version.") + u'\n' + u'\n'
        + CliApplication::tr("Exit status: 0 ran and nothing at error level, 1 ran and found errors, "
             "2 bad usage or unreadable input.")
        + u'\n';
    return text;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return run(arguments, out, err, RunOptions{});
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err, const RunOptions& options)
{
    try {
        CommandIo io{out, err};
        io.in = options.in;
        io.outIsTty = options.outIsTty.value_or(isTerminal(out));
        io.errIsTty = options.errIsTty.value_or(isTerminal(err));
        io.colour = io.outIsTty && colourAllowed();

        if (arguments.size() < 2)
            return usage(err, CliApplication::tr("no command given"));

        const QString& first = arguments.at(1);
        if (first == QStringLiteral("-h") || first == QStringLiteral("--help")) {
            out << globalHelpText();
            out.flush();
            return ExitOk;
        }
        if (first == QStringLiteral("-v") || first == QStringLiteral("--version")) {
            out << QStringLiteral("deliverbench-cli ") << QStringLiteral(DELIVERBENCH_VERSION) << u'\n';
            out.flush();
            return ExitOk;
        }
        if (first.startsWith(u'-'))
            return usage(err, CliApplication::tr("unknown option '%1'").arg(first));

        const CommandRegistry registry = CommandRegistry::createDefault();
        if (first == QStringLiteral("help")) {
            if (arguments.size() == 2) {
                out << globalHelpText();
                out.flush();
                return ExitOk;
            }
            Command* command = registry.find(arguments.at(2));
            if (command == nullptr)
                return usage(err, CliApplication::tr("unknown command '%1'").arg(arguments.at(2)));
            out << command->helpText();
            out.flush();
            return ExitOk;
        }
        Command* command = registry.find(first);
        if (command == nullptr)
            return usage(err, CliApplication::tr("unknown command '%1'").arg(first));
        const int status = command->execute(arguments.mid(1), io);
        out.flush();
        err.flush();
        return status;
    } catch (const std::exception& exception) {
        // Last line of defence (e.g. std::bad_alloc on a hostile input): a message, never a crash.
        out.flush();
        err << QStringLiteral("deliverbench-cli: ") << CliApplication::tr("internal error: %1").arg(QString::fromLocal8Bit(exception.what()))
            << u'\n';
        err.flush();
        return ExitUsage;
    }
}

} // namespace Deliverbench::Cli
