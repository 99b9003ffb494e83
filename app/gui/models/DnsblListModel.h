// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/Catalogue.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Deliverbench::Gui {

/** @short The blocklist catalogue (built-in and the user's own lists), each enabled or not by a check box. */
class DnsblListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ZoneColumn, TypesColumn, SourceColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** @short Built-in lists first, then the user's (a user list with a built-in id or zone replaces it). */
    void setLists(const QList<Reputation::BlockList>& builtIn, const QList<Reputation::BlockList>& user,
                  const QSet<QString>& disabled);
    const Reputation::BlockList& list(int row) const { return m_lists.at(row); }
    bool isEnabled(int row) const { return !m_disabled.contains(m_lists.at(row).id); }
    void setEnabled(int row, bool enabled);
    void setAllEnabled(bool enabled);
    /** @short Adds (or replaces) a user list; returns its row. */
    int addUserList(const Reputation::BlockList& list);
    /** @short Removes a user list; built-in lists cannot be removed (false). */
    bool removeUserList(int row);

    QList<Reputation::BlockList> userLists() const;
    QSet<QString> disabledIds() const { return m_disabled; }
    /** @short The enabled lists, as the checker takes them. */
    Reputation::Catalogue enabledCatalogue() const;
    int enabledCount() const;

Q_SIGNALS:
    /** @short User lists or the enabled set changed (the page saves the user catalogue). */
    void userChanged();

private:
    QList<Reputation::BlockList> m_lists;
    QSet<QString> m_disabled;
};

} // namespace Deliverbench::Gui
