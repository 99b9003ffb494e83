// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuthResultJson.h"

#include "auth/dmarc/DmarcRecord.h"
#include "dns/DnsTypes.h"
#include "message/Message.h"

#include <QJsonArray>

#include <algorithm>

namespace Deliverbench::Gui {

namespace {

constexpr int kMaxItems = 1000;

QByteArray bytes(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().toUtf8();
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject& o, const char* key, qint64 fallback = -1)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

QJsonArray array(const QJsonObject& o, const char* key)
{
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    if (a.size() <= kMaxItems)
        return a;
    QJsonArray cut;
    for (int i = 0; i < kMaxItems; ++i)
        cut.append(a.at(i));
    return cut;
}

/** @short The enum value whose token is `token` (tokens are compared case-insensitively). */
template<typename E, typename TokenFn>
E fromToken(const QByteArray& token, TokenFn tokenOf, std::initializer_list<E> values, E fallback)
{
    const QByteArray t = token.toLower();
    for (E value : values) {
        if (tokenOf(value).toLower() == t)
            return value;
    }
    return fallback;
}

Auth::SpfResult spfResult(const QByteArray& token)
{
    using R = Auth::SpfResult;
    return fromToken(token, Auth::spfResultToken,
                     {R::None, R::Neutral, R::Pass, R::Fail, R::SoftFail, R::TempError, R::PermError}, R::None);
}

Auth::DkimResult dkimResult(const QByteArray& token)
{
    using R = Auth::DkimResult;
    return fromToken(token, Auth::dkimResultToken,
                     {R::None, R::Pass, R::Fail, R::Neutral, R::TempError, R::PermError, R::Policy}, R::None);
}

Auth::SpfEvaluation spfFromJson(const QJsonObject& o)
{
    Auth::SpfEvaluation e;
    e.result = spfResult(bytes(o, "result"));
    e.domain = bytes(o, "domain");
    e.identity = bytes(o, "identity");
    e.sender = bytes(o, "sender");
    e.ip = QHostAddress(text(o, "ip"));
    e.code = bytes(o, "code");
    e.reason = text(o, "reason");
    e.explanation = text(o, "explanation");
    e.dnsMechanisms = int(number(o, "lookups", 0));
    e.voidLookups = int(number(o, "voidLookups", 0));
    static const char* const kinds[] = {"check_host", "term", "query", "note"};
    const QJsonArray trace = array(o, "trace");
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const QJsonObject t = trace.at(i).toObject();
        Auth::SpfTraceEntry entry;
        const QByteArray kind = bytes(t, "kind");
        for (int k = 0; k < 4; ++k) {
            if (kind == kinds[k])
                entry.kind = Auth::SpfTraceEntry::Kind(k);
        }
        // a parent must come before its child: the tree model relies on it
        const qint64 parent = number(t, "parent", -1);
        entry.parent = parent >= 0 && parent < i ? int(parent) : -1;
        entry.depth = int(std::clamp<qint64>(number(t, "depth", 0), 0, 64));
        entry.domain = bytes(t, "domain");
        entry.text = bytes(t, "text");
        entry.answer = bytes(t, "answer");
        entry.outcome = fromToken(bytes(t, "outcome"), Dns::outcomeToken,
                                  {Dns::Outcome::NoError, Dns::Outcome::NxDomain, Dns::Outcome::NoData,
                                   Dns::Outcome::ServFail, Dns::Outcome::Refused, Dns::Outcome::Timeout,
                                   Dns::Outcome::OtherError},
                                  Dns::Outcome::NoError);
        entry.matched = t.value(QStringLiteral("matched")).toBool();
        entry.result = spfResult(bytes(t, "result"));
        entry.detail = text(t, "detail");
        if (entry.kind == Auth::SpfTraceEntry::Kind::Term && entry.matched && e.matchedTerm.isEmpty()
            && entry.result == e.result)
            e.matchedTerm = entry.text;
        e.trace.append(entry);
    }
    return e;
}

Auth::DkimSignatureResult dkimFromJson(const QJsonObject& o, int position)
{
    Auth::DkimSignatureResult r;
    r.index = int(std::clamp<qint64>(number(o, "index", position), 0, kMaxItems));
    r.domain = bytes(o, "domain");
    r.selector = bytes(o, "selector");
    r.algorithm = bytes(o, "algorithm");
    r.result = dkimResult(bytes(o, "result"));
    r.reason = bytes(o, "reason");
    r.explanation = text(o, "explanation");
    r.identity = bytes(o, "identity");
    r.canonicalization = bytes(o, "canonicalization");
    for (const QJsonValue& h : array(o, "signedHeaders"))
        r.signedHeaders.append(h.toString().toUtf8());
    r.keyName = bytes(o, "keyName");
    r.keyBits = int(number(o, "keyBits", 0));
    r.keyTesting = o.value(QStringLiteral("keyTesting")).toBool();
    r.bodyLength = number(o, "bodyLength", -1);
    r.expectedBodyHash = bytes(o, "bodyHash");
    r.computedBodyHash = bytes(o, "computedBodyHash");
    if (o.value(QStringLiteral("diagnosis")).isObject()) {
        const QJsonObject d = o.value(QStringLiteral("diagnosis")).toObject();
        Auth::DkimBodyDiagnosis diagnosis;
        diagnosis.pattern = bytes(d, "pattern");
        diagnosis.explanation = text(d, "explanation");
        diagnosis.appendedBytes = number(d, "appendedBytes", -1);
        r.diagnosis = diagnosis;
    }
    return r;
}

Auth::DmarcEvaluation dmarcFromJson(const QJsonObject& o)
{
    using R = Auth::DmarcResult;
    Auth::DmarcEvaluation d;
    d.result = fromToken(bytes(o, "result"), Auth::dmarcResultToken, {R::None, R::Pass, R::Fail, R::TempError, R::PermError},
                         R::None);
    d.fromDomain = bytes(o, "fromDomain");
    d.organizationalDomain = bytes(o, "organizationalDomain");
    d.policyDomain = bytes(o, "policyDomain");
    d.recordText = bytes(o, "record");
    d.recordFromOrgDomain = !d.policyDomain.isEmpty() && d.policyDomain != d.fromDomain;
    using P = Auth::DmarcPolicy;
    d.appliedPolicy = fromToken(bytes(o, "policy"), Auth::dmarcPolicyToken, {P::None, P::Quarantine, P::Reject}, P::None);
    d.disposition = bytes(o, "disposition");
    if (d.disposition.isEmpty())
        d.disposition = "none";
    d.code = bytes(o, "code");
    d.reason = text(o, "reason");
    const QJsonObject align = o.value(QStringLiteral("alignment")).toObject();
    d.spfAligned = text(align, "spf") == QLatin1String("pass");
    d.dkimAligned = text(align, "dkim") == QLatin1String("pass");
    d.spfMode = text(align, "spfMode") == QLatin1String("strict") ? Auth::DmarcAlignmentMode::Strict
                                                                   : Auth::DmarcAlignmentMode::Relaxed;
    d.dkimMode = text(align, "dkimMode") == QLatin1String("strict") ? Auth::DmarcAlignmentMode::Strict
                                                                     : Auth::DmarcAlignmentMode::Relaxed;
    for (const QJsonValue& v : array(align, "rows")) {
        const QJsonObject x = v.toObject();
        Auth::DmarcAlignmentRow row;
        row.method = bytes(x, "method");
        row.domain = bytes(x, "domain");
        row.result = bytes(x, "result");
        row.scope = bytes(x, "scope");
        row.aligned = x.value(QStringLiteral("aligned")).toBool();
        row.counts = x.value(QStringLiteral("counts")).toBool();
        row.why = text(x, "why");
        d.alignment.append(row);
    }
    if (o.value(QStringLiteral("dmarcbis")).isObject()) {
        const QJsonObject bis = o.value(QStringLiteral("dmarcbis")).toObject();
        d.dmarcbisDisposition = bytes(bis, "disposition");
        for (const QJsonValue& n : array(bis, "notes"))
            d.dmarcbisNotes.append(n.toString());
    }
    return d;
}

Auth::ConnectionInfo connectionFromJson(const QJsonObject& o)
{
    Auth::ConnectionInfo c;
    c.ip = QHostAddress(text(o, "ip"));
    c.helo = bytes(o, "helo");
    c.mailFrom = bytes(o, "mailFrom");
    c.mailFromKnown = o.value(QStringLiteral("mailFromKnown")).toBool();
    const QJsonObject sources = o.value(QStringLiteral("sources")).toObject();
    c.ipSource = bytes(sources, "ip");
    c.heloSource = bytes(sources, "helo");
    c.mailFromSource = bytes(sources, "mailFrom");
    const QJsonObject hop = o.value(QStringLiteral("hop")).toObject();
    c.hopIndex = int(std::clamp<qint64>(number(hop, "index", -1), -1, kMaxItems));
    c.hopCount = int(std::clamp<qint64>(number(hop, "count", 0), 0, kMaxItems));
    c.receivedBy = bytes(hop, "by");
    c.receivedWith = bytes(hop, "with");
    c.receivedTls = hop.value(QStringLiteral("tls")).toBool();
    c.receivedTlsDetails = bytes(hop, "tlsDetails");
    c.explanation = text(o, "explanation");
    return c;
}

} // namespace

bool isAuthResultJson(const QJsonObject& object)
{
    return object.value(QStringLiteral("spf")).isObject() && object.value(QStringLiteral("dkim")).isArray()
           && object.value(QStringLiteral("dmarc")).isObject();
}

Auth::MessageAuthResult authResultFromJson(const QJsonObject& o, const Mail::Message* message)
{
    Auth::MessageAuthResult r;
    r.connection = connectionFromJson(o.value(QStringLiteral("connection")).toObject());
    const QJsonObject spf = o.value(QStringLiteral("spf")).toObject();
    r.spf = spfFromJson(spf);
    r.spfEvaluated = spf.value(QStringLiteral("evaluated")).toBool(true);
    const QJsonArray dkim = array(o, "dkim");
    for (int i = 0; i < dkim.size(); ++i)
        r.dkim.append(dkimFromJson(dkim.at(i).toObject(), i));
    r.dmarc = dmarcFromJson(o.value(QStringLiteral("dmarc")).toObject());
    r.from.domain = r.dmarc.fromDomain;
    if (!r.from.ok())
        r.from.error = r.dmarc.reason;
    r.arcJson = o.value(QStringLiteral("arc")).toObject();
    const QJsonObject ar = o.value(QStringLiteral("authResults")).toObject();
    for (const QJsonValue& v : array(ar, "seen"))
        r.trust.seen.append(v.toString().toUtf8().toLower());
    for (const QJsonValue& v : array(ar, "trusted"))
        r.trust.trusted.append(v.toString().toUtf8().toLower());
    r.trust.defaulted = ar.value(QStringLiteral("trustDefaulted")).toBool();
    using A = Auth::AuthResultsComparison::Agreement;
    for (const QJsonValue& v : array(ar, "comparisons")) {
        const QJsonObject x = v.toObject();
        Auth::AuthResultsComparison c;
        c.headerIndex = int(std::clamp<qint64>(number(x, "header", 0), 0, kMaxItems));
        c.authservId = bytes(x, "authservId");
        c.trusted = x.value(QStringLiteral("trusted")).toBool();
        c.method = bytes(x, "method");
        c.identifier = bytes(x, "identifier");
        c.selector = bytes(x, "selector");
        c.stamped = bytes(x, "stamped");
        c.ours = bytes(x, "ours");
        c.agreement = fromToken(bytes(x, "agreement"), Auth::agreementToken, {A::Agree, A::Disagree, A::NotCompared},
                                A::NotCompared);
        c.explanation = text(x, "explanation");
        r.comparisons.append(c);
    }
    const QJsonObject rdns = o.value(QStringLiteral("reverseDns")).toObject();
    r.reverseDns.looked = rdns.value(QStringLiteral("looked")).toBool();
    for (const QJsonValue& v : array(rdns, "ptr"))
        r.reverseDns.ptrNames.append(v.toString().toLatin1());
    r.reverseDns.confirmedName = bytes(rdns, "confirmed");
    for (const QJsonValue& v : array(rdns, "queries"))
        r.reverseDns.queries.append(v.toString());
    using S = Auth::ScoreStatus;
    for (const QJsonValue& v : array(o.value(QStringLiteral("scorecard")).toObject(), "rows")) {
        const QJsonObject x = v.toObject();
        Auth::ScorecardRow row;
        row.id = bytes(x, "id");
        row.requirement = text(x, "requirement");
        for (const QJsonValue& p : array(x, "providers"))
            row.providers.append(p.toString());
        row.status = fromToken(bytes(x, "status"), Auth::scoreStatusToken, {S::Pass, S::Fail, S::Unknown}, S::Unknown);
        row.evidence = text(x, "evidence");
        row.reference = text(x, "reference");
        r.scorecard.rows.append(row);
    }

    if (message && message->root) {
        // what the message itself gives back: where the fields are, the stamped results
        r.stamped = Auth::readAuthResults(*message);
        QList<QByteArray> trusted = r.trust.defaulted ? QList<QByteArray>() : r.trust.trusted;
        r.trust = Auth::pickTrustedAuthservIds(r.stamped, trusted);
        for (Auth::AuthResultsComparison& c : r.comparisons) {
            if (c.headerIndex >= 0 && c.headerIndex < r.stamped.size())
                c.offset = r.stamped.at(c.headerIndex).offset;
        }
        const Auth::FromDomainResult from = Auth::extractFromDomain(*message);
        if (from.ok() || r.from.domain.isEmpty())
            r.from = from;
        QList<const Mail::HeaderField*> signatures = message->headers().all("DKIM-Signature");
        for (Auth::DkimSignatureResult& s : r.dkim) {
            if (s.index < 0 || s.index >= signatures.size())
                continue;
            const Mail::HeaderField* f = signatures.at(s.index);
            s.fieldOffset = f->offset;
            s.fieldLength = f->length;
            s.fieldLine = f->line;
            s.rawValue = f->rawValue.toByteArray();
        }
    }
    return r;
}

} // namespace Deliverbench::Gui
