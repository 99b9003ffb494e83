// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "placement/PlacementResult.h"
#include "placement/SeedPoll.h"

#include <QObject>
#include <QPointer>

namespace Deliverbench::Imap {
class ImapSession;
struct ImapError;
}

namespace Deliverbench::Placement {

/**
 * @short Fetches one delivered copy whole, read-only: connect, authenticate, EXAMINE its folder
 * (RFC 3501 §6.3.2) and UID FETCH BODY.PEEK[] (§6.4.5: \\Seen is not set), LOGOUT. For opening
 * a seed's copy in the Message workspace; the poll itself only fetches header blocks.
 * finished() is emitted once; result() then holds the message bytes or the error.
 */
class CopyFetch : public QObject
{
    Q_OBJECT

public:
    /** @short Largest message accepted (bytes of the BODY[] literal). */
    static constexpr qint64 kMaxMessage = 64 * 1024 * 1024;

    CopyFetch(Seed seed, QString password, DeliveredCopy copy, PollOptions options, QObject* parent = nullptr);
    ~CopyFetch() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Result<QByteArray>& result() const { return m_result; }

signals:
    void finished();

private:
    void fail(const QString& message);
    void complete(Result<QByteArray> result);

    Seed m_seed;
    QString m_password;
    DeliveredCopy m_copy;
    PollOptions m_options;
    QPointer<Imap::ImapSession> m_session;
    Result<QByteArray> m_result;
    bool m_finished = false;
};

} // namespace Deliverbench::Placement
