// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimVerifier.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimCrypto_p.h"
#include "auth/dkim/DkimKeyRecord.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

QString latin(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 300)));
}

struct CodeInfo
{
    QString title;
    QString remedy;
};

CodeInfo codeInfo(const QByteArray& code)
{
    static const QHash<QByteArray, std::pair<const char*, const char*>> table = {
        {"DKIM.PASS", {"DKIM signature verified", ""}},
        {"DKIM.BODY_HASH_MISMATCH",
         {"DKIM body hash does not match: the body changed after signing",
          "Find what changed the body in transit (footer, disclaimer, re-encoding) and sign after it, or stop it."}},
        {"DKIM.BODY_TOO_SHORT",
         {"The body is shorter than the signature's l= says", "The body was cut after signing; find the relay that did it."}},
        {"DKIM.SIGNATURE_INVALID",
         {"DKIM signature does not verify: a signed header changed or the key does not match",
          "Check that the published key matches the signing key and that no relay rewrites signed headers."}},
        {"DKIM.SHA1",
         {"DKIM signature uses rsa-sha1, which verifiers must not accept (RFC 8301)", "Sign with rsa-sha256 (or ed25519-sha256)."}},
        {"DKIM.KEY_NOT_FOUND",
         {"DKIM key record not found", "Publish the key at selector._domainkey.domain, or fix s=/d=."}},
        {"DKIM.KEY_REVOKED", {"DKIM key is revoked (empty p=)", "Sign with a current key."}},
        {"DKIM.KEY_DNS_ERROR",
         {"DKIM key lookup failed temporarily", "Retry later; check the domain's DNS servers."}},
        {"DKIM.KEY_SYNTAX", {"DKIM key record is malformed", "Fix the TXT record (v=DKIM1; k=…; p=…)."}},
        {"DKIM.KEY_TYPE_UNKNOWN", {"DKIM key record has an unknown key type k=", "Use k=rsa or k=ed25519."}},
        {"DKIM.KEY_TYPE_MISMATCH",
         {"DKIM key type does not match the signature algorithm", "Publish the key that matches a= or sign with the right key."}},
        {"DKIM.KEY_HASH_NOT_ALLOWED",
         {"DKIM key record's h= does not allow the signature's hash", "Remove h= from the key record or sign with an allowed hash."}},
        {"DKIM.KEY_NOT_FOR_EMAIL", {"DKIM key record's s= excludes email", "Use s=email or s=* (or leave s= out)."}},
        {"DKIM.KEY_STRICT_IDENTITY",
         {"DKIM key has t=s but i= is a subdomain of d=", "Sign with i= in d= itself, or drop t=s from the key."}},
        {"DKIM.KEY_TOO_SHORT",
         {"DKIM RSA key is shorter than 1024 bits (RFC 8301)", "Publish and sign with a key of at least 2048 bits."}},
        {"DKIM.KEY_BELOW_POLICY",
         {"DKIM RSA key is shorter than the configured minimum", "Sign with a longer key."}},
        {"DKIM.KEY_TESTING",
         {"DKIM key is in testing mode (t=y)", "Remove t=y from the key record once signing works."}},
        {"DKIM.SYNTAX", {"DKIM-Signature is malformed", "Fix the signer."}},
        {"DKIM.MISSING_TAG", {"DKIM-Signature lacks a required tag", "Fix the signer."}},
        {"DKIM.VERSION", {"DKIM-Signature has an unsupported version", "Sign with v=1."}},
        {"DKIM.ALGORITHM_UNKNOWN", {"DKIM-Signature uses an unknown algorithm", "Sign with rsa-sha256 or ed25519-sha256."}},
        {"DKIM.CANONICALIZATION_UNKNOWN", {"DKIM-Signature has an unknown canonicalization", "Use c=relaxed/relaxed."}},
        {"DKIM.QUERY_METHOD", {"DKIM-Signature asks for an unsupported key query method", "Use q=dns/txt or leave q= out."}},
        {"DKIM.DOMAIN_INVALID", {"DKIM-Signature's d= is not a domain name", "Fix the signer's d=."}},
        {"DKIM.SELECTOR_INVALID", {"DKIM-Signature's s= is not a valid selector", "Fix the signer's s=."}},
        {"DKIM.IDENTITY_MISMATCH", {"DKIM i= is not within d=", "Use an i= in d= or a subdomain of it."}},
        {"DKIM.FROM_NOT_SIGNED", {"DKIM-Signature does not sign the From field", "Include From in h=."}},
        {"DKIM.EXPIRED", {"DKIM signature has expired (x=)", "Deliver sooner or sign with a later x=."}},
        {"DKIM.FUTURE_TIMESTAMP", {"DKIM signature timestamp t= is in the future", "Fix the signer's clock."}},
        {"DKIM.BODY_LENGTH",
         {"DKIM signature covers only part of the body (l=)", "Do not use l=: anything appended after l= bytes is unsigned."}},
        {"DKIM.UNSIGNED_HEADER_INSTANCE",
         {"A signed header field has an extra, unsigned instance", "Over-sign the field (list it once more in h= than it occurs)."}},
        {"DKIM.DIAGNOSIS", {"Why the DKIM body hash does not match", ""}},
        {"DKIM.TOO_MANY_SIGNATURES", {"Too many DKIM-Signature fields; the rest were not evaluated", ""}},
        {"DKIM.NONE", {"The message has no DKIM signature", "Sign outgoing mail with DKIM."}},
    };
    const auto it = table.constFind(code);
    if (it == table.constEnd())
        return {latin(code), {}};
    return {tr(it->first), it->second[0] ? tr(it->second) : QString()};
}

Severity severityOf(DkimResult result)
{
    switch (result) {
    case DkimResult::Pass:
        return Severity::Pass;
    case DkimResult::TempError:
    case DkimResult::Policy:
        return Severity::Warning;
    case DkimResult::Neutral:
    case DkimResult::None:
        return Severity::Info;
    case DkimResult::Fail:
    case DkimResult::PermError:
        return Severity::Error;
    }
    return Severity::Error;
}

Finding makeFinding(const DkimSignatureResult& r, const QByteArray& code, Severity severity, QString detail,
                    QString reference, QString evidence = {})
{
    const CodeInfo info = codeInfo(code);
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = info.title;
    f.detail = std::move(detail);
    f.reference = std::move(reference);
    f.remedy = info.remedy;
    f.evidence = evidence.isEmpty() ? QStringLiteral("DKIM-Signature: ") + latin(r.rawValue.left(600)) : evidence;
    f.offset = r.fieldOffset;
    f.length = r.fieldLength;
    return f;
}

void setVerdict(DkimSignatureResult& r, DkimResult result, const QByteArray& code, QString explanation,
                QString reference)
{
    r.result = result;
    r.reason = code;
    r.explanation = std::move(explanation);
    r.reference = std::move(reference);
}

/** @short Puts the verdict finding first (called once the verdict is final). */
void addVerdictFinding(DkimSignatureResult& r)
{
    QString detail = tr("Signature %1 (d=%2, s=%3, a=%4): %5 — %6")
                         .arg(r.index + 1)
                         .arg(latin(r.domain), latin(r.selector), latin(r.algorithm),
                              QString::fromLatin1(dkimResultToken(r.result)), r.explanation);
    QString evidence;
    if (!r.keyRecord.isEmpty())
        evidence = QStringLiteral("DKIM-Signature: ") + latin(r.rawValue.left(600)) + QStringLiteral("\n")
            + latin(r.keyName) + QStringLiteral(" TXT \"") + latin(r.keyRecord.left(600)) + QStringLiteral("\"");
    r.findings.prepend(makeFinding(r, r.reason, severityOf(r.result), detail, r.reference, evidence));
}

} // namespace

QByteArrayView DkimVerifier::body(const Mail::Message& message)
{
    if (!message.root)
        return {};
    const qint64 end = message.offset + message.length;
    const qint64 start = message.root->bodyOffset;
    if (start >= end)
        return {};
    return message.slice(start, end - start);
}

QByteArray DkimVerifier::headerData(const Mail::Message& message, const Mail::HeaderField& signatureField,
                                    const DkimSignature& signature, QList<qint64>* selectedOffsets)
{
    const auto& fields = message.headers().fields;
    QHash<QByteArray, QList<int>> byName;
    for (int i = 0; i < fields.size(); ++i)
        byName[fields.at(i).name.toByteArray().toLower()].append(i);
    QHash<QByteArray, int> used;
    QByteArray data;
    for (const QByteArray& name : signature.signedHeaders) {
        const QByteArray key = name.toLower();
        const auto it = byName.constFind(key);
        int& u = used[key];
        if (it == byName.constEnd() || u >= it->size())
            continue; // over-signing: a listed name with no more instances contributes nothing (RFC 6376 §5.4.2)
        const Mail::HeaderField& field = fields.at(it->at(it->size() - 1 - u));
        ++u;
        data += dkimCanonicalizeHeader(message.slice(field.offset, field.length), signature.headerCanon, true);
        if (selectedOffsets)
            selectedOffsets->append(field.offset);
    }
    // the signature field itself, b= emptied, no trailing CRLF (RFC 6376 §3.7)
    const qint64 valueStart = message.data->offsetOf(signatureField.rawValue.data());
    QByteArray field = message.slice(signatureField.offset, valueStart - signatureField.offset).toByteArray();
    const QByteArrayView value = signatureField.rawValue;
    if (const DkimTag* b = signature.tags.find("b")) {
        field += value.first(b->valueOffset);
        field += value.sliced(b->valueEnd);
    } else {
        field += value;
    }
    data += dkimCanonicalizeHeader(field, signature.headerCanon, false);
    return data;
}

QList<DkimPreparedSignature> DkimVerifier::prepare(const Mail::Message& message, const DkimVerifyOptions& options)
{
    QList<DkimPreparedSignature> out;
    if (!message.root || !message.data)
        return out;
    const qint64 now = options.now.value_or(QDateTime::currentSecsSinceEpoch());
    const QByteArrayView rawBody = body(message);
    struct BodyKey
    {
        DkimCanon canon;
        DkimHash hash;
        qint64 limit;
        bool operator==(const BodyKey& o) const { return canon == o.canon && hash == o.hash && limit == o.limit; }
    };
    QList<std::pair<BodyKey, DkimBodyHash>> bodyHashes;
    auto bodyHash = [&](const BodyKey& key) -> const DkimBodyHash& {
        for (const auto& entry : bodyHashes) {
            if (entry.first == key)
                return entry.second;
        }
        bodyHashes.append({key, dkimHashBody(rawBody, key.canon, key.hash, key.limit)});
        return bodyHashes.last().second;
    };

    const auto& fields = message.headers().fields;
    int index = 0;
    bool truncated = false;
    for (const Mail::HeaderField& field : fields) {
        if (!field.nameIs("DKIM-Signature"))
            continue;
        if (index >= options.maxSignatures) {
            truncated = true;
            break;
        }
        DkimPreparedSignature p;
        DkimSignatureResult& r = p.result;
        r.index = index++;
        r.fieldOffset = field.offset;
        r.fieldLength = field.length;
        r.fieldLine = field.line;
        r.rawValue = field.rawValue.first(qMin<qsizetype>(field.rawValue.size(), 64 * 1024)).toByteArray();

        auto parsed = parseDkimSignature(field.rawValue);
        if (!parsed) {
            // keep what can be read for the report
            DkimTagList tags;
            if (parseDkimTagList(field.rawValue, &tags, nullptr)) {
                r.domain = dkimStripFws(tags.value("d"));
                r.selector = dkimStripFws(tags.value("s"));
                r.algorithm = tags.value("a").toLower();
            }
            setVerdict(r, DkimResult::PermError, parsed.error().code, parsed.error().text, parsed.error().reference);
            p.done = true;
            addVerdictFinding(r);
            out.append(std::move(p));
            continue;
        }
        const DkimSignature& sig = *parsed;
        r.domain = sig.domain;
        r.selector = sig.selector;
        r.algorithm = dkimAlgorithmToken(sig.algorithm);
        r.identity = sig.identity;
        r.canonicalization = dkimCanonToken(sig.headerCanon) + '/' + dkimCanonToken(sig.bodyCanon);
        r.signedHeaders = sig.signedHeaders;
        r.bodyLength = sig.bodyLength;
        r.timestamp = sig.timestamp;
        r.expiration = sig.expiration;
        r.keyName = sig.keyName();
        r.expectedBodyHash = sig.bodyHashBase64;

        // RFC 6376 §6.1.1: expired / future signatures are ignored (PERMFAIL)
        if (sig.expiration >= 0 && sig.expiration < now) {
            setVerdict(r, DkimResult::PermError, "DKIM.EXPIRED",
                       tr("the signature expired at %1 (x=%2); verification time %3")
                           .arg(QDateTime::fromSecsSinceEpoch(sig.expiration, Qt::UTC).toString(Qt::ISODate))
                           .arg(sig.expiration)
                           .arg(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)),
                       QStringLiteral("RFC 6376 §3.5 (x=), §6.1.1"));
            p.done = true;
        } else if (sig.timestamp >= 0 && sig.timestamp > now + options.clockSkew) {
            setVerdict(r, DkimResult::PermError, "DKIM.FUTURE_TIMESTAMP",
                       tr("t=%1 (%2) is %3 seconds after the verification time")
                           .arg(sig.timestamp)
                           .arg(QDateTime::fromSecsSinceEpoch(sig.timestamp, Qt::UTC).toString(Qt::ISODate))
                           .arg(sig.timestamp - now),
                       QStringLiteral("RFC 6376 §3.5 (t=)"));
            p.done = true;
        }

        // body hash (RFC 6376 §3.7 step 1), shared between signatures
        const DkimHash hash = dkimAlgorithmHash(sig.algorithm);
        const DkimBodyHash& bh = bodyHash(BodyKey{sig.bodyCanon, hash, sig.bodyLength});
        r.computedBodyHash = bh.digest.toBase64();
        r.canonicalBodySize = bh.canonicalSize;
        p.bodyTooShort = sig.bodyLength >= 0 && bh.canonicalSize < sig.bodyLength;
        p.bodyHashMatches = !p.bodyTooShort && bh.digest == sig.bodyHash;

        // header hash (step 2)
        const QByteArray data = headerData(message, field, sig, &r.signedFieldOffsets);
        p.headerDigest = DkimCrypto::digest(hash, data);
        r.canonicalHeaders = data.left(64 * 1024);

        if (!p.bodyHashMatches && options.diagnose && !p.done) {
            r.diagnosis = dkimDiagnoseBody(message, rawBody, sig, options.diagnosis);
        }

        // notes that do not change the verdict
        if (sig.bodyLength >= 0) {
            const qint64 unsignedBytes = bh.canonicalSize - sig.bodyLength;
            r.findings.append(makeFinding(
                r, "DKIM.BODY_LENGTH", Severity::Warning,
                unsignedBytes > 0
                    ? tr("l=%1: the last %2 canonical body bytes are not covered by the signature and could have been "
                         "added by anyone.")
                          .arg(sig.bodyLength)
                          .arg(unsignedBytes)
                    : tr("l=%1: the signature covers the body by length; content appended later would still pass.")
                          .arg(sig.bodyLength),
                QStringLiteral("RFC 6376 §3.5 (l=), §8.2")));
        }
        {
            QHash<QByteArray, int> listed;
            for (const QByteArray& name : sig.signedHeaders)
                ++listed[name.toLower()];
            QSet<QByteArray> reported;
            for (const QByteArray& name : sig.signedHeaders) {
                const QByteArray key = name.toLower();
                if (reported.contains(key) || key == "dkim-signature")
                    continue;
                reported.insert(key);
                const auto instances = message.headers().all(key);
                const int extra = int(instances.size()) - listed.value(key);
                if (extra <= 0)
                    continue;
                QStringList lines;
                for (int i = 0; i < extra && i < 5; ++i)
                    lines << QString::number(instances.at(i)->line);
                Finding f = makeFinding(
                    r, "DKIM.UNSIGNED_HEADER_INSTANCE", Severity::Warning,
                    tr("%1 occurs %2 times but h= lists it %3 times: the topmost %4 (line %5) is not signed and "
                       "may have been added after signing; mail readers usually show the topmost one.")
                        .arg(latin(name))
                        .arg(instances.size())
                        .arg(listed.value(key))
                        .arg(extra)
                        .arg(lines.join(QStringLiteral(", "))),
                    QStringLiteral("RFC 6376 §5.4.2, §8.15"),
                    latin(message.slice(instances.first()->offset, instances.first()->length)));
                f.offset = instances.first()->offset;
                f.length = instances.first()->length;
                r.findings.append(f);
            }
        }
        if (p.done)
            addVerdictFinding(r);
        p.signature = std::move(*parsed);
        out.append(std::move(p));
    }
    if (truncated && !out.isEmpty()) {
        DkimSignatureResult& last = out.last().result;
        last.findings.append(makeFinding(last, "DKIM.TOO_MANY_SIGNATURES", Severity::Warning,
                                         tr("Only the first %1 DKIM-Signature fields were evaluated.")
                                             .arg(options.maxSignatures),
                                         QStringLiteral("RFC 6376 §6.1")));
    }
    return out;
}

void DkimVerifier::complete(DkimPreparedSignature& p, const KeyLookup& lookup, const DkimVerifyOptions& options)
{
    if (p.done || !p.signature)
        return;
    p.done = true;
    DkimSignatureResult& r = p.result;
    const DkimSignature& sig = *p.signature;
    r.keyServer = lookup.server;
    auto finish = [&](DkimResult result, const char* code, QString explanation, const char* reference) {
        setVerdict(r, result, QByteArray(code), std::move(explanation), QString::fromUtf8(reference));
        if (r.diagnosis && (result == DkimResult::Fail || r.reason == "DKIM.BODY_HASH_MISMATCH")) {
            const DkimBodyDiagnosis& d = *r.diagnosis;
            Finding f = makeFinding(r, "DKIM.DIAGNOSIS", d.pattern.isEmpty() ? Severity::Info : Severity::Error,
                                    d.explanation, QStringLiteral("RFC 6376 §3.4.3, §3.4.4, §3.7"),
                                    d.appendedPreview.isEmpty() ? d.canonicalPreview : d.appendedPreview);
            r.findings.append(f);
        }
        addVerdictFinding(r);
    };

    // RFC 6376 §6.1.2: key retrieval
    switch (lookup.outcome) {
    case Dns::Outcome::NoError:
        break;
    case Dns::Outcome::NxDomain:
    case Dns::Outcome::NoData:
        return finish(DkimResult::PermError, "DKIM.KEY_NOT_FOUND",
                      tr("no key record at %1 (%2)").arg(latin(r.keyName), QString::fromLatin1(Dns::outcomeToken(lookup.outcome))),
                      "RFC 6376 §6.1.2");
    default:
        return finish(DkimResult::TempError, "DKIM.KEY_DNS_ERROR",
                      tr("the key lookup for %1 failed: %2")
                          .arg(latin(r.keyName), lookup.errorText.isEmpty() ? Dns::outcomeText(lookup.outcome) : lookup.errorText),
                      "RFC 6376 §6.1.2");
    }
    if (lookup.texts.isEmpty())
        return finish(DkimResult::PermError, "DKIM.KEY_NOT_FOUND", tr("no TXT record at %1").arg(latin(r.keyName)),
                      "RFC 6376 §6.1.2");
    // several TXT records: use the first that parses as a key record (RFC 6376 §3.6.2.2 leaves the choice)
    std::optional<DkimKeyRecord> key;
    DkimProblem firstProblem;
    for (const QByteArray& text : lookup.texts.mid(0, 10)) {
        auto parsed = parseDkimKeyRecord(text);
        if (parsed) {
            key = std::move(*parsed);
            r.keyRecord = text;
            break;
        }
        if (firstProblem.code.isEmpty()) {
            firstProblem = parsed.error();
            r.keyRecord = text;
        }
    }
    if (!key)
        return finish(DkimResult::PermError, firstProblem.code.constData(),
                      tr("the key record at %1 is unusable: %2").arg(latin(r.keyName), firstProblem.text),
                      "RFC 6376 §3.6.1, §6.1.2");
    r.keyTesting = key->testing;
    if (key->revoked)
        return finish(DkimResult::PermError, "DKIM.KEY_REVOKED", tr("the key at %1 is revoked (empty p=)").arg(latin(r.keyName)),
                      "RFC 6376 §3.6.1 (p=), §6.1.2");
    if (key->keyType != dkimKeyTypeToken(sig.algorithm))
        return finish(DkimResult::PermError, "DKIM.KEY_TYPE_MISMATCH",
                      tr("the key is k=%1 but the signature is a=%2").arg(latin(key->keyType), latin(r.algorithm)),
                      "RFC 6376 §3.6.1 (k=), §6.1.2");
    const QByteArray hashToken = dkimHashToken(dkimAlgorithmHash(sig.algorithm));
    if (!key->allowsHash(hashToken))
        return finish(DkimResult::PermError, "DKIM.KEY_HASH_NOT_ALLOWED",
                      tr("the key allows h=%1 only, the signature uses %2")
                          .arg(latin(key->tags.value("h")), QString::fromLatin1(hashToken)),
                      "RFC 6376 §3.6.1 (h=), §6.1.2");
    if (!key->allowsEmail())
        return finish(DkimResult::PermError, "DKIM.KEY_NOT_FOR_EMAIL",
                      tr("the key's s=%1 does not include email").arg(latin(key->tags.value("s"))),
                      "RFC 6376 §3.6.1 (s=), §6.1.2");
    if (key->strict && sig.identityDomain().toLower() != sig.domain.toLower())
        return finish(DkimResult::PermError, "DKIM.KEY_STRICT_IDENTITY",
                      tr("the key has t=s but i=%1 is in a subdomain of d=%2").arg(latin(sig.identity), latin(sig.domain)),
                      "RFC 6376 §3.6.1 (t=s)");
    QString keyError;
    DkimCrypto::PKey pkey = DkimCrypto::publicKeyFromRecord(key->keyType, key->publicKey, &keyError);
    if (!pkey)
        return finish(DkimResult::PermError, "DKIM.KEY_SYNTAX", tr("the key at %1: %2").arg(latin(r.keyName), keyError),
                      "RFC 6376 §3.6.1 (p=), RFC 8463 §4");
    r.keyBits = DkimCrypto::keyBits(pkey.get());
    if (key->keyType == "rsa" && r.keyBits < qMin(options.minKeyBits, 1024))
        return finish(DkimResult::PermError, "DKIM.KEY_TOO_SHORT",
                      tr("the RSA key has %1 bits; verifiers must not accept keys under 1024 bits").arg(r.keyBits),
                      "RFC 8301 §3.2");

    // RFC 6376 §6.1.3: body hash, then the signature
    if (p.bodyTooShort)
        return finish(DkimResult::Fail, "DKIM.BODY_TOO_SHORT",
                      tr("l=%1 but the canonical body has only %2 bytes").arg(sig.bodyLength).arg(r.canonicalBodySize),
                      "RFC 6376 §3.5 (l=), §6.1.3");
    if (!p.bodyHashMatches)
        return finish(DkimResult::Fail, "DKIM.BODY_HASH_MISMATCH",
                      tr("the %1 body hash is %2 but bh= is %3")
                          .arg(QString::fromLatin1(dkimCanonToken(sig.bodyCanon)), latin(r.computedBodyHash),
                               latin(r.expectedBodyHash)),
                      "RFC 6376 §3.7, §6.1.3");
    const bool valid = DkimCrypto::verifyDigest(pkey.get(), sig.algorithm, p.headerDigest, sig.signature);
    if (!valid)
        return finish(DkimResult::Fail, "DKIM.SIGNATURE_INVALID",
                      tr("the body hash matches, but the signature over the signed header fields does not verify with "
                         "the key at %1: a signed header field changed after signing, or the key does not match")
                          .arg(latin(r.keyName)),
                      "RFC 6376 §3.7, §6.1.3");
    if (sig.algorithm == DkimAlgorithm::RsaSha1 && !options.allowSha1)
        return finish(DkimResult::Fail, "DKIM.SHA1",
                      tr("the signature is cryptographically valid, but rsa-sha1 must not be considered valid "
                         "(RFC 8301 §3.1)"),
                      "RFC 8301 §3.1");
    if (key->keyType == "rsa" && r.keyBits < options.minKeyBits)
        return finish(DkimResult::Policy, "DKIM.KEY_BELOW_POLICY",
                      tr("the signature verifies, but the RSA key has %1 bits, under the configured %2")
                          .arg(r.keyBits)
                          .arg(options.minKeyBits),
                      "RFC 8301 §3.2");
    if (key->testing)
        r.findings.append(makeFinding(r, "DKIM.KEY_TESTING", Severity::Info,
                                      tr("the key at %1 has t=y: the domain is testing DKIM; receivers may treat the "
                                         "signature as unsigned")
                                          .arg(latin(r.keyName)),
                                      QStringLiteral("RFC 6376 §3.6.1 (t=y)")));
    finish(DkimResult::Pass, "DKIM.PASS",
           tr("verified with the %1-bit %2 key at %3").arg(r.keyBits).arg(latin(key->keyType), latin(r.keyName)),
           "RFC 6376 §6.1");
}

void DkimVerifier::verify(const Mail::Message& message, KeyFetcher& fetcher, const DkimVerifyOptions& options,
                          QObject* context, Callback callback)
{
    struct State
    {
        QList<DkimPreparedSignature> prepared;
        DkimVerifyOptions options;
        Callback callback;
        int pending = 0;
        bool fired = false;
    };
    auto state = std::make_shared<State>();
    state->prepared = prepare(message, options);
    state->options = options;
    state->callback = std::move(callback);

    auto deliver = [](const std::shared_ptr<State>& s) {
        if (s->fired)
            return;
        s->fired = true;
        QList<DkimSignatureResult> results;
        results.reserve(s->prepared.size());
        for (DkimPreparedSignature& p : s->prepared)
            results.append(std::move(p.result));
        s->callback(results);
    };

    QList<QByteArray> names;
    for (const DkimPreparedSignature& p : state->prepared) {
        if (!p.done && !names.contains(p.result.keyName.toLower()))
            names.append(p.result.keyName.toLower());
    }
    if (names.isEmpty()) {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QTimer::singleShot(0, [state, deliver, guard, hadContext] {
            if (hadContext && !guard)
                return;
            deliver(state);
        });
        return;
    }
    state->pending = int(names.size());
    for (const QByteArray& name : names) {
        fetcher.fetch(name, context, [state, name, deliver](const KeyLookup& lookup) {
            for (DkimPreparedSignature& p : state->prepared) {
                if (!p.done && p.result.keyName.toLower() == name)
                    complete(p, lookup, state->options);
            }
            if (--state->pending == 0)
                deliver(state);
        });
    }
}

Findings DkimVerifier::findings(const QList<DkimSignatureResult>& results)
{
    Findings out;
    if (results.isEmpty()) {
        Finding f;
        f.code = "DKIM.NONE";
        const CodeInfo info = codeInfo(f.code);
        f.severity = Severity::Info;
        f.title = info.title;
        f.detail = tr("No DKIM-Signature header field: DKIM gives the result none.");
        f.reference = QStringLiteral("RFC 6376 §6.1, RFC 8601 §2.7.1");
        f.remedy = info.remedy;
        out.append(f);
        return out;
    }
    for (const DkimSignatureResult& r : results)
        out += r.findings;
    return out;
}

} // namespace Deliverbench::Auth
