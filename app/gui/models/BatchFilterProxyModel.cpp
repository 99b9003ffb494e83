// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BatchFilterProxyModel.h"

#include "models/BatchTableModel.h"
#include "models/Roles.h"

namespace Deliverbench::Gui {

BatchFilterProxyModel::BatchFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BatchTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void BatchFilterProxyModel::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void BatchFilterProxyModel::setVerdictFilter(const QString& key)
{
    if (key == m_key)
        return;
    m_key = key;
    invalidateFilter();
}

void BatchFilterProxyModel::setGroupFilter(const QString& dimension, const QString& key, const QString& cause)
{
    if (dimension == m_groupDimension && key == m_groupKey && cause == m_groupCause)
        return;
    m_groupDimension = dimension;
    m_groupKey = key;
    m_groupCause = cause;
    invalidateFilter();
}

bool BatchFilterProxyModel::inGroup(int sourceRow) const
{
    const auto* model = qobject_cast<const BatchTableModel*>(sourceModel());
    if (model == nullptr || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    using Report::BatchSummary;
    const Report::BatchEntry entry = model->batchEntry(sourceRow);
    if (m_groupDimension == QStringLiteral("group"))
        return BatchSummary::groupKey(entry) == m_groupKey;
    if (m_groupDimension == QStringLiteral("sendingDomain"))
        return BatchSummary::sendingDomainKey(entry) == m_groupKey;
    if (m_groupDimension == QStringLiteral("dkimDomain"))
        return BatchSummary::dkimDomainKeys(entry).contains(m_groupKey);
    if (m_groupDimension == QStringLiteral("verdict"))
        return BatchSummary::verdictKey(entry) == m_groupKey;
    for (const Report::BounceRecord& record : entry.bounces) {
        const QString cause = Report::bounceCauseToken(record.classification.cause);
        if (m_groupDimension == QStringLiteral("cause") && cause == m_groupKey)
            return true;
        if (m_groupDimension == QStringLiteral("receivingDomain") && BatchSummary::bounceDomainKey(record) == m_groupKey
            && (m_groupCause.isEmpty() || cause == m_groupCause))
            return true;
    }
    return false;
}

bool BatchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_groupDimension.isEmpty() && !inGroup(sourceRow))
        return false;
    if (!m_key.isEmpty() && !index.data(BatchTableModel::VerdictKeysRole).toStringList().contains(m_key))
        return false;
    if (!m_text.isEmpty() && !index.data(FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Deliverbench::Gui
