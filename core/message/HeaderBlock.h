// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Deliverbench::Mail {

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

} // namespace Deliverbench::Mail
