// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DkimKey.h"

#include "domain/DomainText_p.h"

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace Deliverbench::Domain {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

QByteArray stripWsp(const QByteArray& v)
{
    QByteArray out;
    out.reserve(v.size());
    for (char c : v) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out.append(c);
    }
    return out;
}

bool isBase64(const QByteArray& v)
{
    qsizetype pad = 0;
    for (char c : v) {
        if (c == '=') {
            ++pad;
            continue;
        }
        if (pad > 0)
            return false;
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return false;
    }
    return pad <= 2 && v.size() % 4 == 0;
}

QList<QByteArray> colonList(const QByteArray& v)
{
    QList<QByteArray> out;
    for (const QByteArray& p : v.split(':')) {
        const QByteArray t = p.trimmed().toLower();
        if (!t.isEmpty() && out.size() < 32)
            out.append(t);
    }
    return out;
}

} // namespace

DkimKey DkimKey::parse(QByteArrayView txt)
{
    DkimKey k;
    k.text = txt.toByteArray();
    k.tags = TagList::parse(txt);
    if (k.tags.has("v")) {
        if (k.tags.firstName() != "v")
            k.syntaxErrors.append(Text::tr("v= must be the first tag (RFC 6376 §3.6.1)"));
        else if (k.tags.value("v") != "DKIM1")
            k.syntaxErrors.append(Text::tr("v=%1 is not DKIM1").arg(displayBytes(k.tags.value("v"), 40)));
    }
    for (const QByteArray& d : std::as_const(k.tags.duplicates))
        k.syntaxErrors.append(Text::tr("tag %1 appears more than once (RFC 6376 §3.2)").arg(QString::fromLatin1(d)));
    if (k.tags.has("k"))
        k.keyType = k.tags.value("k").trimmed().toLower();
    k.hashes = colonList(k.tags.value("h"));
    k.services = colonList(k.tags.value("s"));
    for (const QByteArray& flag : colonList(k.tags.value("t"))) {
        k.testing = k.testing || flag == "y";
        k.strictSubdomains = k.strictSubdomains || flag == "s";
    }
    if (!k.tags.has("p")) {
        k.syntaxErrors.append(Text::tr("the required tag p= is missing"));
        return k;
    }
    const QByteArray p = stripWsp(k.tags.value("p"));
    if (p.isEmpty()) {
        k.revoked = true;
        return k;
    }
    if (!isBase64(p)) {
        k.syntaxErrors.append(Text::tr("p= is not valid base64"));
        k.keyError = Text::tr("p= is not valid base64");
        return k;
    }
    const QByteArray der = QByteArray::fromBase64(p);
    if (der.size() > 16384) {
        k.keyError = Text::tr("the key is implausibly large (%1 bytes)").arg(der.size());
        k.syntaxErrors.append(k.keyError);
        return k;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    if (k.keyType == "ed25519" && der.size() == 32) {
        Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes, size_t(der.size())));
        if (key) {
            k.decodedType = "ed25519";
            k.keyBits = 256;
            return k;
        }
    }
    // SubjectPublicKeyInfo (what everyone publishes), then a bare RSAPublicKey (RFC 6376 §3.6.1 wording)
    const unsigned char* cursor = bytes;
    Pkey key(d2i_PUBKEY(nullptr, &cursor, long(der.size())));
    if (!key) {
        cursor = bytes;
        key.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &cursor, long(der.size())));
    }
    if (!key) {
        k.keyError = Text::tr("p= does not decode to a public key (%1 bytes of DER)").arg(der.size());
        k.syntaxErrors.append(k.keyError);
        return k;
    }
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA: k.decodedType = "rsa"; break;
    case EVP_PKEY_ED25519: k.decodedType = "ed25519"; break;
    default: k.decodedType = QByteArray(OBJ_nid2sn(EVP_PKEY_get_base_id(key.get()))).toLower(); break;
    }
    k.keyBits = EVP_PKEY_get_bits(key.get());
    return k;
}

bool DkimKey::allowsEmail() const
{
    return services.isEmpty() || services.contains("*") || services.contains("email");
}

} // namespace Deliverbench::Domain
