// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Mail {

/** @short A mailbox (RFC 5322 §3.4): display name and addr-spec. */
struct Mailbox
{
    QString displayName;   ///< decoded (RFC 2047), unquoted
    QString localPart;     ///< unquoted form of the local part (RFC 6532 UTF-8 allowed)
    QString domain;        ///< as written (no IDNA conversion), without brackets for a domain literal
    bool domainLiteral = false;
    QString group;         ///< group name when the mailbox came from a group, else empty

    QString address() const; ///< local@domain (local part re-quoted when needed)
    bool isValid() const { return !localPart.isEmpty() && !domain.isEmpty(); }
};

struct AddressListResult
{
    QList<Mailbox> mailboxes;     ///< groups are flattened; empty groups contribute nothing
    QStringList errors;           ///< human-readable problems (untranslated, short)
    bool usedObsoleteSyntax = false; ///< obs-route, obs-local-part, missing commas, … (RFC 5322 §4.4)
};

/** @short Parses an address-list / mailbox-list (unfolded). Lenient; problems go to `errors`. */
AddressListResult parseAddressList(QByteArrayView value);

/** @short Message-IDs (RFC 5322 §3.6.4) in a Message-ID / In-Reply-To / References value. */
struct MessageIdResult
{
    QList<QByteArray> ids;    ///< without angle brackets
    bool valid = true;        ///< strict msg-id syntax (id-left "@" id-right, no obsolete forms)
};
MessageIdResult parseMessageIds(QByteArrayView value);

} // namespace Deliverbench::Mail
