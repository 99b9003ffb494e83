// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a raw DNS response as a server sends it (Dns::parseMessage, RFC 1035 §4.1,
// name compression §4.1.4, EDNS OPT RFC 6891), then Dns::fillAnswer for the question it names
// and for a fixed one (CNAME chains followed, bounded). What a hostile or broken server may send.

#include "FuzzCommon.h"

#include "dns/DnsMessage.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView raw = Fuzz::view(data, size);
    const Dns::Message message = Dns::parseMessage(raw);
    FUZZ_CHECK(message.answers.size() <= message.answerCount);
    FUZZ_CHECK(message.answers.size() <= raw.size() / 11 + 1); // an RR takes at least 11 octets
    // 255 wire octets (RFC 1035 §2.3.4); the presentation form escapes odd octets as \DDD (4 chars)
    constexpr qsizetype kMaxNameText = 4 * 255;
    FUZZ_CHECK(message.questionName.size() <= kMaxNameText);
    for (const Dns::Record& r : message.answers) {
        FUZZ_CHECK(r.name.size() <= kMaxNameText);
        FUZZ_CHECK(r.target.size() <= kMaxNameText);
        FUZZ_CHECK(r.text.size() <= raw.size());
        Fuzz::consume(r.rdataText());
    }
    Dns::RecordType asked = Dns::RecordType::A;
    for (Dns::RecordType t : {Dns::RecordType::A, Dns::RecordType::AAAA, Dns::RecordType::MX, Dns::RecordType::TXT,
                              Dns::RecordType::PTR, Dns::RecordType::CNAME, Dns::RecordType::NS, Dns::RecordType::SOA,
                              Dns::RecordType::TLSA}) {
        if (quint16(t) == message.questionType)
            asked = t;
    }
    for (int i = 0; i < 2; ++i) {
        Dns::Answer answer;
        answer.name = i == 0 ? message.questionName : QByteArrayLiteral("example.test");
        answer.type = i == 0 ? asked : Dns::RecordType::TXT;
        Dns::fillAnswer(answer, message);
        FUZZ_CHECK(answer.records.size() <= message.answers.size());
        FUZZ_CHECK(answer.cnameChain.size() <= message.answers.size());
        Fuzz::consume(answer.answerText());
    }
    return 0;
}
