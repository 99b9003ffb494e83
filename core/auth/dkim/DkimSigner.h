// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimSignature.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Auth {

/** @short A DKIM signing key: RSA or ed25519. */
class DkimPrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Auth::DkimPrivateKey)

public:
    /** @short PEM (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY"), DER, or a base64 32-octet
     *  ed25519 seed (the format dkimpy and RFC 8463 §A.1 use). */
    [[nodiscard]] static Result<DkimPrivateKey> fromData(QByteArrayView data);
    [[nodiscard]] static Result<DkimPrivateKey> fromFile(const QString& path);

    bool isNull() const { return !m_key; }
    QByteArray keyType() const;          ///< "rsa" or "ed25519"
    int bits() const;
    DkimAlgorithm defaultAlgorithm() const;
    /** @short The TXT record to publish: "v=DKIM1; k=…; p=…" (RFC 6376 §3.6.1). */
    QByteArray publicKeyRecord() const;
    evp_pkey_st* handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

/** @short What to sign and how (RFC 6376 §5). */
struct DkimSignOptions
{
    QByteArray domain;                         ///< d=
    QByteArray selector;                       ///< s=
    std::optional<DkimAlgorithm> algorithm;    ///< default: rsa-sha256 or ed25519-sha256 by key type
    /** @short h=, in order; a name listed more often than it occurs is over-signed (RFC 6376 §5.4.2).
     *  Empty: From (over-signed once) and the usual fields that are present, each as often as it occurs. */
    QList<QByteArray> headers;
    DkimCanon headerCanon = DkimCanon::Relaxed;
    DkimCanon bodyCanon = DkimCanon::Relaxed;
    bool bodyLengthTag = false;                ///< write l= (the canonical body length, or bodyLength)
    qint64 bodyLength = -1;                    ///< explicit l= (implies bodyLengthTag)
    bool timestampTag = true;                  ///< write t=
    std::optional<qint64> now;                 ///< t= value; default the current time
    std::optional<qint64> expiration;          ///< x= (absolute Unix time)
    QByteArray identity;                       ///< i=, empty: not written
};

/** @short "DKIM-Signature: …" folded at 78 columns, with the message's line ending, ready to prepend. */
[[nodiscard]] Result<QByteArray> dkimSignatureField(const Mail::Message& message, const DkimPrivateKey& key,
                                                    const DkimSignOptions& options);
/** @short Signs raw message bytes: the DKIM-Signature field prepended to them, the rest unchanged. */
[[nodiscard]] Result<QByteArray> dkimSign(const QByteArray& rawMessage, const DkimPrivateKey& key,
                                          const DkimSignOptions& options);

} // namespace Deliverbench::Auth
