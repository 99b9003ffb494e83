// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "message/Message.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Deliverbench::Cli {

/** @short One leaf part of the jsonl contract with its transfer-decoded size and SHA-256. */
struct LeafPart
{
    const Mail::MimePart* part = nullptr;
    QString path;          ///< IMAP section number ("1" for the body of a single-part message)
    QString type;          ///< lower-case type/subtype
    QString charset;       ///< lower case; null when the Content-Type has no charset parameter
    QString encoding;      ///< Content-Transfer-Encoding token as written, lower case; "7bit" when absent
    qint64 size = 0;       ///< transfer-decoded bytes
    QByteArray sha256;     ///< lower-case hex of the transfer-decoded bytes
};

/** @short Everything inspect reports about one message, computed once for every output format. */
struct InspectedMessage
{
    const Mail::Message* message = nullptr;
    QString file;          ///< the input as named on the command line ("-" for standard input)
    int index = 0;         ///< consecutive across all inputs of the invocation
    int indexInFile = 0;   ///< position in its mailbox
    QList<LeafPart> leaves;
    Findings findings;
};

/** @short Decodes and hashes every leaf part (depth-first) and runs the structure lint. */
InspectedMessage inspectMessage(const Mail::Message& message, const QString& file, int index);

/** @short The section path of a part, "1" for a root that is itself the leaf body. */
QString partPath(const Mail::MimePart& part);

/** @short Decoded (RFC 2047) value of the first field with that name; null when absent. */
QString decodedHeader(const Mail::Message& message, QByteArrayView name);
/** @short Message-ID without angle brackets; null when absent. */
QString messageId(const Mail::Message& message);

} // namespace Deliverbench::Cli
