// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DomainAudit.h"

#include "dns/Resolver.h"
#include "auth/spf/SpfSyntax.h"
#include "domain/AuditRecords.h"
#include "domain/DomainText_p.h"
#include "domain/MtaStsPolicy.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

namespace Deliverbench::Domain {

using Dns::Answer;
using Dns::Outcome;
using Dns::RecordType;

namespace {

constexpr int kLookupLimit = 10;     // RFC 7208 §4.6.4
constexpr int kVoidLookupLimit = 2;  // RFC 7208 §4.6.4
constexpr int kMaxSpfDepth = 10;
constexpr int kMaxPtrNames = 5;
constexpr int kMaxMxHosts = 20;
constexpr int kMaxSpfTerms = 256;
/** RFC 7208 §3.4: records should stay under 450 octets to fit a 512-octet UDP answer. */
constexpr int kSpfRecommendedMaxLength = 450;

using Auth::SpfTermSyntax;

bool isRedirect(const SpfTermSyntax& t)
{
    return t.kind == SpfTermSyntax::Kind::Redirect;
}

bool isMechanism(const SpfTermSyntax& t, Auth::SpfMechanism m)
{
    return t.kind == SpfTermSyntax::Kind::Mechanism && t.term.mechanism == m;
}

char qualifierOf(const SpfTermSyntax& t)
{
    return Auth::qualifierChar(t.term.qualifier);
}

QString latin(const QByteArray& b)
{
    return QString::fromLatin1(b);
}

/** @short "NAME TYPE: OUTCOME (server, ms)" and the records, one per line: the DNS evidence of a finding. */
QString evidenceOf(const Answer& a)
{
    QString where;
    if (a.fromOverlay)
        where = Text::tr("what-if overlay");
    else if (a.fromCache)
        where = Text::tr("%1, cached").arg(a.server);
    else
        where = Text::tr("%1, %2 ms").arg(a.server).arg(a.elapsedMs);
    QString s = latin(a.name) + u' ' + latin(Dns::typeName(a.type)) + QStringLiteral(": ")
        + latin(Dns::outcomeToken(a.outcome)) + QStringLiteral(" (") + where + u')';
    if (a.authenticated)
        s += QStringLiteral(" AD");
    if (!a.errorText.isEmpty()) // why it failed, as the resolver says
        s += QStringLiteral("\n  ") + a.errorText;
    for (const QByteArray& c : a.cnameChain)
        s += QStringLiteral("\n  CNAME ") + latin(c);
    for (const Dns::Record& r : a.records)
        s += QStringLiteral("\n  ") + displayBytes(r.rdataText(), 2000);
    return s;
}

QString evidenceOf(const QList<Answer>& answers)
{
    QStringList parts;
    for (const Answer& a : answers)
        parts << evidenceOf(a);
    return parts.join(u'\n');
}

Finding makeFinding(const char* code, Severity severity, QString title, QString detail, QString evidence,
                    QString reference, QString remedy = {})
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = std::move(title);
    f.detail = std::move(detail);
    f.evidence = std::move(evidence);
    f.reference = std::move(reference);
    f.remedy = std::move(remedy);
    return f;
}

bool isPrivate(const QHostAddress& a)
{
    if (a.isLoopback() || a.isLinkLocal())
        return true;
    static const QList<QPair<QHostAddress, int>> nets = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    for (const auto& n : nets) {
        if (a.isInSubnet(n))
            return true;
    }
    return false;
}

QByteArray lowerName(QByteArrayView n)
{
    return Dns::normalizeName(n);
}

QJsonValue bytesOrNull(const QByteArray& b)
{
    return b.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(b));
}

QJsonArray byteList(const QList<QByteArray>& list)
{
    QJsonArray a;
    for (const QByteArray& b : list)
        a.append(QString::fromUtf8(b));
    return a;
}

} // namespace

// ------------------------------------------------------------------------------------------ sections

QList<Section> allSections()
{
    return {Section::Mx, Section::Spf, Section::Dmarc, Section::Dkim, Section::MtaSts, Section::TlsRpt, Section::Bimi,
            Section::Domain};
}

QByteArray sectionToken(Section section)
{
    switch (section) {
    case Section::Mx: return "mx";
    case Section::Spf: return "spf";
    case Section::Dmarc: return "dmarc";
    case Section::Dkim: return "dkim";
    case Section::MtaSts: return "mtaSts";
    case Section::TlsRpt: return "tlsRpt";
    case Section::Bimi: return "bimi";
    case Section::Domain: return "domain";
    }
    return "domain";
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Mx: return Text::tr("MX and reverse DNS");
    case Section::Spf: return Text::tr("SPF");
    case Section::Dmarc: return Text::tr("DMARC");
    case Section::Dkim: return Text::tr("DKIM keys");
    case Section::MtaSts: return Text::tr("MTA-STS");
    case Section::TlsRpt: return Text::tr("TLS-RPT");
    case Section::Bimi: return Text::tr("BIMI");
    case Section::Domain: return Text::tr("Domain and DNSSEC");
    }
    return {};
}

// ------------------------------------------------------------------------------------------ JSON

QJsonObject SpfNode::toJson() const
{
    QJsonArray kids;
    for (const SpfNode& c : children)
        kids.append(c.toJson());
    return QJsonObject{
        {QStringLiteral("domain"), latin(domain)},
        {QStringLiteral("via"), latin(via)},
        {QStringLiteral("qualifier"), QString(QLatin1Char(qualifier))},
        {QStringLiteral("record"), bytesOrNull(record)},
        {QStringLiteral("status"), latin(status)},
        {QStringLiteral("lookups"), lookups},
        {QStringLiteral("totalLookups"), totalLookups},
        {QStringLiteral("voidLookups"), voidLookups},
        {QStringLiteral("totalVoidLookups"), totalVoidLookups},
        {QStringLiteral("children"), kids},
    };
}

QJsonObject AuditResult::toJson() const
{
    QJsonArray f;
    for (const Finding& x : findings)
        f.append(x.toJson());
    QJsonArray mxs;
    for (const MxHost& h : mx) {
        QJsonArray addresses;
        for (const MxAddress& a : h.addresses) {
            addresses.append(QJsonObject{{QStringLiteral("address"), a.address.toString()},
                                         {QStringLiteral("ptr"), byteList(a.ptr)},
                                         {QStringLiteral("ptrStatus"), latin(a.ptrStatus)},
                                         {QStringLiteral("fcrdns"), a.fcrdns}});
        }
        mxs.append(QJsonObject{{QStringLiteral("host"), latin(h.host)},
                               {QStringLiteral("preference"), int(h.preference)},
                               {QStringLiteral("cname"), byteList(h.cnameChain)},
                               {QStringLiteral("addresses"), addresses}});
    }
    QJsonArray keys;
    for (const DkimSelectorResult& k : dkim) {
        keys.append(QJsonObject{{QStringLiteral("selector"), latin(k.selector)},
                                {QStringLiteral("keyBits"), k.keyBits},
                                {QStringLiteral("keyType"), bytesOrNull(k.keyType)},
                                {QStringLiteral("guessed"), k.guessed},
                                {QStringLiteral("provider"), k.provider.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.provider)},
                                {QStringLiteral("status"), latin(k.status)},
                                {QStringLiteral("revoked"), k.revoked},
                                {QStringLiteral("testing"), k.testing},
                                {QStringLiteral("record"), bytesOrNull(k.record)}});
    }
    QJsonArray log;
    for (const Dns::QueryLogEntry& e : dns) {
        QJsonObject entry{{QStringLiteral("name"), latin(e.name)},
                          {QStringLiteral("type"), latin(Dns::typeName(e.type))},
                          {QStringLiteral("server"), e.server},
                          {QStringLiteral("answer"), QString::fromUtf8(e.answerText)},
                          {QStringLiteral("outcome"), latin(Dns::outcomeToken(e.outcome))},
                          {QStringLiteral("rcode"), e.rcode},
                          {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("elapsedMs"), e.elapsedMs},
                          {QStringLiteral("fromOverlay"), e.fromOverlay},
                          {QStringLiteral("fromCache"), e.fromCache},
                          {QStringLiteral("authenticated"), e.authenticated}};
        if (!e.errorText.isEmpty())
            entry.insert(QStringLiteral("error"), e.errorText);
        log.append(entry);
    }
    return QJsonObject{
        {QStringLiteral("domain"), latin(domain)},
        {QStringLiteral("findings"), f},
        {QStringLiteral("spf"), QJsonObject{{QStringLiteral("record"), bytesOrNull(spf.record)},
                                            {QStringLiteral("lookups"), spf.lookups},
                                            {QStringLiteral("voidLookups"), spf.voidLookups},
                                            {QStringLiteral("tree"), spf.evaluated || !spf.tree.status.isEmpty()
                                                                         ? QJsonValue(spf.tree.toJson())
                                                                         : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("dmarc"), QJsonObject{{QStringLiteral("record"), bytesOrNull(dmarc.record)},
                                              {QStringLiteral("policy"), bytesOrNull(dmarc.policy)},
                                              {QStringLiteral("foundAt"), bytesOrNull(dmarc.foundAt)},
                                              {QStringLiteral("orgDomain"), bytesOrNull(dmarc.orgDomain)},
                                              {QStringLiteral("fromOrgDomain"), dmarc.fromOrgDomain},
                                              {QStringLiteral("pct"), dmarc.pct}}},
        {QStringLiteral("mx"), mxs},
        {QStringLiteral("dkim"), keys},
        {QStringLiteral("mtaSts"), QJsonObject{{QStringLiteral("record"), bytesOrNull(mtaSts.record)},
                                               {QStringLiteral("id"), bytesOrNull(mtaSts.id)},
                                               {QStringLiteral("policyUrl"), mtaSts.policyUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(mtaSts.policyUrl)},
                                               {QStringLiteral("httpStatus"), mtaSts.httpStatus},
                                               {QStringLiteral("policy"), bytesOrNull(mtaSts.policy)},
                                               {QStringLiteral("mode"), bytesOrNull(mtaSts.mode)},
                                               {QStringLiteral("maxAge"), mtaSts.maxAge},
                                               {QStringLiteral("mx"), byteList(mtaSts.mx)},
                                               {QStringLiteral("fetchError"), mtaSts.fetchError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(mtaSts.fetchError)}}},
        {QStringLiteral("tlsRpt"), QJsonObject{{QStringLiteral("record"), bytesOrNull(tlsRpt.record)},
                                               {QStringLiteral("rua"), byteList(tlsRpt.rua)}}},
        {QStringLiteral("bimi"), QJsonObject{{QStringLiteral("record"), bytesOrNull(bimi.record)},
                                             {QStringLiteral("foundAt"), bytesOrNull(bimi.foundAt)},
                                             {QStringLiteral("location"), bytesOrNull(bimi.location)},
                                             {QStringLiteral("authority"), bytesOrNull(bimi.authority)},
                                             {QStringLiteral("httpStatus"), bimi.httpStatus},
                                             {QStringLiteral("svgBytes"), bimi.svgBytes},
                                             {QStringLiteral("fetchError"), bimi.fetchError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bimi.fetchError)}}},
        {QStringLiteral("dnssec"), QJsonObject{{QStringLiteral("authenticated"), dnssecAuthenticated}}},
        {QStringLiteral("dns"), log},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("elapsedMs"), elapsedMs},
    };
}

namespace {

QByteArray jsonBytes(const QJsonValue& v)
{
    return v.toString().left(65536).toUtf8();
}

QList<QByteArray> jsonByteList(const QJsonValue& v)
{
    QList<QByteArray> out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size() && i < 1000; ++i)
        out.append(jsonBytes(a.at(i)));
    return out;
}

} // namespace

SpfNode SpfNode::fromJson(const QJsonObject& o, int depth)
{
    SpfNode n;
    n.domain = jsonBytes(o.value(QStringLiteral("domain")));
    n.via = jsonBytes(o.value(QStringLiteral("via")));
    const QString q = o.value(QStringLiteral("qualifier")).toString();
    n.qualifier = q.size() == 1 && QStringLiteral("+-~?").contains(q) ? char(q.at(0).unicode()) : '+';
    n.record = jsonBytes(o.value(QStringLiteral("record")));
    n.status = jsonBytes(o.value(QStringLiteral("status")));
    n.lookups = o.value(QStringLiteral("lookups")).toInt();
    n.totalLookups = o.value(QStringLiteral("totalLookups")).toInt();
    n.voidLookups = o.value(QStringLiteral("voidLookups")).toInt();
    n.totalVoidLookups = o.value(QStringLiteral("totalVoidLookups")).toInt();
    if (depth < kMaxSpfDepth + 2) {
        const QJsonArray kids = o.value(QStringLiteral("children")).toArray();
        for (qsizetype i = 0; i < kids.size() && i < 256; ++i)
            n.children.append(fromJson(kids.at(i).toObject(), depth + 1));
    }
    return n;
}

AuditResult AuditResult::fromJson(const QJsonObject& o)
{
    AuditResult r;
    r.domain = jsonBytes(o.value(QStringLiteral("domain")));
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
        if (r.findings.size() < 10000)
            r.findings.append(Finding::fromJson(f.toObject()));
    }
    const QJsonObject spf = o.value(QStringLiteral("spf")).toObject();
    r.spf.record = jsonBytes(spf.value(QStringLiteral("record")));
    r.spf.lookups = spf.value(QStringLiteral("lookups")).toInt();
    r.spf.voidLookups = spf.value(QStringLiteral("voidLookups")).toInt();
    r.spf.evaluated = spf.value(QStringLiteral("tree")).isObject();
    if (r.spf.evaluated)
        r.spf.tree = SpfNode::fromJson(spf.value(QStringLiteral("tree")).toObject());
    const QJsonObject dmarc = o.value(QStringLiteral("dmarc")).toObject();
    r.dmarc.record = jsonBytes(dmarc.value(QStringLiteral("record")));
    r.dmarc.policy = jsonBytes(dmarc.value(QStringLiteral("policy")));
    r.dmarc.foundAt = jsonBytes(dmarc.value(QStringLiteral("foundAt")));
    r.dmarc.orgDomain = jsonBytes(dmarc.value(QStringLiteral("orgDomain")));
    r.dmarc.fromOrgDomain = dmarc.value(QStringLiteral("fromOrgDomain")).toBool();
    r.dmarc.pct = dmarc.value(QStringLiteral("pct")).toInt(100);
    for (const QJsonValue& v : o.value(QStringLiteral("mx")).toArray()) {
        const QJsonObject h = v.toObject();
        MxHost host;
        host.host = jsonBytes(h.value(QStringLiteral("host")));
        host.preference = quint16(h.value(QStringLiteral("preference")).toInt());
        host.cnameChain = jsonByteList(h.value(QStringLiteral("cname")));
        for (const QJsonValue& av : h.value(QStringLiteral("addresses")).toArray()) {
            const QJsonObject a = av.toObject();
            MxAddress address;
            address.address = QHostAddress(a.value(QStringLiteral("address")).toString());
            address.ptr = jsonByteList(a.value(QStringLiteral("ptr")));
            address.ptrStatus = jsonBytes(a.value(QStringLiteral("ptrStatus")));
            address.fcrdns = a.value(QStringLiteral("fcrdns")).toBool();
            host.addresses.append(address);
        }
        r.mx.append(host);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("dkim")).toArray()) {
        const QJsonObject k = v.toObject();
        DkimSelectorResult key;
        key.selector = jsonBytes(k.value(QStringLiteral("selector")));
        key.keyBits = k.value(QStringLiteral("keyBits")).toInt();
        key.keyType = jsonBytes(k.value(QStringLiteral("keyType")));
        key.guessed = k.value(QStringLiteral("guessed")).toBool();
        key.provider = k.value(QStringLiteral("provider")).toString();
        key.status = jsonBytes(k.value(QStringLiteral("status")));
        key.revoked = k.value(QStringLiteral("revoked")).toBool();
        key.testing = k.value(QStringLiteral("testing")).toBool();
        key.record = jsonBytes(k.value(QStringLiteral("record")));
        r.dkim.append(key);
    }
    const QJsonObject sts = o.value(QStringLiteral("mtaSts")).toObject();
    r.mtaSts.record = jsonBytes(sts.value(QStringLiteral("record")));
    r.mtaSts.id = jsonBytes(sts.value(QStringLiteral("id")));
    r.mtaSts.policyUrl = sts.value(QStringLiteral("policyUrl")).toString();
    r.mtaSts.httpStatus = sts.value(QStringLiteral("httpStatus")).toInt();
    r.mtaSts.policy = jsonBytes(sts.value(QStringLiteral("policy")));
    r.mtaSts.mode = jsonBytes(sts.value(QStringLiteral("mode")));
    r.mtaSts.maxAge = qint64(sts.value(QStringLiteral("maxAge")).toDouble(-1));
    r.mtaSts.mx = jsonByteList(sts.value(QStringLiteral("mx")));
    r.mtaSts.fetchError = sts.value(QStringLiteral("fetchError")).toString();
    const QJsonObject rpt = o.value(QStringLiteral("tlsRpt")).toObject();
    r.tlsRpt.record = jsonBytes(rpt.value(QStringLiteral("record")));
    r.tlsRpt.rua = jsonByteList(rpt.value(QStringLiteral("rua")));
    const QJsonObject bimi = o.value(QStringLiteral("bimi")).toObject();
    r.bimi.record = jsonBytes(bimi.value(QStringLiteral("record")));
    r.bimi.foundAt = jsonBytes(bimi.value(QStringLiteral("foundAt")));
    r.bimi.location = jsonBytes(bimi.value(QStringLiteral("location")));
    r.bimi.authority = jsonBytes(bimi.value(QStringLiteral("authority")));
    r.bimi.httpStatus = bimi.value(QStringLiteral("httpStatus")).toInt();
    r.bimi.svgBytes = qint64(bimi.value(QStringLiteral("svgBytes")).toDouble());
    r.bimi.fetchError = bimi.value(QStringLiteral("fetchError")).toString();
    r.dnssecAuthenticated = o.value(QStringLiteral("dnssec")).toObject().value(QStringLiteral("authenticated")).toBool();
    const QJsonArray log = o.value(QStringLiteral("dns")).toArray();
    for (qsizetype i = 0; i < log.size() && i < Dns::QueryLog::kMaxEntries; ++i) {
        const QJsonObject e = log.at(i).toObject();
        Dns::QueryLogEntry entry;
        entry.name = jsonBytes(e.value(QStringLiteral("name")));
        Dns::typeFromName(jsonBytes(e.value(QStringLiteral("type"))), &entry.type);
        entry.server = e.value(QStringLiteral("server")).toString();
        entry.answerText = jsonBytes(e.value(QStringLiteral("answer")));
        entry.errorText = e.value(QStringLiteral("error")).toString().left(1000);
        const QByteArray outcome = jsonBytes(e.value(QStringLiteral("outcome")));
        for (Outcome candidate : {Outcome::NoError, Outcome::NxDomain, Outcome::NoData, Outcome::ServFail, Outcome::Refused,
                                  Outcome::Timeout, Outcome::OtherError}) {
            if (Dns::outcomeToken(candidate) == outcome)
                entry.outcome = candidate;
        }
        entry.rcode = e.value(QStringLiteral("rcode")).toInt(-1);
        entry.time = QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        entry.elapsedMs = qint64(e.value(QStringLiteral("elapsedMs")).toDouble());
        entry.fromOverlay = e.value(QStringLiteral("fromOverlay")).toBool();
        entry.fromCache = e.value(QStringLiteral("fromCache")).toBool();
        entry.authenticated = e.value(QStringLiteral("authenticated")).toBool();
        r.dns.append(entry);
    }
    r.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    r.elapsedMs = qint64(o.value(QStringLiteral("elapsedMs")).toDouble());
    return r;
}

// ------------------------------------------------------------------------------------------ SPF walk state

struct DomainAudit::SpfWalk
{
    struct Node
    {
        QByteArray domain;
        QByteArray via = "root";
        char qualifier = '+';
        QByteArray record;
        QByteArray status = "pending";
        int parent = -1;
        int parentTerm = -1;
        QList<SpfTermSyntax> terms;
        QList<int> termChild;   ///< per term: child node index or -1
        QList<bool> termVoid;
        QList<bool> termIgnored;
        int voids = 0;
        QList<int> children;
    };
    QList<Node> nodes;
    bool truncatedReported = false;

    int addChild(int parent, int term, const SpfTermSyntax& t)
    {
        Node n;
        n.domain = lowerName(t.target());
        n.via = isRedirect(t) ? "redirect" : "include";
        n.qualifier = qualifierOf(t);
        n.parent = parent;
        n.parentTerm = term;
        nodes.append(n);
        const int idx = int(nodes.size() - 1);
        nodes[parent].children.append(idx);
        nodes[parent].termChild[term] = idx;
        return idx;
    }

    SpfNode build(int idx, int* total, int* voids) const
    {
        const Node& n = nodes.at(idx);
        SpfNode out;
        out.domain = n.domain;
        out.via = n.via;
        out.qualifier = n.qualifier;
        out.record = n.record;
        out.status = n.status;
        for (int i = 0; i < n.terms.size(); ++i)
            out.lookups += n.terms.at(i).countsLookup() && !n.termIgnored.value(i) ? 1 : 0;
        out.voidLookups = n.voids;
        out.totalLookups = out.lookups;
        out.totalVoidLookups = out.voidLookups;
        for (int c : n.children) {
            int t = 0, v = 0;
            out.children.append(build(c, &t, &v));
            out.totalLookups += t;
            out.totalVoidLookups += v;
        }
        *total = out.totalLookups;
        *voids = out.totalVoidLookups;
        return out;
    }

    /** @short Walks the terms in evaluation order; returns the term that costs lookup number `limit + 1`. */
    void findBreaker(int idx, int* count, QString* where, int depth) const
    {
        if (depth > kMaxSpfDepth + 1)
            return;
        const Node& n = nodes.at(idx);
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < n.terms.size(); ++i) {
                const SpfTermSyntax& t = n.terms.at(i);
                if (isRedirect(t) != (pass == 1) || !t.countsLookup() || n.termIgnored.value(i))
                    continue;
                ++*count;
                if (*count == kLookupLimit + 1 && where->isEmpty())
                    *where = Text::tr("'%1' in the record of %2").arg(displayBytes(t.term.text, 120), latin(n.domain));
                if (n.termChild.value(i, -1) >= 0)
                    findBreaker(n.termChild.at(i), count, where, depth + 1);
            }
        }
    }
};

struct DomainAudit::FetchResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString error;     ///< translated; empty on a completed HTTP exchange
    QString url;
    QString evidence;  ///< DNS evidence of the host lookup
};

// ------------------------------------------------------------------------------------------ lifecycle

DomainAudit::DomainAudit(Dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    qRegisterMetaType<Deliverbench::Domain::Section>();
    qRegisterMetaType<Deliverbench::Findings>();
}

DomainAudit::~DomainAudit()
{
    delete m_context;
    for (const auto& r : std::as_const(m_replies)) {
        if (r)
            r->abort();
    }
}

Result<QByteArray> DomainAudit::normalizeDomain(QStringView input)
{
    QString text = input.trimmed().toString();
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty())
        return makeError(Error::Kind::InvalidInput, Text::tr("no domain given"));
    const QByteArray ace = QUrl::toAce(text, QUrl::AceTransitionalProcessing);
    if (ace.isEmpty() || !Dns::isValidQueryName(ace) || !ace.contains('.'))
        return makeError(Error::Kind::InvalidInput, Text::tr("'%1' is not a valid domain name").arg(text.left(300)));
    for (char c : ace) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'))
            return makeError(Error::Kind::InvalidInput, Text::tr("'%1' is not a valid domain name").arg(text.left(300)));
    }
    return Dns::normalizeName(ace);
}

QList<SelectorGuess> DomainAudit::guessSelectors()
{
    return {
        {"default", Text::tr("generic (cPanel, Plesk, many hosts)")},
        {"google", Text::tr("Google Workspace")},
        {"selector1", Text::tr("Microsoft 365")},
        {"selector2", Text::tr("Microsoft 365")},
        {"k1", Text::tr("Mailchimp / Mandrill")},
        {"s1", Text::tr("SendGrid")},
        {"s2", Text::tr("SendGrid")},
        {"dkim", Text::tr("generic")},
        {"mail", Text::tr("generic")},
        {"smtp", Text::tr("generic")},
    };
}

void DomainAudit::setNetworkAccessManager(QNetworkAccessManager* manager)
{
    m_nam = manager;
}

void DomainAudit::start(const QByteArray& domain, const AuditOptions& options)
{
    if (m_running)
        cancel();
    delete m_context;
    m_context = new QObject(this);
    m_options = options;
    m_result = AuditResult{};
    m_result.domain = Dns::normalizeName(domain);
    m_sectionFindings.clear();
    m_pending.clear();
    m_finished.clear();
    m_reportedFailures.clear();
    m_answers.clear();
    m_replies.clear();
    m_mxAnswer.clear();
    m_stsPolicyValid = m_mtaStsPresent = m_bimiPresent = false;
    m_done = m_total = 0;
    m_spf = std::make_unique<SpfWalk>();
    m_logStart = m_resolver ? m_resolver->queryLog()->size() : 0;
    m_running = true;
    m_clock.start();
    if (!m_nam) {
        if (!m_ownNam)
            m_ownNam = new QNetworkAccessManager(this);
        m_nam = m_ownNam;
    }
    if (!m_resolver) {
        Answer a;
        a.name = m_result.domain;
        a.errorText = Text::tr("no resolver");
        for (Section s : allSections())
            m_finished.append(s);
        add(Section::Domain, makeFinding("DOMAIN.DNS_ERROR", Severity::Error, Text::tr("No DNS resolver available"),
                                         a.errorText, QString(), QString()));
        m_running = false;
        Q_EMIT finished();
        return;
    }
    startMx();
    startSpf();
    startDmarc();
    startDkim();
    startMtaSts();
    startTlsRpt();
    startBimi();
    tryFinish(Section::Domain);
}

void DomainAudit::cancel()
{
    if (!m_running)
        return;
    delete m_context; // drops every pending DNS callback and reply connection
    m_context = nullptr;
    for (const auto& r : std::as_const(m_replies)) {
        if (r) {
            r->abort();
            r->deleteLater();
        }
    }
    m_replies.clear();
    m_running = false;
    m_result.cancelled = true;
    m_result.elapsedMs = m_clock.elapsed();
    for (Section s : allSections())
        m_result.findings += m_sectionFindings.value(s);
    if (m_resolver) {
        const auto& entries = m_resolver->queryLog()->entries();
        m_result.dns = entries.mid(std::min(m_logStart, entries.size()));
    }
    Q_EMIT finished();
}

// ------------------------------------------------------------------------------------------ plumbing

void DomainAudit::ask(Section section, const QByteArray& name, RecordType type, AnswerHandler handler)
{
    hold(section);
    ++m_total;
    Q_EMIT progress(m_done, m_total);
    m_resolver->query(name, type, m_context, [this, section, handler = std::move(handler)](const Answer& a) {
        ++m_done;
        m_answers.append(a);
        handler(a);
        Q_EMIT progress(m_done, m_total);
        if (section == Section::Spf && m_running)
            Q_EMIT spfTreeChanged();
        release(section);
    });
}

SpfNode DomainAudit::spfTreeSnapshot() const
{
    if (!m_spf || m_spf->nodes.isEmpty())
        return {};
    int total = 0, voids = 0;
    return m_spf->build(0, &total, &voids);
}

void DomainAudit::hold(Section section)
{
    ++m_pending[section];
}

void DomainAudit::release(Section section)
{
    if (--m_pending[section] <= 0)
        tryFinish(section);
}

void DomainAudit::tryFinish(Section section)
{
    if (!m_running || m_finished.contains(section) || m_pending.value(section) > 0)
        return;
    // dependencies: MTA-STS compares with the MX hosts, BIMI needs the DMARC policy, Domain comes last
    if (section == Section::MtaSts && !m_finished.contains(Section::Mx))
        return;
    if (section == Section::Bimi && !m_finished.contains(Section::Dmarc))
        return;
    if (section == Section::Domain) {
        for (Section s : allSections()) {
            if (s != Section::Domain && !m_finished.contains(s))
                return;
        }
    }
    finishSection(section);
}

void DomainAudit::finishSection(Section section)
{
    switch (section) {
    case Section::Spf: finishSpf(); break;
    case Section::MtaSts: finishMtaSts(); break;
    case Section::Bimi: finishBimi(); break;
    case Section::Domain: finishDomain(); break;
    case Section::Mx: {
        bool problem = false;
        for (const Finding& f : m_sectionFindings.value(Section::Mx))
            problem = problem || f.severity >= Severity::Warning || f.code == "MX.NULL";
        if (!problem && !m_result.mx.isEmpty()) {
            QStringList hosts;
            for (const MxHost& h : std::as_const(m_result.mx))
                hosts << QStringLiteral("%1 %2").arg(h.preference).arg(latin(h.host));
            add(Section::Mx, makeFinding("MX.OK", Severity::Pass, Text::tr("MX hosts resolve and have forward-confirmed reverse DNS"),
                                         Text::tr("%n MX host(s): %1.", nullptr, int(m_result.mx.size())).arg(hosts.join(QStringLiteral(", "))),
                                         evidenceOf(m_mxAnswer), QStringLiteral("RFC 5321 §5.1")));
        }
        break;
    }
    case Section::Dmarc:
    case Section::Dkim:
    case Section::TlsRpt: {
        if (section == Section::Dkim) {
            bool anyGuess = false, anyFound = false;
            for (const DkimSelectorResult& k : std::as_const(m_result.dkim)) {
                anyGuess = anyGuess || k.guessed;
                anyFound = anyFound || (k.status != "NXDOMAIN" && k.status != "NODATA");
            }
            if (m_options.selectors.isEmpty() && !anyFound) {
                add(Section::Dkim, makeFinding("DKIM.NO_KEY_FOUND_BY_GUESS", Severity::Info,
                                               Text::tr("No DKIM key at the common selectors tried"),
                                               Text::tr("None of the %n guessed selector(s) has a key. That says nothing about the selectors this domain really uses.",
                                                        nullptr, int(guessSelectors().size())),
                                               QString(), QStringLiteral("RFC 6376 §3.6.2.1"),
                                               Text::tr("Run again with --selector, taken from the s= tag of a DKIM-Signature of a real message.")));
            }
            m_result.dkim.erase(std::remove_if(m_result.dkim.begin(), m_result.dkim.end(),
                                               [](const DkimSelectorResult& k) {
                                                   return k.guessed && (k.status == "NXDOMAIN" || k.status == "NODATA");
                                               }),
                                m_result.dkim.end());
        }
        break;
    }
    }
    m_finished.append(section);
    Q_EMIT sectionFinished(section, m_sectionFindings.value(section));
    if (section == Section::Domain) {
        Q_EMIT finished();
        return;
    }
    if (!m_running)
        return;
    for (Section s : allSections()) {
        if (!m_finished.contains(s))
            tryFinish(s);
    }
}

void DomainAudit::add(Section section, Finding finding)
{
    m_sectionFindings[section].append(std::move(finding));
}

bool DomainAudit::dnsFailed(Section section, const Answer& a, bool report)
{
    if (a.isSuccess() || a.isNegative())
        return false;
    const QByteArray key = lowerName(a.name) + '|' + Dns::typeName(a.type);
    if (!report || m_reportedFailures.contains(key))
        return true;
    m_reportedFailures.append(key);
    const char* code = "DOMAIN.DNS_ERROR";
    switch (a.outcome) {
    case Outcome::Timeout: code = "DOMAIN.DNS_TIMEOUT"; break;
    case Outcome::ServFail: code = "DOMAIN.DNS_SERVFAIL"; break;
    case Outcome::Refused: code = "DOMAIN.DNS_REFUSED"; break;
    default: break;
    }
    // "ERROR" and "the lookup failed" say nothing: the resolver's own reason ("c-ares: Could not contact DNS servers") does
    const bool ownReason = a.outcome == Outcome::OtherError && !a.errorText.isEmpty();
    QString detail = Text::tr("The lookup of %1 %2 failed: %3. The %4 check could not be completed; this is not the same as \"no record\".")
                         .arg(latin(a.name), latin(Dns::typeName(a.type)), ownReason ? a.errorText : Dns::outcomeText(a.outcome),
                              sectionTitle(section));
    if (!a.errorText.isEmpty() && !ownReason)
        detail += u' ' + a.errorText;
    add(section, makeFinding(code, Severity::Error,
                             Text::tr("DNS lookup failed: %1 %2 (%3)")
                                 .arg(latin(a.name), latin(Dns::typeName(a.type)), ownReason ? a.errorText : latin(Dns::outcomeToken(a.outcome))),
                             detail, evidenceOf(a), QStringLiteral("RFC 1035 §4.1.1, RFC 7208 §2.6.6"),
                             Text::tr("Check that the domain's name servers answer; run the audit again.")));
    return true;
}

// ------------------------------------------------------------------------------------------ HTTPS

void DomainAudit::fetch(Section section, const QByteArray& host, const QByteArray& path, qint64 maxBytes,
                        std::function<void(const FetchResult&)> handler)
{
    hold(section);
    auto done = [this, section, handler = std::move(handler)](const FetchResult& r) {
        handler(r);
        release(section);
    };
    if (!m_options.httpsConnectOverride.isEmpty()) {
        const QString o = m_options.httpsConnectOverride;
        const qsizetype colon = o.lastIndexOf(u':');
        QString h = o.left(colon);
        if (h.startsWith(u'[') && h.endsWith(u']'))
            h = h.mid(1, h.size() - 2);
        const int port = colon > 0 ? o.mid(colon + 1).toInt() : 443;
        startFetch(section, host, h, quint16(port > 0 && port < 65536 ? port : 443), path, maxBytes, done);
        return;
    }
    ask(section, host, RecordType::A, [this, section, host, path, maxBytes, done](const Answer& a4) {
        if (a4.isSuccess()) {
            startFetch(section, host, a4.records.first().address.toString(), 443, path, maxBytes,
                       [done, ev = evidenceOf(a4)](const FetchResult& r) {
                           FetchResult copy = r;
                           copy.evidence = ev;
                           done(copy);
                       });
            return;
        }
        ask(section, host, RecordType::AAAA, [this, section, host, path, maxBytes, done, a4](const Answer& a6) {
            if (a6.isSuccess()) {
                startFetch(section, host, a6.records.first().address.toString(), 443, path, maxBytes,
                           [done, ev = evidenceOf(QList<Answer>{a4, a6})](const FetchResult& r) {
                               FetchResult copy = r;
                               copy.evidence = ev;
                               done(copy);
                           });
                return;
            }
            FetchResult r;
            r.url = QStringLiteral("https://") + latin(host) + latin(path);
            r.error = Text::tr("%1 has no address (A: %2, AAAA: %3)")
                          .arg(latin(host), latin(Dns::outcomeToken(a4.outcome)), latin(Dns::outcomeToken(a6.outcome)));
            r.evidence = evidenceOf(QList<Answer>{a4, a6});
            done(r);
        });
    });
}

void DomainAudit::startFetch(Section section, const QByteArray& host, const QString& connectHost, quint16 port,
                             const QByteArray& path, qint64 maxBytes, std::function<void(const FetchResult&)> handler)
{
    Q_UNUSED(section);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(connectHost);
    url.setPort(port);
    url.setPath(QString::fromLatin1(path));
    QNetworkRequest request(url);
    request.setRawHeader("Host", host);
    request.setRawHeader("User-Agent", "deliverbench/" DELIVERBENCH_VERSION);
    request.setPeerVerifyName(latin(host));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // Host header = virtual host
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(std::max(100, m_options.httpsTimeoutMs));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(m_options.extraCaCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);

    QNetworkReply* reply = m_nam->get(request);
    m_replies.append(reply);
    auto body = std::make_shared<QByteArray>();
    auto sslErrors = std::make_shared<QStringList>();
    auto tooLarge = std::make_shared<bool>(false);
    const QString shownUrl = QStringLiteral("https://") + latin(host) + latin(path);
    connect(reply, &QNetworkReply::sslErrors, m_context, [sslErrors](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            if (sslErrors->size() < 5)
                sslErrors->append(e.errorString());
        }
    });
    connect(reply, &QIODevice::readyRead, m_context, [reply, body, tooLarge, maxBytes]() {
        const QByteArray chunk = reply->read(maxBytes + 1 - body->size());
        body->append(chunk);
        if (body->size() > maxBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, m_context, [this, reply, body, sslErrors, tooLarge, maxBytes, shownUrl, handler]() {
        m_replies.removeAll(reply);
        reply->deleteLater();
        if (!*tooLarge && body->size() <= maxBytes && reply->isOpen()) // an aborted (timed out) reply is closed
            body->append(reply->read(maxBytes + 1 - body->size()));
        FetchResult r;
        r.url = shownUrl;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1();
        r.body = body->left(maxBytes);
        if (*tooLarge || body->size() > maxBytes) {
            r.error = Text::tr("the response is larger than %1 bytes").arg(maxBytes);
        } else if (r.status == 0) {
            r.error = reply->errorString();
            if (!sslErrors->isEmpty())
                r.error += QStringLiteral(" (") + sslErrors->join(QStringLiteral("; ")) + u')';
        }
        handler(r);
    });
}

// ------------------------------------------------------------------------------------------ MX

void DomainAudit::startMx()
{
    const QByteArray domain = m_result.domain;
    ask(Section::Mx, domain, RecordType::MX, [this, domain](const Answer& a) {
        m_mxAnswer = {a};
        if (dnsFailed(Section::Mx, a) || a.outcome == Outcome::NxDomain)
            return; // NXDOMAIN: DOMAIN.NOT_FOUND says it once
        if (a.outcome == Outcome::NoData) {
            add(Section::Mx, makeFinding("MX.MISSING", Severity::Warning, Text::tr("No MX record"),
                                         Text::tr("%1 has no MX record: senders fall back to its A/AAAA address (implicit MX), "
                                                  "and bounces to this domain may not be deliverable.").arg(latin(domain)),
                                         evidenceOf(a), QStringLiteral("RFC 5321 §5.1"),
                                         Text::tr("Publish MX records, or a null MX (\"0 .\", RFC 7505) if the domain receives no mail.")));
            return;
        }
        bool nullMx = false;
        for (const Dns::Record& r : a.records)
            nullMx = nullMx || r.target == "." || r.target.isEmpty();
        if (nullMx) {
            if (a.records.size() == 1 && a.records.first().preference == 0) {
                add(Section::Mx, makeFinding("MX.NULL", Severity::Info, Text::tr("Null MX: the domain accepts no mail"),
                                             Text::tr("%1 publishes a null MX (RFC 7505): it receives no mail, and mail from it "
                                                      "can get no bounces; receivers may reject mail whose envelope sender uses it.")
                                                 .arg(latin(domain)),
                                             evidenceOf(a), QStringLiteral("RFC 7505 §3, §4")));
            } else {
                add(Section::Mx, makeFinding("MX.NULL_INVALID", Severity::Error, Text::tr("Malformed null MX"),
                                             Text::tr("A null MX must be the only MX record and have preference 0; here it is mixed with "
                                                      "%1 record(s) or has another preference.").arg(a.records.size() - 1),
                                             evidenceOf(a), QStringLiteral("RFC 7505 §3"),
                                             Text::tr("Publish either \"0 .\" alone or real MX hosts.")));
            }
            return;
        }
        QList<QByteArray> seen;
        for (const Dns::Record& r : a.records) {
            const QByteArray host = lowerName(r.target);
            if (seen.contains(host)) {
                add(Section::Mx, makeFinding("MX.DUPLICATE_HOST", Severity::Warning, Text::tr("MX host listed twice: %1").arg(latin(host)),
                                             Text::tr("%1 appears in more than one MX record; the duplicates add nothing.").arg(latin(host)),
                                             evidenceOf(a), QStringLiteral("RFC 5321 §5.1"), Text::tr("Remove the duplicate record.")));
                continue;
            }
            seen.append(host);
            if (QHostAddress(latin(host)).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol) {
                add(Section::Mx, makeFinding("MX.IP_LITERAL", Severity::Error, Text::tr("MX points at an address: %1").arg(latin(host)),
                                             Text::tr("An MX exchange must be a host name; senders look up %1 as a name and fail.").arg(latin(host)),
                                             evidenceOf(a), QStringLiteral("RFC 5321 §5.1, RFC 1035 §3.3.9"),
                                             Text::tr("Point the MX at a host name with A/AAAA records.")));
                continue;
            }
            if (m_result.mx.size() >= kMaxMxHosts)
                break;
            MxHost h;
            h.host = host;
            h.preference = r.preference;
            m_result.mx.append(h);
        }
        std::sort(m_result.mx.begin(), m_result.mx.end(), [](const MxHost& x, const MxHost& y) {
            return x.preference < y.preference || (x.preference == y.preference && x.host < y.host);
        });
        if (m_result.mx.size() == 1) {
            add(Section::Mx, makeFinding("MX.SINGLE_HOST", Severity::Info, Text::tr("Only one MX host"),
                                         Text::tr("All mail goes to %1; senders queue and retry while it is down.").arg(latin(m_result.mx.first().host)),
                                         evidenceOf(a), QStringLiteral("RFC 5321 §5.1")));
        }
        for (int i = 0; i < m_result.mx.size(); ++i) {
            const QByteArray host = m_result.mx.at(i).host;
            auto answers = std::make_shared<QList<Answer>>();
            for (RecordType t : {RecordType::A, RecordType::AAAA}) {
                ask(Section::Mx, host, t, [this, i, answers](const Answer& x) {
                    answers->append(x);
                    if (answers->size() < 2)
                        return;
                    MxHost& h = m_result.mx[i];
                    bool failed = false;
                    for (const Answer& y : *answers) {
                        failed = dnsFailed(Section::Mx, y) || failed;
                        if (!y.cnameChain.isEmpty() && h.cnameChain.isEmpty())
                            h.cnameChain = y.cnameChain;
                        for (const Dns::Record& r : y.records) {
                            MxAddress ma;
                            ma.address = r.address;
                            h.addresses.append(ma);
                        }
                    }
                    if (!h.cnameChain.isEmpty()) {
                        add(Section::Mx, makeFinding("MX.CNAME", Severity::Warning, Text::tr("MX host is a CNAME: %1").arg(latin(h.host)),
                                                     Text::tr("%1 is an alias of %2; an MX must name a host with its own address records.")
                                                         .arg(latin(h.host), latin(h.cnameChain.last())),
                                                     evidenceOf(*answers), QStringLiteral("RFC 2181 §10.3, RFC 5321 §5.1"),
                                                     Text::tr("Point the MX record at %1 directly.").arg(latin(h.cnameChain.last()))));
                    }
                    if (h.addresses.isEmpty()) {
                        if (!failed) {
                            add(Section::Mx, makeFinding("MX.HOST_NO_ADDRESS", Severity::Error, Text::tr("MX host has no address: %1").arg(latin(h.host)),
                                                         Text::tr("%1 has neither A nor AAAA records: mail to this MX cannot be delivered.").arg(latin(h.host)),
                                                         evidenceOf(*answers), QStringLiteral("RFC 5321 §5.1"),
                                                         Text::tr("Publish A/AAAA records for %1 or remove the MX.").arg(latin(h.host))));
                        }
                        return;
                    }
                    for (int j = 0; j < h.addresses.size(); ++j) {
                        const QHostAddress addr = h.addresses.at(j).address;
                        if (isPrivate(addr)) {
                            add(Section::Mx, makeFinding("MX.PRIVATE_ADDRESS", Severity::Warning,
                                                         Text::tr("MX host has a non-public address: %1 %2").arg(latin(h.host), addr.toString()),
                                                         Text::tr("%1 resolves to %2 (loopback, private or link-local): other hosts on the Internet cannot reach it.")
                                                             .arg(latin(h.host), addr.toString()),
                                                         evidenceOf(*answers), QStringLiteral("RFC 1918, RFC 6890")));
                        }
                        ask(Section::Mx, Dns::reverseName(addr), RecordType::PTR, [this, i, j, addr](const Answer& ptr) {
                            MxAddress& ma = m_result.mx[i].addresses[j];
                            ma.ptrStatus = Dns::outcomeToken(ptr.outcome);
                            if (dnsFailed(Section::Mx, ptr))
                                return;
                            if (!ptr.isSuccess()) {
                                add(Section::Mx, makeFinding("MX.PTR_MISSING", Severity::Warning,
                                                             Text::tr("No reverse DNS for MX address %1").arg(addr.toString()),
                                                             Text::tr("%1 (of MX %2) has no PTR record; many receivers distrust hosts without reverse DNS.")
                                                                 .arg(addr.toString(), latin(m_result.mx.at(i).host)),
                                                             evidenceOf(ptr), QStringLiteral("RFC 1912 §2.1, RFC 8499"),
                                                             Text::tr("Ask the owner of %1 to publish a PTR naming %2.")
                                                                 .arg(addr.toString(), latin(m_result.mx.at(i).host))));
                                return;
                            }
                            auto forward = std::make_shared<QList<Answer>>();
                            auto remaining = std::make_shared<int>(0);
                            for (const Dns::Record& r : ptr.records) {
                                if (ma.ptr.size() >= kMaxPtrNames)
                                    break;
                                ma.ptr.append(lowerName(r.target));
                            }
                            *remaining = int(ma.ptr.size());
                            const QList<QByteArray> names = ma.ptr;
                            for (const QByteArray& name : names) {
                                const RecordType t = addr.protocol() == QAbstractSocket::IPv6Protocol ? RecordType::AAAA : RecordType::A;
                                ask(Section::Mx, name, t, [this, i, j, addr, ptr, forward, remaining](const Answer& f) {
                                    forward->append(f);
                                    MxAddress& m = m_result.mx[i].addresses[j];
                                    for (const Dns::Record& r : f.records)
                                        m.fcrdns = m.fcrdns || r.address.isEqual(addr, QHostAddress::StrictConversion);
                                    if (--*remaining > 0)
                                        return;
                                    if (!m.fcrdns) {
                                        QList<Answer> ev{ptr};
                                        ev += *forward;
                                        add(Section::Mx, makeFinding("MX.FCRDNS_MISMATCH", Severity::Warning,
                                                                     Text::tr("Reverse DNS of %1 is not forward-confirmed").arg(addr.toString()),
                                                                     Text::tr("%1 has PTR %2, but that name does not resolve back to %1.")
                                                                         .arg(addr.toString(), latin(m.ptr.join(", "))),
                                                                     evidenceOf(ev), QStringLiteral("RFC 8601 §3 (iprev), RFC 1912 §2.1"),
                                                                     Text::tr("Make the PTR name's A/AAAA record include %1.").arg(addr.toString())));
                                    }
                                });
                            }
                        });
                    }
                });
            }
        }
    });
}

// ------------------------------------------------------------------------------------------ SPF

void DomainAudit::startSpf()
{
    SpfWalk::Node root;
    root.domain = m_result.domain;
    m_spf->nodes.append(root);
    spfExpand(0, {m_result.domain}, 0);
}

void DomainAudit::spfExpand(int idx, QList<QByteArray> path, int depth)
{
    const QByteArray domain = m_spf->nodes.at(idx).domain;
    ask(Section::Spf, domain, RecordType::TXT, [this, idx, path, depth, domain](const Answer& a) {
        SpfWalk& w = *m_spf;
        const bool root = idx == 0;
        const QByteArray via = w.nodes.at(idx).via;
        if (dnsFailed(Section::Spf, a)) {
            w.nodes[idx].status = Dns::outcomeToken(a.outcome);
            return;
        }
        QList<QByteArray> spfs;
        for (const QByteArray& t : a.texts()) {
            if (Auth::isSpfRecord(t))
                spfs.append(t);
        }
        if (spfs.isEmpty()) {
            w.nodes[idx].status = a.isNegative() ? Dns::outcomeToken(a.outcome) : QByteArray("none");
            if (root) {
                w.nodes[idx].status = "none";
                add(Section::Spf, makeFinding("SPF.MISSING", Severity::Error, Text::tr("No SPF record"),
                                              Text::tr("%1 publishes no SPF record (a TXT record starting with \"v=spf1\"): receivers get "
                                                       "SPF \"none\" and cannot tell its servers from forgers. SPF records of type 99 are "
                                                       "obsolete and not consulted (RFC 7208 §3.1).").arg(latin(domain)),
                                              evidenceOf(a), QStringLiteral("RFC 7208 §4.5, §3.1"),
                                              Text::tr("Publish a TXT record such as \"v=spf1 mx -all\" listing every server that sends for the domain.")));
                return;
            }
            const int parent = w.nodes.at(idx).parent;
            if (a.isNegative()) {
                w.nodes[parent].voids += 1;
                w.nodes[parent].termVoid[w.nodes.at(idx).parentTerm] = true;
            }
            add(Section::Spf, makeFinding("SPF.INCLUDE_NO_RECORD", Severity::Error,
                                          Text::tr("%1 target without SPF record: %2").arg(latin(via), latin(domain)),
                                          Text::tr("%1 of %2 names %3, which has no SPF record: evaluation ends in PermError for everyone.")
                                              .arg(latin(via), latin(w.nodes.at(parent).domain), latin(domain)),
                                          evidenceOf(a), QStringLiteral("RFC 7208 §5.2, §6.1"),
                                          Text::tr("Fix or remove the %1.").arg(latin(via))));
            return;
        }
        if (spfs.size() > 1) {
            w.nodes[idx].status = "multiple";
            add(Section::Spf, makeFinding("SPF.MULTIPLE_RECORDS", Severity::Error, Text::tr("%n SPF records at %1", nullptr, int(spfs.size())).arg(latin(domain)),
                                          Text::tr("%1 has more than one \"v=spf1\" record: SPF evaluation ends in PermError.").arg(latin(domain)),
                                          evidenceOf(a), QStringLiteral("RFC 7208 §4.5, §3.2"),
                                          Text::tr("Merge them into one record.")));
            if (root)
                m_result.spf.record = spfs.first();
            return;
        }
        const QByteArray text = spfs.first();
        const Auth::SpfRecordSyntax syntax = Auth::parseSpfRecord(text);
        const QList<SpfTermSyntax> terms = Auth::parseSpfTerms(text, kMaxSpfTerms);
        QStringList errors;
        for (const SpfTermSyntax& t : terms) {
            if (!t.error.isEmpty() && errors.size() < 20)
                errors.append(t.error);
        }
        if (!syntax.isValid() && !errors.contains(syntax.error))
            errors.append(syntax.error);
        const SpfTermSyntax* all = nullptr;
        bool hasRedirect = false;
        for (const SpfTermSyntax& t : terms) {
            if (!all && isMechanism(t, Auth::SpfMechanism::All))
                all = &t;
            hasRedirect = hasRedirect || isRedirect(t);
        }
        {
            SpfWalk::Node& n = w.nodes[idx];
            n.record = text;
            n.terms = terms;
            n.termChild = QList<int>(terms.size(), -1);
            n.termVoid = QList<bool>(terms.size(), false);
            n.termIgnored = QList<bool>(terms.size(), false);
            n.status = syntax.isValid() ? "ok" : "permerror";
        }
        if (root) {
            m_result.spf.record = text;
            m_result.spf.evaluated = true;
        }
        if (!syntax.isValid()) {
            add(Section::Spf, makeFinding("SPF.SYNTAX", Severity::Error, Text::tr("SPF syntax error at %1").arg(latin(domain)),
                                          Text::tr("The SPF record of %1 is invalid (evaluation ends in PermError): %2")
                                              .arg(latin(domain), errors.join(QStringLiteral("; "))),
                                          evidenceOf(a), QStringLiteral("RFC 7208 §4.6, §12"),
                                          Text::tr("Correct the record.")));
        }
        if (text.size() > kSpfRecommendedMaxLength) {
            add(Section::Spf, makeFinding("SPF.RECORD_TOO_LONG", Severity::Warning, Text::tr("Long SPF record at %1 (%2 bytes)").arg(latin(domain)).arg(text.size()),
                                          Text::tr("The record is longer than %1 bytes; with other TXT records the answer may not fit a 512-byte UDP response.")
                                              .arg(kSpfRecommendedMaxLength),
                                          evidenceOf(a), QStringLiteral("RFC 7208 §3.4"),
                                          Text::tr("Move ranges into an include or shorten the record.")));
        }
        bool afterAll = false;
        const bool topChain = root || via == "redirect";
        for (int i = 0; i < terms.size(); ++i) {
            const SpfTermSyntax& t = terms.at(i);
            if (afterAll && t.kind == SpfTermSyntax::Kind::Mechanism) {
                add(Section::Spf, makeFinding("SPF.TERMS_AFTER_ALL", Severity::Warning, Text::tr("Mechanisms after \"all\" at %1").arg(latin(domain)),
                                              Text::tr("'%1' comes after \"all\" and is never evaluated.").arg(displayBytes(t.term.text, 100)),
                                              evidenceOf(a), QStringLiteral("RFC 7208 §5.1"), Text::tr("Move \"all\" to the end.")));
                afterAll = false; // once per record
            }
            if (isMechanism(t, Auth::SpfMechanism::All)) {
                afterAll = true;
                if (qualifierOf(t) == '+') {
                    add(Section::Spf, makeFinding("SPF.PASS_ALL", Severity::Error, Text::tr("SPF allows every host: \"%1\" at %2").arg(latin(t.term.text), latin(domain)),
                                                  Text::tr("\"+all\" makes SPF pass for any sender on the Internet%1.")
                                                      .arg(root ? QString() : Text::tr(" (reached through %1 from %2)").arg(latin(via), latin(m_result.domain))),
                                                  evidenceOf(a), QStringLiteral("RFC 7208 §5.1, §4.6.2"),
                                                  Text::tr("End the record with \"-all\" or \"~all\".")));
                } else if (qualifierOf(t) == '?' && topChain) {
                    add(Section::Spf, makeFinding("SPF.NEUTRAL_ALL", Severity::Warning, Text::tr("SPF ends in \"?all\" at %1").arg(latin(domain)),
                                                  Text::tr("\"?all\" gives no verdict for unlisted hosts: the record does not protect the domain."),
                                                  evidenceOf(a), QStringLiteral("RFC 7208 §8.2"), Text::tr("Use \"~all\" or \"-all\".")));
                }
            }
            if (!t.error.isEmpty())
                continue;
            if (isMechanism(t, Auth::SpfMechanism::Ptr)) {
                add(Section::Spf, makeFinding("SPF.PTR_MECHANISM", Severity::Warning, Text::tr("SPF uses \"ptr\" at %1").arg(latin(domain)),
                                              Text::tr("The ptr mechanism is slow and unreliable and SHOULD NOT be used; some receivers ignore it."),
                                              evidenceOf(a), QStringLiteral("RFC 7208 §5.5"),
                                              Text::tr("Replace it with ip4/ip6 or a mechanisms.")));
            }
            if (!t.countsLookup() || isMechanism(t, Auth::SpfMechanism::Ptr))
                continue;
            if (isRedirect(t) && all) {
                w.nodes[idx].termIgnored[i] = true;
                add(Section::Spf, makeFinding("SPF.REDIRECT_IGNORED", Severity::Warning, Text::tr("redirect ignored at %1").arg(latin(domain)),
                                              Text::tr("The record has an \"all\" mechanism, so '%1' is never used.").arg(displayBytes(t.term.text, 100)),
                                              evidenceOf(a), QStringLiteral("RFC 7208 §6.1"),
                                              Text::tr("Remove either \"all\" or the redirect.")));
                continue;
            }
            if (Auth::macroStringHasExpand(t.target()))
                continue; // cost counted; the target needs a message to expand
            const QByteArray target = t.target().isEmpty() ? domain : lowerName(t.target());
            if (isMechanism(t, Auth::SpfMechanism::Include) || isRedirect(t)) {
                const int child = w.addChild(idx, i, t);
                if (path.contains(target)) {
                    w.nodes[child].status = "loop";
                    add(Section::Spf, makeFinding("SPF.LOOP", Severity::Error, Text::tr("SPF include loop: %1").arg(latin(target)),
                                                  Text::tr("'%1' in the record of %2 leads back to %3 (path: %4): evaluation ends in PermError.")
                                                      .arg(displayBytes(t.term.text, 100), latin(domain), latin(target), latin(path.join(" > "))),
                                                  evidenceOf(a), QStringLiteral("RFC 7208 §4.6.4, §5.2"),
                                                  Text::tr("Remove the circular include.")));
                    continue;
                }
                if (int(w.nodes.size()) > m_options.maxSpfNodes || depth >= kMaxSpfDepth) {
                    w.nodes[child].status = "truncated";
                    if (!w.truncatedReported) {
                        w.truncatedReported = true;
                        add(Section::Spf, makeFinding("SPF.TREE_TRUNCATED", Severity::Warning, Text::tr("SPF tree not fully walked"),
                                                      Text::tr("The include tree is deeper than %1 or larger than %2 records; the rest was not looked up.")
                                                          .arg(kMaxSpfDepth).arg(m_options.maxSpfNodes),
                                                      evidenceOf(a), QStringLiteral("RFC 7208 §4.6.4")));
                    }
                    continue;
                }
                QList<QByteArray> childPath = path;
                childPath.append(target);
                spfExpand(child, childPath, depth + 1);
                continue;
            }
            // a, mx, exists: one lookup each; a void answer counts against the limit of 2
            auto markVoid = [this, idx, i]() {
                m_spf->nodes[idx].voids += 1;
                m_spf->nodes[idx].termVoid[i] = true;
            };
            if (isMechanism(t, Auth::SpfMechanism::Mx)) {
                ask(Section::Spf, target, RecordType::MX, [this, markVoid, target, domain, t](const Answer& mx) {
                    if (dnsFailed(Section::Spf, mx))
                        return;
                    if (mx.isNegative()) {
                        markVoid();
                        return;
                    }
                    if (mx.records.size() > kLookupLimit) {
                        add(Section::Spf, makeFinding("SPF.MX_TOO_MANY", Severity::Error, Text::tr("\"%1\" names more than 10 MX hosts").arg(latin(t.term.text)),
                                                      Text::tr("%1 has %2 MX records; the mx mechanism allows at most 10 (PermError).")
                                                          .arg(latin(target)).arg(mx.records.size()),
                                                      evidenceOf(mx), QStringLiteral("RFC 7208 §4.6.4")));
                    }
                });
            } else if (isMechanism(t, Auth::SpfMechanism::A)) {
                auto answers = std::make_shared<QList<Answer>>();
                for (RecordType rt : {RecordType::A, RecordType::AAAA}) {
                    ask(Section::Spf, target, rt, [this, answers, markVoid](const Answer& x) {
                        answers->append(x);
                        if (answers->size() < 2)
                            return;
                        bool failed = false;
                        for (const Answer& y : *answers)
                            failed = dnsFailed(Section::Spf, y) || failed;
                        if (!failed && answers->at(0).isNegative() && answers->at(1).isNegative())
                            markVoid();
                    });
                }
            } else if (isMechanism(t, Auth::SpfMechanism::Exists)) {
                ask(Section::Spf, target, RecordType::A, [this, markVoid](const Answer& x) {
                    if (!dnsFailed(Section::Spf, x) && x.isNegative())
                        markVoid();
                });
            }
        }
        if (topChain && !all && !hasRedirect && syntax.isValid()) {
            add(Section::Spf, makeFinding("SPF.NO_ALL", Severity::Warning, Text::tr("SPF record without \"all\" at %1").arg(latin(domain)),
                                          Text::tr("The record ends without \"all\" or redirect: unlisted hosts get \"neutral\"."),
                                          evidenceOf(a), QStringLiteral("RFC 7208 §4.7"), Text::tr("End the record with \"-all\" or \"~all\".")));
        }
    });
}

void DomainAudit::finishSpf()
{
    SpfWalk& w = *m_spf;
    if (w.nodes.isEmpty())
        return;
    int total = 0, voids = 0;
    m_result.spf.tree = w.build(0, &total, &voids);
    m_result.spf.lookups = total;
    m_result.spf.voidLookups = voids;
    if (!m_result.spf.evaluated)
        return;
    const QString treeText = [&] {
        QStringList lines;
        std::function<void(const SpfNode&, int)> walk = [&](const SpfNode& n, int level) {
            if (lines.size() > 200)
                return;
            lines << QString(level * 2, u' ') + QStringLiteral("%1 %2 [%3 lookup(s), %4 in total; %5 void] %6")
                                                    .arg(latin(n.via), latin(n.domain))
                                                    .arg(n.lookups)
                                                    .arg(n.totalLookups)
                                                    .arg(n.voidLookups)
                                                    .arg(n.status == "ok" ? displayBytes(n.record, 300) : latin(n.status));
            for (const SpfNode& c : n.children)
                walk(c, level + 1);
        };
        walk(m_result.spf.tree, 0);
        return lines.join(u'\n');
    }();
    if (total > kLookupLimit) {
        int count = 0;
        QString where;
        w.findBreaker(0, &count, &where, 0);
        add(Section::Spf, makeFinding("SPF.LOOKUP_LIMIT", Severity::Error, Text::tr("SPF needs %1 DNS lookups (limit 10)").arg(total),
                                      Text::tr("Evaluating the SPF record of %1 takes %2 DNS-querying terms; above 10 the result is PermError. "
                                               "The 11th lookup is %3.").arg(latin(m_result.domain)).arg(total).arg(where),
                                      treeText, QStringLiteral("RFC 7208 §4.6.4"),
                                      Text::tr("Replace includes by ip4/ip6 ranges, drop unused includes, or split senders across subdomains.")));
    } else if (total >= 8) {
        add(Section::Spf, makeFinding("SPF.LOOKUP_NEAR_LIMIT", Severity::Info, Text::tr("SPF uses %1 of 10 DNS lookups").arg(total),
                                      Text::tr("One more include may push the record over the limit."), treeText, QStringLiteral("RFC 7208 §4.6.4")));
    }
    if (voids > kVoidLookupLimit) {
        add(Section::Spf, makeFinding("SPF.VOID_LOOKUP_LIMIT", Severity::Error, Text::tr("SPF has %1 void lookups (limit 2)").arg(voids),
                                      Text::tr("%1 terms of the SPF tree query names with no records (NXDOMAIN or no data); receivers "
                                               "return PermError after two.").arg(voids),
                                      treeText, QStringLiteral("RFC 7208 §4.6.4, §11.1"), Text::tr("Remove terms pointing at names that do not exist.")));
    } else if (voids > 0) {
        add(Section::Spf, makeFinding("SPF.VOID_LOOKUP", Severity::Warning, Text::tr("SPF has %1 void lookup(s)").arg(voids),
                                      Text::tr("Terms of the SPF tree query names with no records; more than two make SPF fail."),
                                      treeText, QStringLiteral("RFC 7208 §4.6.4"), Text::tr("Remove terms pointing at names that do not exist.")));
    }
    bool problem = false;
    for (const Finding& f : m_sectionFindings.value(Section::Spf))
        problem = problem || f.severity >= Severity::Warning;
    if (!problem) {
        add(Section::Spf, makeFinding("SPF.OK", Severity::Pass, Text::tr("SPF record valid (%1 of 10 lookups)").arg(total),
                                      Text::tr("One SPF record, valid syntax, within the lookup limits, ending in \"%1\".")
                                          .arg(latin(m_result.spf.record.mid(m_result.spf.record.lastIndexOf(' ') + 1))),
                                      treeText, QStringLiteral("RFC 7208")));
    }
}

// ------------------------------------------------------------------------------------------ DMARC

void DomainAudit::startDmarc()
{
    const QByteArray domain = m_result.domain;
    m_result.dmarc.orgDomain = organizationalDomain(domain);
    ask(Section::Dmarc, "_dmarc." + domain, RecordType::TXT, [this, domain](const Answer& a) {
        if (dnsFailed(Section::Dmarc, a))
            return;
        QList<QByteArray> records;
        for (const QByteArray& t : a.texts()) {
            if (Auth::isDmarcRecord(t))
                records.append(t);
        }
        if (records.size() > 1) {
            add(Section::Dmarc, makeFinding("DMARC.MULTIPLE_RECORDS", Severity::Error, Text::tr("%n DMARC records", nullptr, int(records.size())),
                                            Text::tr("_dmarc.%1 has more than one v=DMARC1 record: receivers apply no DMARC policy.").arg(latin(domain)),
                                            evidenceOf(a), QStringLiteral("RFC 7489 §6.6.3"), Text::tr("Keep exactly one record.")));
            return;
        }
        if (records.size() == 1) {
            dmarcEvaluate(records.first(), "_dmarc." + domain, false, a);
            return;
        }
        const QByteArray org = m_result.dmarc.orgDomain;
        if (org == domain) {
            add(Section::Dmarc, makeFinding("DMARC.MISSING", Severity::Error, Text::tr("No DMARC record"),
                                            Text::tr("%1 publishes no DMARC record at _dmarc.%1: receivers apply no policy to mail forging it, "
                                                     "and Gmail and Yahoo require one from bulk senders.").arg(latin(domain)),
                                            evidenceOf(a), QStringLiteral("RFC 7489 §6.1, §6.6.3"),
                                            Text::tr("Publish \"v=DMARC1; p=none; rua=mailto:…\" to start monitoring, then move to quarantine/reject.")));
            return;
        }
        ask(Section::Dmarc, "_dmarc." + org, RecordType::TXT, [this, domain, org, a](const Answer& o) {
            if (dnsFailed(Section::Dmarc, o))
                return;
            QList<QByteArray> orgRecords;
            for (const QByteArray& t : o.texts()) {
                if (Auth::isDmarcRecord(t))
                    orgRecords.append(t);
            }
            if (orgRecords.size() == 1) {
                dmarcEvaluate(orgRecords.first(), "_dmarc." + org, true, o);
                return;
            }
            if (orgRecords.size() > 1) {
                add(Section::Dmarc, makeFinding("DMARC.MULTIPLE_RECORDS", Severity::Error, Text::tr("%n DMARC records", nullptr, int(orgRecords.size())),
                                                Text::tr("_dmarc.%1 (the organizational domain) has more than one v=DMARC1 record: no policy applies.").arg(latin(org)),
                                                evidenceOf(o), QStringLiteral("RFC 7489 §6.6.3"), Text::tr("Keep exactly one record.")));
                return;
            }
            add(Section::Dmarc, makeFinding("DMARC.MISSING", Severity::Error, Text::tr("No DMARC record"),
                                            Text::tr("Neither %1 nor its organizational domain %2 publishes a DMARC record: receivers apply no policy.")
                                                .arg(latin(domain), latin(org)),
                                            evidenceOf(QList<Answer>{a, o}), QStringLiteral("RFC 7489 §6.6.3"),
                                            Text::tr("Publish \"v=DMARC1; p=none; rua=mailto:…\" at _dmarc.%1.").arg(latin(org))));
        });
    });
}

void DomainAudit::dmarcEvaluate(const QByteArray& text, const QByteArray& foundAt, bool fromOrg, const Answer& answer)
{
    const Auth::DmarcRecord r = Auth::parseDmarcRecord(text);
    const QList<DmarcIssue> issues = dmarcIssues(r);
    const QString ev = evidenceOf(answer);
    DmarcResult& out = m_result.dmarc;
    out.record = text;
    out.foundAt = foundAt;
    out.fromOrgDomain = fromOrg;
    out.pct = r.pct;
    const QByteArray policyDomain = foundAt.mid(7); // without "_dmarc."
    if (fromOrg) {
        add(Section::Dmarc, makeFinding("DMARC.ORG_DOMAIN_POLICY", Severity::Info,
                                        Text::tr("DMARC policy inherited from %1").arg(latin(policyDomain)),
                                        Text::tr("%1 has no record of its own; receivers use the record of its organizational domain %2 "
                                                 "(Public Suffix List: %3), whose sp= (else p=) applies. DMARCbis replaces the PSL by a DNS tree walk, "
                                                 "which finds the same record here.")
                                            .arg(latin(m_result.domain), latin(policyDomain), publicSuffixListSource()),
                                        ev, QStringLiteral("RFC 7489 §6.6.3, §3.2")));
    }
    if (!r.isUsable()) {
        QStringList problems;
        for (const DmarcIssue& i : issues) {
            if (i.fatal)
                problems << i.message;
        }
        add(Section::Dmarc, makeFinding("DMARC.SYNTAX", Severity::Error, Text::tr("Invalid DMARC record"),
                                        Text::tr("The record at %1 cannot be used: %2").arg(latin(foundAt), problems.join(QStringLiteral("; "))),
                                        ev, QStringLiteral("RFC 7489 §6.3, §6.4"), Text::tr("Correct the record.")));
        return;
    }
    for (const DmarcIssue& i : issues) {
        add(Section::Dmarc, makeFinding("DMARC.INVALID_TAG", Severity::Warning,
                                        Text::tr("DMARC tag problem: %1").arg(i.tag.isEmpty() ? Text::tr("syntax") : latin(i.tag)),
                                        Text::tr("%1; receivers ignore the value and use the default.").arg(i.message), ev,
                                        QStringLiteral("RFC 7489 §6.3, §6.4"), Text::tr("Correct the tag.")));
    }
    if (!r.unknownTags.isEmpty()) {
        add(Section::Dmarc, makeFinding("DMARC.UNKNOWN_TAG", Severity::Warning, Text::tr("Unknown DMARC tag(s): %1").arg(latin(r.unknownTags.join(", "))),
                                        Text::tr("Receivers ignore unknown tags; a misspelled tag (\"rue=\" for \"rua=\") silently does nothing."),
                                        ev, QStringLiteral("RFC 7489 §6.3"), Text::tr("Fix or remove the tag.")));
    }
    QByteArray policy = dmarcEffectivePolicy(r);
    const QByteArray sp = dmarcSubdomainPolicy(r);
    if (fromOrg && !sp.isEmpty())
        policy = sp;
    out.policy = policy;
    if (policy == "none") {
        add(Section::Dmarc, makeFinding("DMARC.POLICY_NONE", Severity::Warning, Text::tr("DMARC policy is none (monitoring only)"),
                                        Text::tr("p=none asks receivers to take no action on mail that fails DMARC: forged mail from %1 is still delivered.")
                                            .arg(latin(m_result.domain)),
                                        ev, QStringLiteral("RFC 7489 §6.3"),
                                        Text::tr("Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.")));
    } else if (!fromOrg && sp == "none" && policy != "none") {
        add(Section::Dmarc, makeFinding("DMARC.SUBDOMAIN_POLICY_NONE", Severity::Info, Text::tr("Subdomains are not protected (sp=none)"),
                                        Text::tr("The policy is %1 for %2 but none for its subdomains.").arg(latin(policy), latin(m_result.domain)),
                                        ev, QStringLiteral("RFC 7489 §6.3")));
    }
    if (r.hasPct && r.pct < 100 && policy != "none") {
        add(Section::Dmarc, makeFinding("DMARC.PCT_PARTIAL", Severity::Warning, Text::tr("DMARC policy applied to %1% of mail").arg(r.pct),
                                        Text::tr("pct=%1: the %2 policy covers only part of the failing mail.").arg(r.pct).arg(latin(policy)),
                                        ev, QStringLiteral("RFC 7489 §6.3"), Text::tr("Raise pct to 100 (or drop it).")));
    }
    const QList<QByteArray> deprecated = dmarcDeprecatedTags(r);
    if (!deprecated.isEmpty()) {
        add(Section::Dmarc, makeFinding("DMARC.DMARCBIS_NOTE", Severity::Info, Text::tr("Tags DMARCbis removes: %1").arg(latin(QByteArrayList(deprecated).join(", "))),
                                        Text::tr("DMARCbis drops pct (replaced by t=y for testing), rf and ri; receivers following it ignore them."),
                                        ev, QStringLiteral("draft-ietf-dmarc-dmarcbis §4.7")));
    }
    if (r.rua.isEmpty()) {
        add(Section::Dmarc, makeFinding("DMARC.NO_RUA", Severity::Warning, Text::tr("No aggregate reports requested (rua=)"),
                                        Text::tr("Without rua= nobody receives the aggregate reports that show who sends as %1.").arg(latin(m_result.domain)),
                                        ev, QStringLiteral("RFC 7489 §6.3, §7.2"), Text::tr("Add rua=mailto:… pointing at a mailbox or a DMARC report service.")));
    }
    const QByteArray policyOrg = organizationalDomain(policyDomain);
    QList<QByteArray> checked;
    for (const QByteArray& dest : dmarcReportDomains(r.rua + r.ruf)) {
        if (checked.contains(dest) || organizationalDomain(dest) == policyOrg)
            continue;
        checked.append(dest);
        const QByteArray name = policyDomain + "._report._dmarc." + dest;
        ask(Section::Dmarc, name, RecordType::TXT, [this, dest, policyDomain](const Answer& auth) {
            if (dnsFailed(Section::Dmarc, auth))
                return;
            bool ok = false;
            for (const QByteArray& t : auth.texts())
                ok = ok || Auth::isDmarcRecord(t);
            if (ok) {
                add(Section::Dmarc, makeFinding("DMARC.EXTERNAL_REPORTS_AUTHORIZED", Severity::Pass,
                                                Text::tr("External report destination %1 authorized").arg(latin(dest)),
                                                Text::tr("%1 accepts DMARC reports for %2.").arg(latin(dest), latin(policyDomain)),
                                                evidenceOf(auth), QStringLiteral("RFC 7489 §7.1")));
            } else {
                add(Section::Dmarc, makeFinding("DMARC.EXTERNAL_REPORTS_UNAUTHORIZED", Severity::Warning,
                                                Text::tr("External report destination %1 not authorized").arg(latin(dest)),
                                                Text::tr("Reports go to %1, outside %2, but %1 does not publish %3 TXT \"v=DMARC1\": receivers will not send them there.")
                                                    .arg(latin(dest), latin(policyDomain), latin(auth.name)),
                                                evidenceOf(auth), QStringLiteral("RFC 7489 §7.1"),
                                                Text::tr("Ask the operator of %1 to publish the authorization record, or report to an address in your own domain.")
                                                    .arg(latin(dest))));
            }
        });
    }
    if ((policy == "quarantine" || policy == "reject") && (!r.hasPct || r.pct == 100) && issues.isEmpty()) {
        add(Section::Dmarc, makeFinding("DMARC.OK", Severity::Pass, Text::tr("DMARC policy %1").arg(latin(policy)),
                                        Text::tr("Receivers are asked to %1 mail that fails DMARC.").arg(latin(policy)), ev, QStringLiteral("RFC 7489 §6.3")));
    }
}

// ------------------------------------------------------------------------------------------ DKIM

void DomainAudit::startDkim()
{
    QList<SelectorGuess> selectors;
    const bool guessing = m_options.selectors.isEmpty();
    if (guessing) {
        selectors = guessSelectors();
        QStringList names;
        for (const SelectorGuess& g : std::as_const(selectors))
            names << latin(g.selector);
        add(Section::Dkim, makeFinding("DKIM.NO_SELECTORS", Severity::Info, Text::tr("No DKIM selector given: trying common ones"),
                                       Text::tr("DKIM keys can only be found by selector. Tried a guess list of common provider selectors: %1.")
                                           .arg(names.join(QStringLiteral(", "))),
                                       QString(), QStringLiteral("RFC 6376 §3.6.2.1"),
                                       Text::tr("Pass --selector with the s= value of a DKIM-Signature of a real message.")));
    } else {
        for (const QByteArray& s : std::as_const(m_options.selectors)) {
            if (selectors.size() < 32)
                selectors.append({s, QString()});
        }
    }
    for (const SelectorGuess& g : std::as_const(selectors)) {
        DkimSelectorResult k;
        k.selector = g.selector;
        k.guessed = guessing;
        k.provider = g.provider;
        k.status = "pending";
        m_result.dkim.append(k);
        const int index = int(m_result.dkim.size() - 1);
        const QByteArray name = g.selector + "._domainkey." + m_result.domain;
        if (!Dns::isValidQueryName(name)) {
            m_result.dkim[index].status = "invalid";
            add(Section::Dkim, makeFinding("DKIM.SELECTOR_NAME_INVALID", Severity::Error, Text::tr("Invalid selector: %1").arg(displayBytes(g.selector, 80)),
                                           Text::tr("%1 is not a valid DNS name.").arg(displayBytes(name, 300)), QString(), QStringLiteral("RFC 6376 §3.1")));
            continue;
        }
        ask(Section::Dkim, name, RecordType::TXT, [this, index, guessing, name](const Answer& a) {
            DkimSelectorResult& k = m_result.dkim[index];
            k.status = Dns::outcomeToken(a.outcome);
            const QString label = guessing ? Text::tr("%1 (guessed: %2)").arg(latin(k.selector), k.provider) : latin(k.selector);
            if (dnsFailed(Section::Dkim, a, !guessing))
                return;
            QList<QByteArray> texts = a.texts();
            if (texts.isEmpty()) {
                if (!guessing) {
                    add(Section::Dkim, makeFinding("DKIM.SELECTOR_NOT_FOUND", Severity::Error, Text::tr("No DKIM key for selector %1").arg(label),
                                                   Text::tr("%1 has no TXT record: signatures with s=%2 fail (no key).").arg(latin(name), latin(k.selector)),
                                                   evidenceOf(a), QStringLiteral("RFC 6376 §6.1.2"),
                                                   Text::tr("Publish the public key of selector %1.").arg(latin(k.selector))));
                }
                if (a.outcome != Outcome::NxDomain)
                    k.status = "NODATA"; // NOERROR without a TXT record is no key either; NXDOMAIN stays NXDOMAIN
                return;
            }
            if (texts.size() > 1) {
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_MULTIPLE_RECORDS", Severity::Error, Text::tr("%n TXT records for selector %1", nullptr, int(texts.size())).arg(label),
                                               Text::tr("Verifiers may pick any of them; results are unpredictable."),
                                               evidenceOf(a), QStringLiteral("RFC 6376 §3.6.2.2"), Text::tr("Keep exactly one record.")));
            }
            const DkimKeyCheck check = checkDkimKey(texts.first());
            const Auth::DkimKeyRecord& key = check.record;
            const QByteArray keyType = check.declaredType;
            const int keyBits = check.key.bits;
            k.record = texts.first();
            k.keyType = check.key.type.isEmpty() ? keyType : check.key.type;
            k.keyBits = keyBits;
            k.revoked = check.parsed() && key.revoked;
            k.testing = check.parsed() && key.testing;
            const QString ev = evidenceOf(a);
            const int before = int(m_sectionFindings.value(Section::Dkim).size());
            if (check.problem.code == "DKIM.KEY_TYPE_UNKNOWN") {
                k.status = "invalid";
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_TYPE_UNKNOWN", Severity::Error, Text::tr("Unknown DKIM key type k=%1: %2").arg(displayBytes(keyType, 30), label),
                                               Text::tr("Verifiers know k=rsa and k=ed25519 only."), ev, QStringLiteral("RFC 6376 §3.6.1, RFC 8463")));
                return;
            }
            if (k.revoked) {
                k.status = "revoked";
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_REVOKED", Severity::Warning, Text::tr("DKIM key revoked: %1").arg(label),
                                               Text::tr("p= is empty: the key of selector %1 is revoked and every signature using it fails.").arg(latin(k.selector)),
                                               ev, QStringLiteral("RFC 6376 §3.6.1"),
                                               Text::tr("Fine if the selector is retired; make sure no sender still signs with it.")));
                return;
            }
            if (!check.parsed() || (check.key.type.isEmpty() && !check.key.error.isEmpty())) {
                k.status = "invalid";
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_SYNTAX", Severity::Error, Text::tr("Invalid DKIM key record: %1").arg(label),
                                               check.syntaxError(), ev, QStringLiteral("RFC 6376 §3.6.1"),
                                               Text::tr("Publish the record exactly as the signer generated it (base64 key in p=).")));
                return;
            }
            if (check.key.type != keyType) {
                k.status = "invalid";
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_TYPE_MISMATCH", Severity::Error, Text::tr("k=%1 but p= holds a %2 key: %3").arg(latin(keyType), latin(check.key.type), label),
                                               Text::tr("The key type declared and the key published differ: signatures fail."), ev,
                                               QStringLiteral("RFC 6376 §3.6.1, RFC 8463 §4.2")));
                return;
            }
            k.status = "ok";
            if (keyType == "rsa" && keyBits < 1024) {
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_KEY_TOO_SHORT", Severity::Error, Text::tr("%1-bit RSA DKIM key: %2").arg(keyBits).arg(label),
                                               Text::tr("RSA keys under 1024 bits must not be used; verifiers treat such signatures as failing."),
                                               ev, QStringLiteral("RFC 8301 §3.2"), Text::tr("Rotate to a 2048-bit RSA key.")));
            } else if (keyType == "rsa" && keyBits < 2048) {
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_KEY_WEAK", Severity::Warning, Text::tr("%1-bit RSA DKIM key: %2").arg(keyBits).arg(label),
                                               Text::tr("1024-bit RSA is the minimum; 2048 bits are recommended and expected by large receivers."),
                                               ev, QStringLiteral("RFC 8301 §3.2"), Text::tr("Rotate to a 2048-bit RSA key.")));
            }
            if (key.testing) {
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_TESTING", Severity::Warning, Text::tr("DKIM key in testing mode (t=y): %1").arg(label),
                                               Text::tr("Verifiers must not treat mail differently because of a failing signature with this key."),
                                               ev, QStringLiteral("RFC 6376 §3.6.1"), Text::tr("Remove t=y once signing works.")));
            }
            if (!key.hashes.isEmpty() && !key.hashes.contains("sha256")) {
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_HASH_RESTRICTED", Severity::Error, Text::tr("Key allows no SHA-256 (h=%1): %2").arg(latin(QByteArrayList(key.hashes).join(":")), label),
                                               Text::tr("Signatures with rsa-sha256 are refused for this key; rsa-sha1 must not be used."),
                                               ev, QStringLiteral("RFC 6376 §3.6.1, RFC 8301 §3.1"), Text::tr("Drop h= or set h=sha256.")));
            }
            if (!key.allowsEmail()) {
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_SERVICE_RESTRICTED", Severity::Error, Text::tr("Key not for email (s=%1): %2").arg(latin(QByteArrayList(key.services).join(":")), label),
                                               Text::tr("s= does not include email or *: the key cannot verify mail."),
                                               ev, QStringLiteral("RFC 6376 §3.6.1"), Text::tr("Drop s= or set s=email.")));
            }
            if (int(m_sectionFindings.value(Section::Dkim).size()) == before) {
                add(Section::Dkim, makeFinding("DKIM.SELECTOR_OK", Severity::Pass,
                                               Text::tr("DKIM key %1: %2 %3 bits").arg(label, latin(keyType).toUpper()).arg(keyBits),
                                               Text::tr("The key record of selector %1 is valid.").arg(latin(k.selector)), ev,
                                               QStringLiteral("RFC 6376 §3.6.1")));
            }
        });
    }
}

// ------------------------------------------------------------------------------------------ MTA-STS

void DomainAudit::startMtaSts()
{
    const QByteArray domain = m_result.domain;
    ask(Section::MtaSts, "_mta-sts." + domain, RecordType::TXT, [this, domain](const Answer& a) {
        if (dnsFailed(Section::MtaSts, a))
            return;
        QList<QByteArray> records;
        for (const QByteArray& t : a.texts()) {
            if (MtaStsTxt::isMtaSts(t))
                records.append(t);
        }
        if (records.isEmpty()) {
            add(Section::MtaSts, makeFinding("MTASTS.MISSING", Severity::Info, Text::tr("No MTA-STS"),
                                             Text::tr("%1 publishes no _mta-sts record: senders may deliver to it without TLS or with any certificate.").arg(latin(domain)),
                                             evidenceOf(a), QStringLiteral("RFC 8461 §3.1"),
                                             Text::tr("Publish _mta-sts TXT \"v=STSv1; id=…\" and a policy at https://mta-sts.%1/.well-known/mta-sts.txt.").arg(latin(domain))));
            return;
        }
        m_mtaStsPresent = true;
        m_result.mtaSts.record = records.first();
        if (records.size() > 1) {
            add(Section::MtaSts, makeFinding("MTASTS.MULTIPLE_RECORDS", Severity::Error, Text::tr("%n MTA-STS records", nullptr, int(records.size())),
                                             Text::tr("With more than one v=STSv1 record senders assume no MTA-STS policy."),
                                             evidenceOf(a), QStringLiteral("RFC 8461 §3.1"), Text::tr("Keep exactly one record.")));
            return;
        }
        const MtaStsTxt txt = MtaStsTxt::parse(records.first());
        m_result.mtaSts.id = txt.id;
        if (!txt.errors.isEmpty()) {
            add(Section::MtaSts, makeFinding("MTASTS.TXT_SYNTAX", Severity::Error, Text::tr("Invalid _mta-sts record"),
                                             txt.errors.join(QStringLiteral("; ")), evidenceOf(a), QStringLiteral("RFC 8461 §3.1"),
                                             Text::tr("Publish \"v=STSv1; id=YYYYMMDDhhmmss\".")));
        }
        if (!m_options.fetchHttps)
            return;
        const QByteArray host = "mta-sts." + domain;
        m_result.mtaSts.policyUrl = QStringLiteral("https://") + latin(host) + QStringLiteral("/.well-known/mta-sts.txt");
        fetch(Section::MtaSts, host, "/.well-known/mta-sts.txt", MtaStsPolicy::kMaxBytes, [this, a](const FetchResult& r) {
            MtaStsResult& out = m_result.mtaSts;
            out.httpStatus = r.status;
            const QString ev = evidenceOf(a) + (r.evidence.isEmpty() ? QString() : u'\n' + r.evidence)
                + QStringLiteral("\nGET ") + r.url + QStringLiteral(" -> ") + (r.status ? QString::number(r.status) : r.error);
            if (!r.error.isEmpty() || r.status != 200) {
                out.fetchError = r.error.isEmpty() ? Text::tr("HTTP status %1").arg(r.status) : r.error;
                add(Section::MtaSts, makeFinding("MTASTS.POLICY_FETCH_FAILED", Severity::Error, Text::tr("MTA-STS policy could not be fetched"),
                                                 Text::tr("GET %1 failed: %2. Senders treat the domain as having no valid policy (redirects are not followed).")
                                                     .arg(r.url, out.fetchError),
                                                 ev, QStringLiteral("RFC 8461 §3.3"),
                                                 Text::tr("Serve the policy over HTTPS with a valid certificate for the mta-sts host, status 200.")));
                return;
            }
            out.policy = r.body;
            if (!r.contentType.toLower().startsWith("text/plain")) {
                add(Section::MtaSts, makeFinding("MTASTS.POLICY_CONTENT_TYPE", Severity::Warning,
                                                 Text::tr("MTA-STS policy served as %1").arg(r.contentType.isEmpty() ? Text::tr("(no type)") : latin(r.contentType)),
                                                 Text::tr("The policy must be served as text/plain."), ev, QStringLiteral("RFC 8461 §3.3"),
                                                 Text::tr("Set Content-Type: text/plain.")));
            }
            const MtaStsPolicy p = MtaStsPolicy::parse(r.body);
            out.mode = p.mode;
            out.maxAge = p.maxAge;
            out.mx = p.mx;
            const QString policyEv = ev + QStringLiteral("\n") + displayBytes(r.body, 2000);
            if (!p.isValid()) {
                add(Section::MtaSts, makeFinding("MTASTS.POLICY_SYNTAX", Severity::Error, Text::tr("Invalid MTA-STS policy"),
                                                 p.errors.join(QStringLiteral("; ")), policyEv, QStringLiteral("RFC 8461 §3.2"),
                                                 Text::tr("Fix the policy file: version, mode, mx and max_age lines.")));
                return;
            }
            m_stsPolicyValid = true;
            if (p.mode == "testing") {
                add(Section::MtaSts, makeFinding("MTASTS.MODE_TESTING", Severity::Info, Text::tr("MTA-STS in testing mode"),
                                                 Text::tr("Senders report failures (TLS-RPT) but still deliver without valid TLS."), policyEv,
                                                 QStringLiteral("RFC 8461 §5"), Text::tr("Switch to mode: enforce once reports are clean.")));
            } else if (p.mode == "none") {
                add(Section::MtaSts, makeFinding("MTASTS.MODE_NONE", Severity::Warning, Text::tr("MTA-STS mode none"),
                                                 Text::tr("mode: none withdraws the policy; senders apply nothing."), policyEv, QStringLiteral("RFC 8461 §5")));
            }
            if (p.maxAge >= 0 && p.maxAge < 86400) {
                add(Section::MtaSts, makeFinding("MTASTS.MAX_AGE_SHORT", Severity::Warning, Text::tr("MTA-STS max_age of %1 s").arg(p.maxAge),
                                                 Text::tr("A policy cached for less than a day protects little against downgrade attacks; weeks are recommended."),
                                                 policyEv, QStringLiteral("RFC 8461 §3.2"), Text::tr("Use max_age: 604800 or more.")));
            }
        });
    });
}

void DomainAudit::finishMtaSts()
{
    if (!m_stsPolicyValid)
        return;
    const MtaStsResult& sts = m_result.mtaSts;
    MtaStsPolicy p;
    p.mx = sts.mx;
    QStringList uncovered;
    for (const MxHost& h : std::as_const(m_result.mx)) {
        if (!p.matches(h.host))
            uncovered << latin(h.host);
    }
    if (!uncovered.isEmpty() && sts.mode != "none") {
        const bool enforce = sts.mode == "enforce";
        add(Section::MtaSts, makeFinding("MTASTS.MX_NOT_COVERED", enforce ? Severity::Error : Severity::Warning,
                                         Text::tr("MX host(s) not in the MTA-STS policy: %1").arg(uncovered.join(QStringLiteral(", "))),
                                         enforce ? Text::tr("In enforce mode senders refuse to deliver to MX hosts the policy does not list.")
                                                 : Text::tr("In enforce mode senders would refuse to deliver to these MX hosts."),
                                         evidenceOf(m_mxAnswer) + QStringLiteral("\n") + displayBytes(sts.policy, 2000),
                                         QStringLiteral("RFC 8461 §4.1"), Text::tr("Add an mx: line for each MX host (or a *.domain pattern).")));
    }
    bool problem = false;
    for (const Finding& f : m_sectionFindings.value(Section::MtaSts))
        problem = problem || f.severity >= Severity::Warning || f.code == "MTASTS.MODE_TESTING";
    if (!problem) {
        add(Section::MtaSts, makeFinding("MTASTS.OK", Severity::Pass, Text::tr("MTA-STS enforced"),
                                         Text::tr("Valid policy in enforce mode covering every MX host, max_age %1 s.").arg(sts.maxAge),
                                         displayBytes(sts.policy, 2000), QStringLiteral("RFC 8461")));
    }
}

// ------------------------------------------------------------------------------------------ TLS-RPT

void DomainAudit::startTlsRpt()
{
    const QByteArray domain = m_result.domain;
    ask(Section::TlsRpt, "_smtp._tls." + domain, RecordType::TXT, [this, domain](const Answer& a) {
        if (dnsFailed(Section::TlsRpt, a))
            return;
        QList<QByteArray> records;
        for (const QByteArray& t : a.texts()) {
            if (TlsRptRecord::isTlsRpt(t))
                records.append(t);
        }
        if (records.isEmpty()) {
            add(Section::TlsRpt, makeFinding("TLSRPT.MISSING", Severity::Info, Text::tr("No TLS-RPT record"),
                                             Text::tr("%1 receives no reports about failed TLS deliveries (_smtp._tls TXT).").arg(latin(domain)),
                                             evidenceOf(a), QStringLiteral("RFC 8460 §3"),
                                             Text::tr("Publish _smtp._tls TXT \"v=TLSRPTv1; rua=mailto:…\".")));
            return;
        }
        m_result.tlsRpt.record = records.first();
        if (records.size() > 1) {
            add(Section::TlsRpt, makeFinding("TLSRPT.MULTIPLE_RECORDS", Severity::Error, Text::tr("%n TLS-RPT records", nullptr, int(records.size())),
                                             Text::tr("With more than one record senders send no reports."), evidenceOf(a), QStringLiteral("RFC 8460 §3"),
                                             Text::tr("Keep exactly one record.")));
            return;
        }
        const TlsRptRecord r = TlsRptRecord::parse(records.first());
        m_result.tlsRpt.rua = r.rua;
        if (!r.errors.isEmpty()) {
            add(Section::TlsRpt, makeFinding("TLSRPT.SYNTAX", Severity::Error, Text::tr("Invalid TLS-RPT record"), r.errors.join(QStringLiteral("; ")),
                                             evidenceOf(a), QStringLiteral("RFC 8460 §3"), Text::tr("Correct the record.")));
            return;
        }
        add(Section::TlsRpt, makeFinding("TLSRPT.OK", Severity::Pass, Text::tr("TLS-RPT reports go to %1").arg(latin(r.rua.join(", "))),
                                         Text::tr("Senders report TLS delivery problems."), evidenceOf(a), QStringLiteral("RFC 8460 §3")));
    });
}

// ------------------------------------------------------------------------------------------ BIMI

void DomainAudit::startBimi()
{
    const QByteArray domain = m_result.domain;
    ask(Section::Bimi, "default._bimi." + domain, RecordType::TXT, [this, domain](const Answer& a) {
        if (dnsFailed(Section::Bimi, a))
            return;
        bool any = false;
        for (const QByteArray& t : a.texts())
            any = any || BimiRecord::isBimi(t);
        const QByteArray org = organizationalDomain(domain);
        if (any || org == domain) {
            bimiEvaluate(domain, a);
            return;
        }
        ask(Section::Bimi, "default._bimi." + org, RecordType::TXT, [this, org](const Answer& o) {
            if (!dnsFailed(Section::Bimi, o))
                bimiEvaluate(org, o);
        });
    });
}

void DomainAudit::bimiEvaluate(const QByteArray& at, const Answer& a)
{
    QList<QByteArray> records;
    for (const QByteArray& t : a.texts()) {
        if (BimiRecord::isBimi(t))
            records.append(t);
    }
    if (records.isEmpty()) {
        add(Section::Bimi, makeFinding("BIMI.MISSING", Severity::Info, Text::tr("No BIMI record"),
                                       Text::tr("No default._bimi record: no brand logo is shown by mailbox providers that support BIMI."),
                                       evidenceOf(a), QStringLiteral("draft-brand-indicators-for-message-identification §4")));
        return;
    }
    m_bimiPresent = true;
    BimiResult& out = m_result.bimi;
    out.record = records.first();
    out.foundAt = "default._bimi." + at;
    if (records.size() > 1) {
        add(Section::Bimi, makeFinding("BIMI.MULTIPLE_RECORDS", Severity::Error, Text::tr("%n BIMI records", nullptr, int(records.size())),
                                       Text::tr("With more than one record no logo is shown."), evidenceOf(a),
                                       QStringLiteral("draft-brand-indicators-for-message-identification §4.3")));
        return;
    }
    const BimiRecord r = BimiRecord::parse(records.first());
    out.location = r.location;
    out.authority = r.authority;
    if (!r.errors.isEmpty()) {
        add(Section::Bimi, makeFinding("BIMI.SYNTAX", Severity::Error, Text::tr("Invalid BIMI record"), r.errors.join(QStringLiteral("; ")),
                                       evidenceOf(a), QStringLiteral("draft-brand-indicators-for-message-identification §4.2")));
        return;
    }
    if (r.location.isEmpty()) {
        add(Section::Bimi, makeFinding("BIMI.DECLINED", Severity::Info, Text::tr("BIMI declined (empty l=)"),
                                       Text::tr("The record explicitly publishes no logo."), evidenceOf(a),
                                       QStringLiteral("draft-brand-indicators-for-message-identification §4.2")));
        return;
    }
    if (r.authority.isEmpty()) {
        add(Section::Bimi, makeFinding("BIMI.VMC_MISSING", Severity::Info, Text::tr("BIMI without a mark certificate (no a=)"),
                                       Text::tr("Gmail and Apple Mail show a BIMI logo only with a Verified or Common Mark Certificate at a=."),
                                       evidenceOf(a), QStringLiteral("draft-brand-indicators-for-message-identification §4.2")));
    }
    if (!m_options.fetchHttps)
        return;
    const QUrl url(QString::fromLatin1(r.location));
    const QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    if (!url.isValid() || host.isEmpty()) {
        add(Section::Bimi, makeFinding("BIMI.SYNTAX", Severity::Error, Text::tr("Invalid BIMI logo URL"),
                                       Text::tr("l=%1 is not a usable URL.").arg(displayBytes(r.location, 200)), evidenceOf(a),
                                       QStringLiteral("draft-brand-indicators-for-message-identification §4.2")));
        return;
    }
    fetch(Section::Bimi, host, path.isEmpty() ? QByteArray("/") : path, BimiSvgCheck::kMaxBytes * 4, [this, a](const FetchResult& f) {
        BimiResult& b = m_result.bimi;
        b.httpStatus = f.status;
        const QString ev = evidenceOf(a) + (f.evidence.isEmpty() ? QString() : u'\n' + f.evidence) + QStringLiteral("\nGET ") + f.url
            + QStringLiteral(" -> ") + (f.status ? QString::number(f.status) : f.error);
        if (!f.error.isEmpty() || f.status != 200) {
            b.fetchError = f.error.isEmpty() ? Text::tr("HTTP status %1").arg(f.status) : f.error;
            add(Section::Bimi, makeFinding("BIMI.SVG_FETCH_FAILED", Severity::Error, Text::tr("BIMI logo could not be fetched"),
                                           Text::tr("GET %1 failed: %2.").arg(f.url, b.fetchError), ev,
                                           QStringLiteral("draft-brand-indicators-for-message-identification §5"),
                                           Text::tr("Serve the SVG over HTTPS with a valid certificate.")));
            return;
        }
        b.svgBytes = f.body.size();
        const QString svgEv = ev + QStringLiteral("\n") + displayBytes(f.body, 600);
        if (f.body.size() > BimiSvgCheck::kMaxBytes) {
            add(Section::Bimi, makeFinding("BIMI.SVG_TOO_LARGE", Severity::Warning, Text::tr("BIMI SVG is %1 bytes").arg(f.body.size()),
                                           Text::tr("Logos should stay under 32 KB."), svgEv, QStringLiteral("BIMI Group SVG guidance")));
        }
        const BimiSvgCheck c = BimiSvgCheck::check(f.body);
        if (!c.wellFormed) {
            add(Section::Bimi, makeFinding("BIMI.SVG_INVALID", Severity::Error, Text::tr("BIMI logo is not a valid SVG"), c.error, svgEv,
                                           QStringLiteral("draft-svg-tiny-ps-abrotman §2")));
            return;
        }
        const QString ref = QStringLiteral("draft-svg-tiny-ps-abrotman §2");
        if (!c.tinyPs)
            add(Section::Bimi, makeFinding("BIMI.SVG_NOT_TINY_PS", Severity::Error, Text::tr("BIMI SVG is not SVG Tiny PS"),
                                           Text::tr("The root <svg> must have version=\"1.2\" and baseProfile=\"tiny-ps\"."), svgEv, ref,
                                           Text::tr("Export the logo as SVG Tiny 1.2 Portable/Secure.")));
        if (c.hasScript)
            add(Section::Bimi, makeFinding("BIMI.SVG_SCRIPT", Severity::Error, Text::tr("BIMI SVG contains script"),
                                           Text::tr("<script> elements and on* event attributes are forbidden."), svgEv, ref));
        if (!c.externalRefs.isEmpty())
            add(Section::Bimi, makeFinding("BIMI.SVG_EXTERNAL_REF", Severity::Error, Text::tr("BIMI SVG references external content"),
                                           Text::tr("References outside the document are forbidden: %1").arg(c.externalRefs.join(QStringLiteral(", "))), svgEv, ref));
        if (!c.forbiddenElements.isEmpty())
            add(Section::Bimi, makeFinding("BIMI.SVG_FORBIDDEN_ELEMENT", Severity::Error, Text::tr("BIMI SVG uses forbidden elements"),
                                           Text::tr("Not allowed in SVG Tiny PS: %1").arg(c.forbiddenElements.join(QStringLiteral(", "))), svgEv, ref));
        if (!c.square)
            add(Section::Bimi, makeFinding("BIMI.SVG_NOT_SQUARE", Severity::Error, Text::tr("BIMI SVG is not square"),
                                           Text::tr("viewBox \"%1\" is not square; logos are shown in a square or circle.").arg(c.viewBox), svgEv, ref));
        if (!c.hasTitle)
            add(Section::Bimi, makeFinding("BIMI.SVG_NO_TITLE", Severity::Warning, Text::tr("BIMI SVG has no <title>"),
                                           Text::tr("SVG Tiny PS requires a <title> with the brand name."), svgEv, ref));
    });
}

void DomainAudit::finishBimi()
{
    if (!m_bimiPresent || m_result.bimi.location.isEmpty())
        return;
    const DmarcResult& d = m_result.dmarc;
    const bool enforced = (d.policy == "quarantine" || d.policy == "reject") && d.pct == 100;
    if (!enforced) {
        add(Section::Bimi, makeFinding("BIMI.DMARC_NOT_ENFORCED", Severity::Warning, Text::tr("BIMI needs an enforced DMARC policy"),
                                       Text::tr("Logos are shown only when DMARC is p=quarantine or p=reject at pct=100; here the policy is %1.")
                                           .arg(d.policy.isEmpty() ? Text::tr("missing") : latin(d.policy) + QStringLiteral(" pct=") + QString::number(d.pct)),
                                       latin(d.foundAt) + QStringLiteral(": ") + displayBytes(d.record, 500),
                                       QStringLiteral("draft-brand-indicators-for-message-identification §3"),
                                       Text::tr("Move DMARC to quarantine or reject first.")));
    }
    bool problem = false;
    for (const Finding& f : m_sectionFindings.value(Section::Bimi))
        problem = problem || f.severity >= Severity::Warning;
    if (!problem && m_result.bimi.httpStatus == 200) {
        add(Section::Bimi, makeFinding("BIMI.OK", Severity::Pass, Text::tr("BIMI record and logo valid"),
                                       Text::tr("SVG Tiny PS logo at %1 (%2 bytes).").arg(latin(m_result.bimi.location)).arg(m_result.bimi.svgBytes),
                                       latin(m_result.bimi.foundAt) + QStringLiteral(": ") + displayBytes(m_result.bimi.record, 500),
                                       QStringLiteral("draft-brand-indicators-for-message-identification")));
    }
}

// ------------------------------------------------------------------------------------------ domain

void DomainAudit::finishDomain()
{
    if (!m_mxAnswer.isEmpty() && m_mxAnswer.first().outcome == Outcome::NxDomain) {
        add(Section::Domain, makeFinding("DOMAIN.NOT_FOUND", Severity::Error, Text::tr("The domain does not exist"),
                                         Text::tr("%1 does not exist in the DNS (NXDOMAIN): mail from or to it is rejected.").arg(latin(m_result.domain)),
                                         evidenceOf(m_mxAnswer), QStringLiteral("RFC 8020, RFC 5321 §5.1"),
                                         Text::tr("Check the spelling, or register and delegate the domain.")));
    }
    QList<Answer> overlay;
    int real = 0, authenticated = 0;
    QStringList unauthenticated;
    for (const Answer& a : std::as_const(m_answers)) {
        if (a.fromOverlay) {
            overlay.append(a);
            continue;
        }
        if (a.rcode < 0)
            continue;
        ++real;
        if (a.authenticated)
            ++authenticated;
        else if (unauthenticated.size() < 5)
            unauthenticated << latin(a.name) + u' ' + latin(Dns::typeName(a.type));
    }
    if (!overlay.isEmpty()) {
        add(Section::Domain, makeFinding("DOMAIN.OVERLAY", Severity::Info, Text::tr("What-if overlay in use: %n answer(s) are not from the DNS", nullptr, int(overlay.size())),
                                         Text::tr("These answers come from the what-if zone file, as if the records were published."),
                                         evidenceOf(overlay), QString()));
    }
    m_result.dnssecAuthenticated = real > 0 && authenticated == real;
    if (real == 0) {
        // nothing answered: the DNS failures are reported where they happened
    } else if (authenticated == real) {
        add(Section::Domain, makeFinding("DOMAIN.DNSSEC_AUTHENTICATED", Severity::Pass, Text::tr("DNSSEC: all answers authenticated"),
                                         Text::tr("The resolver set the AD bit on all %1 answers: it validated them with DNSSEC.").arg(real),
                                         QString(), QStringLiteral("RFC 4035 §3.2.3, RFC 6840 §5.7")));
    } else if (authenticated == 0) {
        add(Section::Domain, makeFinding("DOMAIN.DNSSEC_NOT_AUTHENTICATED", Severity::Info, Text::tr("DNSSEC: no answer was authenticated"),
                                         Text::tr("None of the %1 answers had the AD bit: either the zones are not signed or the resolver asked does not "
                                                  "validate (an authoritative server never sets AD). DANE and DNSSEC-dependent checks cannot rely on these answers.").arg(real),
                                         Text::tr("e.g. %1").arg(unauthenticated.join(QStringLiteral(", "))), QStringLiteral("RFC 4035 §3.2.3, RFC 6840 §5.7"),
                                         Text::tr("Sign the zone (and use a validating resolver to check it).")));
    } else {
        add(Section::Domain, makeFinding("DOMAIN.DNSSEC_PARTIAL", Severity::Info, Text::tr("DNSSEC: %1 of %2 answers authenticated").arg(authenticated).arg(real),
                                         Text::tr("Some names are in signed zones, others are not (e.g. a provider's include or a CNAME target)."),
                                         Text::tr("not authenticated: %1").arg(unauthenticated.join(QStringLiteral(", "))),
                                         QStringLiteral("RFC 4035 §3.2.3")));
    }

    m_running = false;
    m_result.elapsedMs = m_clock.elapsed();
    for (Section s : allSections()) {
        if (s != Section::Domain)
            m_result.findings += m_sectionFindings.value(s);
    }
    // Domain-level findings first: existence and DNS health frame everything else
    m_result.findings = m_sectionFindings.value(Section::Domain) + m_result.findings;
    if (m_resolver) {
        const auto& entries = m_resolver->queryLog()->entries();
        m_result.dns = entries.mid(std::min(m_logStart, entries.size()));
    }
}

} // namespace Deliverbench::Domain
