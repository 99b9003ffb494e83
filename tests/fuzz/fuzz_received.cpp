// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Received fields (RFC 5321 §4.4 and what MTAs really write). The whole
// input is parsed as one field value; then every logical line of it (a line break followed by
// WSP continues the line) becomes one Received field of a header block, newest first, and the
// timeline is built from that block.

#include "FuzzCommon.h"

#include "message/HeaderBlock.h"
#include "message/Received.h"

using namespace Deliverbench;

namespace {

constexpr int kMaxFields = 256;

Mail::HeaderField receivedField(QByteArrayView value, qint64 offset)
{
    Mail::HeaderField field;
    field.name = QByteArrayView("Received");
    field.rawValue = value;
    field.offset = offset;
    field.length = value.size();
    field.line = 1;
    return field;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = Fuzz::view(data, size);

    const Mail::ReceivedField whole = Mail::parseReceived(receivedField(input, 0));
    Fuzz::consume(whole.date.isValid());
    FUZZ_CHECK(whole.from.size() <= input.size());
    FUZZ_CHECK(whole.by.size() <= input.size());

    Mail::HeaderBlock block;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= input.size() && block.fields.size() < kMaxFields; ++i) {
        const bool end = i == input.size();
        if (!end && !(input[i] == '\n' && (i + 1 == input.size() || (input[i + 1] != ' ' && input[i + 1] != '\t'))))
            continue;
        if (i > start)
            block.fields.append(receivedField(input.sliced(start, i - start), start));
        start = i + 1;
    }
    block.length = qint64(size);
    block.hasSeparator = false;

    const QList<Mail::ReceivedHop> hops = Mail::receivedTimeline(block);
    FUZZ_CHECK(hops.size() <= block.fields.size());
    for (const Mail::ReceivedHop& hop : hops) {
        if (hop.clockSkew)
            FUZZ_CHECK(hop.delaySeconds.has_value());
        Fuzz::consume(hop.field.tls);
    }
    return 0;
}
