// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AuthBadge.h"

#include "widgets/SeverityIcons.h"

#include <QGridLayout>
#include <QLabel>

namespace Deliverbench::Gui {

Severity authResultSeverity(QByteArrayView token)
{
    const QByteArray t = token.toByteArray().toLower();
    if (t == "pass" || t == "agree")
        return Severity::Pass;
    if (t == "fail" || t == "permerror")
        return Severity::Error;
    if (t == "softfail" || t == "temperror" || t == "policy" || t == "disagree")
        return Severity::Warning;
    return Severity::Info;
}

AuthBadge::AuthBadge(const QString& method, QWidget* parent)
    : QFrame(parent)
    , m_method(method)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    m_icon = new QLabel(this);
    m_title = new QLabel(method, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setFont(bold);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setMinimumWidth(120);
    layout->addWidget(m_icon, 0, 0);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_result, 0, 2);
    layout->setColumnStretch(3, 1);
    layout->addWidget(m_reason, 1, 0, 1, 4);
    clear();
}

void AuthBadge::setVerdict(const QByteArray& token, const QString& reason)
{
    m_token = token;
    m_reasonText = reason;
    if (token.isEmpty()) {
        m_icon->clear();
        m_result->setText(tr("…"));
        m_result->setStyleSheet({});
    } else {
        const Severity severity = authResultSeverity(token);
        const int size = m_title->fontMetrics().height();
        m_icon->setPixmap(severityIcon(severity).pixmap(size, size));
        m_result->setText(QString::fromLatin1(token.toUpper()));
        m_result->setStyleSheet(QStringLiteral("color: %1;").arg(severityColor(severity).name()));
    }
    m_reason->setText(reason);
    m_reason->setToolTip(reason);
    setToolTip(tr("%1: %2 — %3").arg(m_method, QString::fromLatin1(token), reason));
}

void AuthBadge::clear(const QString& reason)
{
    m_token.clear();
    m_reasonText = reason;
    m_icon->clear();
    m_result->setText(tr("—"));
    m_result->setStyleSheet({});
    m_reason->setText(reason);
    setToolTip({});
}

} // namespace Deliverbench::Gui
