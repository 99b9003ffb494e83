// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimCrypto_p.h"

#include "auth/dkim/DkimTagList.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace Deliverbench::Auth::DkimCrypto {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth::DkimCrypto", text);
}

const EVP_MD* mdOf(DkimHash hash)
{
    return hash == DkimHash::Sha1 ? EVP_sha1() : EVP_sha256();
}

struct CtxDeleter
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};

PKey fromDer(QByteArrayView der)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
    EVP_PKEY* key = d2i_AutoPrivateKey(nullptr, &p, long(der.size()));
    ERR_clear_error();
    return PKey(key);
}

} // namespace

PKey publicKeyFromRecord(QByteArrayView keyType, QByteArrayView data, QString* error)
{
    if (data.isEmpty() || data.size() > 16384) {
        *error = tr("the public key is empty or too large");
        return {};
    }
    if (keyType == "ed25519") {
        if (data.size() != 32) {
            *error = tr("an ed25519 key must be 32 octets, p= has %1 (RFC 8463 §4)").arg(data.size());
            return {};
        }
        EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                    reinterpret_cast<const unsigned char*>(data.data()), 32);
        ERR_clear_error();
        if (!key)
            *error = tr("p= is not a usable ed25519 key");
        return PKey(key);
    }
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, long(data.size()));
    if (!key) {
        p = reinterpret_cast<const unsigned char*>(data.data());
        key = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(data.size())); // PKCS#1 RSAPublicKey
    }
    ERR_clear_error();
    if (!key) {
        *error = tr("p= is not an RSA public key (neither SubjectPublicKeyInfo nor RSAPublicKey)");
        return {};
    }
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        *error = tr("p= holds a key of another type than k=rsa");
        return {};
    }
    return PKey(key);
}

PKey privateKeyFromData(QByteArrayView data, QString* error)
{
    if (data.isEmpty() || data.size() > 65536) {
        *error = tr("the private key file is empty or too large");
        return {};
    }
    if (data.contains("-----BEGIN")) {
        std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(data.data(), int(data.size())));
        EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
        ERR_clear_error();
        if (!key)
            *error = tr("the PEM data holds no readable (unencrypted) private key");
        return PKey(key);
    }
    QByteArray decoded;
    if (dkimDecodeBase64(data.toByteArray().trimmed(), &decoded) && decoded.size() == 32) {
        EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                     reinterpret_cast<const unsigned char*>(decoded.constData()), 32);
        ERR_clear_error();
        if (key)
            return PKey(key);
    }
    if (PKey key = fromDer(data))
        return key;
    *error = tr("not a PEM (PKCS#8 or PKCS#1) private key, a DER key or a base64 ed25519 seed");
    return {};
}

QByteArray publicKeyRecordData(EVP_PKEY* key)
{
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519) {
        unsigned char raw[32];
        size_t len = sizeof raw;
        if (EVP_PKEY_get_raw_public_key(key, raw, &len) != 1)
            return {};
        return QByteArray(reinterpret_cast<const char*>(raw), qsizetype(len)).toBase64();
    }
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out.toBase64();
}

QByteArray keyTypeOf(EVP_PKEY* key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QByteArrayLiteral("rsa");
    case EVP_PKEY_ED25519:
        return QByteArrayLiteral("ed25519");
    default:
        return {};
    }
}

int keyBits(EVP_PKEY* key)
{
    return EVP_PKEY_get_bits(key);
}

bool verifyDigest(EVP_PKEY* key, DkimAlgorithm algorithm, QByteArrayView digest, QByteArrayView signature)
{
    const auto* sig = reinterpret_cast<const unsigned char*>(signature.data());
    const auto* dig = reinterpret_cast<const unsigned char*>(digest.data());
    bool ok = false;
    if (algorithm == DkimAlgorithm::Ed25519Sha256) {
        std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
        ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) == 1
            && EVP_DigestVerify(ctx.get(), sig, size_t(signature.size()), dig, size_t(digest.size())) == 1;
    } else {
        std::unique_ptr<EVP_PKEY_CTX, CtxDeleter> ctx(EVP_PKEY_CTX_new(key, nullptr));
        ok = ctx && EVP_PKEY_verify_init(ctx.get()) == 1
            && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1
            && EVP_PKEY_CTX_set_signature_md(ctx.get(), mdOf(dkimAlgorithmHash(algorithm))) == 1
            && EVP_PKEY_verify(ctx.get(), sig, size_t(signature.size()), dig, size_t(digest.size())) == 1;
    }
    ERR_clear_error();
    return ok;
}

QByteArray signDigest(EVP_PKEY* key, DkimAlgorithm algorithm, QByteArrayView digest, QString* error)
{
    const auto* dig = reinterpret_cast<const unsigned char*>(digest.data());
    QByteArray out;
    size_t len = 0;
    bool ok = false;
    if (algorithm == DkimAlgorithm::Ed25519Sha256) {
        std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
        ok = ctx && EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key) == 1
            && EVP_DigestSign(ctx.get(), nullptr, &len, dig, size_t(digest.size())) == 1;
        if (ok) {
            out.resize(qsizetype(len));
            ok = EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, dig,
                                size_t(digest.size()))
                == 1;
        }
    } else {
        std::unique_ptr<EVP_PKEY_CTX, CtxDeleter> ctx(EVP_PKEY_CTX_new(key, nullptr));
        ok = ctx && EVP_PKEY_sign_init(ctx.get()) == 1
            && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1
            && EVP_PKEY_CTX_set_signature_md(ctx.get(), mdOf(dkimAlgorithmHash(algorithm))) == 1
            && EVP_PKEY_sign(ctx.get(), nullptr, &len, dig, size_t(digest.size())) == 1;
        if (ok) {
            out.resize(qsizetype(len));
            ok = EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, dig,
                               size_t(digest.size()))
                == 1;
        }
    }
    ERR_clear_error();
    if (!ok) {
        *error = tr("OpenSSL could not sign with this key");
        return {};
    }
    out.resize(qsizetype(len));
    return out;
}

Hasher::Hasher(DkimHash hash)
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, mdOf(hash), nullptr);
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(m_ctx);
}

void Hasher::update(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

QByteArray Hasher::final()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, md, &len);
    return QByteArray(reinterpret_cast<const char*>(md), int(len));
}

QByteArray Hasher::peek() const
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> copy(EVP_MD_CTX_new());
    EVP_MD_CTX_copy_ex(copy.get(), m_ctx);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(copy.get(), md, &len);
    return QByteArray(reinterpret_cast<const char*>(md), int(len));
}

QByteArray digest(DkimHash hash, QByteArrayView data)
{
    Hasher h(hash);
    h.update(data);
    return h.final();
}

} // namespace Deliverbench::Auth::DkimCrypto
