// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement/PlacementResult.h"

#include <QAbstractTableModel>

namespace Deliverbench::Gui {

/**
 * @short The per-seed drill-down of a run: provider, address, placement, folder, arrival,
 * delay since send, error text; plus a live state while the run polls.
 */
class PlacementSeedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProviderColumn,
        AddressColumn,
        PlacementColumn,
        FolderColumn,
        ArrivalColumn,
        DelayColumn,
        ErrorColumn,
        ColumnCount
    };
    enum SeedRole {
        PlacementTokenRole = Qt::UserRole + 1,   ///< QString "inbox", "tab:Promotions", "spam", "missing", "error"
        DelaySecondsRole,                         ///< qint64, invalid when unknown
        HasCopyRole,                              ///< bool: a delivered copy can be opened
    };

    explicit PlacementSeedModel(QObject* parent = nullptr);

    void setResults(const QList<Placement::SeedResult>& results);
    /** @short Live update of one row; `polling`: the seed has no final answer yet. */
    void updateResult(int row, const Placement::SeedResult& result, bool polling);
    void setPolling(int row, bool polling);
    const QList<Placement::SeedResult>& results() const { return m_results; }
    const Placement::SeedResult& result(int row) const { return m_results.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** @short Human words for a placement ("Inbox", "Tab: Promotions", "Spam", …). */
    static QString placementText(const Placement::SeedResult& result);
    /** @short "2 min 5 s" style delay. */
    static QString delayText(qint64 seconds);

private:
    QList<Placement::SeedResult> m_results;
    QList<bool> m_polling;
};

} // namespace Deliverbench::Gui
