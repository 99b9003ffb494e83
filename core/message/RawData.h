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

    /** @short Holds `bytes`; `sourceOffset` says where they start in `origin` (a message read out
     *  of an mbox file on its own, MailboxReader's sequential mode), 0 for a whole input. */
    static std::shared_ptr<const RawData> fromBytes(QByteArray bytes, QString origin = {}, qint64 sourceOffset = 0);
    /** @short Maps the file read-only; empty files are returned as empty data, not an error. */
    [[nodiscard]] static Result<std::shared_ptr<const RawData>> mapFile(const QString& path);

    QByteArrayView bytes() const { return m_view; }
    const char* data() const { return m_view.data(); }
    qint64 size() const { return m_view.size(); }
    /** @short File path, or a description such as "clipboard". */
    const QString& origin() const { return m_origin; }
    /** @short Offset of these bytes in the origin file: add it to an offset into them to get the
     *  offset in the file (0 unless the bytes are one message read out of an mbox). */
    qint64 sourceOffset() const { return m_sourceOffset; }
    /**
     * @short Hint that [from, to) will not be read again soon: for a memory-mapped file, the
     * resident pages of the whole 2 MiB blocks from the one holding `from` up to the one holding
     * `to` are given back (they are read from the page cache again if touched, so every view
     * stays valid). Lets one pass over a huge input run in constant memory. Held bytes (not a
     * mapping) are left alone. Cheap to call; does nothing (no system call) for small ranges.
     */
    void releaseResident(qint64 from, qint64 to) const;
    /** @short True when the bytes are a memory-mapped file. */
    bool isMapped() const { return m_file != nullptr; }
    /** @short Offset of a pointer into these bytes (the pointer must be inside them). */
    qint64 offsetOf(const char* p) const { return p - m_view.data(); }

private:
    RawData() = default;
    QByteArray m_owned;
    std::unique_ptr<QFile> m_file;
    QByteArrayView m_view;
    QString m_origin;
    qint64 m_sourceOffset = 0;
};

using RawDataPtr = std::shared_ptr<const RawData>;

/**
 * @short Gives back the pages behind a sequential scan of a mapped input, so that one pass over
 * a huge file (a 100 MB attachment, a 1 GB mbox) stays within about a MiB resident.
 *
 * A scan calls advance() with its position now and then; every kStep bytes the range behind
 * is released (RawData::releaseResident). Does nothing for held (not mapped) bytes, or when
 * `begin` is not inside `data` (a decoded message/rfc822 copy).
 */
class ScanWindow
{
public:
    /** @short Bytes scanned between two releases, and the largest piece a scan should search at once. */
    static constexpr qint64 kStep = qint64(1) << 20;

    ScanWindow(const RawData* data, const char* begin)
        : m_data(data && data->isMapped() && begin >= data->data() && begin <= data->data() + data->size() ? data : nullptr)
        , m_released(begin)
    {
    }
    void advance(const char* position)
    {
        if (m_data && position - m_released >= kStep) {
            m_data->releaseResident(m_data->offsetOf(m_released), m_data->offsetOf(position));
            m_released = position;
        }
    }
    /** @short The end of the next piece to search from `position` (at most kStep bytes, so the
     *  pages of a long search are given back before it goes on). */
    static const char* pieceEnd(const char* position, const char* end)
    {
        return end - position > kStep ? position + kStep : end;
    }

private:
    const RawData* m_data;
    const char* m_released;
};

} // namespace Deliverbench::Mail
