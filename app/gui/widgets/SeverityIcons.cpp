// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SeverityIcons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Deliverbench::Gui {

QColor severityColor(Severity severity)
{
    // Mid-luminance hues: legible as icon fills on white and on near-black backgrounds.
    switch (severity) {
    case Severity::Pass:
        return QColor(0x2e, 0x9d, 0x4f);
    case Severity::Info:
        return QColor(0x3b, 0x82, 0xd6);
    case Severity::Warning:
        return QColor(0xe0, 0x9b, 0x1a);
    case Severity::Error:
        return QColor(0xd9, 0x3c, 0x3c);
    }
    return QColor(0x80, 0x80, 0x80);
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QCoreApplication::translate("Deliverbench::Gui::Severity", "Pass");
    case Severity::Info:
        return QCoreApplication::translate("Deliverbench::Gui::Severity", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("Deliverbench::Gui::Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("Deliverbench::Gui::Severity", "Error");
    }
    return {};
}

namespace {

QPixmap renderBadge(Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(severityColor(severity));
    if (severity == Severity::Warning) {
        QPolygonF triangle;
        triangle << QPointF(box.center().x(), box.top()) << box.bottomRight() << box.bottomLeft();
        painter.drawPolygon(triangle);
    } else {
        painter.drawEllipse(box);
    }
    QPen pen(Qt::white);
    pen.setWidthF(std::max(1.5, size / 8.0));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    const qreal s = size;
    switch (severity) {
    case Severity::Pass:
        painter.drawPolyline(QPolygonF({QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)}));
        break;
    case Severity::Info:
        painter.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.5, s * 0.74));
        painter.drawPoint(QPointF(s * 0.5, s * 0.28));
        break;
    case Severity::Warning:
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.66));
        painter.drawPoint(QPointF(s * 0.5, s * 0.82));
        break;
    case Severity::Error:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    }
    return pixmap;
}

} // namespace

QIcon severityIcon(Severity severity)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(severity));
    if (it != cache.constEnd())
        return it.value();
    QIcon icon;
    for (int size : {16, 22, 32, 48})
        icon.addPixmap(renderBadge(severity, size));
    cache.insert(int(severity), icon);
    return icon;
}

SeverityBadge::SeverityBadge(Severity severity, QWidget* parent)
    : QToolButton(parent)
    , m_severity(severity)
{
    setObjectName(QStringLiteral("severityFilter_") + severityToken(severity));
    setCheckable(true);
    setChecked(true);
    setAutoRaise(true);
    setIcon(severityIcon(severity));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setCount(0);
}

void SeverityBadge::setCount(int count)
{
    setText(QString::number(count));
    setToolTip(QCoreApplication::translate("Deliverbench::Gui::Severity", "Show %1 findings (%2)")
                   .arg(severityName(m_severity))
                   .arg(count));
}

} // namespace Deliverbench::Gui
