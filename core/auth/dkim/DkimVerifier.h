// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimDiagnosis.h"
#include "auth/dkim/DkimResult.h"
#include "auth/dkim/DkimSignature.h"
#include "auth/dkim/KeyFetcher.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Deliverbench::Mail {
class Message;
struct HeaderField;
}

namespace Deliverbench::Auth {

/** @short Verifier policy (plain data; the GUI/CLI fill it). */
struct DkimVerifyOptions
{
    /** @short Verification time (Unix seconds) for x=/t=; unset = the current time. Tests inject it. */
    std::optional<qint64> now;
    /** @short RSA keys below 1024 bits are permerror (RFC 8301 §3.2). A higher value makes keys between
     *  1024 and this a "policy" result; a lower one (e.g. 512) only reproduces old corpora. */
    int minKeyBits = 1024;
    /** @short rsa-sha1 is fail (RFC 8301 §3.1) unless this is set (old corpora only). */
    bool allowSha1 = false;
    qint64 clockSkew = 300;       ///< seconds t= may be in the future
    int maxSignatures = 32;       ///< further DKIM-Signature fields are not evaluated (bounded work)
    bool diagnose = true;         ///< run "why it broke" on body-hash mismatches
    DkimDiagnosisOptions diagnosis;
};

/** @short One signature after the synchronous part of verification (parse, hashes), waiting for its key. */
struct DkimPreparedSignature
{
    DkimSignatureResult result;
    std::optional<DkimSignature> signature;
    QByteArray headerDigest;      ///< hash of the canonical header data (RFC 6376 §3.7 step 2)
    bool bodyHashMatches = false;
    bool bodyTooShort = false;    ///< l= larger than the canonical body
    bool done = false;            ///< verdict already known (syntax, expiry): no key lookup
};

/**
 * @short DKIM verification of a message (RFC 6376 §6, RFC 8301, RFC 8463).
 *
 * Every DKIM-Signature field is evaluated, in header order. Hashing happens from the message's raw
 * bytes (Message::data, the header fields' offsets) and needs no copy of the body; signatures that
 * share body canonicalization, hash and l= share one body pass. Key lookups go through a KeyFetcher.
 */
class DkimVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Auth::DkimVerifier)

public:
    using Callback = std::function<void(const QList<DkimSignatureResult>& results)>;

    /** @short The synchronous part: parse every signature, check tags and times, compute hashes, diagnose. */
    static QList<DkimPreparedSignature> prepare(const Mail::Message& message, const DkimVerifyOptions& options = {});
    /** @short Finishes one prepared signature with its key lookup (RFC 6376 §6.1.2, §6.1.3). */
    static void complete(DkimPreparedSignature& prepared, const KeyLookup& lookup, const DkimVerifyOptions& options = {});
    /**
     * @short Verifies every signature: prepare(), then one key lookup per distinct key name, then
     * complete(). `callback` runs once, from the event loop, when all keys arrived (dropped if
     * `context` dies first). The message need not outlive this call.
     */
    static void verify(const Mail::Message& message, KeyFetcher& fetcher, const DkimVerifyOptions& options,
                       QObject* context, Callback callback);

    /** @short All findings of a message's results in order; DKIM.NONE when there is no signature. */
    static Findings findings(const QList<DkimSignatureResult>& results);

    /** @short The canonical header data a signature covers (RFC 6376 §3.7 step 2), b= emptied in the signature field. */
    static QByteArray headerData(const Mail::Message& message, const Mail::HeaderField& signatureField,
                                 const DkimSignature& signature, QList<qint64>* selectedOffsets = nullptr);
    /** @short The raw body DKIM hashes: everything after the root header block (and its blank line). */
    static QByteArrayView body(const Mail::Message& message);
};

} // namespace Deliverbench::Auth
