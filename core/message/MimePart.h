// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/ContentType.h"
#include "message/HeaderBlock.h"
#include "message/RawData.h"
#include "message/TransferEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Deliverbench::Mail {

/**
 * @short One node of the MIME tree (RFC 2045/2046), all ranges into the RawData.
 *
 * A multipart has its body parts as children; a message/rfc822 or message/global part
 * has exactly one child: the root part of the encapsulated message (whose headers are the
 * encapsulated message's header). Paths are IMAP section numbers (RFC 3501 §6.4.5):
 * the root's body of a non-multipart message is "1", parts of a multipart root are
 * "1", "2", …, nested parts "2.1", and the parts inside an encapsulated message at "3"
 * are "3.1", "3.2", … (its single body, if not multipart, is "3.1"). The multipart root of
 * an encapsulated message carries its wrapper's path ("3"), as the multipart root of the
 * message carries "" (partByPath returns the wrapper for "3").
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

    /** @short True for a multipart or message part that was not split into children: no boundary
     *  parameter, boundary never found, depth or part limit, or an unparsable encapsulation.
     *  Its body is then one leaf (listed by Message::leafParts). */
    bool unsplit = false;
    /** @short Null for parts of the input itself. Inside a base64/quoted-printable encoded
     *  message/rfc822 (not allowed by RFC 2045 §6.4, but seen) the encapsulated parts are parsed
     *  from a decoded copy: their offsets then refer to this RawData, not to Message::data. */
    std::shared_ptr<const RawData> source;

    QList<ParseDefect> defects;
    std::vector<std::unique_ptr<MimePart>> children;
    MimePart* parent = nullptr;
    int depth = 0;

    bool isMultipart() const { return contentType.isMultipart(); }
    bool isEncapsulatedMessage() const { return contentType.isEncapsulatedMessage(); }
    /** @short Neither multipart nor an encapsulated message (by type; see also unsplit). */
    bool isLeaf() const { return !isMultipart() && !isEncapsulatedMessage(); }
    /** @short The filename from Content-Disposition, else Content-Type's name=. */
    QString filename() const;
    QByteArray charset() const { return contentType.charset(); }
};

} // namespace Deliverbench::Mail
