// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/MessageAuth.h"

#include <QJsonObject>

namespace Deliverbench::Mail {
class Message;
}

namespace Deliverbench::Gui {

/** @short True when `object` has the shape of an `auth --format json` object (DESIGN.md "auth"). */
bool isAuthResultJson(const QJsonObject& object);

/**
 * @short Rebuilds the verdicts and evidence of an `auth --format json` object
 * (Auth::MessageAuthResult::toJson()) so a case's saved result can be shown without asking DNS
 * again. Untrusted input: unknown tokens become none/unknown, lists are bounded.
 *
 * With `message` (the case's message the result belongs to), what the JSON does not carry and the
 * message alone gives is filled in: the Authentication-Results fields (RFC 8601) for the trust
 * picker, the From domain, and where each DKIM-Signature field is.
 */
Auth::MessageAuthResult authResultFromJson(const QJsonObject& object, const Mail::Message* message = nullptr);

} // namespace Deliverbench::Gui
