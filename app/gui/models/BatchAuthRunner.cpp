// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BatchAuthRunner.h"

#include "auth/MessageAuth.h"
#include "message/Message.h"
#include "models/BatchScanner.h"
#include "models/BatchTableModel.h"
#include "util/ResolverFactory.h"

#include <QTimer>

namespace Deliverbench::Gui {

namespace {

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

} // namespace

BatchAuthRunner::BatchAuthRunner(BatchTableModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
}

BatchAuthRunner::~BatchAuthRunner()
{
    cancel();
}

void BatchAuthRunner::setResolverOptions(const Dns::ResolverOptions& options)
{
    cancel();
    m_options = options;
    m_hasOptions = true;
    delete m_resolver;
    m_resolver = nullptr;
}

Dns::Resolver* BatchAuthRunner::resolver()
{
    // The GUI's DNS setup (servers, what-if overlay) unless options were given.
    if (m_resolver == nullptr)
        m_resolver = m_hasOptions ? new Dns::Resolver(m_options, this) : ResolverFactory::create(this);
    return m_resolver;
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
    // Deleting a run's context object cancels it: MessageAuth delivers nothing afterwards.
    const QList<QObject*> contexts = m_contexts;
    m_contexts.clear();
    qDeleteAll(contexts);
    if (m_resolver != nullptr)
        m_resolver->cancelAll();
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
    while (m_inFlight < m_maxInFlight && m_queueHead < m_queue.size() && m_model) {
        const int row = m_queue.at(m_queueHead++);
        if (row < 0 || row >= m_model->rowCount()) {
            ++m_done;
            continue;
        }
        const Result<QByteArray> raw = BatchScanner::readRaw(m_model->row(row));
        if (!raw) {
            m_model->setVerdicts(row, QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"));
            ++m_done;
            continue;
        }
        const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(*raw));
        auto* context = new QObject(this);
        m_contexts.append(context);
        ++m_inFlight;
        m_peak = std::max(m_peak, m_inFlight);
        Auth::MessageAuth::run(message, *resolver(), Auth::MessageAuthOptions{}, context,
                               [this, row, context](const Auth::MessageAuthResult& result) {
                                   const QString spf = result.spfEvaluated
                                                           ? QString::fromLatin1(Auth::spfResultToken(result.spf.result))
                                                           : QStringLiteral("none");
                                   const QString dmarc = QString::fromLatin1(Auth::dmarcResultToken(result.dmarc.result));
                                   if (m_model)
                                       m_model->setVerdicts(row, spf, dkimToken(result.dkim), dmarc);
                                   m_contexts.removeOne(context);
                                   context->deleteLater();
                                   --m_inFlight;
                                   ++m_done;
                                   emit progress(m_done, m_total);
                                   QTimer::singleShot(0, this, &BatchAuthRunner::pump);
                               });
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
