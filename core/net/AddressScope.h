// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHostAddress;

namespace Deliverbench::Net {

/**
 * @short Whether @p address lies outside the private, shared, loopback, link-local, unique-local,
 * multicast and unspecified ranges (RFC 1918, RFC 6598, RFC 4193, RFC 6890).
 *
 * That is where a receiver's own relays and a LAN sit; a Received hop whose connecting address
 * is "public" is where a message crossed into the receiver's network. IPv4-mapped IPv6 addresses
 * are judged as IPv4. Documentation ranges (RFC 5737, RFC 3849) count as public on purpose:
 * examples and test messages use them for real senders.
 */
bool isPublicAddress(const QHostAddress& address);

} // namespace Deliverbench::Net
