// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BatchAuthRunner.h"

#include "auth/MessageAuth.h"
#include "message/Message.h"
#include "models/BatchScanner.h"
#include "models/BatchTableModel.h"
#include "util/ResolverFactory.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Deliverbench::Gui {

namespace {

/** @short A check never takes longer than this (the resolver's timeouts end it well before). */
constexpr int kDeadlineMs = 120000;

/** One token for all DKIM signatures: pass if any passes, else the first failure kind, else none. */
QString dkimToken(const QList<Auth::DkimSignatureResult>& results)
{
    if (results.isEmpty())
        return QStringLiteral("none");
    for (const Auth::DkimSignatureResult& result : results) {
        if (result.result == Auth::DkimResult::Pass)
            return QStringLiteral("pass");
    }
    for (Auth::DkimResult kind : {Auth::DkimResult::Fail, Auth::DkimResult::PermError, Auth::DkimResult::TempError,
                                  Auth::DkimResult::Policy, Auth::DkimResult::Neutral}) {
        for (const Auth::DkimSignatureResult& result : results) {
            if (result.result == kind)
                return QString::fromLatin1(Auth::dkimResultToken(kind));
        }
    }
    return QStringLiteral("none");
}

/** @short What one worker produced for a row: the three tokens, or nothing readable. */
struct BatchVerdicts
{
    bool ok = false;
    QString spf;
    QString dkim;
    QString dmarc;
};

/** @short Filled by MessageAuth's callback, possibly from another thread: only this is shared. */
struct WorkerShared
{
    QMutex mutex;
    BatchVerdicts verdicts;
    std::atomic_bool done{false};
};

/**
 * @short One row, on a pool thread: read, parse, hash (DkimVerifier/ArcVerifier prepare) and the
 * DNS lookups on this thread's own event loop. `worker.stop()` ends it at once.
 */
BatchVerdicts checkRow(const BatchRow& row, const Dns::ResolverOptions& options, bool hasOptions,
                       const WorkerLoopPtr& worker)
{
    BatchVerdicts out;
    const Result<QByteArray> raw = BatchScanner::readRaw(row);
    if (!raw || worker->isStopped())
        return out;
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(*raw));
    std::unique_ptr<Dns::Resolver> resolver =
        hasOptions ? std::make_unique<Dns::Resolver>(options) : ResolverFactory::createUnique();
    auto shared = std::make_shared<WorkerShared>();
    auto context = std::make_unique<QObject>();
    // The callback may be delivered on another thread: it only touches `shared` and `worker`, kept alive by it.
    Auth::MessageAuth::run(message, *resolver, Auth::MessageAuthOptions{}, context.get(),
                           [shared, worker](const Auth::MessageAuthResult& result) {
                               BatchVerdicts v;
                               v.ok = true;
                               v.spf = result.spfEvaluated ? QString::fromLatin1(Auth::spfResultToken(result.spf.result))
                                                           : QStringLiteral("none");
                               v.dkim = dkimToken(result.dkim);
                               v.dmarc = QString::fromLatin1(Auth::dmarcResultToken(result.dmarc.result));
                               {
                                   QMutexLocker lock(&shared->mutex);
                                   shared->verdicts = v;
                                   shared->done = true;
                               }
                               worker->wake();
                           });
    if (!shared->done.load())
        worker->wait(kDeadlineMs);
    context.reset(); // cancels a run still going
    resolver->cancelAll();
    QMutexLocker lock(&shared->mutex);
    if (shared->done.load()) {
        out = shared->verdicts;
    } else if (!worker->isStopped()) {
        out.ok = true; // ran out of time: the lookups never answered
        out.spf = out.dkim = out.dmarc = QStringLiteral("temperror");
    }
    return out;
}

} // namespace

BatchAuthRunner::BatchAuthRunner(BatchTableModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_pool(new QThreadPool(this))
{
    m_pool->setObjectName(QStringLiteral("batchAuthPool"));
    // the workers mostly wait for DNS: one thread per check in flight, not per core
    m_pool->setMaxThreadCount(m_maxInFlight);
}

BatchAuthRunner::~BatchAuthRunner()
{
    cancel();
    m_pool->waitForDone(); // stopped workers leave their event loops at once
}

void BatchAuthRunner::setResolverOptions(const Dns::ResolverOptions& options)
{
    cancel();
    m_options = options;
    m_hasOptions = true;
}

void BatchAuthRunner::enqueue(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_queue.append(row);
    m_total += std::max(0, last - first + 1);
    m_active = m_active || last >= first;
    // Start from the event loop: rows may be enqueued while the model is inserting them.
    QTimer::singleShot(0, this, &BatchAuthRunner::pump);
}

void BatchAuthRunner::cancel()
{
    // Each worker stops now; its watcher goes first, so nothing is delivered.
    const QList<Flight> flights = m_flights;
    m_flights.clear();
    for (const Flight& flight : flights) {
        flight.worker->stop();
        flight.watcher->disconnect(this);
        flight.watcher->deleteLater();
    }
    m_queue.clear();
    m_queueHead = 0;
    m_inFlight = 0;
    m_peak = 0;
    m_done = 0;
    m_total = 0;
    m_active = false;
}

void BatchAuthRunner::pump()
{
    if (m_pool->maxThreadCount() < m_maxInFlight)
        m_pool->setMaxThreadCount(m_maxInFlight);
    while (m_inFlight < m_maxInFlight && m_queueHead < m_queue.size() && m_model) {
        const int row = m_queue.at(m_queueHead++);
        if (row < 0 || row >= m_model->rowCount()) {
            ++m_done;
            continue;
        }
        const BatchRow data = m_model->row(row);
        const Dns::ResolverOptions options = m_options;
        const bool hasOptions = m_hasOptions;
        auto worker = std::make_shared<WorkerLoop>();
        auto* watcher = new QFutureWatcher<BatchVerdicts>(this);
        Flight flight{watcher, worker};
        m_flights.append(flight);
        ++m_inFlight;
        m_peak = std::max(m_peak, m_inFlight);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, row] {
            BatchVerdicts v;
            if (watcher->future().resultCount() > 0)
                v = watcher->result();
            m_flights.removeIf([watcher](const Flight& f) { return f.watcher == watcher; });
            watcher->deleteLater();
            if (m_model) {
                if (v.ok)
                    m_model->setVerdicts(row, v.spf, v.dkim, v.dmarc);
                else
                    m_model->setVerdicts(row, QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"));
            }
            --m_inFlight;
            ++m_done;
            emit progress(m_done, m_total);
            QTimer::singleShot(0, this, &BatchAuthRunner::pump);
        });
        watcher->setFuture(QtConcurrent::run(m_pool, [data, options, hasOptions, worker] {
            return checkRow(data, options, hasOptions, worker);
        }));
    }
    if (m_active && m_queueHead >= m_queue.size() && m_inFlight == 0) {
        m_active = false;
        m_queue.clear();
        m_queueHead = 0;
        emit progress(m_done, m_total);
        emit finished();
    }
}

} // namespace Deliverbench::Gui
