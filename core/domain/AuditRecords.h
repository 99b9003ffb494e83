// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the domain audit needs on top of core/auth's record parsers (one parser per record type:
// SPF auth/spf/SpfSyntax, DMARC auth/dmarc/DmarcRecord, DKIM keys auth/dkim/DkimKeyRecord, the
// PSL auth/dmarc/PublicSuffixList, tag-lists auth/dkim/DkimTagList): how their results read as
// audit findings.

#include "auth/dkim/DkimKeyRecord.h"
#include "auth/dmarc/DmarcRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Deliverbench::Domain {

/** @short Shortens untrusted bytes for display: at most `max` bytes, control characters escaped. */
QString displayBytes(QByteArrayView bytes, int max = 300);

/** @short True for a host name: LDH labels (and "_") of 1..63 octets, at least two labels, ≤ 253 octets (RFC 1123 §2.1). */
bool isHostName(QByteArrayView name);

/** @short The organizational domain (RFC 7489 §3.2) from the system's Public Suffix List (loaded once). */
QByteArray organizationalDomain(QByteArrayView domain);
/** @short Which PSL data is in use (translated, for reports). */
QString publicSuffixListSource();

/** @short One problem of a DMARC record; `fatal` when the record cannot be used as published. */
struct DmarcIssue
{
    QByteArray tag;     ///< the tag concerned, empty when not known
    QString message;    ///< translated
    bool fatal = false;
};

/**
 * @short The problems of a parsed DMARC record as the audit reports them: an unusable record
 * gives one fatal issue (RFC 7489 §6.6.3); a usable one lists the ignored values, a missing p=
 * replaced by p=none (§6.3: p is REQUIRED; §6.6.3 step 6) and repeated tags.
 */
QList<DmarcIssue> dmarcIssues(const Auth::DmarcRecord& record);
/** @short The policy in force: "none", "quarantine", "reject"; empty when the record is unusable. */
QByteArray dmarcEffectivePolicy(const Auth::DmarcRecord& record);
/** @short sp= as written (empty when absent or the record is unusable). */
QByteArray dmarcSubdomainPolicy(const Auth::DmarcRecord& record);
/** @short Tags present that DMARCbis removes: pct, rf, ri (draft-ietf-dmarc-dmarcbis §4.7). */
QList<QByteArray> dmarcDeprecatedTags(const Auth::DmarcRecord& record);
/** @short The domains of the usable mailto: destinations (RFC 7489 §6.2, §7.1), lower case, in order. */
QList<QByteArray> dmarcReportDomains(const QList<Auth::DmarcReportUri>& uris);

/** @short A DKIM key record as the audit sees it: parsed (RFC 6376 §3.6.1) and its key decoded. */
struct DkimKeyCheck
{
    Auth::DkimKeyRecord record;     ///< valid when `problem.code` is empty
    Auth::DkimProblem problem;      ///< the parse error (DKIM.KEY_SYNTAX, DKIM.KEY_TYPE_UNKNOWN), empty code when none
    Auth::DkimPublicKeyInfo key;    ///< what p= holds
    QByteArray declaredType;        ///< k= as written (lower case), "rsa" when absent

    bool parsed() const { return problem.code.isEmpty(); }
    /** @short Translated: the parse error, else why p= does not decode; empty for a usable or revoked key. */
    QString syntaxError() const;
};

DkimKeyCheck checkDkimKey(QByteArrayView text);

} // namespace Deliverbench::Domain
