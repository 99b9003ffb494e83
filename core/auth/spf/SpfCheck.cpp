// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/spf/SpfCheck.h"

#include "auth/AuthUtil_p.h"
#include "auth/spf/DnsSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

#include <memory>

namespace Deliverbench::Auth {

namespace {

using detail::isDnsError;
using detail::latin;
using detail::tr;

/** What one check_host() (or one term) concluded. */
struct Outcome
{
    SpfResult result = SpfResult::None;
    QByteArray code;
    QString reason;
    QString explanation;
    QByteArray matchedTerm;
};

using Cont = std::function<void(const Outcome&)>;

struct Run
{
    DnsSource* dns = nullptr;
    SpfRequest request;
    SpfMacroContext base;
    int dnsTerms = 0;
    int voids = 0;
    QList<SpfTraceEntry> trace;
    QHash<QByteArray, QByteArray> validated; ///< %{p} per <domain>
    std::function<void(const SpfEvaluation&)> done;
};
using RunPtr = std::shared_ptr<Run>;

struct Frame
{
    RunPtr run;
    QByteArray domain;
    SpfRecordSyntax record;
    int traceId = -1;
    int depth = 0;
    bool wantExp = true;
    qsizetype index = 0;
    Cont cont;
};
using FramePtr = std::shared_ptr<Frame>;

int addTrace(const RunPtr& run, SpfTraceEntry entry)
{
    if (run->trace.size() >= kMaxSpfTraceEntries)
        return -1;
    if (entry.parent >= 0)
        entry.depth = run->trace.at(entry.parent).depth + 1;
    run->trace.append(std::move(entry));
    return int(run->trace.size() - 1);
}

void note(const RunPtr& run, int parent, const QString& text)
{
    SpfTraceEntry e;
    e.kind = SpfTraceEntry::Kind::Note;
    e.parent = parent;
    e.detail = text;
    addTrace(run, e);
}

/** A DNS lookup recorded in the trace under `parent`. */
void ask(const RunPtr& run, int parent, const QByteArray& name, Dns::RecordType type, std::function<void(const Dns::Answer&)> cb)
{
    SpfTraceEntry e;
    e.kind = SpfTraceEntry::Kind::Query;
    e.parent = parent;
    e.text = name + ' ' + Dns::typeName(type);
    const int id = addTrace(run, e);
    run->dns->query(name, type, [run, id, cb = std::move(cb)](const Dns::Answer& a) {
        if (id >= 0) {
            SpfTraceEntry& t = run->trace[id];
            t.outcome = a.outcome;
            t.answer = a.isSuccess() ? a.answerText() : Dns::outcomeToken(a.outcome);
            t.detail = Dns::outcomeText(a.outcome);
        }
        cb(a);
    });
}

Outcome make(SpfResult result, const char* code, const QString& reason)
{
    Outcome o;
    o.result = result;
    o.code = code;
    o.reason = reason;
    return o;
}

SpfResult fromQualifier(SpfQualifier q)
{
    switch (q) {
    case SpfQualifier::Pass: return SpfResult::Pass;
    case SpfQualifier::Fail: return SpfResult::Fail;
    case SpfQualifier::SoftFail: return SpfResult::SoftFail;
    case SpfQualifier::Neutral: return SpfResult::Neutral;
    }
    return SpfResult::Neutral;
}

bool ipMatches(const QHostAddress& ip, const QHostAddress& network, int cidr4, int cidr6)
{
    if (ip.protocol() != network.protocol())
        return false;
    return ip.isInSubnet(network, ip.protocol() == QAbstractSocket::IPv4Protocol ? cidr4 : cidr6);
}

bool isV4(const RunPtr& run)
{
    return run->base.ip.protocol() == QAbstractSocket::IPv4Protocol;
}

Dns::RecordType addressType(const RunPtr& run)
{
    return isV4(run) ? Dns::RecordType::A : Dns::RecordType::AAAA;
}

bool addressListContains(const Dns::Answer& a, const QHostAddress& ip, int cidr4, int cidr6)
{
    for (const Dns::Record& r : a.records) {
        if ((r.type == Dns::RecordType::A || r.type == Dns::RecordType::AAAA) && ipMatches(ip, r.address, cidr4, cidr6))
            return true;
    }
    return false;
}

bool nameIsWithin(QByteArray name, QByteArray domain)
{
    name = Dns::normalizeName(name);
    domain = Dns::normalizeName(domain);
    const QByteArray dotted = QByteArray(1, '.') + domain;
    return name == domain || name.endsWith(dotted);
}

void checkHost(const RunPtr& run, const QByteArray& domain, int parent, bool wantExp, Cont cont);
void evalTerms(const FramePtr& frame);

/** A void lookup (RFC 7208 §4.6.4); false when the limit is now exceeded. */
bool countVoid(const FramePtr& frame, int termId)
{
    ++frame->run->voids;
    note(frame->run, termId, tr("void lookup %1 of %2").arg(frame->run->voids).arg(frame->run->request.maxVoidLookups));
    return frame->run->voids <= frame->run->request.maxVoidLookups;
}

Outcome voidLimit(const FramePtr& frame)
{
    return make(SpfResult::PermError, "SPF.EVAL_VOID_LIMIT",
                tr("more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 §4.6.4)")
                    .arg(frame->run->request.maxVoidLookups));
}

Outcome tempError(const Dns::Answer& a)
{
    return make(SpfResult::TempError, "SPF.EVAL_DNS_ERROR",
                tr("the DNS lookup of %1 %2 failed: %3 (RFC 7208 §2.6.6)")
                    .arg(latin(a.name), latin(Dns::typeName(a.type)), a.errorText.isEmpty() ? Dns::outcomeText(a.outcome) : a.errorText));
}

/** One step of the %{p} search: check names[i], collecting the names that resolve back to the client. */
void validatedStep(const RunPtr& run, int parent, const QByteArray& domain, const QList<QByteArray>& names,
                   const QList<QByteArray>& found, qsizetype i, const std::function<void()>& then)
{
    if (i >= names.size()) {
        QByteArray best;
        for (const QByteArray& n : found) {
            if (best.isEmpty() && n == Dns::normalizeName(domain))
                best = n;
        }
        for (const QByteArray& n : found) {
            if (best.isEmpty() && nameIsWithin(n, domain))
                best = n;
        }
        if (best.isEmpty() && !found.isEmpty())
            best = found.first();
        run->validated.insert(domain, best.isEmpty() ? QByteArrayLiteral("unknown") : best);
        then();
        return;
    }
    ask(run, parent, names.at(i), addressType(run), [run, parent, domain, names, found, i, then](const Dns::Answer& b) {
        QList<QByteArray> f = found;
        if (addressListContains(b, run->base.ip, 32, 128))
            f.append(names.at(i));
        validatedStep(run, parent, domain, names, f, i + 1, then);
    });
}

/** The validated domain for %{p} (RFC 7208 §5.5, §7.3), computed once per <domain>. */
void resolveValidated(const FramePtr& frame, int parent, std::function<void()> then)
{
    const RunPtr run = frame->run;
    if (run->validated.contains(frame->domain)) {
        then();
        return;
    }
    const QByteArray domain = frame->domain;
    ask(run, parent, Dns::reverseName(run->base.ip), Dns::RecordType::PTR, [run, parent, domain, then](const Dns::Answer& a) {
        QList<QByteArray> names;
        for (const Dns::Record& r : a.records) {
            if (names.size() < run->request.maxPtrNames)
                names.append(Dns::normalizeName(r.target));
        }
        validatedStep(run, parent, domain, names, {}, 0, then);
    });
}

/** Expands a domain-spec for the current frame, resolving %{p} first when used. */
void expandTarget(const FramePtr& frame, const QByteArray& spec, int termId, std::function<void(QByteArray, bool)> then)
{
    auto finish = [frame, spec, termId, then]() {
        SpfMacroContext ctx = frame->run->base;
        ctx.domain = frame->domain;
        ctx.validatedDomain = frame->run->validated.value(frame->domain);
        bool ok = true;
        const QByteArray expanded = spec.isEmpty() ? frame->domain : expandMacroString(spec, ctx, false, &ok);
        bool valid = false;
        const QByteArray target = spfTargetName(expanded, &valid);
        if (termId >= 0 && termId < frame->run->trace.size())
            frame->run->trace[termId].domain = target;
        then(target, ok && valid);
    };
    if (!spec.isEmpty() && macroStringUsesP(spec))
        resolveValidated(frame, termId, finish);
    else
        finish();
}

void finishFrame(const FramePtr& frame, Outcome outcome)
{
    if (frame->traceId >= 0) {
        frame->run->trace[frame->traceId].result = outcome.result;
        frame->run->trace[frame->traceId].detail = outcome.reason;
    }
    const Cont cont = frame->cont;
    frame->cont = nullptr;
    cont(outcome);
}

/** A fail: fetch the exp= explanation (RFC 7208 §6.2) when wanted, then finish. */
void finishWithFail(const FramePtr& frame, Outcome outcome)
{
    const RunPtr run = frame->run;
    outcome.explanation = run->request.defaultExplanation;
    if (!frame->wantExp || !frame->record.hasExp) {
        finishFrame(frame, outcome);
        return;
    }
    SpfTraceEntry e;
    e.kind = SpfTraceEntry::Kind::Term;
    e.parent = frame->traceId;
    e.text = "exp=" + frame->record.exp;
    const int expId = addTrace(run, e);
    expandTarget(frame, frame->record.exp, expId, [frame, outcome, expId](const QByteArray& target, bool valid) mutable {
        if (!valid) {
            note(frame->run, expId, tr("the exp= target is not a valid name; the default explanation is used"));
            finishFrame(frame, outcome);
            return;
        }
        ask(frame->run, expId, target, Dns::RecordType::TXT, [frame, outcome, expId](const Dns::Answer& a) mutable {
            if (!a.isSuccess() || a.records.size() != 1) {
                note(frame->run, expId, tr("no single TXT record for exp=; the default explanation is used (RFC 7208 §6.2)"));
                finishFrame(frame, outcome);
                return;
            }
            auto finish = [frame, outcome, expId, text = a.records.first().text]() mutable {
                SpfMacroContext ctx = frame->run->base;
                ctx.domain = frame->domain;
                ctx.validatedDomain = frame->run->validated.value(frame->domain);
                bool ok = true;
                const QByteArray expanded = expandMacroString(text, ctx, true, &ok);
                if (ok) {
                    outcome.explanation = QString::fromUtf8(expanded);
                    frame->run->trace[expId].matched = true;
                    frame->run->trace[expId].detail = outcome.explanation;
                } else {
                    note(frame->run, expId, tr("the exp= text has a macro syntax error; the default explanation is used"));
                }
                finishFrame(frame, outcome);
            };
            if (macroStringUsesP(a.records.first().text))
                resolveValidated(frame, expId, finish);
            else
                finish();
        });
    });
}

/** The term at frame->index matched. */
void matched(const FramePtr& frame, const SpfTerm& term, int termId)
{
    Outcome o;
    o.result = fromQualifier(term.qualifier);
    o.code = "SPF.EVAL_" + spfResultToken(o.result).toUpper();
    o.matchedTerm = term.text;
    o.reason = tr("the term \"%1\" of %2 matched").arg(latin(term.text), latin(frame->domain));
    if (termId >= 0) {
        frame->run->trace[termId].matched = true;
        frame->run->trace[termId].result = o.result;
    }
    if (o.result == SpfResult::Fail)
        finishWithFail(frame, o);
    else
        finishFrame(frame, o);
}

void noMatch(const FramePtr& frame, int termId, const QString& why)
{
    if (termId >= 0 && !why.isEmpty())
        frame->run->trace[termId].detail = why;
    ++frame->index;
    evalTerms(frame);
}

void termError(const FramePtr& frame, int termId, const Outcome& o)
{
    if (termId >= 0) {
        frame->run->trace[termId].result = o.result;
        frame->run->trace[termId].detail = o.reason;
    }
    finishFrame(frame, o);
}

void mxStep(const FramePtr& frame, const SpfTerm& term, int termId, const QList<QByteArray>& hosts, qsizetype i)
{
    if (i >= hosts.size())
        return noMatch(frame, termId, tr("the client address is not an address of any MX host"));
    ask(frame->run, termId, hosts.at(i), addressType(frame->run), [frame, term, termId, hosts, i](const Dns::Answer& b) {
        if (isDnsError(b))
            return termError(frame, termId, tempError(b));
        if (addressListContains(b, frame->run->base.ip, term.cidr4, term.cidr6))
            return matched(frame, term, termId);
        mxStep(frame, term, termId, hosts, i + 1);
    });
}

void ptrStep(const FramePtr& frame, const SpfTerm& term, int termId, const QByteArray& target, const QList<QByteArray>& names, qsizetype i)
{
    while (i < names.size() && !nameIsWithin(names.at(i), target))
        ++i;
    if (i >= names.size())
        return noMatch(frame, termId, tr("no validated PTR name within %1").arg(latin(target)));
    ask(frame->run, termId, names.at(i), addressType(frame->run), [frame, term, termId, target, names, i](const Dns::Answer& b) {
        if (addressListContains(b, frame->run->base.ip, 32, 128))
            return matched(frame, term, termId);
        ptrStep(frame, term, termId, target, names, i + 1);
    });
}

void evalDnsTerm(const FramePtr& frame, const SpfTerm& term, int termId, const QByteArray& target)
{
    const RunPtr run = frame->run;
    switch (term.mechanism) {
    case SpfMechanism::A:
        ask(run, termId, target, addressType(run), [frame, term, termId](const Dns::Answer& a) {
            if (isDnsError(a))
                return termError(frame, termId, tempError(a));
            if (a.isNegative()) {
                if (!countVoid(frame, termId))
                    return termError(frame, termId, voidLimit(frame));
                return noMatch(frame, termId, tr("no address records"));
            }
            if (addressListContains(a, frame->run->base.ip, term.cidr4, term.cidr6))
                return matched(frame, term, termId);
            noMatch(frame, termId, tr("the client address is not among the addresses"));
        });
        return;
    case SpfMechanism::Exists:
        ask(run, termId, target, Dns::RecordType::A, [frame, term, termId](const Dns::Answer& a) {
            if (isDnsError(a))
                return termError(frame, termId, tempError(a));
            if (a.isNegative()) {
                if (!countVoid(frame, termId))
                    return termError(frame, termId, voidLimit(frame));
                return noMatch(frame, termId, tr("the name has no A record"));
            }
            matched(frame, term, termId);
        });
        return;
    case SpfMechanism::Mx:
        ask(run, termId, target, Dns::RecordType::MX, [frame, term, termId](const Dns::Answer& a) {
            if (isDnsError(a))
                return termError(frame, termId, tempError(a));
            if (a.isNegative()) {
                if (!countVoid(frame, termId))
                    return termError(frame, termId, voidLimit(frame));
                return noMatch(frame, termId, tr("no MX records"));
            }
            QList<QByteArray> hosts;
            for (const Dns::Record& r : a.records) {
                const QByteArray h = Dns::normalizeName(r.target);
                if (h != "." && !h.isEmpty())
                    hosts.append(h);
            }
            if (a.records.size() > frame->run->request.maxMxNames)
                return termError(frame, termId,
                                 make(SpfResult::PermError, "SPF.EVAL_MX_LIMIT",
                                      tr("%1 MX records: more than %2 names to look up (RFC 7208 §4.6.4)")
                                          .arg(a.records.size()).arg(frame->run->request.maxMxNames)));
            mxStep(frame, term, termId, hosts, 0);
        });
        return;
    case SpfMechanism::Ptr:
        ask(run, termId, Dns::reverseName(run->base.ip), Dns::RecordType::PTR, [frame, term, termId, target](const Dns::Answer& a) {
            if (isDnsError(a))
                return noMatch(frame, termId, tr("the PTR lookup failed: no match (RFC 7208 §5.5)"));
            if (a.isNegative()) {
                if (!countVoid(frame, termId))
                    return termError(frame, termId, voidLimit(frame));
                return noMatch(frame, termId, tr("no PTR records"));
            }
            QList<QByteArray> names;
            for (const Dns::Record& r : a.records) {
                if (names.size() < frame->run->request.maxPtrNames)
                    names.append(Dns::normalizeName(r.target));
            }
            if (a.records.size() > names.size())
                note(frame->run, termId, tr("only the first %1 PTR names are checked (RFC 7208 §4.6.4)").arg(names.size()));
            ptrStep(frame, term, termId, target, names, 0);
        });
        return;
    case SpfMechanism::Include:
        checkHost(run, target, termId, false, [frame, term, termId, target](const Outcome& inner) {
            switch (inner.result) {
            case SpfResult::Pass:
                return matched(frame, term, termId);
            case SpfResult::Fail:
            case SpfResult::SoftFail:
            case SpfResult::Neutral:
                return noMatch(frame, termId, tr("the included record gave %1: no match").arg(latin(spfResultToken(inner.result))));
            case SpfResult::TempError:
                return termError(frame, termId, inner);
            case SpfResult::PermError:
                return termError(frame, termId, inner);
            case SpfResult::None:
                return termError(frame, termId,
                                 make(SpfResult::PermError, "SPF.EVAL_INCLUDE_NONE",
                                      tr("include:%1 has no SPF record (RFC 7208 §5.2)").arg(latin(target))));
            }
        });
        return;
    default:
        break;
    }
}

void evalTerms(const FramePtr& frame)
{
    const RunPtr run = frame->run;
    const SpfRequest& req = run->request;
    while (frame->index < frame->record.terms.size()) {
        const SpfTerm term = frame->record.terms.at(frame->index);
        if (term.isModifier) {
            ++frame->index;
            continue;
        }
        SpfTraceEntry e;
        e.kind = SpfTraceEntry::Kind::Term;
        e.parent = frame->traceId;
        e.text = term.text;
        const int termId = addTrace(run, e);
        switch (term.mechanism) {
        case SpfMechanism::All:
            return matched(frame, term, termId);
        case SpfMechanism::Ip4:
        case SpfMechanism::Ip6:
            if (ipMatches(run->base.ip, term.network, term.cidr4, term.cidr6))
                return matched(frame, term, termId);
            if (termId >= 0)
                run->trace[termId].detail = tr("the client address is outside the network");
            ++frame->index;
            continue;
        default:
            break;
        }
        // a DNS-querying term (RFC 7208 §4.6.4)
        if (++run->dnsTerms > req.maxDnsMechanisms)
            return termError(frame, termId,
                             make(SpfResult::PermError, "SPF.EVAL_LOOKUP_LIMIT",
                                  tr("more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect; RFC 7208 §4.6.4)")
                                      .arg(req.maxDnsMechanisms)));
        expandTarget(frame, term.domainSpec, termId, [frame, term, termId](const QByteArray& target, bool valid) {
            if (!valid) {
                // RFC 7208 §4.8: a target that is not a valid name does not match (lookups of it fail)
                if (term.mechanism == SpfMechanism::Include)
                    return termError(frame, termId,
                                     make(SpfResult::PermError, "SPF.EVAL_BAD_TARGET",
                                          tr("the include target \"%1\" is not a valid domain name").arg(latin(target))));
                return noMatch(frame, termId, tr("the target \"%1\" is not a valid domain name: no match").arg(latin(target)));
            }
            evalDnsTerm(frame, term, termId, target);
        });
        return;
    }
    // no mechanism matched (RFC 7208 §4.7)
    if (frame->record.hasRedirect) {
        SpfTraceEntry e;
        e.kind = SpfTraceEntry::Kind::Term;
        e.parent = frame->traceId;
        e.text = "redirect=" + frame->record.redirect;
        const int termId = addTrace(run, e);
        if (++run->dnsTerms > req.maxDnsMechanisms)
            return termError(frame, termId,
                             make(SpfResult::PermError, "SPF.EVAL_LOOKUP_LIMIT",
                                  tr("more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect; RFC 7208 §4.6.4)")
                                      .arg(req.maxDnsMechanisms)));
        expandTarget(frame, frame->record.redirect, termId, [frame, termId](const QByteArray& target, bool valid) {
            if (!valid)
                return termError(frame, termId,
                                 make(SpfResult::PermError, "SPF.EVAL_REDIRECT_NONE",
                                      tr("the redirect target \"%1\" is not a valid domain name (RFC 7208 §6.1)").arg(latin(target))));
            checkHost(frame->run, target, termId, frame->wantExp, [frame, termId, target](const Outcome& inner) {
                if (inner.result == SpfResult::None)
                    return termError(frame, termId,
                                     make(SpfResult::PermError, "SPF.EVAL_REDIRECT_NONE",
                                          tr("redirect=%1 has no SPF record (RFC 7208 §6.1)").arg(latin(target))));
                if (termId >= 0) {
                    frame->run->trace[termId].result = inner.result;
                    frame->run->trace[termId].matched = true;
                }
                finishFrame(frame, inner);
            });
        });
        return;
    }
    finishFrame(frame, make(SpfResult::Neutral, "SPF.EVAL_NEUTRAL",
                            tr("no mechanism of %1 matched and there is no redirect=: neutral (RFC 7208 §4.7)").arg(latin(frame->domain))));
}

void checkHost(const RunPtr& run, const QByteArray& domain, int parent, bool wantExp, Cont cont)
{
    SpfTraceEntry e;
    e.kind = SpfTraceEntry::Kind::CheckHost;
    e.parent = parent;
    e.domain = domain;
    const int id = addTrace(run, e);
    if (!isSpfDomain(domain)) {
        Outcome o = make(SpfResult::None, "SPF.EVAL_BAD_DOMAIN",
                         tr("\"%1\" is not a usable domain name (RFC 7208 §4.3)").arg(latin(domain)));
        if (id >= 0)
            run->trace[id].detail = o.reason;
        return cont(o);
    }
    ask(run, id, domain, Dns::RecordType::TXT, [run, domain, id, wantExp, cont](const Dns::Answer& a) {
        auto done = [run, id, cont](const Outcome& o) {
            if (id >= 0) {
                run->trace[id].result = o.result;
                run->trace[id].detail = o.reason;
            }
            cont(o);
        };
        if (isDnsError(a))
            return done(tempError(a));
        QList<QByteArray> records;
        for (const Dns::Record& r : a.records) {
            if (isSpfRecord(r.text))
                records.append(r.text);
        }
        if (records.isEmpty())
            return done(make(SpfResult::None, "SPF.EVAL_NONE",
                             a.outcome == Dns::Outcome::NxDomain
                                 ? tr("%1 does not exist (NXDOMAIN): no SPF record").arg(latin(domain))
                                 : tr("%1 publishes no SPF record (RFC 7208 §4.5)").arg(latin(domain))));
        if (records.size() > 1)
            return done(make(SpfResult::PermError, "SPF.EVAL_MULTIPLE_RECORDS",
                             tr("%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)").arg(latin(domain)).arg(records.size())));
        if (id >= 0)
            run->trace[id].text = records.first();
        auto frame = std::make_shared<Frame>();
        frame->run = run;
        frame->domain = domain;
        frame->record = parseSpfRecord(records.first());
        frame->traceId = id;
        frame->wantExp = wantExp;
        frame->cont = cont;
        if (!frame->record.isValid())
            return finishFrame(frame, make(SpfResult::PermError, "SPF.EVAL_SYNTAX",
                                           tr("syntax error in the SPF record of %1 at \"%2\": %3")
                                               .arg(latin(domain), latin(frame->record.errorTerm), frame->record.error)));
        evalTerms(frame);
    });
}

} // namespace

QByteArray spfResultToken(SpfResult result)
{
    switch (result) {
    case SpfResult::None: return QByteArrayLiteral("none");
    case SpfResult::Neutral: return QByteArrayLiteral("neutral");
    case SpfResult::Pass: return QByteArrayLiteral("pass");
    case SpfResult::Fail: return QByteArrayLiteral("fail");
    case SpfResult::SoftFail: return QByteArrayLiteral("softfail");
    case SpfResult::TempError: return QByteArrayLiteral("temperror");
    case SpfResult::PermError: return QByteArrayLiteral("permerror");
    }
    return QByteArrayLiteral("none");
}

void checkSpf(DnsSource* dns, const SpfRequest& request, std::function<void(const SpfEvaluation&)> done)
{
    auto run = std::make_shared<Run>();
    run->dns = dns;
    run->request = request;
    run->done = std::move(done);
    QHostAddress ip = request.ip;
    bool mapped = false;
    const quint32 v4 = ip.toIPv4Address(&mapped);
    if (mapped && ip.protocol() == QAbstractSocket::IPv6Protocol)
        ip = QHostAddress(v4);
    if (run->request.defaultExplanation.isEmpty())
        run->request.defaultExplanation = QCoreApplication::translate("Deliverbench::Auth", "The sender is not authorised by the SPF policy of the domain.");

    QByteArray sender = request.mailFrom;
    QByteArray identity = "mailfrom";
    if (sender.isEmpty()) {
        sender = "postmaster@" + request.helo;
        identity = "helo";
    }
    const qsizetype at = sender.lastIndexOf('@');
    QByteArray local = at < 0 ? QByteArray() : sender.left(at);
    QByteArray senderDomain = at < 0 ? sender : sender.mid(at + 1);
    if (local.isEmpty()) {
        local = "postmaster";
        sender = local + '@' + senderDomain;
    }
    SpfMacroContext& ctx = run->base;
    ctx.sender = sender;
    ctx.localPart = local;
    ctx.senderDomain = senderDomain;
    ctx.ip = ip;
    ctx.helo = request.helo;
    ctx.receiver = request.receiver;
    ctx.timestamp = request.timestamp >= 0 ? request.timestamp : QDateTime::currentSecsSinceEpoch();
    QByteArray domain = request.domain.isEmpty() ? senderDomain : request.domain;
    if (domain.endsWith('.'))
        domain.chop(1);

    checkHost(run, domain, -1, true, [run, identity, domain, sender, ip](const Outcome& o) {
        SpfEvaluation ev;
        ev.result = o.result;
        ev.identity = identity;
        ev.domain = domain;
        ev.sender = sender;
        ev.ip = ip;
        ev.code = o.code;
        ev.reason = o.reason;
        ev.matchedTerm = o.matchedTerm;
        ev.explanation = o.result == SpfResult::Fail ? o.explanation : QString();
        ev.dnsMechanisms = run->dnsTerms;
        ev.voidLookups = run->voids;
        ev.trace = run->trace;
        const auto done = run->done;
        run->done = nullptr;
        if (done)
            done(ev);
    });
}

SpfEvaluation checkSpfBlocking(DnsSource* dns, const SpfRequest& request)
{
    QEventLoop loop;
    SpfEvaluation result;
    bool finished = false;
    checkSpf(dns, request, [&](const SpfEvaluation& ev) {
        result = ev;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

Findings SpfEvaluation::findings() const
{
    Findings out;
    Finding f;
    f.code = "SPF.EVAL_" + spfResultToken(result).toUpper();
    switch (result) {
    case SpfResult::Pass: f.severity = Severity::Pass; break;
    case SpfResult::Fail:
    case SpfResult::PermError: f.severity = Severity::Error; break;
    default: f.severity = Severity::Warning; break;
    }
    f.title = QCoreApplication::translate("Deliverbench::Auth", "SPF %1 for %2").arg(latin(spfResultToken(result)), latin(domain));
    f.detail = reason;
    if (!explanation.isEmpty())
        f.detail += QStringLiteral("\n") + explanation;
    f.evidence = latin(matchedTerm);
    f.reference = QStringLiteral("RFC 7208 §2.6");
    out.append(f);
    if (!code.isEmpty() && code != f.code) {
        Finding r;
        r.code = code;
        r.severity = result == SpfResult::TempError ? Severity::Warning : Severity::Error;
        r.title = reason;
        r.reference = QStringLiteral("RFC 7208 §4.6.4");
        if (code == "SPF.EVAL_DNS_ERROR") {
            // the reason names the lookup and the resolver's error: it is the detail, not the title
            r.title = QCoreApplication::translate("Deliverbench::Auth", "SPF could not be evaluated: a DNS lookup failed");
            r.detail = reason;
            r.reference = QStringLiteral("RFC 7208 §2.6.6");
        }
        out.append(r);
    }
    return out;
}

QJsonObject SpfEvaluation::toJson() const
{
    QJsonArray trace;
    static const char* const kinds[] = {"check_host", "term", "query", "note"};
    for (const SpfTraceEntry& e : this->trace) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), QLatin1String(kinds[int(e.kind)]));
        o.insert(QStringLiteral("parent"), e.parent);
        o.insert(QStringLiteral("depth"), e.depth);
        if (!e.domain.isEmpty())
            o.insert(QStringLiteral("domain"), latin(e.domain));
        if (!e.text.isEmpty())
            o.insert(QStringLiteral("text"), latin(e.text));
        if (e.kind == SpfTraceEntry::Kind::Query) {
            o.insert(QStringLiteral("answer"), latin(e.answer));
            o.insert(QStringLiteral("outcome"), latin(Dns::outcomeToken(e.outcome)));
        }
        if (e.kind == SpfTraceEntry::Kind::Term)
            o.insert(QStringLiteral("matched"), e.matched);
        if (e.kind == SpfTraceEntry::Kind::CheckHost || (e.kind == SpfTraceEntry::Kind::Term && e.matched))
            o.insert(QStringLiteral("result"), latin(spfResultToken(e.result)));
        if (!e.detail.isEmpty())
            o.insert(QStringLiteral("detail"), e.detail);
        trace.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("result"), latin(spfResultToken(result)));
    o.insert(QStringLiteral("domain"), latin(domain));
    o.insert(QStringLiteral("identity"), latin(identity));
    o.insert(QStringLiteral("sender"), latin(sender));
    o.insert(QStringLiteral("ip"), ip.toString());
    o.insert(QStringLiteral("code"), latin(code));
    o.insert(QStringLiteral("reason"), reason);
    if (!explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), explanation);
    o.insert(QStringLiteral("lookups"), dnsMechanisms);
    o.insert(QStringLiteral("voidLookups"), voidLookups);
    o.insert(QStringLiteral("trace"), trace);
    return o;
}

} // namespace Deliverbench::Auth
