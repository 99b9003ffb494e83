// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;
class QIODevice;

namespace Deliverbench::Dns {
class Resolver;
}

namespace Deliverbench::Cli {

/**
 * @short The streams one invocation writes to and reads from, injected so tests run in-process
 * (STYLE.md §4.16). `in` is read only for the "-" (stdin) input.
 */
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
    QIODevice* in = nullptr;      ///< stdin; nullptr means "open the process's standard input on demand"
    bool outIsTty = false;        ///< stdout is a terminal: the text report may use colour
    bool errIsTty = false;        ///< stderr is a terminal: progress may be shown there
    bool colour = false;          ///< outIsTty and neither NO_COLOR nor TERM=dumb is set
};

/** @short DESIGN.md "CLI contract" options shared by every check subcommand. */
struct CommonOptions
{
    QStringList dnsServers;       ///< --dns-server IP[:PORT], repeatable
    QString zoneFile;             ///< --zone FILE (what-if overlay)
    int timeoutMs = 0;            ///< --timeout MS; 0 = the command's default
    QString caFile;               ///< --ca-file PEM
    QString caseFile;             ///< --case CASE.dbcase
};

/** @short The --format of a command's output (DESIGN.md CLI contract). */
enum class OutputFormat { Text, Json, Jsonl };

/**
 * @short One deliverbench-cli subcommand (KeePassXC-style: name, description, options,
 * execute with injected streams). Each later subcommand is one subclass in commands/.
 */
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::Command)

public:
    Command(QString name, QString description);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    const QString& description() const { return m_description; }

    /**
     * @short Parses `arguments` (arguments[0] is the command name) and runs the command.
     * Handles --help, option errors (exit 2) and the common options; then calls run().
     */
    int execute(const QStringList& arguments, CommandIo& io);

    /** @short The command's help text (usage, description, options). */
    QString helpText() const;

protected:
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };

    /** @short The command's own options (the common options and --help are added by the base). */
    QList<QCommandLineOption> m_options;
    QList<Positional> m_positionals;
    /** @short Whether the DESIGN.md common options (--dns-server … --case) are accepted. */
    bool m_acceptsCommonOptions = true;

    /** @short Runs the command after a successful parse. Returns the exit status (CliApplication.h). */
    virtual int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) = 0;

    /** @short "deliverbench-cli NAME: MESSAGE" on stderr followed by a hint to use --help. */
    void usageError(CommandIo& io, const QString& message) const;
    /** @short The --format value (text, json, and jsonl when `allowJsonl`); empty after a usage error. */
    std::optional<OutputFormat> outputFormat(const QCommandLineParser& parser, CommandIo& io, bool allowJsonl) const;
    /**
     * @short The resolver the common options ask for: --dns-server, --timeout (one try of that
     * budget) and the --zone what-if overlay, whose relative names are completed with @p zoneOrigin.
     * Zone diagnostics go to stderr; nullptr after a usage error (bad server, unreadable or invalid zone).
     * With @p systemUnavailable, a system resolver that cannot start (no --dns-server given) is not a
     * usage error: the reason is stored there and nullptr returned, for commands that can run offline.
     */
    std::unique_ptr<Dns::Resolver> makeResolver(const CommonOptions& common, CommandIo& io, const QByteArray& zoneOrigin = {},
                                                QString* systemUnavailable = nullptr) const;

private:
    void setUpParser(QCommandLineParser& parser) const;
    static QList<QCommandLineOption> commonOptions();

    QString m_name;
    QString m_description;
};

} // namespace Deliverbench::Cli
