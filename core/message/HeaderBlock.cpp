// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/HeaderBlock.h"

#include <algorithm>
#include <cstring>

namespace Deliverbench::Mail {

namespace {

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

inline bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

/** RFC 5322 §3.6.8 ftext: printable US-ASCII except colon. */
inline bool isFieldNameChar(unsigned char c)
{
    return c >= 33 && c <= 126 && c != ':';
}

struct Line
{
    qsizetype start = 0;   // first byte
    qsizetype end = 0;     // content end (before CR LF / LF)
    qsizetype next = 0;    // first byte of the next line
};

inline Line lineAt(QByteArrayView bytes, qsizetype pos)
{
    Line l;
    l.start = pos;
    const char* base = bytes.data();
    const void* nl = std::memchr(base + pos, '\n', size_t(bytes.size() - pos));
    if (!nl) {
        l.end = l.next = bytes.size();
        return l;
    }
    const qsizetype nlPos = static_cast<const char*>(nl) - base;
    l.next = nlPos + 1;
    l.end = (nlPos > pos && base[nlPos - 1] == '\r') ? nlPos - 1 : nlPos;
    return l;
}

/** Length of the field name if the line is "name WSP* :" ..., else -1. */
qsizetype fieldNameLength(QByteArrayView bytes, const Line& l)
{
    qsizetype i = l.start;
    while (i < l.end && isFieldNameChar(static_cast<unsigned char>(bytes[i])))
        ++i;
    const qsizetype nameEnd = i;
    if (nameEnd == l.start)
        return -1;
    while (i < l.end && isWsp(bytes[i]))
        ++i;
    if (i >= l.end || bytes[i] != ':')
        return -1;
    return nameEnd - l.start;
}

QByteArray truncatedDetail(QByteArrayView v)
{
    return v.first(std::min<qsizetype>(v.size(), 200)).toByteArray();
}

} // namespace

QByteArray HeaderField::unfolded() const
{
    qsizetype b = 0;
    qsizetype e = rawValue.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (b < e && isSpace(rawValue[b]))
        ++b;
    while (e > b && isSpace(rawValue[e - 1]))
        --e;
    if (b == e)
        return QByteArray("", 0);
    QByteArray out;
    out.reserve(e - b);
    for (qsizetype i = b; i < e; ++i) {
        const char c = rawValue[i];
        if (c == '\n')
            continue;
        if (c == '\r' && i + 1 < e && rawValue[i + 1] == '\n')
            continue;
        out.append(c);
    }
    return out;
}

bool HeaderField::nameIs(QByteArrayView other) const
{
    return equalsIgnoreCase(name, other);
}

const HeaderField* HeaderBlock::first(QByteArrayView name) const
{
    for (const HeaderField& f : fields) {
        if (f.nameIs(name))
            return &f;
    }
    return nullptr;
}

const HeaderField* HeaderBlock::last(QByteArrayView name) const
{
    for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
        if (it->nameIs(name))
            return &*it;
    }
    return nullptr;
}

QList<const HeaderField*> HeaderBlock::all(QByteArrayView name) const
{
    QList<const HeaderField*> out;
    for (const HeaderField& f : fields) {
        if (f.nameIs(name))
            out.append(&f);
    }
    return out;
}

int HeaderBlock::count(QByteArrayView name) const
{
    int n = 0;
    for (const HeaderField& f : fields) {
        if (f.nameIs(name))
            ++n;
    }
    return n;
}

QByteArray HeaderBlock::value(QByteArrayView name) const
{
    const HeaderField* f = first(name);
    return f ? f->unfolded() : QByteArray();
}

HeaderBlock parseHeaderBlock(QByteArrayView bytes, qint64 baseOffset, QList<ParseDefect>* defects, int firstLine,
                             const std::function<bool(QByteArrayView line)>& stopBefore)
{
    HeaderBlock block;
    block.offset = baseOffset;
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    int lineNo = firstLine;
    bool reported8bit = false;
    bool reportedNul = false;
    HeaderField* current = nullptr;
    qsizetype currentValueStart = 0;
    qsizetype currentLastEnd = 0; // content end of the field's last line

    auto closeField = [&](qsizetype nextLineStart) {
        if (!current)
            return;
        current->rawValue = bytes.sliced(currentValueStart, currentLastEnd - currentValueStart);
        current->length = (baseOffset + nextLineStart) - current->offset;
        current = nullptr;
    };
    auto checkBytes = [&](qsizetype from, qsizetype to) {
        if (!defects || (reported8bit && reportedNul))
            return;
        for (qsizetype i = from; i < to; ++i) {
            const unsigned char c = static_cast<unsigned char>(bytes[i]);
            if (c >= 0x80 && !reported8bit) {
                reported8bit = true;
                defects->append({ParseDefect::Kind::EightBitInHeader, baseOffset + i, truncatedDetail(bytes.sliced(from, to - from))});
            } else if (c == 0 && !reportedNul) {
                reportedNul = true;
                defects->append({ParseDefect::Kind::NulByte, baseOffset + i, {}});
            }
        }
    };
    auto isStopLine = [&](const Line& l) {
        return stopBefore && l.end - l.start >= 2 && bytes[l.start] == '-' && bytes[l.start + 1] == '-'
            && stopBefore(bytes.sliced(l.start, l.end - l.start));
    };

    bool firstContent = true;
    while (true) {
        if (pos >= size) {
            closeField(size);
            block.hasSeparator = false;
            break;
        }
        const Line l = lineAt(bytes, pos);
        if (l.end == l.start) {
            // Empty line: the separator between header section and body.
            closeField(pos);
            block.hasSeparator = true;
            if (block.fields.isEmpty())
                block.offset = baseOffset + pos;
            pos = l.next;
            break;
        }
        if (isWsp(bytes[l.start]) && current) {
            // Folded continuation line (RFC 5322 §2.2.3).
            checkBytes(l.start, l.end);
            currentLastEnd = l.end;
            pos = l.next;
            ++lineNo;
            continue;
        }
        if (isStopLine(l)) {
            closeField(pos);
            if (defects)
                defects->append({ParseDefect::Kind::HeaderWithoutSeparator, baseOffset + pos, {}});
            break;
        }
        const qsizetype nameLen = isWsp(bytes[l.start]) ? -1 : fieldNameLength(bytes, l);
        if (nameLen < 0) {
            // Not a field. A lone bad line followed by a field is skipped; otherwise the body starts here.
            bool nextIsField = false;
            if (l.next < size) {
                const Line n = lineAt(bytes, l.next);
                nextIsField = !isStopLine(n) && n.end > n.start && !isWsp(bytes[n.start]) && fieldNameLength(bytes, n) > 0;
            }
            if (nextIsField) {
                closeField(pos);
                if (defects)
                    defects->append({ParseDefect::Kind::MalformedHeaderLine, baseOffset + pos, truncatedDetail(bytes.sliced(l.start, l.end - l.start))});
                pos = l.next;
                ++lineNo;
                continue;
            }
            closeField(pos);
            if (defects)
                defects->append({ParseDefect::Kind::HeaderWithoutSeparator, baseOffset + pos, truncatedDetail(bytes.sliced(l.start, l.end - l.start))});
            break;
        }
        // A new field.
        closeField(pos);
        checkBytes(l.start, l.end);
        HeaderField f;
        f.name = bytes.sliced(l.start, nameLen);
        f.offset = baseOffset + l.start;
        f.line = lineNo;
        block.fields.append(f);
        current = &block.fields.last();
        qsizetype colon = l.start + nameLen;
        while (bytes[colon] != ':')
            ++colon;
        currentValueStart = colon + 1;
        currentLastEnd = l.end;
        if (firstContent)
            block.offset = baseOffset + l.start;
        firstContent = false;
        pos = l.next;
        ++lineNo;
    }
    if (block.fields.isEmpty() && !block.hasSeparator)
        block.offset = baseOffset;
    block.length = (baseOffset + pos) - block.offset;
    return block;
}

} // namespace Deliverbench::Mail
