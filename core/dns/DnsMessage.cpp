// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsMessage.h"

#include <QCoreApplication>
#include <QSet>

#include <ares.h>

#include <cstring>

namespace Deliverbench::Dns {

namespace {

constexpr int kMaxPointerJumps = 64;   // a name has at most 127 labels; pointers beyond that are a loop
constexpr int kMaxNameOctets = 255;    // RFC 1035 §2.3.4
constexpr int kMaxChain = 16;          // CNAME chain length we follow
constexpr quint16 kTypeOpt = 41;

class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) { }

    bool u8(qsizetype at, quint8* out) const
    {
        if (at < 0 || at + 1 > m_data.size())
            return false;
        *out = static_cast<quint8>(m_data.at(at));
        return true;
    }
    bool u16(qsizetype at, quint16* out) const
    {
        if (at < 0 || at + 2 > m_data.size())
            return false;
        *out = quint16((quint16(quint8(m_data.at(at))) << 8) | quint8(m_data.at(at + 1)));
        return true;
    }
    bool u32(qsizetype at, quint32* out) const
    {
        quint16 hi = 0, lo = 0;
        if (!u16(at, &hi) || !u16(at + 2, &lo))
            return false;
        *out = (quint32(hi) << 16) | lo;
        return true;
    }

    /** Reads a possibly compressed name at `at` (RFC 1035 §4.1.4); `*next` is the offset after it in the stream. */
    bool name(qsizetype at, QByteArray* out, qsizetype* next) const
    {
        out->clear();
        qsizetype pos = at;
        qsizetype after = -1;
        int jumps = 0;
        int octets = 0;
        for (;;) {
            quint8 len = 0;
            if (!u8(pos, &len))
                return false;
            if ((len & 0xc0) == 0xc0) {
                quint8 lo = 0;
                if (!u8(pos + 1, &lo) || ++jumps > kMaxPointerJumps)
                    return false;
                if (after < 0)
                    after = pos + 2;
                const qsizetype target = (qsizetype(len & 0x3f) << 8) | lo;
                if (target >= pos)
                    return false; // only backward pointers: positions strictly decrease, no loop possible
                pos = target;
                continue;
            }
            if ((len & 0xc0) != 0)
                return false; // 0x40 / 0x80: extended label types (obsolete)
            if (len == 0) {
                if (after < 0)
                    after = pos + 1;
                break;
            }
            octets += len + 1;
            if (octets > kMaxNameOctets || pos + 1 + len > m_data.size())
                return false;
            if (!out->isEmpty())
                out->append('.');
            for (qsizetype i = pos + 1; i <= pos + len; ++i) {
                const auto c = static_cast<unsigned char>(m_data.at(i));
                if (c == '.' || c == '\\') {
                    out->append('\\').append(char(c));
                } else if (c <= 0x20 || c >= 0x7f) {
                    char buf[5];
                    qsnprintf(buf, sizeof buf, "\\%03u", unsigned(c));
                    out->append(buf);
                } else {
                    out->append(char(c));
                }
            }
            pos += 1 + len;
        }
        if (out->isEmpty())
            *out = QByteArrayLiteral(".");
        *next = after;
        return true;
    }

    QByteArrayView bytes(qsizetype at, qsizetype len) const
    {
        if (at < 0 || len < 0 || at + len > m_data.size())
            return QByteArrayView();
        return m_data.sliced(at, len);
    }
    qsizetype size() const { return m_data.size(); }

private:
    QByteArrayView m_data;
};

bool isKnownType(quint16 type)
{
    switch (static_cast<RecordType>(type)) {
    case RecordType::A:
    case RecordType::NS:
    case RecordType::CNAME:
    case RecordType::SOA:
    case RecordType::PTR:
    case RecordType::MX:
    case RecordType::TXT:
    case RecordType::AAAA:
    case RecordType::TLSA: return true;
    }
    return false;
}

// Decodes RDATA of a supported type; false when it is malformed.
bool decodeRdata(const Reader& r, qsizetype at, quint16 rdlength, Record* rec)
{
    const qsizetype end = at + rdlength;
    qsizetype next = 0;
    switch (rec->type) {
    case RecordType::A: {
        const QByteArrayView b = r.bytes(at, 4);
        if (rdlength != 4 || b.size() != 4)
            return false;
        quint32 v4 = 0;
        r.u32(at, &v4);
        rec->address.setAddress(v4);
        return true;
    }
    case RecordType::AAAA: {
        const QByteArrayView b = r.bytes(at, 16);
        if (rdlength != 16 || b.size() != 16)
            return false;
        Q_IPV6ADDR v6;
        std::memcpy(v6.c, b.data(), 16);
        rec->address.setAddress(v6);
        return true;
    }
    case RecordType::MX:
        if (!r.u16(at, &rec->preference) || !r.name(at + 2, &rec->target, &next))
            return false;
        return next == end;
    case RecordType::CNAME:
    case RecordType::PTR:
    case RecordType::NS:
        return r.name(at, &rec->target, &next) && next == end;
    case RecordType::SOA: {
        qsizetype pos = 0;
        if (!r.name(at, &rec->soa.mname, &pos) || !r.name(pos, &rec->soa.rname, &pos))
            return false;
        if (pos + 20 != end)
            return false;
        return r.u32(pos, &rec->soa.serial) && r.u32(pos + 4, &rec->soa.refresh) && r.u32(pos + 8, &rec->soa.retry)
            && r.u32(pos + 12, &rec->soa.expire) && r.u32(pos + 16, &rec->soa.minimum);
    }
    case RecordType::TXT: {
        // one or more <character-string>s (RFC 1035 §3.3.14); joined without separator
        qsizetype pos = at;
        while (pos < end) {
            quint8 len = 0;
            if (!r.u8(pos, &len) || pos + 1 + len > end)
                return false;
            const QByteArray s = r.bytes(pos + 1, len).toByteArray();
            rec->strings.append(s);
            rec->text.append(s);
            pos += 1 + len;
        }
        return !rec->strings.isEmpty();
    }
    case RecordType::TLSA: {
        // RFC 6698 §2.1: usage(1) selector(1) matching type(1) data(rest)
        quint8 u = 0, s = 0, m = 0;
        if (rdlength < 3 || !r.u8(at, &u) || !r.u8(at + 1, &s) || !r.u8(at + 2, &m))
            return false;
        rec->tlsa.usage = u;
        rec->tlsa.selector = s;
        rec->tlsa.matchingType = m;
        rec->tlsa.data = r.bytes(at + 3, rdlength - 3).toByteArray();
        return rec->tlsa.data.size() == rdlength - 3;
    }
    }
    return false;
}

// Replaces the TXT strings with c-ares' own decoding (ares_parse_txt_reply_ext, whose
// record_start marks the first character-string of each RR) when both agree on the RR count.
void txtFromCares(QByteArrayView raw, QList<Record>& answers)
{
    if (raw.size() > 65535)
        return;
    struct ares_txt_ext* txt = nullptr;
    if (ares_parse_txt_reply_ext(reinterpret_cast<const unsigned char*>(raw.data()), int(raw.size()), &txt)
        != ARES_SUCCESS)
        return;
    QList<QList<QByteArray>> rrs;
    for (const ares_txt_ext* t = txt; t; t = t->next) {
        if (t->record_start || rrs.isEmpty())
            rrs.append(QList<QByteArray>());
        rrs.last().append(QByteArray(reinterpret_cast<const char*>(t->txt), qsizetype(t->length)));
    }
    ares_free_data(txt);
    qsizetype n = 0;
    for (const Record& r : answers)
        n += r.type == RecordType::TXT ? 1 : 0;
    if (n != rrs.size())
        return;
    qsizetype i = 0;
    for (Record& r : answers) {
        if (r.type != RecordType::TXT)
            continue;
        r.strings = rrs.at(i++);
        r.text.clear();
        for (const QByteArray& s : std::as_const(r.strings))
            r.text.append(s);
    }
}

} // namespace

Message parseMessage(QByteArrayView raw)
{
    Message m;
    const Reader r(raw);
    quint16 flags = 0, qd = 0, an = 0, ns = 0, ar = 0;
    if (!r.u16(0, &m.id) || !r.u16(2, &flags) || !r.u16(4, &qd) || !r.u16(6, &an) || !r.u16(8, &ns)
        || !r.u16(10, &ar)) {
        m.error = QStringLiteral("message shorter than the 12-byte header");
        return m;
    }
    m.qr = flags & 0x8000;
    m.opcode = (flags >> 11) & 0x0f;
    m.aa = flags & 0x0400;
    m.tc = flags & 0x0200;
    m.rd = flags & 0x0100;
    m.ra = flags & 0x0080;
    m.ad = flags & 0x0020;
    m.cd = flags & 0x0010;
    m.rcode = flags & 0x000f;
    m.answerCount = an;

    qsizetype pos = 12;
    if (qd > 1) {
        m.error = QStringLiteral("more than one question");
        return m;
    }
    if (qd == 1) {
        quint16 qclass = 0;
        if (!r.name(pos, &m.questionName, &pos) || !r.u16(pos, &m.questionType) || !r.u16(pos + 2, &qclass)) {
            m.error = QStringLiteral("malformed question");
            return m;
        }
        pos += 4;
    }
    // every RR needs at least 11 bytes: the counts cannot make us loop longer than the data allows
    const int total = int(an) + ns + ar;
    for (int i = 0; i < total; ++i) {
        Record rec;
        quint16 type = 0, klass = 0, rdlength = 0;
        quint32 ttl = 0;
        if (!r.name(pos, &rec.name, &pos) || !r.u16(pos, &type) || !r.u16(pos + 2, &klass) || !r.u32(pos + 4, &ttl)
            || !r.u16(pos + 8, &rdlength)) {
            m.error = QStringLiteral("malformed resource record %1").arg(i + 1);
            return m;
        }
        pos += 10;
        if (pos + rdlength > r.size()) {
            m.error = QStringLiteral("RDATA of record %1 runs past the end").arg(i + 1);
            return m;
        }
        if (i >= an + ns && type == kTypeOpt) {
            // RFC 6891 §6.1.3: CLASS = UDP payload size, TTL = EXTENDED-RCODE(8) VERSION(8) DO Z
            m.hasOpt = true;
            m.ednsUdpSize = klass;
            m.rcode |= int((ttl >> 24) & 0xff) << 4;
        } else if (i < an && klass == 1 && isKnownType(type)) {
            rec.type = static_cast<RecordType>(type);
            rec.ttl = ttl;
            if (!decodeRdata(r, pos, rdlength, &rec)) {
                m.error = QStringLiteral("malformed %1 RDATA in answer %2")
                              .arg(QString::fromLatin1(typeName(rec.type)))
                              .arg(i + 1);
                return m;
            }
            m.answers.append(std::move(rec));
        }
        pos += rdlength;
    }
    txtFromCares(raw, m.answers);
    m.valid = true;
    return m;
}

void fillAnswer(Answer& answer, const Message& message)
{
    answer.records.clear();
    answer.cnameChain.clear();
    answer.rcode = message.rcode;
    answer.authenticated = message.ad;
    answer.authoritative = message.aa;
    answer.truncatedUdp = message.tc;
    if (!message.valid || !message.qr || message.opcode != 0) {
        answer.outcome = Outcome::OtherError;
        answer.errorText = QCoreApplication::translate("Deliverbench::Dns", "malformed answer: %1")
                               .arg(message.valid ? QStringLiteral("not a standard query response") : message.error);
        return;
    }
    switch (message.rcode) {
    case 0: break;
    case 2: answer.outcome = Outcome::ServFail; break;
    case 3: answer.outcome = Outcome::NxDomain; break;
    case 5: answer.outcome = Outcome::Refused; break;
    default:
        answer.outcome = Outcome::OtherError;
        answer.errorText = QCoreApplication::translate("Deliverbench::Dns", "the server answered %1")
                               .arg(QString::fromLatin1(rcodeName(message.rcode)));
        break;
    }

    // follow the CNAME chain from the query name (RFC 1034 §3.6.2), also for NXDOMAIN (dangling CNAME)
    QSet<QByteArray> owners;
    QByteArray current = normalizeName(answer.name);
    owners.insert(current);
    if (answer.type != RecordType::CNAME) {
        for (int step = 0; step < kMaxChain; ++step) {
            const Record* next = nullptr;
            for (const Record& r : message.answers) {
                if (r.type == RecordType::CNAME && normalizeName(r.name) == current) {
                    next = &r;
                    break;
                }
            }
            if (!next)
                break;
            current = normalizeName(next->target);
            if (owners.contains(current))
                break; // loop
            owners.insert(current);
            answer.cnameChain.append(next->target);
        }
    }
    for (const Record& r : message.answers) {
        if (r.type == answer.type && owners.contains(normalizeName(r.name)))
            answer.records.append(r);
    }
    if (message.rcode == 0)
        answer.outcome = answer.records.isEmpty() ? Outcome::NoData : Outcome::NoError;
}

} // namespace Deliverbench::Dns
