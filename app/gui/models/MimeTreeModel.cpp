// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MimeTreeModel.h"

#include "models/Roles.h"

#include <QLocale>

namespace Deliverbench::Gui {

MimeTreeModel::MimeTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void MimeTreeModel::setDocument(MessageDocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_rows.clear();
    if (m_document && m_document->message.root) {
        const QList<const Mail::MimePart*> parts = m_document->message.allParts();
        for (const Mail::MimePart* part : parts) {
            int row = 0;
            for (const auto& child : part->children)
                m_rows.insert(child.get(), row++);
        }
        m_rows.insert(m_document->message.root.get(), 0);
    }
    endResetModel();
}

const Mail::MimePart* MimeTreeModel::part(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const Mail::MimePart*>(index.internalPointer());
}

int MimeTreeModel::rowOf(const Mail::MimePart* part) const
{
    return m_rows.value(part, 0);
}

QModelIndex MimeTreeModel::indexForPart(const Mail::MimePart* part, int column) const
{
    if (!part || !m_rows.contains(part))
        return {};
    return createIndex(rowOf(part), column, const_cast<Mail::MimePart*>(part));
}

QModelIndex MimeTreeModel::indexForPath(const QString& path) const
{
    if (!m_document || !m_document->message.root)
        return {};
    if (path.isEmpty())
        return indexForPart(m_document->message.root.get());
    return indexForPart(m_document->message.partByPath(path));
}

QModelIndex MimeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || !m_document || !m_document->message.root)
        return {};
    if (!parent.isValid()) {
        if (row != 0)
            return {};
        return createIndex(0, column, m_document->message.root.get());
    }
    if (parent.column() != 0)
        return {};
    const Mail::MimePart* p = part(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex MimeTreeModel::parent(const QModelIndex& child) const
{
    const Mail::MimePart* p = part(child);
    if (!p || !p->parent)
        return {};
    return createIndex(rowOf(p->parent), 0, p->parent);
}

int MimeTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_document || !m_document->message.root)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const Mail::MimePart* p = part(parent);
    return p ? int(p->children.size()) : 0;
}

int MimeTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant MimeTreeModel::data(const QModelIndex& index, int role) const
{
    const Mail::MimePart* p = part(index);
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return QString::fromLatin1(p->contentType.mimeType());
        case PartColumn:
            return p->path;
        case CharsetColumn:
            return QString::fromLatin1(p->charset());
        case EncodingColumn:
            return p->encodingToken.isEmpty() ? QString() : QString::fromLatin1(p->encodingToken);
        case SizeColumn:
            return QLocale().formattedDataSize(m_document->decodedSize(p), 1, QLocale::DataSizeTraditionalFormat);
        case FilenameColumn:
            return p->filename();
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("Part %1").arg(p->path.isEmpty() ? tr("(message)") : p->path);
        if (!p->contentId.isEmpty())
            tip += QLatin1Char('\n') + tr("Content-ID: %1").arg(QString::fromLatin1(p->contentId));
        if (!p->disposition.type.isEmpty())
            tip += QLatin1Char('\n') + tr("Disposition: %1").arg(QString::fromLatin1(p->disposition.type));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PartPathRole:
        return p->path;
    case MimeTypeRole:
        return QString::fromLatin1(p->contentType.mimeType());
    case SizeRole:
        return m_document->decodedSize(p);
    case OffsetRole:
        return p->offset;
    case LengthRole:
        return p->length;
    }
    return {};
}

QVariant MimeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case PartColumn:
        return tr("Part");
    case CharsetColumn:
        return tr("Charset");
    case EncodingColumn:
        return tr("Encoding");
    case SizeColumn:
        return tr("Size");
    case FilenameColumn:
        return tr("Filename");
    }
    return {};
}

} // namespace Deliverbench::Gui
