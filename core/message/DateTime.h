// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace Deliverbench::Mail {

struct DateParseResult
{
    QDateTime dateTime;     ///< UTC (offset applied); invalid when nothing could be read
    bool strict = false;    ///< matched RFC 5322 §3.3 date-time (obsolete zones count as non-strict)
    int utcOffsetSeconds = 0;
};

/**
 * @short Parses RFC 5322 dates and the forms seen in the wild: missing weekday or seconds,
 * two- and four-digit years, obsolete and named zones (GMT, UT, EST, CEST …), asctime
 * ("Tue Jan  2 15:04:05 2024"), ISO 8601, "+0000 (UTC)" comments, missing zone.
 */
DateParseResult parseDate(QByteArrayView value);

} // namespace Deliverbench::Mail
