// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one function of the current QtTest executable in a child process, for what only a whole
// process shows: that it exits (the QApplication destructor waits for the global thread pool).
//
//   void TestX::exitWhileBusy() { const auto child = ChildProcess::run("exitWhileBusyChild", 30000); ... }
//   void TestX::exitWhileBusyChild() { if (!ChildProcess::isChild()) QSKIP("..."); ... }

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>

namespace ChildProcess {

inline constexpr char kEnv[] = "DELIVERBENCH_TEST_CHILD";

/** @short True in the child run() started; the child functions skip themselves otherwise. */
inline bool isChild()
{
    return qEnvironmentVariableIsSet(kEnv);
}

struct Outcome
{
    bool finished = false; ///< exited within the time given (else it was killed)
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString output; ///< stdout and stderr, for the failure message
};

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

/** @short Runs `<this test> <function>` and waits up to @p timeoutMs for it to exit; kills it after. */
inline Outcome run(const QString& function, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kEnv), function);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(QCoreApplication::applicationFilePath(), {function});
    Outcome out;
    out.finished = process.waitForFinished(timeoutMs);
    out.elapsedMs = clock.elapsed();
    if (!out.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.output = QString::fromLocal8Bit(process.readAll());
    return out;
}

/**
 * @short Runs @p function in a child and says what went wrong, or nothing: the child must exit
 * within @p timeoutMs, with code 0, having passed the function.
 */
inline QString failureOf(const QString& function, int timeoutMs)
{
    const Outcome child = run(function, timeoutMs);
    if (!child.finished)
        return QStringLiteral("the child did not exit within %1 ms:\n%2").arg(timeoutMs).arg(child.output);
    if (child.exitCode != 0)
        return QStringLiteral("the child exited with %1:\n%2").arg(child.exitCode).arg(child.output);
    const QRegularExpression passed(
        QStringLiteral("^PASS   : \\w+::%1\\(\\)$").arg(QRegularExpression::escape(function)),
        QRegularExpression::MultilineOption);
    if (!passed.match(child.output).hasMatch())
        return QStringLiteral("the child did not pass %1:\n%2").arg(function, child.output);
    return {};
}

} // namespace ChildProcess
