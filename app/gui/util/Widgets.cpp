// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Widgets.h"

#include <QHeaderView>
#include <QTableView>

namespace Deliverbench::Gui {

QTableView* makeTable(QWidget* parent, const QString& objectName, QAbstractItemModel* model)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    if (model)
        table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace Deliverbench::Gui
