// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/Catalogue.h"

#include "dns/DnsTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Deliverbench::Reputation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Reputation", text);
}

constexpr quint32 k127 = 0x7f000000u;

QString ipText(quint32 v)
{
    return QHostAddress(v).toString();
}

bool parseIpv4(const QString& text, quint32* out)
{
    QHostAddress a;
    if (!a.setAddress(text.trimmed()) || a.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    *out = a.toIPv4Address();
    return true;
}

/** @short "127.0.0.2", "127.0.0.4-127.0.0.7" or "127.0.4.0/24". */
bool parseAnswerRange(const QString& text, quint32* first, quint32* last)
{
    if (text.contains(QLatin1Char('-'))) {
        return parseIpv4(text.section(QLatin1Char('-'), 0, 0), first) && parseIpv4(text.section(QLatin1Char('-'), 1), last)
            && *first <= *last;
    }
    if (text.contains(QLatin1Char('/'))) {
        bool ok = false;
        const int prefix = text.section(QLatin1Char('/'), 1).toInt(&ok);
        if (!ok || prefix < 8 || prefix > 32 || !parseIpv4(text.section(QLatin1Char('/'), 0, 0), first))
            return false;
        const quint32 mask = prefix == 32 ? 0xffffffffu : ~(0xffffffffu >> prefix);
        *first &= mask;
        *last = *first | ~mask;
        return true;
    }
    if (!parseIpv4(text, first))
        return false;
    *last = *first;
    return true;
}

QString rangeText(const ReturnCode& code)
{
    return code.first == code.last ? ipText(code.first) : ipText(code.first) + QLatin1Char('-') + ipText(code.last);
}

Result<ListingStatus> parseStatus(const QString& token)
{
    if (token.isEmpty() || token == QLatin1String("listed"))
        return ListingStatus::Listed;
    if (token == QLatin1String("unknown") || token == QLatin1String("refused"))
        return ListingStatus::Unknown;
    if (token == QLatin1String("clear"))
        return ListingStatus::Clear;
    return makeError(Error::Kind::InvalidInput, tr("unknown status '%1'").arg(token));
}

Result<Severity> parseSeverity(const QString& token, Severity fallback)
{
    if (token.isEmpty())
        return fallback;
    Severity s;
    if (!severityFromToken(token, &s))
        return makeError(Error::Kind::InvalidInput, tr("unknown severity '%1'").arg(token));
    return s;
}

Result<BlockList> parseList(const QJsonObject& o)
{
    BlockList list;
    list.zone = Dns::normalizeName(o.value(QStringLiteral("zone")).toString().toLatin1());
    if (list.zone.isEmpty() || !Dns::isValidQueryName(list.zone))
        return makeError(Error::Kind::InvalidInput, tr("list without a valid zone"));
    list.id = o.value(QStringLiteral("id")).toString(QString::fromLatin1(list.zone));
    list.name = o.value(QStringLiteral("name")).toString(QString::fromLatin1(list.zone));
    list.delistUrl = o.value(QStringLiteral("delist")).toString();
    list.info = o.value(QStringLiteral("info")).toString();
    list.types = 0;
    const QJsonArray types = o.value(QStringLiteral("types")).toArray();
    for (const QJsonValue& t : types) {
        const QString token = t.toString();
        if (token == QLatin1String("ipv4"))
            list.types |= Ipv4;
        else if (token == QLatin1String("ipv6"))
            list.types |= Ipv6;
        else if (token == QLatin1String("domain"))
            list.types |= Domain;
        else
            return makeError(Error::Kind::InvalidInput, tr("list %1: unknown type '%2'").arg(list.id, token));
    }
    if (list.types == 0)
        return makeError(Error::Kind::InvalidInput, tr("list %1: no types").arg(list.id));
    const auto severity = parseSeverity(o.value(QStringLiteral("severity")).toString(), Severity::Error);
    if (!severity)
        return tl::unexpected(severity.error());
    list.severity = *severity;
    const QJsonArray codes = o.value(QStringLiteral("codes")).toArray();
    for (const QJsonValue& v : codes) {
        const QJsonObject c = v.toObject();
        ReturnCode code;
        if (!parseAnswerRange(c.value(QStringLiteral("answer")).toString(), &code.first, &code.last))
            return makeError(Error::Kind::InvalidInput,
                             tr("list %1: bad answer '%2'").arg(list.id, c.value(QStringLiteral("answer")).toString()));
        code.meaning = c.value(QStringLiteral("meaning")).toString();
        const auto status = parseStatus(c.value(QStringLiteral("status")).toString());
        if (!status)
            return tl::unexpected(status.error());
        code.status = *status;
        const auto codeSeverity = parseSeverity(c.value(QStringLiteral("severity")).toString(), list.severity);
        if (!codeSeverity)
            return tl::unexpected(codeSeverity.error());
        code.severity = *codeSeverity;
        list.codes.append(code);
    }
    const QJsonArray bits = o.value(QStringLiteral("bits")).toArray();
    for (const QJsonValue& v : bits) {
        const QJsonObject b = v.toObject();
        BitCode bit;
        bit.bit = quint32(b.value(QStringLiteral("bit")).toInt());
        if (bit.bit == 0 || bit.bit > 128 || (bit.bit & (bit.bit - 1)) != 0)
            return makeError(Error::Kind::InvalidInput, tr("list %1: bit must be a power of two up to 128").arg(list.id));
        bit.meaning = b.value(QStringLiteral("meaning")).toString();
        const auto bitSeverity = parseSeverity(b.value(QStringLiteral("severity")).toString(), list.severity);
        if (!bitSeverity)
            return tl::unexpected(bitSeverity.error());
        bit.severity = *bitSeverity;
        list.bits.append(bit);
    }
    return list;
}

} // namespace

QString targetTypeToken(TargetType type)
{
    switch (type) {
    case Ipv4:
        return QStringLiteral("ipv4");
    case Ipv6:
        return QStringLiteral("ipv6");
    case Domain:
        break;
    }
    return QStringLiteral("domain");
}

QString listingStatusToken(ListingStatus status)
{
    switch (status) {
    case ListingStatus::Listed:
        return QStringLiteral("listed");
    case ListingStatus::Clear:
        return QStringLiteral("clear");
    case ListingStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

AnswerMeaning interpretAnswer(const BlockList& list, const QHostAddress& answer)
{
    AnswerMeaning m;
    bool isV4 = false;
    const quint32 v = answer.toIPv4Address(&isV4);
    // RFC 5782 §2.1/§2.3: listings are A records in 127.0.0.0/8; anything else is a broken,
    // expired or wildcarding zone and must never count as a listing
    if (!isV4 || (v & 0xff000000u) != k127) {
        m.status = ListingStatus::Unknown;
        m.meaning = tr("answer %1 is outside 127.0.0.0/8: the list may be defunct or wildcarding").arg(answer.toString());
        m.severity = Severity::Warning;
        return m;
    }
    for (const ReturnCode& code : list.codes) {
        if (v >= code.first && v <= code.last) {
            m.status = code.status;
            m.meaning = code.meaning;
            m.severity = code.status == ListingStatus::Listed ? code.severity : Severity::Info;
            return m;
        }
    }
    if ((v & 0xffffff00u) == (k127 | 0x00ffff00u)) {
        m.status = ListingStatus::Unknown;
        m.meaning = tr("%1 is an error or refusal code (127.255.255.0/24), not a listing").arg(answer.toString());
        m.severity = Severity::Info;
        return m;
    }
    if (v == (k127 | 1u)) {
        m.status = ListingStatus::Unknown;
        m.meaning = tr("127.0.0.1 is not a listing code (RFC 5782 §5): the list may be refusing the query");
        m.severity = Severity::Info;
        return m;
    }
    if (!list.bits.isEmpty()) {
        QStringList meanings;
        Severity worst = Severity::Pass;
        for (const BitCode& bit : list.bits) {
            if ((v & 0xffu) & bit.bit) {
                meanings.append(bit.meaning);
                worst = std::max(worst, bit.severity);
            }
        }
        if (!meanings.isEmpty()) {
            m.meaning = meanings.join(QStringLiteral("; "));
            m.severity = worst;
            return m;
        }
    }
    m.status = ListingStatus::Listed;
    m.meaning = tr("listed (return code %1 is not documented in the catalogue)").arg(answer.toString());
    m.severity = list.severity;
    return m;
}

QJsonObject BlockList::toJson() const
{
    QJsonArray typeArray;
    for (const TargetType t : {Ipv4, Ipv6, Domain}) {
        if (types & t)
            typeArray.append(targetTypeToken(t));
    }
    QJsonArray codeArray;
    for (const ReturnCode& c : codes) {
        QJsonObject o{{QStringLiteral("answer"), rangeText(c)}, {QStringLiteral("meaning"), c.meaning}};
        if (c.status != ListingStatus::Listed)
            o.insert(QStringLiteral("status"), listingStatusToken(c.status));
        if (c.severity != severity)
            o.insert(QStringLiteral("severity"), severityToken(c.severity));
        codeArray.append(o);
    }
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("zone"), QString::fromLatin1(zone)},
        {QStringLiteral("types"), typeArray},
        {QStringLiteral("severity"), severityToken(severity)},
        {QStringLiteral("codes"), codeArray},
        {QStringLiteral("delist"), delistUrl},
    };
    if (!bits.isEmpty()) {
        QJsonArray bitArray;
        for (const BitCode& b : bits)
            bitArray.append(QJsonObject{{QStringLiteral("bit"), int(b.bit)}, {QStringLiteral("meaning"), b.meaning}});
        o.insert(QStringLiteral("bits"), bitArray);
    }
    if (!info.isEmpty())
        o.insert(QStringLiteral("info"), info);
    if (userAdded)
        o.insert(QStringLiteral("userAdded"), true);
    return o;
}

const Catalogue& Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        auto parsed = fromFile(QStringLiteral(":/deliverbench/dnsbl/catalogue.json"));
        if (!parsed) {
            qWarning("built-in DNSBL catalogue unusable: %s", qPrintable(parsed.error().message));
            return Catalogue();
        }
        return *parsed;
    }();
    return catalogue;
}

Result<Catalogue> Catalogue::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > 16 * 1024 * 1024)
        return makeError(Error::Kind::InvalidInput, tr("'%1' is too large for a catalogue").arg(path));
    return fromJson(file.readAll(), path);
}

Result<Catalogue> Catalogue::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Kind::InvalidInput, tr("%1: not a catalogue (%2)").arg(origin, error.errorString()));
    const QJsonArray lists = doc.object().value(QStringLiteral("lists")).toArray();
    if (lists.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("%1: no \"lists\"").arg(origin));
    Catalogue catalogue;
    for (const QJsonValue& v : lists) {
        auto list = parseList(v.toObject());
        if (!list)
            return makeError(Error::Kind::InvalidInput, origin + QStringLiteral(": ") + list.error().message);
        if (catalogue.find(list->id) || catalogue.find(QString::fromLatin1(list->zone)))
            return makeError(Error::Kind::InvalidInput, tr("%1: list %2 appears twice").arg(origin, list->id));
        catalogue.m_lists.append(*list);
    }
    return catalogue;
}

BlockList Catalogue::userList(const QByteArray& zone, int types)
{
    BlockList list;
    list.zone = Dns::normalizeName(zone);
    list.id = QString::fromLatin1(list.zone);
    list.name = QString::fromLatin1(list.zone);
    list.types = types;
    list.userAdded = true;
    return list;
}

void Catalogue::add(const BlockList& list)
{
    for (BlockList& existing : m_lists) {
        if (existing.id == list.id || existing.zone == list.zone) {
            existing = list;
            return;
        }
    }
    m_lists.append(list);
}

const BlockList* Catalogue::find(QStringView idOrZone) const
{
    for (const BlockList& list : m_lists) {
        if (list.id == idOrZone || QString::fromLatin1(list.zone).compare(idOrZone, Qt::CaseInsensitive) == 0)
            return &list;
    }
    return nullptr;
}

QJsonObject Catalogue::toJson() const
{
    QJsonArray array;
    for (const BlockList& list : m_lists)
        array.append(list.toJson());
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("deliverbench-dnsbl-catalogue")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("lists"), array}};
}

} // namespace Deliverbench::Reputation
