// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimTagList.h"

#include <QByteArray>
#include <QList>

#include <tl/expected.hpp>

namespace Deliverbench::Auth {

/** @short A parsed DKIM key record (RFC 6376 §3.6.1, RFC 8463 §4). */
struct DkimKeyRecord
{
    DkimTagList tags;
    QList<QByteArray> hashes;     ///< h=, lower case; empty = any hash allowed
    QByteArray keyType = "rsa";   ///< k=, lower case ("rsa" or "ed25519")
    QByteArray notes;             ///< n=, as published (qp-section)
    QByteArray publicKey;         ///< p=, decoded; empty when revoked
    bool revoked = false;         ///< p= is empty (RFC 6376 §3.6.1)
    QList<QByteArray> services;   ///< s=, lower case; default {"*"}
    QList<QByteArray> flags;      ///< t=, lower case
    bool testing = false;         ///< t=y
    bool strict = false;          ///< t=s: i= domain must equal d= (no subdomain)

    bool allowsHash(QByteArrayView hashToken) const;
    bool allowsEmail() const;     ///< s= is "*" or includes "email"
};

/**
 * @short Parses a DKIM key record (the joined strings of one TXT record).
 *
 * Errors: DKIM.KEY_SYNTAX (tag list, v= not first or not "DKIM1", p= missing or not base64),
 * DKIM.KEY_TYPE_UNKNOWN (k= other than rsa/ed25519). A revoked key (empty p=) parses fine with
 * revoked set; h=/s=/t= checks against a signature are the verifier's.
 */
tl::expected<DkimKeyRecord, DkimProblem> parseDkimKeyRecord(QByteArrayView text);

/** @short What p= of a key record holds, decoded with OpenSSL (RFC 6376 §3.6.1, RFC 8463 §4). */
struct DkimPublicKeyInfo
{
    QByteArray type;    ///< "rsa" or "ed25519" as decoded (may differ from k=); empty when undecodable or revoked
    int bits = 0;       ///< RSA modulus bits, 256 for ed25519
    QString error;      ///< translated: why p= does not decode (empty when it does, or when revoked)
};

/** @short Decodes p= as k= says; when that fails, as the other key type (to tell a k= mismatch from garbage). */
DkimPublicKeyInfo describeDkimPublicKey(const DkimKeyRecord& key);

} // namespace Deliverbench::Auth
