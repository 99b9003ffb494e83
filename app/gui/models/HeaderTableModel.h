// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Deliverbench::Gui {

/**
 * @short The header fields of a message or MIME part: line, name, decoded value, raw value.
 *
 * Decoded values: RFC 2047 words decoded, address lists normalised (RFC 5322 §3.4),
 * dates shown with their UTC reading (RFC 5322 §3.3). Values are computed once per block.
 */
class HeaderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, NameColumn, ValueColumn, RawColumn, ColumnCount };

    explicit HeaderTableModel(QObject* parent = nullptr);

    /** @short Shows the headers of `part` (the root part when null). */
    void setDocument(MessageDocumentPtr document, const Mail::MimePart* part = nullptr);
    MessageDocumentPtr document() const { return m_document; }

    /** @short The decoded form of one field, as the Value column shows it. */
    static QString decodedValue(const Mail::HeaderField& field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString value;
        QString raw;
        qint64 offset;
        qint64 length;
        int line;
    };
    MessageDocumentPtr m_document;
    QList<Row> m_rows;
};

} // namespace Deliverbench::Gui
