// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Scorecard.h"

#include "auth/AuthUtil_p.h"
#include "auth/dkim/DkimResult.h"
#include "auth/dmarc/DmarcCheck.h"
#include "auth/spf/SpfCheck.h"
#include "message/Message.h"
#include "message/MessageLint.h"
#include "message/Received.h"

#include <QJsonArray>

// The bulk-sender requirements of the three big mailbox providers, as published:
//  - Google, "Email sender guidelines" (support.google.com/a/answer/81126, in force since
//    February 2024) and its FAQ (support.google.com/a/answer/14229414): all senders set up SPF or
//    DKIM, have valid forward and reverse DNS (PTR) for sending IPs, use TLS, format messages per
//    RFC 5322; bulk senders (5,000+ a day to Gmail) set up SPF and DKIM and DMARC (p=none is
//    enough) with the From domain aligned with the SPF or the DKIM domain, and marketing mail has
//    one-click unsubscribe (RFC 8058, since June 2024). "Set up DKIM" asks for a 1024-bit key at
//    least (2048 recommended).
//  - Yahoo, "Sender Best Practices" / "Sender Requirements" (senders.yahooinc.com/best-practices,
//    February 2024): SPF and DKIM, a DMARC policy (p=none at least) that passes (aligned), RFC 8058
//    one-click unsubscribe for bulk mail, valid forward and reverse DNS for sending IPs, RFC 5321 /
//    RFC 5322 compliance, DKIM keys of 1024 bits or more.
//  - Microsoft, "Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders"
//    (Microsoft Defender for Office 365 blog, 2 April 2025; enforced from 5 May 2025 for
//    outlook.com, hotmail.com, live.com): SPF pass, DKIM pass, DMARC at least p=none aligned with
//    SPF or DKIM (unsubscribe links and RFC compliance are recommended, not required).

namespace Deliverbench::Auth {

namespace {

using detail::latin;
using detail::tr;

const QStringList kAll = {QStringLiteral("Gmail"), QStringLiteral("Yahoo"), QStringLiteral("Microsoft")};
const QStringList kGmailYahoo = {QStringLiteral("Gmail"), QStringLiteral("Yahoo")};
const QStringList kGmail = {QStringLiteral("Gmail")};

ScorecardRow makeRow(const char* id, const QString& requirement, const QStringList& providers, const QString& reference)
{
    ScorecardRow r;
    r.id = id;
    r.requirement = requirement;
    r.providers = providers;
    r.reference = reference;
    return r;
}

/** The URIs of a List-Unsubscribe value: <...> items separated by commas (RFC 2369 §2). */
QList<QByteArray> listUris(const QByteArray& value)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < value.size() && out.size() < 32) {
        const qsizetype open = value.indexOf('<', i);
        if (open < 0)
            break;
        const qsizetype close = value.indexOf('>', open + 1);
        if (close < 0)
            break;
        out.append(value.mid(open + 1, close - open - 1).trimmed());
        i = close + 1;
    }
    return out;
}

bool containsCi(const QList<QByteArray>& names, QByteArrayView name)
{
    for (const QByteArray& n : names) {
        if (n.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString dkimList(const QList<DkimSignatureResult>& dkim)
{
    QStringList parts;
    for (const DkimSignatureResult& r : dkim)
        parts << QStringLiteral("d=%1 s=%2: %3").arg(latin(r.domain), latin(r.selector), latin(dkimResultToken(r.result)));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QByteArray scoreStatusToken(ScoreStatus status)
{
    switch (status) {
    case ScoreStatus::Pass: return "pass";
    case ScoreStatus::Fail: return "fail";
    case ScoreStatus::Unknown: break;
    }
    return "unknown";
}

QJsonObject ScorecardRow::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), latin(id));
    o.insert(QStringLiteral("requirement"), requirement);
    o.insert(QStringLiteral("providers"), QJsonArray::fromStringList(providers));
    o.insert(QStringLiteral("status"), latin(scoreStatusToken(status)));
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("reference"), reference);
    return o;
}

ScorecardMessageFacts scorecardFacts(const Mail::Message& message, qint64 receivedOffset)
{
    ScorecardMessageFacts f;
    const Mail::HeaderBlock& h = message.headers();
    for (const Mail::HeaderField* field : h.all("List-Unsubscribe"))
        f.listUnsubscribe.append(field->unfolded().left(8192));
    for (const Mail::HeaderField* field : h.all("List-Unsubscribe-Post"))
        f.listUnsubscribePost.append(field->unfolded().left(8192));
    if (receivedOffset >= 0) {
        for (const Mail::HeaderField& field : h.fields) {
            if (field.offset != receivedOffset)
                continue;
            const Mail::ReceivedField rf = Mail::parseReceived(field);
            f.receivingHopKnown = true;
            f.receivingHopTls = rf.usedTls;
            f.receivingHopWith = rf.with;
            f.receivingHopTlsDetails = rf.tls;
            f.receivingHopBy = rf.by;
            break;
        }
    }
    f.headersOnly = message.headersOnly;
    for (const Finding& finding : Mail::lintMessage(message)) {
        if (finding.severity == Severity::Error)
            f.lintErrors.append(finding);
    }
    return f;
}

const ScorecardRow* Scorecard::row(QByteArrayView id) const
{
    for (const ScorecardRow& r : rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

int Scorecard::count(ScoreStatus status) const
{
    int n = 0;
    for (const ScorecardRow& r : rows)
        n += r.status == status ? 1 : 0;
    return n;
}

Findings Scorecard::findings() const
{
    Findings out;
    QStringList unknown;
    for (const ScorecardRow& r : rows) {
        if (r.status == ScoreStatus::Unknown) {
            unknown << latin(r.id);
            continue;
        }
        if (r.status != ScoreStatus::Fail)
            continue;
        Finding f;
        f.code = "SCORECARD." + r.id.toUpper().replace('-', '_');
        f.severity = Severity::Warning;
        f.title = tr("Bulk-sender requirement not met: %1").arg(r.requirement);
        f.detail = tr("Required by %1.").arg(r.providers.join(QStringLiteral(", ")));
        f.evidence = r.evidence;
        f.reference = r.reference;
        out.append(f);
    }
    if (!unknown.isEmpty()) {
        Finding f;
        f.code = "SCORECARD.UNKNOWN";
        f.severity = Severity::Info;
        f.title = tr("Bulk-sender rows not decided: %1").arg(unknown.join(QStringLiteral(", ")));
        f.detail = tr("The message or DNS did not say enough (no connecting IP, no receiving hop, a DNS error).");
        out.append(f);
    }
    return out;
}

QJsonObject Scorecard::toJson() const
{
    QJsonObject o;
    QJsonArray a;
    for (const ScorecardRow& r : rows)
        a.append(r.toJson());
    o.insert(QStringLiteral("rows"), a);
    o.insert(QStringLiteral("pass"), count(ScoreStatus::Pass));
    o.insert(QStringLiteral("fail"), count(ScoreStatus::Fail));
    o.insert(QStringLiteral("unknown"), count(ScoreStatus::Unknown));
    return o;
}

Scorecard buildScorecard(const ScorecardMessageFacts& facts, const SpfEvaluation& spf, bool spfEvaluated,
                         const QList<DkimSignatureResult>& dkim, const DmarcEvaluation& dmarc, const ReverseDnsCheck& rdns)
{
    Scorecard card;

    // SPF pass (Gmail: all senders SPF or DKIM, bulk both; Yahoo; Microsoft).
    {
        ScorecardRow r = makeRow("spf-pass", tr("SPF passes for the sending IP"), kAll, QStringLiteral("RFC 7208; Gmail, Yahoo 2024; Microsoft 2025"));
        if (!spfEvaluated) {
            r.status = ScoreStatus::Unknown;
            r.evidence = spf.reason.isEmpty() ? tr("SPF was not evaluated (the connection is not known)") : spf.reason;
        } else {
            r.status = spf.result == SpfResult::Pass ? ScoreStatus::Pass
                       : spf.result == SpfResult::TempError ? ScoreStatus::Unknown
                                                             : ScoreStatus::Fail;
            r.evidence = tr("spf=%1 for %2 (%3) from %4").arg(latin(spfResultToken(spf.result)), QString::fromUtf8(spf.domain),
                                                              latin(spf.identity), spf.ip.toString());
        }
        card.rows.append(r);
    }
    // DKIM pass.
    {
        ScorecardRow r = makeRow("dkim-pass", tr("A DKIM signature verifies"), kAll, QStringLiteral("RFC 6376; Gmail, Yahoo 2024; Microsoft 2025"));
        bool pass = false, temp = false;
        for (const DkimSignatureResult& s : dkim) {
            pass = pass || s.result == DkimResult::Pass;
            temp = temp || s.result == DkimResult::TempError;
        }
        r.status = pass ? ScoreStatus::Pass : (temp ? ScoreStatus::Unknown : ScoreStatus::Fail);
        r.evidence = dkim.isEmpty() ? tr("no DKIM-Signature") : dkimList(dkim);
        card.rows.append(r);
    }
    // DMARC record present (p=none is enough).
    {
        ScorecardRow r = makeRow("dmarc-record", tr("The From domain publishes a DMARC record (p=none at least)"), kAll,
                                 QStringLiteral("RFC 7489 §6.1; Gmail, Yahoo 2024; Microsoft 2025"));
        if (!dmarc.recordText.isEmpty()) {
            r.status = ScoreStatus::Pass;
            r.evidence = tr("_dmarc.%1: %2").arg(QString::fromUtf8(dmarc.policyDomain), QString::fromUtf8(dmarc.recordText));
        } else if (dmarc.result == DmarcResult::TempError) {
            r.status = ScoreStatus::Unknown;
            r.evidence = tr("the DMARC lookup for %1 failed: %2").arg(QString::fromUtf8(dmarc.fromDomain), dmarc.reason);
        } else {
            r.status = ScoreStatus::Fail;
            r.evidence = dmarc.fromDomain.isEmpty() ? dmarc.reason : tr("no DMARC record for %1: %2").arg(QString::fromUtf8(dmarc.fromDomain), dmarc.reason);
        }
        card.rows.append(r);
    }
    // DMARC passes: the From domain aligns with a passing SPF or DKIM domain.
    {
        ScorecardRow r = makeRow("dmarc-aligned", tr("DMARC passes: the From domain aligns with a passing SPF or DKIM domain"), kAll,
                                 QStringLiteral("RFC 7489 §3.1, §4.2; Gmail, Yahoo 2024; Microsoft 2025"));
        if (dmarc.result == DmarcResult::Pass) {
            r.status = ScoreStatus::Pass;
            QStringList how;
            if (dmarc.dkimAligned)
                how << tr("DKIM aligned (%1)").arg(latin(dmarc.dkimMatch));
            if (dmarc.spfAligned)
                how << tr("SPF aligned (%1)").arg(latin(dmarc.spfMatch));
            r.evidence = tr("dmarc=pass for %1: %2").arg(QString::fromUtf8(dmarc.fromDomain), how.join(QStringLiteral(", ")));
        } else if (dmarc.result == DmarcResult::TempError) {
            r.status = ScoreStatus::Unknown;
            r.evidence = tr("the DMARC lookup for %1 failed: %2").arg(QString::fromUtf8(dmarc.fromDomain), dmarc.reason);
        } else {
            r.status = ScoreStatus::Fail;
            r.evidence = tr("dmarc=%1 for %2: %3").arg(latin(dmarcResultToken(dmarc.result)), QString::fromUtf8(dmarc.fromDomain), dmarc.reason);
        }
        card.rows.append(r);
    }
    // PTR and forward-confirmed reverse DNS of the sending IP (Gmail, Yahoo).
    {
        ScorecardRow ptr = makeRow("ptr", tr("The sending IP has a PTR record"), kGmailYahoo, QStringLiteral("RFC 1912 §2.1; Gmail, Yahoo 2024"));
        ScorecardRow fc = makeRow("fcrdns", tr("The PTR name resolves back to the sending IP (forward-confirmed reverse DNS)"), kGmailYahoo,
                                  QStringLiteral("RFC 8601 §3 (iprev); Gmail, Yahoo 2024"));
        const QString queries = rdns.queries.join(QLatin1Char('\n'));
        if (!rdns.looked) {
            ptr.status = fc.status = ScoreStatus::Unknown;
            ptr.evidence = fc.evidence = tr("the sending IP is not known");
        } else {
            if (!rdns.ptrNames.isEmpty()) {
                ptr.status = ScoreStatus::Pass;
            } else {
                ptr.status = rdns.temporaryError ? ScoreStatus::Unknown : ScoreStatus::Fail;
            }
            QStringList names;
            for (const QByteArray& n : rdns.ptrNames)
                names << latin(n);
            ptr.evidence = !names.isEmpty() ? tr("PTR of %1: %2").arg(rdns.ip.toString(), names.join(QStringLiteral(", ")))
                                            : tr("no PTR for %1 (%2)").arg(rdns.ip.toString(),
                                                                          rdns.temporaryError ? tr("the lookup failed")
                                                                                              : latin(rdns.ptrOutcome));
            if (!queries.isEmpty())
                ptr.evidence += QLatin1Char('\n') + queries;
            if (!rdns.confirmedName.isEmpty())
                fc.status = ScoreStatus::Pass;
            else if (rdns.temporaryError)
                fc.status = ScoreStatus::Unknown;
            else
                fc.status = ScoreStatus::Fail;
            fc.evidence = rdns.confirmedName.isEmpty() ? tr("no PTR name of %1 resolves back to it").arg(rdns.ip.toString())
                                                       : tr("%1 → %2 → %1").arg(rdns.ip.toString(), latin(rdns.confirmedName));
        }
        card.rows.append(ptr);
        card.rows.append(fc);
    }
    // TLS on the receiving hop (Gmail: "use a TLS connection for transmitting email").
    {
        ScorecardRow r = makeRow("tls", tr("The message arrived over TLS"), kGmail, QStringLiteral("RFC 3207, RFC 3848; Gmail 2024"));
        if (!facts.receivingHopKnown) {
            r.status = ScoreStatus::Unknown;
            r.evidence = tr("the receiving hop is not known");
        } else {
            r.status = facts.receivingHopTls ? ScoreStatus::Pass : ScoreStatus::Fail;
            r.evidence = tr("Received by %1 with %2").arg(QString::fromUtf8(facts.receivingHopBy), QString::fromUtf8(facts.receivingHopWith));
            if (!facts.receivingHopTlsDetails.isEmpty())
                r.evidence += QStringLiteral(" (") + QString::fromUtf8(facts.receivingHopTlsDetails) + QLatin1Char(')');
        }
        card.rows.append(r);
    }
    // RFC 8058 one-click unsubscribe (Gmail and Yahoo, bulk marketing mail).
    {
        ScorecardRow r = makeRow("one-click-unsubscribe",
                                 tr("One-click unsubscribe: an https List-Unsubscribe URI, List-Unsubscribe-Post: List-Unsubscribe=One-Click, both signed by a passing DKIM signature"),
                                 kGmailYahoo, QStringLiteral("RFC 8058 §3.1, §4; Gmail, Yahoo 2024"));
        QStringList problems;
        QByteArray https;
        for (const QByteArray& v : facts.listUnsubscribe) {
            for (const QByteArray& uri : listUris(v)) {
                if (https.isEmpty() && uri.left(8).compare("https://", Qt::CaseInsensitive) == 0)
                    https = uri;
            }
        }
        if (facts.listUnsubscribe.isEmpty())
            problems << tr("no List-Unsubscribe field");
        else if (https.isEmpty())
            problems << tr("List-Unsubscribe has no https URI");
        if (facts.listUnsubscribePost.isEmpty())
            problems << tr("no List-Unsubscribe-Post field");
        else if (facts.listUnsubscribePost.size() > 1)
            problems << tr("%1 List-Unsubscribe-Post fields (one expected)").arg(facts.listUnsubscribePost.size());
        else if (facts.listUnsubscribePost.first().trimmed() != "List-Unsubscribe=One-Click")
            problems << tr("List-Unsubscribe-Post is \"%1\", not exactly \"List-Unsubscribe=One-Click\"")
                            .arg(QString::fromUtf8(facts.listUnsubscribePost.first()));
        const DkimSignatureResult* covering = nullptr;
        for (const DkimSignatureResult& s : dkim) {
            if (s.result == DkimResult::Pass && containsCi(s.signedHeaders, "List-Unsubscribe")
                && containsCi(s.signedHeaders, "List-Unsubscribe-Post")) {
                covering = &s;
                break;
            }
        }
        if (!covering && !facts.listUnsubscribe.isEmpty())
            problems << tr("no passing DKIM signature covers both List-Unsubscribe and List-Unsubscribe-Post in h=");
        r.status = problems.isEmpty() ? ScoreStatus::Pass : ScoreStatus::Fail;
        r.evidence = problems.isEmpty() ? tr("%1; signed by d=%2 s=%3").arg(QString::fromUtf8(https), latin(covering->domain), latin(covering->selector))
                                        : problems.join(QStringLiteral("; "));
        card.rows.append(r);
    }
    // DKIM key of 1024 bits or more (RFC 8301 §3.2; Gmail, Yahoo).
    {
        ScorecardRow r = makeRow("dkim-key-size", tr("The DKIM key has 1024 bits or more"), kGmailYahoo, QStringLiteral("RFC 8301 §3.2; Gmail, Yahoo 2024"));
        // The size of the key found in DNS counts, whatever the signature's verdict (the
        // dkim-pass row judges that); a passing signature's key is preferred as evidence.
        const DkimSignatureResult* good = nullptr;
        const DkimSignatureResult* small = nullptr;
        for (const DkimSignatureResult& s : dkim) {
            if (s.keyBits <= 0)
                continue;
            const bool ed = s.algorithm.startsWith("ed25519");
            if (ed || s.keyBits >= 1024) {
                if (!good || (good->result != DkimResult::Pass && s.result == DkimResult::Pass))
                    good = &s;
            } else if (!small) {
                small = &s;
            }
        }
        if (good) {
            r.status = ScoreStatus::Pass;
            r.evidence = tr("%1: %2-bit %3 key").arg(latin(good->keyName)).arg(good->keyBits).arg(latin(good->algorithm));
        } else if (small) {
            r.status = ScoreStatus::Fail;
            r.evidence = tr("%1: %2-bit key").arg(latin(small->keyName)).arg(small->keyBits);
        } else if (dkim.isEmpty()) {
            r.status = ScoreStatus::Fail;
            r.evidence = tr("no DKIM-Signature");
        } else {
            r.status = ScoreStatus::Unknown;
            r.evidence = tr("no DKIM key was retrieved: %1").arg(dkimList(dkim));
        }
        card.rows.append(r);
    }
    // RFC 5322 conformity (Gmail, Yahoo): error-level structure findings.
    {
        ScorecardRow r = makeRow("rfc5322", tr("The message conforms to RFC 5322"), kGmailYahoo, QStringLiteral("RFC 5322; Gmail, Yahoo 2024"));
        if (facts.lintErrors.isEmpty()) {
            r.status = ScoreStatus::Pass;
            r.evidence = tr("no structure errors");
        } else {
            r.status = ScoreStatus::Fail;
            QStringList codes;
            for (const Finding& f : facts.lintErrors)
                codes << latin(f.code) + QStringLiteral(": ") + f.title;
            r.evidence = codes.join(QLatin1Char('\n'));
        }
        card.rows.append(r);
    }
    return card;
}

} // namespace Deliverbench::Auth
