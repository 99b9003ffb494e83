// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the streaming DKIM body canonicalizer (RFC 6376 §3.4.3 simple, §3.4.4
// relaxed), differentially. The relaxed canonicalizer has a vectorised fast path (no line hook)
// and the per-line path the "why it broke" diagnosis uses (with a line hook); both must produce
// the same bytes for every body and every split of it into chunks. Also checks the hook's
// invariants and that an l= limit cuts the same canonical bytes.
//
// Input: byte 0 = flags (bit 0 relaxed, bit 1 bare LF is data, bit 2 strip trailing WSP
// (simple only)), byte 1 = chunking seed, byte 2 = l= (as a fraction of the canonical size);
// the rest is the body.

#include "FuzzCommon.h"

#include "auth/dkim/DkimCanon.h"

#include <QCryptographicHash>

using namespace Deliverbench;

namespace {

QByteArray canonicalize(QByteArrayView body, Auth::DkimCanon canon, Auth::DkimBodyCanonicalizer::Options options,
                        quint8 seed, bool withHook)
{
    QByteArray out;
    Auth::DkimBodyCanonicalizer c(canon, [&out](QByteArrayView piece) { out.append(piece); }, options);
    qint64 lastSize = 0;
    qint64 lastRaw = 0;
    if (withHook) {
        c.setLineHook([&](qint64 canonicalSize, qint64 rawConsumed) {
            FUZZ_CHECK(canonicalSize >= lastSize && rawConsumed >= lastRaw);
            FUZZ_CHECK(rawConsumed <= body.size());
            FUZZ_CHECK(canonicalSize == out.size()); // flushed to the sink before the hook runs
            lastSize = canonicalSize;
            lastRaw = rawConsumed;
        });
    }
    // chunks of 0..(seed % 61) bytes in a pattern the seed picks, an empty chunk now and then;
    // seed % 61 == 0: the whole body at once
    const qsizetype most = seed % 61;
    qsizetype at = 0;
    quint32 state = seed | 1u;
    bool lastEmpty = false;
    while (at < body.size()) {
        state = state * 1103515245u + 12345u;
        qsizetype len = most == 0 ? body.size() : qsizetype((state >> 16) % (most + 1));
        if (len == 0 && lastEmpty)
            len = 1; // never two empty chunks in a row: the loop always advances
        lastEmpty = len == 0;
        const qsizetype take = qMin(len, body.size() - at);
        c.update(body.sliced(at, take));
        at += take;
    }
    c.finish();
    FUZZ_CHECK(c.inputSize() == body.size());
    FUZZ_CHECK(c.outputSize() == out.size());
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 3 || size > 1 << 20)
        return 0;
    const quint8 flags = data[0];
    const quint8 seed = data[1];
    const quint8 limitByte = data[2];
    const QByteArrayView body = Fuzz::view(data + 3, size - 3);
    const Auth::DkimCanon canon = (flags & 1) ? Auth::DkimCanon::Relaxed : Auth::DkimCanon::Simple;
    Auth::DkimBodyCanonicalizer::Options options;
    options.lfIsLineEnd = !(flags & 2);
    options.stripTrailingWsp = canon == Auth::DkimCanon::Simple && (flags & 4);

    const QByteArray fast = canonicalize(body, canon, options, seed, false);
    const QByteArray hooked = canonicalize(body, canon, options, 0, true);
    const QByteArray whole = Auth::dkimCanonicalizeBody(body, canon, options);
    FUZZ_CHECK(fast == hooked);
    FUZZ_CHECK(fast == whole);
    FUZZ_CHECK(fast.isEmpty() || fast.endsWith("\r\n"));
    FUZZ_CHECK(!fast.endsWith("\r\n\r\n"));

    const qint64 limit = fast.size() * limitByte / 255;
    const Auth::DkimBodyHash hash = Auth::dkimHashBody(body, canon, Auth::DkimHash::Sha256, limit, options);
    FUZZ_CHECK(hash.canonicalSize == fast.size());
    FUZZ_CHECK(hash.digest == QCryptographicHash::hash(fast.left(limit), QCryptographicHash::Sha256));
    return 0;
}
