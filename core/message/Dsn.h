// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/Message.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Deliverbench::Mail {

/** @short Per-recipient fields of a delivery-status notification (RFC 3464 §2.3). */
struct DsnRecipient
{
    QByteArray finalRecipient;   ///< address part, type prefix ("rfc822;") removed
    QByteArray originalRecipient;
    QByteArray action;           ///< lower case: failed, delayed, delivered, relayed, expanded
    QByteArray status;           ///< enhanced status code "5.1.1"
    QByteArray remoteMta;        ///< type prefix removed
    QByteArray diagnosticCode;   ///< type prefix removed, unfolded
    QByteArray lastAttemptDate;
};

struct DeliveryStatus
{
    QByteArray reportingMta;
    QByteArray arrivalDate;
    QList<DsnRecipient> recipients;
    QString partPath;            ///< the message/delivery-status part
};

/** @short Finds and parses the message/delivery-status part (also message/global-delivery-status). */
std::optional<DeliveryStatus> parseDeliveryStatus(const Message& message);
/** @short Parses the body of a delivery-status part directly. */
DeliveryStatus parseDeliveryStatusBody(QByteArrayView body);

/** @short Explains an enhanced status code (RFC 3463, RFC 5248 registry): "5.1.1" → "Bad destination mailbox address". */
QString explainEnhancedStatus(QByteArrayView code);
/** @short The class of an enhanced status code (RFC 3463 §3.1): success, persistent transient or permanent failure. */
QString explainEnhancedStatusClass(QByteArrayView code);

} // namespace Deliverbench::Mail
