// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspect/InspectedMessage.h"

#include <QJsonObject>

namespace Deliverbench::Cli {

/**
 * @short The JSON of one inspected message (DESIGN.md "inspect --format jsonl").
 *
 * Always: index, file, indexInFile, subject, from, messageId, date, parts (leaf parts with
 * path, type, charset, encoding, size, sha256, and filename/disposition when present) and
 * findings (Finding::toJson()). `charset`, `subject`, `from`, `messageId` and `date` are JSON
 * null when absent. With `full` (--format json) also headers (name, decoded value, offset,
 * line), received (the timeline, oldest first) and dsn (when the message has a
 * message/delivery-status part).
 */
QJsonObject inspectedMessageJson(const InspectedMessage& inspected, bool full);

/** @short One leaf part object of the "parts" array. */
QJsonObject leafPartJson(const LeafPart& leaf);

} // namespace Deliverbench::Cli
