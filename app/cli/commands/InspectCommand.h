// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli inspect FILE... [--format text|json|jsonl]` (DESIGN.md CLI contract).
 *
 * Inputs: .eml, mbox, Maildir folder, or "-" for standard input; messages are parsed and
 * reported one at a time, so a large mbox is never held as a whole (the file is mapped).
 * Output formats:
 *  - text (default): the human report (colour only on a terminal without NO_COLOR);
 *  - jsonl: one compact object per message and line, `index` consecutive across inputs;
 *  - json: one pretty object when the invocation names one input holding one message,
 *    otherwise {"messages": [...]}, streamed.
 * An input that cannot be read or is not mail gets a one-line message on stderr; the
 * remaining inputs are still inspected and the exit status is 2. Otherwise the status is 1
 * when any message has an error-level finding, else 0. Progress goes to stderr, only when
 * stderr is a terminal and stdout is not (on a terminal the report itself shows progress).
 */
class InspectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::InspectCommand)

public:
    InspectCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
