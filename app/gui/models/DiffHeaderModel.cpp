// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DiffHeaderModel.h"

#include "widgets/SeverityIcons.h"

#include <QColor>
#include <QPalette>

namespace Deliverbench::Gui {

using Report::DiffKind;

namespace {

/** A tint of the severity colours, readable on light and dark palettes. */
QColor tint(DiffKind kind)
{
    QColor color;
    switch (kind) {
    case DiffKind::Added: color = severityColor(Severity::Pass); break;
    case DiffKind::Removed: color = severityColor(Severity::Error); break;
    case DiffKind::Changed: color = severityColor(Severity::Warning); break;
    case DiffKind::Same: return {};
    }
    color.setAlpha(60);
    return color;
}

} // namespace

DiffHeaderModel::DiffHeaderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString DiffHeaderModel::kindLabel(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Same: return tr("same");
    case DiffKind::Added: return tr("added");
    case DiffKind::Removed: return tr("removed");
    case DiffKind::Changed: break;
    }
    return tr("changed");
}

void DiffHeaderModel::setDiff(const QList<Report::HeaderDiff>& headers, const Report::DkimImpact& impact, bool hasSignatures)
{
    beginResetModel();
    m_all = headers;
    m_impact = impact;
    m_hasSignatures = hasSignatures;
    rebuild();
    endResetModel();
}

void DiffHeaderModel::clear()
{
    setDiff({}, {}, false);
}

void DiffHeaderModel::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    beginResetModel();
    m_showUnchanged = show;
    rebuild();
    endResetModel();
}

void DiffHeaderModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_showUnchanged || m_all.at(i).kind != DiffKind::Same)
            m_rows.append(i);
    }
}

QString DiffHeaderModel::dkimNote(const Report::HeaderDiff& header) const
{
    if (!m_hasSignatures)
        return header.kind == DiffKind::Same ? QString() : tr("A has no DKIM signature");
    const QString note = m_impact.headerNotes.value(Report::DkimImpact::key(header.name, header.occurrence));
    if (!note.isEmpty())
        return note;
    if (header.name.compare(QStringLiteral("DKIM-Signature"), Qt::CaseInsensitive) == 0)
        return tr("a signature (never signs itself)");
    return tr("not signed");
}

int DiffHeaderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffHeaderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffHeaderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Report::HeaderDiff& header = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case KindRole: return int(header.kind);
    case Qt::BackgroundRole: {
        const QColor color = tint(header.kind);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::ToolTipRole:
        if (index.column() == OldColumn)
            return header.oldValue;
        if (index.column() == NewColumn)
            return header.newValue;
        if (index.column() == DkimColumn)
            return dkimNote(header);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case FieldColumn:
        // Received hops count from the origin (occurrence 0 is the oldest, bottom-most field).
        if (header.name.compare(QStringLiteral("Received"), Qt::CaseInsensitive) == 0)
            return tr("%1 (hop %2)").arg(header.name).arg(header.occurrence + 1);
        return header.occurrence == 0 ? header.name : QStringLiteral("%1 [%2]").arg(header.name).arg(header.occurrence);
    case ChangeColumn: return kindLabel(header.kind);
    case OldColumn: return header.kind == DiffKind::Added ? QString() : header.oldValue;
    case NewColumn: return header.kind == DiffKind::Removed ? QString() : header.newValue;
    case DkimColumn: return dkimNote(header);
    default: break;
    }
    return {};
}

QVariant DiffHeaderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case ChangeColumn: return tr("Change");
    case OldColumn: return tr("A");
    case NewColumn: return tr("B");
    case DkimColumn: return tr("DKIM");
    default: break;
    }
    return {};
}

} // namespace Deliverbench::Gui
