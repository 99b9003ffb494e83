// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ARC chain validation (RFC 8617 §5.2) on a fuzzed message: set collection,
// instance parsing, structure checks, AMS/AS tag parsing, header selection and hashing, then the
// verdicts with a fixed in-memory key (the ValiMail suite's example.org "dummy" key; every other
// name answers NXDOMAIN). No network, no event loop: prepare() and complete() directly.
// Checks: the chain is ascending 1..n with n <= 50, oldest-pass within it, a pass has every seal
// passing and the newest AMS passing.

#include "FuzzCommon.h"

#include "auth/arc/ArcVerifier.h"
#include "auth/dkim/KeyFetcher.h"
#include "message/Message.h"
#include "message/RawData.h"

using namespace Deliverbench;

namespace {

const Auth::MemoryKeyFetcher& keys()
{
    static const Auth::MemoryKeyFetcher fetcher = [] {
        Auth::MemoryKeyFetcher f;
        f.addRecord("dummy._domainkey.example.org",
                    "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3id"
                    "Y6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lx"
                    "j+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB");
        f.setOutcome("timeout._domainkey.example.org", Dns::Outcome::Timeout);
        return f;
    }();
    return fetcher;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(Fuzz::rawBytes(data, size)));
    Auth::ArcVerifyOptions options;
    options.now = 1700000000;
    Auth::ArcPrepared prepared = Auth::ArcVerifier::prepare(message, options);
    QHash<QByteArray, Auth::KeyLookup> lookups;
    for (const QByteArray& name : prepared.keyNames())
        lookups.insert(name, keys().lookup(name));
    const Auth::ArcResult result = Auth::ArcVerifier::complete(prepared, lookups, options);

    FUZZ_CHECK(result.chain.size() <= 50);
    for (int i = 0; i < result.chain.size(); ++i) {
        FUZZ_CHECK(result.chain.at(i).instance == i + 1);
        FUZZ_CHECK(result.chain.at(i).offset < qint64(size));
    }
    FUZZ_CHECK(result.oldestPass == 0 || (result.oldestPass >= 2 && result.oldestPass <= result.chain.size()));
    FUZZ_CHECK(!result.code.isEmpty());
    if (result.status == Auth::ArcChainStatus::Pass) {
        FUZZ_CHECK(!result.chain.isEmpty());
        FUZZ_CHECK(result.chain.last().amsResult == "pass");
        for (const Auth::ArcHop& hop : result.chain)
            FUZZ_CHECK(hop.asResult == "pass");
    }
    if (result.status == Auth::ArcChainStatus::None)
        FUZZ_CHECK(result.chain.isEmpty());
    Fuzz::consume(result.toJson());
    Fuzz::consume(result.findings());
    return 0;
}
