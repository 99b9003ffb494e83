// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the IMAP server byte stream (RFC 3501 §7, §9). The input is what a server
// sends: ResponseReader frames it (fed in uneven chunks, as a socket delivers it), every framed
// response goes through parseResponse, and what the client then reads out of the values is
// exercised too: FETCH items (UidFetchTask::parseFetchItems: FLAGS, INTERNALDATE, BODYSTRUCTURE,
// BODY[HEADER], X-GM-LABELS) and LIST mailbox names (modified UTF-7). Small limits keep the
// "limit exceeded" paths reachable.

#include "FuzzCommon.h"

#include "imap/ImapParser.h"
#include "imap/ImapTasks.h"
#include "imap/ImapTypes.h"

using namespace Deliverbench;

namespace {

constexpr int kMaxResponses = 512;

qint64 countValues(const QList<Imap::Value>& values, int depth)
{
    FUZZ_CHECK(depth <= 64);
    qint64 n = 0;
    for (const Imap::Value& value : values) {
        ++n;
        if (value.type == Imap::Value::Type::List)
            n += countValues(value.list, depth + 1);
        else
            FUZZ_CHECK(value.list.isEmpty());
    }
    return n;
}

void exercise(QByteArrayView bytes, const Imap::ParserLimits& limits)
{
    const Result<Imap::Response> parsed = Imap::parseResponse(bytes, limits);
    if (!parsed)
        return;
    const Imap::Response& r = *parsed;
    FUZZ_CHECK(countValues(r.values, 0) + countValues(r.codeArgs, 0) <= limits.maxItems + 1);
    FUZZ_CHECK(r.text.size() <= bytes.size());
    if (r.kind == Imap::Response::Kind::Tagged)
        FUZZ_CHECK(!r.tag.isEmpty());
    if (r.name == "FETCH" && !r.values.isEmpty() && r.values.first().type == Imap::Value::Type::List) {
        const Imap::FetchedMessage m = Imap::UidFetchTask::parseFetchItems(r.values.first().list);
        FUZZ_CHECK(m.header.size() <= bytes.size());
        Fuzz::consume(m.internalDate.isValid());
    }
    if ((r.name == "LIST" || r.name == "LSUB") && r.values.size() >= 3)
        Fuzz::consume(Imap::decodeMailboxName(r.values.at(2).asString()).size());
    for (const Imap::Value& value : r.values) {
        if (value.isString())
            Fuzz::consume(Imap::parseInternalDate(value.text).isValid());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = Fuzz::view(data, size);

    Imap::ParserLimits limits;
    limits.maxLiteral = 64 * 1024;
    limits.maxLine = 64 * 1024;
    limits.maxResponse = 256 * 1024;
    limits.maxDepth = 16;
    limits.maxItems = 4096;

    // The whole input as one response (what parseResponse sees when a stream frames oddly).
    exercise(input, limits);

    // The input as a stream: chunk sizes taken from the input itself (1..16 bytes, then the rest).
    Imap::ResponseReader reader(limits);
    qsizetype pos = 0;
    int responses = 0;
    qint64 framed = 0;
    bool failed = false;
    while (!failed && responses < kMaxResponses) {
        if (pos < input.size()) {
            const qsizetype chunk = qMin<qsizetype>(input.size() - pos, 1 + (static_cast<unsigned char>(input[pos]) % 16));
            reader.feed(input.sliced(pos, chunk));
            pos += chunk;
        }
        bool progressed = false;
        while (responses < kMaxResponses) {
            std::optional<Result<QByteArray>> next = reader.next();
            if (!next)
                break;
            if (!*next) {
                failed = true;
                break;
            }
            progressed = true;
            ++responses;
            framed += (*next)->size();
            FUZZ_CHECK((*next)->size() <= limits.maxResponse);
            exercise(**next, limits);
        }
        if (!progressed && pos >= input.size())
            break;
    }
    FUZZ_CHECK(framed <= input.size());
    FUZZ_CHECK(reader.pending() >= 0);
    return 0;
}
