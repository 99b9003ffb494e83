// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Mailbox.h"

#include "message/ByteScan_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string.h>

namespace Deliverbench::Mail {

namespace {

bool startsWithFromLine(const char* p, qint64 available)
{
    return available >= 5 && std::memcmp(p, "From ", 5) == 0;
}

enum class Verdict { No, Yes, NeedMore };

/** Whether the line at p is "ftext+ WSP* :" (RFC 5322 §2.2), over a prefix of the data: NeedMore
 *  when the answer depends on bytes not read yet (`atEnd` false). */
Verdict fieldLineVerdict(const char* p, qint64 n, bool atEnd)
{
    qint64 k = 0;
    while (k < n && k <= 200) {
        const unsigned char c = static_cast<unsigned char>(p[k]);
        if (c < 33 || c > 126 || c == ':')
            break;
        ++k;
    }
    if (k == n && k <= 200 && !atEnd)
        return Verdict::NeedMore;
    if (k == 0 || k > 200)
        return Verdict::No;
    while (k < n && (p[k] == ' ' || p[k] == '\t'))
        ++k;
    if (k == n)
        return atEnd ? Verdict::No : Verdict::NeedMore;
    return p[k] == ':' ? Verdict::Yes : Verdict::No;
}

/** True when the line at p is "ftext+ WSP* :" (RFC 5322 §2.2). */
bool isFieldLine(const char* p, qint64 n)
{
    return fieldLineVerdict(p, n, true) == Verdict::Yes;
}

/**
 * Whether the "\nFrom " at base[h] separates two messages: a blank line must precede the From_
 * line ("\n\nFrom " or "\n\r\nFrom "), or the From_ line must be directly followed by a header
 * field (GMime's test mboxes, some writers; a "From " sentence in a body rarely is). On Yes,
 * *end is where the message before it ends (the blank line belongs to no message); the next
 * one starts at h + 1. `atEnd`: data holds everything up to the end of the input.
 */
Verdict separatorAt(const char* base, qint64 size, qint64 h, bool atEnd, qint64* end)
{
    if (h >= 1 && base[h - 1] == '\n') {
        *end = h;
        return Verdict::Yes;
    }
    if (h >= 2 && base[h - 1] == '\r' && base[h - 2] == '\n') {
        *end = h - 1;
        return Verdict::Yes;
    }
    const void* nl = std::memchr(base + h + 1, '\n', size_t(size - h - 1));
    if (!nl)
        return atEnd ? Verdict::No : Verdict::NeedMore;
    const qint64 nextLine = (static_cast<const char*>(nl) - base) + 1;
    const Verdict field = fieldLineVerdict(base + nextLine, size - nextLine, atEnd);
    if (field == Verdict::Yes)
        *end = h + 1;
    return field;
}

struct Cut
{
    bool found = false;
    qint64 end = 0;      ///< found: end of the message before the separator
    qint64 next = 0;     ///< found: start of the next message (its From_ line)
    qint64 resumeAt = 0; ///< not found: where to search again once more data is there
};

/** The first separator in base[from, size) (the mbox read sequentially, data so far). */
Cut findSeparator(const char* base, qint64 size, qint64 from, bool atEnd)
{
    const char* p = base + std::min(from, size);
    const char* e = base + size;
    while (const char* pair = Internal::findPair(p, e, '\n', 'F')) {
        const qint64 h = pair - base;
        if (size - h < 6) {
            if (!atEnd)
                return {false, 0, 0, h};
            break;
        }
        if (std::memcmp(pair, "\nFrom ", 6) == 0) {
            qint64 end = 0;
            const Verdict verdict = separatorAt(base, size, h, atEnd, &end);
            if (verdict == Verdict::Yes)
                return {true, end, h + 1, 0};
            if (verdict == Verdict::NeedMore)
                return {false, 0, 0, h};
        }
        p = pair + 1;
    }
    // A '\n' in the last byte may pair with an 'F' still to come.
    return {false, 0, 0, std::max(from, size - 1)};
}

/** The message in data[start, end), its From_ line (if any) kept as the envelope. */
Message parseMboxMessage(const RawDataPtr& data, qint64 start, qint64 end, int index, const ParseOptions& options)
{
    const char* base = data->data();
    qint64 contentStart = start;
    QByteArray envelope;
    if (startsWithFromLine(base + start, end - start)) {
        const void* nl = std::memchr(base + start, '\n', size_t(end - start));
        contentStart = nl ? (static_cast<const char*>(nl) - base) + 1 : end;
        qint64 e = nl ? contentStart - 1 : end;
        if (e > start && base[e - 1] == '\r')
            --e;
        envelope = QByteArray(base + start, e - start);
    }
    Message m = parseMessage(data, contentStart, end - contentStart, options);
    m.envelopeLine = envelope;
    m.index = index;
    return m;
}

} // namespace

struct MailboxReader::Sequential
{
    QFile file;
    MailboxReadOptions options;
    QByteArray carry;         // read past the last message handed out: the next one's start
    qint64 carryOffset = 0;   // file offset of carry[0]
    QByteArray spare;         // the last message's buffer, reused once that message is gone
    bool atEnd = false;       // the file is read to its end
    bool done = false;        // every message handed out
};

MailboxReader::MailboxReader() = default;
MailboxReader::~MailboxReader() = default;
MailboxReader::MailboxReader(MailboxReader&&) noexcept = default;
MailboxReader& MailboxReader::operator=(MailboxReader&&) noexcept = default;

bool looksLikeMessage(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    if (n >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF && static_cast<unsigned char>(bytes[1]) == 0xBB
        && static_cast<unsigned char>(bytes[2]) == 0xBF)
        i = 3; // UTF-8 byte order mark from an editor
    while (i < n && (bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    if (i >= n)
        return false;
    // Binary data: NUL or many control octets near the start.
    const qsizetype probe = std::min<qsizetype>(n - i, 4096);
    int controls = 0;
    for (qsizetype k = i; k < i + probe; ++k) {
        const unsigned char c = static_cast<unsigned char>(bytes[k]);
        if (c == 0)
            return false;
        if (c < 32 && c != '\t' && c != '\r' && c != '\n' && c != '\f')
            ++controls;
    }
    if (controls > probe / 100 + 2)
        return false;
    if (startsWithFromLine(bytes.data() + i, n - i))
        return true;
    // First line must be a header field: ftext+ WSP* ':' (RFC 5322 §2.2, §3.6.8).
    if (!isFieldLine(bytes.data() + i, n - i))
        return false;
    // JSON-like "{\"a\": 1}" or "http://x" are not field names worth accepting.
    const char first = bytes[i];
    return first != '{' && first != '[' && first != '"' && first != '<';
}

void MailboxReader::splitMbox(qsizetype starts) const
{
    const char* base = m_data->data();
    const qint64 size = m_data->size();
    qint64 pos = m_splitPos;
    // Searched in pieces that overlap by the separator's length (PieceReader: a big file is read
    // with pread, so its pages are not made resident by the search). The reader is kept across
    // calls: the search stops at each message and goes on from there.
    if (!m_splitReader)
        m_splitReader = std::make_unique<PieceReader>(m_data.get(), pos, pos, PieceReader::kStep, 5);
    while (!m_splitDone && m_starts.size() <= starts) {
        qint64 hit = -1;
        m_splitReader->restart(pos, size);
        while (hit < 0 && m_splitReader->next()) {
            // "\nF" pairs 16 bytes a step (ByteScan_p.h), then the rest of "\nFrom ".
            const char* piece = m_splitReader->data();
            const char* available = piece + m_splitReader->available();
            const char* searchEnd = std::min(piece + m_splitReader->size() + 1, available);
            for (const char* pair = Internal::findPair(piece, searchEnd, '\n', 'F'); pair;
                 pair = Internal::findPair(pair + 1, searchEnd, '\n', 'F')) {
                if (available - pair >= 6 && std::memcmp(pair, "\nFrom ", 6) == 0) {
                    hit = m_splitReader->offset() + (pair - piece);
                    break;
                }
            }
        }
        if (hit < 0) {
            m_ends.append(size);
            m_splitDone = true;
            m_splitReader.reset(); // and its buffer
            break;
        }
        const qint64 h = hit; // the '\n' before "From "
        qint64 end = 0;
        if (separatorAt(base, size, h, true, &end) == Verdict::Yes) {
            m_ends.append(end);
            m_starts.append(h + 1);
        }
        pos = h + 1;
    }
    m_splitPos = pos;
}

MailboxReader MailboxReader::fromData(RawDataPtr data)
{
    MailboxReader r;
    r.m_origin = data->origin();
    r.m_data = std::move(data);
    r.m_total = r.m_data->size();
    if (startsWithFromLine(r.m_data->data(), r.m_data->size())) {
        r.m_starts = {0};
        r.m_ends.clear();
        r.m_splitPos = 0;
        r.m_splitDone = false;
        r.splitMbox(1); // a second message start makes it an mbox
        r.m_format = r.m_starts.size() > 1 ? Format::Mbox : Format::SingleMessage;
    } else {
        r.m_format = Format::SingleMessage;
        r.m_starts = {0};
        r.m_ends = {r.m_data->size()};
    }
    return r;
}

MailboxReader MailboxReader::fromBytes(QByteArray bytes, QString origin)
{
    return fromData(RawData::fromBytes(std::move(bytes), std::move(origin)));
}

Result<MailboxReader> MailboxReader::open(const QString& path, const MailboxReadOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Kind::Io, tr("%1 does not exist").arg(path));
    if (info.isDir()) {
        const QDir dir(path);
        if (!dir.exists(QStringLiteral("cur")) && !dir.exists(QStringLiteral("new")))
            return makeError(Error::Kind::InvalidInput, tr("%1 is a folder but not a Maildir (no cur/ or new/)").arg(path));
        MailboxReader r;
        r.m_format = Format::Maildir;
        r.m_origin = path;
        struct Entry
        {
            QString name;
            QString path;
            qint64 size;
        };
        QList<Entry> entries;
        for (const QString& sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
            const QDir d(dir.filePath(sub));
            if (!d.exists())
                continue;
            const QFileInfoList files = d.entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
            for (const QFileInfo& f : files) {
                if (f.fileName().startsWith(QLatin1Char('.')))
                    continue;
                entries.append({f.fileName(), f.filePath(), f.size()});
            }
        }
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
        for (const Entry& e : entries) {
            r.m_files.append(e.path);
            r.m_fileSizes.append(e.size);
            r.m_total += e.size;
        }
        return r;
    }
    auto mapped = RawData::mapFile(path);
    if (!mapped)
        return tl::unexpected<Error>(mapped.error());
    if ((*mapped)->size() == 0)
        return makeError(Error::Kind::InvalidInput, tr("%1 is empty").arg(path));
    if (!looksLikeMessage((*mapped)->bytes()))
        return makeError(Error::Kind::InvalidInput,
                         tr("%1 does not look like an email message (no header field or mbox From line at the start)").arg(path));
    MailboxReader r = fromData(*mapped);
    if (options.mode == MailboxReadMode::Sequential && r.m_format == Format::Mbox) {
        auto sequential = std::make_unique<Sequential>();
        sequential->file.setFileName(path);
        sequential->options = options;
        sequential->options.readChunk = std::max<qint64>(1, options.readChunk);
        if (sequential->file.open(QIODevice::ReadOnly))
            r.m_sequential = std::move(sequential); // else the mapping serves
    }
    return r;
}

int MailboxReader::count() const
{
    if (m_format == Format::Maildir)
        return int(m_files.size());
    if (m_sequential) {
        // A separate pass with its own reads, so the pages are not touched through the mapping.
        QFile file(m_sequential->file.fileName());
        if (file.open(QIODevice::ReadOnly)) {
            const qint64 chunk = m_sequential->options.readChunk;
            QByteArray buffer;
            qint64 searchFrom = 1; // the first message's From_ line is at 0
            int messages = 1;
            bool atEnd = false;
            for (;;) {
                const Cut cut = findSeparator(buffer.constData(), buffer.size(), searchFrom, atEnd);
                if (cut.found) {
                    ++messages;
                    searchFrom = cut.next + 1;
                    continue;
                }
                if (atEnd)
                    return messages;
                if (buffer.size() >= m_sequential->options.maxBuffered)
                    break; // one endless line: counted over the mapping below
                // Keep two bytes of look-back (the blank line before a From_ line).
                const qint64 keep = std::max<qint64>(0, cut.resumeAt - 2);
                buffer.remove(0, keep);
                searchFrom = cut.resumeAt - keep;
                const qsizetype old = buffer.size();
                buffer.resize(old + chunk);
                const qint64 got = file.read(buffer.data() + old, chunk);
                buffer.resize(old + std::max<qint64>(got, 0));
                atEnd = got <= 0;
            }
        }
        return MailboxReader::fromData(m_data).count();
    }
    splitMbox(std::numeric_limits<qsizetype>::max());
    return m_indexBase + int(m_starts.size());
}

std::optional<Message> MailboxReader::next(const ParseOptions& options)
{
    if (m_format == Format::Maildir) {
        while (m_next < m_files.size()) {
            const int i = m_next++;
            m_position += m_fileSizes.value(i);
            auto mapped = RawData::mapFile(m_files.at(i));
            if (!mapped)
                continue; // vanished or unreadable: skipped
            Message m = parseMessage(*mapped, options);
            m.index = i;
            return m;
        }
        return std::nullopt;
    }
    if (!m_data)
        return std::nullopt;
    if (m_sequential)
        return nextSequential(options);
    return nextMapped(options);
}

std::optional<Message> MailboxReader::nextMapped(const ParseOptions& options)
{
    const qsizetype k = m_next - m_indexBase; // index into m_starts
    splitMbox(k + 1); // this message's end and the next one's start
    if (k >= m_starts.size())
        return std::nullopt;
    const int i = m_next++;
    const qint64 start = m_starts.at(k);
    const qint64 end = m_ends.value(k, m_data->size());
    // The messages before this one were handed out already: give back their pages, so reading a
    // 1 GB mbox keeps only the current messages resident (their views stay valid regardless).
    if (start - m_releasedTo >= PieceReader::kStep) {
        m_data->releaseResident(m_releasedTo, start);
        m_releasedTo = start;
    }
    m_position = (k + 1 < m_starts.size()) ? m_starts.at(k + 1) : m_data->size();
    return parseMboxMessage(m_data, start, end, i, options);
}

std::optional<Message> MailboxReader::nextSequential(const ParseOptions& options)
{
    Sequential& s = *m_sequential;
    if (s.done)
        return std::nullopt;
    QByteArray buffer;
    if (!s.spare.isNull() && s.spare.isDetached()) {
        buffer = std::move(s.spare); // the previous message is gone: reuse its (already touched) pages
        buffer.resize(0);
    }
    buffer.append(s.carry);
    const qint64 offset = s.carryOffset; // file offset of buffer[0], this message's From_ line
    qint64 searchFrom = 1;
    Cut cut;
    for (;;) {
        cut = findSeparator(buffer.constData(), buffer.size(), searchFrom, s.atEnd);
        if (cut.found)
            break;
        if (s.atEnd) {
            cut.end = cut.next = buffer.size();
            break;
        }
        if (buffer.size() >= s.options.maxBuffered) {
            switchToMapped(offset);
            return nextMapped(options);
        }
        searchFrom = cut.resumeAt;
        const qsizetype old = buffer.size();
        if (old + s.options.readChunk > buffer.capacity())
            buffer.reserve(std::max<qsizetype>(old + s.options.readChunk, buffer.capacity() * 2)); // geometric: no O(n^2) growth
        buffer.resize(old + s.options.readChunk);
        const qint64 got = s.file.read(buffer.data() + old, s.options.readChunk);
        buffer.resize(old + std::max<qint64>(got, 0));
        s.atEnd = got <= 0;
    }
    if (buffer.isEmpty()) {
        s.done = true;
        return std::nullopt;
    }
    // Into the carry's own storage (kept across messages): no allocation, no fresh pages.
    s.carry.resize(buffer.size() - cut.next);
    std::memcpy(s.carry.data(), buffer.constData() + cut.next, size_t(s.carry.size()));
    s.carryOffset = offset + cut.next;
    s.done = s.atEnd && s.carry.isEmpty();
    m_position = s.done ? m_total : s.carryOffset;
    buffer.truncate(cut.end);
    s.spare = buffer;
    const int i = m_next++;
    return parseMboxMessage(RawData::fromBytes(std::move(buffer), m_origin, offset), 0, cut.end, i, options);
}

void MailboxReader::switchToMapped(qint64 start)
{
    m_sequential.reset();
    m_starts = {start};
    m_ends.clear();
    m_splitPos = start;
    m_splitDone = false;
    m_indexBase = m_next;
    m_releasedTo = start;
}

qint64 MailboxReader::position() const
{
    return m_position;
}

qint64 MailboxReader::totalBytes() const
{
    return m_total;
}

} // namespace Deliverbench::Mail
