// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/QueryLog.h"

namespace Deliverbench::Dns {

QueryLogEntry QueryLogEntry::fromAnswer(const Answer& answer)
{
    QueryLogEntry e;
    e.name = answer.name;
    e.type = answer.type;
    e.server = answer.server;
    e.answerText = answer.answerText();
    e.errorText = answer.errorText;
    e.outcome = answer.outcome;
    e.rcode = answer.rcode;
    e.time = answer.started;
    e.elapsedMs = answer.elapsedMs;
    e.fromOverlay = answer.fromOverlay;
    e.fromCache = answer.fromCache;
    e.authenticated = answer.authenticated;
    return e;
}

QueryLog::QueryLog(QObject* parent) : QObject(parent) { }

void QueryLog::add(const QueryLogEntry& entry)
{
    if (m_entries.size() >= kMaxEntries) {
        // drop the oldest tenth at once: amortised O(1) per add, never a shift per entry
        const qsizetype drop = kMaxEntries / 10;
        m_entries.remove(0, drop);
        m_dropped += drop;
    }
    m_entries.append(entry);
    Q_EMIT entryAdded(m_entries.size() - 1, m_entries.last());
}

void QueryLog::clear()
{
    m_entries.clear();
    m_dropped = 0;
    Q_EMIT cleared();
}

} // namespace Deliverbench::Dns
