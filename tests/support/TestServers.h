// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only access to the CTest fixture "test_servers" (tests/support/CMakeLists.txt):
// real BIND, Postfix and Dovecot on loopback, started by test_servers_start.
// Link nothing: deliverbench_use_test_servers(<target>) adds the defines and include dir.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QString>

#include <optional>

#ifndef DELIVERBENCH_TEST_SERVERS_ENV
#error "call deliverbench_use_test_servers(<target>) in CMake to use TestServers.h"
#endif
#ifndef DELIVERBENCH_TEST_SERVERS_LOG
#define DELIVERBENCH_TEST_SERVERS_LOG ""
#endif

struct TestServers
{
    /** @short Path of the KEY=VALUE file test_servers_start writes (only when every server started). */
    static QString envPath() { return QStringLiteral(DELIVERBENCH_TEST_SERVERS_ENV); }
    /** @short Path of the start log (why the servers did not start). */
    static QString logPath() { return QStringLiteral(DELIVERBENCH_TEST_SERVERS_LOG); }

    /**
     * @short The servers' environment (MAILTEST_BASE, DNS_SERVER, DNS_PORT, SMTP_OPEN_PORT, …), or
     * nothing when they are not running (no env file, or its base dir or processes are gone).
     * Tests must then FAIL with unavailableMessage(), never skip.
     */
    static std::optional<QHash<QString, QString>> load()
    {
        QFile file(envPath());
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        QHash<QString, QString> env;
        int lines = 0;
        while (!file.atEnd() && ++lines < 1000) {
            const QByteArray line = file.readLine(64 * 1024).trimmed();
            const qsizetype eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith('#') || eq <= 0)
                continue;
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(unquote(line.mid(eq + 1))));
        }
        const QString base = env.value(QStringLiteral("MAILTEST_BASE"));
        if (base.isEmpty() || !QFileInfo(base + QStringLiteral("/pids")).isFile())
            return std::nullopt;
#ifdef Q_OS_LINUX
        // a stale file from an earlier run whose servers are gone must not pass for a live one
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.key().endsWith(QStringLiteral("_PID")) && !QFileInfo::exists(QStringLiteral("/proc/") + it.value()))
                return std::nullopt;
        }
#endif
        return env;
    }

    /** @short The failure text for a test that needs the servers, naming the log to read. */
    static QString unavailableMessage()
    {
        return QStringLiteral("the test servers are not running (fixture test_servers_start failed or was not run; "
                              "run the test through ctest). Environment file: ")
            + envPath() + QStringLiteral("; start log: ") + logPath();
    }

    /** @short Undoes bash's printf %q quoting (backslash escapes, '…', $'…'). */
    static QByteArray unquote(const QByteArray& in)
    {
        QByteArray out;
        out.reserve(in.size());
        qsizetype i = 0;
        const qsizetype n = in.size();
        while (i < n) {
            const char c = in.at(i);
            if (c == '\\' && i + 1 < n) {
                out.append(in.at(i + 1));
                i += 2;
            } else if (c == '\'') {
                const qsizetype end = in.indexOf('\'', i + 1);
                const qsizetype stop = end < 0 ? n : end;
                out.append(in.mid(i + 1, stop - i - 1));
                i = stop + 1;
            } else if (c == '$' && i + 1 < n && in.at(i + 1) == '\'') {
                i += 2;
                while (i < n && in.at(i) != '\'') {
                    if (in.at(i) == '\\' && i + 1 < n) {
                        const char e = in.at(i + 1);
                        out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
                        i += 2;
                    } else {
                        out.append(in.at(i++));
                    }
                }
                ++i;
            } else {
                out.append(c);
                ++i;
            }
        }
        return out;
    }
};
