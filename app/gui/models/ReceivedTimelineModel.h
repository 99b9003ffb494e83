// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"

#include <QAbstractTableModel>

namespace Deliverbench::Gui {

/**
 * @short The Received chain oldest first (RFC 5321 §4.4): hop, time (UTC), delay to the
 * previous hop (negative delays are shown as clock skew), from, by, protocol, TLS.
 */
class ReceivedTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HopColumn, TimeColumn, DelayColumn, FromColumn, ByColumn, WithColumn, TlsColumn, ColumnCount };

    explicit ReceivedTimelineModel(QObject* parent = nullptr);

    void setDocument(MessageDocumentPtr document);
    /** @short "2 min 5 s"-style duration. */
    static QString formatDelay(qint64 seconds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MessageDocumentPtr m_document;
};

} // namespace Deliverbench::Gui
