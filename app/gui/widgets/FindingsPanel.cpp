// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FindingsPanel.h"

#include "models/FindingsModel.h"
#include "widgets/SeverityIcons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterProxy(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(2);
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info, Severity::Pass}) {
        auto* badge = new SeverityBadge(severity, this);
        connect(badge, &QToolButton::toggled, this, [this, severity](bool checked) {
            m_proxy->setSeverityVisible(severity, checked);
            emit severityMaskChanged(m_proxy->severityMask());
        });
        m_badges.append(badge);
        bar->addWidget(badge);
    }
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("findingsFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::PartColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::SourceColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FindingsFilterProxy::setFilterText);
    connect(m_view, &QTreeView::clicked, this, &FindingsPanel::emitCurrent);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::emitCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emitCurrent(current); });
}

void FindingsPanel::setFindings(const Findings& findings, const QStringList& sources)
{
    m_model->setFindings(findings, sources);
    updateCounts();
}

void FindingsPanel::setSeverityMask(int mask)
{
    for (SeverityBadge* badge : std::as_const(m_badges))
        badge->setChecked(mask & (1 << int(badge->severity())));
    m_proxy->setSeverityMask(mask);
}

int FindingsPanel::severityMask() const
{
    return m_proxy->severityMask();
}

void FindingsPanel::updateCounts()
{
    for (SeverityBadge* badge : std::as_const(m_badges))
        badge->setCount(m_model->countBySeverity(badge->severity()));
}

void FindingsPanel::emitCurrent(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    if (const Finding* finding = m_model->finding(m_proxy->mapToSource(proxyIndex)))
        emit findingActivated(*finding);
}

} // namespace Deliverbench::Gui
