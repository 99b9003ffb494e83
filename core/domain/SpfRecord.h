// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Deliverbench::Domain {

/** @short One term of an SPF record: a directive (RFC 7208 §5) or a modifier (RFC 7208 §6). */
struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp, UnknownModifier, Invalid };
    Kind kind = Kind::Invalid;
    char qualifier = '+';          ///< '+', '-', '~', '?' (RFC 7208 §4.6.2); '+' when omitted
    QByteArray text;               ///< the term as published
    QByteArray domainSpec;         ///< the domain-spec, empty when the term uses the current domain
    bool hasMacro = false;         ///< domain-spec contains a macro (RFC 7208 §7): not expandable without a message
    QString error;                 ///< translated syntax problem; non-empty means Kind::Invalid or a bad argument

    /** @short Whether the term costs one of the 10 DNS lookups (RFC 7208 §4.6.4). */
    bool countsLookup() const;
    bool isMechanism() const { return kind <= Kind::Exists; }
    /** @short Lower-case name: "all", "include", …, "redirect", "exp", or the unknown modifier's name. */
    QByteArray name() const;
};

/** @short A parsed SPF record (RFC 7208 §4.5, §12 ABNF). */
struct SpfRecord
{
    static constexpr int kMaxTerms = 256;
    /** @short RFC 7208 §3.4: records should stay under 450 octets to fit a 512-octet UDP answer. */
    static constexpr int kRecommendedMaxLength = 450;

    QByteArray text;
    QList<SpfTerm> terms;
    QList<QString> errors;         ///< translated syntax errors (each one is a PermError, RFC 7208 §4.6)

    /** @short True for a TXT string that is an SPF record: "v=spf1" then a space or the end (RFC 7208 §4.5). */
    static bool isSpf(QByteArrayView txt);
    static SpfRecord parse(QByteArrayView text);

    bool isValid() const { return errors.isEmpty(); }
    /** @short The first `all` mechanism, or nullptr. */
    const SpfTerm* allTerm() const;
    const SpfTerm* redirectTerm() const;
    /** @short Lookup-costing terms of this record alone (include, a, mx, ptr, exists, redirect). */
    int ownLookups() const;
};

/** @short Strict check of a domain-spec without macros: dotted labels, last label not numeric (RFC 7208 §7.1 toplabel). */
bool isValidDomainSpec(QByteArrayView spec);

} // namespace Deliverbench::Domain
