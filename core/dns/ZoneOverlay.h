// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace Deliverbench::Dns {

/** @short A problem found while reading an overlay zone file; `line` is 1-based. */
struct ZoneDiagnostic
{
    enum class Level { Warning, Error };
    Level level = Level::Error;
    int line = 0;
    QString message; ///< translated, one line
};

/**
 * @short What-if records read from zone-file text (RFC 1035 §5.1) that replace the real answers
 * for their (name, type): "as if this record were published".
 *
 * Understands $ORIGIN, $TTL, `@`, relative names, an omitted owner (leading blank), TTL and class
 * in either order, TTL units (1h30m), parenthesised multi-line records, `;` comments and quoted
 * strings with `\X` / `\DDD` escapes. Record types: A, AAAA, MX, TXT, CNAME, PTR, NS; other types
 * are skipped with a warning. $INCLUDE and $GENERATE are refused (an overlay never reads files).
 * The input is untrusted: the parser is a single forward pass over the bytes with bounded sizes
 * (kMaxInputBytes, kMaxRecords, kMaxTokensPerRecord, kMaxDiagnostics) and never fails hard:
 * a broken record is reported and skipped.
 */
class ZoneOverlay
{
public:
    static constexpr qsizetype kMaxInputBytes = 4 * 1024 * 1024;
    static constexpr int kMaxRecords = 10000;
    static constexpr int kMaxTokensPerRecord = 512;
    static constexpr int kMaxDiagnostics = 200;
    static constexpr int kMaxCharacterString = 255; ///< RFC 1035 §3.3

    /** @short Parses zone-file text; `origin` is the initial $ORIGIN (e.g. the audited domain), may be empty. */
    static ZoneOverlay parse(QByteArrayView text, QByteArrayView origin = {});

    bool isEmpty() const { return m_records.isEmpty(); }
    /** @short Every record, in file order (owner names normalised: lower case, no trailing dot). */
    const QList<Record>& records() const { return m_records; }
    /** @short True when the overlay defines records of `type` at `name`. */
    bool contains(QByteArrayView name, RecordType type) const;
    /** @short The overlay records of (name, type); empty when the overlay says nothing about it. */
    QList<Record> lookup(QByteArrayView name, RecordType type) const;
    /** @short Adds one record (owner name is normalised). */
    void addRecord(Record record);

    const QList<ZoneDiagnostic>& diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

private:
    QList<Record> m_records;
    QHash<QByteArray, QList<qsizetype>> m_index; ///< "name|type" -> indexes into m_records
    QList<ZoneDiagnostic> m_diagnostics;

    friend class ZoneParser;
};

} // namespace Deliverbench::Dns
