// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

namespace Deliverbench::Cli {

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Q_UNUSED(out);
    if (arguments.size() < 2) {
        err << "usage: deliverbench-cli COMMAND ...\n";
        return ExitUsage;
    }
    err << "deliverbench-cli: unknown command\n";
    return ExitUsage;
}

} // namespace Deliverbench::Cli
