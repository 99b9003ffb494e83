// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RawSourceView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>

namespace Deliverbench::Gui {

namespace {

enum BlockState { HeaderState = 0, BodyState = 1, PartHeaderState = 2 };

bool isFieldNameChar(QChar c)
{
    const ushort u = c.unicode();
    return u >= 33 && u <= 126 && u != ':';
}

/** @short Decoded text of one line of bytes (no line break), CR dropped at the end. */
QString lineText(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

HeaderHighlighter::HeaderHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void HeaderHighlighter::setPalette(const QPalette& palette)
{
    m_name = QTextCharFormat();
    m_name.setFontWeight(QFont::Bold);
    m_name.setForeground(palette.color(QPalette::Link));
    m_encodedWord = QTextCharFormat();
    m_encodedWord.setFontItalic(true);
    m_encodedWord.setForeground(palette.color(QPalette::LinkVisited));
    m_boundary = QTextCharFormat();
    m_boundary.setFontWeight(QFont::Bold);
    m_boundary.setForeground(palette.color(QPalette::PlaceholderText));
    m_malformed = QTextCharFormat();
    m_malformed.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_malformed.setUnderlineColor(QColor(0xd9, 0x3c, 0x3c));
    rehighlight();
}

void HeaderHighlighter::highlightBlock(const QString& text)
{
    int state = previousBlockState();
    if (state < 0)
        state = HeaderState;

    if (state == BodyState) {
        // A MIME boundary: "--" + up to 70 bcharsnospace-ish characters (RFC 2046 §5.1.1).
        if (text.size() > 2 && text.size() <= 80 && text.startsWith(QLatin1String("--")) && !text.at(2).isSpace()
            && !text.contains(QLatin1Char(' '))) {
            setFormat(0, int(text.size()), m_boundary);
            setCurrentBlockState(text.endsWith(QLatin1String("--")) ? BodyState : PartHeaderState);
            return;
        }
        setCurrentBlockState(BodyState);
        return;
    }

    // Header section of the message or of a part.
    if (text.isEmpty()) {
        setCurrentBlockState(BodyState);
        return;
    }
    setCurrentBlockState(state);
    int valueStart = 0;
    if (!text.at(0).isSpace()) {
        int i = 0;
        while (i < text.size() && isFieldNameChar(text.at(i)))
            ++i;
        int colon = i;
        while (colon < text.size() && (text.at(colon) == QLatin1Char(' ') || text.at(colon) == QLatin1Char('\t')))
            ++colon;
        if (i > 0 && colon < text.size() && text.at(colon) == QLatin1Char(':')) {
            setFormat(0, colon + 1, m_name);
            valueStart = colon + 1;
        } else if (text.startsWith(QLatin1String("From ")) && currentBlock().blockNumber() == 0) {
            setFormat(0, int(text.size()), m_boundary); // mbox From_ line
            return;
        } else {
            setFormat(0, int(text.size()), m_malformed);
            return;
        }
    }
    static const QRegularExpression encodedWord(QStringLiteral("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?="));
    auto it = encodedWord.globalMatch(text, valueStart);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_encodedWord);
    }
}

RawSourceView::RawSourceView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new HeaderHighlighter(document()))
{
    setObjectName(QStringLiteral("rawSourceView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
    m_highlighter->setPalette(palette());
}

void RawSourceView::clearSource()
{
    m_bytes = {};
    m_text.clear();
    m_filled = 0;
    ++m_generation;
    m_lineStarts.clear();
    m_highlightOffset = -1;
    m_highlightLength = 0;
    setExtraSelections({});
    setPlainText(QString());
}

void RawSourceView::setSource(QByteArrayView bytes, qint64 baseOffset)
{
    m_truncated = bytes.size() > MaxDisplayBytes;
    m_bytes = bytes.first(std::min<qint64>(bytes.size(), MaxDisplayBytes));
    m_base = baseOffset;
    m_highlightOffset = -1;
    m_highlightLength = 0;
    m_lineStarts.clear();

    QString text;
    text.reserve(m_bytes.size() + 64);
    qint64 start = 0;
    const qint64 size = m_bytes.size();
    while (start <= size) {
        m_lineStarts.append(start);
        const qsizetype lf = m_bytes.indexOf('\n', start);
        const qint64 end = lf < 0 ? size : lf;
        if (start > 0)
            text += QLatin1Char('\n');
        text += lineText(m_bytes.sliced(start, end - start));
        if (lf < 0)
            break;
        start = end + 1;
    }
    setExtraSelections({});
    m_text = std::move(text);
    m_filled = 0;
    ++m_generation;
    // Big sources go in slices so the event loop keeps turning (the window stays responsive).
    qsizetype first = m_text.size();
    if (first > ChunkChars) {
        first = m_text.indexOf(QLatin1Char('\n'), ChunkChars);
        if (first < 0)
            first = m_text.size();
    }
    setPlainText(m_text.left(first));
    m_filled = first;
    moveCursor(QTextCursor::Start);
    if (isFilling()) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                appendChunk();
        });
    }
}

void RawSourceView::appendChunk()
{
    if (!isFilling())
        return;
    qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_filled + ChunkChars);
    if (end < 0)
        end = m_text.size();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_text).sliced(m_filled, end - m_filled).toString());
    m_filled = end;
    if (isFilling()) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                appendChunk();
        });
    } else {
        m_text.clear();
        m_text.squeeze();
        m_filled = 0;
    }
}

void RawSourceView::finishFilling()
{
    if (!isFilling())
        return;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_text).sliced(m_filled).toString());
    m_text.clear();
    m_text.squeeze();
    m_filled = 0;
    ++m_generation;
}

int RawSourceView::textPosition(qint64 offset) const
{
    const qint64 rel = offset - m_base;
    if (rel < 0 || rel > m_bytes.size() || m_lineStarts.isEmpty())
        return -1;
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), rel);
    const int line = int(std::distance(m_lineStarts.cbegin(), it)) - 1;
    if (line >= document()->blockCount())
        const_cast<RawSourceView*>(this)->finishFilling();
    const qint64 lineStart = m_lineStarts.at(line);
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return -1;
    // Characters of the line before the offset (CR of a CRLF maps to the end of the line).
    QByteArrayView prefix = m_bytes.sliced(lineStart, rel - lineStart);
    const int column = std::min<int>(int(QString::fromUtf8(prefix).size()), block.length() - 1);
    return block.position() + column;
}

qint64 RawSourceView::byteOffset(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || block.blockNumber() >= m_lineStarts.size())
        return -1;
    const qint64 lineStart = m_lineStarts.at(block.blockNumber());
    const QString prefix = block.text().left(position - block.position());
    return m_base + lineStart + prefix.toUtf8().size();
}

bool RawSourceView::highlightRange(qint64 offset, qint64 length)
{
    const int from = textPosition(offset);
    if (from < 0)
        return false;
    int to = textPosition(std::min<qint64>(offset + std::max<qint64>(0, length), m_base + m_bytes.size()));
    if (to < from)
        to = from;
    m_highlightOffset = offset;
    m_highlightLength = length;

    QTextCursor cursor(document());
    cursor.setPosition(to);
    setTextCursor(cursor);
    ensureCursorVisible();
    cursor.setPosition(from);
    setTextCursor(cursor);
    ensureCursorVisible();
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    applyHighlight();
    return true;
}

void RawSourceView::applyHighlight()
{
    if (m_highlightOffset < 0) {
        setExtraSelections({});
        return;
    }
    const int from = textPosition(m_highlightOffset);
    const int to = textPosition(std::min<qint64>(m_highlightOffset + m_highlightLength, m_base + m_bytes.size()));
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    selection.cursor.setPosition(from);
    selection.cursor.setPosition(std::max(from, to), QTextCursor::KeepAnchor);
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(90);
    selection.format.setBackground(background);
    QTextEdit::ExtraSelection line;
    line.cursor = QTextCursor(document());
    line.cursor.setPosition(from);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    QColor lineColor = palette().color(QPalette::Highlight);
    lineColor.setAlpha(35);
    line.format.setBackground(lineColor);
    setExtraSelections({line, selection});
}

void RawSourceView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        applyHighlight();
    }
}

} // namespace Deliverbench::Gui
