// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli placement poll SEEDLIST --token T [--wait S] [--header NAME | --subject]
 * [--ca-file PEM] [--format text|json]` and `placement import FILE [--preset NAME] [--format ...]`.
 *
 * poll reads the seed list (JSON or CSV; passwords from each seed's passwordEnv), polls every
 * seed over IMAP until each has a result or the wait expires, and prints the per-seed results
 * and the matrix (providers as rows; inbox/tab/spam/missing/error counts and percentages), or
 * DESIGN.md's `placement` JSON. import reads a vendor's CSV/JSON export through a column preset.
 * --history DB appends the run to a placement history (SQLite). Exit status: 2 bad usage or
 * unreadable input, 1 when any seed is in spam or could not be polled, else 0.
 */
class PlacementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::PlacementCommand)

public:
    PlacementCommand();

protected:
    int run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io) override;
};

} // namespace Deliverbench::Cli
