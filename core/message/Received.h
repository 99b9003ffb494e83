// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/HeaderBlock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Deliverbench::Mail {

/** @short A parsed Received field (RFC 5321 §4.4 and the forms of common MTAs). */
struct ReceivedField
{
    QByteArray from;       ///< the name after "from" (the HELO as the receiver recorded it)
    QByteArray fromHost;   ///< reverse-DNS name from the comment, if any
    QByteArray fromIp;     ///< the connecting IP from the comment / literal, if any
    QByteArray by;
    QByteArray via;
    QByteArray with;       ///< protocol (ESMTP, ESMTPS, ESMTPSA, LMTP, HTTP …)
    QByteArray id;
    QByteArray for_;       ///< recipient, angle brackets removed
    QByteArray tls;        ///< TLS details found in comments ("version=TLS1_3 cipher=…"), empty if none
    bool usedTls = false;  ///< with=ESMTPS/… or TLS details present
    QDateTime date;        ///< UTC; invalid when missing or unparsable
    qint64 offset = -1;    ///< of the field in the RawData
};

ReceivedField parseReceived(const HeaderField& field);
/** @short Parses an unfolded Received value (no field name); offset stays -1. */
ReceivedField parseReceivedValue(QByteArrayView value);

/** @short One hop of the Received timeline, oldest first. */
struct ReceivedHop
{
    ReceivedField field;
    std::optional<qint64> delaySeconds;  ///< to the nearest older dated hop; absent for the first or undated
    bool clockSkew = false;              ///< delaySeconds is negative: show it as clock skew, not as delay
};

/** @short Received fields in chronological order (the header lists them newest first). */
QList<ReceivedHop> receivedTimeline(const HeaderBlock& headers);

} // namespace Deliverbench::Mail
