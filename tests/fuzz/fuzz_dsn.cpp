// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: delivery-status bodies (RFC 3464 §2): the per-message fields, a blank
// line, then one block of per-recipient fields per recipient. Every status code found is
// also explained (RFC 3463).

#include "FuzzCommon.h"

#include "message/Dsn.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView body = Fuzz::view(data, size);
    const Mail::DeliveryStatus status = Mail::parseDeliveryStatusBody(body);
    FUZZ_CHECK(status.recipients.size() <= body.size());
    for (const Mail::DsnRecipient& recipient : status.recipients) {
        FUZZ_CHECK(recipient.status.size() <= body.size());
        Fuzz::consume(Mail::explainEnhancedStatus(recipient.status));
        Fuzz::consume(recipient.diagnosticCode);
    }
    // the whole input as a status code, too
    Fuzz::consume(Mail::explainEnhancedStatus(body.first(qMin<qsizetype>(body.size(), 64))));
    return 0;
}
