// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Deliverbench::Gui {

/**
 * @short Findings as a table: severity, code, title, part and the check that raised each
 * ("Check": the message's own lint, Authentication, Domain …). Roles.h roles carry the data.
 */
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, TitleColumn, PartColumn, SourceColumn, ColumnCount };

    explicit FindingsModel(QObject* parent = nullptr);

    /** @short `sources` (optional): per finding, the check it came from (translated). */
    void setFindings(const Findings& findings, const QStringList& sources = {});
    const Findings& findings() const { return m_findings; }
    QString source(int row) const { return m_sources.value(row); }
    const Finding* finding(const QModelIndex& index) const;
    int countBySeverity(Severity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Findings m_findings;
    QStringList m_sources;
};

/** @short Filters findings by a set of severities and a case-insensitive text. */
class FindingsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterProxy(QObject* parent = nullptr);

    void setSeverityVisible(Severity severity, bool visible);
    bool isSeverityVisible(Severity severity) const;
    /** @short Bit n set = Severity n visible. */
    int severityMask() const { return m_mask; }
    void setSeverityMask(int mask);
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_mask = 0xF;
    QString m_text;
};

} // namespace Deliverbench::Gui
