// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Deliverbench::Auth {

/**
 * @short The Public Suffix List (libpsl) for the organizational domain (RFC 7489 §3.2): the
 * system's list, a list given as text (tests), or no list at all (the last two labels).
 * Copies share the loaded list; use from one thread at a time or after loading only.
 */
class PublicSuffixList
{
public:
    /** @short The system's list (psl_latest: /usr/share/publicsuffix), else libpsl's built-in copy. */
    static PublicSuffixList system();
    /** @short A list from rules in PSL file format ("ck", "*.ck", "!www.ck", one a line). */
    static PublicSuffixList fromRules(QByteArrayView rules);
    /** @short No list: the organizational domain is the last two labels (OpenDMARC without a PSL). */
    static PublicSuffixList lastTwoLabels();

    /**
     * @short The organizational domain: the public suffix plus one label, lower case, without
     * stray dots (leading, trailing or repeated dots are dropped). A public suffix itself is
     * returned unchanged.
     */
    QByteArray organizationalDomain(QByteArrayView domain) const;
    /** @short Translated: "system list", "built-in list", "custom list", "no list (last two labels)". */
    QString source() const { return m_source; }
    bool isLoaded() const { return m_ctx != nullptr || m_lastTwo; }

private:
    std::shared_ptr<void> m_ctx; ///< psl_ctx_t (kept opaque)
    bool m_lastTwo = false;
    QString m_source;
};

/** @short Lower case, stray dots dropped ("..a..b." -> "a.b"), bounded to 255 octets. */
QByteArray cleanDomain(QByteArrayView domain);

} // namespace Deliverbench::Auth
