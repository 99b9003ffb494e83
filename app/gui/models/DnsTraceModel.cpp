// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DnsTraceModel.h"

#include "models/Roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Deliverbench::Gui {

DnsTraceModel::DnsTraceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DnsTraceModel::setEntries(const QList<Dns::QueryLogEntry>& entries)
{
    beginResetModel();
    m_entries = entries.mid(0, Dns::QueryLog::kMaxEntries);
    endResetModel();
}

void DnsTraceModel::append(const Dns::QueryLogEntry& entry)
{
    if (m_entries.size() >= Dns::QueryLog::kMaxEntries)
        return;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void DnsTraceModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString DnsTraceModel::overlayMarker()
{
    return tr("what-if");
}

int DnsTraceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DnsTraceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DnsTraceModel::cellText(const Dns::QueryLogEntry& e, int column) const
{
    switch (column) {
    case NameColumn: return QString::fromLatin1(e.name);
    case TypeColumn: return QString::fromLatin1(Dns::typeName(e.type));
    case ServerColumn: return e.fromOverlay ? tr("(overlay)") : e.server;
    case OutcomeColumn: {
        const QString token = QString::fromLatin1(Dns::outcomeToken(e.outcome));
        return e.rcode >= 0 ? tr("%1 (rcode %2)").arg(token).arg(e.rcode) : token;
    }
    case AnswerColumn:
        if (!e.errorText.isEmpty()) // a failed lookup has no records: the resolver's reason says more than "ERROR"
            return e.errorText.left(4000);
        return QString::fromUtf8(e.answerText.left(4000)).replace(u'\n', QStringLiteral(" | "));
    case TimeColumn: return tr("%1 ms").arg(e.elapsedMs);
    case CachedColumn: return e.fromCache ? tr("cached") : QString();
    case OverlayColumn: return e.fromOverlay ? overlayMarker() : QString();
    default: return {};
    }
}

QString DnsTraceModel::rowText(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << cellText(m_entries.at(row), c);
    return cells.join(u'\t');
}

QVariant DnsTraceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Dns::QueryLogEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == AnswerColumn)
            return e.errorText.isEmpty() ? QString::fromUtf8(e.answerText.left(4000)) : e.errorText.left(4000);
        if (e.fromOverlay)
            return tr("Answered by the what-if overlay, not by a DNS server");
        return {};
    case Qt::BackgroundRole:
        if (e.fromOverlay)
            return QBrush(QColor(255, 236, 179)); // amber: not a real answer
        return {};
    case Qt::FontRole:
        if (e.fromOverlay && index.column() == OverlayColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case FilterTextRole:
        return rowText(index.row());
    default:
        return {};
    }
}

QVariant DnsTraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ServerColumn: return tr("Server");
    case OutcomeColumn: return tr("Outcome");
    case AnswerColumn: return tr("Answer");
    case TimeColumn: return tr("Time");
    case CachedColumn: return tr("Cached");
    case OverlayColumn: return tr("Overlay");
    default: return {};
    }
}

} // namespace Deliverbench::Gui
