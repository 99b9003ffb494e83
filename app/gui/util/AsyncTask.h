// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

/**
 * @short Run CPU-heavy work off the UI thread and get the result back on it
 * (KeePassXC AsyncTask::runThenCallback, without its nested event loop).
 *
 * The QFutureWatcher is parented to `context`: when the context dies, the watcher dies
 * with it and the callback is never called. Nothing here ever spins an event loop.
 */
namespace Deliverbench::Gui::AsyncTask {

/** @short Runs task() on the global thread pool; calls callback(result) on context's thread. */
template<typename Task, typename Callback>
QFutureWatcher<std::invoke_result_t<Task>>* runThenCallback(QObject* context, Task task, Callback callback)
{
    using R = std::invoke_result_t<Task>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)]() mutable {
                         if constexpr (std::is_void_v<R>) {
                             if (!watcher->isCanceled())
                                 callback();
                         } else {
                             if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                                 callback(watcher->result());
                         }
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(task)));
    return watcher;
}

/**
 * @short Like runThenCallback, but task(QPromise<R>&) reports progress
 * (promise.setProgressRange/Value) and polls promise.isCanceled().
 *
 * The returned watcher emits progressValueChanged on the context's thread; calling
 * watcher->cancel() asks the task to stop and suppresses the callback. A task that waits for the
 * network on its own event loop takes a WorkerLoop to wait on and to be stopped through, not a
 * timer polling promise.isCanceled() (see WorkerLoop.h for why).
 */
template<typename R, typename Task, typename Callback>
QFutureWatcher<R>* runWithPromise(QObject* context, Task task, Callback callback)
{
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)]() mutable {
                         if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                             callback(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(task)));
    return watcher;
}

} // namespace Deliverbench::Gui::AsyncTask
