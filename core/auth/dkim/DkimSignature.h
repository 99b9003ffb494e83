// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimTagList.h"

#include <QByteArray>
#include <QList>

#include <tl/expected.hpp>

namespace Deliverbench::Auth {

/** @short Signing algorithms (RFC 6376 §3.3, RFC 8463 §3). rsa-sha1 is verify-only and failing (RFC 8301 §3.1). */
enum class DkimAlgorithm { RsaSha256, RsaSha1, Ed25519Sha256 };
/** @short Canonicalization algorithms (RFC 6376 §3.4). */
enum class DkimCanon { Simple, Relaxed };
/** @short Hash of an algorithm. */
enum class DkimHash { Sha256, Sha1 };

/** @short "rsa-sha256", "rsa-sha1", "ed25519-sha256". */
QByteArray dkimAlgorithmToken(DkimAlgorithm algorithm);
/** @short "simple" or "relaxed". */
QByteArray dkimCanonToken(DkimCanon canon);
DkimHash dkimAlgorithmHash(DkimAlgorithm algorithm);
/** @short "sha256" or "sha1", as key records' h= names them. */
QByteArray dkimHashToken(DkimHash hash);
/** @short "rsa" or "ed25519", as key records' k= names them. */
QByteArray dkimKeyTypeToken(DkimAlgorithm algorithm);

/** @short A parsed and syntax-checked DKIM-Signature value (RFC 6376 §3.5). */
struct DkimSignature
{
    DkimTagList tags;
    DkimAlgorithm algorithm = DkimAlgorithm::RsaSha256;
    QByteArray algorithmToken;       ///< a= as written
    QByteArray signature;            ///< b=, decoded
    QByteArray bodyHash;             ///< bh=, decoded
    QByteArray bodyHashBase64;       ///< bh= with FWS removed
    DkimCanon headerCanon = DkimCanon::Simple;
    DkimCanon bodyCanon = DkimCanon::Simple;
    QByteArray domain;               ///< d= as written (compare case-insensitively)
    QByteArray selector;             ///< s=
    QList<QByteArray> signedHeaders; ///< h= names as written, FWS removed, in order
    QByteArray identity;             ///< i= decoded (dkim-quoted-printable), or "@" + d= when absent
    bool hasIdentity = false;
    qint64 bodyLength = -1;          ///< l=, -1 when absent; saturates at INT64_MAX
    qint64 timestamp = -1;           ///< t=, -1 when absent
    qint64 expiration = -1;          ///< x=, -1 when absent

    /** @short The domain part of identity (after the last "@"). */
    QByteArray identityDomain() const;
    /** @short "selector._domainkey.domain" (RFC 6376 §3.6.2.1). */
    QByteArray keyName() const;
};

/**
 * @short Parses and checks a DKIM-Signature field value (RFC 6376 §3.5, §6.1.1).
 *
 * Errors (all PERMFAIL in RFC 6376 terms): DKIM.SYNTAX (tag list or a malformed value),
 * DKIM.MISSING_TAG, DKIM.VERSION (v= not 1), DKIM.ALGORITHM_UNKNOWN, DKIM.CANONICALIZATION_UNKNOWN,
 * DKIM.QUERY_METHOD (q= without dns/txt), DKIM.DOMAIN_INVALID, DKIM.SELECTOR_INVALID,
 * DKIM.IDENTITY_MISMATCH (i= not in d=), DKIM.FROM_NOT_SIGNED (h= without From).
 */
tl::expected<DkimSignature, DkimProblem> parseDkimSignature(QByteArrayView value);

} // namespace Deliverbench::Auth
