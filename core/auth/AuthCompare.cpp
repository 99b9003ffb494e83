// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AuthCompare.h"

#include "auth/AuthUtil_p.h"
#include "auth/dkim/DkimResult.h"
#include "auth/dmarc/DmarcCheck.h"
#include "auth/spf/SpfCheck.h"
#include "message/AuthResults.h"
#include "message/Message.h"

#include <QJsonArray>

namespace Deliverbench::Auth {

namespace {

using detail::latin;
using detail::tr;

constexpr int kMaxAuthResultsFields = 64;

QByteArray domainPart(const QByteArray& v)
{
    const qsizetype at = v.lastIndexOf('@');
    return (at >= 0 ? v.mid(at + 1) : v).toLower();
}

QString said(const StampedAuthResults& s, const Mail::AuthResultEntry& e, const QByteArray& identifierLabel, const QByteArray& identifier)
{
    if (identifier.isEmpty())
        return tr("%1 said %2=%3").arg(QString::fromUtf8(s.authservId), latin(e.method), latin(e.result));
    return tr("%1 said %2=%3 for %4=%5")
        .arg(QString::fromUtf8(s.authservId), latin(e.method), latin(e.result), latin(identifierLabel), QString::fromUtf8(identifier));
}

/** Why a DKIM verdict differs now, from our reason code. */
QString dkimWhy(const DkimSignatureResult& ours)
{
    if (ours.reason == "DKIM.BODY_HASH_MISMATCH" || ours.reason == "DKIM.BODY_TOO_SHORT") {
        QString why = tr("the body changed after that hop");
        if (ours.diagnosis && !ours.diagnosis->pattern.isEmpty())
            why += QStringLiteral(" (") + ours.diagnosis->explanation + QLatin1Char(')');
        return why;
    }
    if (ours.reason == "DKIM.SIGNATURE_INVALID")
        return tr("a signed header field changed after that hop");
    if (ours.reason.startsWith("DKIM.KEY_"))
        return tr("the key record is different or unavailable now (%1)").arg(ours.explanation);
    if (ours.reason == "DKIM.EXPIRED")
        return tr("the signature has expired since (x=)");
    return ours.explanation;
}

} // namespace

QByteArray agreementToken(AuthResultsComparison::Agreement agreement)
{
    switch (agreement) {
    case AuthResultsComparison::Agreement::Agree: return "agree";
    case AuthResultsComparison::Agreement::Disagree: return "disagree";
    case AuthResultsComparison::Agreement::NotCompared: break;
    }
    return "not-compared";
}

QJsonObject AuthResultsComparison::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("header"), headerIndex);
    o.insert(QStringLiteral("authservId"), QString::fromUtf8(authservId));
    o.insert(QStringLiteral("trusted"), trusted);
    o.insert(QStringLiteral("method"), latin(method));
    o.insert(QStringLiteral("identifier"), QString::fromUtf8(identifier));
    if (!selector.isEmpty())
        o.insert(QStringLiteral("selector"), QString::fromUtf8(selector));
    o.insert(QStringLiteral("stamped"), latin(stamped));
    o.insert(QStringLiteral("ours"), latin(ours));
    o.insert(QStringLiteral("agreement"), latin(agreementToken(agreement)));
    o.insert(QStringLiteral("explanation"), explanation);
    return o;
}

QList<StampedAuthResults> readAuthResults(const Mail::Message& message)
{
    QList<StampedAuthResults> out;
    const auto fields = message.headers().all("Authentication-Results");
    for (const Mail::HeaderField* f : fields) {
        if (out.size() >= kMaxAuthResultsFields)
            break;
        StampedAuthResults s;
        s.index = int(out.size());
        s.offset = f->offset;
        s.length = f->length;
        s.rawValue = f->unfolded();
        const Mail::AuthenticationResults parsed = Mail::parseAuthenticationResults(s.rawValue, Mail::AuthResultsMode::Lenient);
        s.authservId = parsed.authservId.toLower();
        s.valid = parsed.valid && !s.authservId.isEmpty();
        out.append(s);
    }
    return out;
}

AuthservTrust pickTrustedAuthservIds(QList<StampedAuthResults>& stamped, const QList<QByteArray>& given)
{
    AuthservTrust t;
    for (const StampedAuthResults& s : stamped) {
        if (!s.authservId.isEmpty() && !t.seen.contains(s.authservId))
            t.seen.append(s.authservId);
    }
    for (const QByteArray& id : given) {
        const QByteArray lower = id.trimmed().toLower();
        if (!lower.isEmpty() && !t.trusted.contains(lower))
            t.trusted.append(lower);
    }
    if (t.trusted.isEmpty() && !t.seen.isEmpty()) {
        // RFC 8601 §5: believe only the final receiver's own results, i.e. the topmost field.
        t.trusted.append(stamped.first().authservId.isEmpty() ? t.seen.first() : stamped.first().authservId);
        t.defaulted = true;
    }
    for (StampedAuthResults& s : stamped)
        s.trusted = !s.authservId.isEmpty() && t.trusted.contains(s.authservId);
    return t;
}

QList<AuthResultsComparison> compareAuthResults(const QList<StampedAuthResults>& stamped, const SpfEvaluation& spf,
                                                const QList<DkimSignatureResult>& dkim, const DmarcEvaluation& dmarc,
                                                bool spfEvaluated)
{
    QList<AuthResultsComparison> out;
    for (const StampedAuthResults& s : stamped) {
        if (!s.valid)
            continue;
        const Mail::AuthenticationResults parsed = Mail::parseAuthenticationResults(s.rawValue, Mail::AuthResultsMode::Lenient);
        for (const Mail::AuthResultEntry& e : parsed.results) {
            if (out.size() >= 512)
                return out;
            AuthResultsComparison c;
            c.headerIndex = s.index;
            c.offset = s.offset;
            c.authservId = s.authservId;
            c.trusted = s.trusted;
            c.method = e.method;
            c.stamped = e.result;
            if (e.method == "spf") {
                QByteArray label = "smtp.mailfrom";
                c.identifier = e.property("smtp", "mailfrom");
                if (c.identifier.isEmpty()) {
                    label = "smtp.helo";
                    c.identifier = e.property("smtp", "helo");
                }
                const QString head = said(s, e, label, c.identifier);
                if (!spfEvaluated) {
                    c.explanation = tr("%1; we could not evaluate SPF (the connection is not known)").arg(head);
                } else if (!c.identifier.isEmpty() && domainPart(c.identifier) != spf.domain.toLower()) {
                    c.explanation = tr("%1; we checked a different identity (%2), so the results are not comparable")
                                        .arg(head, QString::fromUtf8(spf.domain));
                } else {
                    c.ours = spfResultToken(spf.result);
                    c.agreement = c.ours == c.stamped ? AuthResultsComparison::Agreement::Agree : AuthResultsComparison::Agreement::Disagree;
                    if (c.agreement == AuthResultsComparison::Agreement::Agree)
                        c.explanation = tr("%1; we agree").arg(head);
                    else
                        c.explanation = tr("%1; we get spf=%2 for %3 from %4: SPF depends on the connecting IP, and that receiver saw the connection from its own previous hop")
                                            .arg(head, latin(c.ours), QString::fromUtf8(spf.domain), spf.ip.toString());
                }
            } else if (e.method == "dkim") {
                c.identifier = e.property("header", "d").toLower();
                if (c.identifier.isEmpty())
                    c.identifier = domainPart(e.property("header", "i"));
                c.selector = e.property("header", "s");
                const QByteArray bPrefix = e.property("header", "b");
                const QString head = said(s, e, "d", c.identifier);
                const DkimSignatureResult* match = nullptr;
                for (const DkimSignatureResult& r : dkim) {
                    if (r.domain.toLower() != c.identifier)
                        continue;
                    if (!c.selector.isEmpty() && r.selector != c.selector)
                        continue;
                    if (bPrefix.size() >= 8) {
                        QByteArray compact = r.rawValue;
                        compact.replace(' ', "").replace('\t', "").replace('\r', "").replace('\n', "");
                        if (!compact.startsWith(QByteArray("b=" + bPrefix)) && !compact.contains(QByteArray(";b=" + bPrefix)))
                            continue;
                    }
                    match = &r;
                    if (r.result == DkimResult::Pass)
                        break;
                }
                if (c.identifier.isEmpty()) {
                    c.explanation = tr("%1 without naming the domain; not compared").arg(head);
                } else if (!match) {
                    c.explanation = tr("%1; the message has no such DKIM-Signature now (removed after that hop?)").arg(head);
                } else {
                    c.ours = dkimResultToken(match->result);
                    c.agreement = c.ours == c.stamped ? AuthResultsComparison::Agreement::Agree : AuthResultsComparison::Agreement::Disagree;
                    if (c.agreement == AuthResultsComparison::Agreement::Agree)
                        c.explanation = tr("%1; we agree").arg(head);
                    else if (c.stamped == "pass")
                        c.explanation = tr("%1; it fails now: %2").arg(head, dkimWhy(*match));
                    else
                        c.explanation = tr("%1; we get dkim=%2 (%3)").arg(head, latin(c.ours), match->explanation);
                }
            } else if (e.method == "dmarc") {
                c.identifier = e.property("header", "from").toLower();
                const QString head = said(s, e, "header.from", c.identifier);
                if (!c.identifier.isEmpty() && c.identifier != dmarc.fromDomain.toLower()) {
                    c.explanation = tr("%1; our From domain is %2, not comparable").arg(head, QString::fromUtf8(dmarc.fromDomain));
                } else {
                    c.ours = dmarcResultToken(dmarc.result);
                    c.agreement = c.ours == c.stamped ? AuthResultsComparison::Agreement::Agree : AuthResultsComparison::Agreement::Disagree;
                    if (c.agreement == AuthResultsComparison::Agreement::Agree)
                        c.explanation = tr("%1; we agree").arg(head);
                    else
                        c.explanation = tr("%1; we get dmarc=%2: %3").arg(head, latin(c.ours), dmarc.reason);
                }
            } else {
                c.explanation = tr("%1; this method is not compared").arg(said(s, e, QByteArray(), QByteArray()));
            }
            out.append(c);
        }
    }
    return out;
}

Findings authCompareFindings(const QList<AuthResultsComparison>& comparisons)
{
    Findings out;
    int trustedCompared = 0;
    int trustedDisagree = 0;
    for (const AuthResultsComparison& c : comparisons) {
        if (c.agreement == AuthResultsComparison::Agreement::NotCompared)
            continue;
        if (c.trusted)
            ++trustedCompared;
        if (c.agreement != AuthResultsComparison::Agreement::Disagree)
            continue;
        Finding f;
        f.code = c.trusted ? "AUTH.AR_DISAGREE" : "AUTH.AR_UNTRUSTED_DISAGREE";
        f.severity = c.trusted ? Severity::Warning : Severity::Info;
        f.title = tr("%1 stamped %2=%3; we get %4").arg(QString::fromUtf8(c.authservId), latin(c.method), latin(c.stamped), latin(c.ours));
        f.detail = c.explanation;
        f.reference = QStringLiteral("RFC 8601 §5, §7");
        f.offset = c.offset;
        if (c.trusted) {
            ++trustedDisagree;
            f.remedy = tr("Trust the receiver's verdict for what happened at delivery; the difference shows what changed since.");
        }
        out.append(f);
    }
    if (trustedCompared > 0 && trustedDisagree == 0) {
        Finding f;
        f.code = "AUTH.AR_AGREE";
        f.severity = Severity::Pass;
        f.title = QCoreApplication::translate("Deliverbench::Auth", "Our verdicts agree with the trusted Authentication-Results (%n result(s) compared)", nullptr, trustedCompared);
        f.reference = QStringLiteral("RFC 8601 §5");
        out.append(f);
    }
    return out;
}

} // namespace Deliverbench::Auth
