// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/MimePart.h"
#include "message/RawData.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace Deliverbench::Mail {

/** @short Line-ending style of a message's raw bytes. */
enum class LineEnding { CRLF, LF, Mixed, None };

/**
 * @short One parsed message: a MIME tree of offsets over shared raw bytes.
 *
 * Cheap to move; holds a reference to its RawData, so views stay valid.
 */
class Message
{
public:
    Message() = default;
    Message(Message&&) noexcept = default;
    Message& operator=(Message&&) noexcept = default;

    RawDataPtr data;
    qint64 offset = 0;        ///< first byte of the message (after any mbox From_ line)
    qint64 length = 0;        ///< message bytes (the mbox separator line excluded)
    int index = 0;            ///< 0-based position in its mailbox
    QByteArray envelopeLine;  ///< the mbox "From " line without its line break, if there was one
    LineEnding lineEnding = LineEnding::None;
    bool headersOnly = false; ///< input ended inside the header section (pasted headers)
    std::unique_ptr<MimePart> root;

    QByteArrayView bytes() const;
    /** @short Bytes of an arbitrary range of the RawData (clamped to it). */
    QByteArrayView slice(qint64 offset, qint64 length) const;
    const HeaderBlock& headers() const { return root->headers; }

    /** @short Every part, depth-first pre-order, root first. */
    QList<const MimePart*> allParts() const;
    /** @short Leaf parts depth-first, as the jsonl contract lists them (DESIGN.md): parts with
     *  isLeaf() and unsplit multipart/message parts; containers and wrappers are walked. */
    QList<const MimePart*> leafParts() const;
    const MimePart* partByPath(QStringView path) const;

    /** @short Raw (still transfer-encoded) body bytes of a part. */
    QByteArrayView rawBody(const MimePart& part) const;
    /** @short The bytes the part's offsets refer to (data, or part.source inside an encoded message/rfc822). */
    QByteArrayView sourceBytes(const MimePart& part) const;
    /** @short Where rawBody() lies: the RawData that holds it and its range there, for a pass
     *  over it in pieces (PieceReader). */
    struct BodyRange
    {
        const RawData* source = nullptr;
        qint64 from = 0;
        qint64 to = 0;
    };
    BodyRange rawBodyRange(const MimePart& part) const;
    /** @short The whole part (headers, separator, body) as raw bytes. */
    QByteArrayView partBytes(const MimePart& part) const;
    /** @short Transfer-decoded body bytes of a part. */
    QByteArray decodedBody(const MimePart& part, DecodeStats* stats = nullptr) const;
    /**
     * @short The same bytes as decodedBody(), streamed to `sink` piece by piece in bounded
     * memory: the decoded body is never held whole, and the body of a big memory-mapped input
     * is read with pread instead of through the mapping (PieceReader), so a 100 MB attachment
     * is hashed or saved without its pages becoming resident.
     */
    void decodeBody(const MimePart& part, const TransferDecoder::Sink& sink, DecodeStats* stats = nullptr) const;
    /** @short The encoding decodedBody() applies: the declared one, or uuencode detected in an unlabelled body. */
    TransferEncoding effectiveEncoding(const MimePart& part) const;
    /** @short Decoded body converted from its charset to Unicode (text parts). */
    QString text(const MimePart& part, bool* charsetOk = nullptr) const;
};

struct ParseOptions
{
    int maxDepth = 64;             ///< nesting limit (multipart and message/rfc822 together)
    int maxParts = 10000;          ///< stop splitting beyond this many parts; the rest stays a leaf
};

/** @short Builds the MIME tree of the message in data[offset, offset+length). Never fails. */
Message parseMessage(RawDataPtr data, qint64 offset, qint64 length, const ParseOptions& options = {});
/** @short Convenience: the whole RawData is one message (an mbox From_ line is skipped). */
Message parseMessage(RawDataPtr data, const ParseOptions& options = {});

} // namespace Deliverbench::Mail
