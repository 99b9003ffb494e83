// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Deliverbench::Mail {

/** @short One parameter of Content-Type / Content-Disposition after RFC 2231 reassembly. */
struct HeaderParameter
{
    QByteArray name;        ///< lower case
    QByteArray rawValue;    ///< unquoted; RFC 2231 continuations joined, still percent-encoded if extended
    QString value;          ///< decoded (RFC 2231 charset, or RFC 2047 in the broken-but-common form)
    bool extended = false;  ///< used the name*= syntax
};

/** @short A parsed Content-Type (RFC 2045 §5, RFC 2231). Type and subtype are lower case. */
struct ContentType
{
    QByteArray type = "text";
    QByteArray subtype = "plain";
    QList<HeaderParameter> parameters;
    bool present = false;  ///< a Content-Type field existed
    bool valid = true;     ///< false when the field existed but could not be parsed (defaults used)

    QByteArray mimeType() const { return type + '/' + subtype; }
    bool is(QByteArrayView t, QByteArrayView s) const;
    bool isMultipart() const { return type == "multipart"; }
    /** @short message/rfc822 or message/global: a whole message is encapsulated. */
    bool isEncapsulatedMessage() const;
    const HeaderParameter* parameter(QByteArrayView name) const;
    QByteArray charset() const;   ///< lower case, unquoted, empty when absent
    QByteArray boundary() const;  ///< as written (case matters), empty when absent
};

/** @short Parses a Content-Type value (unfolded). Never fails: defaults are kept on garbage. */
ContentType parseContentType(QByteArrayView value);

/** @short Parses "token; a=b; c*=utf-8''x" parameter lists (also used for Content-Disposition). */
QList<HeaderParameter> parseParameters(QByteArrayView parameterList);

/** @short Content-Disposition: disposition type (lower case) and parameters. */
struct ContentDisposition
{
    QByteArray type;                  ///< "inline", "attachment", or empty when absent
    QList<HeaderParameter> parameters;
    QString filename() const;
};
ContentDisposition parseContentDisposition(QByteArrayView value);

} // namespace Deliverbench::Mail
