// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ZoneOverlayEditor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

namespace {
constexpr int kLineRole = Qt::UserRole + 1;
}

ZoneOverlayEditor::ZoneOverlayEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("zoneOverlayEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* help = new QLabel(tr("Records to use instead of the published ones, in zone-file syntax; names without a final dot "
                               "are relative to the audited domain. Example: <tt>@ TXT \"v=spf1 mx -all\"</tt>"),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("zoneOverlayText"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlaceholderText(QStringLiteral("@        TXT \"v=spf1 include:_spf.example.net -all\"\n_dmarc   TXT \"v=DMARC1; p=reject\""));
    layout->addWidget(m_editor, 3);
    m_diagnostics = new QListWidget(this);
    m_diagnostics->setObjectName(QStringLiteral("zoneOverlayDiagnostics"));
    m_diagnostics->setMaximumHeight(m_diagnostics->fontMetrics().height() * 6);
    layout->addWidget(m_diagnostics, 1);
    auto* row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("zoneOverlayStatus"));
    row->addWidget(m_status, 1);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("zoneOverlayClearButton"));
    m_clear->setToolTip(tr("Remove the overlay; the next run uses the published records only"));
    row->addWidget(m_clear);
    m_apply = new QPushButton(tr("&Apply what-if"), this);
    m_apply->setObjectName(QStringLiteral("zoneOverlayApplyButton"));
    m_apply->setToolTip(tr("Run the audit again as if these records were published (Ctrl+Shift+Return)"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    row->addWidget(m_apply);
    layout->addLayout(row);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ZoneOverlayEditor::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_timer->start();
        Q_EMIT textChanged();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (validate() == 0)
            Q_EMIT applyRequested();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_editor->clear();
        validate();
        Q_EMIT cleared();
    });
    connect(m_diagnostics, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { jumpToLine(item->data(kLineRole).toInt()); });
    validate();
}

QString ZoneOverlayEditor::text() const
{
    return m_editor->toPlainText();
}

void ZoneOverlayEditor::setText(const QString& text)
{
    m_editor->setPlainText(text);
    validate();
}

void ZoneOverlayEditor::setOrigin(const QByteArray& origin)
{
    if (m_origin == origin)
        return;
    m_origin = origin;
    validate();
}

Dns::ZoneOverlay ZoneOverlayEditor::overlay() const
{
    return Dns::ZoneOverlay::parse(m_editor->toPlainText().toUtf8(), m_origin);
}

int ZoneOverlayEditor::validate()
{
    m_timer->stop();
    const Dns::ZoneOverlay o = overlay();
    m_diagnostics->clear();
    int errors = 0;
    for (const Dns::ZoneDiagnostic& d : o.diagnostics()) {
        const bool error = d.level == Dns::ZoneDiagnostic::Level::Error;
        errors += error ? 1 : 0;
        auto* item = new QListWidgetItem(error ? tr("line %1: error: %2").arg(d.line).arg(d.message)
                                               : tr("line %1: warning: %2").arg(d.line).arg(d.message),
                                         m_diagnostics);
        item->setData(kLineRole, d.line);
        item->setForeground(error ? QColor(183, 28, 28) : QColor(230, 81, 0));
    }
    m_diagnostics->setVisible(!o.diagnostics().isEmpty());
    if (o.isEmpty() && errors == 0)
        m_status->setText(tr("No overlay: real answers only."));
    else
        m_status->setText(tr("%n record(s)", nullptr, int(o.records().size())) + (errors ? tr(", %n error(s)", nullptr, errors) : QString()));
    m_apply->setEnabled(errors == 0 && !o.isEmpty());
    return errors;
}

void ZoneOverlayEditor::jumpToLine(int line)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
}

} // namespace Deliverbench::Gui
