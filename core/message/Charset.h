// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Deliverbench::Mail {

/**
 * @short Decodes bytes in a MIME charset to Unicode (QStringDecoder, with aliases).
 *
 * Unknown or empty charsets are decoded as UTF-8 when the bytes are valid UTF-8 and as
 * windows-1252 otherwise (what mail clients do). `*ok` is false when the charset is
 * unknown or the bytes are invalid in it.
 */
QString decodeCharset(QByteArrayView charset, QByteArrayView bytes, bool* ok = nullptr);
/** @short True when QStringDecoder (or our alias table) knows the charset name. */
bool isKnownCharset(QByteArrayView charset);
bool isValidUtf8(QByteArrayView bytes);

} // namespace Deliverbench::Mail
