// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainAudit.h"

#include <QAbstractItemModel>
#include <QList>

namespace Deliverbench::Gui {

/**
 * @short The SPF include/redirect tree of a domain audit (RFC 7208 §4.6.4, §5.2, §6.1): one row
 * per record reached, with its own lookup cost, the running count in evaluation order and its
 * subtree total. The record holding the 11th DNS-querying term (the 10-lookup limit) and the one
 * whose void answers pass 2 are found by walking the terms in evaluation order and are highlighted.
 */
class SpfTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { DomainColumn, ViaColumn, LookupsColumn, CumulativeColumn, TotalColumn, VoidColumn, StatusColumn, RecordColumn, ColumnCount };
    enum { BreaksLookupLimitRole = Qt::UserRole + 300, BreaksVoidLimitRole, CumulativeRole };

    explicit SpfTreeModel(QObject* parent = nullptr);

    void setTree(const Domain::SpfNode& root);
    void clear();
    bool isEmpty() const { return m_nodes.isEmpty(); }
    /** @short The node holding the 11th lookup; invalid when the tree stays within 10. */
    QModelIndex lookupBreaker() const;
    /** @short The node where void lookups pass 2; invalid when they do not. */
    QModelIndex voidBreaker() const;
    /** @short The term that costs the 11th lookup ("include:x.example"), empty when none. */
    QByteArray breakingTerm() const { return m_breakingTerm; }
    int totalLookups() const;
    int nodeCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Domain::SpfNode data;   ///< children cleared; see `children`
        int parent = -1;
        int row = 0;
        QList<int> children;
        int cumulative = 0;      ///< lookups counted when evaluation leaves this record's subtree
        bool breaksLookups = false;
        bool breaksVoids = false;
    };
    int addNode(const Domain::SpfNode& node, int parent, int row, int depth);
    void walk(int node, int* count, int* voids, int depth);
    QModelIndex indexOf(int node, int column = 0) const;

    QList<Node> m_nodes;
    int m_lookupBreaker = -1;
    int m_voidBreaker = -1;
    QByteArray m_breakingTerm;
};

} // namespace Deliverbench::Gui
