// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the mailbox reader. The input is any bytes (an mbox, an .eml, a pasted
// header block); MailboxReader::fromBytes detects the format, counts the messages, and next()
// is called until the end. Every message is walked like the inspector does (FuzzMessage.h).

#include "FuzzMessage.h"

#include "message/Mailbox.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::consume(Mail::looksLikeMessage(Fuzz::view(data, size)));

    Mail::MailboxReader reader = Mail::MailboxReader::fromBytes(Fuzz::rawBytes(data, size), QStringLiteral("fuzz"));
    const int count = reader.count();
    FUZZ_CHECK(count >= 0);
    FUZZ_CHECK(reader.totalBytes() >= 0);

    // A message needs at least one byte, so more messages than input bytes (+1 for an empty
    // single message) means next() does not advance.
    const qint64 bound = qint64(size) + 1;
    qint64 produced = 0;
    qint64 lastPosition = reader.position();
    while (std::optional<Mail::Message> message = reader.next()) {
        ++produced;
        FUZZ_CHECK(produced <= bound);
        FUZZ_CHECK(message->index == produced - 1);
        const qint64 position = reader.position();
        FUZZ_CHECK(position >= lastPosition);
        FUZZ_CHECK(position <= reader.totalBytes());
        lastPosition = position;
        Fuzz::walkMessage(*message);
    }
    FUZZ_CHECK(produced == count);
    FUZZ_CHECK(!reader.next().has_value());
    return 0;
}
