// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli report CASE.dbcase --to FILE.{html,md,json} [--redact] [--transcripts]`.
 *
 * The format follows the extension of --to ("-" writes JSON to standard output unless --format
 * says otherwise). PDF needs the GUI's print support: .pdf exits 2 with a message.
 * Exit status: 0 written and no error-level finding in the case, 1 written with errors, 2 usage
 * or an unreadable case.
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
