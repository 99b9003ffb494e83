// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TagList.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Deliverbench::Domain {

/** @short A DKIM key record (RFC 6376 §3.6.1; Ed25519 RFC 8463 §4.2), parsed and its key decoded with OpenSSL. */
struct DkimKey
{
    QByteArray text;
    TagList tags;
    QByteArray keyType = "rsa";     ///< k= (default rsa)
    QByteArray decodedType;         ///< what p= actually holds: "rsa", "ed25519" or empty
    int keyBits = 0;                ///< RSA modulus bits; 256 for Ed25519; 0 when unknown
    bool revoked = false;           ///< p= present and empty (RFC 6376 §3.6.1)
    bool testing = false;           ///< t=y
    bool strictSubdomains = false;  ///< t=s
    QList<QByteArray> hashes;       ///< h= (empty: any)
    QList<QByteArray> services;     ///< s= (empty: "*")
    QList<QString> syntaxErrors;    ///< translated: the record is unusable (v= not first/DKIM1, no p=, bad base64, undecodable key)
    QString keyError;               ///< translated: why the key could not be decoded

    static DkimKey parse(QByteArrayView txt);
    /** @short True when the service list allows email (s= absent, "*" or "email"). */
    bool allowsEmail() const;
};

} // namespace Deliverbench::Domain
