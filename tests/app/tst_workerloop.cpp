// SPDX-License-Identifier: GPL-3.0-or-later
// WorkerLoop: a pool-thread task's local event loop that another thread ends at once, also while
// the application exits (the hang of tst_diffpage on CI: a verdict check cancelled by its page's
// destructor never saw the cancel, because no event is delivered once ~QCoreApplication begins).

#include "ChildProcess.h"
#include "util/WorkerLoop.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace Deliverbench::Gui;

namespace {

/**
 * @short Starts worker->wait(60000) on the global pool and returns once that thread is inside it
 * (it ran a timer of its loop); an invalid future if it did not get there within 10 s.
 */
QFuture<WorkerLoop::Outcome> waitOnPool(const WorkerLoopPtr& worker)
{
    auto looping = std::make_shared<std::atomic_bool>(false);
    QFuture<WorkerLoop::Outcome> future = QtConcurrent::run([worker, looping] {
        QTimer::singleShot(0, [looping] { *looping = true; });
        return worker->wait(60000);
    });
    QElapsedTimer clock;
    clock.start();
    while (!looping->load() && clock.elapsed() < 10000)
        QThread::msleep(5);
    return looping->load() ? future : QFuture<WorkerLoop::Outcome>();
}

/** @short What a page does: owns the running task's WorkerLoop and stops it when it dies. */
class Owner : public QObject
{
public:
    ~Owner() override
    {
        if (worker)
            worker->stop();
    }
    WorkerLoopPtr worker = std::make_shared<WorkerLoop>();
};

} // namespace

class TestWorkerLoop : public QObject
{
    Q_OBJECT
private slots:
    void stopBeforeWait();
    void wakeBeforeWait();
    void timesOut();
    void workerEventsAreDelivered();
    void stopFromAnotherThread();
    void wakeFromAnotherThread();
    void exitWhileWaiting();
    void exitWhileWaitingChild();
};

void TestWorkerLoop::stopBeforeWait()
{
    WorkerLoop worker;
    QVERIFY(!worker.isStopped());
    worker.stop();
    QVERIFY(worker.isStopped());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(worker.wait(60000), WorkerLoop::Outcome::Stopped);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestWorkerLoop::wakeBeforeWait()
{
    WorkerLoop worker;
    worker.wake();
    QVERIFY(!worker.isStopped());
    QCOMPARE(worker.wait(60000), WorkerLoop::Outcome::Woken);
}

void TestWorkerLoop::timesOut()
{
    WorkerLoop worker;
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(worker.wait(100), WorkerLoop::Outcome::TimedOut);
    QVERIFY2(clock.elapsed() >= 90, qPrintable(QString::number(clock.elapsed())));
}

void TestWorkerLoop::workerEventsAreDelivered()
{
    // The loop runs this thread's timers (and sockets): the task's own callback wakes it.
    WorkerLoop worker;
    int fired = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&fired, &worker] {
        if (++fired == 3)
            worker.wake();
    });
    tick.start();
    QCOMPARE(worker.wait(60000), WorkerLoop::Outcome::Woken);
    QCOMPARE(fired, 3);
}

void TestWorkerLoop::stopFromAnotherThread()
{
    auto worker = std::make_shared<WorkerLoop>();
    QElapsedTimer clock;
    clock.start();
    QFuture<WorkerLoop::Outcome> future = waitOnPool(worker);
    QVERIFY(future.isValid());
    worker->stop();
    future.waitForFinished();
    QCOMPARE(future.result(), WorkerLoop::Outcome::Stopped);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestWorkerLoop::wakeFromAnotherThread()
{
    // BatchAuthRunner's callback may come on another thread than the one waiting.
    auto worker = std::make_shared<WorkerLoop>();
    QFuture<WorkerLoop::Outcome> future = waitOnPool(worker);
    QVERIFY(future.isValid());
    worker->wake();
    future.waitForFinished();
    QCOMPARE(future.result(), WorkerLoop::Outcome::Woken);
    QVERIFY(!worker->isStopped());
}

void TestWorkerLoop::exitWhileWaiting()
{
    // The child leaves main() right after its owner stopped a task that would wait 60 s: it must
    // exit at once. Before WorkerLoop, the task polled a cancel flag from a timer, which stops
    // firing when ~QCoreApplication begins, and the child hung in QThreadPool::waitForDone().
    const QString failure = ChildProcess::failureOf(QStringLiteral("exitWhileWaitingChild"), 30000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestWorkerLoop::exitWhileWaitingChild()
{
    if (!ChildProcess::isChild())
        QSKIP("runs as the child process of exitWhileWaiting");
    auto* owner = new Owner;
    ChildProcess::deleteAtExit(owner); // stops the task as the application goes, as a page does
    QVERIFY(waitOnPool(owner->worker).isValid());
}

QTEST_GUILESS_MAIN(TestWorkerLoop)
#include "tst_workerloop.moc"
