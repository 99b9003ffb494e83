// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/MessageDocument.h"

#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace Deliverbench::Gui {

/**
 * @short Renders a message's HTML with every remote and local-file resource blocked.
 *
 * loadResource() resolves only cid: URLs (RFC 2392) from the message's own parts and
 * data: URLs; everything else (http, https, ftp, file, relative paths) is answered with
 * an empty placeholder so QTextDocument never falls back to reading a file. Links are not
 * followed. blockedCount() says how many distinct resources were refused.
 */
class SafeHtmlBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeHtmlBrowser(QWidget* parent = nullptr);

    /** @short Shows html; cid: references are looked up in document's parts. */
    void setMessageHtml(const QString& html, MessageDocumentPtr document);
    int blockedCount() const { return int(m_blocked.size()); }
    QList<QUrl> blockedUrls() const { return m_blocked.values(); }
    int resolvedCount() const { return int(m_resolved.size()); }

    QVariant loadResource(int type, const QUrl& url) override;

signals:
    void blockedCountChanged(int count);

private:
    MessageDocumentPtr m_document;
    QSet<QUrl> m_blocked;
    QSet<QUrl> m_resolved;
};

} // namespace Deliverbench::Gui
