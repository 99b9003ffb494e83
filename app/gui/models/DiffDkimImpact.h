// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/Message.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Gui {

/** @short What the changes between two messages mean for one DKIM-Signature of the first (A). */
struct DiffDkimSignature
{
    QString domain;                 ///< d=
    QString selector;               ///< s=
    bool parsed = true;             ///< false: the signature does not parse (reason in `problem`)
    QString problem;
    bool keptInB = false;           ///< the same DKIM-Signature field is in B
    QStringList changedHeaders;     ///< signed header fields whose canonical form differs, "Subject[0]"
    bool bodyHashMatchesA = false;  ///< bh= matches A's canonical body (RFC 6376 §3.7)
    bool bodyHashMatchesB = false;  ///< … and B's
    bool bodyLimited = false;       ///< l= is set (only a prefix of the body is signed)
    /** @short True when, as far as the bytes go, the signature verifies no worse in B than in A. */
    bool survives() const { return parsed && keptInB && changedHeaders.isEmpty() && bodyHashMatchesB == bodyHashMatchesA; }
    /** @short One translated sentence for the notes list. */
    QString summary() const;
};

/**
 * @short The DKIM reading of a message diff (RFC 6376): for every DKIM-Signature of A, which
 * signed header fields (selected bottom-up, §5.4.2, compared after the signature's header
 * canonicalization, §3.4) and whether the body hash (bh=, §3.7, with c= and l=) still match in B.
 * Offline: no key is fetched, so "survives" means "nothing it covers changed".
 */
struct DiffDkimImpact
{
    QList<DiffDkimSignature> signatures;
    /** @short Per header field occurrence ("subject#0": lower-case name, 0 = bottom-most), the note for the table. */
    QHash<QString, QString> headerNotes;

    static DiffDkimImpact analyze(const Mail::Message& a, const Mail::Message& b);
    static QString key(const QString& name, int occurrence);
};

} // namespace Deliverbench::Gui
