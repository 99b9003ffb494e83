// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Deliverbench::Gui {

/**
 * @short The MIME tree of one message (RFC 2045/2046) as a QAbstractItemModel.
 *
 * One top-level row for the root part; children follow MimePart::children. Columns:
 * type, part number (the IMAP-style path findings name, "2.3"; empty for the message itself), charset,
 * encoding, size (decoded for leaves, raw body for containers), filename.
 * Internal pointers are the const MimePart* of the document, which the model keeps alive.
 */
class MimeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, PartColumn, CharsetColumn, EncodingColumn, SizeColumn, FilenameColumn, ColumnCount };

    explicit MimeTreeModel(QObject* parent = nullptr);

    void setDocument(MessageDocumentPtr document);
    MessageDocumentPtr document() const { return m_document; }
    const Mail::MimePart* part(const QModelIndex& index) const;
    QModelIndex indexForPart(const Mail::MimePart* part, int column = 0) const;
    QModelIndex indexForPath(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOf(const Mail::MimePart* part) const;

    MessageDocumentPtr m_document;
    QHash<const Mail::MimePart*, int> m_rows;
};

} // namespace Deliverbench::Gui
