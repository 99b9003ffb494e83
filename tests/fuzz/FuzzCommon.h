// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the libFuzzer harnesses in tests/fuzz (one executable per target).
// The harnesses check a few invariants of the declared API (byte ranges inside the input,
// decoded sizes bounded by the input) besides "no crash under ASan/UBSan": a violated
// invariant aborts with a message, so libFuzzer saves the input like any other crash.

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/** @short Aborts with a message when an API invariant does not hold (libFuzzer keeps the input). */
#define FUZZ_CHECK(cond)                                                                        \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (false)

namespace Deliverbench::Fuzz {

/**
 * @short The fuzzer's buffer as a QByteArray without a copy (QByteArray::fromRawData).
 *
 * No copy means no trailing NUL and no spare capacity: ASan reports any read past the
 * input's last byte. Everything built from it must be dropped before the callback returns.
 */
inline QByteArray rawBytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

/** @short The fuzzer's buffer as a view. */
inline QByteArrayView view(const uint8_t* data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size));
}

/** @short True when the view is empty or lies entirely inside [base, base+size). */
inline bool viewInside(QByteArrayView view, const char* base, qint64 size)
{
    if (view.isEmpty())
        return true;
    return view.data() >= base && view.data() + view.size() <= base + size;
}

/** @short True when [offset, offset+length) lies inside [0, size). */
inline bool rangeInside(qint64 offset, qint64 length, qint64 size)
{
    return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
}

/** @short Splits the input at the first line break: a selector or name line, then the payload. */
inline void splitFirstLine(QByteArrayView input, QByteArrayView* first, QByteArrayView* rest)
{
    const qsizetype nl = input.indexOf('\n');
    if (nl < 0) {
        *first = input;
        *rest = {};
        return;
    }
    *first = input.first(nl);
    *rest = input.sliced(nl + 1);
}

/** @short Keeps the optimizer from discarding a result. */
template<typename T>
inline void consume(const T& value)
{
    asm volatile("" : : "r"(&value) : "memory");
}

} // namespace Deliverbench::Fuzz
