// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "common/Result.h"
#include "message/Message.h"
#include "message/Received.h"

#include <QHash>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Deliverbench::Gui {

/**
 * @short One case input as the GUI shows it: a parsed message and everything computed
 * from it off the UI thread (findings, Received timeline, decoded part sizes).
 *
 * Immutable once built; shared between pages through MessageDocumentPtr.
 */
struct MessageDocument
{
    Mail::Message message;
    Findings findings;
    QList<Mail::ReceivedHop> timeline;
    QHash<const Mail::MimePart*, qint64> decodedSizes; ///< leaves only
    QString title;       ///< Subject (decoded) or the file name
    QString origin;      ///< file path or "clipboard"
    QString sourceLabel; ///< file name, plus "#N" for a message of a mailbox

    /** @short Builds a document: lints, computes the timeline and the decoded leaf sizes. */
    static std::shared_ptr<MessageDocument> build(Mail::Message message, const QString& origin);
    /** @short The part a Content-ID refers to (RFC 2392), or nullptr. */
    const Mail::MimePart* partByContentId(QByteArrayView contentId) const;
    qint64 decodedSize(const Mail::MimePart* part) const;
    /** @short The name the message is added to a case under (Report::Case::addMessage): the source label, else the title. */
    QString caseLabel() const { return sourceLabel.isEmpty() ? title : sourceLabel; }
};

using MessageDocumentPtr = std::shared_ptr<const MessageDocument>;

/** @short One thing to open: a file or folder path, or bytes already in memory. */
struct LoadSource
{
    QString path;        ///< file, mbox or Maildir folder; empty when `bytes` is used
    QByteArray bytes;    ///< pasted text, a dropped text or a bundled sample
    QString origin;      ///< what to call `bytes` ("clipboard", "newsletter.eml")

    static LoadSource fromPath(const QString& path) { return LoadSource{path, {}, {}}; }
    static LoadSource fromBytes(QByteArray bytes, const QString& origin) { return LoadSource{{}, std::move(bytes), origin}; }
};

/** @short What one load job produced: every message of its inputs, and the errors met. */
struct LoadResult
{
    QStringList openedPaths;               ///< paths that produced at least one message
    QList<MessageDocumentPtr> documents;
    QStringList errors;                    ///< translated, one per failed source
    bool cancelled = false;
};
using LoadResultPtr = std::shared_ptr<const LoadResult>;

/**
 * @short Worker-thread side of opening an input (file, mbox, Maildir or bytes).
 *
 * Reports progress in per mille of bytes through the promise and stops between messages
 * when the promise is cancelled. Bounded: at most `maxMessages` messages are read.
 */
namespace MessageLoader {
constexpr int MaxMessages = 100000;
/** @short Opens every source in order; total progress is in per mille of all bytes. */
void load(QPromise<LoadResultPtr>& promise, const QList<LoadSource>& sources);
/** @short Sum of the sizes of the sources (files, folders one level deep, bytes). */
qint64 totalSize(const QList<LoadSource>& sources);
} // namespace MessageLoader

} // namespace Deliverbench::Gui
