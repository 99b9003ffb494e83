// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli report CASE.dbcase --to FILE.{html,md,json,pdf} [--redact] [--transcripts]
 * [--recheck [--save]]`.
 *
 * The format follows the extension of --to ("-" writes JSON to standard output unless --format
 * says otherwise). PDF is laid out by the GUI binary's headless mode (`deliverbench --report`),
 * run when it is installed next to this binary; otherwise .pdf exits 2 naming that command.
 * --recheck reruns the case's checks now (Report::Recheck) and reports what changed; --save
 * records that re-check in the case file, next to the old evidence.
 * Exit status: 0 written and no error-level finding in the case, 1 written with errors, 2 usage
 * or an unreadable case. With --recheck: 0 nothing changed, 1 something changed, 2 failure.
 */
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::ReportCommand)

public:
    ReportCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
