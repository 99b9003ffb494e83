// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deliverbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Deliverbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DELIVERBENCH_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Deliverbench::Cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
