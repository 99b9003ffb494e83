// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/DnsblChecker.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Deliverbench::Gui {

/** @short DNSBL results: one row per (target, list) with status icon, meaning, TXT reason and delisting link. */
class DnsblResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TargetColumn, ListColumn, ZoneColumn, StatusColumn, MeaningColumn, TxtColumn, DelistColumn, ColumnCount };
    enum { StatusTokenRole = Qt::UserRole + 1, UrlRole }; ///< QString "listed"/"clear"/"unknown"; QUrl of the delisting page

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const Reputation::DnsblResult& result);
    void setResults(const QList<Reputation::DnsblResult>& results);
    const QList<Reputation::DnsblResult>& results() const { return m_results; }
    /** @short Counts of the rows shown (the run's summary when the run completed). */
    Reputation::DnsblSummary summary() const;

    static QString statusText(Reputation::ListingStatus status);

private:
    QList<Reputation::DnsblResult> m_results;
};

/** @short Filters DnsblResultModel rows by status token, target and free text. */
class DnsblFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(const QString& token);   ///< "listed", "clear", "unknown"; empty: all
    void setTarget(const QString& target);  ///< exact target; empty: all
    void setText(const QString& text);      ///< case-insensitive substring of any column

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_target;
    QString m_text;
};

} // namespace Deliverbench::Gui
