// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli domain DOMAIN [--selector S]... [--format text|json]` (DESIGN.md CLI
 * contract, issue 3): the domain audit of core/domain with the common --dns-server, --zone,
 * --timeout, --ca-file and --case options.
 *
 * Runs the asynchronous audit in a local event loop (the CLI's main() creates the
 * QCoreApplication but never exec()s it), so run() also works in-process from tests.
 * Exit status: 0 no error-level finding, 1 an error-level finding, 2 bad usage (invalid domain,
 * unreadable --zone or --ca-file).
 */
class DomainCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::DomainCommand)

public:
    DomainCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
