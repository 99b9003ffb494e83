// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SafeHtmlBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>

namespace Deliverbench::Gui {

SafeHtmlBrowser::SafeHtmlBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("partHtmlView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
}

void SafeHtmlBrowser::setMessageHtml(const QString& html, MessageDocumentPtr document)
{
    m_document = std::move(document);
    m_blocked.clear();
    m_resolved.clear();
    this->document()->clear();
    // The resource cache of the QTextDocument is per document; clear() drops it.
    setHtml(html);
    // Lay out now so every image is requested and the blocked count is final.
    this->document()->documentLayout()->documentSize();
    emit blockedCountChanged(blockedCount());
}

QVariant SafeHtmlBrowser::loadResource(int type, const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("cid") && m_document) {
        // RFC 2392: cid:content-id, percent-encoded.
        const QByteArray id = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1()).toUtf8();
        if (const Mail::MimePart* part = m_document->partByContentId(id)) {
            const QByteArray body = m_document->message.decodedBody(*part);
            if (type == QTextDocument::ImageResource) {
                QImage image;
                if (image.loadFromData(body)) {
                    m_resolved.insert(url);
                    return image;
                }
            } else {
                m_resolved.insert(url);
                return body;
            }
        }
    } else if (scheme == QLatin1String("data")) {
        // Inline data is part of the message itself: a null answer lets QTextDocument decode
        // it (a data: URL has no local file, so there is no file-system fallback).
        return QVariant();
    } else if (!m_blocked.contains(url)) {
        m_blocked.insert(url);
        emit blockedCountChanged(blockedCount());
    }
    // A non-null answer stops QTextDocument from trying the file system itself.
    if (type == QTextDocument::ImageResource) {
        QImage placeholder(1, 1, QImage::Format_ARGB32);
        placeholder.fill(Qt::transparent);
        return placeholder;
    }
    return QByteArray(" ");
}

} // namespace Deliverbench::Gui
