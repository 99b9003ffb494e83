// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

class QIODevice;

namespace Deliverbench::Cli {

/** @short Exit status contract (DESIGN.md): 0 ran and nothing at error level, 1 ran and found
 *  an error-level finding, 2 bad usage or unreadable/non-message input. */
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

/** @short What run() needs besides arguments and the output streams (tests inject these). */
struct RunOptions
{
    QIODevice* in = nullptr;   ///< standard input for "-"; nullptr: the process's stdin
    /** @short Treat stdout / stderr as terminals; unset: detected from the streams' devices. */
    std::optional<bool> outIsTty;
    std::optional<bool> errIsTty;
};

/**
 * @short Runs one deliverbench-cli invocation with injected streams, so tests run in-process.
 * @param arguments argv including the program name
 */
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
int run(const QStringList& arguments, QTextStream& out, QTextStream& err, const RunOptions& options);

/** @short The global --help text (commands and global options). */
QString globalHelpText();

} // namespace Deliverbench::Cli
