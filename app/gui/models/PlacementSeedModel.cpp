// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PlacementSeedModel.h"

#include <QLocale>

namespace Deliverbench::Gui {

using Placement::PlacementKind;
using Placement::SeedResult;

PlacementSeedModel::PlacementSeedModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PlacementSeedModel::setResults(const QList<SeedResult>& results)
{
    beginResetModel();
    m_results = results;
    m_polling = QList<bool>(results.size(), false);
    endResetModel();
}

void PlacementSeedModel::updateResult(int row, const SeedResult& result, bool polling)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    m_polling[row] = polling;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PlacementSeedModel::setPolling(int row, bool polling)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_polling[row] = polling;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString PlacementSeedModel::placementText(const SeedResult& result)
{
    switch (result.placement) {
    case PlacementKind::Inbox:
        return tr("Inbox");
    case PlacementKind::Tab:
        return tr("Tab: %1").arg(result.tab);
    case PlacementKind::Spam:
        return tr("Spam");
    case PlacementKind::Missing:
        return tr("Missing");
    case PlacementKind::Error:
        return tr("Error");
    }
    return {};
}

QString PlacementSeedModel::delayText(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const qint64 s = qAbs(seconds);
    if (s < 60)
        return sign + tr("%1 s").arg(s);
    if (s < 3600)
        return sign + tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return sign + tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

int PlacementSeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int PlacementSeedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementSeedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const SeedResult& r = m_results.at(index.row());
    const bool polling = m_polling.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn:
            return r.seed.provider;
        case AddressColumn:
            return r.seed.address;
        case PlacementColumn:
            if (polling && r.placement == PlacementKind::Missing)
                return tr("Polling…");
            return placementText(r);
        case FolderColumn:
            return r.folder;
        case ArrivalColumn:
            return r.arrival.isValid() ? QLocale().toString(r.arrival.toLocalTime(), QLocale::ShortFormat) : QString();
        case DelayColumn:
            return r.delaySeconds ? delayText(*r.delaySeconds) : QString();
        case ErrorColumn:
            return r.error;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !r.error.isEmpty())
            return r.error;
        if (!r.copies.isEmpty())
            return tr("Double-click to open the delivered copy in the Message workspace");
        return {};
    case PlacementTokenRole:
        return r.placementText();
    case DelaySecondsRole:
        return r.delaySeconds ? QVariant(*r.delaySeconds) : QVariant();
    case HasCopyRole:
        return !r.copies.isEmpty();
    default:
        return {};
    }
}

QVariant PlacementSeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case AddressColumn:
        return tr("Address");
    case PlacementColumn:
        return tr("Placement");
    case FolderColumn:
        return tr("Folder");
    case ArrivalColumn:
        return tr("Arrival");
    case DelayColumn:
        return tr("Delay since send");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace Deliverbench::Gui
