// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Gui {

/**
 * @short A read-only table of the Authentication tab (DKIM signatures, DMARC alignment, ARC chain,
 * Authentication-Results comparison, scorecard): rows of text cells, some of them a result token
 * ("pass", "fail", "softfail", "agree", …) shown as a coloured badge. Each row may carry the byte
 * offset/length of its evidence in the raw message (OffsetRole, LengthRole).
 */
class AuthTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Cell
    {
        QString text;
        QString toolTip;        ///< empty: the text
        QByteArray badge;       ///< a result token: the cell gets its colour icon; empty = plain text

        static Cell plain(const QString& text, const QString& toolTip = {}) { return {text, toolTip, {}}; }
        /** @short A badge cell showing the token itself. */
        static Cell result(const QByteArray& token, const QString& toolTip = {})
        {
            return {QString::fromLatin1(token), toolTip, token.isEmpty() ? QByteArrayLiteral("none") : token};
        }
    };
    struct Row
    {
        QList<Cell> cells;
        qint64 offset = -1;
        qint64 length = 0;
    };

    explicit AuthTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(const QList<Row>& rows);
    void clear() { setRows({}); }

    const Row& row(int index) const { return m_rows.at(index); }
    /** @short The text of a cell ("" out of range): tests and copy. */
    QString text(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace Deliverbench::Gui
