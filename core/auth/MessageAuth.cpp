// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/MessageAuth.h"

#include "auth/AuthUtil_p.h"
#include "auth/arc/ArcVerifier.h"
#include "auth/dkim/KeyFetcher.h"
#include "auth/spf/DnsSource.h"
#include "message/Address.h"
#include "message/Message.h"
#include "message/Received.h"
#include "net/AddressScope.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QPointer>

namespace Deliverbench::Auth {

namespace {

using detail::latin;
using detail::tr;

constexpr int kMaxReceivedFields = 100;
constexpr int kMaxPtrNames = 10;

QByteArray stripAngles(QByteArray v)
{
    v = v.trimmed();
    if (v.startsWith('<')) {
        const qsizetype end = v.indexOf('>');
        v = end > 0 ? v.mid(1, end - 1) : v.mid(1);
    }
    return v.trimmed();
}

Finding connectionFinding(const ConnectionInfo& c)
{
    Finding f;
    f.code = "AUTH.CONNECTION";
    f.severity = Severity::Info;
    f.title = tr("Checked as if connected from %1 (HELO %2, MAIL FROM %3)")
                  .arg(c.hasIp() ? c.ip.toString() : tr("an unknown IP"),
                       c.helo.isEmpty() ? tr("unknown") : QString::fromUtf8(c.helo),
                       !c.mailFromKnown ? tr("unknown") : (c.mailFrom.isEmpty() ? QStringLiteral("<>") : QString::fromUtf8(c.mailFrom)));
    f.detail = c.explanation;
    f.reference = QStringLiteral("RFC 7208 §2.2–§2.4, RFC 5321 §4.4");
    f.offset = c.hopOffset;
    return f;
}

struct RunState
{
    QPointer<QObject> context;
    MessageAuth::Callback callback;
    MessageAuthOptions options;
    MessageAuthSources sources;
    std::unique_ptr<ResolverDnsSource> ownDns;
    std::unique_ptr<DnsKeyFetcher> ownKeys;
    MessageAuthResult result;
    ScorecardMessageFacts facts;
    bool dkimDone = false;
    bool spfDone = false;
    int pending = 0; ///< DMARC, ARC, reverse DNS
    bool delivered = false;
    bool armed = false; ///< start() has returned: delivery may happen (never from inside run())
};
using StatePtr = std::shared_ptr<RunState>;

bool cancelled(const StatePtr& s)
{
    return s->context.isNull();
}

void finishIfDone(const StatePtr& s)
{
    if (!s->armed || s->delivered || !s->dkimDone || !s->spfDone || s->pending > 0)
        return;
    s->delivered = true;
    if (cancelled(s))
        return;
    MessageAuthResult& r = s->result;
    r.comparisons = compareAuthResults(r.stamped, r.spf, r.dkim, r.dmarc, r.spfEvaluated);
    if (s->options.scorecard)
        r.scorecard = buildScorecard(s->facts, r.spf, r.spfEvaluated, r.dkim, r.dmarc, r.reverseDns);
    const auto callback = std::move(s->callback);
    s->callback = nullptr;
    if (callback)
        callback(r);
}

void runDmarc(const StatePtr& s)
{
    if (!s->dkimDone || !s->spfDone)
        return;
    MessageAuthResult& r = s->result;
    if (!r.from.ok()) {
        // RFC 7489 §6.6.1: no single author domain, no DMARC evaluation.
        r.dmarc.result = DmarcResult::PermError;
        r.dmarc.code = r.from.code;
        r.dmarc.reason = r.from.error;
        finishIfDone(s);
        return;
    }
    if (!s->sources.dns) {
        r.dmarc.result = DmarcResult::TempError;
        r.dmarc.fromDomain = r.from.domain;
        r.dmarc.reason = tr("no DNS source: DMARC was not evaluated");
        finishIfDone(s);
        return;
    }
    DmarcRequest request;
    request.fromDomain = r.from.domain;
    request.dkim = dmarcInputsFromDkim(r.dkim);
    if (r.spfEvaluated) {
        // A null reverse-path is checked as the MAIL FROM identity postmaster@HELO (RFC 7208 §2.4),
        // so it counts for DMARC like any MAIL FROM (as OpenDMARC and DMARCbis do); only the HELO
        // check made because MAIL FROM is unknown (no Return-Path) is a "helo" scope result.
        const bool mfrom = r.connection.mailFromKnown;
        request.spf.append({r.spf.domain, spfResultToken(r.spf.result), mfrom ? QByteArray("mfrom") : QByteArray("helo")});
    }
    request.pctRoll = s->options.dmarcPctRoll;
    ++s->pending;
    checkDmarc(s->sources.dns, request, s->sources.psl, [s](const DmarcEvaluation& ev) {
        s->result.dmarc = ev;
        --s->pending;
        finishIfDone(s);
    });
}

void runSpf(const StatePtr& s)
{
    MessageAuthResult& r = s->result;
    const ConnectionInfo& c = r.connection;
    if (!c.hasIp() || (!c.mailFromKnown && c.helo.isEmpty()) || !s->sources.dns) {
        r.spfEvaluated = false;
        r.spf.result = SpfResult::None;
        r.spf.code = c.hasIp() ? "AUTH.NO_MAIL_FROM" : "AUTH.NO_CONNECTION_IP";
        r.spf.reason = !c.hasIp()        ? tr("the connecting IP is not known: SPF was not evaluated")
                       : s->sources.dns ? tr("neither MAIL FROM nor HELO is known: SPF was not evaluated")
                                        : tr("no DNS source: SPF was not evaluated");
        s->spfDone = true;
        return;
    }
    SpfRequest request;
    request.ip = c.ip;
    request.helo = c.helo;
    request.mailFrom = c.mailFromKnown ? c.mailFrom : QByteArray();
    if (!c.mailFromKnown) // no Return-Path: check the HELO identity and say so (explanation)
        request.domain = c.helo;
    request.receiver = s->options.receiver.isEmpty() ? c.receivedBy : s->options.receiver;
    r.spfEvaluated = true;
    checkSpf(s->sources.dns, request, [s](const SpfEvaluation& ev) {
        s->result.spf = ev;
        s->spfDone = true;
        runDmarc(s);
        finishIfDone(s);
    });
}

/** PTR of the sending IP, then A/AAAA of each name (FCrDNS, as Gmail's guidelines ask). */
void runReverseDns(const StatePtr& s)
{
    ReverseDnsCheck& rd = s->result.reverseDns;
    const ConnectionInfo& c = s->result.connection;
    if (!s->options.reverseDns || !c.hasIp() || !s->sources.dns)
        return;
    rd.looked = true;
    rd.ip = c.ip;
    bool ok = false;
    const quint32 v4 = c.ip.toIPv4Address(&ok);
    const QHostAddress ip = ok ? QHostAddress(v4) : c.ip;
    rd.reverseName = Dns::reverseName(ip);
    ++s->pending;
    s->sources.dns->query(rd.reverseName, Dns::RecordType::PTR, [s, ip](const Dns::Answer& a) {
        ReverseDnsCheck& rd = s->result.reverseDns;
        rd.queries.append(detail::queryLine(a));
        rd.ptrOutcome = Dns::outcomeToken(a.outcome);
        if (detail::isDnsError(a))
            rd.temporaryError = true;
        for (const Dns::Record& rec : a.records) {
            if (rd.ptrNames.size() >= kMaxPtrNames)
                break;
            rd.ptrNames.append(Dns::normalizeName(rec.target));
        }
        const Dns::RecordType type = ip.protocol() == QAbstractSocket::IPv6Protocol ? Dns::RecordType::AAAA : Dns::RecordType::A;
        for (const QByteArray& name : rd.ptrNames) {
            ++s->pending;
            s->sources.dns->query(name, type, [s, ip, name](const Dns::Answer& b) {
                ReverseDnsCheck& rd = s->result.reverseDns;
                rd.queries.append(detail::queryLine(b));
                if (detail::isDnsError(b))
                    rd.temporaryError = true;
                for (const Dns::Record& rec : b.records) {
                    if (rec.address == ip && rd.confirmedName.isEmpty())
                        rd.confirmedName = name;
                }
                --s->pending;
                finishIfDone(s);
            });
        }
        --s->pending;
        finishIfDone(s);
    });
}

void arcNone(MessageAuthResult& r, const QString& why)
{
    r.arcJson.insert(QStringLiteral("result"), QStringLiteral("none"));
    r.arcJson.insert(QStringLiteral("chain"), QJsonArray());
    r.arcJson.insert(QStringLiteral("reason"), why);
}

void runArc(const StatePtr& s, const Mail::Message& message)
{
    MessageAuthResult& r = s->result;
    if (!s->options.arc) {
        arcNone(r, tr("ARC was not requested"));
        return;
    }
    if (!s->sources.keys) {
        arcNone(r, tr("no key source"));
        return;
    }
    ++s->pending;
    ArcVerifyOptions arcOptions;
    arcOptions.now = s->options.dkim.now;
    ArcVerifier::verify(message, *s->sources.keys, arcOptions, s->context.data(), [s](const ArcResult& arc) {
        s->result.arc = std::make_shared<ArcResult>(arc);
        s->result.arcJson = arc.toJson();
        s->result.arcFindings = arc.findings();
        --s->pending;
        finishIfDone(s);
    });
}

void start(const StatePtr& s, const Mail::Message& message)
{
    MessageAuthResult& r = s->result;
    r.connection = determineConnection(message, s->options);
    r.from = extractFromDomain(message);
    r.stamped = readAuthResults(message);
    r.trust = pickTrustedAuthservIds(r.stamped, s->options.trustedAuthservIds);
    if (s->options.scorecard)
        s->facts = scorecardFacts(message, r.connection.hopOffset);
    runArc(s, message);
    runReverseDns(s);
    runSpf(s);
    if (!s->sources.keys) {
        s->dkimDone = true;
        runDmarc(s);
    } else {
        DkimVerifier::verify(message, *s->sources.keys, s->options.dkim, s->context.data(), [s](const QList<DkimSignatureResult>& results) {
            s->result.dkim = results;
            s->dkimDone = true;
            runDmarc(s);
            finishIfDone(s);
        });
    }
    // whatever finished synchronously is delivered from the event loop of the context's thread
    // (a run on a worker thread must never be finished from the main thread)
    s->armed = true;
    if (QObject* context = s->context.data())
        QMetaObject::invokeMethod(context, [s]() { finishIfDone(s); }, Qt::QueuedConnection);
}

QJsonArray findingsJson(const Findings& findings)
{
    QJsonArray a;
    for (const Finding& f : findings)
        a.append(f.toJson());
    return a;
}

/** @short One parsed Received field with what the connection choice needs. */
struct ReceivedHopView
{
    Mail::ReceivedField field;
    QByteArray byHost;   ///< lower case, stray dots dropped
    QByteArray fromHost; ///< reverse-DNS name, else the HELO name (lower case); empty for a literal
    bool hasIp = false;
    bool isPublic = false;
    bool localDelivery = false; ///< LMTP/LMTPS/LMTPA/LMTPSA or "local"
    bool submission = false;    ///< authenticated submission (ESMTPSA, ESMTPA, UTF8SMTPSA …)
};

bool isHostName(QByteArrayView name)
{
    return !name.isEmpty() && !name.startsWith('[') && name.contains('.') && QHostAddress(QString::fromLatin1(name)).isNull();
}

ReceivedHopView viewOf(const Mail::ReceivedField& rf)
{
    ReceivedHopView v;
    v.field = rf;
    const QHostAddress a(QString::fromLatin1(rf.fromIp));
    v.hasIp = !a.isNull();
    v.isPublic = v.hasIp && Net::isPublicAddress(a);
    if (isHostName(rf.by))
        v.byHost = cleanDomain(rf.by);
    // the reverse-DNS name is the receiver's own lookup; the HELO name is the client's claim
    if (isHostName(rf.fromHost))
        v.fromHost = cleanDomain(rf.fromHost);
    else if (isHostName(rf.from))
        v.fromHost = cleanDomain(rf.from);
    const QByteArray with = rf.with.trimmed().toUpper();
    v.localDelivery = with.startsWith("LMTP") || with == "LOCAL";
    v.submission = with.endsWith("SA") || with == "ESMTPA" || with == "SMTPA";
    return v;
}

const PublicSuffixList& connectionPsl()
{
    static const PublicSuffixList psl = PublicSuffixList::system();
    return psl;
}

/**
 * @short The hop where the message entered the receiving organisation: walking down from the
 * top, the first with a public connecting IP that is not an internal hand-off (LMTP or local
 * delivery, or a client in the organisational domain of this hop's or the hop above's "by"
 * host). When every public hop is internal, the lowest of them before an authenticated
 * submission; -1 when no hop names a public IP.
 */
int entryHop(const QList<ReceivedHopView>& hops)
{
    const PublicSuffixList& psl = connectionPsl();
    auto org = [&psl](const QByteArray& host) { return host.isEmpty() ? QByteArray() : psl.organizationalDomain(host); };
    QByteArray byOrgAbove;
    int lastInternal = -1;
    int firstLocal = -1;
    for (int i = 0; i < hops.size(); ++i) {
        const ReceivedHopView& h = hops.at(i);
        const QByteArray byOrg = org(h.byHost);
        const QByteArray fromOrg = org(h.fromHost);
        const bool sameOrg = !fromOrg.isEmpty() && (fromOrg == byOrg || fromOrg == byOrgAbove);
        if (!byOrg.isEmpty())
            byOrgAbove = byOrg;
        if (!h.hasIp || !h.isPublic)
            continue;
        if (h.submission && lastInternal >= 0)
            return lastInternal; // below the receiver's own hops: the sender's submission
        if (!h.localDelivery && !sameOrg)
            return i;
        if (h.localDelivery) {
            if (firstLocal < 0)
                firstLocal = i;
        } else {
            lastInternal = i;
        }
    }
    return lastInternal >= 0 ? lastInternal : firstLocal;
}

} // namespace

ConnectionInfo determineConnection(const Mail::Message& message, const MessageAuthOptions& options)
{
    ConnectionInfo c;
    QStringList why;
    const QList<const Mail::HeaderField*> fields = message.headers().all("Received");
    c.hopCount = int(fields.size());
    const int n = int(qMin<qsizetype>(fields.size(), kMaxReceivedFields));
    QList<ReceivedHopView> hops;
    hops.reserve(n);
    for (int i = 0; i < n; ++i)
        hops.append(viewOf(Mail::parseReceived(*fields.at(i))));

    // the receiver's own hops (LMTP/local delivery, relays inside its organisation) are skipped:
    // SPF was checked where the message entered the receiving organisation
    int chosen = -1;
    QString reason;
    QList<QByteArray> trusted;
    {
        QList<StampedAuthResults> stamped = readAuthResults(message);
        if (!stamped.isEmpty())
            trusted = pickTrustedAuthservIds(stamped, options.trustedAuthservIds).trusted;
    }
    const int entry = entryHop(hops);
    if (!trusted.isEmpty()) {
        // the hop received by the host that stamped the trusted Authentication-Results
        int stampedBy = -1;
        for (int i = 0; i < n && stampedBy < 0; ++i) {
            const ReceivedHopView& h = hops.at(i);
            if (h.hasIp && h.isPublic && !h.localDelivery && trusted.contains(h.byHost))
                stampedBy = i;
        }
        if (stampedBy >= 0) {
            chosen = stampedBy;
            reason = tr("Received field %1 (from the top) was added by %2, the trusted authserv-id of the Authentication-Results: it records the connection that receiver checked.")
                         .arg(chosen + 1)
                         .arg(QString::fromLatin1(hops.at(chosen).byHost));
        }
    }
    if (chosen < 0 && entry >= 0) {
        chosen = entry;
        if (chosen == 0)
            reason = tr("Received field 1 (the topmost, added by the final receiver) names the connecting IP.");
        else
            reason = tr("Received field %1 (from the top) is where the message entered the receiving organisation; the %2 field(s) above it record the receiver's internal relays or local delivery.")
                         .arg(chosen + 1)
                         .arg(chosen);
    }
    if (chosen < 0) {
        for (int i = 0; i < n; ++i) {
            if (hops.at(i).hasIp) {
                chosen = i;
                break;
            }
        }
        if (chosen >= 0)
            reason = tr("Received field %1 (from the top) is the topmost that names a connecting IP; no hop names a public IP.").arg(chosen + 1);
        else if (c.hopCount > 0)
            reason = tr("No Received field names a connecting IP.");
        else
            reason = tr("The message has no Received field.");
    }
    why << reason;
    const Mail::ReceivedField chosenField = chosen >= 0 ? hops.at(chosen).field : Mail::ReceivedField();
    if (chosen >= 0) {
        c.hopIndex = chosen;
        c.hopOffset = chosenField.offset;
        c.ip = QHostAddress(QString::fromLatin1(chosenField.fromIp));
        c.ipSource = "received";
        if (!chosenField.from.isEmpty() && !chosenField.from.startsWith('[')) {
            c.helo = chosenField.from;
            c.heloSource = "received";
        }
        c.receivedBy = chosenField.by;
        c.receivedWith = chosenField.with;
        c.receivedTls = chosenField.usedTls;
        c.receivedTlsDetails = chosenField.tls;
    }
    if (const Mail::HeaderField* rp = message.headers().first("Return-Path")) {
        c.mailFrom = stripAngles(rp->unfolded());
        c.mailFromKnown = true;
        c.mailFromSource = "return-path";
        why << (c.mailFrom.isEmpty() ? tr("Return-Path is <>: the null reverse-path (a bounce), so SPF checks the HELO identity (RFC 7208 §2.4).")
                                     : tr("MAIL FROM is the topmost Return-Path."));
    } else {
        why << tr("The message has no Return-Path: MAIL FROM is not known.");
    }
    if (options.ip) {
        c.ip = *options.ip;
        c.ipSource = "override";
        why << tr("The connecting IP was given: %1.").arg(c.ip.toString());
    }
    if (options.helo) {
        c.helo = *options.helo;
        c.heloSource = "override";
        why << tr("The HELO name was given: %1.").arg(QString::fromUtf8(c.helo));
    }
    if (options.mailFrom) {
        c.mailFrom = stripAngles(*options.mailFrom);
        c.mailFromKnown = true;
        c.mailFromSource = "override";
        why << tr("MAIL FROM was given: <%1>.").arg(QString::fromUtf8(c.mailFrom));
    }
    c.explanation = why.join(QLatin1Char(' '));
    return c;
}

QJsonObject ConnectionInfo::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("ip"), hasIp() ? ip.toString() : QString());
    o.insert(QStringLiteral("helo"), QString::fromUtf8(helo));
    o.insert(QStringLiteral("mailFrom"), QString::fromUtf8(mailFrom));
    o.insert(QStringLiteral("mailFromKnown"), mailFromKnown);
    o.insert(QStringLiteral("nullSender"), mailFromKnown && mailFrom.isEmpty());
    QJsonObject sources;
    sources.insert(QStringLiteral("ip"), latin(ipSource));
    sources.insert(QStringLiteral("helo"), latin(heloSource));
    sources.insert(QStringLiteral("mailFrom"), latin(mailFromSource));
    o.insert(QStringLiteral("sources"), sources);
    QJsonObject hop;
    hop.insert(QStringLiteral("index"), hopIndex);
    hop.insert(QStringLiteral("count"), hopCount);
    hop.insert(QStringLiteral("by"), QString::fromUtf8(receivedBy));
    hop.insert(QStringLiteral("with"), QString::fromUtf8(receivedWith));
    hop.insert(QStringLiteral("tls"), receivedTls);
    hop.insert(QStringLiteral("tlsDetails"), QString::fromUtf8(receivedTlsDetails));
    o.insert(QStringLiteral("hop"), hop);
    o.insert(QStringLiteral("explanation"), explanation);
    return o;
}

QJsonObject dkimResultToJson(const DkimSignatureResult& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("index"), r.index);
    o.insert(QStringLiteral("domain"), latin(r.domain));
    o.insert(QStringLiteral("selector"), latin(r.selector));
    o.insert(QStringLiteral("algorithm"), latin(r.algorithm));
    o.insert(QStringLiteral("result"), latin(dkimResultToken(r.result)));
    o.insert(QStringLiteral("reason"), latin(r.reason));
    o.insert(QStringLiteral("explanation"), r.explanation);
    o.insert(QStringLiteral("identity"), QString::fromUtf8(r.identity));
    o.insert(QStringLiteral("canonicalization"), latin(r.canonicalization));
    QJsonArray h;
    for (const QByteArray& name : r.signedHeaders)
        h.append(QString::fromUtf8(name));
    o.insert(QStringLiteral("signedHeaders"), h);
    o.insert(QStringLiteral("keyName"), latin(r.keyName));
    o.insert(QStringLiteral("keyBits"), r.keyBits);
    o.insert(QStringLiteral("keyTesting"), r.keyTesting);
    if (r.bodyLength >= 0)
        o.insert(QStringLiteral("bodyLength"), r.bodyLength);
    o.insert(QStringLiteral("bodyHash"), latin(r.expectedBodyHash));
    o.insert(QStringLiteral("computedBodyHash"), latin(r.computedBodyHash));
    if (r.diagnosis) {
        QJsonObject d;
        d.insert(QStringLiteral("pattern"), latin(r.diagnosis->pattern));
        d.insert(QStringLiteral("explanation"), r.diagnosis->explanation);
        if (r.diagnosis->appendedBytes >= 0)
            d.insert(QStringLiteral("appendedBytes"), r.diagnosis->appendedBytes);
        o.insert(QStringLiteral("diagnosis"), d);
    }
    return o;
}

Findings MessageAuthResult::findings() const
{
    Findings out;
    out.append(connectionFinding(connection));
    if (spfEvaluated) {
        out += spf.findings();
    } else {
        Finding f;
        f.code = spf.code.isEmpty() ? QByteArray("AUTH.NO_CONNECTION_IP") : spf.code;
        f.severity = Severity::Warning;
        f.title = spf.reason;
        f.detail = tr("Give the connection with --ip, --helo and --mail-from (or open a message with its Received and Return-Path fields).");
        f.reference = QStringLiteral("RFC 7208 §2.2");
        out.append(f);
    }
    out += DkimVerifier::findings(dkim);
    out += dmarc.findings();
    out += arcFindings;
    out += authCompareFindings(comparisons);
    out += scorecard.findings();
    return out;
}

QJsonObject MessageAuthResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("connection"), connection.toJson());
    QJsonObject spfJson = spf.toJson();
    spfJson.insert(QStringLiteral("evaluated"), spfEvaluated);
    if (!spfEvaluated) {
        spfJson.insert(QStringLiteral("result"), QStringLiteral("none"));
        spfJson.insert(QStringLiteral("code"), latin(spf.code));
        spfJson.insert(QStringLiteral("reason"), spf.reason);
    }
    o.insert(QStringLiteral("spf"), spfJson);
    QJsonArray dkimJson;
    for (const DkimSignatureResult& r : dkim)
        dkimJson.append(dkimResultToJson(r));
    o.insert(QStringLiteral("dkim"), dkimJson);
    o.insert(QStringLiteral("dmarc"), dmarc.toJson());
    o.insert(QStringLiteral("arc"), arcJson.isEmpty() ? QJsonObject{{QStringLiteral("result"), QStringLiteral("none")}, {QStringLiteral("chain"), QJsonArray()}}
                                                      : arcJson);
    QJsonObject ar;
    QJsonArray seen, trusted, comps;
    for (const QByteArray& id : trust.seen)
        seen.append(QString::fromUtf8(id));
    for (const QByteArray& id : trust.trusted)
        trusted.append(QString::fromUtf8(id));
    for (const AuthResultsComparison& c : comparisons)
        comps.append(c.toJson());
    ar.insert(QStringLiteral("seen"), seen);
    ar.insert(QStringLiteral("trusted"), trusted);
    ar.insert(QStringLiteral("trustDefaulted"), trust.defaulted);
    ar.insert(QStringLiteral("comparisons"), comps);
    o.insert(QStringLiteral("authResults"), ar);
    QJsonObject rdns;
    rdns.insert(QStringLiteral("looked"), reverseDns.looked);
    rdns.insert(QStringLiteral("ptr"), QJsonArray::fromStringList([this] {
                    QStringList l;
                    for (const QByteArray& n : reverseDns.ptrNames)
                        l << QString::fromLatin1(n);
                    return l;
                }()));
    rdns.insert(QStringLiteral("confirmed"), latin(reverseDns.confirmedName));
    rdns.insert(QStringLiteral("queries"), QJsonArray::fromStringList(reverseDns.queries));
    o.insert(QStringLiteral("reverseDns"), rdns);
    o.insert(QStringLiteral("scorecard"), scorecard.toJson());
    o.insert(QStringLiteral("findings"), findingsJson(findings()));
    return o;
}

void MessageAuth::run(const Mail::Message& message, const MessageAuthSources& sources, const MessageAuthOptions& options,
                      QObject* context, Callback callback)
{
    auto s = std::make_shared<RunState>();
    s->context = context ? context : QCoreApplication::instance();
    s->callback = std::move(callback);
    s->options = options;
    s->sources = sources;
    start(s, message);
}

void MessageAuth::run(const Mail::Message& message, Dns::Resolver& resolver, const MessageAuthOptions& options,
                      QObject* context, Callback callback)
{
    auto s = std::make_shared<RunState>();
    s->context = context ? context : QCoreApplication::instance();
    s->callback = std::move(callback);
    s->options = options;
    s->ownDns = std::make_unique<ResolverDnsSource>(&resolver);
    s->ownKeys = std::make_unique<DnsKeyFetcher>(resolver);
    s->sources.dns = s->ownDns.get();
    s->sources.keys = s->ownKeys.get();
    start(s, message);
}

namespace {
template<typename Source>
MessageAuthResult blocking(const Mail::Message& message, Source&& source, const MessageAuthOptions& options)
{
    QEventLoop loop;
    QObject context;
    MessageAuthResult out;
    bool finished = false;
    MessageAuth::run(message, source, options, &context, [&](const MessageAuthResult& r) {
        out = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return out;
}
} // namespace

MessageAuthResult MessageAuth::runBlocking(const Mail::Message& message, const MessageAuthSources& sources,
                                           const MessageAuthOptions& options)
{
    return blocking(message, sources, options);
}

MessageAuthResult MessageAuth::runBlocking(const Mail::Message& message, Dns::Resolver& resolver, const MessageAuthOptions& options)
{
    return blocking(message, resolver, options);
}

} // namespace Deliverbench::Auth
