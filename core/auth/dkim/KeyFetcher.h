// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Deliverbench::Dns {
class Resolver;
}

namespace Deliverbench::Auth {

/** @short The answer to a key lookup: the TXT texts (each record's strings joined) or why there are none. */
struct KeyLookup
{
    QByteArray name;                               ///< selector._domainkey.domain
    Dns::Outcome outcome = Dns::Outcome::OtherError;
    QList<QByteArray> texts;                       ///< one per TXT record (RFC 6376 §3.6.2.2: strings joined)
    QString errorText;                             ///< for Timeout / OtherError
    QString server;                                ///< who answered, for the evidence ("memory" for MemoryKeyFetcher)
};

/**
 * @short Looks up DKIM key records (RFC 6376 §3.6.2): the TXT record at selector._domainkey.domain.
 *
 * Asynchronous: the callback runs later on the caller's thread (never from inside fetch()),
 * unless `context` was destroyed first.
 */
class KeyFetcher
{
public:
    using Callback = std::function<void(const KeyLookup&)>;
    virtual ~KeyFetcher();
    virtual void fetch(const QByteArray& name, QObject* context, Callback callback) = 0;
};

/** @short Key lookups through the project's Dns::Resolver (which must outlive the fetcher). */
class DnsKeyFetcher : public KeyFetcher
{
public:
    explicit DnsKeyFetcher(Dns::Resolver& resolver);
    void fetch(const QByteArray& name, QObject* context, Callback callback) override;

private:
    Dns::Resolver& m_resolver;
};

/**
 * @short Key records held in memory: tests, conformance data (DNS-KEYS.txt, FAKE_DNS.dat) and
 * what-if keys. Unknown names answer NXDOMAIN. Delivery is queued on the event loop like DNS.
 */
class MemoryKeyFetcher : public KeyFetcher
{
public:
    /** @short One TXT record at name (call again for more records at the same name). */
    void addRecord(const QByteArray& name, const QByteArray& text);
    /** @short Replaces every record at name. */
    void setRecord(const QByteArray& name, const QByteArray& text);
    /** @short A failure or empty answer at name (NxDomain, NoData, ServFail, Timeout, …). */
    void setOutcome(const QByteArray& name, Dns::Outcome outcome);
    void clear() { m_entries.clear(); }

    /**
     * @short Loads `owner TXT "record" [; comment]` lines (the conformance DNS-KEYS.txt format) and
     * `owner record` lines (Mail::DKIM FAKE_DNS.dat: NXDOMAIN, ~~Query timed out~~, ~~SERVFAIL~~).
     * Lines starting with ";" or "#" are comments. Returns the number of records loaded.
     */
    int loadText(QByteArrayView text);
    int loadFile(const QString& path);

    /** @short The lookup as it would be delivered (synchronously, for tests and tools). */
    KeyLookup lookup(const QByteArray& name) const;
    int lookupCount() const { return m_lookups; }

    void fetch(const QByteArray& name, QObject* context, Callback callback) override;

private:
    struct Entry
    {
        Dns::Outcome outcome = Dns::Outcome::NoError;
        QList<QByteArray> texts;
    };
    QHash<QByteArray, Entry> m_entries;
    int m_lookups = 0;
};

} // namespace Deliverbench::Auth
