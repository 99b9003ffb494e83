// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fake DNS of one openspf-suite scenario (../shared/conformance/README.md §1), shared by
// tst_spfsuite and tst_spfdiff.
#include "auth/spf/DnsSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace SpfSuiteZone {
using namespace Deliverbench;
using namespace Deliverbench::Auth;

inline bool typeOf(const QString& key, Dns::RecordType* type)
{
    return Dns::typeFromName(key.toLatin1(), type);
}

/** The fake DNS of one scenario (README §1: SPF served as TXT unless TXT given, NONE, TIMEOUT, CNAME). */
inline std::unique_ptr<MemoryDnsSource> buildZone(const QJsonObject& zonedata)
{
    auto zone = std::make_unique<MemoryDnsSource>();
    for (auto it = zonedata.begin(); it != zonedata.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QJsonArray entries = it.value().toArray();
        zone->addEmptyName(name);
        bool hasTxt = false;
        for (const QJsonValue& e : entries) {
            if (e.isObject() && e.toObject().contains(QStringLiteral("TXT")))
                hasTxt = true;
        }
        QSet<Dns::RecordType> seen; // a bare TIMEOUT applies to the types not listed before it (testspf.py)
        for (const QJsonValue& e : entries) {
            if (e.isString() && e.toString() == QStringLiteral("TIMEOUT")) {
                for (Dns::RecordType t : {Dns::RecordType::A, Dns::RecordType::AAAA, Dns::RecordType::MX, Dns::RecordType::TXT,
                                          Dns::RecordType::PTR, Dns::RecordType::CNAME}) {
                    if (!seen.contains(t))
                        zone->setTimeout(name, t);
                }
                continue;
            }
            const QJsonObject o = e.toObject();
            for (auto r = o.begin(); r != o.end(); ++r) {
                QString key = r.key();
                const QJsonValue v = r.value();
                if (key == QStringLiteral("SPF")) {
                    if (hasTxt)
                        continue; // type 99 is not looked up (RFC 7208 §3.1)
                    key = QStringLiteral("TXT");
                }
                Dns::RecordType type;
                if (!typeOf(key, &type))
                    qFatal("unknown record type in the suite");
                if (v.isString() && v.toString() == QStringLiteral("TIMEOUT")) {
                    zone->setTimeout(name, type);
                    continue;
                }
                if (v.isString() && v.toString() == QStringLiteral("NONE"))
                    continue; // empty RRset: the name exists (NODATA); a later bare TIMEOUT still applies
                seen.insert(type);
                Dns::Record rec;
                rec.type = type;
                rec.name = name;
                switch (type) {
                case Dns::RecordType::A:
                case Dns::RecordType::AAAA:
                    rec.address = QHostAddress(v.toString());
                    break;
                case Dns::RecordType::MX:
                    rec.preference = quint16(v.toArray().at(0).toInt());
                    rec.target = v.toArray().at(1).toString().toUtf8();
                    break;
                case Dns::RecordType::PTR:
                case Dns::RecordType::CNAME:
                    rec.target = v.toString().toUtf8();
                    break;
                case Dns::RecordType::TXT:
                    if (v.isArray()) {
                        for (const QJsonValue& s : v.toArray())
                            rec.strings.append(s.toString().toUtf8());
                    } else {
                        rec.strings.append(v.toString().toUtf8());
                    }
                    rec.text = rec.strings.join();
                    break;
                default:
                    break;
                }
                zone->addRecord(rec);
            }
        }
    }
    return zone;
}

} // namespace SpfSuiteZone
