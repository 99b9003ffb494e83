// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace Deliverbench::Dns {
class Resolver;
}

namespace Deliverbench::Auth {

/**
 * @short Where SPF and DMARC get their DNS answers: the real Dns::Resolver, or an in-memory zone
 * (tests, what-if, fuzzing). Callbacks must be delivered later from the event loop, never from
 * inside query(), so evaluations never recurse on the stack.
 */
class DnsSource
{
public:
    using Callback = std::function<void(const Dns::Answer&)>;
    virtual ~DnsSource() = default;
    /** @short Looks up (name, type); `callback` runs later on this thread with the answer. */
    virtual void query(const QByteArray& name, Dns::RecordType type, Callback callback) = 0;
};

/** @short DnsSource over an existing Dns::Resolver (not owned; must outlive the lookups). */
class ResolverDnsSource : public DnsSource
{
public:
    explicit ResolverDnsSource(Dns::Resolver* resolver) : m_resolver(resolver) { }
    void query(const QByteArray& name, Dns::RecordType type, Callback callback) override;

private:
    Dns::Resolver* m_resolver;
};

/**
 * @short An in-memory zone: names absent give NXDOMAIN, a name with records of other types gives
 * NODATA, CNAMEs are followed (at most 8 steps, loops end in an error), and a name (or one type of
 * it) can be made to time out. Answers are delivered through a zero-timer (event loop).
 */
class MemoryDnsSource : public DnsSource
{
public:
    /** @short Adds one record; its owner name is normalised (lower case, no trailing dot). */
    void addRecord(const Dns::Record& record);
    /** @short Makes `name` exist without records (answers NODATA instead of NXDOMAIN). */
    void addEmptyName(const QByteArray& name);
    /** @short Every query for `name` times out. */
    void setTimeout(const QByteArray& name);
    /** @short Queries of `type` for `name` time out. */
    void setTimeout(const QByteArray& name, Dns::RecordType type);
    /** @short The answer query() would deliver, computed now (synchronous). */
    Dns::Answer answer(const QByteArray& name, Dns::RecordType type) const;
    /** @short How many queries were made, in total. */
    int queryCount() const { return m_queries; }

    void query(const QByteArray& name, Dns::RecordType type, Callback callback) override;

private:
    QHash<QByteArray, QList<Dns::Record>> m_names;
    QSet<QByteArray> m_timeoutNames;
    QSet<QByteArray> m_timeoutTypes; ///< "name|type"
    int m_queries = 0;
};

} // namespace Deliverbench::Auth
