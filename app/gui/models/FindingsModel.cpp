// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FindingsModel.h"

#include "models/Roles.h"
#include "widgets/SeverityIcons.h"

namespace Deliverbench::Gui {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const Findings& findings, const QStringList& sources)
{
    beginResetModel();
    m_findings = findings;
    m_sources = sources;
    endResetModel();
}

const Finding* FindingsModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_findings.size())
        return nullptr;
    return &m_findings.at(index.row());
}

int FindingsModel::countBySeverity(Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    const Finding* f = finding(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(f->severity);
        case CodeColumn:
            return QString::fromLatin1(f->code);
        case TitleColumn:
            return f->title;
        case PartColumn:
            return f->partPath;
        case SourceColumn:
            return source(index.row());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f->severity);
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(f->title.toHtmlEscaped());
        if (!f->detail.isEmpty())
            lines << f->detail.toHtmlEscaped();
        if (!f->evidence.isEmpty())
            lines << QStringLiteral("<code>%1</code>").arg(f->evidence.left(300).toHtmlEscaped());
        if (!f->remedy.isEmpty())
            lines << tr("What to do: %1").arg(f->remedy.toHtmlEscaped());
        if (!f->reference.isEmpty())
            lines << tr("Reference: %1").arg(f->reference.toHtmlEscaped());
        if (!f->rule.isEmpty())
            lines << tr("Filter rules: %1").arg(f->rule.toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    case SeverityRole:
        return int(f->severity);
    case CodeRole:
        return QString::fromLatin1(f->code);
    case OffsetRole:
        return f->offset;
    case LengthRole:
        return f->length;
    case PartPathRole:
        return f->partPath;
    case FilterTextRole:
        return QString(QString::fromLatin1(f->code) + QLatin1Char('\n') + f->title + QLatin1Char('\n') + f->detail
            + QLatin1Char('\n') + f->evidence + QLatin1Char('\n') + f->rule + QLatin1Char('\n')
            + source(index.row()));
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Finding");
    case PartColumn:
        return tr("Part");
    case SourceColumn:
        return tr("Check");
    }
    return {};
}

FindingsFilterProxy::FindingsFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SeverityRole);
}

void FindingsFilterProxy::setSeverityVisible(Severity severity, bool visible)
{
    const int bit = 1 << int(severity);
    setSeverityMask(visible ? (m_mask | bit) : (m_mask & ~bit));
}

bool FindingsFilterProxy::isSeverityVisible(Severity severity) const
{
    return m_mask & (1 << int(severity));
}

void FindingsFilterProxy::setSeverityMask(int mask)
{
    mask &= 0xF;
    if (mask == m_mask)
        return;
    m_mask = mask;
    invalidateFilter();
}

void FindingsFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int severity = index.data(SeverityRole).toInt();
    if (!(m_mask & (1 << severity)))
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool FindingsFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == FindingsModel::SeverityColumn) {
        const int l = left.data(SeverityRole).toInt();
        const int r = right.data(SeverityRole).toInt();
        if (l != r)
            return l < r;
        return left.row() > right.row(); // stable: keep document order within one severity
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Deliverbench::Gui
