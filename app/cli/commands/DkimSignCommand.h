// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli dkim-sign FILE --key K --selector S --domain D [--headers h1:h2]
 * [--canon relaxed/relaxed] [--algorithm rsa-sha256|ed25519-sha256] [--body-length]
 * [--timestamp UNIX] [--expire SECONDS] [--identity I]` (issue 4).
 *
 * Writes the message with a DKIM-Signature field (RFC 6376 §5) prepended to standard output;
 * the message bytes themselves are unchanged. FILE may be "-" for standard input. With
 * --print-record the TXT record to publish for the key is written to standard error.
 * Exit status 2 for bad usage, an unreadable file or an unusable key.
 */
class DkimSignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::DkimSignCommand)

public:
    DkimSignCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
