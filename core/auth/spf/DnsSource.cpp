// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/spf/DnsSource.h"

#include "dns/Resolver.h"

#include <QCoreApplication>
#include <QTimer>

namespace Deliverbench::Auth {

void ResolverDnsSource::query(const QByteArray& name, Dns::RecordType type, Callback callback)
{
    m_resolver->query(name, type, nullptr, std::move(callback));
}

void MemoryDnsSource::addRecord(const Dns::Record& record)
{
    Dns::Record r = record;
    r.name = Dns::normalizeName(record.name);
    if (r.type == Dns::RecordType::TXT && r.text.isEmpty() && !r.strings.isEmpty())
        r.text = r.strings.join();
    if (r.type == Dns::RecordType::TXT && r.strings.isEmpty())
        r.strings = QList<QByteArray>{r.text};
    m_names[r.name].append(r);
}

void MemoryDnsSource::addEmptyName(const QByteArray& name)
{
    m_names[Dns::normalizeName(name)];
}

void MemoryDnsSource::setTimeout(const QByteArray& name)
{
    m_timeoutNames.insert(Dns::normalizeName(name));
}

void MemoryDnsSource::setTimeout(const QByteArray& name, Dns::RecordType type)
{
    m_timeoutTypes.insert(Dns::normalizeName(name) + '|' + Dns::typeName(type));
}

Dns::Answer MemoryDnsSource::answer(const QByteArray& name, Dns::RecordType type) const
{
    Dns::Answer a;
    a.name = name;
    a.type = type;
    a.server = QStringLiteral("memory");
    a.started = QDateTime::currentDateTimeUtc();
    QByteArray current = Dns::normalizeName(name);
    if (!Dns::isValidQueryName(current)) {
        a.outcome = Dns::Outcome::OtherError;
        a.errorText = QCoreApplication::translate("Deliverbench::Auth", "not a valid DNS name");
        return a;
    }
    for (int step = 0; step < 9; ++step) {
        if (m_timeoutNames.contains(current) || m_timeoutTypes.contains(current + '|' + Dns::typeName(type))) {
            a.outcome = Dns::Outcome::Timeout;
            a.errorText = QCoreApplication::translate("Deliverbench::Auth", "no answer (simulated timeout)");
            return a;
        }
        const auto it = m_names.constFind(current);
        if (it == m_names.cend()) {
            a.outcome = Dns::Outcome::NxDomain;
            a.rcode = 3;
            return a;
        }
        QByteArray cname;
        for (const Dns::Record& r : *it) {
            if (r.type == type) {
                Dns::Record copy = r;
                a.records.append(copy);
            } else if (r.type == Dns::RecordType::CNAME && cname.isEmpty()) {
                cname = Dns::normalizeName(r.target);
            }
        }
        if (!a.records.isEmpty() || cname.isEmpty() || type == Dns::RecordType::CNAME) {
            a.rcode = 0;
            a.outcome = a.records.isEmpty() ? Dns::Outcome::NoData : Dns::Outcome::NoError;
            return a;
        }
        if (a.cnameChain.contains(cname))
            break;
        a.cnameChain.append(cname);
        current = cname;
    }
    a.outcome = Dns::Outcome::OtherError;
    a.errorText = QCoreApplication::translate("Deliverbench::Auth", "CNAME chain too long or looping");
    return a;
}

void MemoryDnsSource::query(const QByteArray& name, Dns::RecordType type, Callback callback)
{
    ++m_queries;
    Dns::Answer a = answer(name, type);
    QTimer::singleShot(0, [a = std::move(a), callback = std::move(callback)]() { callback(a); });
}

} // namespace Deliverbench::Auth
