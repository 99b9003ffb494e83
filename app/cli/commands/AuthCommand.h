// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli auth FILE... [--ip IP] [--helo NAME] [--mail-from ADDR]
 * [--trust AUTHSERV-ID]... [--now UNIX_TIME] [--format text|json|jsonl] [--summary]` (DESIGN.md
 * CLI contract, issue 4): the message-level authentication verdict of core/auth/MessageAuth —
 * connection, SPF, every DKIM signature, DMARC, ARC, the Authentication-Results comparison and the
 * bulk-sender scorecard — for an .eml, an mbox or a Maildir (one jsonl line per message), with the
 * common --dns-server, --zone, --timeout and --case options. `--summary` prints the batch summary
 * (core/report/BatchSummary) instead of the per-message reports (with jsonl: after them).
 * Exit status: 0 no error-level finding, 1 an error-level finding, 2 bad usage or unreadable input.
 */
class AuthCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::AuthCommand)

public:
    AuthCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
