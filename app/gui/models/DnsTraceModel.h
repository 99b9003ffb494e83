// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/QueryLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Deliverbench::Gui {

/**
 * @short The DNS trace of a check as a table: one row per lookup of the run's query log (name,
 * type, server, outcome and rcode, answer, time, cached, what-if overlay). Overlay answers are
 * marked in their own column and tinted; FilterTextRole on column 0 holds the whole row.
 */
class DnsTraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ServerColumn, OutcomeColumn, AnswerColumn, TimeColumn, CachedColumn, OverlayColumn, ColumnCount };

    explicit DnsTraceModel(QObject* parent = nullptr);

    void setEntries(const QList<Dns::QueryLogEntry>& entries);
    void append(const Dns::QueryLogEntry& entry);
    void clear();
    const QList<Dns::QueryLogEntry>& entries() const { return m_entries; }
    /** @short One row as a tab-separated line (what "copy as text" writes). */
    QString rowText(int row) const;
    /** @short The marker shown in the overlay column of what-if answers. */
    static QString overlayMarker();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const Dns::QueryLogEntry& e, int column) const;

    QList<Dns::QueryLogEntry> m_entries;
};

} // namespace Deliverbench::Gui
