// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the mailbox reader. The input is any bytes (an mbox, an .eml, a pasted
// header block); MailboxReader::fromBytes detects the format, counts the messages, and next()
// is called until the end. Every message is walked like the inspector does (FuzzMessage.h).
// An mbox is also written to a memfd and read back with MailboxReadMode::Sequential, in tiny
// reads and with a tiny buffer limit (so the fall-back to the mapping runs too): it must give
// the same messages at the same file offsets.

#include "FuzzMessage.h"

#include "message/Mailbox.h"

#include <sys/mman.h>
#include <unistd.h>

#include <vector>

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const bool looksLikeMail = Mail::looksLikeMessage(Fuzz::view(data, size));

    Mail::MailboxReader reader = Mail::MailboxReader::fromBytes(Fuzz::rawBytes(data, size), QStringLiteral("fuzz"));
    const int count = reader.count();
    FUZZ_CHECK(count >= 0);
    FUZZ_CHECK(reader.totalBytes() >= 0);

    // A message needs at least one byte, so more messages than input bytes (+1 for an empty
    // single message) means next() does not advance.
    const qint64 bound = qint64(size) + 1;
    qint64 produced = 0;
    qint64 lastPosition = reader.position();
    struct Seen
    {
        QByteArray bytes, envelope;
        qint64 offset;
    };
    std::vector<Seen> seen;
    // open() turns away what does not look like mail; fromBytes() takes anything.
    const bool mbox = reader.format() == Mail::MailboxReader::Format::Mbox && looksLikeMail;
    while (std::optional<Mail::Message> message = reader.next()) {
        if (mbox)
            seen.push_back({message->bytes().toByteArray(), message->envelopeLine, message->offset});
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

    if (mbox) {
        const int fd = memfd_create("fuzz.mbox", 0);
        if (fd >= 0 && ::write(fd, data, size) == ssize_t(size)) {
            auto sequential = Mail::MailboxReader::open(QStringLiteral("/proc/self/fd/%1").arg(fd),
                                                        {Mail::MailboxReadMode::Sequential, 7, 256});
            FUZZ_CHECK(sequential.has_value());
            FUZZ_CHECK(sequential->count() == count);
            for (const Seen& expected : seen) {
                std::optional<Mail::Message> message = sequential->next();
                FUZZ_CHECK(message.has_value());
                FUZZ_CHECK(message->bytes() == expected.bytes);
                FUZZ_CHECK(message->envelopeLine == expected.envelope);
                FUZZ_CHECK(message->offset + message->data->sourceOffset() == expected.offset);
            }
            FUZZ_CHECK(!sequential->next().has_value());
        }
        if (fd >= 0)
            ::close(fd);
    }
    return 0;
}
