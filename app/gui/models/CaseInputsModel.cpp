// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CaseInputsModel.h"

#include "models/Roles.h"
#include "widgets/SeverityIcons.h"

namespace Deliverbench::Gui {

CaseInputsModel::CaseInputsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void CaseInputsModel::append(const QList<MessageDocumentPtr>& documents)
{
    if (documents.isEmpty())
        return;
    beginInsertRows({}, int(m_documents.size()), int(m_documents.size() + documents.size() - 1));
    m_documents.append(documents);
    endInsertRows();
}

void CaseInputsModel::removeDocument(int row)
{
    if (row < 0 || row >= m_documents.size())
        return;
    beginRemoveRows({}, row, row);
    m_documents.removeAt(row);
    endRemoveRows();
}

void CaseInputsModel::clear()
{
    beginResetModel();
    m_documents.clear();
    endResetModel();
}

MessageDocumentPtr CaseInputsModel::document(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row) : MessageDocumentPtr();
}

int CaseInputsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant CaseInputsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const MessageDocument& document = *m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (document.title == document.sourceLabel || document.sourceLabel.isEmpty())
            return document.title;
        return QStringLiteral("%1\n%2").arg(document.title, document.sourceLabel);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(document.title, document.origin);
    case Qt::DecorationRole:
        return severityIcon(worstSeverity(document.findings));
    case SeverityRole:
        return int(worstSeverity(document.findings));
    case DocumentIndexRole:
        return index.row();
    }
    return {};
}

} // namespace Deliverbench::Gui
