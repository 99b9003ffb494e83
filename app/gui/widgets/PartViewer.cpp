// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PartViewer.h"

#include "util/FileDialog.h"
#include "widgets/HexView.h"
#include "widgets/SafeHtmlBrowser.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

PartViewer::PartViewer(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("partViewer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("partInfoLabel"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_info, 1);
    auto* modeLabel = new QLabel(tr("&Show as:"), this);
    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(QStringLiteral("partViewMode"));
    m_modeCombo->addItem(tr("Automatic"));
    m_modeCombo->addItem(tr("Decoded text"));
    m_modeCombo->addItem(tr("Hex"));
    modeLabel->setBuddy(m_modeCombo);
    bar->addWidget(modeLabel);
    bar->addWidget(m_modeCombo);
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("savePartButton"));
    m_saveButton->setText(tr("Save Part As…"));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveButton->setEnabled(false);
    bar->addWidget(m_saveButton);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("partViewerStack"));
    layout->addWidget(m_stack, 1);

    m_empty = new QLabel(tr("Select a part in the MIME tree."), this);
    m_empty->setObjectName(QStringLiteral("partEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("partTextView"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_stack->addWidget(m_text);

    m_htmlPage = new QWidget(this);
    auto* htmlLayout = new QVBoxLayout(m_htmlPage);
    htmlLayout->setContentsMargins(0, 0, 0, 0);
    htmlLayout->setSpacing(0);
    m_blockedBar = new QLabel(m_htmlPage);
    m_blockedBar->setObjectName(QStringLiteral("remoteContentBar"));
    m_blockedBar->setAutoFillBackground(true);
    m_blockedBar->setBackgroundRole(QPalette::ToolTipBase);
    m_blockedBar->setForegroundRole(QPalette::ToolTipText);
    m_blockedBar->setContentsMargins(6, 3, 6, 3);
    m_blockedBar->setVisible(false);
    htmlLayout->addWidget(m_blockedBar);
    m_html = new SafeHtmlBrowser(m_htmlPage);
    htmlLayout->addWidget(m_html, 1);
    m_stack->addWidget(m_htmlPage);

    m_imageArea = new QScrollArea(this);
    m_imageArea->setObjectName(QStringLiteral("partImageArea"));
    m_image = new QLabel;
    m_image->setObjectName(QStringLiteral("partImageView"));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_stack->addWidget(m_imageArea);

    m_hex = new HexView(this);
    m_hex->setObjectName(QStringLiteral("partHexView"));
    m_stack->addWidget(m_hex);

    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_mode = Mode(index);
        refresh();
    });
    connect(m_saveButton, &QToolButton::clicked, this, [this] { savePartAs(); });
    connect(m_html, &SafeHtmlBrowser::blockedCountChanged, this, [this](int count) {
        m_blockedBar->setText(tr("Remote content blocked: %n resource(s). Only images inside the message are shown.", nullptr, count));
        m_blockedBar->setVisible(count > 0);
    });
    connect(m_html, &QTextBrowser::highlighted, this, [this](const QUrl& url) {
        emit statusMessage(url.isEmpty() ? QString() : tr("Link (not followed): %1").arg(url.toDisplayString()));
    });
    showPage(Page::Empty);
}

void PartViewer::setMode(Mode mode)
{
    m_modeCombo->setCurrentIndex(int(mode));
}

void PartViewer::setPart(MessageDocumentPtr document, const Mail::MimePart* part)
{
    m_document = std::move(document);
    m_part = m_document ? part : nullptr;
    refresh();
}

void PartViewer::showPage(Page page)
{
    m_page = page;
    switch (page) {
    case Page::Empty:
    case Page::Container:
        m_stack->setCurrentWidget(m_empty);
        break;
    case Page::Text:
        m_stack->setCurrentWidget(m_text);
        break;
    case Page::Html:
        m_stack->setCurrentWidget(m_htmlPage);
        break;
    case Page::Image:
        m_stack->setCurrentWidget(m_imageArea);
        break;
    case Page::Hex:
        m_stack->setCurrentWidget(m_hex);
        break;
    }
}

void PartViewer::refresh()
{
    m_text->clear();
    m_image->clear();
    m_hex->setData({});
    m_blockedBar->setVisible(false);
    m_saveButton->setEnabled(m_part && m_part->isLeaf());
    if (!m_part) {
        m_info->clear();
        m_empty->setText(tr("Select a part in the MIME tree."));
        showPage(Page::Empty);
        return;
    }
    const Mail::Message& message = m_document->message;
    const QString type = QString::fromLatin1(m_part->contentType.mimeType());
    const QString size = QLocale().formattedDataSize(m_document->decodedSize(m_part), 1, QLocale::DataSizeTraditionalFormat);
    m_info->setText(tr("Part %1 · %2 · %3").arg(m_part->path.isEmpty() ? tr("(message)") : m_part->path, type, size));

    if (!m_part->isLeaf()) {
        m_empty->setText(tr("%1 is a container with %n part(s). Select one of its parts.", nullptr,
                            int(m_part->children.size()))
                             .arg(type));
        showPage(Page::Container);
        return;
    }

    const QByteArray body = message.decodedBody(*m_part);
    const QByteArray& mainType = m_part->contentType.type;
    Mode mode = m_mode;
    if (mode == Mode::Auto) {
        if (mainType == "text" || mainType == "message")
            mode = Mode::Text;
        else if (mainType == "image")
            mode = Mode::Auto; // decided below
        else
            mode = Mode::Hex;
    }

    if (m_mode == Mode::Auto && m_part->contentType.is("text", "html")) {
        QString html = message.text(*m_part);
        if (html.size() > MaxHtmlBytes)
            html.truncate(MaxHtmlBytes);
        showPage(Page::Html);
        m_html->setMessageHtml(html, m_document);
        return;
    }
    if (m_mode == Mode::Auto && mainType == "image") {
        QImage image;
        if (image.loadFromData(body)) {
            m_image->setPixmap(QPixmap::fromImage(image));
            showPage(Page::Image);
            return;
        }
        mode = Mode::Hex;
    }
    if (mode == Mode::Text) {
        QString text = mainType == "text" ? message.text(*m_part) : QString::fromUtf8(body);
        if (text.size() > MaxTextChars) {
            text.truncate(MaxTextChars);
            text += QLatin1Char('\n') + tr("[… truncated for display; save the part to see all of it]");
        }
        const bool fixed = !m_part->contentType.is("text", "plain") || mainType == "message";
        m_text->setFont(fixed ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont());
        m_text->setPlainText(text);
        showPage(Page::Text);
        return;
    }
    m_hex->setData(body);
    showPage(Page::Hex);
}

QString PartViewer::suggestedFileName() const
{
    if (!m_part)
        return {};
    QString name = m_part->filename();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = QStringLiteral("part-%1").arg(m_part->path.isEmpty() ? QStringLiteral("1") : m_part->path);
    return name;
}

bool PartViewer::savePartTo(const QString& path, QString* error) const
{
    if (!m_part || !m_document)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(m_document->message.decodedBody(*m_part));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool PartViewer::savePartAs()
{
    if (!m_part || !m_part->isLeaf())
        return false;
    const QString path = FileDialog::instance()->getSaveFileName(this, tr("Save Part As"), suggestedFileName());
    if (path.isEmpty())
        return false;
    QString error;
    if (!savePartTo(path, &error)) {
        emit statusMessage(tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    emit statusMessage(tr("Saved part %1 to %2").arg(m_part->path, path));
    return true;
}

} // namespace Deliverbench::Gui
