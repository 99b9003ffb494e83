// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement/PlacementResult.h"

#include <QAbstractTableModel>

namespace Deliverbench::Gui {

/**
 * @short The placement matrix: providers as rows (first-seen order) and a Total row; inbox,
 * tabs, spam, missing and error as columns, each cell "count (percent of the row)".
 */
class PlacementMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProviderColumn, InboxColumn, TabColumn, SpamColumn, MissingColumn, ErrorColumn, TotalColumn, ColumnCount };
    enum MatrixRole {
        CountRole = Qt::UserRole + 1,   ///< int: the count of the cell
        PercentRole,                    ///< double: the count as a percentage of the row's total (invalid when 0 seeds)
    };

    explicit PlacementMatrixModel(QObject* parent = nullptr);

    void setSummary(const Placement::PlacementSummary& summary);
    const Placement::PlacementSummary& summary() const { return m_summary; }
    /** @short The counts behind row `row` (the total row is the last one). */
    const Placement::ProviderCounts& counts(int row) const;
    static int count(const Placement::ProviderCounts& counts, int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Placement::PlacementSummary m_summary;
};

} // namespace Deliverbench::Gui
