// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/AuthDiff.h"
#include "report/MessageDiff.h"

#include <QAbstractTableModel>

namespace Deliverbench::Gui {

/**
 * @short Side-by-side header diff (core report/MessageDiff): one row per header field occurrence,
 * fields of one name aligned oldest-first (so Received hops line up), with what each change
 * means for DKIM.
 */
class DiffHeaderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ChangeColumn, OldColumn, NewColumn, DkimColumn, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 400 }; ///< int Report::DiffKind

    explicit DiffHeaderModel(QObject* parent = nullptr);

    void setDiff(const QList<Report::HeaderDiff>& headers, const Report::DkimImpact& impact, bool hasSignatures);
    void clear();
    /** @short Unchanged fields are hidden unless shown (default: hidden). */
    void setShowUnchanged(bool show);
    bool showUnchanged() const { return m_showUnchanged; }
    const Report::HeaderDiff& headerAt(int row) const { return m_all.at(m_rows.at(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** @short Translated label of a change kind. */
    static QString kindLabel(Report::DiffKind kind);

private:
    void rebuild();
    QString dkimNote(const Report::HeaderDiff& header) const;

    QList<Report::HeaderDiff> m_all;
    QList<int> m_rows;
    Report::DkimImpact m_impact;
    bool m_hasSignatures = false;
    bool m_showUnchanged = false;
};

} // namespace Deliverbench::Gui
