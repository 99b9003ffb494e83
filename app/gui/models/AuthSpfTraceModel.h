// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStandardItemModel>

namespace Deliverbench::Auth {
struct SpfEvaluation;
}

namespace Deliverbench::Gui {

/**
 * @short The SPF evaluation trace (RFC 7208 §4.6) as a tree: each check_host() (the top one, each
 * include and redirect), the terms evaluated under it, the DNS queries each term made, and notes.
 * Columns: step, result, detail (why it matched or not, the answer).
 */
class AuthSpfTraceModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, ResultColumn, DetailColumn, ColumnCount };

    explicit AuthSpfTraceModel(QObject* parent = nullptr);
    void setEvaluation(const Auth::SpfEvaluation& evaluation);
    void clearTrace();
};

} // namespace Deliverbench::Gui
