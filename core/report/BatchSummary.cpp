// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BatchSummary.h"

#include "auth/dkim/DkimTagList.h"
#include "auth/dmarc/DmarcCheck.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Deliverbench::Report {

namespace {

constexpr int kMaxSignatures = 32;

QJsonObject countsJson(const QMap<QString, int>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

BatchEntry batchEntryFromMessage(const Mail::Message& message)
{
    BatchEntry e;
    const Auth::FromDomainResult from = Auth::extractFromDomain(message);
    e.sendingDomain = QString::fromUtf8(from.domain).toLower();
    int n = 0;
    for (const Mail::HeaderField* f : message.headers().all("DKIM-Signature")) {
        if (++n > kMaxSignatures)
            break;
        Auth::DkimTagList tags;
        Auth::DkimProblem problem;
        if (!Auth::parseDkimTagList(f->unfolded(), &tags, &problem))
            continue;
        const QString d = QString::fromUtf8(Auth::dkimStripFws(tags.value("d"))).toLower();
        if (!d.isEmpty() && !e.dkimDomains.contains(d))
            e.dkimDomains.append(d);
    }
    e.bounces = classifyBounceMessage(message);
    return e;
}

QString BatchSummary::sendingDomainKey(const BatchEntry& entry)
{
    return entry.sendingDomain.isEmpty() ? tr("(none)") : entry.sendingDomain;
}

QStringList BatchSummary::dkimDomainKeys(const BatchEntry& entry)
{
    if (entry.dkimDomains.isEmpty())
        return {tr("(unsigned)")};
    QStringList keys;
    for (const QString& d : entry.dkimDomains) {
        if (!keys.contains(d))
            keys.append(d);
    }
    return keys;
}

QString BatchSummary::verdictKey(const BatchEntry& entry)
{
    return entry.verdict.isEmpty() ? tr("(none)") : entry.verdict;
}

QString BatchSummary::groupKey(const BatchEntry& entry)
{
    return entry.sendingDomain + QChar(0x1f) + entry.dkimDomains.join(QLatin1Char(',')) + QChar(0x1f) + entry.verdict;
}

QString BatchSummary::groupKey(const BatchGroup& group)
{
    return group.sendingDomain + QChar(0x1f) + group.dkimDomains + QChar(0x1f) + group.verdict;
}

QString BatchSummary::bounceDomainKey(const BounceRecord& record)
{
    return record.domain.isEmpty() ? QStringLiteral("(unknown)") : record.domain;
}

void BatchSummary::add(const BatchEntry& entry)
{
    ++m_messages;
    ++m_bySendingDomain[sendingDomainKey(entry)];
    for (const QString& d : dkimDomainKeys(entry))
        ++m_byDkimDomain[d];
    ++m_byVerdict[verdictKey(entry)];
    ++m_groups[QStringList{entry.sendingDomain, entry.dkimDomains.join(QLatin1Char(',')), entry.verdict}];
    m_bounces.add(entry.bounces);
}

QList<BatchGroup> BatchSummary::groups() const
{
    QList<BatchGroup> out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        out.append({it.key().at(0), it.key().at(1), it.key().at(2), it.value()});
    std::stable_sort(out.begin(), out.end(), [](const BatchGroup& a, const BatchGroup& b) { return a.count > b.count; });
    return out;
}

QJsonObject BatchSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("messages"), m_messages);
    QJsonArray groupsJson;
    for (const BatchGroup& g : groups()) {
        groupsJson.append(QJsonObject{{QStringLiteral("sendingDomain"), g.sendingDomain},
                                      {QStringLiteral("dkimDomains"), g.dkimDomains},
                                      {QStringLiteral("verdict"), g.verdict},
                                      {QStringLiteral("count"), g.count}});
    }
    o.insert(QStringLiteral("groups"), groupsJson);
    o.insert(QStringLiteral("bySendingDomain"), countsJson(m_bySendingDomain));
    o.insert(QStringLiteral("byDkimDomain"), countsJson(m_byDkimDomain));
    o.insert(QStringLiteral("byVerdict"), countsJson(m_byVerdict));
    o.insert(QStringLiteral("bounces"), m_bounces.toJson());
    return o;
}

QString BatchSummary::toText() const
{
    const QList<BatchGroup> gs = groups();
    const QString hDomain = tr("sending domain");
    const QString hDkim = tr("DKIM d=");
    const QString hVerdict = tr("verdict");
    const QString hCount = tr("messages");
    qsizetype w1 = hDomain.size(), w2 = hDkim.size(), w3 = hVerdict.size();
    for (const BatchGroup& g : gs) {
        w1 = qMax(w1, orDash(g.sendingDomain).size());
        w2 = qMax(w2, orDash(g.dkimDomains).size());
        w3 = qMax(w3, orDash(g.verdict).size());
    }
    w1 = qMin<qsizetype>(w1, 60);
    w2 = qMin<qsizetype>(w2, 60);
    QString out;
    out += tr("%n message(s)", nullptr, m_messages) + QLatin1Char('\n') + QLatin1Char('\n');
    out += hDomain.leftJustified(w1) + QStringLiteral("  ") + hDkim.leftJustified(w2) + QStringLiteral("  ")
        + hVerdict.leftJustified(w3) + QStringLiteral("  ") + hCount + QLatin1Char('\n');
    for (const BatchGroup& g : gs) {
        out += orDash(g.sendingDomain).leftJustified(w1) + QStringLiteral("  ") + orDash(g.dkimDomains).leftJustified(w2)
            + QStringLiteral("  ") + orDash(g.verdict).leftJustified(w3) + QStringLiteral("  ") + QString::number(g.count)
            + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("By verdict:");
    for (auto it = m_byVerdict.cbegin(); it != m_byVerdict.cend(); ++it)
        out += QStringLiteral(" %1 %2").arg(it.key()).arg(it.value());
    out += QLatin1Char('\n');
    if (m_bounces.bounces > 0) {
        out += QLatin1Char('\n') + tr("Bounces: %1 message(s), %2 recipient(s)").arg(m_bounces.bounces).arg(m_bounces.recipients)
            + QLatin1Char('\n') + tr("  by cause:");
        for (auto it = m_bounces.byCause.cbegin(); it != m_bounces.byCause.cend(); ++it)
            out += QStringLiteral(" %1 %2").arg(it.key()).arg(it.value());
        out += QLatin1Char('\n');
        for (auto it = m_bounces.byDomain.cbegin(); it != m_bounces.byDomain.cend(); ++it) {
            out += QStringLiteral("  ") + it.key() + QLatin1Char(':');
            for (auto inner = it.value().cbegin(); inner != it.value().cend(); ++inner)
                out += QStringLiteral(" %1 %2").arg(inner.key()).arg(inner.value());
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace Deliverbench::Report
