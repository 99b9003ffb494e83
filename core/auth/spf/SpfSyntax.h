// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Deliverbench::Auth {

/** @short Qualifier of a mechanism (RFC 7208 §4.6.2). */
enum class SpfQualifier { Pass, Fail, SoftFail, Neutral };

/** @short Mechanism kind (RFC 7208 §5). */
enum class SpfMechanism { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

/** @short One term of an SPF record (RFC 7208 §4.6.1, §12 ABNF). */
struct SpfTerm
{
    bool isModifier = false;
    QByteArray text;                    ///< the term as written
    // mechanism
    SpfQualifier qualifier = SpfQualifier::Pass;
    SpfMechanism mechanism = SpfMechanism::All;
    QByteArray domainSpec;              ///< macro-string, unexpanded; empty = <domain>
    int cidr4 = 32;                     ///< a, mx, ip4
    int cidr6 = 128;                    ///< a, mx, ip6
    QHostAddress network;               ///< ip4, ip6
    // modifier
    QByteArray name;                    ///< lower case
    QByteArray value;                   ///< macro-string
};

/** @short A parsed SPF record (RFC 7208 §4.6); `error` is set for a syntax error (-> permerror). */
struct SpfRecordSyntax
{
    QList<SpfTerm> terms;               ///< mechanisms and unknown modifiers, in order (not redirect/exp)
    bool hasRedirect = false;
    QByteArray redirect;                ///< domain-spec
    bool hasExp = false;
    QByteArray exp;                     ///< domain-spec
    QString error;                      ///< translated, empty when the record parsed
    QByteArray errorTerm;               ///< the term in error

    bool isValid() const { return error.isEmpty(); }
};

/**
 * @short One term as written, parsed on its own so that a bad term does not hide the others
 * (audits and editors list every term; evaluation uses parseSpfRecord, RFC 7208 §4.6).
 */
struct SpfTermSyntax
{
    enum class Kind { Mechanism, Redirect, Exp, Modifier, Unknown };
    Kind kind = Kind::Unknown;          ///< Unknown: neither a known mechanism nor a modifier
    SpfTerm term;                       ///< redirect=/exp= too: isModifier, name and value set
    QString error;                      ///< translated; empty when the term parsed

    /** @short include, a, mx, ptr, exists and redirect= cost one DNS lookup (RFC 7208 §4.6.4). */
    bool countsLookup() const;
    /** @short The domain-spec the term names: a mechanism's domain-spec or the redirect=/exp= value. */
    QByteArray target() const;
};

/**
 * @short Every term of a record after "v=spf1" in written order, redirect= and exp= included,
 * each with its own error (RFC 7208 §4.6.1, §12). Empty when `record` is not an SPF record.
 * Bounded: kMaxSpfRecordBytes and `maxTerms`. "More than once" (§6) is parseSpfRecord's check.
 */
QList<SpfTermSyntax> parseSpfTerms(QByteArrayView record, int maxTerms = 256);

/** @short True when a (valid) macro-string contains a %{…} macro-expand (RFC 7208 §7.1). */
bool macroStringHasExpand(QByteArrayView text);

/** @short True when `record` starts with "v=spf1" followed by a space or its end (RFC 7208 §4.5). */
bool isSpfRecord(QByteArrayView record);

/** @short Parses an SPF record (RFC 7208 §4.6, §12). Bounded: at most kMaxSpfRecordBytes. */
SpfRecordSyntax parseSpfRecord(QByteArrayView record);
inline constexpr qsizetype kMaxSpfRecordBytes = 65535;

/** @short The values of the macro letters (RFC 7208 §7.2). */
struct SpfMacroContext
{
    QByteArray sender;          ///< s: local@domain
    QByteArray localPart;       ///< l
    QByteArray senderDomain;    ///< o
    QByteArray domain;          ///< d
    QHostAddress ip;            ///< i, c, v
    QByteArray validatedDomain; ///< p ("unknown" when none)
    QByteArray helo;            ///< h
    QByteArray receiver;        ///< r
    qint64 timestamp = 0;       ///< t
};

/**
 * @short Checks a macro-string (RFC 7208 §7.1); `explain` allows SP and the c, r, t letters
 * (explain-string). Returns an empty string when valid, else a translated error.
 */
QString checkMacroString(QByteArrayView text, bool explain);
/** @short True when the macro-string uses the p letter (needs the validated domain first). */
bool macroStringUsesP(QByteArrayView text);
/**
 * @short Expands a macro-string (RFC 7208 §7.3, §7.4). `ok` is false on a syntax error.
 * The output is bounded (kMaxMacroOutput bytes).
 */
QByteArray expandMacroString(QByteArrayView text, const SpfMacroContext& context, bool explain, bool* ok);
inline constexpr qsizetype kMaxMacroOutput = 8192;

/**
 * @short Checks a domain-spec (RFC 7208 §7.1, domain-end): a macro-string ending in "." toplabel
 * [ "." ] or in a macro-expand. Empty string when valid, else a translated error.
 */
QString checkDomainSpec(QByteArrayView text);

/**
 * @short A target name after expansion (RFC 7208 §4.8, §7.3): trailing dot removed, truncated
 * from the left to 253 octets. `valid` is false for empty or over-long labels.
 */
QByteArray spfTargetName(QByteArrayView expanded, bool* valid);

/** @short True when `domain` is usable as <domain> (RFC 7208 §4.3): labels 1..63 octets, at least two labels, total ≤ 253. */
bool isSpfDomain(QByteArrayView domain);

/** @short The i macro form of an address: dotted quad, or dot-separated nibbles for IPv6 (RFC 7208 §7.3). */
QByteArray macroIpForm(const QHostAddress& ip);

/** @short "+", "-", "~", "?" */
char qualifierChar(SpfQualifier qualifier);

} // namespace Deliverbench::Auth
