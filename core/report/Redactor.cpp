// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Redactor.h"

#include <QRegularExpression>
#include <QStringList>

namespace Deliverbench::Report {

namespace {

const QRegularExpression& urlPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\b(?:https?|ftp)://[^\\s<>\"'`]+"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& addressPattern()
{
    // Local parts: dot-atom, quoted strings and UTF-8 (RFC 6532) letters.
    static const QRegularExpression pattern(
        QStringLiteral("(?:\"[^\"\\r\\n]{0,64}\"|[\\w.!#$%&'*+/=?^`{|}~-]{1,64})@"
                       "(\\[[0-9A-Fa-f:.]{1,45}\\]|[\\w](?:[\\w-]{0,62})?(?:\\.[\\w](?:[\\w-]{0,62})?)*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool looksLikeToken(QStringView segment)
{
    if (segment.size() < 12)
        return false;
    int digits = 0;
    int letters = 0;
    for (const QChar c : segment) {
        if (c.isDigit())
            ++digits;
        else if (c.isLetter())
            ++letters;
        else if (c != u'-' && c != u'_' && c != u'=' && c != u'.' && c != u'%' && c != u'~')
            return false;
    }
    return digits > 0 || segment.size() >= 20 || (letters > 0 && segment.size() >= 16);
}

} // namespace

void Redactor::addRecipient(const QString& address)
{
    if (address.contains(u'@'))
        m_recipients.insert(address.trimmed().toLower());
}

QString Redactor::bodyPlaceholder(qsizetype bytes)
{
    return QStringLiteral("[body redacted, %1 bytes]").arg(bytes);
}

QString Redactor::placeholder(QHash<QString, QString>& map, const QString& prefix, const QString& key)
{
    auto it = map.constFind(key);
    if (it != map.constEnd())
        return it.value();
    const QString value = prefix + QString::number(map.size() + 1);
    map.insert(key, value);
    return value;
}

QString Redactor::redactUrl(const QString& url)
{
    // scheme://authority/path?query#fragment: keep scheme and host, replace tokens.
    const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
    const qsizetype pathStart = url.indexOf(u'/', schemeEnd + 3);
    if (pathStart < 0) {
        QString authority = url;
        const qsizetype at = authority.indexOf(u'@');
        if (at > schemeEnd)   // user:password@host
            authority = url.left(schemeEnd + 3) + url.mid(at + 1);
        return authority;
    }
    QString head = url.left(pathStart);
    const qsizetype userAt = head.indexOf(u'@');
    if (userAt > schemeEnd)
        head = head.left(schemeEnd + 3) + head.mid(userAt + 1);
    QString rest = url.mid(pathStart);
    QString fragment;
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        fragment = rest.mid(hash + 1);
        rest.truncate(hash);
    }
    QString query;
    const qsizetype question = rest.indexOf(u'?');
    bool hasQuery = question >= 0;
    if (hasQuery) {
        query = rest.mid(question + 1);
        rest.truncate(question);
    }
    QStringList segments = rest.split(u'/');
    for (QString& segment : segments) {
        if (looksLikeToken(segment))
            segment = placeholder(m_tokens, QStringLiteral("token-"), segment);
    }
    QString result = head + segments.join(u'/');
    if (hasQuery) {
        QStringList pairs = query.split(u'&');
        for (QString& pair : pairs) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals < 0) {
                if (!pair.isEmpty())
                    pair = placeholder(m_tokens, QStringLiteral("token-"), pair);
                continue;
            }
            const QString value = pair.mid(equals + 1);
            if (!value.isEmpty())
                pair = pair.left(equals + 1) + placeholder(m_tokens, QStringLiteral("token-"), value);
        }
        result += u'?' + pairs.join(u'&');
    }
    if (hash >= 0 && !fragment.isEmpty())
        result += u'#' + placeholder(m_tokens, QStringLiteral("token-"), fragment);
    return result;
}

QString Redactor::redact(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    // 1. URLs
    {
        qsizetype last = 0;
        auto it = urlPattern().globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            result += QStringView(text).sliced(last, match.capturedStart() - last);
            result += redactUrl(match.captured(0));
            last = match.capturedEnd();
        }
        result += QStringView(text).sliced(last);
    }
    // 2. addresses
    QString second;
    second.reserve(result.size());
    {
        qsizetype last = 0;
        auto it = addressPattern().globalMatch(result);
        while (it.hasNext()) {
            const auto match = it.next();
            second += QStringView(result).sliced(last, match.capturedStart() - last);
            const QString address = match.captured(0);
            const QString key = address.toLower();
            const qsizetype at = address.lastIndexOf(u'@');
            const QString local = address.left(at);
            const QString domain = address.mid(at + 1);
            auto known = m_addresses.constFind(key);
            QString replacement;
            if (known != m_addresses.constEnd()) {
                replacement = known.value();
            } else if (m_recipients.contains(key)) {
                replacement = placeholder(m_localParts, QStringLiteral("recipient-"), key)
                              + QStringLiteral("@redacted.invalid");
                m_addresses.insert(key, replacement);
            } else {
                replacement = placeholder(m_localParts, QStringLiteral("local-"), local.toLower()) + u'@' + domain;
                m_addresses.insert(key, replacement);
            }
            if (local.size() >= 3 && !m_localParts.contains(local.toLower()))
                m_localParts.insert(local.toLower(), replacement.left(replacement.indexOf(u'@')));
            second += replacement;
            last = match.capturedEnd();
        }
        second += QStringView(result).sliced(last);
    }
    // 3. local parts of known addresses standing alone ("No such user: jdoe")
    for (auto it = m_localParts.cbegin(); it != m_localParts.cend(); ++it) {
        if (it.key().size() < 3 || it.key().contains(u'@') || it.value() == it.key())
            continue;
        const QRegularExpression word(QStringLiteral("(?<![\\w.+-])") + QRegularExpression::escape(it.key())
                                          + QStringLiteral("(?![\\w+-])"),
                                      QRegularExpression::CaseInsensitiveOption
                                          | QRegularExpression::UseUnicodePropertiesOption);
        second.replace(word, it.value());
    }
    return second;
}

} // namespace Deliverbench::Report
