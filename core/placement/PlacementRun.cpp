// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/PlacementRun.h"

#include <QCoreApplication>
#include <QTimer>

namespace Deliverbench::Placement {

PlacementRun::PlacementRun(SeedList seeds, Options options, PasswordProvider* passwords, QObject* parent)
    : QObject(parent)
    , m_seeds(std::move(seeds))
    , m_options(std::move(options))
    , m_passwords(passwords)
{
    for (const Seed& seed : std::as_const(m_seeds.seeds)) {
        SeedResult result;
        result.seed = seed;
        m_results.append(result);
        m_states.append(SeedState{});
    }
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &PlacementRun::onDeadline);
}

PlacementRun::~PlacementRun() = default;

QJsonObject PlacementRun::runJson() const
{
    QJsonObject o{
        {QStringLiteral("token"), QString::fromUtf8(m_options.poll.token)},
        {QStringLiteral("header"), m_options.poll.headerName.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(m_options.poll.headerName))},
        {QStringLiteral("started"), m_options.startTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("waitSeconds"), m_options.waitSeconds},
    };
    if (m_finishTime.isValid())
        o.insert(QStringLiteral("finished"), m_finishTime.toUTC().toString(Qt::ISODate));
    return o;
}

bool PlacementRun::isPermanent(const SeedResult& result)
{
    if (result.placement != PlacementKind::Error)
        return result.placement != PlacementKind::Missing;
    return result.errorKind == QLatin1String("auth") || result.errorKind == QLatin1String("tls")
        || result.errorKind == QLatin1String("password") || result.errorKind == QLatin1String("cancelled")
        || result.errorKind == QLatin1String("command");
}

void PlacementRun::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_options.startTime.isValid())
        m_options.startTime = QDateTime::currentDateTimeUtc();
    if (m_options.waitSeconds > 0)
        m_deadline->start(m_options.waitSeconds * 1000);
    else
        m_expired = true;   // one round only
    if (m_results.isEmpty()) {
        QTimer::singleShot(0, this, &PlacementRun::checkDone);
        return;
    }
    for (int i = 0; i < m_results.size(); ++i)
        pollSeed(i);
}

void PlacementRun::pollSeed(int index)
{
    SeedState& state = m_states[index];
    state.waiting = false;
    if (m_finished || state.final)
        return;
    const Seed seed = m_seeds.seeds.at(index);
    if (!state.havePassword) {
        if (!m_passwords) {
            m_results[index].placement = PlacementKind::Error;
            m_results[index].errorKind = QStringLiteral("password");
            m_results[index].error = tr("no password source for %1").arg(seed.address);
            state.final = true;
            emit seedUpdated(index);
            QTimer::singleShot(0, this, &PlacementRun::checkDone);
            return;
        }
        QPointer<PlacementRun> self(this);
        state.awaitingPassword = true;
        m_passwords->requestPassword(seed, [self, index](Result<QString> password) {
            if (!self || self->m_finished)
                return;
            SeedState& s = self->m_states[index];
            s.awaitingPassword = false;
            if (!password) {
                self->m_results[index].placement = PlacementKind::Error;
                self->m_results[index].errorKind = QStringLiteral("password");
                self->m_results[index].error = password.error().message;
                s.final = true;
                emit self->seedUpdated(index);
                QTimer::singleShot(0, self.data(), &PlacementRun::checkDone);
                return;
            }
            s.password = *password;
            s.havePassword = true;
            self->pollSeed(index);
        });
        return;
    }
    auto* poll = new SeedPoll(seed, state.password, m_options.poll, this);
    state.poll = poll;
    connect(poll, &SeedPoll::finished, this, [this, index] { onPollFinished(index); });
    poll->start();
}

void PlacementRun::onPollFinished(int index)
{
    SeedState& state = m_states[index];
    SeedPoll* poll = state.poll;
    if (!poll)
        return;
    state.poll = nullptr;
    SeedResult result = poll->result();
    poll->deleteLater();
    result.polls = m_results[index].polls + 1;
    if (result.arrival.isValid() && m_options.startTime.isValid())
        result.delaySeconds = m_options.startTime.secsTo(result.arrival);
    m_results[index] = result;
    state.final = isPermanent(result);
    emit seedUpdated(index);
    if (!state.final && !m_expired && !m_finished) {
        state.waiting = true;
        QTimer::singleShot(m_options.pollIntervalMs, this, [this, index] { pollSeed(index); });
    }
    checkDone();
}

void PlacementRun::onDeadline()
{
    m_expired = true;
    checkDone();
}

void PlacementRun::checkDone()
{
    if (m_finished)
        return;
    int done = 0;
    bool running = false;
    for (const SeedState& s : std::as_const(m_states)) {
        if (s.final)
            ++done;
        else if (s.poll || s.awaitingPassword)
            running = true;   // a poll still running when the wait expires may finish
    }
    emit progress(done, int(m_states.size()));
    if (done == m_states.size() || (m_expired && !running)) {
        m_finished = true;
        m_deadline->stop();
        m_finishTime = QDateTime::currentDateTimeUtc();
        emit finished();
    }
}

void PlacementRun::cancel()
{
    if (m_finished)
        return;
    for (int i = 0; i < m_states.size(); ++i) {
        SeedState& s = m_states[i];
        if (s.poll) {
            SeedPoll* poll = s.poll;
            s.poll = nullptr;
            poll->disconnect(this);
            poll->cancel();
            poll->deleteLater();
        }
        if (!s.final && m_results[i].placement == PlacementKind::Missing && m_results[i].polls == 0) {
            m_results[i].placement = PlacementKind::Error;
            m_results[i].errorKind = QStringLiteral("cancelled");
            m_results[i].error = tr("cancelled");
        }
    }
    m_expired = true;
    m_finished = true;
    m_deadline->stop();
    m_finishTime = QDateTime::currentDateTimeUtc();
    emit finished();
}

} // namespace Deliverbench::Placement
