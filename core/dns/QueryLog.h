// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace Deliverbench::Dns {

/** @short One line of the DNS trace: a lookup and how it was answered. */
struct QueryLogEntry
{
    QByteArray name;
    RecordType type = RecordType::A;
    QString server;          ///< "127.0.0.1:53"; empty for overlay answers
    QByteArray answerText;   ///< Answer::answerText(): records in presentation form, or the outcome token
    QString errorText;       ///< Answer::errorText: why a failed lookup failed (translated), empty otherwise
    Outcome outcome = Outcome::OtherError;
    int rcode = -1;          ///< -1 without a response (timeout, error, overlay)
    QDateTime time;          ///< UTC, when the lookup started
    qint64 elapsedMs = 0;
    bool fromOverlay = false;
    bool fromCache = false;
    bool authenticated = false;

    static QueryLogEntry fromAnswer(const Answer& answer);
};

/**
 * @short The DNS trace of a run: every lookup answered, in order (model-free; the GUI wraps it).
 * Bounded: past kMaxEntries the oldest entries are dropped (droppedCount() says how many).
 */
class QueryLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxEntries = 100000;

    explicit QueryLog(QObject* parent = nullptr);

    const QList<QueryLogEntry>& entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    qsizetype droppedCount() const { return m_dropped; }
    void add(const QueryLogEntry& entry);
    void clear();

Q_SIGNALS:
    /** @short Emitted after `entry` was appended at `index`. */
    void entryAdded(qsizetype index, const Deliverbench::Dns::QueryLogEntry& entry);
    void cleared();

private:
    QList<QueryLogEntry> m_entries;
    qsizetype m_dropped = 0;
};

} // namespace Deliverbench::Dns
