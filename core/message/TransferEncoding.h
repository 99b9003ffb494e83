// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <memory>

namespace Deliverbench::Mail {

/** @short Content-Transfer-Encoding (RFC 2045 §6), plus the non-standard forms seen in the wild. */
enum class TransferEncoding { SevenBit, EightBit, Binary, QuotedPrintable, Base64, UUEncode, Unknown };

/** @short Maps a token ("Base64", "x-uuencode", …) to the enum; unknown tokens give Unknown. */
TransferEncoding transferEncodingFromToken(QByteArrayView token);
QByteArray transferEncodingToken(TransferEncoding encoding);

/** @short What decoding met, so lint can report it without decoding twice. */
struct DecodeStats
{
    qint64 invalidBytes = 0;     ///< base64: characters outside the alphabet that were skipped
    bool badPadding = false;     ///< base64: missing or misplaced '='
    bool truncated = false;      ///< base64: trailing bits that do not form a byte; uu: short last line
    qint64 badEscapes = 0;       ///< quoted-printable: '=' not followed by two hex digits (kept literally)
    qint64 longestLine = 0;      ///< longest encoded line in octets, line break excluded
};

/** @short Base64 decoding that skips whitespace and junk (RFC 2045 §6.8 says ignore them). */
QByteArray decodeBase64(QByteArrayView encoded, DecodeStats* stats = nullptr);
/** @short Quoted-printable (RFC 2045 §6.7): soft breaks, lenient on bad escapes and lower-case hex. */
QByteArray decodeQuotedPrintable(QByteArrayView encoded, DecodeStats* stats = nullptr);
/** @short uuencode "begin MODE NAME" … "end"; also decodes a body that is only uuencoded lines. */
QByteArray decodeUUEncode(QByteArrayView encoded, DecodeStats* stats = nullptr);
/** @short Decodes per encoding; 7bit/8bit/binary/unknown return the bytes unchanged. */
QByteArray decodeTransferEncoding(TransferEncoding encoding, QByteArrayView encoded, DecodeStats* stats = nullptr);

/**
 * @short Incremental Content-Transfer-Encoding decoding in bounded memory.
 *
 * feed() takes the encoded body in pieces of any size (a quantum or a line may straddle two
 * pieces) and hands the decoded bytes to the sink as they are produced; finish() flushes what is
 * left. The output and DecodeStats are those of decodeTransferEncoding() on the whole body. What
 * it keeps between pieces is bounded: a partial base64 quantum, or the current quoted-printable
 * line up to 64 KiB (a longer line is cut at a point that changes nothing). uuencode, rare and
 * old, is collected and decoded at finish(). The identity encodings pass the pieces through.
 */
class TransferDecoder
{
public:
    using Sink = std::function<void(QByteArrayView decoded)>;

    /** @short `measureLines` false skips DecodeStats::longestLine (a pass over every line). */
    explicit TransferDecoder(TransferEncoding encoding, bool measureLines = true);
    ~TransferDecoder();
    TransferDecoder(const TransferDecoder&) = delete;
    TransferDecoder& operator=(const TransferDecoder&) = delete;

    void feed(QByteArrayView encoded, const Sink& sink);
    void finish(const Sink& sink);
    /** @short What decoding met so far (complete after finish()). */
    DecodeStats stats() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** @short True when the body contains a "begin NNN name" uuencode block (RFC-less but common). */
bool looksUUEncoded(QByteArrayView body);

} // namespace Deliverbench::Mail
