// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/RawData.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Deliverbench::Mail {

RawData::~RawData()
{
    // The mapping (if any) is released when m_file is destroyed (QFile unmaps on close).
}

void RawData::releaseResident(qint64 from, qint64 to) const
{
#if defined(Q_OS_UNIX) && defined(MADV_DONTNEED)
    // Only a read-only file mapping: MADV_DONTNEED on it drops our page-table entries and the
    // kernel re-reads the pages from the page cache on the next touch. On anonymous memory it
    // would zero the bytes, so held QByteArrays are never passed here.
    if (!m_file)
        return;
    // Whole 2 MiB blocks only: the page cache of a big file is held in large folios that the
    // kernel maps with one PMD each, and giving back part of one splits that PMD (measured: the
    // splits and the re-faults after them cost more than the scans). Both ends are rounded down,
    // so consecutive calls over a sequential scan tile it without gaps; the last partial block
    // stays resident until a later call (at most one block a scan).
    constexpr quintptr block = quintptr(2) << 20;
    static const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<quintptr>(m_view.data());
    const quintptr mapStart = base / page * page;
    from = std::clamp<qint64>(from, 0, m_view.size());
    to = std::clamp<qint64>(to, from, m_view.size());
    const quintptr begin = std::max(mapStart, (base + quintptr(from)) / block * block);
    const quintptr end = (base + quintptr(to)) / block * block;
    if (end > begin)
        ::madvise(reinterpret_cast<void*>(begin), size_t(end - begin), MADV_DONTNEED);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
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
