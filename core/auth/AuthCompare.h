// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Auth {

struct SpfEvaluation;
struct DkimSignatureResult;
struct DmarcEvaluation;

/** @short One Authentication-Results field of a message, parsed (RFC 8601 §2.2). */
struct StampedAuthResults
{
    int index = 0;                  ///< 0-based, in header order (topmost = newest first)
    qint64 offset = -1;             ///< the field in the raw message
    qint64 length = 0;
    QByteArray authservId;          ///< lower case
    QByteArray rawValue;            ///< unfolded value
    bool valid = true;              ///< parsed (lenient mode)
    bool trusted = false;           ///< its authserv-id is in the trusted set
};

/** @short The verdict a receiver stamped for one method, compared with ours. */
struct AuthResultsComparison
{
    /** @short "agree": same result; "disagree": a different result now; "not-compared": we have no
     *  verdict for that method/identifier (e.g. a method we do not evaluate, or no connection data). */
    enum class Agreement { Agree, Disagree, NotCompared };

    int headerIndex = 0;            ///< StampedAuthResults::index
    qint64 offset = -1;             ///< the Authentication-Results field
    QByteArray authservId;
    bool trusted = false;
    QByteArray method;              ///< "spf", "dkim", "dmarc", "arc", … (lower case)
    QByteArray identifier;          ///< dkim: header.d (or header.i); spf: smtp.mailfrom / smtp.helo; dmarc: header.from
    QByteArray selector;            ///< dkim: header.s when stamped
    QByteArray stamped;             ///< the receiver's result token
    QByteArray ours;                ///< our result token for the same method and identifier; empty = none
    Agreement agreement = Agreement::NotCompared;
    QString explanation;            ///< translated: what differs and the likely reason

    QJsonObject toJson() const;
};

/** @short "agree", "disagree", "not-compared". */
QByteArray agreementToken(AuthResultsComparison::Agreement agreement);

/** @short The trust picker: every authserv-id seen, and which ones are believed. */
struct AuthservTrust
{
    QList<QByteArray> seen;         ///< distinct authserv-ids, in header order (topmost first), lower case
    QList<QByteArray> trusted;      ///< the ids believed (lower case)
    bool defaulted = false;         ///< no ids were given: the topmost receiver's was taken (RFC 8601 §5)
};

/** @short Reads every Authentication-Results field of a message (bounded: at most 64). */
QList<StampedAuthResults> readAuthResults(const Mail::Message& message);

/**
 * @short Decides the trusted authserv-ids: `given` (case-insensitive) when not empty, else the
 * authserv-id of the topmost Authentication-Results field (the final receiver's, RFC 8601 §5:
 * only results from one's own administrative domain can be believed). Marks `stamped` accordingly.
 */
AuthservTrust pickTrustedAuthservIds(QList<StampedAuthResults>& stamped, const QList<QByteArray>& given);

/**
 * @short Compares each method result of each Authentication-Results field with our verdicts
 * (RFC 8601 §2.7): spf with `spf` (when the identity matches), dkim per d= (and s= when stamped),
 * dmarc with `dmarc` (header.from). Other methods are listed as not compared.
 */
QList<AuthResultsComparison> compareAuthResults(const QList<StampedAuthResults>& stamped, const SpfEvaluation& spf,
                                                const QList<DkimSignatureResult>& dkim, const DmarcEvaluation& dmarc,
                                                bool spfEvaluated);

/**
 * @short Findings: AUTH.AR_DISAGREE (warning) for each disagreement by a trusted receiver, with the
 * explanation; AUTH.AR_UNTRUSTED_DISAGREE (info) for an untrusted one; AUTH.AR_AGREE (pass) once
 * when every trusted verdict agrees.
 */
Findings authCompareFindings(const QList<AuthResultsComparison>& comparisons);

} // namespace Deliverbench::Auth
