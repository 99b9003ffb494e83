// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimCanon.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Deliverbench::Auth {

namespace {

constexpr qsizetype kBufferSize = 64 * 1024;
constexpr qsizetype kSmall = 1024;

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

/**
 * Relaxed body scan: the first position in (from, n) where the input does not pass through
 * relaxed canonicalization unchanged, or n. p[from] must be a byte other than SP, TAB, CR and
 * LF. Stops at (a superset of) every TAB, every SP followed by a byte <= 0x20 (a WSP run,
 * trailing WSP, or the end of the chunk), every CR that is not the CRLF of a line with content,
 * and every LF not preceded by CR. Between two such stops the bytes are data, single spaces
 * before data, and the CRLFs of non-empty lines: output equals input.
 */
bool relaxedStop(const char* p, qsizetype i, qsizetype n)
{
    switch (p[i]) {
    case '\t':
        return true;
    case ' ':
        return i + 1 == n || static_cast<unsigned char>(p[i + 1]) <= 0x20;
    case '\r':
        return i + 1 == n || p[i + 1] != '\n' || p[i - 1] == '\n';
    case '\n':
        return p[i - 1] != '\r';
    default:
        return false;
    }
}

qsizetype nextRelaxedStop(const char* p, qsizetype from, qsizetype n)
{
    qsizetype i = from + 1;
#if defined(__SSE2__)
    // 16 bytes a step: the byte, its predecessor and its successor are three unaligned loads
    const __m128i sp = _mm_set1_epi8(' ');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    for (; i + 17 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i vp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i - 1));
        const __m128i vn = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
        const __m128i isCr = _mm_cmpeq_epi8(v, cr);
        const __m128i isLf = _mm_cmpeq_epi8(v, lf);
        const __m128i nextLow = _mm_cmpeq_epi8(_mm_min_epu8(vn, sp), vn); // successor <= 0x20
        const __m128i dataCrlf = _mm_andnot_si128(_mm_cmpeq_epi8(vp, lf), _mm_cmpeq_epi8(vn, lf));
        __m128i stop = _mm_cmpeq_epi8(v, tab);
        stop = _mm_or_si128(stop, _mm_and_si128(_mm_cmpeq_epi8(v, sp), nextLow));
        stop = _mm_or_si128(stop, _mm_andnot_si128(dataCrlf, isCr));
        stop = _mm_or_si128(stop, _mm_andnot_si128(_mm_cmpeq_epi8(vp, cr), isLf));
        const int mask = _mm_movemask_epi8(stop);
        if (mask)
            return i + __builtin_ctz(unsigned(mask));
    }
#endif
    for (; i < n; ++i) {
        if (relaxedStop(p, i, n))
            return i;
    }
    return n;
}

} // namespace

QByteArray dkimCanonicalizeHeader(QByteArrayView field, DkimCanon canon, bool withCrlf)
{
    qsizetype end = field.size();
    if (end > 0 && field.at(end - 1) == '\n') {
        --end;
        if (end > 0 && field.at(end - 1) == '\r')
            --end;
    }
    const QByteArrayView text = field.first(end);
    QByteArray out;
    out.reserve(text.size() + 2);
    if (canon == DkimCanon::Simple) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c == '\n' && (i == 0 || text.at(i - 1) != '\r'))
                out.append('\r');
            out.append(c);
        }
    } else {
        qsizetype colon = text.indexOf(':');
        if (colon < 0)
            colon = text.size();
        QByteArrayView name = text.first(colon);
        while (!name.isEmpty() && (isWsp(name.back()) || name.back() == '\r' || name.back() == '\n'))
            name.chop(1);
        out.append(name.toByteArray().toLower());
        out.append(':');
        bool pendingSpace = false;
        bool any = false;
        for (qsizetype i = colon + 1; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c == '\n' || (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n'))
                continue; // unfold: line breaks vanish (RFC 6376 §3.4.2)
            if (isWsp(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && any)
                out.append(' ');
            pendingSpace = false;
            any = true;
            out.append(c);
        }
    }
    if (withCrlf)
        out.append("\r\n", 2);
    return out;
}

DkimBodyCanonicalizer::DkimBodyCanonicalizer(DkimCanon canon, Sink sink)
    : DkimBodyCanonicalizer(canon, std::move(sink), Options{})
{
}

DkimBodyCanonicalizer::DkimBodyCanonicalizer(DkimCanon canon, Sink sink, Options options)
    : m_canon(canon)
    , m_sink(std::move(sink))
    , m_options(options)
{
    m_buf.reserve(kBufferSize + kSmall);
}

void DkimBodyCanonicalizer::appendBuf(const char* p, qsizetype len)
{
    m_buf.append(p, len);
    if (m_buf.size() >= kBufferSize)
        flushBuf();
}

void DkimBodyCanonicalizer::flushBuf()
{
    if (!m_buf.isEmpty()) {
        m_sink(QByteArrayView(m_buf));
        m_buf.resize(0);
    }
}

void DkimBodyCanonicalizer::flushSpan()
{
    // invariant: the buffer holds the output that precedes the open span. A short span is
    // copied behind it (one large sink call beats many small ones); a long one goes out as a view.
    if (m_spanLen <= 0)
        return;
    const char* sp = m_spanPtr;
    const qsizetype sl = m_spanLen;
    m_spanLen = 0;
    m_spanPtr = nullptr;
    if (sl < kSmall) {
        appendBuf(sp, sl);
    } else {
        flushBuf();
        m_sink(QByteArrayView(sp, sl));
    }
}

void DkimBodyCanonicalizer::flushAll()
{
    flushSpan();
    flushBuf();
}

void DkimBodyCanonicalizer::emitSource(const char* p, qsizetype len)
{
    if (len <= 0)
        return;
    m_outSize += len;
    if (m_spanLen > 0 && p == m_spanPtr + m_spanLen) {
        m_spanLen += len;
        return;
    }
    flushSpan();
    m_spanPtr = p;
    m_spanLen = len;
}

void DkimBodyCanonicalizer::emitLiteral(const char* p, qsizetype len)
{
    if (len <= 0)
        return;
    m_outSize += len;
    flushSpan();
    appendBuf(p, len);
}

void DkimBodyCanonicalizer::beginContent()
{
    if (m_lineHasContent)
        return;
    m_lineHasContent = true;
    if (m_pendingLines > 0) {
        if (m_pendingContig) {
            emitSource(m_pendingPtr, m_pendingLines * 2);
        } else {
            for (qint64 i = 0; i < m_pendingLines; ++i)
                emitLiteral("\r\n", 2);
        }
        m_pendingLines = 0;
        m_pendingContig = false;
    }
}

void DkimBodyCanonicalizer::content(const char* p, qsizetype len, bool literal)
{
    if (len <= 0)
        return;
    const bool collapse = m_canon == DkimCanon::Relaxed;
    if (!collapse && !m_options.stripTrailingWsp) {
        beginContent();
        literal ? emitLiteral(p, len) : emitSource(p, len);
        return;
    }
    qsizetype i = 0;
    while (i < len) {
        if (isWsp(p[i])) {
            const qsizetype start = i;
            while (i < len && isWsp(p[i]))
                ++i;
            if (collapse) {
                m_wspSingle = (!m_pendingWsp && !literal && i - start == 1 && p[start] == ' ') ? p + start : nullptr;
                m_pendingWsp = true;
            } else {
                m_pendingWsp = true;
                m_wspBytes.append(p + start, i - start);
            }
            continue;
        }
        const qsizetype start = i;
        while (i < len && !isWsp(p[i]))
            ++i;
        beginContent();
        if (m_pendingWsp) {
            if (collapse) {
                if (m_wspSingle)
                    emitSource(m_wspSingle, 1);
                else
                    emitLiteral(" ", 1);
            } else {
                emitLiteral(m_wspBytes.constData(), m_wspBytes.size());
                m_wspBytes.resize(0);
            }
            m_pendingWsp = false;
            m_wspSingle = nullptr;
        }
        literal ? emitLiteral(p + start, i - start) : emitSource(p + start, i - start);
    }
}

void DkimBodyCanonicalizer::lineEnd(const char* crlf)
{
    m_pendingWsp = false; // trailing WSP is dropped (relaxed, or simple with stripTrailingWsp)
    m_wspSingle = nullptr;
    m_wspBytes.resize(0);
    if (m_lineHasContent) {
        crlf ? emitSource(crlf, 2) : emitLiteral("\r\n", 2);
        m_lineHasContent = false;
        if (m_hook) {
            flushAll();
            return; // the caller reports the raw position
        }
        return;
    }
    if (m_pendingLines == 0) {
        m_pendingPtr = crlf;
        m_pendingContig = crlf != nullptr;
    } else if (m_pendingContig && crlf != m_pendingPtr + m_pendingLines * 2) {
        m_pendingContig = false;
    }
    ++m_pendingLines;
}

void DkimBodyCanonicalizer::relaxedData(const char* p, qsizetype len, bool literal)
{
    beginContent();
    if (m_pendingWsp) {
        m_wspSingle ? emitSource(m_wspSingle, 1) : emitLiteral(" ", 1);
        m_pendingWsp = false;
        m_wspSingle = nullptr;
    }
    literal ? emitLiteral(p, len) : emitSource(p, len);
}

void DkimBodyCanonicalizer::updateRelaxed(const char* p, qsizetype n)
{
    // RFC 6376 §3.4.4 without per-byte work: nextRelaxedStop() skips the bytes that pass through
    // unchanged (passed on as views), the loop below handles WSP runs, line ends and bare CR/LF.
    qsizetype pos = 0;
    if (m_pendingCr) {
        m_pendingCr = false;
        if (p[0] == '\n') {
            lineEnd(nullptr);
            pos = 1;
        } else {
            relaxedData("\r", 1, true);
        }
    }
    while (pos < n) {
        const char c = p[pos];
        if (isWsp(c)) {
            qsizetype e = pos + 1;
            while (e < n && isWsp(p[e]))
                ++e;
            if (!m_pendingWsp) {
                m_pendingWsp = true;
                m_wspSingle = c == ' ' ? p + pos : nullptr; // the output SP can be this input byte
            }
            pos = e;
        } else if (c == '\r') {
            if (pos + 1 == n) {
                m_pendingCr = true;
                pos = n;
            } else if (p[pos + 1] == '\n') {
                lineEnd(p + pos);
                pos += 2;
            } else {
                relaxedData(p + pos, 1, false); // a bare CR is data
                ++pos;
            }
        } else if (c == '\n') {
            if (m_options.lfIsLineEnd)
                lineEnd(nullptr);
            else
                relaxedData(p + pos, 1, false);
            ++pos;
        } else {
            const qsizetype end = nextRelaxedStop(p, pos, n);
            relaxedData(p + pos, end - pos, false);
            m_lineHasContent = p[end - 1] != '\n'; // the run may end with a non-empty line's CRLF
            pos = end;
        }
    }
}

void DkimBodyCanonicalizer::update(QByteArrayView chunk)
{
    const char* p = chunk.data();
    const qsizetype n = chunk.size();
    if (n == 0)
        return;
    qsizetype pos = 0;
    if (m_canon == DkimCanon::Relaxed && !m_hook) {
        updateRelaxed(p, n);
        pos = n;
    }
    while (pos < n) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (p[pos] == '\n') {
                const bool had = m_lineHasContent;
                lineEnd(nullptr);
                ++pos;
                if (had && m_hook)
                    m_hook(m_outSize, m_base + pos);
                continue;
            }
            content("\r", 1, true);
        }
        const void* found = std::memchr(p + pos, '\n', size_t(n - pos));
        const qsizetype end = found ? static_cast<const char*>(found) - p : n;
        qsizetype segEnd = end;
        bool crlf = false;
        if (end > pos && p[end - 1] == '\r') {
            segEnd = end - 1;
            if (found)
                crlf = true;
            else
                m_pendingCr = true;
        }
        content(p + pos, segEnd - pos, false);
        if (!found) {
            pos = n;
            break;
        }
        if (!crlf && !m_options.lfIsLineEnd) {
            content(p + end, 1, false);
            pos = end + 1;
            continue;
        }
        const bool had = m_lineHasContent;
        lineEnd(crlf ? p + end - 1 : nullptr);
        pos = end + 1;
        if (had && m_hook)
            m_hook(m_outSize, m_base + pos);
    }
    m_base += n;
    // views into this chunk end here
    flushSpan();
    m_pendingContig = false;
    m_wspSingle = nullptr;
}

void DkimBodyCanonicalizer::finish()
{
    if (m_pendingCr) {
        m_pendingCr = false;
        content("\r", 1, true);
    }
    if (m_lineHasContent) {
        emitLiteral("\r\n", 2);
        m_lineHasContent = false;
        flushAll();
        if (m_hook)
            m_hook(m_outSize, m_base);
    }
    m_pendingLines = 0;
    if (m_canon == DkimCanon::Simple && m_outSize == 0)
        emitLiteral("\r\n", 2); // RFC 6376 §3.4.3: an empty body is one CRLF
    flushAll();
}

QByteArray dkimCanonicalizeBody(QByteArrayView body, DkimCanon canon, DkimBodyCanonicalizer::Options options)
{
    QByteArray out;
    DkimBodyCanonicalizer c(canon, [&out](QByteArrayView v) { out.append(v); }, options);
    c.update(body);
    c.finish();
    return out;
}

} // namespace Deliverbench::Auth

#include "auth/dkim/DkimCrypto_p.h"

namespace Deliverbench::Auth {

DkimBodyHash dkimHashBody(QByteArrayView body, DkimCanon canon, DkimHash hash, qint64 limit,
                          DkimBodyCanonicalizer::Options options)
{
    DkimCrypto::Hasher hasher(hash);
    qint64 hashed = 0;
    DkimBodyCanonicalizer c(
        canon,
        [&](QByteArrayView v) {
            if (limit >= 0) {
                const qint64 room = limit - hashed;
                if (room <= 0)
                    return;
                if (v.size() > room)
                    v = v.first(qsizetype(room));
            }
            hasher.update(v);
            hashed += v.size();
        },
        options);
    // feed in 4 MiB pieces: the canonicalizer is streaming, the body may be a mapped file
    constexpr qsizetype kPiece = 4 * 1024 * 1024;
    for (qsizetype pos = 0; pos < body.size(); pos += kPiece)
        c.update(body.sliced(pos, qMin(kPiece, body.size() - pos)));
    c.finish();
    return DkimBodyHash{hasher.final(), c.outputSize()};
}

} // namespace Deliverbench::Auth
