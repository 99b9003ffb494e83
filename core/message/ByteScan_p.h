// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Byte scans the MIME parser runs over every byte of big messages (tests/bench measures them).
// SSE2 is part of x86-64, so it needs no runtime dispatch; AVX2 is not, and ranges of 64 bytes
// and more go to the AVX2 loops of ByteScan.cpp when the CPU has it (kHaveAvx2), shorter ones
// (header lines) stay on the inline SSE2 loops. Other targets use the scalar loops, which give
// the same answers (tst_decoding compares every path with them on the same inputs).

#include <QtGlobal>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define DELIVERBENCH_BYTESCAN_AVX2 1
#endif

namespace Deliverbench::Mail::Internal {

/** Line-ending and control-byte counts of a range. */
struct ByteCounts
{
    qint64 lf = 0;     ///< '\n' not preceded by '\r'
    qint64 crlf = 0;
    qint64 cr = 0;     ///< every '\r'
    qint64 nul = 0;

    ByteCounts& operator+=(const ByteCounts& o)
    {
        lf += o.lf;
        crlf += o.crlf;
        cr += o.cr;
        nul += o.nul;
        return *this;
    }
};

/** Scalar reference of countBytes(); `before` is the byte preceding `p` ('\0' at a start). */
inline ByteCounts countBytesScalar(const char* p, const char* end, char before)
{
    ByteCounts c;
    char prev = before;
    for (; p < end; ++p) {
        const char b = *p;
        if (b == '\n')
            (prev == '\r' ? c.crlf : c.lf) += 1;
        c.cr += b == '\r';
        c.nul += b == 0;
        prev = b;
    }
    return c;
}

/** countBytes() 16 bytes a step with SSE2 (the scalar loop elsewhere). */
inline ByteCounts countBytesSse2(const char* p, const char* end, char before)
{
#if defined(__SSE2__)
    ByteCounts c;
    if (end - p >= 17) {
        // The first byte with `before` as its predecessor, then 16 at a time reading p[i-1] unaligned.
        c = countBytesScalar(p, p + 1, before);
        const char* q = p + 1;
        const __m128i nl = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        const __m128i zero = _mm_setzero_si128();
        qint64 nls = 0, crnls = 0, crs = 0, nuls = 0;
        // Byte-wise counters (a matching lane is -1, so subtracting the mask adds one), summed
        // into the totals with _mm_sad_epu8 before any lane can pass 255.
        auto total = [&zero](__m128i counters) {
            const __m128i sums = _mm_sad_epu8(counters, zero);
            return qint64(_mm_cvtsi128_si32(sums)) + qint64(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
        };
        while (end - q >= 16) {
            __m128i nlAcc = zero, crAcc = zero, nulAcc = zero, crnlAcc = zero;
            for (int round = 0; round < 255 && end - q >= 16; ++round, q += 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
                const __m128i before16 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q - 1));
                const __m128i isNl = _mm_cmpeq_epi8(v, nl);
                nlAcc = _mm_sub_epi8(nlAcc, isNl);
                crAcc = _mm_sub_epi8(crAcc, _mm_cmpeq_epi8(v, cr));
                nulAcc = _mm_sub_epi8(nulAcc, _mm_cmpeq_epi8(v, zero));
                crnlAcc = _mm_sub_epi8(crnlAcc, _mm_and_si128(isNl, _mm_cmpeq_epi8(before16, cr)));
            }
            nls += total(nlAcc);
            crs += total(crAcc);
            nuls += total(nulAcc);
            crnls += total(crnlAcc);
        }
        c.lf += nls - crnls;
        c.crlf += crnls;
        c.cr += crs;
        c.nul += nuls;
        c += countBytesScalar(q, end, q[-1]);
        return c;
    }
#endif
    return countBytesScalar(p, end, before);
}

/** Scalar reference of findPair(). */
inline const char* findPairScalar(const char* p, const char* end, char a, char b)
{
    for (; end - p >= 2; ++p) {
        if (p[0] == a && p[1] == b)
            return p;
    }
    return nullptr;
}

/** findPair() 16 bytes a step with SSE2 (the scalar loop elsewhere). */
inline const char* findPairSse2(const char* p, const char* end, char a, char b)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    for (; end - p >= 17; p += 16) {
        const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
        const int mask = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(first, va), _mm_cmpeq_epi8(second, vb)));
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
    }
#endif
    return findPairScalar(p, end, a, b);
}

#ifdef DELIVERBENCH_BYTESCAN_AVX2
/** True when the CPU has AVX2: the *Avx2 functions may be called only then. */
extern const bool kHaveAvx2;

/** countBytes() 32 bytes a step (ByteScan.cpp); any range, the tail on the SSE2 loop. */
ByteCounts countBytesAvx2(const char* p, const char* end, char before);

/** findPair() 64 bytes a step (ByteScan.cpp); any range, the tail on the SSE2 loop. */
const char* findPairAvx2(const char* p, const char* end, char a, char b);

/** Shorter ranges stay inline: a call costs more than AVX2 saves on them. */
inline constexpr qint64 kAvx2MinBytes = 64;
#endif

/** Counts '\n', "\r\n", '\r' and NUL in [p, end); `before` is the byte preceding `p`. */
inline ByteCounts countBytes(const char* p, const char* end, char before)
{
#ifdef DELIVERBENCH_BYTESCAN_AVX2
    if (end - p >= kAvx2MinBytes && kHaveAvx2)
        return countBytesAvx2(p, end, before);
#endif
    return countBytesSse2(p, end, before);
}

/**
 * First position i in [p, end - 1) with p[i] == a and p[i + 1] == b, or null. Finds "\n-" (MIME
 * delimiters) and "\nF" (mbox From_ lines) at a few bytes a cycle: memmem stops at every
 * candidate first byte, and a '\n' every 78 bytes is what a base64 body is made of.
 */
inline const char* findPair(const char* p, const char* end, char a, char b)
{
#ifdef DELIVERBENCH_BYTESCAN_AVX2
    if (end - p >= kAvx2MinBytes && kHaveAvx2)
        return findPairAvx2(p, end, a, b);
#endif
    return findPairSse2(p, end, a, b);
}

} // namespace Deliverbench::Mail::Internal
