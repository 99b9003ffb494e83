// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dmarc/DmarcCheck.h"

#include "auth/AuthUtil_p.h"
#include "auth/dkim/DkimResult.h"
#include "auth/spf/DnsSource.h"
#include "message/Address.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <memory>

namespace Deliverbench::Auth {

namespace {

using detail::isDnsError;
using detail::latin;
using detail::tr;

struct Run
{
    DnsSource* dns = nullptr;
    DmarcRequest request;
    PublicSuffixList psl;
    DmarcEvaluation ev;
    std::function<void(const DmarcEvaluation&)> done;
};
using RunPtr = std::shared_ptr<Run>;

void ask(const RunPtr& run, const QByteArray& name, Dns::RecordType type, std::function<void(const Dns::Answer&)> cb)
{
    run->dns->query(name, type, [run, cb = std::move(cb)](const Dns::Answer& a) {
        if (run->ev.queries.size() < 100)
            run->ev.queries.append(detail::queryLine(a));
        cb(a);
    });
}

void finish(const RunPtr& run)
{
    const auto done = run->done;
    run->done = nullptr;
    if (done)
        done(run->ev);
}

DmarcPolicy lower(DmarcPolicy p)
{
    return p == DmarcPolicy::Reject ? DmarcPolicy::Quarantine : DmarcPolicy::None;
}

/** Alignment, result and disposition once the record is known. */
void decide(const RunPtr& run)
{
    DmarcEvaluation& ev = run->ev;
    const DmarcRecord& rec = ev.record;
    ev.dkimMode = rec.adkim;
    ev.spfMode = rec.aspf;
    for (const DmarcAuthInput& in : run->request.dkim) {
        DmarcAlignmentRow row;
        row.method = "dkim";
        row.domain = in.domain;
        row.result = in.result;
        row.scope = in.scope;
        row.aligned = domainsAlign(ev.fromDomain, in.domain, rec.adkim, run->psl);
        row.counts = row.aligned && in.result == "pass";
        row.why = row.counts ? tr("DKIM pass with d=%1, aligned (%2)").arg(latin(in.domain), rec.adkim == DmarcAlignmentMode::Strict ? tr("strict") : tr("relaxed"))
            : !row.aligned ? tr("d=%1 does not align with %2 (%3)").arg(latin(in.domain), latin(ev.fromDomain), rec.adkim == DmarcAlignmentMode::Strict ? tr("strict") : tr("relaxed"))
                           : tr("aligned, but the DKIM result is %1").arg(latin(in.result));
        ev.dkimAligned = ev.dkimAligned || row.counts;
        if (row.counts && ev.dkimMatch != "strict")
            ev.dkimMatch = cleanDomain(in.domain) == ev.fromDomain ? "strict" : "relaxed";
        ev.alignment.append(row);
    }
    for (const DmarcAuthInput& in : run->request.spf) {
        DmarcAlignmentRow row;
        row.method = "spf";
        row.domain = in.domain;
        row.result = in.result;
        row.scope = in.scope.isEmpty() ? QByteArray("mfrom") : in.scope;
        row.aligned = domainsAlign(ev.fromDomain, in.domain, rec.aspf, run->psl);
        const bool mfrom = row.scope == "mfrom";
        row.counts = row.aligned && in.result == "pass" && mfrom;
        row.why = row.counts ? tr("SPF pass for the MAIL FROM domain %1, aligned (%2)").arg(latin(in.domain), rec.aspf == DmarcAlignmentMode::Strict ? tr("strict") : tr("relaxed"))
            : !mfrom ? tr("an SPF result for the HELO identity does not count for DMARC (RFC 7489 §4.1)")
            : !row.aligned ? tr("%1 does not align with %2 (%3)").arg(latin(in.domain), latin(ev.fromDomain), rec.aspf == DmarcAlignmentMode::Strict ? tr("strict") : tr("relaxed"))
                           : tr("aligned, but the SPF result is %1").arg(latin(in.result));
        ev.spfAligned = ev.spfAligned || row.counts;
        if (row.counts && ev.spfMatch != "strict")
            ev.spfMatch = cleanDomain(in.domain) == ev.fromDomain ? "strict" : "relaxed";
        ev.alignment.append(row);
    }
    ev.appliedPolicy = ev.recordFromOrgDomain ? rec.sp : rec.p;
    if (ev.dkimAligned || ev.spfAligned) {
        ev.result = DmarcResult::Pass;
        ev.code = "DMARC.EVAL_PASS";
        ev.reason = tr("an aligned %1 pass: DMARC pass").arg(ev.dkimAligned ? QStringLiteral("DKIM") : QStringLiteral("SPF"));
        ev.disposition = "none";
        ev.dmarcbisDisposition = "none";
        return;
    }
    ev.result = DmarcResult::Fail;
    ev.code = "DMARC.EVAL_FAIL";
    DmarcPolicy applied = ev.appliedPolicy;
    if (rec.pct < 100) {
        const bool sampled = run->request.pctRoll ? *run->request.pctRoll < rec.pct : true;
        if (!sampled) {
            ev.sampledOut = true;
            applied = lower(applied);
        }
    }
    ev.disposition = dmarcPolicyToken(applied);
    ev.reason = tr("no aligned DKIM or SPF pass: DMARC fail; the policy (%1=%2) asks for %3")
                    .arg(ev.recordFromOrgDomain ? QStringLiteral("sp") : QStringLiteral("p"), latin(dmarcPolicyToken(ev.appliedPolicy)),
                         latin(ev.disposition));
    // DMARCbis: pct= is gone (t=y is testing mode), np= applies to non-existent subdomains
    DmarcPolicy bis = ev.appliedPolicy;
    if (rec.pct < 100)
        ev.dmarcbisNotes.append(tr("DMARCbis drops pct=: the full policy (%1) would apply%2")
                                    .arg(latin(dmarcPolicyToken(ev.appliedPolicy)),
                                         rec.pct == 0 ? tr("; pct=0 corresponds to t=y (testing), under which the next-lower policy applies") : QString()));
    if (rec.t == "y")
        bis = lower(bis);
    ev.dmarcbisDisposition = dmarcPolicyToken(bis);
}

void afterRecord(const RunPtr& run);

/** RFC 7489 §7.1: keep a third-party rua/ruf only when <policy-domain>._report._dmarc.<dest> says v=DMARC1. */
void verifyExternal(const RunPtr& run, QList<DmarcReportUri> pending, bool rua)
{
    DmarcEvaluation& ev = run->ev;
    while (!pending.isEmpty()) {
        const DmarcReportUri u = pending.takeFirst();
        QList<DmarcReportUri>& kept = rua ? ev.ruaKept : ev.rufKept;
        if (!u.mailto || u.mailtoDomain.isEmpty())
            continue;
        if (!run->request.checkExternalReports
            || run->psl.organizationalDomain(u.mailtoDomain) == run->psl.organizationalDomain(ev.policyDomain)) {
            kept.append(u);
            continue;
        }
        const QByteArray name = ev.policyDomain + "._report._dmarc." + u.mailtoDomain;
        ask(run, name, Dns::RecordType::TXT, [run, pending, rua, u](const Dns::Answer& a) {
            bool ok = false;
            for (const Dns::Record& r : a.records)
                ok = ok || isDmarcRecord(r.text);
            if (ok)
                (rua ? run->ev.ruaKept : run->ev.rufKept).append(u);
            else
                run->ev.record.warnings.append(tr("%1 is dropped: %2 does not authorise reports for %3 (RFC 7489 §7.1)")
                                                   .arg(QString::fromUtf8(u.uri), latin(u.mailtoDomain), latin(run->ev.policyDomain)));
            verifyExternal(run, pending, rua);
        });
        return;
    }
    if (rua)
        return verifyExternal(run, ev.record.ruf, false);
    decide(run);
    afterRecord(run);
}

/** DMARCbis np=: is the From domain non-existent (no A, AAAA, MX)? Only asked when it matters. */
void afterRecord(const RunPtr& run)
{
    DmarcEvaluation& ev = run->ev;
    if (ev.result != DmarcResult::Fail || !ev.record.hasNp || !ev.recordFromOrgDomain) {
        finish(run);
        return;
    }
    auto count = std::make_shared<int>(0);
    auto exists = std::make_shared<bool>(false);
    for (Dns::RecordType t : {Dns::RecordType::A, Dns::RecordType::AAAA, Dns::RecordType::MX}) {
        ask(run, ev.fromDomain, t, [run, count, exists](const Dns::Answer& a) {
            if (!a.isNegative())
                *exists = true;
            if (++*count < 3)
                return;
            if (!*exists) {
                run->ev.dmarcbisDisposition = dmarcPolicyToken(run->ev.record.np);
                run->ev.dmarcbisNotes.append(tr("%1 does not exist (no A, AAAA or MX): DMARCbis (and RFC 9091) apply np=%2 instead of sp=")
                                                 .arg(latin(run->ev.fromDomain), latin(dmarcPolicyToken(run->ev.record.np))));
            }
            finish(run);
        });
    }
}

/** Selects the DMARC record among the TXT answers (RFC 7489 §6.6.3 steps 3–5); returns the count. */
int selectRecords(const Dns::Answer& a, QByteArray* text)
{
    int n = 0;
    for (const Dns::Record& r : a.records) {
        if (isDmarcRecord(r.text)) {
            ++n;
            *text = r.text;
        }
    }
    return n;
}

void useRecord(const RunPtr& run, const QByteArray& domain, const QByteArray& text, bool fromOrg)
{
    DmarcEvaluation& ev = run->ev;
    ev.policyDomain = domain;
    ev.recordText = text;
    ev.recordFromOrgDomain = fromOrg;
    ev.record = parseDmarcRecord(text);
    if (!ev.record.isUsable()) {
        ev.result = DmarcResult::PermError;
        ev.code = "DMARC.EVAL_BAD_RECORD";
        ev.reason = tr("the DMARC record at _dmarc.%1 is unusable: %2").arg(latin(domain), ev.record.error);
        finish(run);
        return;
    }
    verifyExternal(run, ev.record.rua, true);
}

void discover(const RunPtr& run, const QByteArray& domain, bool fromOrg)
{
    ask(run, "_dmarc." + domain, Dns::RecordType::TXT, [run, domain, fromOrg](const Dns::Answer& a) {
        DmarcEvaluation& ev = run->ev;
        if (isDnsError(a)) {
            ev.result = DmarcResult::TempError;
            ev.code = "DMARC.EVAL_TEMPERROR";
            ev.reason = tr("the DNS lookup of _dmarc.%1 failed: %2").arg(latin(domain), Dns::outcomeText(a.outcome));
            return finish(run);
        }
        QByteArray text;
        const int n = selectRecords(a, &text);
        if (n > 1) {
            ev.result = DmarcResult::None;
            ev.code = "DMARC.EVAL_MULTIPLE_RECORDS";
            ev.reason = tr("_dmarc.%1 has %2 DMARC records: DMARC is not applied (RFC 7489 §6.6.3)").arg(latin(domain)).arg(n);
            return finish(run);
        }
        if (n == 1)
            return useRecord(run, domain, text, fromOrg);
        if (!fromOrg && ev.organizationalDomain != domain && !ev.organizationalDomain.isEmpty())
            return discover(run, ev.organizationalDomain, true);
        ev.result = DmarcResult::None;
        ev.code = "DMARC.EVAL_NO_POLICY";
        ev.reason = fromOrg || ev.organizationalDomain == ev.fromDomain
            ? tr("no DMARC record at _dmarc.%1 or at the organizational domain").arg(latin(ev.fromDomain))
            : tr("no DMARC record at _dmarc.%1").arg(latin(ev.fromDomain));
        ev.dmarcbisNotes.append(tr("DMARCbis would walk the DNS tree from %1 upwards instead of using the Public Suffix List; "
                                   "this check used the PSL organizational domain %2")
                                    .arg(latin(ev.fromDomain), latin(ev.organizationalDomain)));
        finish(run);
    });
}

} // namespace

QByteArray dmarcResultToken(DmarcResult result)
{
    switch (result) {
    case DmarcResult::None: return QByteArrayLiteral("none");
    case DmarcResult::Pass: return QByteArrayLiteral("pass");
    case DmarcResult::Fail: return QByteArrayLiteral("fail");
    case DmarcResult::TempError: return QByteArrayLiteral("temperror");
    case DmarcResult::PermError: return QByteArrayLiteral("permerror");
    }
    return {};
}

FromDomainResult fromDomainOfValue(QByteArrayView value)
{
    FromDomainResult r;
    const Mail::AddressListResult list = Mail::parseAddressList(value);
    if (list.mailboxes.isEmpty()) {
        r.code = "DMARC.EVAL_FROM_UNPARSABLE";
        r.error = tr("the From field has no usable address (RFC 7489 §6.6.1)");
        return r;
    }
    if (list.mailboxes.size() > 1) {
        r.code = "DMARC.EVAL_MULTIPLE_FROM_ADDRESSES";
        r.error = tr("the From field has %1 addresses; DMARC needs exactly one author domain (RFC 7489 §6.6.1)").arg(list.mailboxes.size());
        return r;
    }
    const Mail::Mailbox& m = list.mailboxes.first();
    const QByteArray domain = cleanDomain(m.domain.toUtf8());
    if (domain.isEmpty() || m.domainLiteral) {
        r.code = "DMARC.EVAL_FROM_UNPARSABLE";
        r.error = tr("the From address has no domain name (RFC 7489 §6.6.1)");
        return r;
    }
    r.domain = domain;
    return r;
}

FromDomainResult extractFromDomain(const Mail::Message& message)
{
    FromDomainResult r;
    if (!message.root) {
        r.code = "DMARC.EVAL_NO_FROM";
        r.error = tr("the message has no header section");
        return r;
    }
    const QList<const Mail::HeaderField*> froms = message.headers().all("From");
    if (froms.isEmpty()) {
        r.code = "DMARC.EVAL_NO_FROM";
        r.error = tr("the message has no From field (RFC 5322 §3.6, RFC 7489 §6.6.1)");
        return r;
    }
    if (froms.size() > 1) {
        r.code = "DMARC.EVAL_MULTIPLE_FROM";
        r.error = tr("the message has %1 From fields (RFC 5322 §3.6 allows one; RFC 7489 §6.6.1)").arg(froms.size());
        r.offset = froms.at(1)->offset;
        return r;
    }
    r = fromDomainOfValue(froms.first()->unfolded());
    r.offset = froms.first()->offset;
    return r;
}

QList<DmarcAuthInput> dmarcInputsFromDkim(const QList<DkimSignatureResult>& results)
{
    QList<DmarcAuthInput> out;
    for (const DkimSignatureResult& s : results)
        out.append(DmarcAuthInput{s.domain, dkimResultToken(s.result), s.selector});
    return out;
}

bool domainsAlign(QByteArrayView fromDomain, QByteArrayView authDomain, DmarcAlignmentMode mode, const PublicSuffixList& psl)
{
    const QByteArray from = cleanDomain(fromDomain);
    const QByteArray auth = cleanDomain(authDomain);
    if (from.isEmpty() || auth.isEmpty())
        return false;
    if (mode == DmarcAlignmentMode::Strict)
        return from == auth;
    return psl.organizationalDomain(from) == psl.organizationalDomain(auth);
}

void checkDmarc(DnsSource* dns, const DmarcRequest& request, const PublicSuffixList& psl,
                std::function<void(const DmarcEvaluation&)> done)
{
    auto run = std::make_shared<Run>();
    run->dns = dns;
    run->request = request;
    run->psl = psl;
    run->done = std::move(done);
    DmarcEvaluation& ev = run->ev;
    ev.fromDomain = cleanDomain(request.fromDomain);
    ev.pslSource = psl.source();
    if (ev.fromDomain.isEmpty() || !Dns::isValidQueryName(QByteArray("_dmarc." + ev.fromDomain))) {
        ev.result = DmarcResult::PermError;
        ev.code = "DMARC.EVAL_FROM_UNPARSABLE";
        ev.reason = tr("no usable RFC5322.From domain");
        QMetaObject::invokeMethod(QCoreApplication::instance(), [run]() { finish(run); }, Qt::QueuedConnection);
        return;
    }
    ev.organizationalDomain = psl.organizationalDomain(ev.fromDomain);
    discover(run, ev.fromDomain, false);
}

DmarcEvaluation checkDmarcBlocking(DnsSource* dns, const DmarcRequest& request, const PublicSuffixList& psl)
{
    QEventLoop loop;
    DmarcEvaluation result;
    bool finished = false;
    checkDmarc(dns, request, psl, [&](const DmarcEvaluation& ev) {
        result = ev;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

Findings DmarcEvaluation::findings() const
{
    Findings out;
    Finding f;
    f.code = code.isEmpty() ? "DMARC.EVAL_" + dmarcResultToken(result).toUpper() : code;
    switch (result) {
    case DmarcResult::Pass: f.severity = Severity::Pass; break;
    case DmarcResult::Fail: f.severity = disposition == "none" ? Severity::Warning : Severity::Error; break;
    case DmarcResult::PermError: f.severity = Severity::Error; break;
    default: f.severity = Severity::Warning; break;
    }
    f.title = QCoreApplication::translate("Deliverbench::Auth", "DMARC %1 for %2").arg(latin(dmarcResultToken(result)), latin(fromDomain));
    f.detail = reason;
    f.evidence = QString::fromUtf8(recordText);
    f.reference = QStringLiteral("RFC 7489 §6.6");
    out.append(f);
    for (const QString& w : record.warnings) {
        Finding n;
        n.code = "DMARC.EVAL_RECORD_WARNING";
        n.severity = Severity::Info;
        n.title = w;
        n.evidence = QString::fromUtf8(recordText);
        n.reference = QStringLiteral("RFC 7489 §6.3");
        out.append(n);
    }
    if (!dmarcbisNotes.isEmpty()) {
        Finding n;
        n.code = "DMARC.EVAL_DMARCBIS_DIFFERS";
        n.severity = Severity::Info;
        n.title = QCoreApplication::translate("Deliverbench::Auth", "DMARCbis would differ");
        n.detail = dmarcbisNotes.join(QLatin1Char('\n'));
        n.reference = QStringLiteral("draft-ietf-dmarc-dmarcbis");
        out.append(n);
    }
    return out;
}

QJsonObject DmarcEvaluation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("result"), latin(dmarcResultToken(result)));
    o.insert(QStringLiteral("fromDomain"), latin(fromDomain));
    o.insert(QStringLiteral("organizationalDomain"), latin(organizationalDomain));
    o.insert(QStringLiteral("policyDomain"), latin(policyDomain));
    o.insert(QStringLiteral("record"), QString::fromUtf8(recordText));
    o.insert(QStringLiteral("policy"), latin(dmarcPolicyToken(appliedPolicy)));
    o.insert(QStringLiteral("disposition"), latin(disposition));
    o.insert(QStringLiteral("code"), latin(code));
    o.insert(QStringLiteral("reason"), reason);
    QJsonObject align;
    align.insert(QStringLiteral("spf"), spfAligned ? QStringLiteral("pass") : QStringLiteral("fail"));
    align.insert(QStringLiteral("dkim"), dkimAligned ? QStringLiteral("pass") : QStringLiteral("fail"));
    align.insert(QStringLiteral("spfMode"), spfMode == DmarcAlignmentMode::Strict ? QStringLiteral("strict") : QStringLiteral("relaxed"));
    align.insert(QStringLiteral("dkimMode"), dkimMode == DmarcAlignmentMode::Strict ? QStringLiteral("strict") : QStringLiteral("relaxed"));
    QJsonArray rows;
    for (const DmarcAlignmentRow& r : alignment) {
        QJsonObject x;
        x.insert(QStringLiteral("method"), latin(r.method));
        x.insert(QStringLiteral("domain"), latin(r.domain));
        x.insert(QStringLiteral("result"), latin(r.result));
        x.insert(QStringLiteral("scope"), latin(r.scope));
        x.insert(QStringLiteral("aligned"), r.aligned);
        x.insert(QStringLiteral("counts"), r.counts);
        x.insert(QStringLiteral("why"), r.why);
        rows.append(x);
    }
    align.insert(QStringLiteral("rows"), rows);
    o.insert(QStringLiteral("alignment"), align);
    if (!dmarcbisNotes.isEmpty()) {
        QJsonObject bis;
        bis.insert(QStringLiteral("disposition"), latin(dmarcbisDisposition));
        bis.insert(QStringLiteral("notes"), QJsonArray::fromStringList(dmarcbisNotes));
        o.insert(QStringLiteral("dmarcbis"), bis);
    }
    return o;
}

} // namespace Deliverbench::Auth
