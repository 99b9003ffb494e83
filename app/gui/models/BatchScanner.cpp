// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BatchScanner.h"

#include "message/Address.h"
#include "message/DateTime.h"
#include "message/Mailbox.h"
#include "message/MessageLint.h"
#include "message/Rfc2047.h"
#include "report/BatchSummary.h"
#include "report/Bounce.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace Deliverbench::Gui {

namespace {

constexpr int kMaxErrors = 20;
constexpr int kChunkRows = 256;
constexpr qint64 kChunkMs = 150;
constexpr int kMaxBouncesPerRow = 100;
constexpr qsizetype kMaxText = 300;
constexpr int kMaxFolderFiles = 200000;

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Gui::BatchScanner", text);
}

/** @short One input of the scan: a file or a Maildir (opened by MailboxReader), with its size. */
struct Input
{
    QString path;
    qint64 size = 0;
};

qint64 folderSize(const QString& path)
{
    qint64 total = 0;
    int n = 0;
    for (const QString& sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
        const QFileInfoList files = QDir(QDir(path).filePath(sub)).entryInfoList(QDir::Files);
        for (const QFileInfo& file : files) {
            total += file.size();
            if (++n > kMaxFolderFiles)
                return total;
        }
    }
    return total;
}

/** Expands the paths: files and Maildirs stay, other folders become their message files (sorted by name). */
QList<Input> expand(const QStringList& paths)
{
    QList<Input> inputs;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            inputs.append({path, info.size()});
            continue;
        }
        const QDir dir(path);
        if (dir.exists(QStringLiteral("cur")) || dir.exists(QStringLiteral("new"))) {
            inputs.append({path, folderSize(path)});
            continue;
        }
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        int n = 0;
        for (const QFileInfo& file : files) {
            if (++n > kMaxFolderFiles)
                break;
            inputs.append({file.filePath(), file.size()});
        }
    }
    return inputs;
}

QString bounded(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\t', u' ');
    if (text.size() > kMaxText)
        text = text.left(kMaxText - 1) + QStringLiteral("…");
    return text;
}

} // namespace

BatchRow BatchScanner::summarize(const Mail::Message& message, int index)
{
    BatchRow row;
    row.index = index;
    row.file = message.data ? message.data->origin() : QString();
    row.offset = message.offset + message.data->sourceOffset(); // in the file, also when read sequentially
    row.length = message.length;
    if (!message.root)
        return row;
    const Mail::HeaderBlock& headers = message.headers();
    const QByteArray date = headers.value("Date");
    if (!date.isNull())
        row.date = Mail::parseDate(date).dateTime;
    const QByteArray from = headers.value("From");
    if (!from.isNull()) {
        const Mail::AddressListResult list = Mail::parseAddressList(from);
        if (!list.mailboxes.isEmpty() && list.mailboxes.constFirst().isValid())
            row.from = bounded(list.mailboxes.constFirst().address());
        else
            row.from = bounded(Mail::decodeHeaderText(from));
    }
    row.subject = bounded(Mail::decodeHeaderText(headers.value("Subject")));
    // Sending domain, DKIM d= and bounces exactly as the CLI's --summary reads them (core/report/BatchSummary).
    const Report::BatchEntry entry = Report::batchEntryFromMessage(message);
    row.fromDomain = bounded(entry.sendingDomain);
    for (const QString& domain : entry.dkimDomains)
        row.dkimDomains << bounded(domain);
    const Findings findings = Mail::lintMessage(message);
    row.worst = worstSeverity(findings);
    row.findingCount = int(findings.size());
    for (const Report::BounceRecord& record : entry.bounces) {
        if (row.bounces.size() >= kMaxBouncesPerRow)
            break;
        row.bounces.append({Report::bounceCauseToken(record.classification.cause), bounded(record.domain)});
    }
    return row;
}

void BatchScanner::scan(QPromise<void>& promise, const QStringList& paths, const std::shared_ptr<BatchChunkQueue>& queue)
{
    promise.setProgressRange(0, 1000);
    const QList<Input> inputs = expand(paths);
    qint64 total = 0;
    for (const Input& input : inputs)
        total += input.size;
    total = std::max<qint64>(total, 1);

    BatchChunk chunk;
    int rows = 0;
    int errors = 0;
    qint64 done = 0;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    auto flush = [&] {
        if (chunk.rows.isEmpty() && chunk.errors.isEmpty() && !chunk.truncated)
            return;
        queue->push(std::move(chunk));
        chunk = BatchChunk();
        sinceFlush.restart();
    };
    auto error = [&](const QString& text) {
        if (++errors <= kMaxErrors)
            chunk.errors << text;
    };

    for (const Input& input : inputs) {
        if (promise.isCanceled())
            break;
        // Each message is summarized and dropped: read sequentially (MailboxReadMode).
        auto reader = Mail::MailboxReader::open(input.path, {Mail::MailboxReadMode::Sequential});
        if (!reader) {
            error(reader.error().message);
            done += input.size;
            continue;
        }
        while (!promise.isCanceled()) {
            if (rows >= MaxRows) {
                chunk.truncated = true;
                break;
            }
            std::optional<Mail::Message> message = reader->next();
            if (!message)
                break;
            chunk.rows.append(summarize(*message, rows++));
            const qint64 position = done + std::min(reader->position(), input.size);
            promise.setProgressValue(int(std::min<qint64>(1000, position * 1000 / total)));
            if (chunk.rows.size() >= kChunkRows || sinceFlush.elapsed() >= kChunkMs)
                flush();
        }
        done += input.size;
        if (chunk.truncated)
            break;
    }
    flush();
    if (!promise.isCanceled())
        promise.setProgressValue(1000);
}

Result<QByteArray> BatchScanner::readRaw(const BatchRow& row)
{
    if (row.length > MaxMessageBytes)
        return makeError(Error::Kind::InvalidInput,
                         tr("The message is larger than %1 MiB.").arg(MaxMessageBytes / (1024 * 1024)));
    QFile file(row.file);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("Cannot open %1: %2").arg(row.file, file.errorString()));
    if (!file.seek(row.offset))
        return makeError(Error::Kind::Io, tr("Cannot read %1: %2").arg(row.file, file.errorString()));
    QByteArray bytes = file.read(row.length);
    if (bytes.size() != row.length)
        return makeError(Error::Kind::Io, tr("%1 changed since it was scanned.").arg(row.file));
    return bytes;
}

} // namespace Deliverbench::Gui
