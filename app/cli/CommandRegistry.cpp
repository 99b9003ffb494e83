// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "commands/InspectCommand.h"

namespace Deliverbench::Cli {

CommandRegistry CommandRegistry::createDefault()
{
    CommandRegistry registry;
    registry.add(std::make_unique<InspectCommand>());
    return registry;
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command* CommandRegistry::find(QStringView name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace Deliverbench::Cli
