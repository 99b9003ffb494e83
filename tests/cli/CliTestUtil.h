// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliApplication.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>
#include <QTextStream>

namespace Deliverbench::CliTest {

/** @short What one in-process deliverbench-cli run produced. */
struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

/** @short Runs deliverbench-cli in-process with QBuffer-backed streams (not terminals). */
inline CliRun runCli(const QStringList& arguments)
{
    QByteArray outBytes, errBytes;
    QBuffer outBuffer(&outBytes), errBuffer(&errBytes);
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    CliRun result;
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        Cli::RunOptions options;
        options.outIsTty = false;
        options.errIsTty = false;
        result.status = Cli::run(QStringList{QStringLiteral("deliverbench-cli")} + arguments, out, err, options);
        out.flush();
        err.flush();
    }
    result.out = outBytes;
    result.err = errBytes;
    return result;
}

} // namespace Deliverbench::CliTest
