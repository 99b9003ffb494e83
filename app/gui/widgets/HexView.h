// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace Deliverbench::Gui {

/**
 * @short A classic hex dump (offset, 16 bytes in hex, ASCII) painted row by row, so any
 * size shows instantly; only the visible rows are formatted.
 */
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int BytesPerRow = 16;

    explicit HexView(QWidget* parent = nullptr);

    void setData(const QByteArray& data);
    const QByteArray& data() const { return m_data; }
    /** @short The text of one row as painted ("00000010  41 42 …  |AB…|"). */
    QString rowText(qint64 row) const;
    qint64 rowCount() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateScrollBars();
    int lineHeight() const;

    QByteArray m_data;
};

} // namespace Deliverbench::Gui
