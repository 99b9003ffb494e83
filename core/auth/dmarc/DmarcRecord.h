// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Auth {

/** @short Requested handling of failing mail (RFC 7489 §6.3 p=, sp=; RFC 9091 / DMARCbis np=). */
enum class DmarcPolicy { None, Quarantine, Reject };
/** @short Identifier alignment mode (RFC 7489 §3.1, adkim=/aspf=). */
enum class DmarcAlignmentMode { Relaxed, Strict };

/** @short "none", "quarantine", "reject". */
QByteArray dmarcPolicyToken(DmarcPolicy policy);

/** @short How a record parsed (the statuses follow OpenDMARC's DMARC_PARSE_* names). */
enum class DmarcParseStatus {
    Ok,
    OkWithWarning,  ///< usable; a tag had a bad or empty value and its default was kept (RFC 7489 §6.3)
    Empty,
    BadVersion,     ///< not starting with v=DMARC1
    BadValue,       ///< a known tag has an invalid value (p=, sp=, adkim=, aspf=, pct=, rf=, ri=, fo=, np=)
    NoRequiredP,    ///< no p= and no valid rua= (RFC 7489 §6.6.3: otherwise p=none is implied)
};

/** @short "ok", "ok_with_warning", "error_empty", "error_bad_version", "error_bad_value", "error_no_required_p". */
QByteArray dmarcParseStatusToken(DmarcParseStatus status);

/** @short One rua=/ruf= destination (RFC 7489 §6.2): URI and optional size limit ("!10m"). */
struct DmarcReportUri
{
    QByteArray uri;             ///< as written, without the size suffix
    QByteArray maxSize;         ///< "10m", empty when none
    bool mailto = false;        ///< the only scheme RFC 7489 §7.1 makes receivers support
    QByteArray mailtoDomain;    ///< domain of a mailto: address (lower case)
};

/** @short A parsed DMARC policy record (RFC 7489 §6.3). Defaults are filled in for absent tags. */
struct DmarcRecord
{
    DmarcParseStatus status = DmarcParseStatus::Empty;
    QString error;                      ///< translated, for an error status
    QStringList warnings;               ///< translated: ignored values, unsupported URIs, …

    bool hasP = false;                  ///< p= present and valid
    bool impliedP = false;              ///< no valid p= but a valid rua=: p=none (RFC 7489 §6.6.3)
    DmarcPolicy p = DmarcPolicy::None;
    bool hasSp = false;
    DmarcPolicy sp = DmarcPolicy::None; ///< = p when absent
    bool hasNp = false;                 ///< np= (RFC 9091 / DMARCbis; not in RFC 7489)
    DmarcPolicy np = DmarcPolicy::None;
    DmarcAlignmentMode adkim = DmarcAlignmentMode::Relaxed;
    DmarcAlignmentMode aspf = DmarcAlignmentMode::Relaxed;
    bool hasPct = false;
    int pct = 100;
    QByteArray fo = "0";
    QList<DmarcReportUri> rua;
    QList<DmarcReportUri> ruf;
    quint32 ri = 86400;
    QList<QByteArray> rf = {"afrf"};
    QByteArray psd;                     ///< DMARCbis psd= (y/n/u), empty when absent
    QByteArray t;                       ///< DMARCbis t= (y/n), empty when absent
    QList<QByteArray> unknownTags;      ///< ignored (RFC 7489 §6.3)
    QList<QByteArray> tagNames;         ///< every tag name read, lower case, in written order, repeats kept

    /**
     * @short True when the record gives a policy: a valid p= or an implied p=none. Other bad
     * values are then replaced by their defaults (RFC 7489 §6.3) and listed in `warnings`.
     */
    bool isUsable() const { return hasP || impliedP; }
};

/** @short True when a TXT record is a DMARC record candidate: starts with "v=DMARC1" (RFC 7489 §6.6.3 step 3). */
bool isDmarcRecord(QByteArrayView text);

/**
 * @short Parses a DMARC record (RFC 7489 §6.3, §6.4 ABNF). Tolerates "\;" (zone-file escaping,
 * as Mail::DMARC does). Input is bounded to 64 KiB and 100 tags.
 */
DmarcRecord parseDmarcRecord(QByteArrayView text);

} // namespace Deliverbench::Auth
