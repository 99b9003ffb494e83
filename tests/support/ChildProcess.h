// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one function of the current QtTest executable in a child process, for what only a whole
// process shows: that it exits (the QApplication destructor waits for the global thread pool).
//
//   void TestX::exitWhileBusy() { QVERIFY2(ChildProcess::failureOf("exitWhileBusyChild", 30000).isEmpty(), ...); }
//   void TestX::exitWhileBusyChild() { if (!ChildProcess::isChild()) QSKIP("..."); ... }

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>

namespace ChildProcess {

inline constexpr char kEnv[] = "DELIVERBENCH_TEST_CHILD";

/** @short True in the child failureOf() started; the child functions skip themselves otherwise. */
inline bool isChild()
{
    return qEnvironmentVariableIsSet(kEnv);
}

/**
 * @short Deletes @p object (in reverse order of the calls) from the application's post routines:
 * as late as objects of a running application can go, right before ~QCoreApplication stops all
 * event delivery and waits for the global thread pool. A page destroyed there leaves its workers
 * no time to notice a cancel by themselves.
 */
inline void deleteAtExit(QObject* object)
{
    static QList<QObject*> objects;
    if (objects.isEmpty()) {
        qAddPostRoutine([] {
            while (!objects.isEmpty())
                delete objects.takeLast();
        });
    }
    objects.append(object);
}

/**
 * @short Runs `<this test> <function>` in a child and says what went wrong, or nothing: the
 * child must exit within @p timeoutMs (else it is killed), with code 0, having passed @p function.
 */
inline QString failureOf(const QString& function, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kEnv), function);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), {function});
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return QStringLiteral("the child did not exit within %1 ms:\n%2")
            .arg(timeoutMs)
            .arg(QString::fromLocal8Bit(process.readAll()));
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("the child exited with %1:\n%2").arg(process.exitCode()).arg(output);
    const QRegularExpression passed(
        QStringLiteral("^PASS   : \\w+::%1\\(\\)$").arg(QRegularExpression::escape(function)),
        QRegularExpression::MultilineOption);
    if (!passed.match(output).hasMatch())
        return QStringLiteral("the child did not pass %1:\n%2").arg(function, output);
    return {};
}

} // namespace ChildProcess
