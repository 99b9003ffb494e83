// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspect/InspectedMessage.h"

#include "message/Address.h"
#include "message/MessageLint.h"
#include "message/Rfc2047.h"

#include <openssl/evp.h>

namespace Deliverbench::Cli {

QString partPath(const Mail::MimePart& part)
{
    if (part.path.isEmpty() && part.parent == nullptr)
        return QStringLiteral("1");
    return part.path;
}

QString decodedHeader(const Mail::Message& message, QByteArrayView name)
{
    if (!message.root)
        return {};
    const Mail::HeaderField* field = message.headers().first(name);
    if (field == nullptr)
        return {};
    QString value = Mail::decodeHeaderText(field->unfolded());
    if (value.isNull())
        value = QLatin1String("");
    return value;
}

QString messageId(const Mail::Message& message)
{
    if (!message.root)
        return {};
    const Mail::HeaderField* field = message.headers().first("Message-ID");
    if (field == nullptr)
        return {};
    const QByteArray raw = field->unfolded();
    const Mail::MessageIdResult ids = Mail::parseMessageIds(raw);
    if (!ids.ids.isEmpty())
        return QString::fromUtf8(ids.ids.constFirst());
    return QString::fromUtf8(raw);
}

InspectedMessage inspectMessage(const Mail::Message& message, const QString& file, int index)
{
    InspectedMessage inspected;
    inspected.message = &message;
    inspected.file = file;
    inspected.index = index;
    inspected.indexInFile = message.index;
    if (!message.root)
        return inspected;

    const QList<const Mail::MimePart*> leaves = message.leafParts();
    inspected.leaves.reserve(leaves.size());
    for (const Mail::MimePart* part : leaves) {
        LeafPart leaf;
        leaf.part = part;
        leaf.path = partPath(*part);
        leaf.type = QString::fromLatin1(part->contentType.mimeType()).toLower();
        const QByteArray charset = part->charset();
        if (!charset.isEmpty())
            leaf.charset = QString::fromLatin1(charset).toLower();
        leaf.encoding = part->encodingToken.isEmpty() ? QStringLiteral("7bit")
                                                      : QString::fromLatin1(part->encodingToken).toLower();
        // Hashed as it streams, piece by piece: a 100 MB attachment is never held decoded, and
        // a big file's bytes are read with pread rather than made resident through its mapping.
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
        const auto add = [&leaf, ctx](QByteArrayView piece) {
            EVP_DigestUpdate(ctx, piece.data(), size_t(piece.size()));
            leaf.size += piece.size();
        };
        switch (part->encoding) {
        case Mail::TransferEncoding::SevenBit:
        case Mail::TransferEncoding::EightBit:
        case Mail::TransferEncoding::Binary:
        case Mail::TransferEncoding::Unknown: {
            // Identity encodings: the decoded bytes are the raw body (not uudecoded, even when
            // it looks uuencoded: the declared encoding is what the jsonl contract reports).
            const Mail::Message::BodyRange body = message.rawBodyRange(*part);
            Mail::PieceReader reader(body.source, body.from, body.to);
            while (reader.next())
                add(QByteArrayView(reader.data(), reader.size()));
            break;
        }
        case Mail::TransferEncoding::QuotedPrintable:
        case Mail::TransferEncoding::Base64:
        case Mail::TransferEncoding::UUEncode:
            message.decodeBody(*part, add);
            break;
        }
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestLength = 0;
        if (EVP_DigestFinal_ex(ctx, digest, &digestLength) == 1)
            leaf.sha256 = QByteArray(reinterpret_cast<const char*>(digest), qsizetype(digestLength)).toHex();
        EVP_MD_CTX_free(ctx);
        inspected.leaves.append(std::move(leaf));
    }
    inspected.findings = Mail::lintMessage(message);
    // Offsets in the input file, also for a message read out of an mbox on its own.
    if (const qint64 base = message.data->sourceOffset()) {
        for (Finding& finding : inspected.findings) {
            if (finding.offset >= 0)
                finding.offset += base;
        }
    }
    return inspected;
}

} // namespace Deliverbench::Cli
