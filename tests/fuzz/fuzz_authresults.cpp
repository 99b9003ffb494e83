// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Authentication-Results values (RFC 8601), in both modes. What the strict
// grammar accepts must also be accepted by the lenient one.

#include "FuzzCommon.h"

#include "message/AuthResults.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView value = Fuzz::view(data, size);

    const Mail::AuthenticationResults strict =
        Mail::parseAuthenticationResults(value, Mail::AuthResultsMode::Strict);
    const Mail::AuthenticationResults lenient =
        Mail::parseAuthenticationResults(value, Mail::AuthResultsMode::Lenient);

    for (const Mail::AuthenticationResults* results : {&strict, &lenient}) {
        FUZZ_CHECK(results->authservId.size() <= value.size());
        FUZZ_CHECK(results->results.size() <= value.size());
        for (const Mail::AuthResultEntry& entry : results->results) {
            FUZZ_CHECK(entry.method.size() <= value.size());
            Fuzz::consume(entry.property("smtp", "mailfrom"));
            Fuzz::consume(entry.property("header", "d"));
        }
    }
    if (strict.valid)
        FUZZ_CHECK(lenient.valid);
    return 0;
}
