// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PlacementMatrixModel.h"

#include <QFont>
#include <QLocale>

namespace Deliverbench::Gui {

using Placement::ProviderCounts;

PlacementMatrixModel::PlacementMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PlacementMatrixModel::setSummary(const Placement::PlacementSummary& summary)
{
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

const ProviderCounts& PlacementMatrixModel::counts(int row) const
{
    return row < m_summary.rows.size() ? m_summary.rows.at(row) : m_summary.total;
}

int PlacementMatrixModel::count(const ProviderCounts& counts, int column)
{
    switch (column) {
    case InboxColumn:
        return counts.inbox;
    case TabColumn:
        return counts.tab;
    case SpamColumn:
        return counts.spam;
    case MissingColumn:
        return counts.missing;
    case ErrorColumn:
        return counts.error;
    case TotalColumn:
        return counts.total();
    default:
        return 0;
    }
}

int PlacementMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_summary.rows.isEmpty())
        return 0;
    return int(m_summary.rows.size()) + 1;
}

int PlacementMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totalRow = index.row() == m_summary.rows.size();
    const ProviderCounts& c = counts(index.row());
    const int column = index.column();
    const int n = count(c, column);
    const int total = c.total();
    switch (role) {
    case Qt::DisplayRole:
        if (column == ProviderColumn)
            return totalRow ? tr("Total") : c.provider;
        if (column == TotalColumn)
            return QString::number(n);
        if (total <= 0)
            return QString::number(n);
        return tr("%1 (%2%)").arg(n).arg(QLocale().toString(100.0 * n / total, 'f', 0));
    case CountRole:
        return column == ProviderColumn ? QVariant() : QVariant(n);
    case PercentRole:
        if (column == ProviderColumn || total <= 0)
            return {};
        return 100.0 * n / total;
    case Qt::ToolTipRole:
        if (column == TabColumn && !c.tabs.isEmpty()) {
            QStringList parts;
            for (auto it = c.tabs.cbegin(); it != c.tabs.cend(); ++it)
                parts << tr("%1: %2").arg(it.key()).arg(it.value());
            return parts.join(u'\n');
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == ProviderColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant PlacementMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case InboxColumn:
        return tr("Inbox");
    case TabColumn:
        return tr("Tabs");
    case SpamColumn:
        return tr("Spam");
    case MissingColumn:
        return tr("Missing");
    case ErrorColumn:
        return tr("Error");
    case TotalColumn:
        return tr("Seeds");
    default:
        return {};
    }
}

} // namespace Deliverbench::Gui
