// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Deliverbench::Dns {

/** @short Record types the resolver decodes; values are the RR TYPE codes (RFC 1035 §3.2.2, RFC 3596, RFC 6698). */
enum class RecordType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    TLSA = 52,
};

/**
 * @short How a query ended. Each is distinct: "no record" (NoData) is never a failure, and a
 * failure (ServFail, Refused, Timeout, OtherError) is never "no record".
 */
enum class Outcome {
    NoError,    ///< RCODE 0 and at least one record of the asked type (RFC 1035 §4.1.1)
    NxDomain,   ///< RCODE 3: the name does not exist (RFC 8020)
    NoData,     ///< RCODE 0, the name exists but has no record of this type (RFC 2308 §2.2)
    ServFail,   ///< RCODE 2
    Refused,    ///< RCODE 5
    Timeout,    ///< no answer within timeoutMs × tries
    OtherError, ///< any other RCODE, a malformed answer, no server reachable, a bad name
};

/** @short Stable token of a type ("A", "TXT", …), as in zone files. */
QByteArray typeName(RecordType type);
/** @short Parses a type token (case-insensitive); false for an unknown or unsupported one. */
bool typeFromName(QByteArrayView name, RecordType* out);
/** @short Stable, untranslated token of an outcome: "NOERROR", "NXDOMAIN", "NODATA", "SERVFAIL", "REFUSED", "TIMEOUT", "ERROR". */
QByteArray outcomeToken(Outcome outcome);
/** @short Translated one-line description of an outcome, for people. */
QString outcomeText(Outcome outcome);
/** @short Mnemonic of a response code (RFC 1035 §4.1.1, RFC 6895 §2.3): "NOERROR", "SERVFAIL", … or "RCODE<n>". */
QByteArray rcodeName(int rcode);

/** @short SOA RDATA (RFC 1035 §3.3.13). */
struct SoaData
{
    QByteArray mname;
    QByteArray rname;
    quint32 serial = 0;
    quint32 refresh = 0;
    quint32 retry = 0;
    quint32 expire = 0;
    quint32 minimum = 0;
};

/** @short TLSA RDATA (RFC 6698 §2.1). */
struct TlsaData
{
    quint8 usage = 0;
    quint8 selector = 0;
    quint8 matchingType = 0;
    QByteArray data; ///< certificate association data, raw bytes
};

/**
 * @short One resource record. Names are in presentation form as received (RFC 4343: compare
 * them case-insensitively, normalizeName()), without the trailing dot; the root name is ".".
 * Only the fields of `type` are set.
 */
struct Record
{
    RecordType type = RecordType::A;
    QByteArray name;          ///< owner name
    quint32 ttl = 0;
    QHostAddress address;     ///< A, AAAA
    quint16 preference = 0;   ///< MX
    QByteArray target;        ///< MX exchange, CNAME, PTR, NS target ("." for a null MX, RFC 7505)
    QByteArray text;          ///< TXT: the character-strings of this RR joined without separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2)
    QList<QByteArray> strings;///< TXT: the character-strings as published
    SoaData soa;
    TlsaData tlsa;

    /** @short RDATA in zone-file presentation form (TXT strings quoted), e.g. `10 mail.example.test.`. */
    QByteArray rdataText() const;
    /** @short `name. TTL IN TYPE rdata`. */
    QByteArray toText() const;
};

/** @short The result of one lookup (name, type). */
struct Answer
{
    QByteArray name;                  ///< as asked, without a trailing dot
    RecordType type = RecordType::A;
    Outcome outcome = Outcome::OtherError;
    QList<Record> records;            ///< records of `type` from the answer section (after CNAMEs)
    QList<QByteArray> cnameChain;     ///< CNAME targets followed from `name`, in order (RFC 1034 §3.6.2)
    int rcode = -1;                   ///< RCODE of the response, -1 without one (timeout, error)
    bool authenticated = false;       ///< AD bit of the response (RFC 4035 §3.2.3, RFC 6840 §5.7)
    bool authoritative = false;       ///< AA bit
    bool truncatedUdp = false;        ///< reserved: c-ares retries truncated UDP answers over TCP itself
    QString server;                   ///< server that answered ("127.0.0.1:53", "[::1]:53"), or the configured list
    QDateTime started;                ///< UTC
    qint64 elapsedMs = 0;
    bool fromOverlay = false;         ///< answered by the what-if ZoneOverlay, no server asked
    bool fromCache = false;           ///< answered from the per-run cache or by a query already in flight
    QString errorText;                ///< translated detail for Timeout / OtherError

    bool isSuccess() const { return outcome == Outcome::NoError; }
    /** @short NXDOMAIN or NODATA: the DNS said there is no such record (RFC 2308). */
    bool isNegative() const { return outcome == Outcome::NxDomain || outcome == Outcome::NoData; }
    /** @short The TXT records joined per RR (shortcut for records[i].text). */
    QList<QByteArray> texts() const;
    /** @short One line per record in presentation form, or the outcome token when there is none. */
    QByteArray answerText() const;
};

/** @short Lower case (ASCII) and without a trailing dot; "." stays ".". The key of the cache and the overlay. */
QByteArray normalizeName(QByteArrayView name);
/** @short True for a syntactically usable query name: 1..253 octets, labels 1..63 (RFC 1035 §2.3.4). */
bool isValidQueryName(QByteArrayView name);

/** @short The reverse-lookup name: "25.2.0.192.in-addr.arpa" (RFC 1035 §3.5) or the ip6.arpa nibble form (RFC 3596 §2.5). Empty for a null address. */
QByteArray reverseName(const QHostAddress& address);
/** @short reverseName() of an address in text form; empty when `ip` is not an address. */
QByteArray reverseName(QStringView ip);

} // namespace Deliverbench::Dns
