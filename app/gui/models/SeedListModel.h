// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement/SeedList.h"

#include <QAbstractTableModel>

namespace Deliverbench::Gui {

/**
 * @short The seed list as an editable table (one row per seed mailbox). Columns follow the
 * CSV form of the seed list (SeedList::csvColumns()); there is deliberately no password column:
 * passwords go to the keychain ("Set password…").
 */
class SeedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProviderColumn,
        AddressColumn,
        HostColumn,
        PortColumn,
        TlsColumn,
        UserColumn,
        InboxColumn,
        SpamColumn,
        TabsColumn,
        TrashColumn,
        PasswordEnvColumn,
        ColumnCount
    };

    explicit SeedListModel(QObject* parent = nullptr);

    void setSeedList(const Placement::SeedList& list);
    const Placement::SeedList& seedList() const { return m_list; }
    const Placement::Seed& seed(int row) const { return m_list.seeds.at(row); }
    void setSeed(int row, const Placement::Seed& seed);
    /** @short Appends an empty seed (provider "New", port 993, implicit TLS); returns its row. */
    int addSeed();
    void removeSeeds(QList<int> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** @short The user edited the list (not emitted by setSeedList()). */
    void edited();

private:
    Placement::SeedList m_list;
};

} // namespace Deliverbench::Gui
