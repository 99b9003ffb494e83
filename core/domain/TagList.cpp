// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TagList.h"

#include "domain/DomainText_p.h"

namespace Deliverbench::Domain {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray trimmed(QByteArrayView v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && isWsp(v.at(b)))
        ++b;
    while (e > b && isWsp(v.at(e - 1)))
        --e;
    return midOf(v, b, e - b).toByteArray();
}

/** @short tag-name = ALPHA *ALNUMPUNC (RFC 6376 §3.2), ALNUMPUNC = ALPHA / DIGIT / "_". */
bool isTagName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!alpha(name.at(0)))
        return false;
    for (char c : name) {
        if (!alpha(c) && !(c >= '0' && c <= '9') && c != '_')
            return false;
    }
    return true;
}

} // namespace

TagList TagList::parse(QByteArrayView text)
{
    TagList list;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n && list.tags.size() < kMaxTags) {
        qsizetype end = text.indexOf(';', pos);
        if (end < 0)
            end = n;
        const QByteArray segment = trimmed(midOf(text, pos, end - pos));
        pos = end + 1;
        if (segment.isEmpty())
            continue; // an empty segment (trailing ';') is allowed
        const qsizetype eq = segment.indexOf('=');
        if (eq <= 0) {
            if (list.malformed.size() < 16)
                list.malformed.append(segment.left(80));
            continue;
        }
        Tag tag{trimmed(leftOf(segment, eq)), trimmed(midOf(segment, eq + 1))};
        if (!isTagName(tag.name)) {
            if (list.malformed.size() < 16)
                list.malformed.append(segment.left(80));
            continue;
        }
        if (list.has(tag.name) && !list.duplicates.contains(tag.name))
            list.duplicates.append(tag.name);
        list.tags.append(std::move(tag));
    }
    return list;
}

bool TagList::has(QByteArrayView name) const
{
    for (const Tag& t : tags) {
        if (t.name == name)
            return true;
    }
    return false;
}

QByteArray TagList::value(QByteArrayView name) const
{
    for (const Tag& t : tags) {
        if (t.name == name)
            return t.value.isNull() ? QByteArray("") : t.value;
    }
    return {};
}

QString displayBytes(QByteArrayView bytes, int max)
{
    QString out;
    const qsizetype n = std::min<qsizetype>(bytes.size(), max);
    const QString text = QString::fromUtf8(leftOf(bytes, n));
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (bytes.size() > n)
        out += QStringLiteral("…");
    return out;
}

} // namespace Deliverbench::Domain
