// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/Resolver.h"

#include "dns/DnsMessage.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <ares.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>
#include <mutex>

namespace Deliverbench::Dns {

namespace {

constexpr int kClassIn = 1;

bool libraryInit()
{
    // ares_library_init is not thread-safe and must run once per process
    static std::once_flag once;
    static int rc = ARES_ENOTINITIALIZED;
    std::call_once(once, [] { rc = ares_library_init(ARES_LIB_INIT_ALL); });
    return rc == ARES_SUCCESS;
}

ares_channel channelOf(void* p)
{
    return static_cast<ares_channel>(p);
}

struct AresArg
{
    Resolver* self;
    quint64 id;
};

QString endpoint(const QHostAddress& address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + address.toString() + QStringLiteral("]:") + QString::number(port);
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

} // namespace

QString ServerAddress::toString() const
{
    return endpoint(address, port);
}

Result<ServerAddress> parseServer(QStringView text)
{
    const QString t = text.trimmed().toString();
    auto bad = [&] {
        return makeError(Error::Kind::InvalidInput,
                         QCoreApplication::translate("Deliverbench::Dns", "'%1' is not a DNS server address (IP[:PORT], [IPv6]:PORT)")
                             .arg(t.left(100)));
    };
    if (t.isEmpty() || t.size() > 100)
        return bad();
    QString host = t;
    QString port;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad();
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return bad();
            port = rest.mid(1);
        }
    } else if (t.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        host = t.left(colon);
        port = t.mid(colon + 1);
    }
    ServerAddress s;
    if (!s.address.setAddress(host) || !s.address.scopeId().isEmpty())
        return bad();
    if (!port.isNull()) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return bad();
        s.port = quint16(p);
    }
    return s;
}

Resolver::Resolver(QObject* parent) : Resolver(ResolverOptions(), parent) { }

Resolver::Resolver(const ResolverOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_log(new QueryLog(this))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Resolver::onTimer);
    init();
}

void Resolver::init()
{
    if (!libraryInit()) {
        m_error = tr("the c-ares library could not be initialised");
        return;
    }
    QList<ServerAddress> servers;
    for (const QString& s : std::as_const(m_options.servers)) {
        auto parsed = parseServer(s);
        if (!parsed) {
            m_error = parsed.error().message;
            return;
        }
        servers.append(*parsed);
    }
    struct ares_options o;
    std::memset(&o, 0, sizeof o);
    int mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_SOCK_STATE_CB;
    // NOCHECKRESP: hand SERVFAIL/REFUSED back instead of trying the next server and ending in
    // ECONNREFUSED (gotcha 20); NOSEARCH: names are absolute, no search list.
    o.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_NOSEARCH;
    if (m_options.edns) {
        o.flags |= ARES_FLAG_EDNS;
        o.ednspsz = m_options.ednsUdpSize;
        mask |= ARES_OPT_EDNSPSZ;
    }
    if (!m_options.recursion)
        o.flags |= ARES_FLAG_NORECURSE;
    o.timeout = qBound(10, m_options.timeoutMs, 600000);
    o.tries = qBound(1, m_options.tries, 20);
    o.sock_state_cb = &Resolver::sockStateCallback; // ares_socket_t is int on POSIX
    o.sock_state_cb_data = this;
    ares_channel channel = nullptr;
    const int rc = ares_init_options(&channel, &o, mask);
    if (rc != ARES_SUCCESS) {
        m_error = tr("c-ares: %1").arg(QString::fromUtf8(ares_strerror(rc)));
        return;
    }
    if (!servers.isEmpty()) {
        QList<ares_addr_port_node> nodes(servers.size());
        for (qsizetype i = 0; i < servers.size(); ++i) {
            ares_addr_port_node& n = nodes[i];
            std::memset(&n, 0, sizeof n);
            n.next = i + 1 < servers.size() ? &nodes[i + 1] : nullptr;
            const QHostAddress& a = servers.at(i).address;
            if (a.protocol() == QAbstractSocket::IPv6Protocol) {
                n.family = AF_INET6;
                const Q_IPV6ADDR v6 = a.toIPv6Address();
                std::memcpy(&n.addr.addr6, v6.c, 16);
            } else {
                n.family = AF_INET;
                n.addr.addr4.s_addr = htonl(a.toIPv4Address());
            }
            // host byte order in c-ares 1.18, despite the man page (gotcha 22)
            n.udp_port = servers.at(i).port;
            n.tcp_port = servers.at(i).port;
        }
        const int src = ares_set_servers_ports(channel, nodes.data());
        if (src != ARES_SUCCESS) {
            m_error = tr("c-ares: %1").arg(QString::fromUtf8(ares_strerror(src)));
            ares_destroy(channel);
            return;
        }
    }
    QStringList used;
    struct ares_addr_port_node* list = nullptr;
    if (ares_get_servers_ports(channel, &list) == ARES_SUCCESS) {
        for (const ares_addr_port_node* s = list; s && used.size() < 64; s = s->next) {
            QHostAddress a;
            if (s->family == AF_INET6)
                a.setAddress(reinterpret_cast<const quint8*>(&s->addr.addr6));
            else
                a.setAddress(ntohl(s->addr.addr4.s_addr));
            used.append(endpoint(a, s->udp_port ? quint16(s->udp_port) : quint16(53)));
        }
        ares_free_data(list);
    }
    m_serversText = used.join(QLatin1Char(','));
    m_channel = channel;
}

Resolver::~Resolver()
{
    m_destroying = true;
    m_timer.stop();
    if (m_channel)
        ares_destroy(channelOf(m_channel)); // pending callbacks run with ARES_EDESTRUCTION and are ignored
    m_channel = nullptr;
    for (const Notifiers& n : std::as_const(m_notifiers)) {
        delete n.read;
        delete n.write;
    }
}

void Resolver::sockStateCallback(void* data, int fd, int readable, int writable)
{
    auto* self = static_cast<Resolver*>(data);
    if (!self->m_destroying)
        self->updateSocket(fd, readable != 0, writable != 0);
}

void Resolver::updateSocket(int fd, bool readable, bool writable)
{
    Notifiers& n = m_notifiers[fd];
    auto make = [this, fd](QSocketNotifier::Type type) {
        auto* notifier = new QSocketNotifier(qintptr(fd), type, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, fd, type] {
            if (type == QSocketNotifier::Read)
                processFd(fd, ARES_SOCKET_BAD);
            else
                processFd(ARES_SOCKET_BAD, fd);
        });
        return notifier;
    };
    if (readable && !n.read)
        n.read = make(QSocketNotifier::Read);
    if (writable && !n.write)
        n.write = make(QSocketNotifier::Write);
    if (n.read)
        n.read->setEnabled(readable);
    if (n.write)
        n.write->setEnabled(writable);
    if (!readable && !writable) {
        // the socket is being closed; we may be inside one of its notifiers' activated() signals
        if (n.read)
            n.read->deleteLater();
        if (n.write)
            n.write->deleteLater();
        m_notifiers.remove(fd);
    }
}

void Resolver::processFd(int readFd, int writeFd)
{
    if (!m_channel)
        return;
    m_currentFd = readFd != ARES_SOCKET_BAD ? readFd : writeFd;
    ares_process_fd(channelOf(m_channel), readFd, writeFd);
    m_currentFd = -1;
    expireDeadlines();
    scheduleTimer();
}

void Resolver::onTimer()
{
    if (!m_channel)
        return;
    ares_process_fd(channelOf(m_channel), ARES_SOCKET_BAD, ARES_SOCKET_BAD); // handles c-ares' timeouts
    expireDeadlines();
    scheduleTimer();
}

void Resolver::expireDeadlines()
{
    const qint64 now = m_clock.elapsed();
    QList<quint64> expired;
    for (auto it = m_inflight.cbegin(); it != m_inflight.cend(); ++it) {
        if (it->deadline <= now)
            expired.append(it.key());
    }
    for (const quint64 id : std::as_const(expired)) {
        Pending p = m_inflight.take(id);
        // c-ares keeps the query until its own timeout; its late callback finds no entry and is ignored
        p.answer.outcome = Outcome::Timeout;
        p.answer.elapsedMs = p.timer.elapsed();
        p.answer.server = m_serversText;
        p.answer.errorText = tr("no answer from %1 within %2 ms (%3 × %4 ms)")
                                 .arg(m_serversText)
                                 .arg(qint64(m_options.timeoutMs) * m_options.tries)
                                 .arg(m_options.tries)
                                 .arg(m_options.timeoutMs);
        complete(std::move(p));
    }
}

void Resolver::scheduleTimer()
{
    if (!m_channel || m_destroying)
        return;
    qint64 wait = -1;
    struct timeval tv;
    if (const struct timeval* t = ares_timeout(channelOf(m_channel), nullptr, &tv))
        wait = qint64(t->tv_sec) * 1000 + (t->tv_usec + 999) / 1000;
    const qint64 now = m_clock.elapsed();
    for (const Pending& p : std::as_const(m_inflight)) {
        const qint64 d = qMax<qint64>(0, p.deadline - now);
        if (wait < 0 || d < wait)
            wait = d;
    }
    if (wait < 0)
        m_timer.stop();
    else
        m_timer.start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}

void Resolver::aresCallback(void* arg, int status, int /*timeouts*/, unsigned char* abuf, int alen)
{
    auto* a = static_cast<AresArg*>(arg);
    Resolver* self = a->self;
    const quint64 id = a->id;
    delete a;
    if (status == ARES_EDESTRUCTION || self->m_destroying)
        return;
    self->onAresAnswer(id, status, abuf, alen);
}

void Resolver::onAresAnswer(quint64 id, int status, const unsigned char* abuf, int alen)
{
    auto it = m_inflight.find(id);
    if (it == m_inflight.end())
        return; // already ended by its deadline, or cancelled
    Pending p = std::move(it.value());
    m_inflight.erase(it);
    Answer& a = p.answer;
    a.elapsedMs = p.timer.elapsed();
    a.server = currentServer();
    if (status == ARES_SUCCESS && abuf && alen > 0) {
        fillAnswer(a, parseMessage(QByteArrayView(reinterpret_cast<const char*>(abuf), alen)));
    } else if (status == ARES_ETIMEOUT) {
        a.outcome = Outcome::Timeout;
        a.server = m_serversText;
        a.errorText = tr("no answer from %1").arg(m_serversText);
    } else {
        a.outcome = Outcome::OtherError;
        a.errorText = tr("c-ares: %1").arg(QString::fromUtf8(ares_strerror(status)));
    }
    complete(std::move(p));
}

void Resolver::complete(Pending pending)
{
    m_pendingByKey.remove(pending.key);
    if (m_options.cache)
        m_cache.insert(pending.key, pending.answer);
    bool first = true;
    for (Waiter& w : pending.waiters) {
        Answer a = pending.answer;
        a.fromCache = !first; // later waiters were coalesced onto the first one's query
        first = false;
        deliverLater(std::move(w), std::move(a));
    }
}

void Resolver::deliverLater(Waiter waiter, Answer answer)
{
    ++m_queued;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, w = std::move(waiter), a = std::move(answer)] {
            if (generation != m_generation)
                return; // cancelAll() already reset m_queued
            --m_queued;
            if (w.hadContext && !w.context)
                return;
            m_log->add(QueryLogEntry::fromAnswer(a));
            if (w.callback)
                w.callback(a);
            Q_EMIT answered(a);
        },
        Qt::QueuedConnection);
}

QString Resolver::currentServer() const
{
    if (m_currentFd >= 0) {
        sockaddr_storage ss;
        socklen_t len = sizeof ss;
        if (::getpeername(m_currentFd, reinterpret_cast<sockaddr*>(&ss), &len) == 0) {
            QHostAddress a(reinterpret_cast<const sockaddr*>(&ss));
            quint16 port = 0;
            if (ss.ss_family == AF_INET)
                port = ntohs(reinterpret_cast<const sockaddr_in*>(&ss)->sin_port);
            else if (ss.ss_family == AF_INET6)
                port = ntohs(reinterpret_cast<const sockaddr_in6*>(&ss)->sin6_port);
            if (!a.isNull())
                return endpoint(a, port);
        }
    }
    return m_serversText;
}

void Resolver::query(const QByteArray& name, RecordType type, QObject* context, Callback callback)
{
    Answer a;
    a.name = name.endsWith('.') && name.size() > 1 ? name.chopped(1) : name;
    a.type = type;
    a.started = QDateTime::currentDateTimeUtc();
    Waiter w{QPointer<QObject>(context), context != nullptr, std::move(callback)};

    if (!m_channel) {
        a.errorText = m_error;
        deliverLater(std::move(w), std::move(a));
        return;
    }
    if (!isValidQueryName(name)) {
        a.errorText = tr("'%1' is not a valid domain name").arg(QString::fromLatin1(name.left(300)));
        deliverLater(std::move(w), std::move(a));
        return;
    }
    const QByteArray key = normalizeName(name) + '|' + QByteArray::number(static_cast<quint16>(type));
    if (m_overlay.contains(name, type)) {
        a.records = m_overlay.lookup(name, type);
        a.outcome = Outcome::NoError;
        a.rcode = 0;
        a.fromOverlay = true;
        deliverLater(std::move(w), std::move(a));
        return;
    }
    if (m_options.cache) {
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend()) {
            Answer c = cached.value();
            c.name = a.name;
            c.started = a.started;
            c.elapsedMs = 0;
            c.fromCache = true;
            deliverLater(std::move(w), std::move(c));
            return;
        }
        const auto pending = m_pendingByKey.constFind(key);
        if (pending != m_pendingByKey.cend()) {
            m_inflight[pending.value()].waiters.append(std::move(w));
            return;
        }
    }

    unsigned char* buf = nullptr;
    int len = 0;
    const auto qid = static_cast<unsigned short>(QRandomGenerator::global()->bounded(65536));
    const int rc = ares_create_query(name.constData(), kClassIn, static_cast<int>(type), qid,
                                     m_options.recursion ? 1 : 0, &buf, &len,
                                     m_options.edns ? int(m_options.ednsUdpSize) : 0);
    if (rc != ARES_SUCCESS || !buf || len < 12) {
        if (buf)
            ares_free_string(buf);
        a.errorText = tr("c-ares: %1").arg(QString::fromUtf8(ares_strerror(rc)));
        deliverLater(std::move(w), std::move(a));
        return;
    }
    if (m_options.requestAd)
        buf[3] |= 0x20; // AD=1 in the query: "I understand AD" (RFC 6840 §5.7)

    const quint64 id = m_nextId++;
    Pending p;
    p.key = m_options.cache ? key : key + '#' + QByteArray::number(id);
    p.answer = a;
    p.timer.start();
    p.deadline = m_clock.elapsed() + qint64(qBound(10, m_options.timeoutMs, 600000)) * qBound(1, m_options.tries, 20);
    p.waiters.append(std::move(w));
    m_pendingByKey.insert(p.key, id);
    m_inflight.insert(id, std::move(p));
    // may call back synchronously (e.g. no server): onAresAnswer finds the entry and delivers later
    ares_send(channelOf(m_channel), buf, len, &Resolver::aresCallback, new AresArg{this, id});
    ares_free_string(buf);
    scheduleTimer();
}

void Resolver::cancelAll()
{
    ++m_generation;
    m_queued = 0;
    m_inflight.clear();
    m_pendingByKey.clear();
    if (m_channel)
        ares_cancel(channelOf(m_channel)); // callbacks run now with ARES_ECANCELLED and find nothing
    scheduleTimer();
}

} // namespace Deliverbench::Dns
