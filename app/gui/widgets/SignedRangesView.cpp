// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SignedRangesView.h"

#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace Deliverbench::Gui {

SignedRangesView::SignedRangesView(QWidget* parent)
    : RawSourceView(parent)
{
    setObjectName(QStringLiteral("signedRangesView"));
}

void SignedRangesView::setDocument(MessageDocumentPtr document)
{
    m_document = std::move(document);
    m_ranges = {};
    m_hasRanges = false;
    m_drawn.clear();
    ++m_applyGeneration;
    if (!m_document || !m_document->message.root || !m_document->message.data) {
        clearSource();
        return;
    }
    const Mail::Message& message = m_document->message;
    const qint64 end = message.offset + message.length;
    const qint64 bodyStart = std::min(message.root->bodyOffset, end);
    const qint64 shownEnd = std::min(end, bodyStart + BodyPreviewBytes);
    m_base = message.offset;
    setSource(message.slice(message.offset, shownEnd - message.offset), m_base);
}

void SignedRangesView::clearRanges()
{
    m_ranges = {};
    m_hasRanges = false;
    m_drawn.clear();
    ++m_applyGeneration;
    setExtraSelections({});
}

void SignedRangesView::setRanges(const SignedRanges& ranges)
{
    m_ranges = ranges;
    m_hasRanges = true;
    ++m_applyGeneration;
    apply();
}

QColor SignedRangesView::colour(SignedByteRange::Kind kind) const
{
    QColor c;
    switch (kind) {
    case SignedByteRange::Kind::SignedHeader:
        c = QColor(0x2e, 0xa0, 0x43); // green: covered
        c.setAlpha(70);
        break;
    case SignedByteRange::Kind::SignatureField:
        c = palette().color(QPalette::Highlight); // the signature itself
        c.setAlpha(80);
        break;
    case SignedByteRange::Kind::SignedBody:
        c = QColor(0x2e, 0xa0, 0x43);
        c.setAlpha(30);
        break;
    case SignedByteRange::Kind::UnsignedBody:
        c = QColor(0xd9, 0x3c, 0x3c); // red: not covered
        c.setAlpha(60);
        break;
    }
    return c;
}

void SignedRangesView::apply()
{
    if (!m_hasRanges) {
        setExtraSelections({});
        return;
    }
    if (isFilling()) {
        // the text goes in slice by slice; colour it once it is all there
        const quint64 generation = m_applyGeneration;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_applyGeneration)
                apply();
        });
        return;
    }
    m_drawn.clear();
    QList<QTextEdit::ExtraSelection> selections;
    const qint64 limit = shownEnd();
    int firstPosition = -1;
    for (const SignedByteRange& range : m_ranges.all()) {
        if (range.offset < m_base || range.offset >= limit || range.length <= 0)
            continue;
        const qint64 end = std::min(range.offset + range.length, limit);
        const int from = textPosition(range.offset);
        const int to = textPosition(end);
        if (from < 0 || to < from)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        selection.format.setBackground(colour(range.kind));
        if (range.kind == SignedByteRange::Kind::SignatureField)
            selection.format.setFontItalic(true);
        selections.append(selection);
        SignedByteRange drawn = range;
        drawn.length = end - range.offset;
        m_drawn.append(drawn);
        if (range.kind != SignedByteRange::Kind::SignedBody && (firstPosition < 0 || from < firstPosition))
            firstPosition = from;
    }
    // the l= cut: the line where the unsigned rest starts, across the whole width
    if (m_ranges.bodyCut >= m_base && m_ranges.bodyCut < limit && m_ranges.bodyCut < m_ranges.bodyOffset + m_ranges.bodyLength) {
        const int at = textPosition(m_ranges.bodyCut);
        if (at >= 0) {
            QTextEdit::ExtraSelection line;
            line.cursor = QTextCursor(document());
            line.cursor.setPosition(at);
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            QColor cut(0xd9, 0x3c, 0x3c);
            cut.setAlpha(110);
            line.format.setBackground(cut);
            line.format.setToolTip(tr("l= cuts the body here"));
            selections.prepend(line);
        }
    }
    setExtraSelections(selections);
    if (firstPosition >= 0) {
        QTextCursor cursor(document());
        cursor.setPosition(firstPosition);
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    emit rangesApplied();
}

void SignedRangesView::changeEvent(QEvent* event)
{
    RawSourceView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasRanges)
        apply();
}

} // namespace Deliverbench::Gui
