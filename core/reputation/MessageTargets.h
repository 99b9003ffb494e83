// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/DnsblChecker.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Reputation {

/** @short A domain or IP found in a message, and where. */
struct ExtractedTarget
{
    Target target;
    QStringList sources; ///< "header From", "header List-Unsubscribe", "part 1.2 (text/html)"; at most 5
};

/** @short Bounds of extractTargets(). */
struct ExtractOptions
{
    int maxTargets = 500;
    qsizetype maxPartChars = 2 * 1024 * 1024; ///< of decoded text scanned per part
    bool includeAddressDomains = true;        ///< domains of addresses (From, Reply-To, mailto:, bodies)
};

/**
 * @short Every URL host and address domain of a message, for a one-go DNSBL/URIBL check:
 * URLs (http, https, ftp, "www.") and e-mail addresses in the originator fields (From, Sender,
 * Reply-To, Return-Path, …), List-Unsubscribe and other non-trace header fields, and in the
 * decoded text/plain and text/html bodies. Hosts that are IP literals become IP targets.
 * Trace and signature fields (Received, Authentication-Results, ARC-*, DKIM-Signature) are
 * not read. Deduplicated, in order of first appearance, bounded.
 */
QList<ExtractedTarget> extractTargets(const Mail::Message& message, const ExtractOptions& options = {});

/** @short The hosts of URLs and address domains in plain text (the body scanner; exposed for tests). */
QStringList extractHostsFromText(QStringView text, bool includeAddressDomains = true, int maxHosts = 500);

} // namespace Deliverbench::Reputation
