// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/KeyFetcher.h"

#include "dns/Resolver.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

namespace Deliverbench::Auth {

KeyFetcher::~KeyFetcher() = default;

DnsKeyFetcher::DnsKeyFetcher(Dns::Resolver& resolver)
    : m_resolver(resolver)
{
}

void DnsKeyFetcher::fetch(const QByteArray& name, QObject* context, Callback callback)
{
    m_resolver.query(name, Dns::RecordType::TXT, context, [name, callback = std::move(callback)](const Dns::Answer& answer) {
        KeyLookup lookup;
        lookup.name = name;
        lookup.outcome = answer.outcome;
        lookup.texts = answer.texts();
        lookup.errorText = answer.errorText;
        lookup.server = answer.server;
        callback(lookup);
    });
}

void MemoryKeyFetcher::addRecord(const QByteArray& name, const QByteArray& text)
{
    Entry& entry = m_entries[Dns::normalizeName(name)];
    if (entry.outcome != Dns::Outcome::NoError) {
        entry.outcome = Dns::Outcome::NoError;
        entry.texts.clear();
    }
    entry.texts.append(text);
}

void MemoryKeyFetcher::setRecord(const QByteArray& name, const QByteArray& text)
{
    m_entries[Dns::normalizeName(name)] = Entry{Dns::Outcome::NoError, {text}};
}

void MemoryKeyFetcher::setOutcome(const QByteArray& name, Dns::Outcome outcome)
{
    m_entries[Dns::normalizeName(name)] = Entry{outcome, {}};
}

int MemoryKeyFetcher::loadText(QByteArrayView text)
{
    int count = 0;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(';') || line.startsWith('#'))
            continue;
        qsizetype ws = 0;
        while (ws < line.size() && line.at(ws) != ' ' && line.at(ws) != '\t')
            ++ws;
        const QByteArray owner = line.left(ws);
        QByteArray rest = line.mid(ws).trimmed();
        if (rest.startsWith("TXT ") || rest.startsWith("TXT\t"))
            rest = rest.mid(3).trimmed();
        if (rest == "NXDOMAIN") {
            setOutcome(owner, Dns::Outcome::NxDomain);
            continue;
        }
        if (rest.startsWith("~~")) {
            setOutcome(owner, rest.contains("timed out") ? Dns::Outcome::Timeout : Dns::Outcome::ServFail);
            continue;
        }
        QByteArray record;
        if (rest.startsWith('"')) {
            const qsizetype close = rest.indexOf('"', 1);
            record = close < 0 ? rest.mid(1) : rest.mid(1, close - 1);
        } else {
            record = rest;
        }
        addRecord(owner, record);
        ++count;
    }
    return count;
}

int MemoryKeyFetcher::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return loadText(file.read(4 * 1024 * 1024));
}

KeyLookup MemoryKeyFetcher::lookup(const QByteArray& name) const
{
    KeyLookup lookup;
    lookup.name = name;
    lookup.server = QStringLiteral("memory");
    const auto it = m_entries.constFind(Dns::normalizeName(name));
    if (it == m_entries.constEnd()) {
        lookup.outcome = Dns::Outcome::NxDomain;
        return lookup;
    }
    lookup.outcome = it->outcome;
    lookup.texts = it->texts;
    if (lookup.outcome == Dns::Outcome::NoError && lookup.texts.isEmpty())
        lookup.outcome = Dns::Outcome::NoData;
    if (lookup.outcome == Dns::Outcome::Timeout)
        lookup.errorText = Dns::outcomeText(lookup.outcome);
    return lookup;
}

void MemoryKeyFetcher::fetch(const QByteArray& name, QObject* context, Callback callback)
{
    ++m_lookups;
    KeyLookup result = lookup(name);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, [guard, hadContext, result = std::move(result), callback = std::move(callback)] {
        if (hadContext && !guard)
            return;
        callback(result);
    });
}

} // namespace Deliverbench::Auth
