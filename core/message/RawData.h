// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QFile;

namespace Deliverbench::Mail {

/**
 * @short The immutable bytes of one input, held exactly once.
 *
 * Files are memory-mapped (QFile::map); pasted text and small inputs are held in a
 * QByteArray. Every HeaderField, MimePart and Message refers into these bytes by offset
 * (and by views), so DKIM can canonicalize from the original octets (STYLE.md §4.5).
 * A RawData is shared through std::shared_ptr<const RawData>; keep one alive as long as
 * any view into it is used.
 */
class RawData
{
public:
    ~RawData();
    RawData(const RawData&) = delete;
    RawData& operator=(const RawData&) = delete;

    static std::shared_ptr<const RawData> fromBytes(QByteArray bytes, QString origin = {});
    /** @short Maps the file read-only; empty files are returned as empty data, not an error. */
    [[nodiscard]] static Result<std::shared_ptr<const RawData>> mapFile(const QString& path);

    QByteArrayView bytes() const { return m_view; }
    const char* data() const { return m_view.data(); }
    qint64 size() const { return m_view.size(); }
    /** @short File path, or a description such as "clipboard". */
    const QString& origin() const { return m_origin; }
    /** @short Offset of a pointer into these bytes (the pointer must be inside them). */
    qint64 offsetOf(const char* p) const { return p - m_view.data(); }

private:
    RawData() = default;
    QByteArray m_owned;
    std::unique_ptr<QFile> m_file;
    QByteArrayView m_view;
    QString m_origin;
};

using RawDataPtr = std::shared_ptr<const RawData>;

} // namespace Deliverbench::Mail
