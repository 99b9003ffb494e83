// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: DMARC record parsing (RFC 7489 §6.3, §6.4) and the From domain of a raw From
// value (RFC 7489 §6.6.1). Checks: a usable record has a policy, pct in range, bounded lists, a
// found From domain is a lower-case domain (IDNs come back as A-labels, which may be longer than
// the input), a failure has a code.

#include "FuzzCommon.h"

#include "auth/dmarc/DmarcCheck.h"
#include "auth/dmarc/DmarcRecord.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = Fuzz::view(data, size);

    const Auth::DmarcRecord record = Auth::parseDmarcRecord(input);
    if (record.status == Auth::DmarcParseStatus::Ok || record.status == Auth::DmarcParseStatus::OkWithWarning) {
        FUZZ_CHECK(record.isUsable());
    }
    FUZZ_CHECK(record.pct >= 0 && record.pct <= 100);
    FUZZ_CHECK(record.tagNames.size() <= input.size());
    FUZZ_CHECK(record.rua.size() <= input.size() && record.ruf.size() <= input.size());
    Fuzz::consume(Auth::dmarcParseStatusToken(record.status));
    Fuzz::consume(Auth::dmarcPolicyToken(record.p));

    const Auth::FromDomainResult from = Auth::fromDomainOfValue(input);
    if (from.ok()) {
        FUZZ_CHECK(from.domain == from.domain.toLower());
        FUZZ_CHECK(!from.domain.contains('@')); // a domain, not an address (IDNs may come back as longer A-labels)
    } else {
        FUZZ_CHECK(!from.code.isEmpty());
    }
    return 0;
}
