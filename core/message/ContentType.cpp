// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/ContentType.h"

#include "message/Charset.h"
#include "message/Rfc2047.h"

#include <algorithm>
#include <map>

namespace Deliverbench::Mail {

namespace {

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

QByteArray lower(QByteArrayView v)
{
    QByteArray out(v.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < v.size(); ++i)
        out[i] = asciiLower(v[i]);
    return out;
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

/** RFC 2045 §5.1 token characters (tspecials and CTLs excluded). */
inline bool isTokenChar(char c)
{
    const unsigned char u = static_cast<unsigned char>(c);
    if (u <= 32 || u == 127)
        return false;
    switch (c) {
    case '(': case ')': case '<': case '>': case '@': case ',': case ';': case ':':
    case '\\': case '"': case '/': case '[': case ']': case '?': case '=':
        return false;
    default:
        return true;
    }
}

/** Removes RFC 5322 comments outside quoted strings (nesting and quoted-pairs honoured). */
QByteArray stripComments(QByteArrayView v)
{
    if (!v.contains('('))
        return v.toByteArray();
    QByteArray out;
    out.reserve(v.size());
    bool inQuote = false;
    int depth = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (depth > 0) {
            if (c == '\\')
                ++i;
            else if (c == '(')
                ++depth;
            else if (c == ')')
                --depth;
            continue;
        }
        if (inQuote) {
            out.append(c);
            if (c == '\\' && i + 1 < v.size())
                out.append(v[++i]);
            else if (c == '"')
                inQuote = false;
            continue;
        }
        if (c == '"')
            inQuote = true;
        const char prev = out.isEmpty() ? ' ' : out.back();
        if (c == '(' && (isSpace(prev) || prev == ';' || prev == '=' || prev == '/' || prev == '"')) {
            depth = 1;
            out.append(' ');
            continue;
        }
        out.append(c);
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray percentDecode(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '%' && i + 2 < v.size() && hexValue(v[i + 1]) >= 0 && hexValue(v[i + 2]) >= 0) {
            out.append(char(hexValue(v[i + 1]) * 16 + hexValue(v[i + 2])));
            i += 2;
        } else {
            out.append(v[i]);
        }
    }
    return out;
}

/** Value of a plain (non-RFC 2231) parameter: RFC 2047 words (broken but common) or raw 8-bit text. */
QString decodePlainValue(QByteArrayView raw)
{
    if (raw.contains("=?"))
        return decodeHeaderText(raw);
    return decodeCharset(QByteArrayView(), raw);
}

struct RawParam
{
    QByteArray baseName; // lower case, without *N / *
    QByteArray value;    // unquoted
    int section = -1;    // -1: no continuation index
    bool extended = false;
    qsizetype order = 0;
};

QList<RawParam> splitParameters(QByteArrayView list)
{
    QList<RawParam> params;
    const QByteArray clean = stripComments(list);
    const qsizetype n = clean.size();
    qsizetype i = 0;
    qsizetype order = 0;
    while (i < n) {
        while (i < n && (isSpace(clean[i]) || clean[i] == ';'))
            ++i;
        if (i >= n)
            break;
        const qsizetype nameStart = i;
        while (i < n && clean[i] != '=' && clean[i] != ';')
            ++i;
        if (i >= n || clean[i] == ';')
            continue; // a word without '=': garbage, skipped
        QByteArrayView name = trimmed(QByteArrayView(clean).sliced(nameStart, i - nameStart));
        ++i; // '='
        while (i < n && (clean[i] == ' ' || clean[i] == '\t' || clean[i] == '\r' || clean[i] == '\n'))
            ++i;
        QByteArray value;
        if (i < n && clean[i] == '"') {
            ++i;
            while (i < n && clean[i] != '"') {
                if (clean[i] == '\\' && i + 1 < n)
                    ++i;
                if (clean[i] != '\r' && clean[i] != '\n')
                    value.append(clean[i]);
                ++i;
            }
            if (i < n)
                ++i; // closing quote
            while (i < n && clean[i] != ';')
                ++i; // junk after the quoted string
        } else {
            const qsizetype vs = i;
            while (i < n && clean[i] != ';')
                ++i;
            value = trimmed(QByteArrayView(clean).sliced(vs, i - vs)).toByteArray();
        }
        if (name.isEmpty())
            continue;
        RawParam p;
        p.order = order++;
        p.value = value;
        QByteArray lname = lower(name);
        // Strip spaces inside the name ("filename *0" is not valid, but keep it simple).
        if (lname.endsWith('*')) {
            p.extended = true;
            lname.chop(1);
        }
        const qsizetype star = lname.lastIndexOf('*');
        if (star > 0) {
            bool ok = false;
            const QByteArray idx = lname.mid(star + 1);
            const int s = idx.size() <= 4 ? idx.toInt(&ok) : -1;
            if (ok && s >= 0 && !idx.startsWith('+') && !idx.startsWith('-')) {
                p.section = s;
                lname.truncate(star);
            }
        }
        p.baseName = lname;
        params.append(std::move(p));
        if (params.size() > 10000)
            break;
    }
    return params;
}

} // namespace

bool ContentType::is(QByteArrayView t, QByteArrayView s) const
{
    return equalsIgnoreCase(type, t) && equalsIgnoreCase(subtype, s);
}

bool ContentType::isEncapsulatedMessage() const
{
    return type == "message" && (subtype == "rfc822" || subtype == "global");
}

const HeaderParameter* ContentType::parameter(QByteArrayView name) const
{
    const HeaderParameter* plain = nullptr;
    for (const HeaderParameter& p : parameters) {
        if (equalsIgnoreCase(p.name, name)) {
            if (p.extended)
                return &p;
            if (!plain)
                plain = &p;
        }
    }
    return plain;
}

QByteArray ContentType::charset() const
{
    const HeaderParameter* p = parameter("charset");
    if (!p)
        return {};
    if (p->extended)
        return lower(trimmed(p->value.toLatin1()));
    return lower(trimmed(p->rawValue));
}

QByteArray ContentType::boundary() const
{
    for (const HeaderParameter& p : parameters) {
        if (p.name == "boundary" && !p.extended)
            return p.rawValue;
    }
    const HeaderParameter* p = parameter("boundary");
    return p ? p->value.toUtf8() : QByteArray();
}

QList<HeaderParameter> parseParameters(QByteArrayView parameterList)
{
    const QList<RawParam> raw = splitParameters(parameterList);
    QList<HeaderParameter> out;
    // RFC 2231 §3: gather name*0, name*1, … in index order.
    std::map<QByteArray, QList<const RawParam*>> sections;
    for (const RawParam& p : raw) {
        if (p.section >= 0)
            sections[p.baseName].append(&p);
    }
    QList<QByteArray> emitted;
    for (const RawParam& p : raw) {
        if (p.section < 0) {
            HeaderParameter hp;
            hp.name = p.baseName;
            hp.rawValue = p.value;
            hp.extended = p.extended;
            if (p.extended) {
                // charset'language'%XX (RFC 2231 §4)
                const qsizetype q1 = p.value.indexOf('\'');
                const qsizetype q2 = q1 >= 0 ? p.value.indexOf('\'', q1 + 1) : -1;
                if (q2 >= 0) {
                    const QByteArray cs = p.value.left(q1);
                    hp.value = decodeCharset(cs, percentDecode(QByteArrayView(p.value).sliced(q2 + 1)));
                } else {
                    hp.value = decodeCharset(QByteArrayView(), percentDecode(p.value));
                }
            } else {
                hp.value = decodePlainValue(p.value);
            }
            out.append(std::move(hp));
            continue;
        }
        if (emitted.contains(p.baseName))
            continue;
        emitted.append(p.baseName);
        QList<const RawParam*> parts = sections[p.baseName];
        std::stable_sort(parts.begin(), parts.end(), [](const RawParam* a, const RawParam* b) { return a->section < b->section; });
        HeaderParameter hp;
        hp.name = p.baseName;
        QByteArray charset;
        QByteArray bytes;
        bool anyExtended = false;
        bool first = true;
        int expected = 0;
        for (const RawParam* s : parts) {
            if (s->section < expected)
                continue; // duplicate index: keep the first
            expected = s->section + 1;
            hp.rawValue += s->value;
            QByteArrayView v = s->value;
            if (s->extended) {
                anyExtended = true;
                if (first) {
                    const qsizetype q1 = v.indexOf('\'');
                    const qsizetype q2 = q1 >= 0 ? v.indexOf('\'', q1 + 1) : -1;
                    if (q2 >= 0) {
                        charset = v.first(q1).toByteArray();
                        v = v.sliced(q2 + 1);
                    }
                }
                bytes += percentDecode(v);
            } else {
                bytes += v.toByteArray();
            }
            first = false;
        }
        hp.extended = anyExtended;
        if (anyExtended)
            hp.value = decodeCharset(charset, bytes);
        else
            hp.value = decodePlainValue(bytes);
        out.append(std::move(hp));
    }
    return out;
}

ContentType parseContentType(QByteArrayView value)
{
    ContentType ct;
    ct.present = true;
    const QByteArray clean = stripComments(value);
    const QByteArrayView v(clean);
    qsizetype i = 0;
    const qsizetype n = v.size();
    while (i < n && isSpace(v[i]))
        ++i;
    const qsizetype ts = i;
    while (i < n && isTokenChar(v[i]))
        ++i;
    const QByteArray type = lower(v.sliced(ts, i - ts));
    while (i < n && isSpace(v[i]))
        ++i;
    QByteArray subtype;
    if (i < n && v[i] == '/') {
        ++i;
        while (i < n && isSpace(v[i]))
            ++i;
        const qsizetype ss = i;
        while (i < n && isTokenChar(v[i]))
            ++i;
        subtype = lower(v.sliced(ss, i - ss));
    }
    // Parameters start after the first ';' (or directly, when a mailer forgot it).
    qsizetype paramStart = i;
    while (paramStart < n && v[paramStart] != ';' && isSpace(v[paramStart]))
        ++paramStart;
    const bool junkAfterType = paramStart < n && v[paramStart] != ';' && !v.sliced(paramStart).contains('=');
    ct.parameters = parseParameters(v.sliced(std::min(paramStart, n)));

    if (type.isEmpty()) {
        ct.valid = false;
        return ct; // text/plain default (RFC 2045 §5.2)
    }
    ct.type = type;
    if (subtype.isEmpty()) {
        ct.valid = false;
        if (type == "text")
            ct.subtype = "plain";
        else if (type == "multipart")
            ct.subtype = "mixed";
        else if (type == "message")
            ct.subtype = "rfc822";
        else {
            ct.type = "application";
            ct.subtype = "octet-stream";
        }
        return ct;
    }
    ct.subtype = subtype;
    if (junkAfterType)
        ct.valid = false;
    return ct;
}

QString ContentDisposition::filename() const
{
    const HeaderParameter* plain = nullptr;
    for (const HeaderParameter& p : parameters) {
        if (p.name == "filename") {
            if (p.extended)
                return p.value;
            if (!plain)
                plain = &p;
        }
    }
    return plain ? plain->value : QString();
}

ContentDisposition parseContentDisposition(QByteArrayView value)
{
    ContentDisposition cd;
    const QByteArray clean = stripComments(value);
    const QByteArrayView v(clean);
    qsizetype i = 0;
    const qsizetype n = v.size();
    while (i < n && isSpace(v[i]))
        ++i;
    const qsizetype ts = i;
    while (i < n && isTokenChar(v[i]))
        ++i;
    // "filename=x" without a disposition type: the token is then a parameter name.
    if (i < n && v[i] == '=') {
        cd.parameters = parseParameters(v);
        return cd;
    }
    cd.type = lower(v.sliced(ts, i - ts));
    cd.parameters = parseParameters(v.sliced(i));
    return cd;
}

} // namespace Deliverbench::Mail
