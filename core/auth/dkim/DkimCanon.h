// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimSignature.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace Deliverbench::Auth {

/**
 * @short Canonicalizes one header field from its raw bytes (RFC 6376 §3.4.1 simple, §3.4.2 relaxed).
 *
 * `field` is the field as it is in the message: name, colon, value with its folds, and optionally the
 * final line break. Line breaks may be CRLF or bare LF (treated as CRLF, as verifiers do). With
 * `withCrlf` the result ends in CRLF (every signed field); without it (the DKIM-Signature being
 * verified or made) it does not.
 */
QByteArray dkimCanonicalizeHeader(QByteArrayView field, DkimCanon canon, bool withCrlf = true);

/**
 * @short Streaming body canonicalizer (RFC 6376 §3.4.3 simple, §3.4.4 relaxed).
 *
 * Feed the raw body in any number of chunks; canonical bytes go to the sink in large pieces
 * (long unchanged runs of the input are passed through as views; runs under 1 KiB are batched
 * into a buffer), so a 50 MB body is hashed with next to no copying. Line ends are CRLF or bare
 * LF (bare LF counts as CRLF unless lfIsLineEnd is false); a CR not followed by LF is data. Trailing empty lines are dropped; a
 * missing final CRLF is added; an empty body is CRLF under simple and empty under relaxed.
 * Memory is O(1) in the body size.
 */
class DkimBodyCanonicalizer
{
public:
    struct Options
    {
        bool lfIsLineEnd = true;       ///< false: a bare LF is data (what a broken signer would hash)
        bool stripTrailingWsp = false; ///< simple only: drop SP/TAB at line ends (diagnosis variant)
    };
    using Sink = std::function<void(QByteArrayView)>;
    /** @short Called after each non-empty canonical line is emitted and flushed to the sink:
     *  the canonical size so far and the raw body bytes consumed (up to and including that line's break). */
    using LineHook = std::function<void(qint64 canonicalSize, qint64 rawConsumed)>;

    DkimBodyCanonicalizer(DkimCanon canon, Sink sink);
    DkimBodyCanonicalizer(DkimCanon canon, Sink sink, Options options);

    void setLineHook(LineHook hook) { m_hook = std::move(hook); }
    void update(QByteArrayView chunk);
    void finish();
    /** @short Canonical bytes produced so far. */
    qint64 outputSize() const { return m_outSize; }
    /** @short Raw bytes fed so far. */
    qint64 inputSize() const { return m_base; }

private:
    void content(const char* p, qsizetype len, bool literal);
    void updateRelaxed(const char* p, qsizetype n);
    void relaxedData(const char* p, qsizetype len, bool literal);
    void beginContent();
    void lineEnd(const char* crlf);
    void emitSource(const char* p, qsizetype len);
    void emitLiteral(const char* p, qsizetype len);
    void appendBuf(const char* p, qsizetype len);
    void flushSpan();
    void flushBuf();
    void flushAll();

    DkimCanon m_canon;
    Sink m_sink;
    Options m_options;
    LineHook m_hook;
    QByteArray m_buf;
    const char* m_spanPtr = nullptr;
    qsizetype m_spanLen = 0;
    qint64 m_outSize = 0;
    qint64 m_base = 0;
    bool m_pendingCr = false;
    bool m_lineHasContent = false;
    qint64 m_pendingLines = 0;
    const char* m_pendingPtr = nullptr;
    bool m_pendingContig = false;
    bool m_pendingWsp = false;
    const char* m_wspSingle = nullptr; ///< relaxed: the pending WSP run is exactly this one SP in the current chunk
    QByteArray m_wspBytes;             ///< simple with stripTrailingWsp: the pending WSP run
};

/** @short Canonicalizes a whole body in memory (tests, small bodies, diagnosis). */
QByteArray dkimCanonicalizeBody(QByteArrayView body, DkimCanon canon, DkimBodyCanonicalizer::Options options = {});

} // namespace Deliverbench::Auth

namespace Deliverbench::Auth {

/** @short The body hash (RFC 6376 §3.7 step 1) and the canonical size before l=. */
struct DkimBodyHash
{
    QByteArray digest;
    qint64 canonicalSize = 0;
};

/** @short Canonicalizes and hashes a body in one streaming pass; `limit` is l= (-1: whole body). */
DkimBodyHash dkimHashBody(QByteArrayView body, DkimCanon canon, DkimHash hash, qint64 limit = -1,
                          DkimBodyCanonicalizer::Options options = {});

} // namespace Deliverbench::Auth
