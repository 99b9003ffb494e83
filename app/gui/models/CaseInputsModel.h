// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"

#include <QAbstractListModel>

namespace Deliverbench::Gui {

/** @short The case's inputs (opened messages) shown in the workspace's left list. */
class CaseInputsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit CaseInputsModel(QObject* parent = nullptr);

    void append(const QList<MessageDocumentPtr>& documents);
    void removeDocument(int row);
    void clear();
    MessageDocumentPtr document(int row) const;
    const QList<MessageDocumentPtr>& documents() const { return m_documents; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<MessageDocumentPtr> m_documents;
};

} // namespace Deliverbench::Gui
