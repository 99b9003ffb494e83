// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Deliverbench::Mail {

struct Rfc2047Stats
{
    int encodedWords = 0;
    int brokenWords = 0;      ///< undecodable words kept literally
    bool nonStrict = false;   ///< decoded a broken-but-common form (encoded word inside a quoted
                              ///< string or a word, missing space between words, split multibyte char,
                              ///< over-long word, unknown charset)
    bool raw8bit = false;     ///< 8-bit octets outside encoded words (RFC 6532 UTF-8 or legacy)
};

/**
 * @short Decodes an unstructured header value (RFC 2047 encoded words, RFC 2231 language
 * suffixes), unfolded input. Whitespace between adjacent encoded words is dropped; raw
 * 8-bit text is taken as UTF-8 (RFC 6532) or, if invalid, windows-1252.
 */
QString decodeHeaderText(QByteArrayView value, Rfc2047Stats* stats = nullptr);

} // namespace Deliverbench::Mail
