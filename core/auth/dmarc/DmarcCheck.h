// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dmarc/DmarcRecord.h"
#include "auth/dmarc/PublicSuffixList.h"
#include "common/Finding.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Auth {

class DnsSource;
struct DkimSignatureResult;

/** @short The RFC5322.From domain (RFC 7489 §6.6.1) or why there is none. */
struct FromDomainResult
{
    QByteArray domain;          ///< lower case; empty on error
    QByteArray code;            ///< DMARC.EVAL_NO_FROM, DMARC.EVAL_MULTIPLE_FROM, DMARC.EVAL_MULTIPLE_FROM_ADDRESSES, DMARC.EVAL_FROM_UNPARSABLE
    QString error;              ///< translated
    qint64 offset = -1;         ///< the From field in the raw message
    bool ok() const { return !domain.isEmpty(); }
};

/** @short Extracts the author domain: exactly one From field with exactly one mailbox (RFC 7489 §6.6.1). */
FromDomainResult extractFromDomain(const Mail::Message& message);
/** @short The same from a raw From field value (unfolded or not). */
FromDomainResult fromDomainOfValue(QByteArrayView value);

/** @short One authenticated identifier DMARC may align with: a DKIM d= or an SPF domain. */
struct DmarcAuthInput
{
    QByteArray domain;          ///< d= for DKIM; MAIL FROM (or HELO) domain for SPF
    QByteArray result;          ///< "pass", "fail", … (RFC 8601 tokens); only "pass" counts
    QByteArray scope;           ///< SPF: "mfrom" or "helo" (only mfrom counts, RFC 7489 §4.1); DKIM: selector, for display
};

/** @short DKIM verdicts as DMARC inputs (d= and result). */
QList<DmarcAuthInput> dmarcInputsFromDkim(const QList<DkimSignatureResult>& results);

/** @short What to evaluate. */
struct DmarcRequest
{
    QByteArray fromDomain;                  ///< RFC5322.From domain (extractFromDomain())
    QList<DmarcAuthInput> dkim;
    QList<DmarcAuthInput> spf;
    std::optional<int> pctRoll;             ///< 0..99: the receiver's draw for pct= sampling; empty = "sampled"
    bool checkExternalReports = true;       ///< verify third-party rua/ruf destinations (RFC 7489 §7.1)
};

/** @short The DMARC result (RFC 7489 §4.2, RFC 8601 §2.7.3 tokens). */
enum class DmarcResult { None, Pass, Fail, TempError, PermError };
/** @short "none", "pass", "fail", "temperror", "permerror". */
QByteArray dmarcResultToken(DmarcResult result);

/** @short One row of the alignment table. */
struct DmarcAlignmentRow
{
    QByteArray method;          ///< "dkim" or "spf"
    QByteArray domain;
    QByteArray result;
    QByteArray scope;
    bool aligned = false;       ///< identifiers align under the mode (independently of the result)
    bool counts = false;        ///< aligned and pass (and mfrom for SPF)
    QString why;                ///< translated
};

/** @short The outcome of a DMARC evaluation with its evidence. */
struct DmarcEvaluation
{
    DmarcResult result = DmarcResult::None;
    QByteArray fromDomain;
    QByteArray organizationalDomain;
    QByteArray policyDomain;            ///< where the record was found (from or org domain)
    QByteArray recordText;
    DmarcRecord record;
    bool recordFromOrgDomain = false;
    DmarcPolicy appliedPolicy = DmarcPolicy::None;  ///< p=, or sp= for a subdomain (RFC 7489 §6.6.3)
    QByteArray disposition = "none";    ///< "none", "quarantine", "reject" for this message
    bool sampledOut = false;            ///< pct= excluded it: the next-lower policy applies (RFC 7489 §6.6.4)
    DmarcAlignmentMode dkimMode = DmarcAlignmentMode::Relaxed;
    DmarcAlignmentMode spfMode = DmarcAlignmentMode::Relaxed;
    bool dkimAligned = false;           ///< an aligned DKIM pass exists
    bool spfAligned = false;            ///< an aligned SPF (mfrom) pass exists
    QByteArray dkimMatch;               ///< how the best aligned DKIM pass matched: "strict" (identical) or "relaxed" (same org domain); empty if none
    QByteArray spfMatch;                ///< the same for SPF (Mail::DMARC's "align mode" of the result)
    QList<DmarcAlignmentRow> alignment;
    QList<DmarcReportUri> ruaKept;      ///< rua after external-destination verification (RFC 7489 §7.1)
    QList<DmarcReportUri> rufKept;
    QByteArray code;                    ///< finding code of the outcome
    QString reason;                     ///< translated
    QStringList queries;                ///< "name TYPE -> answer" lines, in order
    QString pslSource;
    /** @short What DMARCbis (draft-ietf-dmarc-dmarcbis) would say where it differs (translated notes). */
    QStringList dmarcbisNotes;
    QByteArray dmarcbisDisposition;     ///< the disposition under DMARCbis (np=, no pct)

    Findings findings() const;
    /** @short {"result", "policy", "disposition", "alignment": {"spf", "dkim"}, …} (DESIGN.md auth shape). */
    QJsonObject toJson() const;
};

/** @short True when `authDomain` aligns with `fromDomain` under `mode` (RFC 7489 §3.1.1, §3.1.2). */
bool domainsAlign(QByteArrayView fromDomain, QByteArrayView authDomain, DmarcAlignmentMode mode, const PublicSuffixList& psl);

/**
 * @short DMARC evaluation (RFC 7489 §6.6): policy discovery at _dmarc.<from> with the
 * organizational-domain fallback, alignment, disposition. Asynchronous: `done` runs once, from the
 * event loop.
 */
void checkDmarc(DnsSource* dns, const DmarcRequest& request, const PublicSuffixList& psl,
                std::function<void(const DmarcEvaluation&)> done);

/** @short checkDmarc() in a local event loop (CLI, tests). */
DmarcEvaluation checkDmarcBlocking(DnsSource* dns, const DmarcRequest& request, const PublicSuffixList& psl);

} // namespace Deliverbench::Auth
