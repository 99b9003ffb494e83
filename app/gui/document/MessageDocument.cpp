// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/MessageDocument.h"

#include "message/Mailbox.h"
#include "message/MessageLint.h"
#include "message/Rfc2047.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Deliverbench::Gui {

std::shared_ptr<MessageDocument> MessageDocument::build(Mail::Message message, const QString& origin)
{
    auto document = std::make_shared<MessageDocument>();
    document->origin = origin;
    if (message.root) {
        document->findings = Mail::lintMessage(message);
        document->timeline = Mail::receivedTimeline(message.headers());
        const QList<const Mail::MimePart*> leaves = message.leafParts();
        for (const Mail::MimePart* part : leaves)
            document->decodedSizes.insert(part, message.decodedBody(*part).size());
        const QByteArray subject = message.headers().value("Subject");
        if (!subject.isNull())
            document->title = Mail::decodeHeaderText(subject).simplified();
    }
    document->message = std::move(message);
    return document;
}

const Mail::MimePart* MessageDocument::partByContentId(QByteArrayView contentId) const
{
    if (!message.root || contentId.isEmpty())
        return nullptr;
    const QList<const Mail::MimePart*> parts = message.allParts();
    for (const Mail::MimePart* part : parts) {
        if (part->contentId.compare(contentId, Qt::CaseInsensitive) == 0)
            return part;
    }
    return nullptr;
}

qint64 MessageDocument::decodedSize(const Mail::MimePart* part) const
{
    const auto it = decodedSizes.constFind(part);
    if (it != decodedSizes.constEnd())
        return it.value();
    return part ? part->bodyLength : 0;
}

namespace MessageLoader {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Gui::MessageLoader)
};

/** @short Reads every message; returns false when cancelled. */
bool readAll(QPromise<LoadResultPtr>& promise, Mail::MailboxReader& reader, LoadResult& result,
             const QString& displayName, qint64 doneBefore, qint64 grandTotal)
{
    const bool many = reader.format() != Mail::MailboxReader::Format::SingleMessage;
    int index = 0;
    const qsizetype before = result.documents.size();
    while (index < MaxMessages) {
        if (promise.isCanceled())
            return false;
        std::optional<Mail::Message> message = reader.next();
        if (!message)
            break;
        if (promise.isCanceled())
            return false;
        auto document = MessageDocument::build(std::move(*message), reader.origin());
        document->sourceLabel = many ? QStringLiteral("%1 #%2").arg(displayName).arg(index + 1) : displayName;
        if (document->title.isEmpty())
            document->title = document->sourceLabel;
        result.documents.append(std::move(document));
        ++index;
        const qint64 done = doneBefore + reader.position();
        promise.setProgressValue(int(std::min<qint64>(1000, done * 1000 / std::max<qint64>(1, grandTotal))));
    }
    if (result.documents.size() == before)
        result.errors.append(Text::tr("No message found in %1").arg(displayName));
    return true;
}

qint64 pathSize(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    for (const char* sub : {"cur", "new"}) {
        const QFileInfoList files = QDir(path + QLatin1Char('/') + QLatin1String(sub)).entryInfoList(QDir::Files);
        for (const QFileInfo& file : files)
            total += file.size();
    }
    return total;
}

} // namespace

qint64 totalSize(const QList<LoadSource>& sources)
{
    qint64 total = 0;
    for (const LoadSource& source : sources)
        total += source.path.isEmpty() ? source.bytes.size() : pathSize(source.path);
    return total;
}

void load(QPromise<LoadResultPtr>& promise, const QList<LoadSource>& sources)
{
    auto result = std::make_shared<LoadResult>();
    promise.setProgressRange(0, 1000);
    promise.setProgressValue(0);
    const qint64 grandTotal = totalSize(sources);
    qint64 done = 0;
    for (const LoadSource& source : sources) {
        if (promise.isCanceled()) {
            result->cancelled = true;
            break;
        }
        bool finished = true;
        if (!source.path.isEmpty()) {
            Result<Mail::MailboxReader> reader = Mail::MailboxReader::open(source.path);
            if (!reader) {
                result->errors.append(reader.error().message.isEmpty() ? Text::tr("Cannot open %1").arg(source.path)
                                                                       : reader.error().message);
            } else {
                const qsizetype before = result->documents.size();
                finished = readAll(promise, *reader, *result, QFileInfo(source.path).fileName(), done, grandTotal);
                if (result->documents.size() > before)
                    result->openedPaths.append(source.path);
            }
            done += pathSize(source.path);
        } else if (!Mail::looksLikeMessage(source.bytes)) {
            result->errors.append(Text::tr("%1 is not a message or a header block.").arg(source.origin));
            done += source.bytes.size();
        } else {
            Mail::MailboxReader reader = Mail::MailboxReader::fromBytes(source.bytes, source.origin);
            finished = readAll(promise, reader, *result, source.origin, done, grandTotal);
            done += source.bytes.size();
        }
        if (!finished) {
            result->cancelled = true;
            break;
        }
    }
    promise.addResult(LoadResultPtr(std::move(result)));
}

} // namespace MessageLoader

} // namespace Deliverbench::Gui
