// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/ZoneOverlay.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Deliverbench::Gui {

/**
 * @short The what-if overlay editor: zone-file text (RFC 1035 §5.1, read by Dns::ZoneOverlay)
 * with its syntax errors listed by line number as the user types, an "Apply what-if" button
 * (applyRequested) and a "Clear" button. Relative names are relative to origin().
 */
class ZoneOverlayEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ZoneOverlayEditor(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    /** @short $ORIGIN for relative names (the audited domain). */
    void setOrigin(const QByteArray& origin);
    QByteArray origin() const { return m_origin; }
    /** @short The text parsed now (not waiting for the typing pause). */
    Dns::ZoneOverlay overlay() const;
    /** @short Re-checks the text at once and shows the diagnostics; returns how many are errors. */
    int validate();

    QPlainTextEdit* editor() const { return m_editor; }
    QListWidget* diagnosticsList() const { return m_diagnostics; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* clearButton() const { return m_clear; }

Q_SIGNALS:
    void applyRequested();
    /** @short The user cleared the overlay: the next run uses real answers only. */
    void cleared();
    void textChanged();

private:
    void jumpToLine(int line);

    QByteArray m_origin;
    QPlainTextEdit* m_editor;
    QListWidget* m_diagnostics;
    QLabel* m_status;
    QPushButton* m_apply;
    QPushButton* m_clear;
    QTimer* m_timer;
};

} // namespace Deliverbench::Gui
