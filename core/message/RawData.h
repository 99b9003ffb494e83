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
     * resident pages of the whole blocks (2 MiB; 64 KiB for a file mapped without huge pages, see
     * mapFile) from the one holding `from` up to the one holding `to` are given back (they are
     * read from the page cache again if touched, so every view stays valid). Lets one pass over
     * a huge input run in constant memory. With `partialBlocks` the blocks that [from, to) only
     * partly covers are given back too (a short range read once, whose neighbours may be read
     * again from the page cache). Held bytes (not a mapping) are left alone. Cheap to call; does
     * nothing (no system call) for small ranges.
     */
    void releaseResident(qint64 from, qint64 to, bool partialBlocks = false) const;
    /** @short True when the bytes are a memory-mapped file. */
    bool isMapped() const { return m_file != nullptr; }
    /** @short A mapped file of PieceReader::kCopyThreshold bytes or more: its long passes are read
     *  with pread (PieceReader), and what code touches in place there is worth giving back. */
    bool isLargeMapping() const;
    /**
     * @short Copies up to `length` bytes from `offset` into `into` and returns how many (fewer at
     * the end of the data). A mapped file is read with pread(2), not through the mapping, so no
     * page of the input becomes resident; held bytes are copied.
     */
    qint64 copyOut(qint64 offset, char* into, qint64 length) const;
    /** @short Offset of a pointer into these bytes (the pointer must be inside them). */
    qint64 offsetOf(const char* p) const { return p - m_view.data(); }

private:
    RawData() = default;
    QByteArray m_owned;
    std::unique_ptr<QFile> m_file;
    QByteArrayView m_view;
    QString m_origin;
    qint64 m_sourceOffset = 0;
    qint64 m_releaseBlock = qint64(2) << 20; // see releaseResident()
};

using RawDataPtr = std::shared_ptr<const RawData>;

/**
 * @short Reads [from, to) of a RawData front to back in pieces, for one sequential pass (the
 * boundary search, line counting, transfer decoding, the mbox separator search).
 *
 * Held bytes, mapped files under kCopyThreshold bytes and ranges under kCopyRange are handed out
 * in place: no copy. A long range of a bigger mapped file (a big attachment, the separator search
 * of a large mbox) is read with pread(2) into a buffer of the reader's own, kCopyPiece bytes at a
 * time. The pass then costs one copy in the kernel, as GMime's read()s do, and leaves no page of
 * the input resident. Through the
 * mapping it could not: this kernel (and any with large page-cache folios) maps a big file's
 * cache 2 MiB at a time, so a mapped scan keeps at least one 2 MiB folio resident whatever is
 * given back behind it (measured: 4.2 MB resident for the 100 MB benchmark message, against 0
 * for GMime). Pages that other code touches inside the range meanwhile (a delimiter line read in
 * place) are given back behind the reader, every kStep bytes.
 *
 * Each piece is followed by up to `lookahead` more readable bytes of the range, so that a search
 * for a pattern of lookahead + 1 bytes sees the patterns that straddle two pieces.
 */
class PieceReader
{
public:
    /** @short A piece's default size, and how far a reader goes between two releaseResident(). */
    static constexpr qint64 kStep = qint64(1) << 20;
    /** @short Mapped files this big or bigger are read with pread, in ranges of kCopyRange or more. */
    static constexpr qint64 kCopyThreshold = qint64(4) << 20;
    /** @short Shorter ranges (a small message of a big mbox) are views: copying 32 KiB to read a
     *  few would cost more than the pages they touch, which their callers give back. A reader
     *  that has copied once goes on copying, also short ranges. */
    static constexpr qint64 kCopyRange = qint64(256) << 10;
    /** @short Bytes a pread asks for: the copy is scanned while it is still in the L2 cache. */
    static constexpr qint64 kCopyPiece = qint64(32) << 10;

    PieceReader(const RawData* data, qint64 from, qint64 to, qint64 piece = kStep, qint64 lookahead = 0);

    /**
     * @short Starts over on [from, to) of the same data, keeping the buffer: bytes it still holds
     * are not read again. For a search that stops at each hit and goes on from there.
     */
    void restart(qint64 from, qint64 to);
    /** @short Moves to the next piece; false at the end of the range (or for an empty one). */
    bool next();
    /** @short The piece's bytes, followed by available() - size() bytes of lookahead. */
    const char* data() const { return m_piece; }
    qint64 size() const { return m_size; }
    qint64 available() const { return m_available; }
    /** @short Offset of data()[0] in the RawData. */
    qint64 offset() const { return m_offset; }

private:
    const RawData* m_data;
    qint64 m_next = 0;
    qint64 m_to = 0;
    qint64 m_pieceSize;
    qint64 m_lookahead;
    bool m_copy = false;
    std::unique_ptr<char[]> m_buffer; // kCopyPiece + lookahead bytes, once the first copy is made
    qint64 m_bufferOffset = 0; // the data offset of m_buffer[0]
    qint64 m_buffered = 0;     // bytes of m_buffer that hold data
    const char* m_piece = nullptr;
    qint64 m_size = 0;
    qint64 m_available = 0;
    qint64 m_offset = 0;
    qint64 m_released = 0;
};

} // namespace Deliverbench::Mail
