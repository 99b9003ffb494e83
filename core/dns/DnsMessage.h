// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Deliverbench::Dns {

/** @short A DNS response message, decoded (RFC 1035 §4.1). Untrusted input: every read is bounded. */
struct Message
{
    bool valid = false;        ///< header and every section parsed
    QString error;             ///< why not (untranslated, short)
    quint16 id = 0;
    bool qr = false, aa = false, tc = false, rd = false, ra = false, ad = false, cd = false;
    int opcode = 0;
    int rcode = 0;             ///< 4-bit header RCODE extended by the EDNS OPT record (RFC 6891 §6.1.3)
    bool hasOpt = false;       ///< an OPT pseudo-RR was present
    quint16 ednsUdpSize = 0;
    QByteArray questionName;
    quint16 questionType = 0;
    QList<Record> answers;     ///< answer-section RRs of the types in RecordType (others skipped)
    int answerCount = 0;       ///< ANCOUNT, including skipped types
};

/** @short Parses a complete response as received (no TCP length prefix). */
Message parseMessage(QByteArrayView raw);

/**
 * @short Fills outcome, records, cnameChain, rcode and the header bits of `answer` from a response
 * to the query (answer.name, answer.type): the CNAME chain is followed from the query name
 * (bounded), records are those of the asked type owned by the name or a chain member.
 */
void fillAnswer(Answer& answer, const Message& message);

} // namespace Deliverbench::Dns
