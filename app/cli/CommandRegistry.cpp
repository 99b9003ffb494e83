// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "commands/InspectCommand.h"
#include "commands/DomainCommand.h"
#include "commands/ReportCommand.h"
#include "commands/DiffCommand.h"
#include "commands/DnsblCommand.h"
#include "commands/RelayCommand.h"
#include "commands/PlacementCommand.h"
#include "commands/DkimSignCommand.h"
#include "commands/AuthCommand.h"

namespace Deliverbench::Cli {

CommandRegistry CommandRegistry::createDefault()
{
    CommandRegistry registry;
    registry.add(std::make_unique<InspectCommand>());
    registry.add(std::make_unique<DomainCommand>());
    registry.add(std::make_unique<ReportCommand>());
    registry.add(std::make_unique<DiffCommand>());
    registry.add(std::make_unique<DnsblCommand>());
    registry.add(std::make_unique<RelayCommand>());
    registry.add(std::make_unique<PlacementCommand>());
    registry.add(std::make_unique<DkimSignCommand>());
    registry.add(std::make_unique<AuthCommand>());
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
