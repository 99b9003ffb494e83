// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthCompare.h"
#include "auth/Scorecard.h"
#include "auth/dkim/DkimResult.h"
#include "auth/dkim/DkimVerifier.h"
#include "auth/dmarc/DmarcCheck.h"
#include "auth/dmarc/PublicSuffixList.h"
#include "auth/spf/SpfCheck.h"
#include "common/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Deliverbench::Dns {
class Resolver;
}

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Auth {

class DnsSource;
class KeyFetcher;
/** @short The ARC verdict (core/auth/arc/ArcVerifier.h); include that header to look inside. */
struct ArcResult;

/** @short What to run and with which connection data (the GUI/CLI fill it). */
struct MessageAuthOptions
{
    std::optional<QHostAddress> ip;         ///< override of the connecting IP (--ip)
    std::optional<QByteArray> helo;         ///< override of the HELO/EHLO name (--helo)
    std::optional<QByteArray> mailFrom;     ///< override of MAIL FROM (--mail-from); "" or "<>" = null sender
    /** @short authserv-ids whose Authentication-Results are believed (--trust); empty = the topmost receiver's. */
    QList<QByteArray> trustedAuthservIds;
    DkimVerifyOptions dkim;                 ///< incl. the injectable clock (dkim.now)
    std::optional<int> dmarcPctRoll;        ///< see DmarcRequest::pctRoll
    QByteArray receiver;                    ///< SPF %{r}; empty = the receiving hop's "by" name
    bool arc = true;                        ///< run ARC when it is built in
    bool reverseDns = true;                 ///< PTR / FCrDNS of the sending IP for the scorecard
    bool scorecard = true;
};

/** @short The SMTP connection the verdicts are computed for (RFC 7208 §2.2–§2.4 inputs). */
struct ConnectionInfo
{
    QHostAddress ip;                        ///< null when unknown
    QByteArray helo;
    QByteArray mailFrom;                    ///< without <>; empty = null sender (or unknown, see mailFromKnown)
    bool mailFromKnown = false;             ///< a Return-Path or an override gave MAIL FROM
    /** @short Where each value came from: "override", "received", "return-path", "" (unknown). */
    QByteArray ipSource;
    QByteArray heloSource;
    QByteArray mailFromSource;
    int hopIndex = -1;                      ///< the receiving hop's Received field, 0 = topmost; -1 = none used
    qint64 hopOffset = -1;                  ///< that field in the raw message
    int hopCount = 0;                       ///< Received fields in the message
    QByteArray receivedBy;                  ///< the hop's "by" host (the receiver)
    QByteArray receivedWith;                ///< ESMTPS, …
    bool receivedTls = false;
    QByteArray receivedTlsDetails;
    QString explanation;                    ///< translated: which hop and why (skipped internal hops, overrides)

    bool hasIp() const { return !ip.isNull(); }
    /** @short {"ip", "helo", "mailFrom", "nullSender", "sources": {...}, "hop": {"index", "by", "with", "tls"}, "explanation"}. */
    QJsonObject toJson() const;
};

/**
 * @short Determines the connection from the Received chain: the topmost Received field that names
 * a connecting IP outside private/loopback/link-local space (the hop where mail entered the
 * receiver; the fields above it are the receiver's internal relays), else the topmost with any IP.
 * HELO is that field's "from" name; MAIL FROM the topmost Return-Path. Overrides win.
 */
ConnectionInfo determineConnection(const Mail::Message& message, const MessageAuthOptions& options);

/** @short Everything the `auth` command and the Authentication tab show about one message. */
struct MessageAuthResult
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Auth::MessageAuthResult)

public:
    ConnectionInfo connection;
    bool spfEvaluated = false;              ///< false: no IP known, SPF not run (spf.result None)
    SpfEvaluation spf;
    QList<DkimSignatureResult> dkim;        ///< every DKIM-Signature, header order
    FromDomainResult from;                  ///< RFC5322.From domain (DMARC input)
    DmarcEvaluation dmarc;
    std::shared_ptr<const ArcResult> arc;   ///< null when ARC was not run or is not built in
    QJsonObject arcJson;                    ///< ArcResult::toJson(), or {"result": "none", "chain": []}
    Findings arcFindings;
    QList<StampedAuthResults> stamped;      ///< the message's Authentication-Results fields
    AuthservTrust trust;
    QList<AuthResultsComparison> comparisons;
    ReverseDnsCheck reverseDns;
    Scorecard scorecard;
    bool cancelled = false;

    /** @short Connection notes, SPF, DKIM, DMARC, ARC, Authentication-Results and scorecard findings, in that order. */
    Findings findings() const;
    /**
     * @short The DESIGN.md `auth` shape: {"spf": {"result", "domain", "trace"}, "dkim": [{"domain",
     * "selector", "algorithm", "result", "reason", …}], "dmarc": {"result", "policy", "disposition",
     * "alignment": {"spf", "dkim"}}, "arc": {"result", "chain"}, "findings": [...]}, plus
     * "connection", "authResults" {"seen", "trusted", "comparisons"}, "scorecard".
     */
    QJsonObject toJson() const;
};

/** @short Where DNS and key lookups go. Not owned; must outlive the run. */
struct MessageAuthSources
{
    DnsSource* dns = nullptr;               ///< SPF, DMARC, PTR/FCrDNS
    KeyFetcher* keys = nullptr;             ///< DKIM (and ARC) keys
    PublicSuffixList psl = PublicSuffixList::system();
};

/**
 * @short The message-level authentication verdict: connection, DKIM (every signature), SPF
 * check_host (MAIL FROM domain, or HELO for the null sender, RFC 7208 §2.4), DMARC (RFC 7489),
 * ARC (RFC 8617), the Authentication-Results comparison (RFC 8601) and the bulk-sender scorecard.
 */
class MessageAuth
{
public:
    using Callback = std::function<void(const MessageAuthResult&)>;

    /**
     * @short Runs every check; `callback` runs exactly once from the event loop when all are done,
     * unless `context` is destroyed first (that cancels: nothing is delivered). The message need not
     * outlive this call (what is needed is read synchronously; DKIM body hashing happens here too).
     */
    static void run(const Mail::Message& message, const MessageAuthSources& sources,
                    const MessageAuthOptions& options, QObject* context, Callback callback);
    /** @short The same over a Dns::Resolver (sources made and owned by the run; the resolver must outlive it). */
    static void run(const Mail::Message& message, Dns::Resolver& resolver, const MessageAuthOptions& options,
                    QObject* context, Callback callback);

    /** @short run() in a local event loop (CLI, tests). */
    static MessageAuthResult runBlocking(const Mail::Message& message, const MessageAuthSources& sources,
                                         const MessageAuthOptions& options = {});
    static MessageAuthResult runBlocking(const Mail::Message& message, Dns::Resolver& resolver,
                                         const MessageAuthOptions& options = {});
};

/** @short DKIM signature as the `auth` JSON lists it: {"domain", "selector", "algorithm", "result", "reason", …}. */
QJsonObject dkimResultToJson(const DkimSignatureResult& result);

} // namespace Deliverbench::Auth
