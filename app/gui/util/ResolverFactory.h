// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "dns/Resolver.h"
#include "dns/ZoneOverlay.h"

#include <QString>

#include <memory>

namespace Deliverbench::Gui {

/** @short The DNS setup every GUI check uses: servers and timeouts, plus a what-if zone overlay. */
struct DnsConfig
{
    Dns::ResolverOptions options;  ///< servers empty = the system's (/etc/resolv.conf)
    Dns::ZoneOverlay overlay;      ///< what-if records (the CLI's --zone); empty = none
    QString zoneFile;              ///< where the overlay came from, for display
};

/**
 * @short Makes Dns::Resolver instances for the GUI's pages from one process-wide DnsConfig
 * (the GUI counterpart of the CLI's --dns-server / --zone).
 *
 * The initial configuration comes from the environment: DELIVERBENCH_DNS_SERVERS (comma-separated
 * parseServer() forms) and DELIVERBENCH_ZONE (a zone file loaded as the overlay). Pages call
 * create() for every run, on the thread that will use the resolver (a resolver's sockets belong
 * to its thread); config() and setConfig() are thread-safe.
 */
class ResolverFactory
{
public:
    static DnsConfig config();
    static void setConfig(const DnsConfig& config);
    /** @short Reads a zone file into the overlay (RFC 1035 §5 master file subset); errors leave the config unchanged. */
    [[nodiscard]] static Result<void> loadZoneFile(const QString& path);
    /** @short A resolver with the current configuration (and its overlay), owned by `parent`. */
    static Dns::Resolver* create(QObject* parent = nullptr);
    /**
     * @short Applies the DNS part of the settings (AppSettings Dns*): servers, timeout, what-if
     * zone file. The environment (DELIVERBENCH_DNS_SERVERS, DELIVERBENCH_ZONE), which tests and
     * scripts set, wins over the settings. Returns the zone file's error, if any (the rest applies).
     */
    static Result<void> applySettings();
    static std::unique_ptr<Dns::Resolver> createUnique();
};

} // namespace Deliverbench::Gui
