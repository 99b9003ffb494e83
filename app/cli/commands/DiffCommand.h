// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli diff A B [--format text|json]`: header, MIME tree, part content and
 * structure-finding differences of two messages (the inbox copy and the spam copy, before and
 * after a forwarder). Exit status: 0 identical, 1 different, 2 usage or unreadable input.
 */
class DiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::DiffCommand)

public:
    DiffCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
