// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/RawData.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Deliverbench::Mail {

RawData::~RawData()
{
    // The mapping (if any) is released when m_file is destroyed (QFile unmaps on close).
}

void RawData::releaseResident(qint64 from, qint64 to, bool partialBlocks) const
{
#if defined(Q_OS_UNIX) && defined(MADV_DONTNEED)
    // Only a read-only file mapping: MADV_DONTNEED on it drops our page-table entries and the
    // kernel re-reads the pages from the page cache on the next touch. On anonymous memory it
    // would zero the bytes, so held QByteArrays are never passed here.
    if (!m_file)
        return;
    // Whole 2 MiB blocks only: the page cache of a big file is held in large folios that the
    // kernel maps with one PMD each, and giving back part of one splits that PMD (measured: the
    // splits and the re-faults after them cost more than the scans). A big file is mapped
    // without huge pages (mapFile), so its blocks are 64 KiB. Both ends are rounded down, so
    // consecutive calls over a sequential scan tile it without gaps; the last partial block
    // stays resident until a later call (at most one block a scan).
    const auto block = quintptr(m_releaseBlock);
    static const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<quintptr>(m_view.data());
    const quintptr mapStart = base / page * page;
    from = std::clamp<qint64>(from, 0, m_view.size());
    to = std::clamp<qint64>(to, from, m_view.size());
    const quintptr begin = std::max(mapStart, (base + quintptr(from)) / block * block);
    // The end is rounded down to a block, or up with partialBlocks; never past the page that
    // holds the data's last byte, and the data's end gives back its last (partial) page too.
    const quintptr dataEnd = (base + quintptr(m_view.size()) + page - 1) / page * page;
    const quintptr toAddress = base + quintptr(to);
    quintptr end = partialBlocks ? (toAddress + block - 1) / block * block : toAddress / block * block;
    if (to == m_view.size() || end > dataEnd)
        end = dataEnd;
    if (end > begin)
        ::madvise(reinterpret_cast<void*>(begin), size_t(end - begin), MADV_DONTNEED);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
    Q_UNUSED(partialBlocks);
#endif
}

bool RawData::isLargeMapping() const
{
    return isMapped() && size() >= PieceReader::kCopyThreshold;
}

qint64 RawData::copyOut(qint64 offset, char* into, qint64 length) const
{
    offset = std::clamp<qint64>(offset, 0, m_view.size());
    length = std::clamp<qint64>(length, 0, m_view.size() - offset);
#ifdef Q_OS_UNIX
    if (m_file) {
        // The mapping starts at file offset 0 (mapFile), so an offset here is a file offset.
        const int fd = m_file->handle();
        qint64 done = 0;
        while (done < length) {
            const ssize_t got = ::pread(fd, into + done, size_t(length - done), off_t(offset + done));
            if (got > 0) {
                done += got;
                continue;
            }
            if (got < 0 && errno == EINTR)
                continue;
            break; // an error, or the file shrank: the mapping serves the rest
        }
        if (done == length)
            return length;
        std::memcpy(into + done, m_view.data() + offset + done, size_t(length - done));
        return length;
    }
#endif
    std::memcpy(into, m_view.data() + offset, size_t(length));
    return length;
}

PieceReader::PieceReader(const RawData* data, qint64 from, qint64 to, qint64 piece, qint64 lookahead)
    : m_data(data)
    , m_pieceSize(std::max<qint64>(piece, 1))
    , m_lookahead(std::max<qint64>(lookahead, 0))
{
    restart(from, to);
}

void PieceReader::restart(qint64 from, qint64 to)
{
    const qint64 size = m_data ? m_data->size() : 0;
    m_next = std::clamp<qint64>(from, 0, size);
    m_to = std::clamp<qint64>(to, m_next, size);
    // Once copying, a reader goes on copying (the ranges that follow a long one go on from it).
    m_copy = m_data && m_data->isLargeMapping() && (m_to - m_next >= kCopyRange || m_buffer);
    if (m_released > m_next || m_next - m_released > PieceReader::kStep)
        m_released = m_next;
}

bool PieceReader::next()
{
    if (m_next >= m_to)
        return false;
    m_offset = m_next;
    const bool inBuffer = m_buffer && m_offset >= m_bufferOffset && m_offset < m_bufferOffset + std::min(m_buffered, kCopyPiece);
    if (!m_copy && !inBuffer) {
        m_size = std::min(m_pieceSize, m_to - m_offset);
        m_available = std::min(m_size + m_lookahead, m_to - m_offset);
        m_piece = m_data->data() + m_offset;
        m_next = m_offset + m_size;
        return true;
    }
    // The buffer holds kCopyPiece bytes of pieces and the lookahead after them; a piece starts in
    // the first part (also for a short range that goes on inside it), or the buffer is filled
    // again from where the piece starts. Sequential reading thus copies each byte once, and the
    // copies tile the file from where the first began.
    const qint64 rest = m_to - m_offset;
    if (!inBuffer) {
        if (!m_buffer)
            m_buffer.reset(new char[size_t(kCopyPiece + m_lookahead)]); // no zero-fill: every byte read is copied in first
        m_bufferOffset = m_offset;
        // A whole buffer even when the range ends sooner: the next range usually goes on from there.
        m_buffered = m_data->copyOut(m_offset, m_buffer.get(), kCopyPiece + m_lookahead);
        if (m_offset - m_released >= PieceReader::kStep) {
            // Give back what other code touched in place behind the reader (delimiter lines).
            m_data->releaseResident(m_released, m_offset);
            m_released = m_offset;
        }
    }
    m_piece = m_buffer.get() + (m_offset - m_bufferOffset);
    m_size = std::min({m_pieceSize, rest, m_bufferOffset + std::min(m_buffered, kCopyPiece) - m_offset});
    m_available = std::min(m_size + m_lookahead, rest);
    m_next = m_offset + m_size;
    return true;
}

std::shared_ptr<const RawData> RawData::fromBytes(QByteArray bytes, QString origin, qint64 sourceOffset)
{
    std::shared_ptr<RawData> raw(new RawData);
    raw->m_owned = std::move(bytes);
    raw->m_view = QByteArrayView(raw->m_owned);
    raw->m_origin = std::move(origin);
    raw->m_sourceOffset = sourceOffset;
    return raw;
}

Result<std::shared_ptr<const RawData>> RawData::mapFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return makeError(Error::Kind::InvalidInput,
                         QCoreApplication::translate("Deliverbench::Mail", "%1 is a directory, not a message file").arg(path));
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("Deliverbench::Mail", "Cannot open %1: %2").arg(path, file->errorString()));
    }
    std::shared_ptr<RawData> raw(new RawData);
    raw->m_origin = path;
    const qint64 size = file->size();
    if (size == 0) {
        // Empty file (or a pipe / special file with no size): read whatever there is.
        raw->m_owned = file->readAll();
        raw->m_view = QByteArrayView(raw->m_owned);
        return std::shared_ptr<const RawData>(std::move(raw));
    }
    uchar* mapped = file->map(0, size);
    if (mapped) {
        raw->m_view = QByteArrayView(reinterpret_cast<const char*>(mapped), size);
        raw->m_file = std::move(file); // keep the QFile (and so the mapping) alive
#if defined(Q_OS_UNIX) && defined(MADV_NOHUGEPAGE)
        if (raw->isLargeMapping()) {
            // Long passes over a big file read it with pread (PieceReader); what is touched in
            // place is a header section or a delimiter line here and there. Mapped without huge
            // pages, such a touch makes 64 KiB resident (fault-around) instead of a 2 MiB folio.
            static const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
            const auto start = reinterpret_cast<quintptr>(mapped) / page * page;
            const auto length = size_t(reinterpret_cast<quintptr>(mapped) + quintptr(size) - start);
            if (::madvise(reinterpret_cast<void*>(start), length, MADV_NOHUGEPAGE) == 0)
                raw->m_releaseBlock = qint64(64) << 10;
        }
#endif
        return std::shared_ptr<const RawData>(std::move(raw));
    }
    // Some file systems cannot map: fall back to one read.
    raw->m_owned = file->readAll();
    if (raw->m_owned.size() != size) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("Deliverbench::Mail", "Cannot read %1: %2").arg(path, file->errorString()));
    }
    raw->m_view = QByteArrayView(raw->m_owned);
    return std::shared_ptr<const RawData>(std::move(raw));
}

} // namespace Deliverbench::Mail
