// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HexView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>

namespace Deliverbench::Gui {

HexView::HexView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("hexView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

void HexView::setData(const QByteArray& data)
{
    m_data = data;
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qint64 HexView::rowCount() const
{
    return (m_data.size() + BytesPerRow - 1) / BytesPerRow;
}

int HexView::lineHeight() const
{
    return fontMetrics().height();
}

QString HexView::rowText(qint64 row) const
{
    const qint64 start = row * BytesPerRow;
    if (row < 0 || start >= m_data.size())
        return {};
    static const char digits[] = "0123456789abcdef";
    QString text = QStringLiteral("%1  ").arg(start, 8, 16, QLatin1Char('0'));
    QString ascii;
    for (int i = 0; i < BytesPerRow; ++i) {
        if (start + i < m_data.size()) {
            const auto byte = static_cast<unsigned char>(m_data.at(start + i));
            text += QLatin1Char(digits[byte >> 4]);
            text += QLatin1Char(digits[byte & 0xF]);
            ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(char(byte)) : QLatin1Char('.');
        } else {
            text += QLatin1String("  ");
        }
        text += (i == 7) ? QLatin1String("  ") : QLatin1String(" ");
    }
    return text + QLatin1String(" |") + ascii + QLatin1Char('|');
}

void HexView::updateScrollBars()
{
    const int visibleRows = std::max(1, viewport()->height() / std::max(1, lineHeight()));
    const qint64 rows = rowCount();
    // Scroll bar units are rows; a 2 GiB input still fits in int rows (134M).
    verticalScrollBar()->setRange(0, int(std::max<qint64>(0, rows - visibleRows)));
    verticalScrollBar()->setPageStep(visibleRows);
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('0')) * (10 + BytesPerRow * 3 + 2 + BytesPerRow + 3);
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.setFont(font());
    const int height = lineHeight();
    const qint64 first = verticalScrollBar()->value();
    const int visible = viewport()->height() / std::max(1, height) + 1;
    const int x = 4 - horizontalScrollBar()->value();
    const QColor offsetColor = palette().color(QPalette::PlaceholderText);
    const int offsetWidth = fontMetrics().horizontalAdvance(QStringLiteral("00000000  "));
    for (int i = 0; i < visible; ++i) {
        const QString text = rowText(first + i);
        if (text.isEmpty())
            break;
        const int y = i * height + fontMetrics().ascent();
        painter.setPen(offsetColor);
        painter.drawText(x, y, text.left(10));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(x + offsetWidth, y, text.mid(10));
    }
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateScrollBars();
}

} // namespace Deliverbench::Gui
