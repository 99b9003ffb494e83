// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "message/Message.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Deliverbench::Mail {

/**
 * @short Reads messages from a file or folder: single .eml (with or without an mbox From_
 * line), mbox (mboxo/mboxrd; every "From " line after a blank line, or directly followed by a
 * header field line, starts a message; the blank line belongs to no message), or a
 * Maildir (cur/ and new/, sorted by name). Messages are produced one at a time so a large
 * mbox is never parsed as a whole.
 */
class MailboxReader
{
public:
    enum class Format { SingleMessage, Mbox, Maildir };

    /** @short Opens path; an empty file, a directory that is not a Maildir or a file that is
     *  clearly not mail (binary with no header line) is an InvalidInput error. */
    [[nodiscard]] static Result<MailboxReader> open(const QString& path);
    /** @short Pasted text or any bytes in memory. */
    static MailboxReader fromBytes(QByteArray bytes, QString origin = {});
    /** @short Same, over already loaded or mapped data. */
    static MailboxReader fromData(RawDataPtr data);

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

    Format m_format = Format::SingleMessage;
    QString m_origin;
    RawDataPtr m_data;                 // SingleMessage / Mbox
    mutable QList<qint64> m_starts;    // Mbox: offset of each From_ line found so far; SingleMessage: {0}
    mutable QList<qint64> m_ends;      // Mbox: end of each message (the blank line before the next From_ excluded)
    mutable qint64 m_splitPos = 0;     // Mbox: where the separator search goes on
    mutable bool m_splitDone = true;   // every separator found (m_ends is complete)
    QList<qint64> m_fileSizes;         // Maildir
    QStringList m_files;               // Maildir
    int m_next = 0;
    qint64 m_position = 0;
    qint64 m_releasedTo = 0; ///< pages before this offset of a mapped mbox were given back
    qint64 m_total = 0;
};

/** @short True when the bytes look like an RFC 5322 message or header block (first line is a field or From_). */
bool looksLikeMessage(QByteArrayView bytes);

} // namespace Deliverbench::Mail
