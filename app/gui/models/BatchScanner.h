// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "message/Message.h"
#include "models/BatchTableModel.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace Deliverbench::Gui {

/** @short A slice of scan results delivered to the UI thread while the scan runs. */
struct BatchChunk
{
    QList<BatchRow> rows;
    QStringList errors;     ///< translated, one per unreadable input (bounded)
    bool truncated = false; ///< the row limit was reached; the rest of the input was not read
};

/**
 * @short Hands chunks from the scanning thread to the UI thread, which drains it on a timer.
 * (Not QPromise::addResult: a QFuture keeps every result until it dies, which would hold the
 * rows of a 1 GB mbox twice.)
 */
class BatchChunkQueue
{
public:
    void push(BatchChunk chunk)
    {
        QMutexLocker lock(&m_mutex);
        m_chunks.append(std::move(chunk));
    }
    QList<BatchChunk> takeAll()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_chunks, {});
    }

private:
    QMutex m_mutex;
    QList<BatchChunk> m_chunks;
};

/**
 * @short Worker-thread side of the Batch view: streams an mbox, a Maildir or a folder of .eml
 * files message by message (core/message/Mailbox) and keeps only a summary row per message.
 *
 * Progress is reported in per mille of the input bytes; the scan stops between two messages
 * when the promise is cancelled. Rows are delivered in chunks through `queue`.
 */
namespace BatchScanner {
constexpr int MaxRows = 500000;
constexpr qint64 MaxMessageBytes = 256 * 1024 * 1024;

/** @short Scans every path in order (files: .eml or mbox; folders: Maildir or a folder of message files). */
void scan(QPromise<void>& promise, const QStringList& paths, const std::shared_ptr<BatchChunkQueue>& queue);
/** @short The summary row of one message (lint, bounce classification, From/Subject/DKIM d=). */
BatchRow summarize(const Mail::Message& message, int index);
/** @short Reads a row's message bytes back from its file (byte-exact, bounded by MaxMessageBytes). */
[[nodiscard]] Result<QByteArray> readRaw(const BatchRow& row);
} // namespace BatchScanner

} // namespace Deliverbench::Gui
