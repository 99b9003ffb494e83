// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private OpenSSL EVP helpers of the DKIM code (not installed API: includes OpenSSL).

#include "auth/dkim/DkimSignature.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/evp.h>

#include <memory>

namespace Deliverbench::Auth::DkimCrypto {

struct PKeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyDeleter>;

/** @short A public key from a key record's p=: RSA as SubjectPublicKeyInfo or PKCS#1 RSAPublicKey, ed25519 as 32 raw octets (RFC 8463 §4). */
PKey publicKeyFromRecord(QByteArrayView keyType, QByteArrayView data, QString* error);
/** @short A private key: PEM (PKCS#8 or PKCS#1), DER, or a base64 32-octet ed25519 seed (dkimpy's format). */
PKey privateKeyFromData(QByteArrayView data, QString* error);
/** @short The public half of a key as a key record's p= (SPKI for RSA, raw for ed25519), base64. */
QByteArray publicKeyRecordData(EVP_PKEY* key);
/** @short "rsa", "ed25519" or empty. */
QByteArray keyTypeOf(EVP_PKEY* key);
int keyBits(EVP_PKEY* key);

/** @short Verifies a signature over the data hash (RFC 6376 §3.7; RFC 8463 §3: ed25519 signs the SHA-256 hash). */
bool verifyDigest(EVP_PKEY* key, DkimAlgorithm algorithm, QByteArrayView digest, QByteArrayView signature);
QByteArray signDigest(EVP_PKEY* key, DkimAlgorithm algorithm, QByteArrayView digest, QString* error);

/** @short Incremental hash (EVP_MD_CTX); copyable state for prefix hashes. */
class Hasher
{
public:
    explicit Hasher(DkimHash hash);
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    void update(QByteArrayView data);
    /** @short Ends the hash; the hasher must not be updated afterwards. */
    QByteArray final();
    /** @short The hash of what was fed so far, without ending this hasher. */
    QByteArray peek() const;

private:
    EVP_MD_CTX* m_ctx = nullptr;
};

QByteArray digest(DkimHash hash, QByteArrayView data);

} // namespace Deliverbench::Auth::DkimCrypto
