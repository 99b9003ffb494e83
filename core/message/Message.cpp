// SPDX-License-Identifier: GPL-3.0-or-later
//
// Why the MIME model is hand-written
// ----------------------------------
// GMime, KMime, MimeKit and Python's email package all copy what they parse: they store
// header values and bodies in their own strings, unfold and re-case headers, LF-normalise
// line breaks (KMime) and re-serialise on output (KMime's assemble() warns that this breaks
// signatures). Deliverbench needs the opposite. DKIM and ARC canonicalise from the octets
// exactly as they arrived, and every Finding highlights its evidence in the raw view by byte
// offset. So the message is held once (memory-mapped for files, RawData) and every header
// field and MIME node here is a set of offsets into those bytes; nothing is copied until a
// caller asks for a decoded body. The concatenation of a part's ranges reproduces the input.
//
// The tree is built in one linear pass. A stack holds the parts whose end is not known yet
// (root … deepest open part); delimiter candidates are found with memmem("\n--"), and each
// candidate line is compared against the active boundaries from the innermost outwards, so
// an inner boundary that is a prefix of an outer one (or the same one) is handled as GMime
// does. There is no recursion over the input: depth and part count are bounded by
// ParseOptions, and a delimiter closes every deeper open part at once (each part is closed
// exactly once), so many parts or deep nesting cost linear time.

#include "message/Message.h"

#include "message/ByteScan_p.h"

#include "message/Charset.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string.h>

namespace Deliverbench::Mail {

namespace {

inline bool isLwsp(char c)
{
    return c == ' ' || c == '\t';
}

/** RFC 2046 §5.1.1 bcharsnospace plus space (not last). */
bool isValidBoundary(QByteArrayView b)
{
    if (b.isEmpty() || b.size() > 70 || b.back() == ' ')
        return false;
    for (char c : b) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '('
            || c == ')' || c == '+' || c == '_' || c == ',' || c == '-' || c == '.' || c == '/' || c == ':' || c == '=' || c == '?'
            || c == ' ';
        if (!ok)
            return false;
    }
    return true;
}

QString childPath(const MimePart& parent, int index)
{
    const QString n = QString::number(index);
    return parent.path.isEmpty() ? n : parent.path + QLatin1Char('.') + n;
}

/**
 * The first "\n--" whose "\n-" starts in [p, searchEnd - 1) and whose third byte is before
 * `available` (the piece's lookahead), or null. "\n-" pairs go 16 or more bytes a step
 * (ByteScan_p.h): memmem("\n--") would stop at every line of a base64 body.
 */
const char* findDashes(const char* p, const char* searchEnd, const char* available)
{
    for (const char* hit = Internal::findPair(p, searchEnd, '\n', '-'); hit; hit = Internal::findPair(hit + 1, searchEnd, '\n', '-')) {
        if (available - hit >= 3 && hit[2] == '-')
            return hit;
    }
    return nullptr;
}

/**
 * Counts lines incrementally for monotonically increasing offsets. It counts line endings, CRs
 * and NULs on the way (Internal::countBytes), so that the same pass gives the message's
 * line-ending style and its clean/not-clean verdict (countsTo) without a second one.
 */
class LineCounter
{
public:
    LineCounter(const RawData* data, qint64 start)
        : m_reader(data, start, start, PieceReader::kStep, 2)
        , m_pos(start)
    {
    }

    int lineAt(qint64 offset)
    {
        advance(offset);
        return 1 + int(m_counts.lf + m_counts.crlf);
    }
    /** The counts of [start, end), as countBytes over it with '\0' before it. */
    Internal::ByteCounts countsTo(qint64 end)
    {
        advance(end);
        return m_counts;
    }
    /** Where counting has got to. */
    qint64 position() const { return m_pos; }

    /**
     * The offset of the first "\n--" in [from, end), or -1; counts on up to and including its
     * '\n' (to `from`, then through what was searched) in the same pass: each block is counted
     * while it is still in the L1 cache from the search, instead of in a second pass over the
     * whole body later. `from` must not be before position().
     */
    qint64 countToDashes(qint64 from, qint64 end)
    {
        advance(from);
        constexpr qint64 kBlock = 4096;
        PieceReader& reader = m_reader;
        reader.restart(std::max(from, m_pos), end);
        while (reader.next()) {
            const char* p = reader.data();
            const char* pieceEnd = p + reader.size();
            const char* available = p + reader.available();
            while (p < pieceEnd) {
                const char* blockEnd = pieceEnd - p > kBlock ? p + kBlock : pieceEnd;
                const char* hit = findDashes(p, std::min(blockEnd + 1, available), available);
                const char* countEnd = hit ? hit + 1 : blockEnd;
                m_counts += Internal::countBytes(p, countEnd, m_before);
                m_before = countEnd[-1];
                m_pos = reader.offset() + (countEnd - reader.data());
                if (hit)
                    return m_pos - 1;
                p = blockEnd;
            }
        }
        return -1;
    }

private:
    void advance(qint64 offset)
    {
        if (offset <= m_pos)
            return; // not monotonic (should not happen): best effort
        m_reader.restart(m_pos, offset);
        while (m_reader.next()) {
            m_counts += Internal::countBytes(m_reader.data(), m_reader.data() + m_reader.size(), m_before);
            m_before = m_reader.data()[m_reader.size() - 1];
        }
        m_pos = offset;
    }

    PieceReader m_reader; // kept across calls: a search that stops at each hit reads no byte twice
    qint64 m_pos;
    char m_before = '\0'; // the byte before m_pos ('\0' at the start)
    Internal::ByteCounts m_counts;
};

class Parser
{
public:
    Parser(const RawDataPtr& data, qint64 start, qint64 end, const ParseOptions& options, int* partCount)
        : m_data(data)
        , m_base(data->data())
        , m_start(start)
        , m_end(end)
        , m_options(options)
        , m_partCount(partCount)
        , m_lines(m_data.get(), start)
        , m_search(m_data.get(), start, start, PieceReader::kStep, 2)
    {
    }

    std::unique_ptr<MimePart> parse(int baseDepth, const QString& wrapperPath, bool fromWrapper);
    /** Line-ending, CR and NUL counts of the whole parsed range (after parse()). */
    Internal::ByteCounts counts() { return m_lines.countsTo(m_end); }

    /** Encoded message/rfc822 parts met (parsed afterwards from a decoded copy). */
    QList<MimePart*> encodedMessages;

private:
    struct Frame
    {
        MimePart* part = nullptr;
        QByteArray boundary;
        bool multipart = false;   // has a boundary that may still match
        bool active = false;      // close delimiter not seen yet
        bool sawDelimiter = false;
        int childCount = 0;
    };

    MimePart* openPart(qint64 start, MimePart* parent, int depth, const QString& path, bool digestChild);
    void classify(MimePart* part);
    void finish(Frame& frame, qint64 end);
    qint64 candidate(qint64 from, bool checkHere);
    /** -1 no match; else index into m_stack. *close set for a close delimiter. */
    int matchDelimiter(qint64 lineStart, qint64 lineEnd, bool* close) const;
    bool isActiveBoundaryLine(QByteArrayView line) const;

    RawDataPtr m_data;
    const char* m_base;
    qint64 m_start;
    qint64 m_end;
    ParseOptions m_options;
    int* m_partCount;
    LineCounter m_lines;
    PieceReader m_search; // candidate() behind the line counter
    std::vector<Frame> m_stack;
    std::unique_ptr<MimePart> m_root;
    bool m_limitHit = false;
};

qint64 Parser::candidate(qint64 from, bool checkHere)
{
    if (from >= m_end)
        return -1;
    if (checkHere && m_end - from >= 2 && m_base[from] == '-' && m_base[from + 1] == '-')
        return from;
    if (from >= m_lines.position()) {
        // The usual case: the line counter has not gone past `from`, so it counts the body in
        // the same pass as the search (it would count it again at the next part otherwise).
        const qint64 hit = m_lines.countToDashes(from, m_end);
        return hit < 0 ? -1 : hit + 1;
    }
    PieceReader& reader = m_search;
    reader.restart(from, m_end);
    while (reader.next()) {
        const char* p = reader.data();
        const char* available = p + reader.available();
        if (const char* hit = findDashes(p, std::min(p + reader.size() + 1, available), available))
            return reader.offset() + (hit - p) + 1;
    }
    return -1;
}

int Parser::matchDelimiter(qint64 lineStart, qint64 lineEnd, bool* close) const
{
    const char* line = m_base + lineStart + 2;
    const qint64 len = lineEnd - lineStart - 2;
    for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
        const Frame& f = m_stack[size_t(i)];
        if (!f.multipart || !f.active)
            continue;
        const qint64 blen = f.boundary.size();
        if (len < blen || std::memcmp(line, f.boundary.constData(), size_t(blen)) != 0)
            continue;
        const char* rest = line + blen;
        const qint64 restLen = len - blen;
        if (restLen >= 2 && rest[0] == '-' && rest[1] == '-') {
            *close = true;
            return i;
        }
        bool onlyLwsp = true;
        for (qint64 k = 0; k < restLen; ++k) {
            if (!isLwsp(rest[k])) {
                onlyLwsp = false;
                break;
            }
        }
        if (onlyLwsp) {
            *close = false;
            return i;
        }
    }
    return -1;
}

bool Parser::isActiveBoundaryLine(QByteArrayView line) const
{
    bool close = false;
    const qint64 start = line.data() - m_base;
    return matchDelimiter(start, start + line.size(), &close) >= 0;
}

MimePart* Parser::openPart(qint64 start, MimePart* parent, int depth, const QString& path, bool digestChild)
{
    auto owned = std::make_unique<MimePart>();
    MimePart* part = owned.get();
    ++*m_partCount;
    part->parent = parent;
    part->depth = depth;
    part->offset = start;
    part->path = path;
    if (parent)
        parent->children.push_back(std::move(owned));
    else
        m_root = std::move(owned);

    const int firstLine = m_lines.lineAt(start);
    std::function<bool(QByteArrayView)> stop;
    if (!m_stack.empty())
        stop = [this](QByteArrayView line) { return isActiveBoundaryLine(line); };
    part->headers = parseHeaderBlock(QByteArrayView(m_base + start, m_end - start), start, &part->defects, firstLine, stop);
    part->bodyOffset = part->headers.offset + part->headers.length;

    const HeaderBlock& h = part->headers;
    if (const HeaderField* ctField = h.first("content-type")) {
        part->contentType = parseContentType(ctField->unfolded());
        if (!part->contentType.valid)
            part->defects.append({ParseDefect::Kind::InvalidContentType, ctField->offset, ctField->unfolded().left(200)});
    } else if (digestChild) {
        part->contentType.type = "message";
        part->contentType.subtype = "rfc822";
    }
    if (const HeaderField* cte = h.first("content-transfer-encoding")) {
        const QByteArray token = cte->unfolded().toLower();
        part->encodingToken = token;
        part->encoding = transferEncodingFromToken(token);
    }
    if (const HeaderField* cd = h.first("content-disposition"))
        part->disposition = parseContentDisposition(cd->unfolded());
    if (const HeaderField* cid = h.first("content-id")) {
        QByteArray id = cid->unfolded();
        if (id.startsWith('<'))
            id.remove(0, 1);
        const qsizetype gt = id.indexOf('>');
        if (gt >= 0)
            id.truncate(gt);
        part->contentId = id.trimmed();
    }
    return part;
}

void Parser::finish(Frame& frame, qint64 end)
{
    MimePart* part = frame.part;
    if (end < part->bodyOffset)
        end = part->bodyOffset;
    part->length = end - part->offset;
    part->bodyLength = end - part->bodyOffset;
    if (frame.multipart) {
        if (!frame.sawDelimiter) {
            part->unsplit = true;
            part->closingBoundaryFound = false;
            part->preambleOffset = -1;
            part->preambleLength = 0;
            if (!m_limitHit)
                part->defects.append({ParseDefect::Kind::BoundaryNeverFound, part->bodyOffset, frame.boundary.left(200)});
        } else if (frame.active) {
            part->closingBoundaryFound = false;
            if (!m_limitHit)
                part->defects.append({ParseDefect::Kind::MissingClosingBoundary, end, frame.boundary.left(200)});
        } else if (part->epilogueOffset >= 0) {
            if (part->epilogueOffset < end) {
                part->epilogueLength = end - part->epilogueOffset;
            } else {
                part->epilogueOffset = -1;
                part->epilogueLength = 0;
            }
        }
    }
}

std::unique_ptr<MimePart> Parser::parse(int baseDepth, const QString& wrapperPath, bool fromWrapper)
{
    // Opens a part at `start` and pushes it (and, for a message/rfc822, its encapsulated
    // root, and so on) on the stack.
    auto pushPart = [this](qint64 start, MimePart* parent, int depth, QString path, bool digestChild) {
        MimePart* part = openPart(start, parent, depth, path, digestChild);
        while (true) {
            Frame frame;
            frame.part = part;
            const bool tooDeep = part->depth >= m_options.maxDepth;
            if (part->isMultipart()) {
                const HeaderParameter* bp = part->contentType.parameter("boundary");
                if (tooDeep) {
                    part->unsplit = true;
                    part->defects.append({ParseDefect::Kind::NestingTooDeep, part->offset, part->contentType.mimeType()});
                } else if (!bp) {
                    part->unsplit = true;
                    part->defects.append({ParseDefect::Kind::NoBoundaryParameter, part->offset, part->contentType.mimeType()});
                } else {
                    frame.boundary = part->contentType.boundary();
                    frame.multipart = true;
                    frame.active = true;
                    if (!isValidBoundary(frame.boundary))
                        part->defects.append({ParseDefect::Kind::InvalidBoundary, part->offset, frame.boundary.left(200)});
                }
                m_stack.push_back(frame);
                return;
            }
            if (part->isEncapsulatedMessage()) {
                if (tooDeep) {
                    part->unsplit = true;
                    part->defects.append({ParseDefect::Kind::NestingTooDeep, part->offset, part->contentType.mimeType()});
                    m_stack.push_back(frame);
                    return;
                }
                m_stack.push_back(frame);
                if (part->encoding == TransferEncoding::Base64 || part->encoding == TransferEncoding::QuotedPrintable
                    || part->encoding == TransferEncoding::UUEncode) {
                    encodedMessages.append(part);
                    return;
                }
                if (*m_partCount >= m_options.maxParts) {
                    part->unsplit = true;
                    return;
                }
                // The encapsulated message starts right after the wrapper's header section.
                MimePart* child = openPart(part->bodyOffset, part, part->depth + 1, part->path, false);
                if (!child->isMultipart())
                    child->path = part->path.isEmpty() ? QStringLiteral("1") : part->path + QStringLiteral(".1");
                if (child->headers.fields.isEmpty())
                    part->defects.append({ParseDefect::Kind::EncapsulatedTruncated, part->bodyOffset, {}});
                part = child;
                continue;
            }
            m_stack.push_back(frame);
            return;
        }
    };

    pushPart(m_start, nullptr, baseDepth, QString(), false);
    MimePart* root = m_root.get();
    if (fromWrapper) {
        root->path = root->isMultipart() ? wrapperPath : (wrapperPath.isEmpty() ? QStringLiteral("1") : wrapperPath + QStringLiteral(".1"));
    } else {
        root->path = root->isMultipart() ? QString() : QStringLiteral("1");
    }
    // Paths of an encapsulated chain opened by pushPart were derived from the root's (empty) path.
    if (!root->isMultipart() && root->isEncapsulatedMessage()) {
        for (size_t i = 1; i < m_stack.size(); ++i) {
            MimePart* p = m_stack[i].part;
            MimePart* w = p->parent;
            p->path = p->isMultipart() ? w->path : w->path + QStringLiteral(".1");
        }
    }

    qint64 pos = m_stack.back().part->bodyOffset;
    bool checkHere = true;
    while (!m_stack.empty()) {
        const qint64 L = candidate(pos, checkHere);
        if (L < 0)
            break;
        const void* nl = std::memchr(m_base + L, '\n', size_t(m_end - L));
        const qint64 next = nl ? (static_cast<const char*>(nl) - m_base) + 1 : m_end;
        qint64 lineEnd = nl ? next - 1 : m_end;
        if (lineEnd > L && m_base[lineEnd - 1] == '\r')
            --lineEnd;
        bool close = false;
        const int k = matchDelimiter(L, lineEnd, &close);
        if (k < 0) {
            pos = L;
            checkHere = false;
            continue;
        }
        if (!close && *m_partCount >= m_options.maxParts) {
            // Stop splitting: the delimiter and everything after it stay in the deepest open part.
            m_limitHit = true;
            m_root->defects.append({ParseDefect::Kind::TooManyParts, L, QByteArray::number(m_options.maxParts)});
            break;
        }
        // The line break before the delimiter belongs to it (RFC 2046 §5.1.1), unless it ends
        // the header section of the deepest open part.
        const qint64 floor = m_stack.back().part->bodyOffset;
        qint64 E = L;
        if (L > floor && m_base[L - 1] == '\n') {
            E = L - 1;
            if (E > floor && m_base[E - 1] == '\r')
                --E;
        }
        while (int(m_stack.size()) - 1 > k) {
            finish(m_stack.back(), E);
            m_stack.pop_back();
        }
        Frame& f = m_stack.back();
        MimePart* mp = f.part;
        if (!f.sawDelimiter) {
            f.sawDelimiter = true;
            if (L > mp->bodyOffset) {
                mp->preambleOffset = mp->bodyOffset;
                mp->preambleLength = E - mp->bodyOffset;
            }
        }
        if (close) {
            f.active = false;
            mp->closingBoundaryFound = true;
            mp->epilogueOffset = next;
            pos = next;
            checkHere = true;
            continue;
        }
        ++f.childCount;
        const bool digest = mp->contentType.subtype == "digest";
        pushPart(next, mp, mp->depth + 1, childPath(*mp, f.childCount), digest);
        pos = m_stack.back().part->bodyOffset;
        checkHere = true;
    }
    while (!m_stack.empty()) {
        finish(m_stack.back(), m_end);
        m_stack.pop_back();
    }
    return std::move(m_root);
}

void setSource(MimePart* part, const RawDataPtr& source)
{
    std::vector<MimePart*> todo{part};
    while (!todo.empty()) {
        MimePart* p = todo.back();
        todo.pop_back();
        p->source = source;
        for (auto& c : p->children)
            todo.push_back(c.get());
    }
}

QByteArrayView sourceOf(const RawDataPtr& data, const MimePart& part)
{
    if (part.source)
        return part.source->bytes();
    return data ? data->bytes() : QByteArrayView();
}

QByteArrayView clampedSlice(QByteArrayView all, qint64 offset, qint64 length)
{
    if (offset < 0)
        offset = 0;
    if (offset > all.size())
        offset = all.size();
    if (length < 0)
        length = 0;
    if (length > all.size() - offset)
        length = all.size() - offset;
    return all.sliced(offset, length);
}

/** Parses [start, end) of data as a message; encoded message/rfc822 parts are parsed from decoded copies. */
std::unique_ptr<MimePart> parseTree(const RawDataPtr& data, qint64 start, qint64 end, const ParseOptions& options, int* partCount,
                                    int baseDepth, const QString& wrapperPath, bool fromWrapper,
                                    Internal::ByteCounts* counts = nullptr)
{
    Parser parser(data, start, end, options, partCount);
    std::unique_ptr<MimePart> root = parser.parse(baseDepth, wrapperPath, fromWrapper);
    if (counts)
        *counts = parser.counts();
    for (MimePart* wrapper : std::as_const(parser.encodedMessages)) {
        if (*partCount >= options.maxParts) {
            wrapper->unsplit = true;
            continue;
        }
        const QByteArrayView body = clampedSlice(sourceOf(data, *wrapper), wrapper->bodyOffset, wrapper->bodyLength);
        const RawDataPtr decoded = RawData::fromBytes(decodeTransferEncoding(wrapper->encoding, body),
                                                      data->origin() + QStringLiteral("#") + wrapper->path);
        std::unique_ptr<MimePart> child = parseTree(decoded, 0, decoded->size(), options, partCount, wrapper->depth + 1, wrapper->path, true);
        child->parent = wrapper;
        if (child->headers.fields.isEmpty())
            wrapper->defects.append({ParseDefect::Kind::EncapsulatedTruncated, wrapper->bodyOffset, {}});
        setSource(child.get(), decoded);
        wrapper->children.push_back(std::move(child));
    }
    return root;
}

/** Internal::countBytes() over [from, to) of data, in pieces (PieceReader). */
Internal::ByteCounts countBytes(const RawData* data, qint64 from, qint64 to, char before)
{
    Internal::ByteCounts counts;
    PieceReader reader(data, from, to);
    while (reader.next()) {
        counts += Internal::countBytes(reader.data(), reader.data() + reader.size(), before);
        before = reader.data()[reader.size() - 1];
    }
    return counts;
}

void scanDefects(const RawDataPtr& data, MimePart* part)
{
    // NUL and bare CR in header sections and in non-binary leaf bodies, first one per part.
    const QByteArrayView all = sourceOf(data, *part);
    auto scan = [&](qint64 from, qint64 to, bool nul, bool cr, bool* foundNul, bool* foundCr) {
        const char* base = all.data();
        if (from >= to)
            return;
        // Count first (fast), locate the first offender only when there is one.
        const Internal::ByteCounts counts = countBytes(part->source ? part->source.get() : data.get(), from, to, '\0');
        if (nul && !*foundNul && counts.nul > 0) {
            if (const void* z = std::memchr(base + from, 0, size_t(to - from))) {
                *foundNul = true;
                part->defects.append({ParseDefect::Kind::NulByte, static_cast<const char*>(z) - base, {}});
            }
        }
        // A '\r' at the very end of the range may be followed by '\n' just after it.
        const bool crAtEnd = base[to - 1] == '\r' && to < all.size() && base[to] == '\n';
        if (cr && !*foundCr && counts.cr > counts.crlf + (crAtEnd ? 1 : 0)) {
            const char* p = base + from;
            const char* end = base + to;
            while (p < end) {
                const char* r = static_cast<const char*>(std::memchr(p, '\r', size_t(end - p)));
                if (!r)
                    break;
                if (r + 1 >= base + all.size() || r[1] != '\n') {
                    *foundCr = true;
                    part->defects.append({ParseDefect::Kind::BareCarriageReturn, r - base, {}});
                    break;
                }
                p = r + 2;
            }
        }
    };
    bool foundNul = false;
    bool foundCr = false;
    for (const ParseDefect& d : std::as_const(part->defects)) {
        if (d.kind == ParseDefect::Kind::NulByte)
            foundNul = true; // already reported by the header parser
    }
    scan(part->offset, part->bodyOffset, true, true, &foundNul, &foundCr);
    const bool leafBody = part->children.empty() && part->encoding != TransferEncoding::Binary;
    if (leafBody)
        scan(part->bodyOffset, part->bodyOffset + part->bodyLength, true, true, &foundNul, &foundCr);
}

/** Sets m.lineEnding from the counts of the whole message (countBytes over m.bytes()). */
void detectLineEndings(Message& m, const Internal::ByteCounts& counts)
{
    const QByteArrayView bytes = m.bytes();
    const char* base = bytes.data();
    const qint64 crlf = counts.crlf;
    const qint64 lf = counts.lf;
    if (crlf && lf) {
        m.lineEnding = LineEnding::Mixed;
        // Report where the minority style first appears (found only in this rare case).
        const bool wantLf = crlf >= lf;
        qint64 at = 0;
        for (const char* p = base; p < base + bytes.size();) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(base + bytes.size() - p)));
            if (!nl)
                break;
            const bool isCrlf = nl > base && nl[-1] == '\r';
            if (wantLf != isCrlf) {
                at = isCrlf ? (nl - 1) - base : nl - base;
                break;
            }
            p = nl + 1;
        }
        m.root->defects.append({ParseDefect::Kind::MixedLineEndings, m.offset + at,
                                QByteArray::number(crlf) + " CRLF, " + QByteArray::number(lf) + " LF"});
    } else if (crlf) {
        m.lineEnding = LineEnding::CRLF;
    } else if (lf) {
        m.lineEnding = LineEnding::LF;
    } else {
        m.lineEnding = LineEnding::None;
    }
}

} // namespace

QString MimePart::filename() const
{
    const QString fromDisposition = disposition.filename();
    if (!fromDisposition.isEmpty())
        return fromDisposition;
    const HeaderParameter* name = contentType.parameter("name");
    return name ? name->value : QString();
}

QByteArrayView Message::bytes() const
{
    return slice(offset, length);
}

QByteArrayView Message::slice(qint64 off, qint64 len) const
{
    if (!data)
        return {};
    return clampedSlice(data->bytes(), off, len);
}

QList<const MimePart*> Message::allParts() const
{
    QList<const MimePart*> out;
    if (!root)
        return out;
    std::vector<const MimePart*> todo{root.get()};
    while (!todo.empty()) {
        const MimePart* p = todo.back();
        todo.pop_back();
        out.append(p);
        for (auto it = p->children.crbegin(); it != p->children.crend(); ++it)
            todo.push_back(it->get());
    }
    return out;
}

QList<const MimePart*> Message::leafParts() const
{
    QList<const MimePart*> out;
    for (const MimePart* p : allParts()) {
        if (p->children.empty() && (p->isLeaf() || p->unsplit))
            out.append(p);
    }
    return out;
}

const MimePart* Message::partByPath(QStringView path) const
{
    for (const MimePart* p : allParts()) {
        if (p->path == path)
            return p;
    }
    return nullptr;
}

QByteArrayView Message::sourceBytes(const MimePart& part) const
{
    return sourceOf(data, part);
}

QByteArrayView Message::rawBody(const MimePart& part) const
{
    return clampedSlice(sourceOf(data, part), part.bodyOffset, part.bodyLength);
}

Message::BodyRange Message::rawBodyRange(const MimePart& part) const
{
    const QByteArrayView raw = rawBody(part);
    if (raw.isEmpty())
        return {};
    const qint64 from = raw.data() - sourceOf(data, part).data();
    return {part.source ? part.source.get() : data.get(), from, from + raw.size()};
}

QByteArrayView Message::partBytes(const MimePart& part) const
{
    return clampedSlice(sourceOf(data, part), part.offset, part.length);
}

TransferEncoding Message::effectiveEncoding(const MimePart& part) const
{
    const TransferEncoding enc = part.encoding;
    if ((enc == TransferEncoding::SevenBit || enc == TransferEncoding::EightBit || enc == TransferEncoding::Unknown)
        && part.encodingToken.isEmpty() && looksUUEncoded(rawBody(part))) {
        return TransferEncoding::UUEncode; // uuencode without a Content-Transfer-Encoding, as old clients sent it
    }
    return enc;
}

QByteArray Message::decodedBody(const MimePart& part, DecodeStats* stats) const
{
    return decodeTransferEncoding(effectiveEncoding(part), rawBody(part), stats);
}

void Message::decodeBody(const MimePart& part, const TransferDecoder::Sink& sink, DecodeStats* stats) const
{
    // Pieces of 256 KiB: large enough that the per-piece work vanishes, small enough that the
    // decoder's output per piece stays small. The body of a big mapped file is read with pread
    // (PieceReader), so decoding a 100 MB attachment leaves none of its pages resident.
    const BodyRange body = rawBodyRange(part);
    TransferDecoder decoder(effectiveEncoding(part), stats != nullptr);
    if (body.source) {
        PieceReader reader(body.source, body.from, body.to, qint64(256) << 10);
        while (reader.next())
            decoder.feed(QByteArrayView(reader.data(), reader.size()), sink);
        if (body.source->isLargeMapping())
            body.source->releaseResident(body.from, body.to, true); // what a short body touched in place
    }
    decoder.finish(sink);
    if (stats) {
        const DecodeStats s = decoder.stats();
        stats->invalidBytes += s.invalidBytes;
        stats->badPadding = stats->badPadding || s.badPadding;
        stats->truncated = stats->truncated || s.truncated;
        stats->badEscapes += s.badEscapes;
        stats->longestLine = std::max(stats->longestLine, s.longestLine);
    }
}

QString Message::text(const MimePart& part, bool* charsetOk) const
{
    return decodeCharset(part.charset(), decodedBody(part), charsetOk);
}

Message parseMessage(RawDataPtr data, qint64 offset, qint64 length, const ParseOptions& options)
{
    Message m;
    m.data = std::move(data);
    const qint64 total = m.data ? m.data->size() : 0;
    offset = std::clamp<qint64>(offset, 0, total);
    length = std::clamp<qint64>(length, 0, total - offset);
    m.offset = offset;
    m.length = length;
    if (!m.data)
        m.data = RawData::fromBytes(QByteArray());
    ParseOptions opts = options;
    opts.maxDepth = std::max(opts.maxDepth, 1);
    opts.maxParts = std::max(opts.maxParts, 1);
    int partCount = 0;
    Internal::ByteCounts counts;
    m.root = parseTree(m.data, offset, offset + length, opts, &partCount, 0, QString(), false, &counts);
    m.headersOnly = !m.root->headers.hasSeparator && !m.root->headers.fields.isEmpty() && m.root->bodyOffset >= offset + length;
    detectLineEndings(m, counts);
    // Without a NUL or a bare CR anywhere in the message, the per-part scans have nothing to find
    // in its own bytes (the common case: one pass over a big message instead of two).
    const bool clean = counts.nul == 0 && counts.cr == counts.crlf
                       && !(length > 0 && m.data->data()[offset + length - 1] == '\r');
    std::vector<MimePart*> todo{m.root.get()};
    while (!todo.empty()) {
        MimePart* p = todo.back();
        todo.pop_back();
        if (!clean || p->source)
            scanDefects(m.data, p);
        for (auto& c : p->children)
            todo.push_back(c.get());
    }
    // The long passes over a big mapped file read it with pread (PieceReader); what parsing
    // touched in place (header sections, delimiter lines) is given back now. Views stay valid.
    if (m.data->isLargeMapping())
        m.data->releaseResident(offset, offset + length);
    return m;
}

Message parseMessage(RawDataPtr data, const ParseOptions& options)
{
    const qint64 size = data ? data->size() : 0;
    qint64 start = 0;
    QByteArray envelope;
    if (data && size >= 5 && std::memcmp(data->data(), "From ", 5) == 0) {
        const void* nl = std::memchr(data->data(), '\n', size_t(size));
        start = nl ? (static_cast<const char*>(nl) - data->data()) + 1 : size;
        qint64 e = nl ? start - 1 : size;
        if (e > 0 && data->data()[e - 1] == '\r')
            --e;
        envelope = QByteArray(data->data(), e);
    }
    Message m = parseMessage(std::move(data), start, size - start, options);
    m.envelopeLine = envelope;
    return m;
}

} // namespace Deliverbench::Mail
