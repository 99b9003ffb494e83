// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what MessageAuth reads from a message before any DNS (issue 4): the connection
// from the Received chain and Return-Path (determineConnection), every Authentication-Results field
// and the trust picker (readAuthResults, pickTrustedAuthservIds), the comparison with fixed
// verdicts, the scorecard facts (List-Unsubscribe URI list, receiving hop, lint) and the scorecard,
// and the batch-summary entry (From domain, DKIM d= values, bounce records).
// Checks: the chosen hop is inside the Received count, offsets inside the input, every
// Authentication-Results field trusted iff its id is in the trusted list, ten scorecard rows.

#include "FuzzCommon.h"

#include "auth/AuthCompare.h"
#include "auth/MessageAuth.h"
#include "auth/Scorecard.h"
#include "message/Message.h"
#include "message/RawData.h"
#include "report/BatchSummary.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(Fuzz::rawBytes(data, size)));
    const qint64 total = qint64(size);

    const Auth::ConnectionInfo c = Auth::determineConnection(message, {});
    FUZZ_CHECK(c.hopIndex >= -1 && c.hopIndex < qMax(c.hopCount, 1));
    FUZZ_CHECK(c.hopOffset == -1 || Fuzz::rangeInside(c.hopOffset, 1, total));

    QList<Auth::StampedAuthResults> stamped = Auth::readAuthResults(message);
    FUZZ_CHECK(stamped.size() <= 64);
    const Auth::AuthservTrust trust = Auth::pickTrustedAuthservIds(stamped, {QByteArrayLiteral("mx.example")});
    for (const Auth::StampedAuthResults& s : stamped) {
        FUZZ_CHECK(Fuzz::rangeInside(s.offset, s.length, total));
        FUZZ_CHECK(s.trusted == (!s.authservId.isEmpty() && trust.trusted.contains(s.authservId)));
    }

    Auth::SpfEvaluation spf;
    spf.result = Auth::SpfResult::Pass;
    spf.domain = "example.com";
    Auth::DkimSignatureResult dkim;
    dkim.domain = "example.com";
    dkim.selector = "s";
    dkim.result = Auth::DkimResult::Fail;
    dkim.reason = "DKIM.BODY_HASH_MISMATCH";
    dkim.signedHeaders = {"from", "list-unsubscribe", "list-unsubscribe-post"};
    Auth::DmarcEvaluation dmarc;
    dmarc.fromDomain = "example.com";
    const auto comparisons = Auth::compareAuthResults(stamped, spf, {dkim}, dmarc, true);
    FUZZ_CHECK(comparisons.size() <= 512);
    (void)Auth::authCompareFindings(comparisons);

    const Auth::ScorecardMessageFacts facts = Auth::scorecardFacts(message, c.hopOffset);
    const Auth::Scorecard card = Auth::buildScorecard(facts, spf, true, {dkim}, dmarc, {});
    FUZZ_CHECK(card.rows.size() == 10);
    (void)card.findings();
    (void)card.toJson();

    Report::BatchSummary summary;
    summary.add(Report::batchEntryFromMessage(message));
    FUZZ_CHECK(summary.messages() == 1);
    (void)summary.toText();
    return 0;
}
