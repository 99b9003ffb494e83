// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace Deliverbench::Gui {

/**
 * @short The house table: whole-row selection, alternating rows, no wrapping, compact rows and no
 * row header; named @p objectName (tests find it by that) and showing @p model when one is given.
 */
QTableView* makeTable(QWidget* parent, const QString& objectName, QAbstractItemModel* model = nullptr);

} // namespace Deliverbench::Gui
