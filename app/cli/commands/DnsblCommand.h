// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli dnsbl IP|DOMAIN... [--message FILE] [--catalogue FILE] [--list ZONE[:TYPES]]
 * [--format text|json]` (DESIGN.md CLI contract): every target against every applicable list of
 * the catalogue, all queries in parallel.
 *
 * Exit status 1 when a target is listed at error level, 2 for bad usage, an invalid target or an
 * unreadable catalogue/message. Unknown results (timeouts, refusals) never make it fail.
 */
class DnsblCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::DnsblCommand)

public:
    DnsblCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
