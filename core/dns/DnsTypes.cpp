// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsTypes.h"

#include <QCoreApplication>

namespace Deliverbench::Dns {

namespace {

struct TypeEntry
{
    RecordType type;
    const char* name;
};
constexpr TypeEntry kTypes[] = {
    {RecordType::A, "A"},     {RecordType::NS, "NS"},   {RecordType::CNAME, "CNAME"},
    {RecordType::SOA, "SOA"}, {RecordType::PTR, "PTR"}, {RecordType::MX, "MX"},
    {RecordType::TXT, "TXT"}, {RecordType::AAAA, "AAAA"}, {RecordType::TLSA, "TLSA"},
};

QByteArray absolute(const QByteArray& name)
{
    if (name.isEmpty() || name == ".")
        return QByteArrayLiteral(".");
    return name.endsWith('.') ? name : name + '.';
}

QByteArray quoted(const QByteArray& s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out.append('"');
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\').append(ch);
        } else if (c < 0x20 || c >= 0x7f) {
            char buf[5];
            qsnprintf(buf, sizeof buf, "\\%03u", unsigned(c));
            out.append(buf);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
    return out;
}

} // namespace

QByteArray typeName(RecordType type)
{
    for (const auto& e : kTypes) {
        if (e.type == type)
            return QByteArray(e.name);
    }
    return QByteArrayLiteral("TYPE") + QByteArray::number(static_cast<quint16>(type));
}

bool typeFromName(QByteArrayView name, RecordType* out)
{
    for (const auto& e : kTypes) {
        if (name.compare(QByteArrayView(e.name), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = e.type;
            return true;
        }
    }
    return false;
}

QByteArray outcomeToken(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoError: return QByteArrayLiteral("NOERROR");
    case Outcome::NxDomain: return QByteArrayLiteral("NXDOMAIN");
    case Outcome::NoData: return QByteArrayLiteral("NODATA");
    case Outcome::ServFail: return QByteArrayLiteral("SERVFAIL");
    case Outcome::Refused: return QByteArrayLiteral("REFUSED");
    case Outcome::Timeout: return QByteArrayLiteral("TIMEOUT");
    case Outcome::OtherError: break;
    }
    return QByteArrayLiteral("ERROR");
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoError: return QCoreApplication::translate("Deliverbench::Dns", "answer received");
    case Outcome::NxDomain: return QCoreApplication::translate("Deliverbench::Dns", "the name does not exist (NXDOMAIN)");
    case Outcome::NoData:
        return QCoreApplication::translate("Deliverbench::Dns", "the name exists but has no record of this type (NODATA)");
    case Outcome::ServFail: return QCoreApplication::translate("Deliverbench::Dns", "the server failed to answer (SERVFAIL)");
    case Outcome::Refused: return QCoreApplication::translate("Deliverbench::Dns", "the server refused the query (REFUSED)");
    case Outcome::Timeout: return QCoreApplication::translate("Deliverbench::Dns", "no answer before the timeout");
    case Outcome::OtherError: break;
    }
    return QCoreApplication::translate("Deliverbench::Dns", "the lookup failed");
}

QByteArray rcodeName(int rcode)
{
    switch (rcode) {
    case 0: return QByteArrayLiteral("NOERROR");
    case 1: return QByteArrayLiteral("FORMERR");
    case 2: return QByteArrayLiteral("SERVFAIL");
    case 3: return QByteArrayLiteral("NXDOMAIN");
    case 4: return QByteArrayLiteral("NOTIMP");
    case 5: return QByteArrayLiteral("REFUSED");
    default: break;
    }
    if (rcode < 0)
        return QByteArray();
    return QByteArrayLiteral("RCODE") + QByteArray::number(rcode);
}

QByteArray Record::rdataText() const
{
    switch (type) {
    case RecordType::A:
    case RecordType::AAAA: return address.toString().toLatin1();
    case RecordType::MX: return QByteArray::number(preference) + ' ' + absolute(target);
    case RecordType::CNAME:
    case RecordType::PTR:
    case RecordType::NS: return absolute(target);
    case RecordType::TXT: {
        QByteArray out;
        for (const QByteArray& s : strings) {
            if (!out.isEmpty())
                out.append(' ');
            out.append(quoted(s));
        }
        return out.isEmpty() ? quoted(text) : out;
    }
    case RecordType::SOA:
        return absolute(soa.mname) + ' ' + absolute(soa.rname) + ' ' + QByteArray::number(soa.serial) + ' '
            + QByteArray::number(soa.refresh) + ' ' + QByteArray::number(soa.retry) + ' '
            + QByteArray::number(soa.expire) + ' ' + QByteArray::number(soa.minimum);
    case RecordType::TLSA:
        return QByteArray::number(tlsa.usage) + ' ' + QByteArray::number(tlsa.selector) + ' '
            + QByteArray::number(tlsa.matchingType) + ' ' + tlsa.data.toHex();
    }
    return QByteArray();
}

QByteArray Record::toText() const
{
    return absolute(name) + ' ' + QByteArray::number(ttl) + " IN " + typeName(type) + ' ' + rdataText();
}

QList<QByteArray> Answer::texts() const
{
    QList<QByteArray> out;
    for (const Record& r : records) {
        if (r.type == RecordType::TXT)
            out.append(r.text);
    }
    return out;
}

QByteArray Answer::answerText() const
{
    if (records.isEmpty())
        return outcomeToken(outcome);
    QByteArray out;
    for (const Record& r : records) {
        if (!out.isEmpty())
            out.append('\n');
        out.append(r.rdataText());
    }
    return out;
}

QByteArray normalizeName(QByteArrayView name)
{
    QByteArray out = name.toByteArray().toLower();
    if (out == ".")
        return out;
    if (out.endsWith('.'))
        out.chop(1);
    return out;
}

bool isValidQueryName(QByteArrayView name)
{
    if (name.endsWith('.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    qsizetype label = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name.at(i);
        if (c == '.') {
            if (label == 0)
                return false;
            label = 0;
        } else if (c == '\0') {
            return false;
        } else if (++label > 63) {
            return false;
        }
    }
    return label > 0;
}

QByteArray reverseName(const QHostAddress& address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    if (ok && address.protocol() == QAbstractSocket::IPv4Protocol) {
        return QByteArray::number(v4 & 0xff) + '.' + QByteArray::number((v4 >> 8) & 0xff) + '.'
            + QByteArray::number((v4 >> 16) & 0xff) + '.' + QByteArray::number(v4 >> 24) + ".in-addr.arpa";
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return QByteArray();
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(72);
    for (int i = 15; i >= 0; --i) {
        out.append(hex[v6[i] & 0x0f]).append('.');
        out.append(hex[(v6[i] >> 4) & 0x0f]).append('.');
    }
    out.append("ip6.arpa");
    return out;
}

QByteArray reverseName(QStringView ip)
{
    QHostAddress address;
    if (ip.size() > 64 || !address.setAddress(ip.toString()))
        return QByteArray();
    return reverseName(address);
}

} // namespace Deliverbench::Dns
