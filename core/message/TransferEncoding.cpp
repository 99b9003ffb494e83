// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/TransferEncoding.h"
#include "message/TransferEncoding_p.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define DELIVERBENCH_BASE64_SSSE3 1
#include <immintrin.h>
#endif
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

constexpr quint32 kBase64Bad = 0x1000000;

/** kBase64 with each sextet already shifted to its place (0..3) in a 24-bit group; kBase64Bad otherwise. */
constexpr std::array<quint32, 256> makeBase64ShiftTable(int position)
{
    std::array<quint32, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const int v = kBase64[size_t(c)];
        t[size_t(c)] = v < 0 ? kBase64Bad : quint32(v) << (18 - 6 * position);
    }
    return t;
}

#ifdef DELIVERBENCH_BASE64_SSSE3
/*
 * Base64 blocks with SIMD (W. Mula's pshufb lookup, as in aklomp/base64 and simdutf): the nibble
 * tables flag anything outside the standard alphabet, the roll table turns a character into its
 * sextet, maddubs/madd pack four sextets into three bytes. A block that holds a line break, '=',
 * junk or a URL-safe '-'/'_' is decoded up to the last whole quantum before it (a 76-character
 * MIME line ends with 12 such characters). A line break there is stepped over and the blocks go
 * on; anything else stops the loop, and the caller's scalar code handles it. Returns where it
 * stopped; *out advances by 3 bytes a quantum.
 *
 * A block stores all its 12 (SSSE3) or 24 (AVX2) bytes even when fewer (or none) are kept.
 * There is room: the caller's buffer holds maxOutput(encoded) bytes, and with 16 (32) characters
 * still to come and no partial quantum pending, at least 12 (24) bytes of it are still free.
 *
 * Neither SSSE3 nor AVX2 is part of baseline x86-64: each is called only when the CPU has it.
 */
/**
 * The tables of one 16-character block. The AVX2 loop uses them in both 128-bit lanes, as
 * _mm256_shuffle_epi8 looks up within each lane.
 */
alignas(16) constexpr signed char kB64LutLo[16] = {0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
                                                   0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B, 0x1B, 0x1A};
alignas(16) constexpr signed char kB64LutHi[16] = {0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08,
                                                   0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10};
alignas(16) constexpr signed char kB64LutRoll[16] = {0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0};
/** The three bytes of each 32-bit group, in order; the last 4 bytes of a block are unused. */
alignas(16) constexpr signed char kB64Pack[16] = {2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1};

inline __m128i loadTable(const signed char (&table)[16])
{
    return _mm_load_si128(reinterpret_cast<const __m128i*>(table));
}

/**
 * After a block of `full` quanta whose first `quanta` are clean (their bytes are stored already):
 * moves past them and, when a block stopped short, past the line break that follows (CR and LF
 * bytes, white space between whole quanta). True when the blocks go on, false at anything else.
 */
inline bool keepQuanta(int quanta, int full, const unsigned char** p, const unsigned char* end, char** o)
{
    *o += 3 * quanta;
    *p += 4 * quanta;
    if (quanta == full)
        return true;
    const unsigned char* q = *p;
    while (q < end && (*q == '\n' || *q == '\r'))
        ++q;
    const bool skipped = q != *p;
    *p = q;
    return skipped;
}

__attribute__((target("ssse3"))) const unsigned char* decodeBase64BlocksSsse3(const unsigned char* p, const unsigned char* end,
                                                                              char** out)
{
    const __m128i lutLo = loadTable(kB64LutLo);
    const __m128i lutHi = loadTable(kB64LutHi);
    const __m128i lutRoll = loadTable(kB64LutRoll);
    const __m128i mask2F = _mm_set1_epi8(0x2F);
    const __m128i zero = _mm_setzero_si128();
    const __m128i pack = loadTable(kB64Pack);
    char* o = *out;
    while (end - p >= 16) {
        __m128i str = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hiNibbles = _mm_and_si128(_mm_srli_epi32(str, 4), mask2F);
        const __m128i loNibbles = _mm_and_si128(str, mask2F);
        const __m128i hi = _mm_shuffle_epi8(lutHi, hiNibbles);
        const __m128i lo = _mm_shuffle_epi8(lutLo, loNibbles);
        const auto bad = unsigned(_mm_movemask_epi8(_mm_cmpgt_epi8(_mm_and_si128(lo, hi), zero)));
        const __m128i eq2F = _mm_cmpeq_epi8(str, mask2F);
        str = _mm_add_epi8(str, _mm_shuffle_epi8(lutRoll, _mm_add_epi8(eq2F, hiNibbles)));
        const __m128i mergedPairs = _mm_maddubs_epi16(str, _mm_set1_epi32(0x01400140));
        const __m128i merged = _mm_madd_epi16(mergedPairs, _mm_set1_epi32(0x00011000));
        const __m128i bytes = _mm_shuffle_epi8(merged, pack);
        _mm_storel_epi64(reinterpret_cast<__m128i*>(o), bytes);
        const quint32 tail = quint32(_mm_cvtsi128_si32(_mm_srli_si128(bytes, 8)));
        std::memcpy(o + 8, &tail, 4);
        if (!keepQuanta(bad ? __builtin_ctz(bad) / 4 : 4, 4, &p, end, &o))
            break;
    }
    *out = o;
    return p;
}

/** The same, 32 characters to 24 bytes a step. */
__attribute__((target("avx2"))) const unsigned char* decodeBase64BlocksAvx2(const unsigned char* p, const unsigned char* end,
                                                                            char** out)
{
    const __m256i lutLo = _mm256_broadcastsi128_si256(loadTable(kB64LutLo));
    const __m256i lutHi = _mm256_broadcastsi128_si256(loadTable(kB64LutHi));
    const __m256i lutRoll = _mm256_broadcastsi128_si256(loadTable(kB64LutRoll));
    const __m256i mask2F = _mm256_set1_epi8(0x2F);
    const __m256i zero = _mm256_setzero_si256();
    // Each lane packs its 12 bytes; a cross-lane permute then joins the two lanes' 12 bytes.
    const __m256i pack = _mm256_broadcastsi128_si256(loadTable(kB64Pack));
    const __m256i join = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
    char* o = *out;
    while (end - p >= 32) {
        __m256i str = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i hiNibbles = _mm256_and_si256(_mm256_srli_epi32(str, 4), mask2F);
        const __m256i loNibbles = _mm256_and_si256(str, mask2F);
        const __m256i hi = _mm256_shuffle_epi8(lutHi, hiNibbles);
        const __m256i lo = _mm256_shuffle_epi8(lutLo, loNibbles);
        const auto bad = unsigned(_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_and_si256(lo, hi), zero)));
        const __m256i eq2F = _mm256_cmpeq_epi8(str, mask2F);
        str = _mm256_add_epi8(str, _mm256_shuffle_epi8(lutRoll, _mm256_add_epi8(eq2F, hiNibbles)));
        const __m256i mergedPairs = _mm256_maddubs_epi16(str, _mm256_set1_epi32(0x01400140));
        const __m256i merged = _mm256_madd_epi16(mergedPairs, _mm256_set1_epi32(0x00011000));
        const __m256i bytes = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(merged, pack), join);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o), _mm256_castsi256_si128(bytes));
        _mm_storel_epi64(reinterpret_cast<__m128i*>(o + 16), _mm256_extracti128_si256(bytes, 1));
        if (!keepQuanta(bad ? __builtin_ctz(bad) / 4 : 8, 8, &p, end, &o))
            break;
    }
    *out = o;
    return p;
}

const int kBase64Simd = __builtin_cpu_supports("avx2") ? 2 : __builtin_cpu_supports("ssse3") ? 1 : 0;
#else
constexpr int kBase64Simd = 0;
#endif

/**
 * Base64 state machine shared by decodeBase64() and TransferDecoder (RFC 2045 §6.8, RFC 4648).
 *
 * The fast path decodes a whole quantum with four table lookups OR-ed together: each table holds
 * its sextet already shifted into place in the 24-bit group, and bit 24 for anything outside the
 * alphabet, so one test tells whether the quantum was clean. Whitespace, junk and padding fall to
 * the byte-at-a-time path, which carries partial quanta across calls.
 */
struct Base64Core
{
    static constexpr std::array<quint32, 256> kT0 = makeBase64ShiftTable(0);
    static constexpr std::array<quint32, 256> kT1 = makeBase64ShiftTable(1);
    static constexpr std::array<quint32, 256> kT2 = makeBase64ShiftTable(2);
    static constexpr std::array<quint32, 256> kT3 = makeBase64ShiftTable(3);

    /** Room decode() + finish() may need for `encoded` bytes. */
    static qsizetype maxOutput(qsizetype encoded) { return encoded / 4 * 3 + 3; }

    quint32 acc = 0;
    int n = 0;                 // sextets in acc
    qint64 invalid = 0;
    bool badPadding = false;
    bool sawPadding = false;   // '=' met; data after it is a new (concatenated) quantum
    bool truncated = false;

    /** False: the byte-at-a-time path only (the reference the fast paths are tested against). */
    bool fast = true;
    /** Widest SIMD blocks used: 2 AVX2, 1 SSSE3, 0 none (lowered by tests to reach each path). */
    int simd = kBase64Simd;

    char* decode(const unsigned char* p, const unsigned char* end, char* o)
    {
        while (p < end) {
            if (n == 0 && fast) {
#ifdef DELIVERBENCH_BASE64_SSSE3
                const char* const before = o;
                if (simd >= 2 && end - p >= 32)
                    p = decodeBase64BlocksAvx2(p, end, &o);
                if (simd >= 1 && end - p >= 16 && (simd == 1 || end - p < 32)) // AVX2 stopped short of a full block
                    p = decodeBase64BlocksSsse3(p, end, &o);
                // Data decoded after padding: concatenated encodings. (The blocks may also have
                // stepped over line breaks only, which are white space, not data.)
                if (o != before && sawPadding) {
                    badPadding = true;
                    sawPadding = false;
                }
#endif
                while (end - p >= 4) {
                    const quint32 v = kT0[p[0]] | kT1[p[1]] | kT2[p[2]] | kT3[p[3]];
                    if (v & kBase64Bad)
                        break;
                    o[0] = char(v >> 16);
                    o[1] = char(v >> 8);
                    o[2] = char(v);
                    o += 3;
                    p += 4;
                    if (sawPadding) {
                        badPadding = true;
                        sawPadding = false;
                    }
                }
                if (p >= end)
                    break;
                if (*p == '\n' || *p == '\r') {
                    // A line break between whole quanta (white space, B64Space): straight back to
                    // the blocks.
                    do
                        ++p;
                    while (p < end && (*p == '\n' || *p == '\r'));
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
        return o;
    }

    /** End of input: a partial quantum without its '=' padding. */
    char* finish(char* o)
    {
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
        acc = 0;
        n = 0;
        return o;
    }

    void addStats(DecodeStats* stats) const
    {
        stats->invalidBytes += invalid;
        stats->badPadding = stats->badPadding || badPadding;
        stats->truncated = stats->truncated || truncated;
    }
};

/**
 * Quoted-printable (RFC 2045 §6.7) of whole lines [p, end): soft breaks removed, trailing
 * white space dropped, bad escapes kept literally and counted. The end of the range counts as
 * the end of a line. Writes at most end - p bytes.
 *
 * Line by line, as the RFC states the rules: the reference decodeQpFast() is tested against
 * (decodeQuotedPrintableReference, tst_decoding and fuzz_decoding).
 */
char* decodeQpLinesReference(const char* p, const char* end, char* o, qint64* bad)
{
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
        const char* q = p;
        while (q < contentEnd) {
            const char* eq = static_cast<const char*>(std::memchr(q, '=', size_t(contentEnd - q)));
            const char* runEnd = eq ? eq : contentEnd;
            std::memcpy(o, q, size_t(runEnd - q));
            o += runEnd - q;
            if (!eq)
                break;
            const int hi = eq + 1 < contentEnd ? hexValue(eq[1]) : -1;
            const int lo = eq + 2 < contentEnd ? hexValue(eq[2]) : -1;
            if (hi >= 0 && lo >= 0) {
                *o++ = char(hi * 16 + lo);
                q = eq + 3;
            } else {
                ++*bad;
                *o++ = '='; // kept literally (RFC 2045 §6.7 note 1)
                q = eq + 1;
            }
        }
        if (nl && !soft) {
            // Keep the original hard line break.
            const char* lb = (lineEnd > p && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
            for (const char* c = lb; c <= nl; ++c)
                *o++ = *c;
        }
        p = nl ? nl + 1 : end;
    }
    return o;
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

namespace {

QByteArray decodeBase64With(QByteArrayView encoded, DecodeStats* stats, bool fast, int simd = kBase64Simd)
{
    QByteArray out(Base64Core::maxOutput(encoded.size()), Qt::Uninitialized);
    Base64Core core;
    core.fast = fast;
    core.simd = std::min(simd, int(kBase64Simd));
    const auto* p = reinterpret_cast<const unsigned char*>(encoded.data());
    char* o = core.decode(p, p + encoded.size(), out.data());
    o = core.finish(o);
    out.truncate(o - out.constData());
    if (stats) {
        core.addStats(stats);
        noteLongestLines(encoded, stats);
    }
    return out;
}

} // namespace

QByteArray decodeBase64(QByteArrayView encoded, DecodeStats* stats)
{
    return decodeBase64With(encoded, stats, true);
}

QByteArray Internal::decodeBase64Reference(QByteArrayView encoded, DecodeStats* stats)
{
    return decodeBase64With(encoded, stats, false);
}

QByteArray Internal::decodeBase64Simd(QByteArrayView encoded, int simd, DecodeStats* stats)
{
    return decodeBase64With(encoded, stats, true, simd);
}

int Internal::base64SimdLevel()
{
    return kBase64Simd;
}

namespace {

inline bool isQpSpace(char c)
{
    return c == ' ' || c == '\t';
}

/**
 * Copies [q, end) to *o up to the first '=' or LF and returns where that is (end if none).
 * SSE2 (part of x86-64) copies 16 bytes a step and stores each block whole before it looks at
 * it: decodeQpLines() leaves the room (its output never runs ahead of its input).
 */
inline const char* copyQpLiteral(const char* q, const char* end, char** o)
{
    char* w = *o;
#if defined(__SSE2__)
    const __m128i eq = _mm_set1_epi8('=');
    const __m128i lf = _mm_set1_epi8('\n');
    while (end - q >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w), v);
        const auto hits = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, eq), _mm_cmpeq_epi8(v, lf))));
        if (hits) {
            const int k = __builtin_ctz(hits);
            *o = w + k;
            return q + k;
        }
        w += 16;
        q += 16;
    }
#endif
    while (q < end && *q != '=' && *q != '\n')
        *w++ = *q++;
    *o = w;
    return q;
}

/**
 * decodeQpLinesReference() in one forward pass, without looking for each line's end first:
 * literal runs are copied up to the next '=' or LF (copyQpLiteral), an escape is decoded where it
 * stands, and a '=' followed by nothing but white space to the line's end is a soft break. At a
 * line's end the trailing white space (and the CR of a CRLF) is taken back off the output: every
 * input byte after the line's last escape was copied one to one, and an escape ends in a hex
 * digit, which the backing up stops at. Output never runs ahead of input (o - out <= p - begin),
 * which copyQpLiteral's whole-block stores rely on.
 */
char* decodeQpLines(const char* p, const char* end, char* o, qint64* bad)
{
    const char* lineStart = p;
    const char* q = p;
    while (q < end) {
        q = copyQpLiteral(q, end, &o);
        if (q == end)
            break;
        if (*q == '\n') {
            const char* j = q;
            const bool cr = j > lineStart && j[-1] == '\r';
            if (cr)
                --j;
            while (j > lineStart && isQpSpace(j[-1]))
                --j;
            o -= q - j;
            if (cr)
                *o++ = '\r';
            *o++ = '\n';
            lineStart = ++q;
            continue;
        }
        // '='
        const int hi = q + 1 < end ? hexValue(q[1]) : -1;
        const int lo = q + 2 < end ? hexValue(q[2]) : -1;
        if (hi >= 0 && lo >= 0) {
            *o++ = char(hi * 16 + lo);
            q += 3;
            continue;
        }
        const char* s = q + 1;
        while (s < end && isQpSpace(*s))
            ++s;
        if (s == end)
            return o; // a soft break ends the range: nothing after it
        if (*s == '\n' || (*s == '\r' && s + 1 < end && s[1] == '\n')) {
            q = s + (*s == '\r' ? 2 : 1); // soft line break
            lineStart = q;
            continue;
        }
        ++*bad;
        *o++ = '='; // kept literally (RFC 2045 §6.7 note 1)
        ++q;
    }
    // The range's end ends its last line: trailing white space is padding there too (its CR stays).
    const char* j = end;
    while (j > lineStart && isQpSpace(j[-1]))
        --j;
    return o - (end - j);
}

QByteArray decodeQuotedPrintableWith(QByteArrayView encoded, DecodeStats* stats, bool fast)
{
    QByteArray out(encoded.size(), Qt::Uninitialized);
    qint64 bad = 0;
    const char* o = (fast ? decodeQpLines : decodeQpLinesReference)(encoded.data(), encoded.data() + encoded.size(),
                                                                     out.data(), &bad);
    out.truncate(o - out.constData());
    if (stats) {
        stats->badEscapes += bad;
        noteLongestLines(encoded, stats);
    }
    return out;
}

} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView encoded, DecodeStats* stats)
{
    return decodeQuotedPrintableWith(encoded, stats, true);
}

QByteArray Internal::decodeQuotedPrintableReference(QByteArrayView encoded, DecodeStats* stats)
{
    return decodeQuotedPrintableWith(encoded, stats, false);
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

namespace {

constexpr qsizetype kDecodeChunk = 32 * 1024;    // decoded bytes handed to the sink at a time
constexpr qsizetype kMaxPendingLine = 64 * 1024; // quoted-printable line kept across pieces

/** Longest line in octets across pieces, as noteLongestLines() counts it on the whole. */
struct LineLengths
{
    qint64 current = 0;
    qint64 longest = 0;
    bool lastWasCr = false;

    void feed(QByteArrayView piece)
    {
        const char* p = piece.data();
        const char* end = p + piece.size();
        while (p < end) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            if (!nl) {
                current += end - p;
                lastWasCr = end[-1] == '\r';
                return;
            }
            qint64 len = current + (nl - p);
            const bool cr = nl > p ? nl[-1] == '\r' : lastWasCr;
            if (len > 0 && cr)
                --len;
            longest = std::max(longest, len);
            current = 0;
            lastWasCr = false;
            p = nl + 1;
        }
    }
    qint64 result() const { return std::max(longest, current); }
};

} // namespace

struct TransferDecoder::Private
{
    TransferEncoding encoding;
    bool measureLines = true;
    Base64Core base64;
    LineLengths lines;
    qint64 badEscapes = 0;
    DecodeStats uuStats;
    QByteArray pending;    // quoted-printable: the unfinished line; uuencode: everything
    QByteArray out;

    void qpLines(QByteArrayView lines, const Sink& sink)
    {
        // Output is never longer than input: decode straight into the buffer, flushing per chunk.
        qsizetype pos = 0;
        while (pos < lines.size()) {
            qsizetype take = std::min(kDecodeChunk, lines.size() - pos);
            if (pos + take < lines.size()) {
                // Cut after a line break so every call sees whole lines.
                const qsizetype nl = lines.lastIndexOf('\n', pos + take - 1);
                if (nl >= pos)
                    take = nl + 1 - pos;
                else if (const qsizetype next = lines.indexOf('\n', pos + take); next >= 0)
                    take = next + 1 - pos;
                else
                    take = lines.size() - pos;
            }
            if (out.capacity() < take)
                out.reserve(take); // exactly: resize() alone would round the allocation up
            out.resize(take);
            const char* begin = lines.data() + pos;
            const char* e = decodeQpLines(begin, begin + take, out.data(), &badEscapes);
            if (e != out.constData())
                sink(QByteArrayView(out.constData(), e - out.constData()));
            pos += take;
        }
    }

    /** Cut point in an over-long unfinished line where splitting changes nothing: not inside an
     *  "=XX" escape, not after white space that a later line end would strip. */
    static qsizetype safeCut(QByteArrayView line)
    {
        qsizetype cut = line.size() - 3;
        while (cut > 0) {
            const char c = line[cut - 1];
            const bool inEscape = c == '=' || (cut >= 2 && line[cut - 2] == '=');
            if (!inEscape && c != ' ' && c != '\t' && c != '\r')
                return cut;
            --cut;
        }
        return 0;
    }
};

TransferDecoder::TransferDecoder(TransferEncoding encoding, bool measureLines)
    : d(std::make_unique<Private>())
{
    d->encoding = encoding;
    d->measureLines = measureLines;
}

TransferDecoder::~TransferDecoder() = default;

void TransferDecoder::feed(QByteArrayView encoded, const Sink& sink)
{
    if (encoded.isEmpty())
        return;
    if (d->measureLines)
        d->lines.feed(encoded);
    switch (d->encoding) {
    case TransferEncoding::Base64: {
        const auto* p = reinterpret_cast<const unsigned char*>(encoded.data());
        const auto* end = p + encoded.size();
        const qsizetype outSize = Base64Core::maxOutput(std::min(kDecodeChunk, encoded.size()));
        if (d->out.capacity() < outSize)
            d->out.reserve(outSize); // exactly: resize() alone would round the allocation up
        d->out.resize(outSize);
        while (p < end) {
            const qsizetype take = std::min<qsizetype>(kDecodeChunk, end - p);
            char* o = d->base64.decode(p, p + take, d->out.data());
            if (o != d->out.constData())
                sink(QByteArrayView(d->out.constData(), o - d->out.constData()));
            p += take;
        }
        return;
    }
    case TransferEncoding::QuotedPrintable: {
        if (!d->pending.isEmpty()) {
            const qsizetype nl = encoded.indexOf('\n');
            if (nl < 0) {
                d->pending.append(encoded);
                if (d->pending.size() > kMaxPendingLine) {
                    const qsizetype cut = Private::safeCut(d->pending);
                    if (cut > 0) {
                        d->qpLines(QByteArrayView(d->pending).first(cut), sink);
                        d->pending.remove(0, cut);
                    }
                }
                return;
            }
            d->pending.append(encoded.first(nl + 1));
            const QByteArray line = std::exchange(d->pending, QByteArray());
            d->qpLines(line, sink);
            encoded = encoded.sliced(nl + 1);
        }
        const qsizetype lastNl = encoded.lastIndexOf('\n');
        if (lastNl >= 0) {
            d->qpLines(encoded.first(lastNl + 1), sink);
            encoded = encoded.sliced(lastNl + 1);
        }
        if (encoded.size() > kMaxPendingLine) {
            const qsizetype cut = Private::safeCut(encoded);
            d->qpLines(encoded.first(cut), sink);
            encoded = encoded.sliced(cut);
        }
        d->pending = encoded.toByteArray();
        return;
    }
    case TransferEncoding::UUEncode:
        d->pending.append(encoded);
        return;
    case TransferEncoding::SevenBit:
    case TransferEncoding::EightBit:
    case TransferEncoding::Binary:
    case TransferEncoding::Unknown:
        break;
    }
    sink(encoded);
}

void TransferDecoder::finish(const Sink& sink)
{
    switch (d->encoding) {
    case TransferEncoding::Base64: {
        char buffer[4];
        const char* o = d->base64.finish(buffer);
        if (o != buffer)
            sink(QByteArrayView(buffer, o - buffer));
        break;
    }
    case TransferEncoding::QuotedPrintable:
        if (!d->pending.isEmpty())
            d->qpLines(std::exchange(d->pending, QByteArray()), sink);
        break;
    case TransferEncoding::UUEncode:
        if (!d->pending.isEmpty()) {
            DecodeStats stats;
            const QByteArray decoded = decodeUUEncode(std::exchange(d->pending, QByteArray()), &stats);
            d->uuStats.truncated = stats.truncated;
            if (!decoded.isEmpty())
                sink(decoded);
        }
        break;
    case TransferEncoding::SevenBit:
    case TransferEncoding::EightBit:
    case TransferEncoding::Binary:
    case TransferEncoding::Unknown:
        break;
    }
}

DecodeStats TransferDecoder::stats() const
{
    DecodeStats stats;
    d->base64.addStats(&stats);
    stats.badEscapes = d->badEscapes;
    stats.truncated = stats.truncated || d->uuStats.truncated;
    stats.longestLine = d->lines.result();
    return stats;
}

} // namespace Deliverbench::Mail
