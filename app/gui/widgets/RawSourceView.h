// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

namespace Deliverbench::Gui {

/**
 * @short Colours header names, continuation lines, encoded words and MIME boundaries of a
 * raw message (RFC 5322 §2.2, RFC 2046 §5.1.1) from the widget's palette.
 */
class HeaderHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit HeaderHighlighter(QTextDocument* document);
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_name;
    QTextCharFormat m_encodedWord;
    QTextCharFormat m_boundary;
    QTextCharFormat m_malformed;
};

/**
 * @short Read-only view of a message's raw bytes with header highlighting and byte-range
 * highlighting (evidence of findings).
 *
 * Lines are split on LF; a CR before LF is not shown. Offsets in the API are offsets into
 * the RawData (the bytes shown start at `baseOffset`). At most MaxDisplayBytes are shown.
 */
class RawSourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr qint64 MaxDisplayBytes = 2 * 1024 * 1024;
    /** @short Text is handed to the document in slices of this many characters, one per event-loop turn. */
    static constexpr qsizetype ChunkChars = 64 * 1024;

    explicit RawSourceView(QWidget* parent = nullptr);

    void setSource(QByteArrayView bytes, qint64 baseOffset);
    void clearSource();
    /** @short Selects and highlights [offset, offset+length), scrolls to it. False when outside the shown bytes. */
    bool highlightRange(qint64 offset, qint64 length);
    /** @short Text position of a RawData byte offset, or -1 when not shown. */
    int textPosition(qint64 offset) const;
    /** @short RawData byte offset of a text position. */
    qint64 byteOffset(int position) const;
    qint64 highlightedOffset() const { return m_highlightOffset; }
    qint64 highlightedLength() const { return m_highlightLength; }
    bool isTruncated() const { return m_truncated; }
    qint64 shownBytes() const { return m_bytes.size(); }
    /** @short True while slices of a big source are still being appended. */
    bool isFilling() const { return m_filled < m_text.size(); }
    /** @short Appends all remaining text now. */
    void finishFilling();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyHighlight();
    void appendChunk();

    QByteArrayView m_bytes;
    qint64 m_base = 0;
    bool m_truncated = false;
    QList<qint64> m_lineStarts; ///< byte offset (relative) of each shown line
    qint64 m_highlightOffset = -1;
    qint64 m_highlightLength = 0;
    HeaderHighlighter* m_highlighter;
    QString m_text;        ///< the whole display text; [0, m_filled) is in the document
    qsizetype m_filled = 0;
    quint64 m_generation = 0;
};

} // namespace Deliverbench::Gui
