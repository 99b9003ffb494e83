// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the MIME parser. The input is one raw message (.eml, with or without an
// mbox From_ line); it is parsed, every part is walked and decoded (transfer encoding and
// charset), the Received timeline is built and the structure lint runs over it.

#include "FuzzMessage.h"

#include "message/RawData.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Mail::RawDataPtr raw = Mail::RawData::fromBytes(Fuzz::rawBytes(data, size), QStringLiteral("fuzz"));
    FUZZ_CHECK(raw->size() == qint64(size));

    const Mail::Message message = Mail::parseMessage(raw);
    Fuzz::walkMessage(message);

    // The same input under tight limits: the depth and part-count cut-offs must leave a
    // consistent tree too.
    Mail::ParseOptions tight;
    tight.maxDepth = 2;
    tight.maxParts = 5;
    const Mail::Message limited = Mail::parseMessage(raw, tight);
    FUZZ_CHECK(limited.allParts().size() <= message.allParts().size());
    Fuzz::walkMessage(limited);

    // A sub-range of the input, as the mbox reader hands them out: skip the first line.
    const qsizetype nl = Fuzz::view(data, size).indexOf('\n');
    if (nl >= 0) {
        const qint64 offset = nl + 1;
        const Mail::Message inner = Mail::parseMessage(raw, offset, qint64(size) - offset);
        FUZZ_CHECK(inner.offset >= offset);
        Fuzz::walkMessage(inner);
    }
    return 0;
}
