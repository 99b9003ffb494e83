// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimKeyRecord.h"

#include "auth/dkim/DkimCrypto_p.h"

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

tl::unexpected<DkimProblem> problem(const char* code, QString text)
{
    return tl::unexpected<DkimProblem>(
        DkimProblem{QByteArray(code), std::move(text), QStringLiteral("RFC 6376 §3.6.1"), -1});
}

} // namespace

bool DkimKeyRecord::allowsHash(QByteArrayView hashToken) const
{
    if (hashes.isEmpty())
        return true;
    for (const QByteArray& h : hashes) {
        if (h == hashToken)
            return true;
    }
    return false;
}

bool DkimKeyRecord::allowsEmail() const
{
    for (const QByteArray& s : services) {
        if (s == "*" || s == "email")
            return true;
    }
    return false;
}

tl::expected<DkimKeyRecord, DkimProblem> parseDkimKeyRecord(QByteArrayView text)
{
    DkimKeyRecord key;
    DkimProblem syntax;
    if (!parseDkimTagList(text, &key.tags, &syntax, 256, QByteArrayLiteral("DKIM.KEY_SYNTAX"))) {
        syntax.reference = QStringLiteral("RFC 6376 §3.2, §3.6.1");
        return tl::unexpected<DkimProblem>(syntax);
    }
    if (const DkimTag* v = key.tags.find("v")) {
        if (&key.tags.tags.first() != v)
            return problem("DKIM.KEY_SYNTAX", tr("v= is not the first tag of the key record"));
        if (v->value != "DKIM1")
            return problem("DKIM.KEY_SYNTAX",
                           tr("v=%1 is not DKIM1").arg(QString::fromLatin1(v->value.left(100))));
    }
    if (const DkimTag* h = key.tags.find("h")) {
        for (const QByteArray& item : dkimSplitList(h->value)) {
            if (item.isEmpty())
                return problem("DKIM.KEY_SYNTAX", tr("h= has an empty entry"));
            key.hashes.append(item.toLower());
        }
    }
    if (const DkimTag* k = key.tags.find("k")) {
        key.keyType = k->value.toLower();
        if (key.keyType != "rsa" && key.keyType != "ed25519")
            return tl::unexpected<DkimProblem>(DkimProblem{
                QByteArrayLiteral("DKIM.KEY_TYPE_UNKNOWN"),
                tr("unknown key type k=%1").arg(QString::fromLatin1(k->value.left(100))),
                QStringLiteral("RFC 6376 §3.6.1, RFC 8463 §4"), -1});
    }
    key.notes = key.tags.value("n");
    const DkimTag* p = key.tags.find("p");
    if (!p)
        return problem("DKIM.KEY_SYNTAX", tr("the key record has no p= tag"));
    if (dkimStripFws(p->value).isEmpty()) {
        key.revoked = true;
    } else if (!dkimDecodeBase64(p->value, &key.publicKey)) {
        return problem("DKIM.KEY_SYNTAX", tr("p= is not valid base64"));
    }
    if (const DkimTag* s = key.tags.find("s")) {
        for (const QByteArray& item : dkimSplitList(s->value))
            key.services.append(item.toLower());
    } else {
        key.services.append(QByteArrayLiteral("*"));
    }
    if (const DkimTag* t = key.tags.find("t")) {
        for (const QByteArray& item : dkimSplitList(t->value)) {
            const QByteArray flag = item.toLower();
            key.flags.append(flag);
            if (flag == "y")
                key.testing = true;
            else if (flag == "s")
                key.strict = true;
        }
    }
    return key;
}

DkimPublicKeyInfo describeDkimPublicKey(const DkimKeyRecord& key)
{
    DkimPublicKeyInfo info;
    if (key.revoked)
        return info;
    DkimCrypto::PKey pkey = DkimCrypto::publicKeyFromRecord(key.keyType, key.publicKey, &info.error);
    if (!pkey) {
        QString ignored;
        const QByteArray other = key.keyType == "ed25519" ? QByteArrayLiteral("rsa") : QByteArrayLiteral("ed25519");
        pkey = DkimCrypto::publicKeyFromRecord(other, key.publicKey, &ignored);
    }
    if (pkey) {
        info.error.clear();
        info.type = DkimCrypto::keyTypeOf(pkey.get());
        info.bits = DkimCrypto::keyBits(pkey.get());
    }
    return info;
}

} // namespace Deliverbench::Auth
