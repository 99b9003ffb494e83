// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Deliverbench::Mail {

/** @short How MailboxReader holds the messages of an mbox file. */
enum class MailboxReadMode {
    /** Views into one read-only mapping of the file: messages may be kept as long as wanted, and
     *  their offsets are offsets in the file. */
    Mapped,
    /**
     * Each message is read (read(2), in readChunk pieces) into a buffer of its own, which is
     * reused once the message is gone: for a pass that handles one message at a time and drops
     * it (`inspect`, the benchmark). Each byte is copied once through the kernel instead of being
     * touched first through a fresh mapping, which costs several times more per page on some
     * machines (measured on ours: 80 ms against 20 ms for 200 MB). A message's offsets then
     * count from its own From_ line; RawData::sourceOffset() gives where that is in the file.
     * A message larger than maxBuffered, and every one after it, is read mapped instead, so
     * memory stays bounded. Single-message files and Maildir files are always mapped.
     */
    Sequential,
};

struct MailboxReadOptions
{
    MailboxReadMode mode = MailboxReadMode::Mapped;
    qint64 readChunk = qint64(64) << 10;    ///< Sequential: bytes asked of each read(2)
    qint64 maxBuffered = qint64(64) << 20;  ///< Sequential: a message's largest buffer before falling back to the mapping
};

/**
 * @short Reads messages from a file or folder: single .eml (with or without an mbox From_
 * line), mbox (mboxo/mboxrd; every "From " line after a blank line, or directly followed by a
 * header field line, starts a message; the blank line belongs to no message), or a
 * Maildir (cur/ and new/, sorted by name). Messages are produced one at a time so a large
 * mbox is never parsed as a whole.
 */
class MailboxReader
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Mail::MailboxReader)

public:
    enum class Format { SingleMessage, Mbox, Maildir };

    /** @short Opens path; an empty file, a directory that is not a Maildir or a file that is
     *  clearly not mail (binary with no header line) is an InvalidInput error. */
    [[nodiscard]] static Result<MailboxReader> open(const QString& path, const MailboxReadOptions& options = {});
    /** @short Pasted text or any bytes in memory. */
    static MailboxReader fromBytes(QByteArray bytes, QString origin = {});
    /** @short Same, over already loaded or mapped data. */
    static MailboxReader fromData(RawDataPtr data);

    MailboxReader();
    ~MailboxReader();
    MailboxReader(MailboxReader&&) noexcept;
    MailboxReader& operator=(MailboxReader&&) noexcept;

    Format format() const { return m_format; }
    QString origin() const { return m_origin; }
    /** @short Number of messages, counted without parsing (scans separators once). */
    int count() const;
    /** @short Parses the next message, or std::nullopt at the end. */
    std::optional<Message> next(const ParseOptions& options = {});
    /** @short Bytes consumed so far and in total, for progress. */
    qint64 position() const;
    qint64 totalBytes() const;

private:
    /** @short Searches on for From_ separators until more than `starts` message starts are
     *  known or the end of the data is reached (the mbox is split lazily, one message ahead of
     *  next(), so each message's pages are scanned and parsed while they are still resident). */
    void splitMbox(qsizetype starts) const;
    std::optional<Message> nextMapped(const ParseOptions& options);
    std::optional<Message> nextSequential(const ParseOptions& options);
    /** @short Goes on with the mapping from the message at file offset `start` (index m_next). */
    void switchToMapped(qint64 start);

    struct Sequential;
    std::unique_ptr<Sequential> m_sequential; // Sequential mode, until a message outgrows its buffer

    Format m_format = Format::SingleMessage;
    QString m_origin;
    RawDataPtr m_data;                 // SingleMessage / Mbox
    mutable QList<qint64> m_starts;    // Mbox: offset of each From_ line found so far; SingleMessage: {0}
    mutable QList<qint64> m_ends;      // Mbox: end of each message (the blank line before the next From_ excluded)
    mutable qint64 m_splitPos = 0;     // Mbox: where the separator search goes on
    mutable bool m_splitDone = true;   // every separator found (m_ends is complete)
    mutable std::unique_ptr<PieceReader> m_splitReader; // Mbox: the separator search's reader
    QList<qint64> m_fileSizes;         // Maildir
    QStringList m_files;               // Maildir
    int m_next = 0;
    int m_indexBase = 0;               // Mbox: index of the message m_starts[0] belongs to
    qint64 m_position = 0;
    qint64 m_releasedTo = 0; ///< pages before this offset of a mapped mbox were given back
    qint64 m_total = 0;
};

/** @short True when the bytes look like an RFC 5322 message or header block (first line is a field or From_). */
bool looksLikeMessage(QByteArrayView bytes);

} // namespace Deliverbench::Mail
