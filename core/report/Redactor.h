// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Deliverbench::Report {

/**
 * @short Replaces personal data in report texts by stable placeholders (same input, same
 * placeholder, within one Redactor): recipient addresses become "recipient-N@redacted.invalid",
 * the local part of any other address becomes "local-N" (its domain is kept, deliverability
 * needs it), and query values and token-like path segments of URLs become "token-N".
 */
class Redactor
{
public:
    /** @short Marks an address as a recipient's (To, Cc, Delivered-To, Final-Recipient …). */
    void addRecipient(const QString& address);
    /** @short The text with addresses, local parts seen so far and URL tokens replaced. */
    QString redact(const QString& text);
    /** @short The placeholder for a message body of that size. */
    static QString bodyPlaceholder(qsizetype bytes);

private:
    QString placeholder(QHash<QString, QString>& map, const QString& prefix, const QString& key);
    QString redactUrl(const QString& url);

    QSet<QString> m_recipients;          ///< lower case
    QHash<QString, QString> m_addresses; ///< lower-case address → replacement
    QHash<QString, QString> m_localParts;
    QHash<QString, QString> m_tokens;
    int m_counter = 0;
};

} // namespace Deliverbench::Report
