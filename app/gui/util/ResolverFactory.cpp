// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ResolverFactory.h"

#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace Deliverbench::Gui {

namespace {

QMutex& configMutex()
{
    static QMutex mutex;
    return mutex;
}

DnsConfig& storedConfig()
{
    static DnsConfig config = [] {
        DnsConfig c;
        const QString servers = qEnvironmentVariable("DELIVERBENCH_DNS_SERVERS");
        for (const QString& s : servers.split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.options.servers.append(s.trimmed());
        const QString zone = qEnvironmentVariable("DELIVERBENCH_ZONE");
        if (!zone.isEmpty()) {
            QFile file(zone);
            if (file.open(QIODevice::ReadOnly) && file.size() <= Dns::ZoneOverlay::kMaxInputBytes) {
                c.overlay = Dns::ZoneOverlay::parse(file.readAll());
                c.zoneFile = zone;
            }
        }
        return c;
    }();
    return config;
}

} // namespace

DnsConfig ResolverFactory::config()
{
    QMutexLocker lock(&configMutex());
    return storedConfig();
}

void ResolverFactory::setConfig(const DnsConfig& config)
{
    QMutexLocker lock(&configMutex());
    storedConfig() = config;
}

Result<void> ResolverFactory::loadZoneFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tl::make_unexpected(Error{Error::Kind::Io,
                                         QCoreApplication::translate("Deliverbench::Gui::ResolverFactory", "Cannot read the zone file '%1'.").arg(path)});
    if (file.size() > Dns::ZoneOverlay::kMaxInputBytes)
        return tl::make_unexpected(Error{Error::Kind::InvalidInput,
                                         QCoreApplication::translate("Deliverbench::Gui::ResolverFactory", "The zone file '%1' is too large.").arg(path)});
    Dns::ZoneOverlay overlay = Dns::ZoneOverlay::parse(file.read(Dns::ZoneOverlay::kMaxInputBytes));
    if (overlay.hasErrors()) {
        const QString first = overlay.diagnostics().isEmpty() ? QString() : overlay.diagnostics().first().message;
        return tl::make_unexpected(Error{Error::Kind::InvalidInput,
                                         QCoreApplication::translate("Deliverbench::Gui::ResolverFactory", "The zone file '%1' has errors: %2")
                                             .arg(path, first)});
    }
    QMutexLocker lock(&configMutex());
    storedConfig().overlay = overlay;
    storedConfig().zoneFile = path;
    return {};
}

Result<void> ResolverFactory::applySettings()
{
    const AppSettings* settings = AppSettings::instance();
    {
        QMutexLocker lock(&configMutex());
        DnsConfig& c = storedConfig();
        if (qEnvironmentVariableIsEmpty("DELIVERBENCH_DNS_SERVERS"))
            c.options.servers = settings->value(AppSettings::DnsServers).toStringList();
        c.options.timeoutMs = std::clamp(settings->value(AppSettings::DnsTimeoutMs).toInt(), 100, 60000);
        if (qEnvironmentVariableIsEmpty("DELIVERBENCH_ZONE") && settings->value(AppSettings::DnsZoneFile).toString().isEmpty()) {
            c.overlay = Dns::ZoneOverlay();
            c.zoneFile.clear();
        }
    }
    const QString zone = settings->value(AppSettings::DnsZoneFile).toString();
    if (qEnvironmentVariableIsEmpty("DELIVERBENCH_ZONE") && !zone.isEmpty())
        return loadZoneFile(zone);
    return {};
}

Dns::Resolver* ResolverFactory::create(QObject* parent)
{
    const DnsConfig c = config();
    auto* resolver = new Dns::Resolver(c.options, parent);
    if (!c.overlay.isEmpty())
        resolver->setOverlay(c.overlay);
    return resolver;
}

std::unique_ptr<Dns::Resolver> ResolverFactory::createUnique()
{
    return std::unique_ptr<Dns::Resolver>(create(nullptr));
}

} // namespace Deliverbench::Gui
