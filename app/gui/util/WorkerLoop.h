// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

#include <memory>

class QEventLoop;

namespace Deliverbench::Gui {

/**
 * @short The local event loop of a pool-thread task that waits for network answers (DNS for the
 * authentication checks), and the way another thread ends that wait at once.
 *
 * Why not poll promise.isCanceled() from a QTimer inside the loop: events stop being delivered on
 * every thread as soon as ~QCoreApplication begins (QCoreApplication::self is cleared before the
 * global thread pool is waited for). A page destroyed on the way out cancels its task, but if the
 * task's poll timer had not fired before that moment, it never fires again, and the process hangs
 * in QThreadPool::waitForDone(): seen as tst_diffpage timing out after all its functions passed.
 * stop() sets a flag and ends the loop directly (QEventLoop::exit() stores atomics and wakes the
 * dispatcher, as QThread::exit() does from other threads), so no event has to reach the worker.
 *
 * One instance serves one run, shared between the owner (who may stop() it) and the worker (who
 * calls wait()). stop() and wake() made before wait() are remembered.
 */
class WorkerLoop
{
public:
    enum class Outcome { Woken, Stopped, TimedOut };

    WorkerLoop() = default;
    WorkerLoop(const WorkerLoop&) = delete;
    WorkerLoop& operator=(const WorkerLoop&) = delete;

    /** @short Asks the task to stop and ends its wait() now, or makes it return at once. Any thread. */
    void stop();
    bool isStopped() const;
    /** @short Ends wait() because the work is done (the task's own callback calls this). Any thread. */
    void wake();
    /**
     * @short Runs a local event loop on the calling thread, so the objects of this thread (sockets,
     * timers) get their events, until wake() or stop() or @p timeoutMs. Call it once per instance.
     */
    Outcome wait(int timeoutMs);

private:
    mutable QMutex m_mutex;
    bool m_stopped = false;
    bool m_woken = false;
    QEventLoop* m_loop = nullptr; ///< the running wait()'s loop, guarded by m_mutex
};

using WorkerLoopPtr = std::shared_ptr<WorkerLoop>;

} // namespace Deliverbench::Gui
