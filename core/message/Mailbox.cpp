// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Mailbox.h"

#include "message/ByteScan_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string.h>

namespace Deliverbench::Mail {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Mail", text);
}

bool startsWithFromLine(const char* p, qint64 available)
{
    return available >= 5 && std::memcmp(p, "From ", 5) == 0;
}

/** True when the line at p is "ftext+ WSP* :" (RFC 5322 §2.2). */
bool isFieldLine(const char* p, qint64 n)
{
    qint64 k = 0;
    while (k < n && k <= 200) {
        const unsigned char c = static_cast<unsigned char>(p[k]);
        if (c < 33 || c > 126 || c == ':')
            break;
        ++k;
    }
    if (k == 0 || k > 200)
        return false;
    while (k < n && (p[k] == ' ' || p[k] == '\t'))
        ++k;
    return k < n && p[k] == ':';
}

} // namespace

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
    // Searched in pieces that overlap by the separator's length, so the pages of a huge file are
    // given back behind the search (ScanWindow) instead of all staying resident.
    ScanWindow window(m_data.get(), base + pos);
    while (!m_splitDone && m_starts.size() <= starts) {
        const void* hit = nullptr;
        while (pos < size) {
            const char* pieceEnd = ScanWindow::pieceEnd(base + pos, base + size);
            const qint64 searchEnd = std::min<qint64>(size, (pieceEnd - base) + 5);
            // "\nF" pairs 16 bytes a step (ByteScan_p.h), then the rest of "\nFrom ".
            const char* q = base + pos;
            while (const char* pair = Internal::findPair(q, base + searchEnd, '\n', 'F')) {
                if (base + size - pair >= 6 && std::memcmp(pair, "\nFrom ", 6) == 0) {
                    hit = pair;
                    break;
                }
                q = pair + 1;
            }
            if (hit)
                break;
            pos = pieceEnd - base;
            window.advance(pieceEnd);
        }
        if (!hit) {
            m_ends.append(size);
            m_splitDone = true;
            break;
        }
        window.advance(static_cast<const char*>(hit));
        const qint64 h = static_cast<const char*>(hit) - base; // the '\n' before "From "
        // A blank line must precede the From_ line: "\n\nFrom " or "\n\r\nFrom ".
        qint64 blankStart = -1;
        if (h >= 1 && base[h - 1] == '\n')
            blankStart = h;
        else if (h >= 2 && base[h - 1] == '\r' && base[h - 2] == '\n')
            blankStart = h - 1;
        if (blankStart >= 0) {
            m_ends.append(blankStart);
            m_starts.append(h + 1);
        } else {
            // No blank line (GMime's test mboxes, some writers): a From_ line directly followed by
            // a header field still starts a message; a "From " sentence in a body rarely is.
            const void* nl = std::memchr(base + h + 1, '\n', size_t(size - h - 1));
            if (nl) {
                const qint64 nextLine = (static_cast<const char*>(nl) - base) + 1;
                if (isFieldLine(base + nextLine, size - nextLine)) {
                    m_ends.append(h + 1);
                    m_starts.append(h + 1);
                }
            }
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

Result<MailboxReader> MailboxReader::open(const QString& path)
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
    return fromData(*mapped);
}

int MailboxReader::count() const
{
    if (m_format == Format::Maildir)
        return int(m_files.size());
    splitMbox(std::numeric_limits<qsizetype>::max());
    return int(m_starts.size());
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
    splitMbox(qsizetype(m_next) + 1); // this message's end and the next one's start
    if (m_next >= m_starts.size())
        return std::nullopt;
    const int i = m_next++;
    const qint64 start = m_starts.at(i);
    const qint64 end = m_ends.value(i, m_data->size());
    // The messages before this one were handed out already: give back their pages, so reading a
    // 1 GB mbox keeps only the current messages resident (their views stay valid regardless).
    if (start - m_releasedTo >= ScanWindow::kStep) {
        m_data->releaseResident(m_releasedTo, start);
        m_releasedTo = start;
    }
    m_position = (i + 1 < m_starts.size()) ? m_starts.at(i + 1) : m_data->size();
    const char* base = m_data->data();
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
    Message m = parseMessage(m_data, contentStart, end - contentStart, options);
    m.envelopeLine = envelope;
    m.index = i;
    return m;
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
