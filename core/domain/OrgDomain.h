// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Deliverbench::Domain {

/**
 * @short The organizational domain of `domain` (RFC 7489 §3.2) from the Public Suffix List via libpsl:
 * the system's list (psl_latest), else libpsl's built-in copy. Lower case, no trailing dot.
 * For a public suffix itself the domain is returned unchanged.
 */
QByteArray organizationalDomain(QByteArrayView domain);

/** @short Which PSL data is in use: "system file", "built-in" (translated, for reports). */
QString publicSuffixListSource();

} // namespace Deliverbench::Domain
