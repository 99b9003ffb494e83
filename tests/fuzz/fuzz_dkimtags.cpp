// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the DKIM tag-list parser (RFC 6376 §3.2) and what is built on it: the
// DKIM-Signature value (RFC 6376 §3.5) and the key record (RFC 6376 §3.6.1, RFC 8463 §4),
// plus the value decoders (base64, dkim-quoted-printable, lists). Checks the declared
// invariants: tag offsets inside the input, unique names, decoded sizes bounded by the input.

#include "FuzzCommon.h"

#include "auth/dkim/DkimKeyRecord.h"
#include "auth/dkim/DkimSignature.h"
#include "auth/dkim/DkimTagList.h"

#include <QSet>

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView text = Fuzz::view(data, size);

    Auth::DkimTagList tags;
    Auth::DkimProblem problem;
    if (Auth::parseDkimTagList(text, &tags, &problem)) {
        FUZZ_CHECK(tags.tags.size() <= 256);
        QSet<QByteArray> names;
        for (const Auth::DkimTag& tag : tags.tags) {
            FUZZ_CHECK(!tag.name.isEmpty());
            FUZZ_CHECK(!names.contains(tag.name));
            names.insert(tag.name);
            FUZZ_CHECK(Fuzz::rangeInside(tag.nameOffset, tag.name.size(), text.size()));
            FUZZ_CHECK(tag.valueOffset <= tag.valueEnd && tag.valueEnd <= text.size());
            FUZZ_CHECK(tag.value.size() <= tag.valueEnd - tag.valueOffset);
            FUZZ_CHECK(tags.find(tag.name) != nullptr);
            QByteArray decoded;
            if (Auth::dkimDecodeBase64(tag.value, &decoded))
                FUZZ_CHECK(decoded.size() <= tag.value.size());
            if (Auth::dkimDecodeQuotedPrintable(tag.value, &decoded))
                FUZZ_CHECK(decoded.size() <= tag.value.size());
            FUZZ_CHECK(Auth::dkimStripFws(tag.value).size() <= tag.value.size());
            Fuzz::consume(Auth::dkimSplitList(tag.value));
            Fuzz::consume(Auth::dkimIsDomainName(tag.value));
        }
    } else {
        FUZZ_CHECK(!problem.code.isEmpty());
        FUZZ_CHECK(problem.offset <= text.size());
    }

    const auto signature = Auth::parseDkimSignature(text);
    if (signature) {
        FUZZ_CHECK(!signature->domain.isEmpty());
        FUZZ_CHECK(!signature->selector.isEmpty());
        FUZZ_CHECK(signature->signature.size() <= text.size());
        FUZZ_CHECK(signature->bodyHash.size() <= text.size());
        Fuzz::consume(signature->keyName());
        Fuzz::consume(signature->identityDomain());
    } else {
        FUZZ_CHECK(!signature.error().code.isEmpty());
    }

    const auto key = Auth::parseDkimKeyRecord(text);
    if (key) {
        FUZZ_CHECK(key->publicKey.size() <= text.size());
        Fuzz::consume(key->allowsHash("sha256"));
        Fuzz::consume(key->allowsEmail());
    } else {
        FUZZ_CHECK(!key.error().code.isEmpty());
    }
    return 0;
}
