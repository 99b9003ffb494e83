// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dkim/DkimResult.h"
#include "auth/dkim/DkimSignature.h"

#include <QByteArrayView>
#include <QString>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Auth {

/** @short Bounds of the "why it broke" search. */
struct DkimDiagnosisOptions
{
    qint64 maxBodyBytes = 32 * 1024 * 1024; ///< above this only the preview and the l= check are done
    int maxPrefixChecks = 200000;           ///< line boundaries tried for an appended footer
};

/**
 * @short Makes bytes readable with their whitespace visible: CR as ␍, LF as ␊ (followed by a
 * real line break), TAB as →, SP as ·, other control octets as \xNN. Longer input keeps the first
 * `maxHead` and the last `maxTail` bytes with a marker saying how much was left out.
 */
QString dkimVisibleBytes(QByteArrayView bytes, qsizetype maxHead = 1500, qsizetype maxTail = 500);

/**
 * @short "Why it broke" on a body-hash mismatch (RFC 6376 §3.7, §6.1.3): shows the canonical body
 * that was hashed and tries the usual damage patterns, saying which one reproduces bh=:
 * content appended after signing (the longest prefix ending at a line boundary whose hash is bh=,
 * e.g. a mailing-list footer), bare LF line ends hashed as data by the signer, trailing whitespace
 * added, the other body canonicalization, a transfer encoding changed after signing (quoted-
 * printable/base64 of a single-part body decoded back to 8bit), a body shorter than l=, and l=
 * ignored by the signer. Work is bounded by `options` (a few linear passes over the body).
 */
DkimBodyDiagnosis dkimDiagnoseBody(const Mail::Message& message, QByteArrayView body, const DkimSignature& signature,
                                   const DkimDiagnosisOptions& options = {});

} // namespace Deliverbench::Auth
