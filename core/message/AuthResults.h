// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Deliverbench::Mail {

/** @short One "ptype.property=value" of a resinfo (RFC 8601 §2.2). */
struct AuthResultProperty
{
    QByteArray ptype;     ///< lower case: smtp, header, body, policy
    QByteArray property;  ///< as written (mailfrom, d, i, b, from …)
    QByteArray value;     ///< unquoted
};

/** @short One resinfo: method=result with its reason and properties. */
struct AuthResultEntry
{
    QByteArray method;         ///< lower case (spf, dkim, dmarc, arc, auth, iprev …)
    int methodVersion = 1;
    QByteArray result;         ///< lower case (pass, fail, …)
    QByteArray reason;         ///< unquoted
    QList<AuthResultProperty> properties;
    QByteArray property(QByteArrayView ptype, QByteArrayView name) const;
};

struct AuthenticationResults
{
    QByteArray authservId;
    int version = 1;
    bool noResults = false;    ///< the "none" form
    QList<AuthResultEntry> results;
    bool valid = true;         ///< parsed under the chosen mode
    QStringList errors;        ///< what was wrong or tolerated (untranslated, short)
};

enum class AuthResultsMode {
    Strict,   ///< RFC 8601 grammar only; any deviation makes the header invalid
    Lenient,  ///< tolerate Microsoft's forms (missing ';', "action=", "header.d=" on spf, bare words)
};

/** @short Parses an Authentication-Results value (unfolded, comments allowed). */
AuthenticationResults parseAuthenticationResults(QByteArrayView value,
                                                 AuthResultsMode mode = AuthResultsMode::Lenient);
/**
 * @short As above; with allowUtf8 = false any non-ASCII octet makes the header invalid (no
 * RFC 6532 / RFC 8601 §2.2 internationalized values). The two-argument form allows UTF-8.
 */
AuthenticationResults parseAuthenticationResults(QByteArrayView value, AuthResultsMode mode, bool allowUtf8);

} // namespace Deliverbench::Mail
