// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/HeaderTokens_p.h"

namespace Deliverbench::Mail::Tokens {

bool isAtext(char c, bool allow8bit)
{
    if (is8bit(c))
        return allow8bit;
    if (isAlpha(c) || isDigit(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '/': case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '(': case ')': case '<': case '>': case '@': case ',': case ';': case ':': case '\\':
    case '"': case '/': case '[': case ']': case '?': case '=':
        return false;
    default:
        return true;
    }
}

void skipWsp(const char*& p, const char* end)
{
    while (p < end && isWsp(*p))
        ++p;
}

bool readComment(const char*& p, const char* end, QByteArray* text)
{
    // p at '('. Iterative: depth counter instead of recursion (hostile nesting is harmless).
    ++p;
    qint64 depth = 1;
    while (p < end) {
        const char c = *p;
        if (c == '\\' && p + 1 < end) {
            if (text)
                text->append(p[1]);
            p += 2;
            continue;
        }
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0) {
                ++p;
                return true;
            }
        }
        if (text)
            text->append(c);
        ++p;
    }
    return false;
}

bool skipCfws(const char*& p, const char* end, QList<QByteArray>* comments)
{
    bool ok = true;
    while (p < end) {
        if (isWsp(*p)) {
            ++p;
        } else if (*p == '(') {
            QByteArray text;
            if (!readComment(p, end, comments ? &text : nullptr))
                ok = false;
            if (comments)
                comments->append(text);
        } else {
            break;
        }
    }
    return ok;
}

bool readQuotedString(const char*& p, const char* end, QByteArray& out)
{
    ++p; // opening quote
    while (p < end) {
        const char c = *p;
        if (c == '\\' && p + 1 < end) {
            out.append(p[1]);
            p += 2;
            continue;
        }
        ++p;
        if (c == '"')
            return true;
        if (c == '\r' || c == '\n')
            continue; // folding inside a quoted string: the CRLF is not part of the content
        out.append(c);
    }
    return false;
}

bool readAtom(const char*& p, const char* end, QByteArray& out, bool allow8bit)
{
    const char* s = p;
    while (p < end && isAtext(*p, allow8bit))
        ++p;
    if (p == s)
        return false;
    out.append(s, p - s);
    return true;
}

bool readToken(const char*& p, const char* end, QByteArray& out)
{
    const char* s = p;
    while (p < end && isTokenChar(*p))
        ++p;
    if (p == s)
        return false;
    out.append(s, p - s);
    return true;
}

bool readDomainLiteral(const char*& p, const char* end, QByteArray& out)
{
    ++p; // '['
    while (p < end) {
        const char c = *p;
        if (c == '\\' && p + 1 < end) {
            out.append(p[1]);
            p += 2;
            continue;
        }
        ++p;
        if (c == ']')
            return true;
        if (c == '[')
            return false;
        if (!isWsp(c))
            out.append(c);
    }
    return false;
}

QByteArray lower(QByteArrayView v)
{
    QByteArray r(v.data(), v.size());
    for (char& c : r) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return r;
}

bool equalsCi(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isWsp(v[b]))
        ++b;
    while (e > b && isWsp(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

QByteArray unfold(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (char c : raw) {
        if (c != '\r' && c != '\n')
            out.append(c);
    }
    const QByteArrayView t = trimmed(out);
    return t.toByteArray();
}

} // namespace Deliverbench::Mail::Tokens
