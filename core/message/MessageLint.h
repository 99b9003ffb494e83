// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "message/Message.h"

#include <QDateTime>

namespace Deliverbench::Mail {

struct LintOptions
{
    /** @short Reference "now" for Date checks when the message has no Received field
     *  (tests inject it; default: the current time). */
    QDateTime now;
    /** @short Date older than the reference by more than this: HDR.DATE_IN_PAST (rspamd: 1 day). */
    qint64 maxDateSkewSeconds = 24 * 3600;
    /** @short Date newer than the reference by more than this: HDR.DATE_IN_FUTURE (rspamd: 2 hours). */
    qint64 maxFutureSkewSeconds = 2 * 3600;
    /** @short Decoded bytes of each text part compared for MIME.ALT_TEXT_HTML_MISMATCH (bounds the work). */
    qsizetype maxCompareBytes = 256 * 1024;
    /** @short Minimum word-set similarity (Jaccard, 0..1) of the text and HTML alternatives. */
    double minAlternativeSimilarity = 0.5;
};

/**
 * @short Structure lint of a message: everything in docs/findings.md under MIME.* and HDR.*.
 *
 * Each finding carries the byte range of its evidence and names the SpamAssassin / rspamd
 * rule it corresponds to where one exists.
 */
Findings lintMessage(const Message& message, const LintOptions& options = {});

/** @short The words a reader sees in an HTML document: tags, comments, script/style/head skipped,
 *  character references decoded (HTML5 §13.1, only the common named ones). Bounded by maxChars. */
QString visibleHtmlText(QStringView html, qsizetype maxChars = 1024 * 1024);

/** @short Jaccard similarity of the word sets of two texts (URLs ignored), 1.0 when both are empty. */
double wordSetSimilarity(QStringView a, QStringView b);

} // namespace Deliverbench::Mail
