// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Deliverbench::Cli {

/**
 * @short `deliverbench-cli diff A B [--format text|json] [--offline] [--dns-server IP] [--zone FILE]
 * [--case CASE]`: header, MIME tree, part content and structure-finding differences of two messages
 * (the inbox copy and the spam copy, before and after a forwarder), what the changes mean for A's
 * DKIM signatures, and the authentication verdicts of both compared (core report/AuthDiff).
 *
 * JSON: {"identical", "changes", "headers", "parts", "findings", "dkimImpact": [{"domain",
 * "selector", "keptInB", "changedHeaders", "bodyHashMatchesA", "bodyHashMatchesB", "survives",
 * "summary", …}], "auth": {"checked", "reason"?, "changes", "verdicts": [{"mechanism", "key",
 * "label", "a", "b", "detailA", "detailB", "change" (same|flipped|onlyInA|onlyInB|notChecked),
 * "reason", "reasonCode"}]}}. Exit status: 0 identical with the same verdicts, 1 different,
 * 2 usage or unreadable input.
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
