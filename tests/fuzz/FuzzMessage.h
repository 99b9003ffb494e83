// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Walks a parsed Message the way the inspector does (every part, every decoded body, every
// text, the lint) and checks the invariants of the offset model (Message.h, MimePart.h):
// every range lies inside the RawData, a body inside its part, a child inside its parent's
// body, every header view inside the raw bytes, decoded sizes bounded by the encoded ones.

#include "FuzzCommon.h"

#include "message/Message.h"
#include "message/MessageLint.h"
#include "message/Received.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace Deliverbench::Fuzz {

inline void checkHeaders(const Mail::HeaderBlock& headers, const char* base, qint64 size)
{
    FUZZ_CHECK(rangeInside(headers.offset, headers.length, size));
    for (const Mail::HeaderField& field : headers.fields) {
        FUZZ_CHECK(viewInside(field.name, base, size));
        FUZZ_CHECK(viewInside(field.rawValue, base, size));
        FUZZ_CHECK(rangeInside(field.offset, field.length, size));
        consume(field.unfolded());
    }
}

inline void checkPart(const Mail::Message& message, const Mail::MimePart& part)
{
    // Parts inside a transfer-encoded message/rfc822 refer to a decoded copy (MimePart::source).
    const Mail::RawData& source = part.source ? *part.source : *message.data;
    const char* base = source.data();
    const qint64 size = source.size();
    FUZZ_CHECK(rangeInside(part.offset, part.length, size));
    FUZZ_CHECK(rangeInside(part.bodyOffset, part.bodyLength, size));
    FUZZ_CHECK(part.bodyOffset >= part.offset);
    FUZZ_CHECK(part.bodyOffset + part.bodyLength <= part.offset + part.length);
    checkHeaders(part.headers, base, size);
    if (part.preambleOffset >= 0)
        FUZZ_CHECK(rangeInside(part.preambleOffset, part.preambleLength, size));
    if (part.epilogueOffset >= 0)
        FUZZ_CHECK(rangeInside(part.epilogueOffset, part.epilogueLength, size));
    for (const auto& child : part.children) {
        FUZZ_CHECK(child != nullptr);
        FUZZ_CHECK(child->parent == &part);
        if (child->source != part.source)
            continue; // the child was parsed from a decoded copy of this body
        FUZZ_CHECK(child->offset >= part.bodyOffset);
        FUZZ_CHECK(child->offset + child->length <= part.bodyOffset + part.bodyLength);
    }
    for (const Mail::ParseDefect& defect : part.defects)
        FUZZ_CHECK(defect.offset <= size); // -1 when unknown; size when at the end

    consume(part.filename());
    consume(part.charset());
    consume(part.contentType.mimeType());
    consume(part.disposition.filename());

    const QByteArrayView raw = message.rawBody(part);
    FUZZ_CHECK(viewInside(raw, base, size));
    if (!part.children.empty())
        return;
    Mail::DecodeStats stats;
    const QByteArray decoded = message.decodedBody(part, &stats);
    switch (part.encoding) {
    case Mail::TransferEncoding::Base64:
        FUZZ_CHECK(decoded.size() <= raw.size() / 4 * 3 + 3);
        break;
    case Mail::TransferEncoding::QuotedPrintable:
        FUZZ_CHECK(decoded.size() <= raw.size());
        break;
    default:
        break;
    }
    if (part.contentType.type == "text" || part.contentType.type == "message") {
        bool ok = false;
        consume(message.text(part, &ok));
    }
}

/** @short Everything the inspector does with one message. */
inline void walkMessage(const Mail::Message& message)
{
    FUZZ_CHECK(message.data != nullptr);
    FUZZ_CHECK(message.root != nullptr);
    const char* base = message.data->data();
    const qint64 size = message.data->size();
    FUZZ_CHECK(rangeInside(message.offset, message.length, size));
    FUZZ_CHECK(viewInside(message.bytes(), base, size));

    const QList<const Mail::MimePart*> parts = message.allParts();
    FUZZ_CHECK(!parts.isEmpty() && parts.first() == message.root.get());
    int lookups = 0;
    for (const Mail::MimePart* part : parts) {
        FUZZ_CHECK(part != nullptr);
        // partByPath finds every numbered part (a linear search: only for the first parts)
        if (!part->path.isEmpty() && ++lookups <= 64)
            FUZZ_CHECK(message.partByPath(part->path) != nullptr);
        // every part of the input lies inside the message's own range of the RawData
        if (!part->source) {
            FUZZ_CHECK(part->offset >= message.offset);
            FUZZ_CHECK(part->offset + part->length <= message.offset + message.length);
        }
        checkPart(message, *part);
    }
    const QSet<const Mail::MimePart*> partSet(parts.cbegin(), parts.cend());
    FUZZ_CHECK(partSet.size() == parts.size());
    const QList<const Mail::MimePart*> leaves = message.leafParts();
    FUZZ_CHECK(leaves.size() <= parts.size());
    for (const Mail::MimePart* leaf : leaves) {
        // a leaf has no children (a multipart the parser could not split counts as a leaf)
        FUZZ_CHECK(leaf != nullptr && leaf->children.empty());
        FUZZ_CHECK(partSet.contains(leaf));
    }

    consume(Mail::receivedTimeline(message.headers()));

    Mail::LintOptions lintOptions;
    lintOptions.now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());
    const Findings findings = Mail::lintMessage(message, lintOptions);
    for (const Finding& finding : findings) {
        FUZZ_CHECK(!finding.code.isEmpty());
        if (finding.offset >= 0)
            FUZZ_CHECK(rangeInside(finding.offset, finding.length, size));
        consume(finding.toJson());
    }
}

} // namespace Deliverbench::Fuzz
