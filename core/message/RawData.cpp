// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/RawData.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Deliverbench::Mail {

RawData::~RawData()
{
    // The mapping (if any) is released when m_file is destroyed (QFile unmaps on close).
}

std::shared_ptr<const RawData> RawData::fromBytes(QByteArray bytes, QString origin)
{
    std::shared_ptr<RawData> raw(new RawData);
    raw->m_owned = std::move(bytes);
    raw->m_view = QByteArrayView(raw->m_owned);
    raw->m_origin = std::move(origin);
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
