// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Deliverbench::Reputation {

/** @short What a blocklist can be asked about (flags). */
enum TargetType : int {
    Ipv4 = 1,   ///< reversed octets (RFC 5782 §2.1)
    Ipv6 = 2,   ///< reversed nibbles (RFC 5782 §2.4)
    Domain = 4, ///< the name itself (RFC 5782 §2.3)
};

/** @short "ipv4", "ipv6", "domain". */
QString targetTypeToken(TargetType type);

/** @short Tri-state result of one list for one target. */
enum class ListingStatus { Listed, Clear, Unknown };
/** @short "listed", "clear", "unknown". */
QString listingStatusToken(ListingStatus status);

/** @short One documented answer (or range of answers) of a list. */
struct ReturnCode
{
    quint32 first = 0;        ///< IPv4 address as a number
    quint32 last = 0;
    QString meaning;
    ListingStatus status = ListingStatus::Listed; ///< Unknown for refusal codes, Clear for allow answers
    Severity severity = Severity::Error;
};

/** @short One bit of a bitmask list (SURBL, URIBL multi): set in the last octet. */
struct BitCode
{
    quint32 bit = 0;
    QString meaning;
    Severity severity = Severity::Error;
};

/** @short One DNSBL / URIBL of the catalogue. */
struct BlockList
{
    QString id;                ///< stable, lower case ("spamhaus-zen")
    QString name;              ///< "Spamhaus ZEN"
    QByteArray zone;           ///< "zen.spamhaus.org"
    int types = Ipv4;          ///< TargetType flags
    QList<ReturnCode> codes;
    QList<BitCode> bits;       ///< non-empty: the last octet is a bitmask
    QString delistUrl;
    QString info;              ///< a note for people (registration needed, aggressive, …)
    Severity severity = Severity::Error; ///< of an undocumented listing code
    bool userAdded = false;

    bool accepts(TargetType type) const { return (types & type) != 0; }
    QJsonObject toJson() const;
};

/** @short How one answer address is read by a list. */
struct AnswerMeaning
{
    ListingStatus status = ListingStatus::Listed;
    QString meaning;
    Severity severity = Severity::Error;
};

/** @short Reads one A answer of `list` (RFC 5782 §2.1: 127.0.0.0/8; anything else is not a listing). */
AnswerMeaning interpretAnswer(const BlockList& list, const QHostAddress& answer);

/**
 * @short The catalogue of blocklists: the built-in JSON (resources/dnsbl/catalogue.json) or a
 * user's file in the same format, plus user-added lists.
 */
class Catalogue
{
    // Not qualified on purpose: lupdate 6.4 loses the namespace after `enum TargetType : int` above
    // and files Catalogue's strings under "Catalogue" (translations/*.ts); with the same context
    // here they match, and still do once lupdate sees the class (it then uses this argument).
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    /** @short The shipped catalogue (embedded Qt resource). */
    static const Catalogue& builtIn();
    /** @short Parses the catalogue JSON; `origin` names it in errors. */
    static Result<Catalogue> fromJson(const QByteArray& json, const QString& origin);
    static Result<Catalogue> fromFile(const QString& path);
    /** @short A user list with generic codes: any 127.0.0.0/8 answer except 127.0.0.1 is a listing. */
    static BlockList userList(const QByteArray& zone, int types);

    const QList<BlockList>& lists() const { return m_lists; }
    /** @short Adds a list, replacing one with the same id or zone. */
    void add(const BlockList& list);
    const BlockList* find(QStringView idOrZone) const;
    qsizetype size() const { return m_lists.size(); }
    QJsonObject toJson() const;

private:
    QList<BlockList> m_lists;
};

} // namespace Deliverbench::Reputation
