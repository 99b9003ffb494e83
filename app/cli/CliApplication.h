// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Deliverbench::Cli {

/** @short Exit status contract (DESIGN.md). */
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

/**
 * @short Runs one deliverbench-cli invocation with injected streams, so tests run in-process.
 * @param arguments argv including the program name
 */
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Deliverbench::Cli
