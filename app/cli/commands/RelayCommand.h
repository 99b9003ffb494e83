// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli relay HOST[:PORT] [--starttls|--tls] [--probe-domain D] [--helo NAME]
 * [--format text|json]` (DESIGN.md CLI contract): the SMTP probe with the open-relay battery.
 *
 * Runs a local event loop until the probe ends. Exit status 1 when a finding is at error level
 * (open relay, AUTH before TLS, no connection, …), 2 for bad usage or an unreadable --ca-file.
 */
class RelayCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::RelayCommand)

public:
    RelayCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
