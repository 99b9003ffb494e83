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
    qint64 maxDateSkewSeconds = 24 * 3600;
};

/**
 * @short Structure lint of a message: everything in docs/findings.md under MIME.* and HDR.*.
 *
 * Each finding carries the byte range of its evidence and names the SpamAssassin / rspamd
 * rule it corresponds to where one exists.
 */
Findings lintMessage(const Message& message, const LintOptions& options = {});

} // namespace Deliverbench::Mail
