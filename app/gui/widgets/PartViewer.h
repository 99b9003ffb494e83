// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace Deliverbench::Gui {

class HexView;
class SafeHtmlBrowser;

/**
 * @short Shows one MIME part: decoded text for text types, HTML rendered with remote content
 * blocked, images, a hex dump for anything else; "Save part as…" writes the decoded bytes.
 */
class PartViewer : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Auto, Text, Hex };
    enum class Page { Empty, Text, Html, Image, Hex, Container };

    static constexpr qint64 MaxTextChars = 4 * 1024 * 1024;
    static constexpr qint64 MaxHtmlBytes = 2 * 1024 * 1024;

    explicit PartViewer(QWidget* parent = nullptr);

    void setPart(MessageDocumentPtr document, const Mail::MimePart* part);
    const Mail::MimePart* part() const { return m_part; }
    Page currentPage() const { return m_page; }
    void setMode(Mode mode);
    SafeHtmlBrowser* htmlView() const { return m_html; }
    HexView* hexView() const { return m_hex; }
    /** @short Asks for a file name (FileDialog) and writes the decoded part; false on cancel/error. */
    bool savePartAs();
    /** @short Writes the decoded body of the current part to path. */
    bool savePartTo(const QString& path, QString* error = nullptr) const;

signals:
    void statusMessage(const QString& message);

private:
    void refresh();
    void showPage(Page page);
    QString suggestedFileName() const;

    MessageDocumentPtr m_document;
    const Mail::MimePart* m_part = nullptr;
    Mode m_mode = Mode::Auto;
    Page m_page = Page::Empty;

    QLabel* m_info;
    QComboBox* m_modeCombo;
    QToolButton* m_saveButton;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QPlainTextEdit* m_text;
    QWidget* m_htmlPage;
    QLabel* m_blockedBar;
    SafeHtmlBrowser* m_html;
    QScrollArea* m_imageArea;
    QLabel* m_image;
    HexView* m_hex;
};

} // namespace Deliverbench::Gui
