// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/spf/SpfSyntax.h"
#include "common/Finding.h"
#include "dns/DnsTypes.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Deliverbench::Auth {

class DnsSource;

/** @short The result of check_host() (RFC 7208 §2.6). */
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

/** @short "none", "neutral", "pass", "fail", "softfail", "temperror", "permerror" (RFC 7208 §2.6, RFC 8601 §2.7.2). */
QByteArray spfResultToken(SpfResult result);

/** @short What to check: the SMTP client, HELO and MAIL FROM (RFC 7208 §2.2–§2.4, §4.1). */
struct SpfRequest
{
    QHostAddress ip;                ///< the SMTP client; an IPv4-mapped IPv6 address is checked as IPv4
    QByteArray mailFrom;            ///< MAIL FROM address (without <>); empty = null reverse-path: HELO identity
    QByteArray helo;                ///< HELO/EHLO name
    QByteArray domain;              ///< overrides <domain> when set (e.g. a HELO check with a MAIL FROM)
    QByteArray receiver;            ///< %{r}; empty = "unknown"
    qint64 timestamp = -1;          ///< %{t}, seconds since the epoch; -1 = now
    QString defaultExplanation;     ///< explanation of a fail without a usable exp=; empty = a built-in text
    int maxDnsMechanisms = 10;      ///< RFC 7208 §4.6.4
    int maxVoidLookups = 2;         ///< RFC 7208 §4.6.4
    int maxMxNames = 10;            ///< RFC 7208 §4.6.4 (exceeded: permerror)
    int maxPtrNames = 10;           ///< RFC 7208 §4.6.4 (exceeded: the rest ignored)
};

/**
 * @short One step of the evaluation trace (a flat tree: `parent` indexes this list, -1 = root).
 * A CheckHost entry per check_host() call (the top one, each include, each redirect), a Term entry
 * per term evaluated under it, a Query entry per DNS lookup under the term (or check_host) that
 * made it, Note entries for the reasoning.
 */
struct SpfTraceEntry
{
    enum class Kind { CheckHost, Term, Query, Note };
    Kind kind = Kind::Note;
    int parent = -1;
    int depth = 0;
    QByteArray domain;              ///< CheckHost: <domain>; Term: the target name after expansion
    QByteArray text;                ///< CheckHost: the record; Term: the term; Query: "name TYPE"
    QByteArray answer;              ///< Query: the answer in presentation form, or the outcome token
    Dns::Outcome outcome = Dns::Outcome::NoError; ///< Query
    bool matched = false;           ///< Term: matched
    SpfResult result = SpfResult::None; ///< CheckHost: its result; Term: the result it produced when it matched or failed
    QString detail;                 ///< translated: why
};

/** @short The outcome of check_host() with its evidence. */
struct SpfEvaluation
{
    SpfResult result = SpfResult::None;
    QByteArray identity;            ///< "mailfrom" or "helo" (RFC 8601 §2.7.2 ptype smtp)
    QByteArray domain;              ///< <domain> checked
    QByteArray sender;              ///< <sender> (postmaster@… filled in)
    QHostAddress ip;
    QByteArray code;                ///< finding code of the reason, e.g. "SPF.EVAL_LOOKUP_LIMIT"
    QString reason;                 ///< translated one line: why this result
    QByteArray matchedTerm;         ///< the mechanism that decided, if any
    QString explanation;            ///< fail only: the exp= text or the default (RFC 7208 §6.2)
    int dnsMechanisms = 0;          ///< DNS-querying terms evaluated (limit 10)
    int voidLookups = 0;
    QList<SpfTraceEntry> trace;

    /** @short The verdict finding (SPF.EVAL_<RESULT>), then the reason when it has its own code. */
    Findings findings() const;
    /** @short {"result", "domain", "identity", "sender", "ip", "reason", "code", "explanation", "lookups", "voidLookups", "trace": [...]}. */
    QJsonObject toJson() const;
};

/**
 * @short SPF check_host() (RFC 7208 §4) over a DnsSource, asynchronous: `done` runs once, from the
 * event loop. Lookups are made one at a time in record order; the work is bounded by the lookup
 * limits (and the trace by kMaxTraceEntries).
 */
void checkSpf(DnsSource* dns, const SpfRequest& request, std::function<void(const SpfEvaluation&)> done);

/** @short checkSpf() in a local event loop (CLI, tests). */
SpfEvaluation checkSpfBlocking(DnsSource* dns, const SpfRequest& request);

inline constexpr int kMaxSpfTraceEntries = 2000;

} // namespace Deliverbench::Auth
