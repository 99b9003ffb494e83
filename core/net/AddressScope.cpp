// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/AddressScope.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace Deliverbench::Net {

bool isPublicAddress(const QHostAddress& address)
{
    QHostAddress a = address;
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (mapped)
        a = QHostAddress(v4);
    if (a.isNull() || a.isLoopback() || a.isLinkLocal() || a.isUniqueLocalUnicast() || a.isSiteLocal()
        || a.isMulticast() || a.isBroadcast())
        return false;
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        static const QList<QPair<QHostAddress, int>> internal = {
            QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),      QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
            QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),  QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
            QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        };
        for (const auto& net : internal) {
            if (a.isInSubnet(net))
                return false;
        }
    } else if (a == QHostAddress(QHostAddress::AnyIPv6)) {
        return false;
    }
    return true;
}

} // namespace Deliverbench::Net
