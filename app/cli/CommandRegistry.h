// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace Deliverbench::Cli {

/**
 * @short The subcommands of deliverbench-cli, in the order --help lists them.
 * A new subcommand is one Command subclass in commands/ plus one line in createDefault().
 */
class CommandRegistry
{
public:
    /** @short A registry holding every shipped subcommand (fresh objects: no state between runs). */
    static CommandRegistry createDefault();

    void add(std::unique_ptr<Command> command);
    /** @short The command with that name, or nullptr. */
    Command* find(QStringView name) const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Deliverbench::Cli
