// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement/PlacementResult.h"
#include "placement/SeedList.h"
#include "placement/SeedPoll.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Deliverbench::Placement {

/**
 * @short A placement run: token, seed list, start (send) time; polls every seed concurrently,
 * again every pollInterval, until each seed has a final result or the wait expires.
 *
 * Final: a copy was found, or a permanent error (authentication, TLS, no password). Missing
 * seeds and transient errors (unreachable, timeout) are polled again; when the wait expires
 * they keep their last state (missing, or the last error). finished() is emitted once;
 * cancel() ends the run at once (seeds still open become errors of kind "cancelled").
 */
class PlacementRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        PollOptions poll;
        int waitSeconds = 0;              ///< total wait; 0: one poll per seed
        int pollIntervalMs = 15000;       ///< between polls of a seed that is still missing
        QDateTime startTime;              ///< when the campaign was sent; default: start()
    };

    PlacementRun(SeedList seeds, Options options, PasswordProvider* passwords, QObject* parent = nullptr);
    ~PlacementRun() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

    const QList<SeedResult>& results() const { return m_results; }
    const Options& options() const { return m_options; }
    QDateTime startTime() const { return m_options.startTime; }
    QDateTime finishTime() const { return m_finishTime; }
    /** @short The run's parameters as JSON ("token", "header", "started", "finished"). */
    QJsonObject runJson() const;

signals:
    /** @short A seed's result changed (index into results()). */
    void seedUpdated(int index);
    void progress(int done, int total);
    void finished();

private:
    struct SeedState
    {
        QPointer<SeedPoll> poll;
        QString password;
        bool havePassword = false;
        bool final = false;
        bool waiting = false;   ///< a poll is scheduled
        bool awaitingPassword = false;
    };

    void pollSeed(int index);
    void onPollFinished(int index);
    void checkDone();
    void onDeadline();
    static bool isPermanent(const SeedResult& result);

    SeedList m_seeds;
    Options m_options;
    PasswordProvider* m_passwords;
    QList<SeedResult> m_results;
    QList<SeedState> m_states;
    QTimer* m_deadline = nullptr;
    QDateTime m_finishTime;
    bool m_started = false;
    bool m_expired = false;
    bool m_finished = false;
};

} // namespace Deliverbench::Placement
