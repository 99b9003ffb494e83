// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/WorkerLoop.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QTimer>

namespace Deliverbench::Gui {

void WorkerLoop::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    if (m_loop)
        m_loop->quit(); // thread-safe: atomics and a dispatcher wake-up, no event
}

bool WorkerLoop::isStopped() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopped;
}

void WorkerLoop::wake()
{
    QMutexLocker lock(&m_mutex);
    m_woken = true;
    if (m_loop)
        m_loop->quit();
}

WorkerLoop::Outcome WorkerLoop::wait(int timeoutMs)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return Outcome::Stopped;
        if (m_woken)
            return Outcome::Woken;
        m_loop = &loop;
    }
    deadline.start(timeoutMs);
    loop.exec();
    QMutexLocker lock(&m_mutex);
    m_loop = nullptr;
    if (m_stopped)
        return Outcome::Stopped;
    if (m_woken)
        return Outcome::Woken;
    return Outcome::TimedOut; // nothing else quits the loop
}

} // namespace Deliverbench::Gui
