// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/message and its tests.

#include "message/TransferEncoding.h"

namespace Deliverbench::Mail::Internal {

/** @short decodeBase64() on its byte-at-a-time path only, without the quantum and SIMD fast
 *  paths: the reference they are tested against (tst_decoding, fuzz_decoding). */
QByteArray decodeBase64Reference(QByteArrayView encoded, DecodeStats* stats = nullptr);

} // namespace Deliverbench::Mail::Internal
