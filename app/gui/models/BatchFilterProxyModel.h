// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Deliverbench::Gui {

/**
 * @short Sorting (typed, BatchTableModel::SortRole) and filtering of the Batch table: a text
 * filter over From, subject, domains and bounce columns, and a verdict/cause key filter.
 */
class BatchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BatchFilterProxyModel(QObject* parent = nullptr);

    /** @short Case-insensitive substring filter; empty shows every row. */
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }
    /** @short Only rows whose BatchTableModel::verdictKeys() contain key; empty shows every row. */
    void setVerdictFilter(const QString& key);
    QString verdictFilter() const { return m_key; }
    /**
     * @short Only rows counted in one group of the summary (core/report/BatchSummary keys):
     * dimension "group" (BatchSummary::groupKey), "sendingDomain", "dkimDomain", "verdict",
     * "cause" (bounce cause token), "receivingDomain" (BatchSummary::bounceDomainKey; with `cause`
     * non-empty: that cause at that domain). An empty dimension shows every row.
     */
    void setGroupFilter(const QString& dimension, const QString& key, const QString& cause = {});
    QString groupDimension() const { return m_groupDimension; }
    QString groupKey() const { return m_groupKey; }

protected:
    bool inGroup(int sourceRow) const;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_key;
    QString m_groupDimension;
    QString m_groupKey;
    QString m_groupCause;
};

} // namespace Deliverbench::Gui
