// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TagList.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Deliverbench::Domain {

/** @short A DMARC policy record (RFC 7489 §6.3, with the DMARCbis tags np, t, psd recognised). */
struct DmarcRecord
{
    /** @short One problem with a tag; `fatal` when the record cannot be used as published. */
    struct Issue
    {
        QByteArray tag;
        QString message; ///< translated
        bool fatal = false;
    };
    /** @short One rua/ruf destination (RFC 7489 §6.2): the URI and, for mailto:, the address' domain. */
    struct Destination
    {
        QByteArray uri;
        QByteArray domain; ///< lower case; empty when the URI is not a usable mailto:
        bool valid = false;
    };

    QByteArray text;
    TagList tags;
    QByteArray p, sp, np, adkim = "r", aspf = "r", fo = "0", t, psd;
    int pct = 100;
    bool hasPct = false;
    QList<Destination> rua, ruf;
    QList<Issue> issues;
    QList<QByteArray> unknownTags;
    QList<QByteArray> deprecatedTags; ///< tags DMARCbis removes: pct, rf, ri

    /** @short True when the TXT string starts with the tag v=DMARC1 (RFC 7489 §6.6.3 step 4). */
    static bool isDmarc(QByteArrayView txt);
    static DmarcRecord parse(QByteArrayView txt);
    bool hasFatalIssue() const;
    /** @short The policy in force: p (none/quarantine/reject), or "none" when p is missing but rua is valid (§6.6.3 step 6). */
    QByteArray effectivePolicy() const;
};

} // namespace Deliverbench::Domain
