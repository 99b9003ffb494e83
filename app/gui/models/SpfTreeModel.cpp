// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SpfTreeModel.h"

#include "auth/spf/SpfSyntax.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Deliverbench::Gui {

namespace {

constexpr int kLookupLimit = 10;    // RFC 7208 §4.6.4
constexpr int kVoidLimit = 2;       // RFC 7208 §4.6.4
constexpr int kMaxDepth = 16;
constexpr int kMaxNodes = 512;

} // namespace

SpfTreeModel::SpfTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void SpfTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_lookupBreaker = m_voidBreaker = -1;
    m_breakingTerm.clear();
    endResetModel();
}

int SpfTreeModel::addNode(const Domain::SpfNode& node, int parent, int row, int depth)
{
    Node n;
    n.data = node;
    n.data.children.clear();
    n.parent = parent;
    n.row = row;
    m_nodes.append(n);
    const int index = int(m_nodes.size() - 1);
    if (depth < kMaxDepth) {
        for (const Domain::SpfNode& child : node.children) {
            if (m_nodes.size() >= kMaxNodes)
                break;
            const int c = addNode(child, index, int(m_nodes.at(index).children.size()), depth + 1);
            m_nodes[index].children.append(c);
        }
    }
    return index;
}

/*
 * Evaluation order (RFC 7208 §4.6, §6.1): the record's mechanisms left to right, an include's
 * record at the include, the redirect= last. The audit gives each valid include/redirect without
 * macros a child (in that order) and counts every lookup-costing term except a redirect that an
 * "all" makes unused; the same rules map terms to children here.
 */
void SpfTreeModel::walk(int index, int* count, int* voids, int depth)
{
    Node& node = m_nodes[index];
    const QList<Auth::SpfTermSyntax> terms = Auth::parseSpfTerms(node.data.record);
    bool hasAll = false;
    for (const Auth::SpfTermSyntax& t : terms)
        hasAll = hasAll || (t.kind == Auth::SpfTermSyntax::Kind::Mechanism && t.term.mechanism == Auth::SpfMechanism::All);
    const QList<int> children = node.children;
    int nextChild = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const Auth::SpfTermSyntax& t : terms) {
            const bool redirect = t.kind == Auth::SpfTermSyntax::Kind::Redirect;
            if (redirect != (pass == 1) || !t.countsLookup() || (redirect && hasAll))
                continue;
            ++*count;
            if (*count == kLookupLimit + 1 && m_lookupBreaker < 0) {
                m_lookupBreaker = index;
                m_breakingTerm = t.term.text;
            }
            const bool include = t.kind == Auth::SpfTermSyntax::Kind::Mechanism && t.term.mechanism == Auth::SpfMechanism::Include;
            if ((include || redirect) && t.error.isEmpty() && !Auth::macroStringHasExpand(t.target()) && nextChild < children.size()
                && depth < kMaxDepth)
                walk(children.at(nextChild++), count, voids, depth + 1);
        }
    }
    *voids += m_nodes.at(index).data.voidLookups;
    if (*voids > kVoidLimit && m_voidBreaker < 0)
        m_voidBreaker = index;
    m_nodes[index].cumulative = *count;
}

void SpfTreeModel::setTree(const Domain::SpfNode& root)
{
    beginResetModel();
    m_nodes.clear();
    m_lookupBreaker = m_voidBreaker = -1;
    m_breakingTerm.clear();
    if (!root.domain.isEmpty()) {
        addNode(root, -1, 0, 0);
        int count = 0, voids = 0;
        walk(0, &count, &voids, 0);
        if (m_lookupBreaker >= 0)
            m_nodes[m_lookupBreaker].breaksLookups = true;
        if (m_voidBreaker >= 0)
            m_nodes[m_voidBreaker].breaksVoids = true;
    }
    endResetModel();
}

int SpfTreeModel::totalLookups() const
{
    return m_nodes.isEmpty() ? 0 : m_nodes.first().data.totalLookups;
}

QModelIndex SpfTreeModel::indexOf(int node, int column) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(node).row, column, quintptr(node));
}

QModelIndex SpfTreeModel::lookupBreaker() const
{
    return indexOf(m_lookupBreaker);
}

QModelIndex SpfTreeModel::voidBreaker() const
{
    return indexOf(m_voidBreaker);
}

QModelIndex SpfTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_nodes.isEmpty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const int p = int(parent.internalId());
    if (p >= m_nodes.size() || row >= m_nodes.at(p).children.size())
        return {};
    return createIndex(row, column, quintptr(m_nodes.at(p).children.at(row)));
}

QModelIndex SpfTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int n = int(child.internalId());
    if (n >= m_nodes.size())
        return {};
    return indexOf(m_nodes.at(n).parent);
}

int SpfTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const int n = int(parent.internalId());
    return n < m_nodes.size() ? int(m_nodes.at(n).children.size()) : 0;
}

int SpfTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SpfTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || int(index.internalId()) >= m_nodes.size())
        return {};
    const Node& n = m_nodes.at(int(index.internalId()));
    const Domain::SpfNode& d = n.data;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DomainColumn: return QString::fromLatin1(d.domain);
        case ViaColumn:
            return d.via == "root" ? tr("record") : QStringLiteral("%1%2").arg(d.qualifier == '+' ? QString() : QString(QLatin1Char(d.qualifier)), QString::fromLatin1(d.via));
        case LookupsColumn: return d.lookups;
        case CumulativeColumn: return n.cumulative;
        case TotalColumn: return d.totalLookups;
        case VoidColumn: return d.voidLookups;
        case StatusColumn: return d.status == "pending" ? tr("pending…") : QString::fromLatin1(d.status); // pending: still being looked up
        case RecordColumn: return QString::fromUtf8(d.record.left(2000));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (n.breaksLookups)
            return tr("The 11th DNS lookup happens here (\"%1\"): past 10 lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)")
                .arg(QString::fromUtf8(m_breakingTerm.left(200)));
        if (n.breaksVoids)
            return tr("The third void lookup happens here: past 2 void lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)");
        if (index.column() == RecordColumn)
            return QString::fromUtf8(d.record.left(2000));
        return {};
    case Qt::BackgroundRole:
        if (n.breaksLookups || n.breaksVoids)
            return QBrush(QColor(255, 205, 210)); // red tint: the budget breaks here
        if (d.status != "ok" && d.status != "pending")
            return QBrush(QColor(255, 243, 224));
        return {};
    case Qt::FontRole:
        if (n.breaksLookups || n.breaksVoids) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= LookupsColumn && index.column() <= VoidColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case BreaksLookupLimitRole: return n.breaksLookups;
    case BreaksVoidLimitRole: return n.breaksVoids;
    case CumulativeRole: return n.cumulative;
    default: return {};
    }
}

QVariant SpfTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn: return tr("Domain");
    case ViaColumn: return tr("Via");
    case LookupsColumn: return tr("Lookups");
    case CumulativeColumn: return tr("Running total");
    case TotalColumn: return tr("Subtree");
    case VoidColumn: return tr("Void");
    case StatusColumn: return tr("Status");
    case RecordColumn: return tr("Record");
    default: return {};
    }
}

} // namespace Deliverbench::Gui
