// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuthTableModel.h"

#include "models/Roles.h"
#include "widgets/AuthBadge.h"
#include "widgets/SeverityIcons.h"

namespace Deliverbench::Gui {

AuthTableModel::AuthTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuthTableModel::setHeaders(const QStringList& headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void AuthTableModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString AuthTableModel::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).cells.size())
        return {};
    return m_rows.at(row).cells.at(column).text;
}

int AuthTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant AuthTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == OffsetRole)
        return r.offset;
    if (role == LengthRole)
        return r.length;
    if (index.column() >= r.cells.size())
        return {};
    const Cell& c = r.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? c.text : c.toolTip;
    case Qt::DecorationRole:
        if (!c.badge.isEmpty())
            return severityIcon(authResultSeverity(c.badge));
        return {};
    case SeverityRole:
        if (!c.badge.isEmpty())
            return int(authResultSeverity(c.badge));
        return {};
    case CodeRole:
        return QString::fromLatin1(c.badge);
    case FilterTextRole:
        return c.text;
    default:
        return {};
    }
}

QVariant AuthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Deliverbench::Gui
