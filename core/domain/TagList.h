// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Deliverbench::Domain {

/** @short One `tag=value` of a tag-list; names keep their case, values are trimmed of FWS. */
struct Tag
{
    QByteArray name;
    QByteArray value;
};

/**
 * @short A parsed tag-list (RFC 6376 §3.2), the syntax of DKIM key records, DMARC (RFC 7489 §6.4),
 * MTA-STS and TLS-RPT TXT records (RFC 8461 §3.1, RFC 8460 §3) and BIMI records.
 * Lenient: every problem is recorded in `errors` (untranslated detail is built by the caller).
 */
struct TagList
{
    QList<Tag> tags;               ///< in record order
    QList<QByteArray> duplicates;  ///< tag names that appear more than once (RFC 6376 §3.2: invalid)
    QList<QByteArray> malformed;   ///< segments without '=' or with an invalid tag name

    /** @short Parses `text`; at most kMaxTags tags are kept. */
    static TagList parse(QByteArrayView text);
    static constexpr int kMaxTags = 64;

    bool has(QByteArrayView name) const;
    /** @short Value of the first tag `name` (case-sensitive name, as the RFCs define), null if absent. */
    QByteArray value(QByteArrayView name) const;
    /** @short Name of the first tag, empty when there is none. */
    QByteArray firstName() const { return tags.isEmpty() ? QByteArray() : tags.first().name; }
};

/** @short Shortens untrusted bytes for display: at most `max` bytes, control characters escaped. */
QString displayBytes(QByteArrayView bytes, int max = 300);

} // namespace Deliverbench::Domain
