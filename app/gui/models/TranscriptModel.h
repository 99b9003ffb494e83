// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Transcript.h"

#include <QAbstractTableModel>
#include <QList>

namespace Deliverbench::Gui {

/** @short A protocol transcript as a table (time, direction, line): sent and received lines coloured, TLS events marked. */
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, TextColumn, ColumnCount };
    enum { KindRole = Qt::UserRole + 1 }; ///< int (Net::TranscriptEntry::Kind)

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /** @short Appends one line (bounded like Net::Transcript). */
    void append(const Net::TranscriptEntry& entry);
    const QList<Net::TranscriptEntry>& entries() const { return m_entries; }
    /** @short The rows as text ("+0.012 S: 220 …"), for the clipboard; all rows when `rows` is empty. */
    QString text(const QList<int>& rows = {}) const;

private:
    QList<Net::TranscriptEntry> m_entries;
};

} // namespace Deliverbench::Gui
