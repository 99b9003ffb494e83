// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimSignature.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Gui {

/** @short One byte range of a raw message that a signature covers, or leaves out (RFC 6376 §3.7, §5.4.2). */
struct SignedByteRange
{
    enum class Kind {
        SignedHeader,   ///< a header field the signature hashed
        SignatureField, ///< the signature field itself (hashed with b= empty, RFC 6376 §3.7 step 2)
        SignedBody,     ///< body bytes the body hash covers
        UnsignedBody,   ///< body bytes after the l= cut: not covered (RFC 6376 §3.5 l=, §8.2)
    };
    Kind kind = Kind::SignedHeader;
    qint64 offset = -1; ///< in the message's RawData
    qint64 length = 0;
    QByteArray name;    ///< the header field name as written (header kinds)

    bool operator==(const SignedByteRange& other) const
    {
        return kind == other.kind && offset == other.offset && length == other.length && name == other.name;
    }
};

/**
 * @short What one DKIM signature, ARC-Message-Signature or ARC-Seal covers in the raw message:
 * the header fields it hashed (picked bottom-up per name as RFC 6376 §5.4.2 says), the names it
 * lists that selected nothing (over-signing), the signature field, and the body up to the l= cut.
 */
struct SignedRanges
{
    enum class Source { Dkim, ArcMessageSignature, ArcSeal };
    Source source = Source::Dkim;
    int index = -1;                  ///< DKIM: 0-based among the DKIM-Signature fields; ARC: the instance i=
    bool valid = false;
    QString error;                   ///< translated, when !valid
    QByteArray domain;               ///< d=
    QByteArray selector;             ///< s=
    SignedByteRange signature;       ///< the signature field
    QList<SignedByteRange> headers;  ///< the fields hashed, in hashing order
    QList<QByteArray> overSigned;    ///< listed names that selected no field, in h= order
    bool coversBody = false;         ///< false for an ARC-Seal (RFC 8617 §4.1.3)
    qint64 bodyOffset = -1;          ///< the body (after the header block's blank line)
    qint64 bodyLength = 0;
    qint64 bodyLimit = -1;           ///< l=, -1 when absent
    qint64 bodyCut = -1;             ///< RawData offset of the first body byte l= leaves out; -1 without l=
    bool bodyShorterThanLimit = false; ///< l= is larger than the canonical body
    QList<SignedByteRange> bodyRanges; ///< SignedBody, then UnsignedBody when l= cuts the body

    /** @short Every range (headers, signature, body), sorted by offset. */
    QList<SignedByteRange> all() const;
};

/** @short The ranges of the DKIM-Signature field number `index` (0-based, header order; RFC 6376 §5.4.2, §3.5). */
SignedRanges dkimSignedRanges(const Mail::Message& message, int index);

/**
 * @short The ranges of the ARC-Message-Signature (RFC 8617 §4.1.2: DKIM-like, ARC fields of later
 * instances out of reach) or the ARC-Seal (§4.1.3, §5.1.1: every AAR, AMS and AS of instances
 * 1..i) of ARC instance `instance`.
 */
SignedRanges arcSignedRanges(const Mail::Message& message, int instance, SignedRanges::Source which);

/**
 * @short Raw body bytes whose canonical form (RFC 6376 §3.4.3, §3.4.4) is the first `limit`
 * canonical bytes: the offset (in `body`) of the first byte l= leaves out. Reads the body only
 * up to that point. `shorter` is set when the canonical body is shorter than `limit`.
 */
qint64 dkimBodyCutOffset(QByteArrayView body, Auth::DkimCanon canon, qint64 limit, bool* shorter = nullptr);

} // namespace Deliverbench::Gui
