// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/ContentType.h"
#include "message/HeaderBlock.h"
#include "message/TransferEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Deliverbench::Mail {

/** @short A structural problem the parser met; MessageLint turns these into Findings. */
struct ParseDefect
{
    enum class Kind {
        MissingClosingBoundary,    ///< multipart body ended without --boundary--
        NoBoundaryParameter,       ///< multipart/* without boundary=; body treated as one text part
        BoundaryNeverFound,        ///< no delimiter line matched the boundary at all
        InvalidBoundary,           ///< boundary longer than 70 chars or with characters outside bcharsnospace
        NestingTooDeep,            ///< stopped descending at the depth limit; rest treated as a leaf
        MalformedHeaderLine,       ///< a header line without a colon (kept out of the field list)
        HeaderWithoutSeparator,    ///< the part has no blank line between headers and body
        InvalidContentType,        ///< Content-Type present but unparsable
        EightBitInHeader,          ///< raw 8-bit octets in a header field (not allowed without SMTPUTF8)
        NulByte,                   ///< NUL octet in the part
        BareCarriageReturn,        ///< CR not followed by LF
        MixedLineEndings,          ///< both CRLF and bare LF line ends
        EncapsulatedTruncated,     ///< message/rfc822 body has no header section
    };
    Kind kind;
    qint64 offset = -1;   ///< offset in the RawData where the problem is
    QByteArray detail;    ///< e.g. the boundary string or the offending line, truncated to 200 bytes
};

/**
 * @short One node of the MIME tree (RFC 2045/2046), all ranges into the RawData.
 *
 * A multipart has its body parts as children; a message/rfc822 or message/global part
 * has exactly one child: the root part of the encapsulated message (whose headers are the
 * encapsulated message's header). Paths are IMAP section numbers (RFC 3501 §6.4.5):
 * the root's body of a non-multipart message is "1", parts of a multipart root are
 * "1", "2", …, nested parts "2.1", and the parts inside an encapsulated message at "3"
 * are "3.1", "3.2", … (its single body, if not multipart, is "3.1").
 */
class MimePart
{
public:
    HeaderBlock headers;
    ContentType contentType;             ///< defaults per RFC 2045 §5.2 (or message/rfc822 in multipart/digest)
    ContentDisposition disposition;
    TransferEncoding encoding = TransferEncoding::SevenBit;
    QByteArray encodingToken;            ///< Content-Transfer-Encoding as written (lower case), empty if absent
    QByteArray contentId;                ///< without the angle brackets
    QString path;                        ///< IMAP section number; empty for the root of a multipart message

    qint64 offset = 0;                   ///< first byte of the part (its headers)
    qint64 length = 0;                   ///< whole part: headers, separator, body
    qint64 bodyOffset = 0;               ///< first byte of the body (after the blank line)
    qint64 bodyLength = 0;               ///< raw (encoded) body bytes; for a multipart: preamble … epilogue

    // multipart only
    qint64 preambleOffset = -1, preambleLength = 0;
    qint64 epilogueOffset = -1, epilogueLength = 0;
    bool closingBoundaryFound = true;

    QList<ParseDefect> defects;
    std::vector<std::unique_ptr<MimePart>> children;
    MimePart* parent = nullptr;
    int depth = 0;

    bool isMultipart() const { return contentType.isMultipart(); }
    bool isEncapsulatedMessage() const { return contentType.isEncapsulatedMessage(); }
    /** @short A leaf for DESIGN.md's jsonl contract: neither multipart nor an encapsulated message. */
    bool isLeaf() const { return !isMultipart() && !isEncapsulatedMessage(); }
    /** @short The filename from Content-Disposition, else Content-Type's name=. */
    QString filename() const;
    QByteArray charset() const { return contentType.charset(); }
};

} // namespace Deliverbench::Mail
