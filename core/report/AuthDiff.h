// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/MessageAuth.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Deliverbench::Dns {
class Resolver;
}

namespace Deliverbench::Report {

/** @short What the changes between two messages mean for one DKIM-Signature of the first (A). */
struct DkimImpactSignature
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Report::DkimImpactSignature)

public:
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
    /** @short {"domain", "selector", "parsed", "problem"?, "keptInB", "changedHeaders", "bodyHashMatchesA",
     *  "bodyHashMatchesB", "bodyLimited", "survives", "summary"}. */
    QJsonObject toJson() const;
};

/**
 * @short The DKIM reading of a message diff (RFC 6376): for every DKIM-Signature of A, which
 * signed header fields (selected bottom-up, §5.4.2, compared after the signature's header
 * canonicalization, §3.4) and whether the body hash (bh=, §3.7, with c= and l=) still match in B.
 * Offline: no key is fetched, so "survives" means "nothing it covers changed".
 */
struct DkimImpact
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Report::DkimImpact)

public:
    QList<DkimImpactSignature> signatures;
    /** @short Per header field occurrence ("subject#0": lower-case name, 0 = bottom-most), the note for the table. */
    QHash<QString, QString> headerNotes;

    static DkimImpact analyze(const Mail::Message& a, const Mail::Message& b);
    static QString key(const QString& name, int occurrence);
    QJsonArray toJson() const;
    /** @short The signatures back from toJson() (header notes are not stored). */
    static DkimImpact fromJson(const QJsonArray& array);
    /** @short The human text: one line per signature of A. */
    QString toText() const;
};

enum class VerdictChange { Same, Flipped, OnlyInA, OnlyInB, NotChecked };

/** @short "same", "flipped", "onlyInA", "onlyInB", "notChecked" (stable, untranslated). */
QString verdictChangeToken(VerdictChange change);
/** @short Translated label of a verdict change. */
QString verdictChangeLabel(VerdictChange change);

/** @short One authentication verdict compared: a DKIM signature (by d=/s=), SPF, DMARC or ARC. */
struct VerdictDiff
{
    QString mechanism;      ///< "dkim", "spf", "dmarc", "arc"
    QString key;            ///< stable: "dkim:d=auth.test;s=s2048#0", "spf", "dmarc", "arc"
    QString label;          ///< "DKIM d=auth.test s=s2048", "SPF", …
    QString resultA;        ///< RFC 8601 result token; empty when absent in A
    QString resultB;
    QString detailA;        ///< translated one-line reason of A's verdict
    QString detailB;
    VerdictChange change = VerdictChange::Same;
    QString reason;         ///< translated: why it differs (or why it was not checked)
    QString reasonCode;     ///< e.g. "appended-content", "DKIM.BODY_HASH_MISMATCH", "connection-changed"

    QJsonObject toJson() const;
    static VerdictDiff fromJson(const QJsonObject& object);
};

/** @short The authentication verdicts of A and B compared (RFC 6376, RFC 7208, RFC 7489, RFC 8617). */
struct AuthDiff
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Report::AuthDiff)

public:
    bool checked = false;        ///< false: DNS was not used (offline); rows say "not checked"
    QString notCheckedReason;    ///< translated, when !checked
    QList<VerdictDiff> verdicts;

    /** @short Verdicts that flipped or exist on one side only. */
    int changeCount() const;
    /** @short {"checked", "reason"?, "changes", "verdicts": [{"mechanism", "key", "label", "a", "b",
     *  "detailA", "detailB", "change", "reason", "reasonCode"}]}. */
    QJsonObject toJson() const;
    static AuthDiff fromJson(const QJsonObject& object);
    QString toText() const;
};

/** @short Compares two MessageAuth results; `impact` (optional) names the changed signed headers. */
AuthDiff diffAuthResults(const Auth::MessageAuthResult& a, const Auth::MessageAuthResult& b,
                         const DkimImpact* impact = nullptr);

/**
 * @short The offline verdict diff: no DNS, so every verdict is "not checked" (one row per DKIM
 * signature of either message, SPF, DMARC, ARC), with `reason` saying why.
 */
AuthDiff notCheckedAuthDiff(const Mail::Message& a, const Mail::Message& b, const QString& reason);

/**
 * @short Runs MessageAuth on both messages at once over `resolver` and compares them. `callback`
 * runs once from the event loop, unless `context` is destroyed first. The messages need not
 * outlive the call; the resolver must.
 */
void runAuthDiff(const Mail::Message& a, const Mail::Message& b, Dns::Resolver& resolver,
                 const Auth::MessageAuthOptions& options, QObject* context,
                 std::function<void(const AuthDiff&)> callback, const DkimImpact& impact = {});

/** @short runAuthDiff() in a local event loop (CLI, tests). */
AuthDiff runAuthDiffBlocking(const Mail::Message& a, const Mail::Message& b, Dns::Resolver& resolver,
                             const Auth::MessageAuthOptions& options = {}, const DkimImpact& impact = {});

} // namespace Deliverbench::Report
