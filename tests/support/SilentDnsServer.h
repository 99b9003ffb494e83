// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A DNS server on 127.0.0.1 that never answers, to keep a GUI check waiting for DNS. A scripted
// peer: no real server can be made to stay silent on purpose.

#include "ChildProcess.h"
#include "util/ResolverFactory.h"

#include <QHostAddress>
#include <QUdpSocket>

namespace SilentDnsServer {

/**
 * @short Binds the socket (deleted in the application's post routines, after the pages that use it)
 * and points every GUI resolver at it, one try of 50 s. Returns the socket, or nullptr.
 */
inline QUdpSocket* startUntilExit()
{
    auto* socket = new QUdpSocket;
    ChildProcess::deleteAtExit(socket);
    if (!socket->bind(QHostAddress(QHostAddress::LocalHost), 0))
        return nullptr;
    Deliverbench::Gui::DnsConfig config;
    config.options.servers = QStringList{QStringLiteral("127.0.0.1:%1").arg(socket->localPort())};
    config.options.timeoutMs = 50000;
    config.options.tries = 1;
    Deliverbench::Gui::ResolverFactory::setConfig(config);
    return socket;
}

} // namespace SilentDnsServer
