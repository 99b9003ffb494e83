// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/RelayReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace Deliverbench::Gui {

/** @short The open-relay battery: one row per nmap variant (and the catch-all probe) with its replies and verdict. */
class RelayBatteryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VariantColumn, MailFromColumn, RcptToColumn, ReplyColumn, AcceptedColumn, VerdictColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** @short Shows the variants of a report (those not reached say "not tested"); the catch-all row follows when it ran. */
    void setReport(const Smtp::RelayReport& report);
    void clear();
    const Smtp::RelayVariant& variant(int row) const { return m_rows.at(row); }

    /** @short Translated verdict of one variant: relayed, rejected, deferred (4xx), authentication required, not tested. */
    static QString verdictText(const Smtp::RelayVariant& variant);
    static Severity verdictSeverity(const Smtp::RelayVariant& variant);

private:
    QList<Smtp::RelayVariant> m_rows;
};

} // namespace Deliverbench::Gui
