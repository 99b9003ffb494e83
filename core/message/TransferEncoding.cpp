// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/TransferEncoding.h"

#include <array>
#include <cstring>

namespace Deliverbench::Mail {

namespace {

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

enum : signed char { B64Invalid = -1, B64Space = -2, B64Pad = -3 };

constexpr std::array<signed char, 256> makeBase64Table()
{
    std::array<signed char, 256> t{};
    for (auto& v : t)
        v = B64Invalid;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    // URL-safe alphabet (RFC 4648 §5), seen in the wild.
    t[static_cast<unsigned char>('-')] = 62;
    t[static_cast<unsigned char>('_')] = 63;
    t[static_cast<unsigned char>(' ')] = B64Space;
    t[static_cast<unsigned char>('\t')] = B64Space;
    t[static_cast<unsigned char>('\r')] = B64Space;
    t[static_cast<unsigned char>('\n')] = B64Space;
    t[static_cast<unsigned char>('\f')] = B64Space;
    t[static_cast<unsigned char>('\v')] = B64Space;
    t[static_cast<unsigned char>('=')] = B64Pad;
    return t;
}
constexpr std::array<signed char, 256> kBase64 = makeBase64Table();

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

void noteLongestLines(QByteArrayView encoded, DecodeStats* stats)
{
    if (!stats)
        return;
    const char* p = encoded.data();
    const char* end = p + encoded.size();
    qint64 longest = 0;
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        qint64 len = lineEnd - p;
        if (nl && len > 0 && lineEnd[-1] == '\r')
            --len;
        if (len > longest)
            longest = len;
        p = nl ? nl + 1 : end;
    }
    stats->longestLine = std::max(stats->longestLine, longest);
}

} // namespace

TransferEncoding transferEncodingFromToken(QByteArrayView token)
{
    QByteArray t;
    for (char c : token) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '"')
            t.append(asciiLower(c));
    }
    if (t.isEmpty() || t == "7bit" || t == "7-bit" || t == "us-ascii")
        return TransferEncoding::SevenBit;
    if (t == "8bit" || t == "8-bit")
        return TransferEncoding::EightBit;
    if (t == "binary")
        return TransferEncoding::Binary;
    if (t == "quoted-printable" || t == "quotedprintable" || t == "x-quoted-printable")
        return TransferEncoding::QuotedPrintable;
    if (t == "base64" || t == "x-base64")
        return TransferEncoding::Base64;
    if (t == "x-uuencode" || t == "uuencode" || t == "x-uue" || t == "uue")
        return TransferEncoding::UUEncode;
    return TransferEncoding::Unknown;
}

QByteArray transferEncodingToken(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return QByteArrayLiteral("7bit");
    case TransferEncoding::EightBit:
        return QByteArrayLiteral("8bit");
    case TransferEncoding::Binary:
        return QByteArrayLiteral("binary");
    case TransferEncoding::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case TransferEncoding::Base64:
        return QByteArrayLiteral("base64");
    case TransferEncoding::UUEncode:
        return QByteArrayLiteral("x-uuencode");
    case TransferEncoding::Unknown:
        break;
    }
    return QByteArrayLiteral("unknown");
}

QByteArray decodeBase64(QByteArrayView encoded, DecodeStats* stats)
{
    QByteArray out(encoded.size() / 4 * 3 + 3, Qt::Uninitialized);
    char* o = out.data();
    const auto* p = reinterpret_cast<const unsigned char*>(encoded.data());
    const auto* end = p + encoded.size();
    quint32 acc = 0;
    int n = 0;                 // sextets in acc
    qint64 invalid = 0;
    bool badPadding = false;
    bool sawPadding = false;   // '=' met; data after it is a new (concatenated) quantum
    bool truncated = false;

    while (p < end) {
        // Fast path: four alphabet characters in a row.
        if (n == 0 && end - p >= 4) {
            const int a = kBase64[p[0]], b = kBase64[p[1]], c = kBase64[p[2]], d = kBase64[p[3]];
            if ((a | b | c | d) >= 0) {
                const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
                o[0] = char(v >> 16);
                o[1] = char(v >> 8);
                o[2] = char(v);
                o += 3;
                p += 4;
                if (sawPadding) {
                    badPadding = true;
                    sawPadding = false;
                }
                continue;
            }
        }
        const int v = kBase64[*p++];
        if (v >= 0) {
            if (sawPadding) {
                badPadding = true; // data after padding: concatenated encodings
                sawPadding = false;
            }
            acc = (acc << 6) | quint32(v);
            if (++n == 4) {
                o[0] = char(acc >> 16);
                o[1] = char(acc >> 8);
                o[2] = char(acc);
                o += 3;
                acc = 0;
                n = 0;
            }
        } else if (v == B64Pad) {
            if (n == 2) {
                *o++ = char(acc >> 4);
            } else if (n == 3) {
                *o++ = char(acc >> 10);
                *o++ = char(acc >> 2);
            } else if (n == 1) {
                truncated = true;
            } else if (!sawPadding) {
                badPadding = true; // '=' at a quantum boundary
            }
            if (n != 0)
                sawPadding = true;
            acc = 0;
            n = 0;
        } else if (v == B64Invalid) {
            ++invalid;
        }
    }
    if (n == 2) {
        *o++ = char(acc >> 4);
        badPadding = true;
    } else if (n == 3) {
        *o++ = char(acc >> 10);
        *o++ = char(acc >> 2);
        badPadding = true;
    } else if (n == 1) {
        truncated = true;
    }
    out.truncate(o - out.constData());
    if (stats) {
        stats->invalidBytes += invalid;
        stats->badPadding = stats->badPadding || badPadding;
        stats->truncated = stats->truncated || truncated;
        noteLongestLines(encoded, stats);
    }
    return out;
}

QByteArray decodeQuotedPrintable(QByteArrayView encoded, DecodeStats* stats)
{
    QByteArray out(encoded.size(), Qt::Uninitialized);
    char* o = out.data();
    const char* p = encoded.data();
    const char* end = p + encoded.size();
    qint64 bad = 0;
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        const char* contentEnd = lineEnd;
        if (nl && contentEnd > p && contentEnd[-1] == '\r')
            --contentEnd;
        // RFC 2045 §6.7 rule 3: trailing white space is transport padding.
        while (contentEnd > p && (contentEnd[-1] == ' ' || contentEnd[-1] == '\t'))
            --contentEnd;
        bool soft = false;
        if (contentEnd > p && contentEnd[-1] == '=') {
            soft = true;
            --contentEnd;
        }
        for (const char* q = p; q < contentEnd; ++q) {
            const char c = *q;
            if (c != '=') {
                *o++ = c;
                continue;
            }
            const int hi = q + 1 < contentEnd ? hexValue(q[1]) : -1;
            const int lo = q + 2 < contentEnd ? hexValue(q[2]) : -1;
            if (hi >= 0 && lo >= 0) {
                *o++ = char(hi * 16 + lo);
                q += 2;
            } else {
                ++bad;
                *o++ = '='; // kept literally (RFC 2045 §6.7 note 1)
            }
        }
        if (nl && !soft) {
            // Keep the original hard line break.
            const char* lb = (lineEnd > p && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
            for (const char* q = lb; q <= nl; ++q)
                *o++ = *q;
        }
        p = nl ? nl + 1 : end;
    }
    out.truncate(o - out.constData());
    if (stats) {
        stats->badEscapes += bad;
        noteLongestLines(encoded, stats);
    }
    return out;
}

bool looksUUEncoded(QByteArrayView body)
{
    // "begin" SP mode(3-4 octal) SP name, at the start of a line.
    qsizetype pos = 0;
    const qsizetype n = body.size();
    while (pos < n) {
        const qsizetype hit = body.indexOf("begin ", pos);
        if (hit < 0)
            return false;
        if (hit == 0 || body[hit - 1] == '\n') {
            qsizetype i = hit + 6;
            int digits = 0;
            while (i < n && body[i] >= '0' && body[i] <= '7') {
                ++i;
                ++digits;
            }
            if (digits >= 3 && digits <= 4 && i < n && body[i] == ' ')
                return true;
        }
        pos = hit + 6;
    }
    return false;
}

QByteArray decodeUUEncode(QByteArrayView encoded, DecodeStats* stats)
{
    QByteArray out;
    out.reserve(encoded.size() * 3 / 4);
    const char* p = encoded.data();
    const char* end = p + encoded.size();
    // Skip to after the "begin" line when there is one.
    if (looksUUEncoded(encoded)) {
        const char* b = p;
        while (b < end) {
            if (end - b >= 6 && std::memcmp(b, "begin ", 6) == 0 && (b == p || b[-1] == '\n'))
                break;
            const char* nl = static_cast<const char*>(std::memchr(b, '\n', size_t(end - b)));
            b = nl ? nl + 1 : end;
        }
        const char* nl = static_cast<const char*>(std::memchr(b, '\n', size_t(end - b)));
        p = nl ? nl + 1 : end;
    }
    bool truncated = false;
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        const char* contentEnd = lineEnd;
        if (contentEnd > p && contentEnd[-1] == '\r')
            --contentEnd;
        const qsizetype len = contentEnd - p;
        if (len >= 3 && std::memcmp(p, "end", 3) == 0 && (len == 3 || p[3] == ' ' || p[3] == '\t'))
            break;
        if (len > 0) {
            const int count = (static_cast<unsigned char>(p[0]) - 32) & 63;
            if (count == 0)
                break; // the "`" (or space) line before "end"
            int produced = 0;
            const char* q = p + 1;
            auto sextet = [&](const char* c) -> quint32 {
                return c < contentEnd ? quint32((static_cast<unsigned char>(*c) - 32) & 63) : 0u;
            };
            if (1 + (count + 2) / 3 * 4 > len + 1) // tolerate a missing last padding char
                truncated = true;
            while (produced < count && q < contentEnd) {
                const quint32 v = (sextet(q) << 18) | (sextet(q + 1) << 12) | (sextet(q + 2) << 6) | sextet(q + 3);
                const char bytes[3] = {char(v >> 16), char(v >> 8), char(v)};
                for (int k = 0; k < 3 && produced < count; ++k, ++produced)
                    out.append(bytes[k]);
                q += 4;
            }
            if (produced < count)
                truncated = true;
        }
        p = nl ? nl + 1 : end;
    }
    if (stats) {
        stats->truncated = stats->truncated || truncated;
        noteLongestLines(encoded, stats);
    }
    return out;
}

QByteArray decodeTransferEncoding(TransferEncoding encoding, QByteArrayView encoded, DecodeStats* stats)
{
    switch (encoding) {
    case TransferEncoding::Base64:
        return decodeBase64(encoded, stats);
    case TransferEncoding::QuotedPrintable:
        return decodeQuotedPrintable(encoded, stats);
    case TransferEncoding::UUEncode:
        return decodeUUEncode(encoded, stats);
    case TransferEncoding::SevenBit:
    case TransferEncoding::EightBit:
    case TransferEncoding::Binary:
    case TransferEncoding::Unknown:
        break;
    }
    noteLongestLines(encoded, stats);
    return encoded.toByteArray();
}

} // namespace Deliverbench::Mail
