// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/Resolver.h"
#include "util/WorkerLoop.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QFutureWatcherBase;
class QThreadPool;

namespace Deliverbench::Gui {

class BatchTableModel;

/**
 * @short Fills the SPF/DKIM/DMARC columns of the Batch table with message-level verdicts
 * (core auth/MessageAuth: RFC 7208, RFC 6376, RFC 7489), with at most maxInFlight() messages
 * being checked at a time. Each row's bytes are read back from its file when its turn comes,
 * so the queue costs an int per row.
 *
 * Reading, parsing and hashing (DKIM/ARC body hashes of messages of any size) happen on the
 * runner's own thread pool, never on the UI thread; each check's DNS lookups run on its worker's
 * event loop (c-ares, with the resolver's timeouts), never blocking. Results come back to the
 * UI thread through a QFutureWatcher.
 */
class BatchAuthRunner : public QObject
{
    Q_OBJECT
public:
    explicit BatchAuthRunner(BatchTableModel* model, QObject* parent = nullptr);
    ~BatchAuthRunner() override;

    /** @short DNS servers and timeouts for the next lookups (default: ResolverFactory's configuration). */
    void setResolverOptions(const Dns::ResolverOptions& options);
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    int maxInFlight() const { return m_maxInFlight; }
    /** @short Queues rows [first, last] of the model. */
    void enqueue(int first, int last);
    /** @short Drops the queue and every check in flight (their results are never delivered). */
    void cancel();

    bool isRunning() const { return !m_queue.isEmpty() || m_inFlight > 0; }
    int inFlight() const { return m_inFlight; }
    /** @short The most checks that ran at once since the last cancel (tests assert the bound). */
    int peakInFlight() const { return m_peak; }
    int doneCount() const { return m_done; }
    int queuedTotal() const { return m_total; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void pump();

    struct Flight
    {
        QFutureWatcherBase* watcher = nullptr;
        WorkerLoopPtr worker;
    };

    QPointer<BatchTableModel> m_model;
    Dns::ResolverOptions m_options;
    bool m_hasOptions = false;
    QThreadPool* m_pool;
    QList<int> m_queue;
    qsizetype m_queueHead = 0;
    QList<Flight> m_flights;
    int m_maxInFlight = 8;
    int m_inFlight = 0;
    int m_peak = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_active = false;
};

} // namespace Deliverbench::Gui
