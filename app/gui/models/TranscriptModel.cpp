// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TranscriptModel.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>

namespace Deliverbench::Gui {

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TranscriptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Net::TranscriptEntry& e = m_entries.at(index.row());
    using K = Net::TranscriptEntry::Kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QString::number(double(e.elapsedMs) / 1000.0, 'f', 3);
        case DirectionColumn:
            switch (e.kind) {
            case K::Client:
                return tr("sent");
            case K::Server:
                return tr("received");
            case K::Tls:
                return tr("TLS");
            case K::Event:
                break;
            }
            return tr("event");
        case TextColumn: {
            // toString() escapes control and non-ASCII bytes; drop its "+time K: " prefix
            const QString s = e.toString();
            const qsizetype sep = s.indexOf(QStringLiteral(": "));
            return sep < 0 ? s : s.mid(sep + 2);
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // fixed hues that read on light and dark palettes (like severityColor)
        switch (e.kind) {
        case K::Client:
            return QColor(0x2f, 0x7d, 0xd1);
        case K::Server:
            return QColor(0x2e, 0x9d, 0x4f);
        case K::Tls:
            return QColor(0xa3, 0x5d, 0xc9);
        case K::Event:
            return QColor(0x88, 0x88, 0x88);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TextColumn) {
            QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            font.setItalic(e.kind == K::Event);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return e.toString();
    case KindRole:
        return int(e.kind);
    default:
        return {};
    }
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (s)");
    case DirectionColumn:
        return tr("Direction");
    case TextColumn:
        return tr("Line");
    default:
        return {};
    }
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void TranscriptModel::append(const Net::TranscriptEntry& entry)
{
    if (m_entries.size() >= Net::Transcript::kMaxEntries)
        return;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

QString TranscriptModel::text(const QList<int>& rows) const
{
    QStringList lines;
    if (rows.isEmpty()) {
        for (const Net::TranscriptEntry& e : m_entries)
            lines.append(e.toString());
    } else {
        for (const int row : rows) {
            if (row >= 0 && row < m_entries.size())
                lines.append(m_entries.at(row).toString());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Deliverbench::Gui
