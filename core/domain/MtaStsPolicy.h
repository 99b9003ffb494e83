// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Deliverbench::Domain {

/** @short An MTA-STS policy file (RFC 8461 §3.2). */
struct MtaStsPolicy
{
    static constexpr qint64 kMaxBytes = 64 * 1024;
    static constexpr qint64 kMaxAge = 31557600; ///< RFC 8461 §3.2: at most one year

    QByteArray version;
    QByteArray mode;            ///< enforce, testing, none (lower case as published)
    qint64 maxAge = -1;         ///< -1 when missing or invalid
    QList<QByteArray> mx;       ///< patterns, lower case
    QList<QString> errors;      ///< translated: each makes the policy invalid

    static MtaStsPolicy parse(QByteArrayView body);
    bool isValid() const { return errors.isEmpty(); }
    /** @short Whether `host` matches one of the mx patterns (RFC 8461 §4.1: "*." matches one label). */
    bool matches(QByteArrayView host) const;
    static bool patternMatches(QByteArrayView pattern, QByteArrayView host);
};

/** @short A `_mta-sts` TXT record (RFC 8461 §3.1): "v=STSv1; id=…". */
struct MtaStsTxt
{
    QByteArray id;
    QList<QString> errors; ///< translated
    static bool isMtaSts(QByteArrayView txt);
    static MtaStsTxt parse(QByteArrayView txt);
};

/** @short A `_smtp._tls` TLS-RPT record (RFC 8460 §3). */
struct TlsRptRecord
{
    QList<QByteArray> rua;
    QList<QString> errors; ///< translated
    static bool isTlsRpt(QByteArrayView txt);
    static TlsRptRecord parse(QByteArrayView txt);
};

/** @short A BIMI assertion record (draft-brand-indicators-for-message-identification §4.2). */
struct BimiRecord
{
    QByteArray location;   ///< l=, may be empty (declination)
    QByteArray authority;  ///< a=, VMC URL, may be empty
    QList<QString> errors; ///< translated
    static bool isBimi(QByteArrayView txt);
    static BimiRecord parse(QByteArrayView txt);
};

/** @short Checks of a BIMI SVG against the SVG Tiny Portable/Secure basics (BIMI SVG profile). */
struct BimiSvgCheck
{
    static constexpr qint64 kMaxBytes = 32 * 1024; ///< BIMI group guidance: at most 32 KB

    bool wellFormed = false;
    bool tinyPs = false;        ///< root <svg baseProfile="tiny-ps" version="1.2">
    bool hasTitle = false;
    bool square = false;
    bool hasScript = false;
    QList<QString> externalRefs;   ///< href values that leave the document
    QList<QString> forbiddenElements;
    QString viewBox;
    QString error;                 ///< translated XML error

    static BimiSvgCheck check(QByteArrayView svg);
};

} // namespace Deliverbench::Domain
