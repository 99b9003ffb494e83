// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Transcript.h"

namespace Deliverbench::Net {

QByteArray TranscriptEntry::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::Client:
        return QByteArrayLiteral("C");
    case Kind::Server:
        return QByteArrayLiteral("S");
    case Kind::Tls:
        return QByteArrayLiteral("TLS");
    case Kind::Event:
        break;
    }
    return QByteArrayLiteral("*");
}

QString TranscriptEntry::toString() const
{
    QByteArray shown;
    shown.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f) {
            static const char hex[] = "0123456789abcdef";
            shown += "\\x";
            shown += hex[u >> 4];
            shown += hex[u & 0xf];
        } else {
            shown += c;
        }
    }
    return QStringLiteral("+%1.%2 ")
               .arg(elapsedMs / 1000)
               .arg(elapsedMs % 1000, 3, 10, QLatin1Char('0'))
        + QString::fromLatin1(kindToken(kind)) + QStringLiteral(": ") + QString::fromLatin1(shown);
}

Transcript::Transcript(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

void Transcript::restart()
{
    m_entries.clear();
    m_dropped = 0;
    m_inSasl = false;
    m_clock.start();
}

QByteArray Transcript::redactClientLine(const QByteArray& line)
{
    // RFC 4954 §4: AUTH mechanism [initial-response]; the initial response carries credentials
    if (line.size() >= 5 && line.left(5).toUpper() == "AUTH ") {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() > 2)
            return words.at(0) + ' ' + words.at(1) + " [redacted]";
    }
    return line;
}

void Transcript::addClient(const QByteArray& line)
{
    if (m_inSasl) {
        add(TranscriptEntry::Kind::Client, QByteArrayLiteral("[redacted]"));
        return;
    }
    if (line.size() >= 5 && line.left(5).toUpper() == "AUTH ")
        m_inSasl = true;
    add(TranscriptEntry::Kind::Client, redactClientLine(line));
}

void Transcript::addServer(const QByteArray& line)
{
    // a SASL exchange continues while the server sends 334 challenges (RFC 4954 §4)
    if (m_inSasl && !line.startsWith("334"))
        m_inSasl = false;
    add(TranscriptEntry::Kind::Server, line);
}

void Transcript::addTls(const QByteArray& text)
{
    add(TranscriptEntry::Kind::Tls, text);
}

void Transcript::addEvent(const QByteArray& text)
{
    add(TranscriptEntry::Kind::Event, text);
}

QStringList Transcript::lines() const
{
    QStringList out;
    out.reserve(m_entries.size() + 1);
    for (const TranscriptEntry& entry : m_entries)
        out.append(entry.toString());
    if (m_dropped > 0)
        out.append(QStringLiteral("… %1 more lines not kept").arg(m_dropped));
    return out;
}

void Transcript::add(TranscriptEntry::Kind kind, const QByteArray& text)
{
    if (m_entries.size() >= kMaxEntries) {
        ++m_dropped;
        return;
    }
    TranscriptEntry entry;
    entry.elapsedMs = elapsedMs();
    entry.kind = kind;
    entry.text = text.size() > kMaxLineBytes ? text.left(kMaxLineBytes) + "..." : text;
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
}

} // namespace Deliverbench::Net
