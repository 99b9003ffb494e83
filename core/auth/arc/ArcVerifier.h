// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimVerifier.h"
#include "auth/dkim/KeyFetcher.h"
#include "common/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Auth {

/** @short ARC validation policy (RFC 8617 §5.2). */
struct ArcVerifyOptions
{
    /** @short Verification time (Unix seconds) for the AMS t=/x= checks; unset = the current time. */
    std::optional<qint64> now;
    /** @short RSA keys below this are a failing signature (RFC 8617 §5.1 refers to RFC 8301 §3.2). */
    int minKeyBits = 1024;
};

/** @short One ARC set (RFC 8617 §4.1) as the validator saw it. */
struct ArcHop
{
    int instance = 0;          ///< i= of the set
    QByteArray authservId;     ///< authserv-id of the ARC-Authentication-Results (RFC 8617 §4.1.1)
    QByteArray aar;            ///< the AAR's results text after "i=N;" (resinfo list, as written, unfolded)
    QByteArray amsDomain;      ///< d= of the ARC-Message-Signature
    QByteArray amsSelector;    ///< s= of the ARC-Message-Signature
    QByteArray amsResult;      ///< "pass", "fail", "temperror", "permerror" or "" when not evaluated
    QByteArray asResult;       ///< "pass", "fail", "temperror", "permerror" or "" when not evaluated
    QByteArray cv;             ///< cv= of the ARC-Seal as written (lower case)
    QString reason;            ///< translated, why the AMS/AS of this hop failed (empty on pass)
    qint64 offset = -1;        ///< offset of this set's ARC-Seal field in the raw input
};

/** @short Chain validation status (RFC 8617 §4.4). */
enum class ArcChainStatus { None, Pass, Fail };

/** @short The outcome of ARC validation of a message (RFC 8617 §5.2). */
struct ArcResult
{
    ArcChainStatus status = ArcChainStatus::None;
    /** @short "none", "pass", "fail" (RFC 8617 §4.4 cv values). */
    QByteArray token() const;
    int oldestPass = 0;        ///< RFC 8617 §5.2 step 6 / §7.2: 0 when the whole chain passes from i=1
    QList<ArcHop> chain;       ///< by instance, ascending
    QByteArray code;           ///< finding code of the outcome, e.g. ARC.PASS, ARC.FAIL_AMS, ARC.STRUCTURE
    QString reason;            ///< translated
    Findings details;          ///< notes besides the outcome (weak keys, testing flags, …)
    /** @short The outcome finding first, then the notes (docs/findings.md, "ARC"). */
    Findings findings() const;
    /** @short {"result", "oldestPass", "reason", "chain": [{"instance", "authservId", "aar",
     *  "ams": {"domain", "selector", "result"}, "as": {"result", "cv"}}]} (DESIGN.md "auth"). */
    QJsonObject toJson() const;
};

/**
 * @short The synchronous part of ARC validation: structure decided, hashes computed, key lookups
 * pending. Plain data: it does not refer to the message.
 */
struct ArcPrepared
{
    ArcResult result;                      ///< final when `decided`, else the chain without verdicts
    bool decided = false;                  ///< no key lookup needed (no ARC, structure, cv=fail)
    QList<DkimPreparedSignature> ams;      ///< index instance - 1
    QList<DkimPreparedSignature> seals;    ///< index instance - 1
    /** @short Distinct key names (lower case) still to look up. */
    QList<QByteArray> keyNames() const;
};

/**
 * @short ARC chain validation (RFC 8617 §5.2).
 *
 * Collects the ARC sets by instance, checks the structure (§5.1.1, §5.2 steps 1–3), verifies the
 * highest ARC-Message-Signature (§5.2 step 4, DKIM-like), every ARC-Seal (§5.2 step 5) and computes
 * the oldest-pass (§5.2 step 6). Key lookups go through a KeyFetcher like DKIM.
 */
class ArcVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Auth::ArcVerifier)

public:
    using Callback = std::function<void(const ArcResult&)>;
    /** @short Validates asynchronously; `callback` runs once from the event loop (dropped if `context` dies). */
    static void verify(const Mail::Message& message, KeyFetcher& fetcher, const ArcVerifyOptions& options,
                       QObject* context, Callback callback);
    /** @short Collects the sets, checks the structure and hashes everything (RFC 8617 §5.2 steps 1–3). */
    static ArcPrepared prepare(const Mail::Message& message, const ArcVerifyOptions& options = {});
    /** @short Finishes with the key lookups by lower-case name (missing names count as a DNS failure):
     *  RFC 8617 §5.2 steps 4–7. */
    static ArcResult complete(ArcPrepared& prepared, const QHash<QByteArray, KeyLookup>& lookups,
                              const ArcVerifyOptions& options = {});
    /** @short Validates and waits (local event loop) for the key lookups: tests and tools only. */
    static ArcResult verifyBlocking(const Mail::Message& message, KeyFetcher& fetcher, const ArcVerifyOptions& options = {});
};

} // namespace Deliverbench::Auth
