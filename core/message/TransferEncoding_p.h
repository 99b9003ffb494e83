// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/message and its tests.

#include "message/TransferEncoding.h"

namespace Deliverbench::Mail::Internal {

/** @short decodeBase64() on its byte-at-a-time path only, without the quantum and SIMD fast
 *  paths: the reference they are tested against (tst_decoding, fuzz_decoding). */
QByteArray decodeBase64Reference(QByteArrayView encoded, DecodeStats* stats = nullptr);
/** @short decodeBase64() with SIMD blocks no wider than `simd` (2 AVX2, 1 SSSE3, 0 none, and
 *  never wider than the CPU has): each fast path is tested against the reference on its own. */
QByteArray decodeBase64Simd(QByteArrayView encoded, int simd, DecodeStats* stats = nullptr);
/** @short decodeQuotedPrintable() line by line, as RFC 2045 §6.7 states the rules: the reference
 *  its one-pass decoder is tested against. */
QByteArray decodeQuotedPrintableReference(QByteArrayView encoded, DecodeStats* stats = nullptr);
/** @short The widest SIMD blocks decodeBase64() uses on this CPU (2, 1 or 0, as above). */
int base64SimdLevel();

} // namespace Deliverbench::Mail::Internal
