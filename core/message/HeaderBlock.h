// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

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
        TooManyParts,              ///< stopped splitting at ParseOptions::maxParts; the rest is one leaf
    };
    Kind kind;
    qint64 offset = -1;   ///< offset in the RawData where the problem is
    QByteArray detail;    ///< e.g. the boundary string or the offending line, truncated to 200 bytes
};

/**
 * @short One header field as it is in the raw bytes (RFC 5322 §2.2), no copy.
 *
 * The views point into the RawData the field was parsed from.
 */
struct HeaderField
{
    QByteArrayView name;     ///< as written, without the colon and without trailing WSP before it
    QByteArrayView rawValue; ///< after the colon up to (not including) the final line break; folds kept
    qint64 offset = 0;       ///< offset of the first byte of the name in the RawData
    qint64 length = 0;       ///< whole field, continuation lines and the final line break included
    int line = 0;            ///< 1-based line number of the name within its message

    /** @short RFC 5322 §2.2.3 unfolding: CRLF/LF before WSP removed; leading and trailing WSP trimmed. */
    QByteArray unfolded() const;
    bool nameIs(QByteArrayView other) const; ///< ASCII case-insensitive name comparison
};

/** @short The header section of a message or MIME part. */
struct HeaderBlock
{
    QList<HeaderField> fields;
    qint64 offset = 0;       ///< offset of the first field (or of the blank line when there are none)
    qint64 length = 0;       ///< up to and including the blank separator line, if there is one
    bool hasSeparator = false; ///< false when the input ended inside the header section (headers-only paste)

    const HeaderField* first(QByteArrayView name) const;
    const HeaderField* last(QByteArrayView name) const;
    QList<const HeaderField*> all(QByteArrayView name) const;
    int count(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return first(name) != nullptr; }
    /** @short Unfolded value of the first field with that name, or a null QByteArray. */
    QByteArray value(QByteArrayView name) const;
};

/**
 * @short Parses the header section at the start of bytes (RFC 5322 §2.2, §2.2.3).
 *
 * Fields may be folded, lines may end in CRLF or LF. The section ends after the first empty
 * line (hasSeparator), at the end of bytes (a headers-only input), or before a line that is
 * not a field and is not followed by one (the body then starts there, with a
 * HeaderWithoutSeparator defect); a lone non-field line followed by fields is skipped with a
 * MalformedHeaderLine defect. Views point into bytes; offsets are baseOffset + position.
 * When stopBefore is set, a line starting with "--" for which it returns true (a MIME
 * boundary delimiter) also ends the section. firstLine is the line number of bytes[0].
 */
HeaderBlock parseHeaderBlock(QByteArrayView bytes, qint64 baseOffset = 0, QList<ParseDefect>* defects = nullptr,
                             int firstLine = 1, const std::function<bool(QByteArrayView line)>& stopBefore = {});

} // namespace Deliverbench::Mail
