// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/AuthResults.h"

#include "message/HeaderTokens_p.h"

namespace Deliverbench::Mail {

namespace {

using namespace Tokens;

bool isLdh(char c)
{
    return isAlpha(c) || isDigit(c) || c == '-';
}

/** RFC 5321 Keyword / Ldh-str: letters, digits, hyphens; not ending with a hyphen. */
bool isKeyword(QByteArrayView s)
{
    if (s.isEmpty() || s.back() == '-' || !(isAlpha(s.front()) || isDigit(s.front())))
        return false;
    for (char c : s) {
        if (!isLdh(c))
            return false;
    }
    return true;
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

/** RFC 6376 §3.5 domain-name (at least two labels), U-labels allowed when utf8 (RFC 8601 §2.2). */
bool isDomainName(QByteArrayView s, bool utf8)
{
    const QList<QByteArrayView> labels = [&s] {
        QList<QByteArrayView> l;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= s.size(); ++i) {
            if (i == s.size() || s[i] == '.') {
                l.append(s.sliced(start, i - start));
                start = i + 1;
            }
        }
        return l;
    }();
    if (labels.size() < 2)
        return false;
    for (QByteArrayView label : labels) {
        if (label.isEmpty())
            return false;
        bool has8bit = false;
        for (char c : label) {
            if (is8bit(c))
                has8bit = true;
            else if (!isLdh(c))
                return false;
        }
        if (has8bit && !utf8)
            return false;
        if (!has8bit && (label.front() == '-' || label.back() == '-'))
            return false;
    }
    return true;
}

bool isDotAtom(QByteArrayView s, bool utf8)
{
    if (s.isEmpty() || s.front() == '.' || s.back() == '.' || s.contains(".."))
        return false;
    for (char c : s) {
        if (c != '.' && !isAtext(c, utf8))
            return false;
    }
    return true;
}

/** Lenient word: anything up to whitespace or a structural character. */
bool isLooseChar(char c, QByteArrayView stops)
{
    return !isWsp(c) && c != ';' && c != '(' && c != ')' && !stops.contains(c);
}

struct Parser
{
    const char* p;
    const char* end;
    bool strict;
    bool utf8;
    AuthenticationResults& r;
    bool failed = false;

    bool fail(const QString& msg)
    {
        if (!failed)
            r.errors.append(msg);
        failed = true;
        r.valid = false;
        return false;
    }

    /** A deviation: fatal in strict mode, noted in lenient mode. */
    bool tolerate(const QString& msg)
    {
        if (strict)
            return fail(msg);
        r.errors.append(msg);
        return true;
    }

    bool cfws()
    {
        if (!skipCfws(p, end))
            return fail(QStringLiteral("unterminated comment"));
        return true;
    }

    bool at(char c) const { return p < end && *p == c; }

    QByteArray readWhile(bool (*pred)(char))
    {
        const char* s = p;
        while (p < end && pred(*p))
            ++p;
        return QByteArray(s, p - s);
    }

    QByteArray readLoose(QByteArrayView stops)
    {
        const char* s = p;
        while (p < end && isLooseChar(*p, stops))
            ++p;
        return QByteArray(s, p - s);
    }

    bool readQuoted(QByteArray& out)
    {
        if (!readQuotedString(p, end, out))
            return fail(QStringLiteral("unterminated quoted string"));
        return true;
    }

    /** A Keyword (strict) or a looser word (lenient: '_' and '.' too, or a quoted string). */
    bool readName(QByteArray& out, bool allowDot)
    {
        if (at('"')) {
            if (!tolerate(QStringLiteral("quoted name")))
                return false;
            return readQuoted(out);
        }
        if (strict) {
            out = readWhile(isLdh);
        } else {
            const char* s = p;
            while (p < end && (isLdh(*p) || *p == '_' || (allowDot && *p == '.')))
                ++p;
            out = QByteArray(s, p - s);
        }
        if (out.isEmpty() || !(isAlpha(out.front()) || isDigit(out.front())))
            return fail(QStringLiteral("expected a keyword"));
        return true;
    }

    bool parseAuthservId(const char* start)
    {
        if (!cfws())
            return false;
        if (at('"')) {
            QByteArray id;
            if (!readQuoted(id))
                return false;
            r.authservId = id;
            return true;
        }
        if (strict) {
            const QByteArray id = readWhile(isTokenChar);
            if (id.isEmpty())
                return fail(QStringLiteral("missing authserv-id"));
            if (p < end && is8bit(*p))
                return fail(QStringLiteral("non-ASCII authserv-id must be quoted"));
            r.authservId = id;
            return true;
        }
        const char* s = p;
        const QByteArray id = readLoose("=\"/");
        const char* afterId = p;
        cfws();
        if (!id.isEmpty() && (at('=') || at('/'))) {
            // Microsoft and others omit the authserv-id: the header starts with a resinfo.
            r.errors.append(QStringLiteral("missing authserv-id"));
            p = s;
            Q_UNUSED(start);
            return true;
        }
        p = afterId;
        if (id.isEmpty())
            return fail(QStringLiteral("missing authserv-id"));
        r.authservId = id;
        return true;
    }

    /** pvalue (RFC 8601 §2.2). */
    bool parsePvalue(QByteArray& out)
    {
        if (!cfws())
            return false;
        if (at('"')) {
            if (!readQuoted(out))
                return false;
            if (at('@')) { // quoted local-part "a b"@example.com
                ++p;
                const char* s = p;
                while (p < end && (isAtext(*p, utf8) || *p == '.'))
                    ++p;
                const QByteArrayView domain(s, p - s);
                if (strict && !isDomainName(domain, utf8))
                    return fail(QStringLiteral("bad domain in property value"));
                out += '@' + domain.toByteArray();
            }
            return true;
        }
        if (!strict) {
            out = readLoose("\"");
            return true;
        }
        const char* s = p;
        while (p < end && (isTokenChar(*p) || isAtext(*p, utf8) || *p == '.' || *p == '@'))
            ++p;
        out = QByteArray(s, p - s);
        if (p < end && !isWsp(*p) && *p != ';' && *p != '(')
            return fail(QStringLiteral("invalid character in property value"));
        const qsizetype atPos = out.lastIndexOf('@');
        if (atPos >= 0) {
            const QByteArrayView local = QByteArrayView(out).first(atPos);
            const QByteArrayView domain = QByteArrayView(out).sliced(atPos + 1);
            if ((!local.isEmpty() && !isDotAtom(local, utf8)) || !isDomainName(domain, utf8))
                return fail(QStringLiteral("invalid property value \"%1\"").arg(QString::fromUtf8(out)));
            return true;
        }
        if (isToken(out) || isDomainName(out, utf8))
            return true;
        return fail(QStringLiteral("invalid property value \"%1\"").arg(QString::fromUtf8(out)));
    }

    bool parseVersion(int& version)
    {
        const QByteArray digits = readWhile(isDigit);
        if (digits.isEmpty() || digits.size() > 9)
            return fail(QStringLiteral("expected a version number"));
        version = digits.toInt();
        return cfws();
    }

    /** One resinfo after its ';' (or at the start when the ';' was missing). */
    bool parseResinfo()
    {
        if (!cfws())
            return false;
        if (p >= end || at(';'))
            return tolerate(QStringLiteral("empty resinfo (stray ';')"));
        AuthResultEntry e;
        QByteArray method;
        if (!readName(method, !strict))
            return false;
        if (!cfws())
            return false;
        if (at('/')) {
            ++p;
            if (!cfws() || !parseVersion(e.methodVersion))
                return false;
        }
        if (!at('=')) {
            // A bare word: "none" (no-result), Microsoft's stray "domain;" or an empty result.
            if (p < end && !at(';'))
                return fail(QStringLiteral("expected '=' after method \"%1\"").arg(QString::fromUtf8(method)));
            if (equalsCi(method, "none")) {
                if (!r.results.isEmpty() && !tolerate(QStringLiteral("\"none\" among results")))
                    return false;
                r.noResults = true;
                return true;
            }
            if (method.contains('.')) {
                r.errors.append(QStringLiteral("ignored stray \"%1\"").arg(QString::fromUtf8(method)));
                return true;
            }
            if (!tolerate(QStringLiteral("method \"%1\" without result").arg(QString::fromUtf8(method))))
                return false;
            e.method = lower(method);
            r.results.append(e);
            return true;
        }
        ++p; // '='
        if (!cfws())
            return false;
        QByteArray result;
        if (strict) {
            result = readWhile(isLdh);
            if (!isKeyword(result))
                return fail(QStringLiteral("expected a result after \"%1=\"").arg(QString::fromUtf8(method)));
        } else if (at('"')) {
            if (!readQuoted(result))
                return false;
        } else {
            result = readLoose("=\"");
            if (result.isEmpty())
                r.errors.append(QStringLiteral("empty result for \"%1\"").arg(QString::fromUtf8(method)));
        }
        e.method = lower(method);
        e.result = lower(result);
        if (!cfws())
            return false;
        if (!strict && at('/')) { // version written after the result (seen in re-serialisations)
            ++p;
            r.errors.append(QStringLiteral("method version after the result"));
            if (!cfws() || !parseVersion(e.methodVersion))
                return false;
        }
        bool sawProperty = false;
        while (p < end && !at(';')) {
            if (!(isAlpha(*p) || isDigit(*p) || (!strict && at('"'))))
                return fail(QStringLiteral("unexpected '%1' in \"%2\" resinfo")
                                .arg(QString(QLatin1Char(*p)), QString::fromUtf8(e.method)));
            QByteArray ptype;
            if (!readName(ptype, false))
                return false;
            if (!cfws())
                return false;
            QByteArray property;
            if (ptype.contains('.')) { // lenient: "header.from" quoted as one string
                const qsizetype dot = ptype.indexOf('.');
                property = ptype.mid(dot + 1);
                ptype.truncate(dot);
            } else if (at('.')) {
                ++p;
                if (!cfws() || !readName(property, false) || !cfws())
                    return false;
            }
            if (!at('='))
                return fail(QStringLiteral("expected '=' after \"%1\"").arg(QString::fromUtf8(ptype)));
            ++p;
            if (property.isEmpty() && equalsCi(ptype, "reason")) {
                if (sawProperty && !tolerate(QStringLiteral("reason after properties")))
                    return false;
                if (!cfws())
                    return false;
                QByteArray reason;
                if (at('"')) {
                    if (!readQuoted(reason))
                        return false;
                } else if (strict) {
                    reason = readWhile(isTokenChar);
                    if (reason.isEmpty() || (p < end && !isWsp(*p) && *p != ';' && *p != '('))
                        return fail(QStringLiteral("invalid reason"));
                } else {
                    reason = readLoose("\"");
                }
                e.reason = reason;
                if (!cfws())
                    return false;
                continue;
            }
            if (property.isEmpty()) {
                // "action=none", "version=TLSv1.2": not ptype.property (Microsoft, Fastmail)
                if (!tolerate(QStringLiteral("property \"%1\" without ptype").arg(QString::fromUtf8(ptype))))
                    return false;
                property = ptype;
                ptype.clear();
            }
            QByteArray value;
            if (!parsePvalue(value) || !cfws())
                return false;
            e.properties.append(AuthResultProperty{lower(ptype), property, value});
            sawProperty = true;
        }
        r.results.append(e);
        return true;
    }

    void parse()
    {
        const char* start = p;
        if (!parseAuthservId(start))
            return;
        if (!cfws())
            return;
        if (p < end && isDigit(*p)) {
            if (!parseVersion(r.version))
                return;
        }
        bool first = true;
        bool any = false;
        while (p < end && !failed) {
            if (at(';')) {
                ++p;
                if (!cfws())
                    return;
                if (p >= end) {
                    if (!tolerate(QStringLiteral("trailing ';'")))
                        return;
                    break;
                }
                if (at(';'))
                    continue;
            } else if (first) {
                if (!r.authservId.isEmpty() && !tolerate(QStringLiteral("missing ';' after authserv-id")))
                    return;
                if (r.authservId.isEmpty() && strict) {
                    fail(QStringLiteral("missing authserv-id"));
                    return;
                }
            } else {
                fail(QStringLiteral("expected ';'"));
                return;
            }
            first = false;
            any = true;
            if (!parseResinfo())
                return;
            if (!cfws())
                return;
            if (strict && r.noResults && p < end) {
                fail(QStringLiteral("text after \"none\""));
                return;
            }
        }
        if (!any && !failed)
            tolerate(QStringLiteral("no results and no \"none\""));
    }
};

} // namespace

QByteArray AuthResultEntry::property(QByteArrayView ptype, QByteArrayView name) const
{
    for (const AuthResultProperty& prop : properties) {
        if (equalsCi(prop.ptype, ptype) && equalsCi(prop.property, name))
            return prop.value;
    }
    return {};
}

AuthenticationResults parseAuthenticationResults(QByteArrayView value, AuthResultsMode mode)
{
    return parseAuthenticationResults(value, mode, true);
}

AuthenticationResults parseAuthenticationResults(QByteArrayView value, AuthResultsMode mode, bool allowUtf8)
{
    AuthenticationResults r;
    if (!allowUtf8) {
        for (char c : value) {
            if (is8bit(c)) {
                r.valid = false;
                r.errors.append(QStringLiteral("non-ASCII octet without internationalized header support"));
                return r;
            }
        }
    }
    Parser parser{value.data(), value.data() + value.size(), mode == AuthResultsMode::Strict, allowUtf8, r};
    parser.parse();
    return r;
}

} // namespace Deliverbench::Mail
