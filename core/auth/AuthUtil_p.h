// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal helpers shared by the core/auth checks (SPF, DMARC, MessageAuth). Not public API.

#include "dns/DnsTypes.h"

#include <QCoreApplication>
#include <QString>

namespace Deliverbench::Auth::detail {

/** @short Translation in the "Deliverbench::Auth" context (core code is not a QObject). */
inline QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

/** @short Latin-1 bytes (DNS names, tokens) as a QString. */
inline QString latin(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes);
}

/** @short A lookup that failed (SERVFAIL, REFUSED, timeout, error), as opposed to NXDOMAIN/NODATA (RFC 2308). */
inline bool isDnsError(const Dns::Answer& a)
{
    return !a.isSuccess() && !a.isNegative();
}

/** @short "name TYPE -> answer" (or the outcome token): one line of a check's DNS evidence. */
inline QString queryLine(const Dns::Answer& a)
{
    return QString::fromLatin1(a.name + ' ' + Dns::typeName(a.type) + " -> ")
        + QString::fromUtf8(a.isSuccess() ? a.answerText() : Dns::outcomeToken(a.outcome));
}

} // namespace Deliverbench::Auth::detail
