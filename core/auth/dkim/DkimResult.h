// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Deliverbench::Auth {

/** @short A DKIM verdict, as RFC 8601 §2.7.1 names them. */
enum class DkimResult { None, Pass, Fail, Neutral, TempError, PermError, Policy };

/** @short "none", "pass", "fail", "neutral", "temperror", "permerror", "policy" (stable, untranslated). */
QByteArray dkimResultToken(DkimResult result);

/** @short "Why it broke" for a body-hash mismatch: which damage pattern reproduces bh=. */
struct DkimBodyDiagnosis
{
    /** @short Stable token of the reproduced pattern: "appended-content", "bare-lf-hashed",
     *  "trailing-whitespace-added", "other-body-canonicalization", "reencoded-transfer-encoding",
     *  "l-tag-ignored-by-signer", "body-shorter-than-l", or empty when none reproduced bh=. */
    QByteArray pattern;
    QString explanation;            ///< translated, says exactly what happened (or that nothing matched)
    QString canonicalPreview;       ///< the canonical body the verifier hashed, CR/LF/SP/TAB made visible, truncated
    qint64 rawBodySize = 0;
    qint64 canonicalSize = 0;       ///< canonical body size (before l=)
    qint64 signedRawLength = -1;    ///< appended-content: raw body bytes the signature covers
    qint64 appendedBytes = -1;      ///< appended-content: raw bytes added after signing
    QString appendedPreview;        ///< appended-content: the added bytes, made visible, truncated
    QStringList tried;              ///< each pattern tried, with its outcome (translated)
    bool bounded = false;           ///< some patterns were skipped to keep the work bounded
};

/** @short The verdict on one DKIM-Signature field, with its evidence. */
struct DkimSignatureResult
{
    int index = 0;                  ///< 0-based, in header order (top first)
    qint64 fieldOffset = -1;        ///< the DKIM-Signature field in the raw input
    qint64 fieldLength = 0;
    int fieldLine = 0;
    QByteArray rawValue;            ///< the field value as written (folds kept)

    QByteArray domain;              ///< d=
    QByteArray selector;            ///< s=
    QByteArray algorithm;           ///< a= (lower case)
    QByteArray identity;            ///< i= (decoded) or "@" + d=
    QByteArray canonicalization;    ///< "header/body", e.g. "relaxed/simple"
    QList<QByteArray> signedHeaders;
    qint64 bodyLength = -1;
    qint64 timestamp = -1;
    qint64 expiration = -1;

    DkimResult result = DkimResult::None;
    QByteArray reason;              ///< finding code, e.g. "DKIM.BODY_HASH_MISMATCH"
    QString explanation;            ///< translated one-line reason
    QString reference;              ///< RFC section

    QByteArray keyName;             ///< selector._domainkey.domain
    QByteArray keyRecord;           ///< the TXT record used
    QString keyServer;
    int keyBits = 0;
    bool keyTesting = false;        ///< t=y

    QByteArray expectedBodyHash;    ///< bh= (base64)
    QByteArray computedBodyHash;    ///< base64, over the canonical body (first l= bytes)
    qint64 canonicalBodySize = -1;
    QByteArray canonicalHeaders;    ///< the header data hashed (canonical signed fields + this field with b= empty), truncated to 64 KiB
    QList<qint64> signedFieldOffsets; ///< offsets of the fields h= selected, in hashing order
    std::optional<DkimBodyDiagnosis> diagnosis;

    Findings findings;              ///< the verdict finding first, then notes (testing key, l=, unsigned instances, diagnosis)
};

} // namespace Deliverbench::Auth
