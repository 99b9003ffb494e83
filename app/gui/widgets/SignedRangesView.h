// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"
#include "models/AuthSignedRanges.h"
#include "widgets/RawSourceView.h"

namespace Deliverbench::Gui {

/**
 * @short The raw message with what one signature covers coloured (RFC 6376 §5.4.2, §3.5 l=;
 * RFC 8617 §4.1): the hashed header fields, the signature field in its own colour, the signed
 * body and, after an l= cut, the unsigned rest with the cut line marked.
 *
 * Shows the header block and the first BodyPreviewBytes of the body (ranges beyond are listed
 * by the page, not drawn); the colours are applied once the text is in the document.
 */
class SignedRangesView : public RawSourceView
{
    Q_OBJECT
public:
    static constexpr qint64 BodyPreviewBytes = 256 * 1024;

    explicit SignedRangesView(QWidget* parent = nullptr);

    /** @short Shows this message (null: nothing); the ranges are cleared. */
    void setDocument(MessageDocumentPtr document);
    void setRanges(const SignedRanges& ranges);
    void clearRanges();
    const SignedRanges& ranges() const { return m_ranges; }
    bool hasRanges() const { return m_hasRanges; }
    /** @short RawData offset just past the last shown byte. */
    qint64 shownEnd() const { return m_base + shownBytes(); }
    /** @short The colour a range kind is drawn in (from the palette where it has one). */
    QColor colour(SignedByteRange::Kind kind) const;
    /** @short The ranges as drawn: [offset, offset+length) clipped to the shown bytes, by kind. */
    QList<SignedByteRange> drawnRanges() const { return m_drawn; }

signals:
    /** @short The colours of the current ranges are in the view. */
    void rangesApplied();

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply();

    MessageDocumentPtr m_document;
    qint64 m_base = 0;
    SignedRanges m_ranges;
    bool m_hasRanges = false;
    QList<SignedByteRange> m_drawn;
    quint64 m_applyGeneration = 0;
};

} // namespace Deliverbench::Gui
