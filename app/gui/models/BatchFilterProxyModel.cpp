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

bool BatchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_key.isEmpty() && !index.data(BatchTableModel::VerdictKeysRole).toStringList().contains(m_key))
        return false;
    if (!m_text.isEmpty() && !index.data(FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Deliverbench::Gui
