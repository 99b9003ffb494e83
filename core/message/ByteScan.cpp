// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/ByteScan_p.h"

#ifdef DELIVERBENCH_BYTESCAN_AVX2
#include <immintrin.h>

namespace Deliverbench::Mail::Internal {

// AVX2 is not part of baseline x86-64: these are compiled for it alone (target attribute) and
// called only when the CPU has it (kHaveAvx2, ByteScan_p.h). The loops are the SSE2 ones of
// ByteScan_p.h at twice the width; tst_decoding compares them with the scalar references.

const bool kHaveAvx2 = __builtin_cpu_supports("avx2");

namespace {

/** The sum of the 32 byte counters. */
__attribute__((target("avx2"))) inline qint64 sum(__m256i counters)
{
    const __m256i sums = _mm256_sad_epu8(counters, _mm256_setzero_si256());
    const __m128i pairs = _mm_add_epi64(_mm256_castsi256_si128(sums), _mm256_extracti128_si256(sums, 1));
    return qint64(_mm_cvtsi128_si64(pairs)) + qint64(_mm_cvtsi128_si64(_mm_unpackhi_epi64(pairs, pairs)));
}

} // namespace

__attribute__((target("avx2"))) ByteCounts countBytesAvx2(const char* p, const char* end, char before)
{
    if (end - p < 33)
        return countBytesSse2(p, end, before);
    // The first byte with `before` as its predecessor, then 32 at a time reading p[i-1] unaligned.
    ByteCounts c = countBytesScalar(p, p + 1, before);
    const char* q = p + 1;
    const __m256i nl = _mm256_set1_epi8('\n');
    const __m256i cr = _mm256_set1_epi8('\r');
    const __m256i zero = _mm256_setzero_si256();
    qint64 nls = 0, crnls = 0, crs = 0, nuls = 0;
    // Byte-wise counters (a matching lane is -1, so subtracting the mask adds one), summed into
    // the totals (sum()) before any lane can pass 255.
    while (end - q >= 32) {
        __m256i nlAcc = zero, crAcc = zero, nulAcc = zero, crnlAcc = zero;
        for (int round = 0; round < 255 && end - q >= 32; ++round, q += 32) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
            const __m256i before32 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q - 1));
            const __m256i isNl = _mm256_cmpeq_epi8(v, nl);
            nlAcc = _mm256_sub_epi8(nlAcc, isNl);
            crAcc = _mm256_sub_epi8(crAcc, _mm256_cmpeq_epi8(v, cr));
            nulAcc = _mm256_sub_epi8(nulAcc, _mm256_cmpeq_epi8(v, zero));
            crnlAcc = _mm256_sub_epi8(crnlAcc, _mm256_and_si256(isNl, _mm256_cmpeq_epi8(before32, cr)));
        }
        nls += sum(nlAcc);
        crs += sum(crAcc);
        nuls += sum(nulAcc);
        crnls += sum(crnlAcc);
    }
    c.lf += nls - crnls;
    c.crlf += crnls;
    c.cr += crs;
    c.nul += nuls;
    c += countBytesSse2(q, end, q[-1]);
    return c;
}

__attribute__((target("avx2"))) const char* findPairAvx2(const char* p, const char* end, char a, char b)
{
    const __m256i va = _mm256_set1_epi8(a);
    const __m256i vb = _mm256_set1_epi8(b);
    // 64 bytes a step with one branch; a pair needs its second byte before `end` (hence 65).
    for (; end - p >= 65; p += 64) {
        const __m256i first0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i second0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1));
        const __m256i first1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
        const __m256i second1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 33));
        const __m256i hit0 = _mm256_and_si256(_mm256_cmpeq_epi8(first0, va), _mm256_cmpeq_epi8(second0, vb));
        const __m256i hit1 = _mm256_and_si256(_mm256_cmpeq_epi8(first1, va), _mm256_cmpeq_epi8(second1, vb));
        if (!_mm256_testz_si256(_mm256_or_si256(hit0, hit1), _mm256_or_si256(hit0, hit1))) {
            const quint64 mask
                = quint64(unsigned(_mm256_movemask_epi8(hit0))) | quint64(unsigned(_mm256_movemask_epi8(hit1))) << 32;
            return p + __builtin_ctzll(mask);
        }
    }
    for (; end - p >= 33; p += 32) {
        const __m256i first = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i second = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1));
        const int mask
            = _mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(first, va), _mm256_cmpeq_epi8(second, vb)));
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
    }
    return findPairSse2(p, end, a, b);
}

} // namespace Deliverbench::Mail::Internal
#endif
