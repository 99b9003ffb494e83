// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the header field value parsers. The input is one field value (folds
// allowed); every parser runs over it: RFC 2047 text, address lists, Message-IDs, dates,
// Content-Type / Content-Disposition with RFC 2231 parameters, and RFC 5322 unfolding.

#include "FuzzCommon.h"

#include "message/Address.h"
#include "message/ContentType.h"
#include "message/DateTime.h"
#include "message/HeaderBlock.h"
#include "message/Rfc2047.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView value = Fuzz::view(data, size);

    // Unfolding: the views of a HeaderField point into the raw bytes.
    Mail::HeaderField field;
    field.name = QByteArrayView("Subject");
    field.rawValue = value;
    field.length = qint64(size);
    const QByteArray unfolded = field.unfolded();
    FUZZ_CHECK(unfolded.size() <= value.size());

    Mail::Rfc2047Stats stats;
    Fuzz::consume(Mail::decodeHeaderText(value, &stats));
    Fuzz::consume(Mail::decodeHeaderText(unfolded));
    FUZZ_CHECK(stats.encodedWords >= 0 && stats.brokenWords >= 0);

    const Mail::AddressListResult addresses = Mail::parseAddressList(unfolded);
    for (const Mail::Mailbox& mailbox : addresses.mailboxes) {
        Fuzz::consume(mailbox.address());
        Fuzz::consume(mailbox.isValid());
    }

    const Mail::MessageIdResult ids = Mail::parseMessageIds(unfolded);
    for (const QByteArray& id : ids.ids)
        FUZZ_CHECK(id.size() <= unfolded.size());

    const Mail::DateParseResult date = Mail::parseDate(unfolded);
    if (date.dateTime.isValid())
        Fuzz::consume(date.dateTime.toString(Qt::ISODate));

    const Mail::ContentType type = Mail::parseContentType(unfolded);
    Fuzz::consume(type.mimeType());
    Fuzz::consume(type.charset());
    Fuzz::consume(type.boundary());
    Fuzz::consume(type.isEncapsulatedMessage());
    for (const Mail::HeaderParameter& parameter : type.parameters)
        Fuzz::consume(type.parameter(parameter.name));

    const QList<Mail::HeaderParameter> parameters = Mail::parseParameters(unfolded);
    Fuzz::consume(parameters.size());

    const Mail::ContentDisposition disposition = Mail::parseContentDisposition(unfolded);
    Fuzz::consume(disposition.filename());
    return 0;
}
