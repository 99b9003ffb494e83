// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: transfer decoders (base64, quoted-printable, uuencode) and charset
// decoding. Every decoder runs over the whole input (base64 and quoted-printable also against
// their reference decoders); for the charset decoder the first line
// names the charset (at most 64 bytes) and the rest is the text.

#include "FuzzCommon.h"

#include "message/Charset.h"
#include "message/TransferEncoding.h"
#include "message/TransferEncoding_p.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = Fuzz::view(data, size);

    Mail::DecodeStats b64;
    const QByteArray base64 = Mail::decodeBase64(input, &b64);
    FUZZ_CHECK(base64.size() <= input.size() / 4 * 3 + 3);
    FUZZ_CHECK(b64.invalidBytes <= input.size());
    // The SIMD and quantum fast paths must give the byte-at-a-time decoder's bytes and stats.
    Mail::DecodeStats b64Reference;
    FUZZ_CHECK(Mail::Internal::decodeBase64Reference(input, &b64Reference) == base64);
    FUZZ_CHECK(b64Reference.invalidBytes == b64.invalidBytes && b64Reference.badPadding == b64.badPadding
               && b64Reference.truncated == b64.truncated);

    Mail::DecodeStats qp;
    const QByteArray quoted = Mail::decodeQuotedPrintable(input, &qp);
    FUZZ_CHECK(quoted.size() <= input.size());
    FUZZ_CHECK(qp.longestLine <= input.size());
    // The one-pass decoder must give the line-by-line reference's bytes and count.
    Mail::DecodeStats qpReference;
    FUZZ_CHECK(Mail::Internal::decodeQuotedPrintableReference(input, &qpReference) == quoted);
    FUZZ_CHECK(qpReference.badEscapes == qp.badEscapes);

    Mail::DecodeStats uu;
    Fuzz::consume(Mail::looksUUEncoded(input));
    const QByteArray uudecoded = Mail::decodeUUEncode(input, &uu);
    // A uuencoded line of n characters carries at most 3/4 n bytes (and its length byte says
    // at most 63); a lenient decoder may pad a short line, so allow that much slack per line.
    FUZZ_CHECK(uudecoded.size() <= input.size() / 4 * 3 + 64 * (input.count('\n') + input.count('\r') + 1));

    QByteArrayView first, rest;
    Fuzz::splitFirstLine(input, &first, &rest);
    const Mail::TransferEncoding encoding = Mail::transferEncodingFromToken(first);
    Fuzz::consume(Mail::transferEncodingToken(encoding));
    Fuzz::consume(Mail::decodeTransferEncoding(encoding, rest));

    const QByteArrayView charset = first.first(qMin<qsizetype>(first.size(), 64));
    Fuzz::consume(Mail::isKnownCharset(charset));
    const bool utf8 = Mail::isValidUtf8(rest);
    bool ok = false;
    const QString text = Mail::decodeCharset(charset, rest, &ok);
    Fuzz::consume(text);
    if (utf8 && !rest.startsWith("\xEF\xBB\xBF")
        && (charset.isEmpty() || charset.compare("utf-8", Qt::CaseInsensitive) == 0)) {
        // Valid UTF-8 in UTF-8 (or with no charset) must decode, and round-trip exactly
        // (a leading BOM may be dropped, so such inputs are left out).
        FUZZ_CHECK(ok);
        FUZZ_CHECK(text.toUtf8() == rest);
    }
    return 0;
}
