// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Deliverbench::Net {

/** @short One line of a protocol conversation. */
struct TranscriptEntry
{
    enum class Kind { Client, Server, Tls, Event };

    qint64 elapsedMs = 0; ///< since the transcript started
    Kind kind = Kind::Event;
    QByteArray text;      ///< line without its line break (client AUTH payloads already redacted)

    /** @short "C", "S", "TLS" or "*". */
    static QByteArray kindToken(Kind kind);
    /** @short "+0.012 S: 220 mx.example ESMTP": control and non-ASCII bytes shown as \\xNN. */
    QString toString() const;
};

/**
 * @short Timestamped transcript of a protocol session (sent and received lines, TLS events).
 *
 * Credentials never enter it: a client `AUTH MECH initial-response` keeps only the mechanism,
 * and client lines answering a server 334 challenge (RFC 4954 §4) are replaced by "[redacted]".
 * Bounded: past kMaxEntries lines only a count of dropped lines is kept.
 */
class Transcript : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxEntries = 5000;
    static constexpr qsizetype kMaxLineBytes = 2048;

    explicit Transcript(QObject* parent = nullptr);

    /** @short Resets the clock and the entries. */
    void restart();
    void addClient(const QByteArray& line);
    void addServer(const QByteArray& line);
    void addTls(const QByteArray& text);
    void addEvent(const QByteArray& text);

    const QList<TranscriptEntry>& entries() const { return m_entries; }
    qsizetype droppedCount() const { return m_dropped; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    /** @short Every entry as toString(). */
    QStringList lines() const;

    /** @short The redaction applied to a client line outside a SASL exchange ("AUTH PLAIN xyz" → "AUTH PLAIN [redacted]"). */
    static QByteArray redactClientLine(const QByteArray& line);

Q_SIGNALS:
    void entryAdded(const Deliverbench::Net::TranscriptEntry& entry);

private:
    void add(TranscriptEntry::Kind kind, const QByteArray& text);

    QElapsedTimer m_clock;
    QList<TranscriptEntry> m_entries;
    qsizetype m_dropped = 0;
    bool m_inSasl = false; ///< a client AUTH was sent and the exchange has not ended
};

} // namespace Deliverbench::Net
