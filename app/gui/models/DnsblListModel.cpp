// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DnsblListModel.h"

namespace Deliverbench::Gui {

using namespace Reputation;

int DnsblListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

int DnsblListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsblListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lists.size())
        return {};
    const BlockList& l = m_lists.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return isEnabled(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        QString tip = l.info;
        if (!l.delistUrl.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Delisting: %1").arg(l.delistUrl);
        return tip.isEmpty() ? QVariant() : tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return l.name;
    case ZoneColumn:
        return QString::fromLatin1(l.zone);
    case TypesColumn: {
        QStringList types;
        for (const TargetType t : {Ipv4, Ipv6, Domain}) {
            if (l.accepts(t))
                types.append(targetTypeToken(t));
        }
        return types.join(QStringLiteral(", "));
    }
    case SourceColumn:
        return l.userAdded ? tr("yours") : tr("built-in");
    default:
        return {};
    }
}

bool DnsblListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    setEnabled(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags DnsblListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant DnsblListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("List");
    case ZoneColumn:
        return tr("Zone");
    case TypesColumn:
        return tr("Checks");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

void DnsblListModel::setLists(const QList<BlockList>& builtIn, const QList<BlockList>& user, const QSet<QString>& disabled)
{
    beginResetModel();
    Catalogue merged;
    for (const BlockList& l : builtIn)
        merged.add(l);
    for (BlockList l : user) {
        l.userAdded = true;
        merged.add(l);
    }
    m_lists = merged.lists();
    m_disabled = disabled;
    endResetModel();
}

void DnsblListModel::setEnabled(int row, bool enabled)
{
    if (row < 0 || row >= m_lists.size() || isEnabled(row) == enabled)
        return;
    if (enabled)
        m_disabled.remove(m_lists.at(row).id);
    else
        m_disabled.insert(m_lists.at(row).id);
    const QModelIndex i = index(row, NameColumn);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT userChanged();
}

void DnsblListModel::setAllEnabled(bool enabled)
{
    for (const BlockList& l : std::as_const(m_lists)) {
        if (enabled)
            m_disabled.remove(l.id);
        else
            m_disabled.insert(l.id);
    }
    if (!m_lists.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_lists.size()) - 1, NameColumn), {Qt::CheckStateRole});
    Q_EMIT userChanged();
}

int DnsblListModel::addUserList(const BlockList& list)
{
    BlockList l = list;
    l.userAdded = true;
    for (int row = 0; row < m_lists.size(); ++row) {
        if (m_lists.at(row).id == l.id || m_lists.at(row).zone == l.zone) {
            m_lists[row] = l;
            m_disabled.remove(l.id);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            Q_EMIT userChanged();
            return row;
        }
    }
    const int row = int(m_lists.size());
    beginInsertRows({}, row, row);
    m_lists.append(l);
    m_disabled.remove(l.id);
    endInsertRows();
    Q_EMIT userChanged();
    return row;
}

bool DnsblListModel::removeUserList(int row)
{
    if (row < 0 || row >= m_lists.size() || !m_lists.at(row).userAdded)
        return false;
    beginRemoveRows({}, row, row);
    m_disabled.remove(m_lists.at(row).id);
    m_lists.removeAt(row);
    endRemoveRows();
    Q_EMIT userChanged();
    return true;
}

QList<BlockList> DnsblListModel::userLists() const
{
    QList<BlockList> lists;
    for (const BlockList& l : m_lists) {
        if (l.userAdded)
            lists.append(l);
    }
    return lists;
}

Catalogue DnsblListModel::enabledCatalogue() const
{
    Catalogue c;
    for (int row = 0; row < m_lists.size(); ++row) {
        if (isEnabled(row))
            c.add(m_lists.at(row));
    }
    return c;
}

int DnsblListModel::enabledCount() const
{
    int n = 0;
    for (int row = 0; row < m_lists.size(); ++row)
        n += isEnabled(row) ? 1 : 0;
    return n;
}

} // namespace Deliverbench::Gui
