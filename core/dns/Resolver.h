// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "dns/DnsTypes.h"
#include "dns/QueryLog.h"
#include "dns/ZoneOverlay.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class QSocketNotifier;

namespace Deliverbench::Dns {

/** @short A DNS server to ask: address and port (default 53). */
struct ServerAddress
{
    QHostAddress address;
    quint16 port = 53;

    /** @short "192.0.2.1:53" or "[2001:db8::1]:53". */
    QString toString() const;
};

/** @short Parses "IP", "IP:PORT", "[IPv6]", "[IPv6]:PORT" or a bare IPv6 address (the CLI's --dns-server). */
Result<ServerAddress> parseServer(QStringView text);

/** @short Settings of a Resolver (plain data: the GUI/CLI fill it from their settings). */
struct ResolverOptions
{
    QStringList servers;        ///< parseServer() forms; empty = the system's (/etc/resolv.conf)
    int timeoutMs = 3000;       ///< per try
    int tries = 2;              ///< a lookup ends in Timeout after timeoutMs × tries at the latest
    bool edns = true;           ///< EDNS(0) OPT record (RFC 6891)
    quint16 ednsUdpSize = 1232; ///< advertised UDP payload size (DNS flag day 2020 value)
    bool recursion = true;      ///< RD bit; off for asking an authoritative server directly
    bool requestAd = true;      ///< set AD in queries so a validating resolver reports it (RFC 6840 §5.7)
    bool cache = true;          ///< per-run cache: one name (and type) is asked once
};

/**
 * @short Asynchronous DNS resolver: c-ares 1.18 driven by the Qt event loop.
 *
 * c-ares reports its sockets through sock_state_cb; each gets a QSocketNotifier (read/write) that
 * calls ares_process_fd, and one single-shot QTimer follows ares_timeout() and the lookups'
 * deadlines. Nothing blocks and no thread is started. Any number of lookups may be in flight.
 * Queries are built with ares_create_query (EDNS, AD bit) and sent with ares_send; the raw answer
 * is decoded here (parseMessage) so the RCODE and the AD bit are reported as the server sent them
 * (ARES_FLAG_NOCHECKRESP: SERVFAIL and REFUSED are answers, not retried). Truncated UDP answers
 * are retried over TCP by c-ares.
 *
 * Callbacks are always delivered from the event loop, never from inside query(), and are dropped
 * when their context object is destroyed or cancelAll() is called. Each delivered answer is also
 * appended to queryLog() and emitted as answered().
 */
class Resolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Answer&)>;

    explicit Resolver(QObject* parent = nullptr);
    explicit Resolver(const ResolverOptions& options, QObject* parent = nullptr);
    ~Resolver() override;

    /** @short False when the options were unusable (bad server string) or c-ares failed to start; lookups then end in OtherError. */
    bool isValid() const { return m_channel != nullptr; }
    QString errorString() const { return m_error; }
    const ResolverOptions& options() const { return m_options; }
    /** @short The servers in use, "ip:port" comma-separated. */
    QString serversText() const { return m_serversText; }

    /**
     * @short Looks up (name, type); `callback` runs later on this thread with the answer unless
     * `context` (if not null) was destroyed or cancelAll() was called first.
     */
    void query(const QByteArray& name, RecordType type, QObject* context, Callback callback);
    /** @short Drops every pending lookup and its callback (c-ares queries are cancelled). */
    void cancelAll();
    /** @short Lookups that have not been delivered yet (in flight or waiting for delivery). */
    int pendingCount() const { return int(m_inflight.size()) + m_queued; }

    /** @short What-if records that replace real answers for their (name, type); marked fromOverlay. */
    void setOverlay(const ZoneOverlay& overlay) { m_overlay = overlay; }
    const ZoneOverlay& overlay() const { return m_overlay; }

    /** @short Forgets the per-run cache (pending lookups are kept). */
    void clearCache() { m_cache.clear(); }
    QueryLog* queryLog() const { return m_log; }

Q_SIGNALS:
    /** @short Every answer delivered (also from the cache or the overlay), after its callback. */
    void answered(const Deliverbench::Dns::Answer& answer);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback callback;
    };
    struct Pending
    {
        QByteArray key;
        Answer answer;
        QElapsedTimer timer;
        qint64 deadline = 0; ///< on m_clock
        QList<Waiter> waiters;
    };
    struct Notifiers
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    void init();
    static void sockStateCallback(void* data, int fd, int readable, int writable);
    static void aresCallback(void* arg, int status, int timeouts, unsigned char* abuf, int alen);
    void updateSocket(int fd, bool readable, bool writable);
    void processFd(int readFd, int writeFd);
    void onTimer();
    void expireDeadlines();
    void scheduleTimer();
    void onAresAnswer(quint64 id, int status, const unsigned char* abuf, int alen);
    void complete(Pending pending);
    void deliverLater(Waiter waiter, Answer answer);
    QString currentServer() const;

    ResolverOptions m_options;
    void* m_channel = nullptr; ///< ares_channel (kept opaque: ares.h stays out of the header)
    QString m_error;
    QString m_serversText;
    QHash<int, Notifiers> m_notifiers;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    quint64 m_generation = 0;
    int m_queued = 0;
    int m_currentFd = -1;
    bool m_destroying = false;
    QHash<quint64, Pending> m_inflight;
    QHash<QByteArray, quint64> m_pendingByKey;
    QHash<QByteArray, Answer> m_cache;
    ZoneOverlay m_overlay;
    QueryLog* m_log = nullptr;
};

} // namespace Deliverbench::Dns
