// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace Deliverbench::Gui {

class FindingsFilterProxy;
class FindingsModel;
class SeverityBadge;

/** @short The findings list: severity filter buttons with counts, a text filter, the table. */
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setFindings(const Findings& findings, const QStringList& sources = {});
    FindingsModel* model() const { return m_model; }
    FindingsFilterProxy* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    void setSeverityMask(int mask);
    int severityMask() const;

signals:
    /** @short The user clicked or moved to a finding. */
    void findingActivated(const Deliverbench::Finding& finding);
    void severityMaskChanged(int mask);

private:
    void updateCounts();
    void emitCurrent(const QModelIndex& proxyIndex);

    FindingsModel* m_model;
    FindingsFilterProxy* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_filter;
    QList<SeverityBadge*> m_badges;
};

} // namespace Deliverbench::Gui
