// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/spf/SpfSyntax.h"

#include <QCoreApplication>

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isDelimiter(char c)
{
    return c == '.' || c == '-' || c == '+' || c == ',' || c == '/' || c == '_' || c == '=';
}

bool isMacroLetter(char c, bool explain)
{
    switch (c | 0x20) {
    case 's': case 'l': case 'o': case 'd': case 'i': case 'p': case 'h': case 'v':
        return true;
    case 'c': case 'r': case 't':
        return explain;
    default:
        return false;
    }
}

/** One piece of a macro-string: a literal run or one macro-expand. */
struct MacroPiece
{
    bool expand = false;
    QByteArray literal;     // literal text, or the replacement of %%, %_, %-
    char letter = 0;        // expand with %{...}
    int digits = 0;         // 0 = all
    bool reverse = false;
    QByteArray delimiters;
};

/** Splits a macro-string; returns an error text (empty on success). Bounded by the input size. */
QString tokenize(QByteArrayView text, bool explain, QList<MacroPiece>* pieces)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text[i];
        if (c == '%') {
            if (i + 1 >= n)
                return tr("a \"%\" at the end of a macro-string (RFC 7208 §7.1)");
            const char k = text[i + 1];
            MacroPiece p;
            p.expand = true;
            if (k == '%' || k == '_' || k == '-') {
                p.literal = k == '%' ? QByteArrayLiteral("%") : k == '_' ? QByteArrayLiteral(" ") : QByteArrayLiteral("%20");
                pieces->append(p);
                i += 2;
                continue;
            }
            if (k != '{')
                return tr("\"%%1\" is not a macro (RFC 7208 §7.1)").arg(QString::fromLatin1(QByteArray(1, k).toPercentEncoding()));
            qsizetype j = i + 2;
            if (j >= n || !isMacroLetter(text[j], explain))
                return j < n && isMacroLetter(text[j], true)
                    ? tr("the macro letter \"%1\" is allowed only in exp= text (RFC 7208 §7.2)").arg(QLatin1Char(text[j]))
                    : tr("unknown macro letter (RFC 7208 §7.2)");
            p.letter = text[j++];
            qint64 digits = 0;
            bool hasDigits = false;
            while (j < n && isDigit(text[j])) {
                hasDigits = true;
                digits = qMin<qint64>(digits * 10 + (text[j] - '0'), 1000);
                ++j;
            }
            if (hasDigits && digits == 0)
                return tr("a macro transformer of 0 parts (RFC 7208 §7.3)");
            p.digits = int(digits);
            if (j < n && (text[j] == 'r' || text[j] == 'R')) {
                p.reverse = true;
                ++j;
            }
            while (j < n && isDelimiter(text[j]))
                p.delimiters.append(text[j++]);
            if (j >= n || text[j] != '}')
                return tr("an unterminated or malformed macro (RFC 7208 §7.1)");
            pieces->append(p);
            i = j + 1;
            continue;
        }
        const auto uc = static_cast<unsigned char>(c);
        if (!((uc >= 0x21 && uc <= 0x7e) || (explain && c == ' ')))
            return tr("a character not allowed in a macro-string (RFC 7208 §7.1)");
        if (pieces->isEmpty() || pieces->last().expand)
            pieces->append(MacroPiece{});
        pieces->last().literal.append(c);
        ++i;
    }
    return {};
}

bool parseCidr(QByteArrayView digits, int max, int* out)
{
    if (digits.isEmpty() || digits.size() > 3)
        return false;
    if (digits.size() > 1 && digits[0] == '0')
        return false;
    int v = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    if (v > max)
        return false;
    *out = v;
    return true;
}

bool parseIp4(QByteArrayView text, QHostAddress* out)
{
    int parts = 0;
    qsizetype i = 0;
    quint32 value = 0;
    while (parts < 4) {
        qsizetype j = i;
        while (j < text.size() && isDigit(text[j]) && j - i < 4)
            ++j;
        const QByteArrayView digits = text.sliced(i, j - i);
        int octet = 0;
        if (!parseCidr(digits, 255, &octet))
            return false;
        value = (value << 8) | quint32(octet);
        ++parts;
        if (parts < 4) {
            if (j >= text.size() || text[j] != '.')
                return false;
            i = j + 1;
        } else if (j != text.size()) {
            return false;
        }
    }
    *out = QHostAddress(value);
    return true;
}

bool parseIp6(QByteArrayView text, QHostAddress* out)
{
    if (text.isEmpty() || text.size() > 45)
        return false;
    for (char c : text) {
        if (!(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.'))
            return false;
    }
    QHostAddress a;
    if (!a.setAddress(QString::fromLatin1(text)) || a.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    *out = a;
    return true;
}

bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}

bool isTopLabel(QByteArrayView label)
{
    if (label.isEmpty())
        return false;
    bool alpha = false;
    bool dash = false;
    for (char c : label) {
        if (isAlpha(c))
            alpha = true;
        else if (c == '-')
            dash = true;
        else if (!isDigit(c))
            return false;
    }
    if (!dash)
        return alpha;
    return isAlnum(label.front()) && isAlnum(label.back());
}

/** One term (RFC 7208 §4.6.1, §12): fills `term` and `kind` as far as it parses; returns a translated error or an empty string. */
QString parseTermToken(const QByteArray& token, SpfTerm* term, SpfTermSyntax::Kind* kind)
{
    *kind = SpfTermSyntax::Kind::Unknown;
    term->text = token;
    QByteArrayView rest = token;
    bool hasQualifier = false;
    switch (rest.front()) {
    case '+': term->qualifier = SpfQualifier::Pass; hasQualifier = true; break;
    case '-': term->qualifier = SpfQualifier::Fail; hasQualifier = true; break;
    case '~': term->qualifier = SpfQualifier::SoftFail; hasQualifier = true; break;
    case '?': term->qualifier = SpfQualifier::Neutral; hasQualifier = true; break;
    default: break;
    }
    if (hasQualifier)
        rest = rest.sliced(1);
    qsizetype k = 0;
    while (k < rest.size() && (isAlnum(rest[k]) || rest[k] == '-' || rest[k] == '_' || rest[k] == '.'))
        ++k;
    const QByteArray name = rest.first(k).toByteArray().toLower();
    const QByteArrayView after = rest.sliced(k);

    if (!after.isEmpty() && after.front() == '=') {
        if (hasQualifier || name.isEmpty() || !isAlpha(name.front()))
            return tr("a malformed modifier \"%1\" (RFC 7208 §4.6.1)").arg(QString::fromLatin1(token));
        const QByteArrayView value = after.sliced(1);
        if (name == "redirect" || name == "exp") {
            // the domain-spec is checked by the caller, after the "more than once" check
            *kind = name == "redirect" ? SpfTermSyntax::Kind::Redirect : SpfTermSyntax::Kind::Exp;
            term->isModifier = true;
            term->name = name;
            term->value = value.toByteArray();
            return {};
        }
        const QString e = checkMacroString(value, false);
        if (!e.isEmpty())
            return e;
        *kind = SpfTermSyntax::Kind::Modifier;
        term->isModifier = true;
        term->name = name;
        term->value = value.toByteArray();
        return {};
    }

    static const struct { const char* name; SpfMechanism m; } kMechanisms[] = {
        {"all", SpfMechanism::All}, {"include", SpfMechanism::Include}, {"a", SpfMechanism::A},
        {"mx", SpfMechanism::Mx}, {"ptr", SpfMechanism::Ptr}, {"ip4", SpfMechanism::Ip4},
        {"ip6", SpfMechanism::Ip6}, {"exists", SpfMechanism::Exists},
    };
    bool known = false;
    for (const auto& m : kMechanisms) {
        if (name == m.name) {
            term->mechanism = m.m;
            known = true;
        }
    }
    if (known)
        *kind = SpfTermSyntax::Kind::Mechanism;
    if (!known || (!after.isEmpty() && after.front() != ':' && after.front() != '/'))
        return tr("unknown mechanism \"%1\" (RFC 7208 §5)").arg(QString::fromLatin1(token.toPercentEncoding(" :/%{}+-~?=.,_")));

    QByteArrayView arg = after;
    const QString badCidr = tr("a malformed CIDR length in \"%1\" (RFC 7208 §5.6)").arg(QString::fromLatin1(token));
    switch (term->mechanism) {
    case SpfMechanism::All:
        if (!arg.isEmpty())
            return tr("\"all\" takes no argument (RFC 7208 §5.1)");
        break;
    case SpfMechanism::Include:
    case SpfMechanism::Exists:
        if (arg.size() < 2 || arg.front() != ':')
            return tr("\"%1\" needs a domain-spec (RFC 7208 §5)").arg(QString::fromLatin1(name));
        term->domainSpec = arg.sliced(1).toByteArray();
        break;
    case SpfMechanism::A:
    case SpfMechanism::Mx:
    case SpfMechanism::Ptr: {
        if (term->mechanism != SpfMechanism::Ptr) {
            // dual-cidr-length at the end: [ "/" ip4-cidr ] [ "//" ip6-cidr ]
            qsizetype d = arg.size();
            while (d > 0 && isDigit(arg[d - 1]))
                --d;
            if (d < arg.size() && d >= 2 && arg[d - 1] == '/' && arg[d - 2] == '/') {
                if (!parseCidr(arg.sliced(d), 128, &term->cidr6))
                    return badCidr;
                arg = arg.first(d - 2);
                d = arg.size();
                while (d > 0 && isDigit(arg[d - 1]))
                    --d;
            }
            if (d < arg.size() && d >= 1 && arg[d - 1] == '/') {
                if (!parseCidr(arg.sliced(d), 32, &term->cidr4))
                    return badCidr;
                arg = arg.first(d - 1);
            }
        }
        if (!arg.isEmpty()) {
            if (arg.front() != ':' || arg.size() < 2)
                return badCidr;
            term->domainSpec = arg.sliced(1).toByteArray();
        }
        break;
    }
    case SpfMechanism::Ip4:
    case SpfMechanism::Ip6: {
        const bool v4 = term->mechanism == SpfMechanism::Ip4;
        if (arg.size() < 2 || arg.front() != ':')
            return tr("\"%1\" needs an address (RFC 7208 §5.6)").arg(QString::fromLatin1(name));
        arg = arg.sliced(1);
        const qsizetype slash = arg.indexOf('/');
        QByteArrayView address = slash < 0 ? arg : arg.first(slash);
        if (slash >= 0 && !parseCidr(arg.sliced(slash + 1), v4 ? 32 : 128, v4 ? &term->cidr4 : &term->cidr6))
            return badCidr;
        if (!(v4 ? parseIp4(address, &term->network) : parseIp6(address, &term->network)))
            return tr("\"%1\" is not a valid %2 address (RFC 7208 §5.6)")
                .arg(QString::fromLatin1(address.toByteArray().toPercentEncoding(":./")),
                     v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"));
        break;
    }
    }
    if (!term->domainSpec.isEmpty())
        return checkDomainSpec(term->domainSpec);
    return {};
}

/** The terms of a record after "v=spf1", split at SP (RFC 7208 §4.6.1). */
QList<QByteArray> termTokens(QByteArrayView record)
{
    QList<QByteArray> tokens;
    qsizetype i = 6;
    const qsizetype n = record.size();
    while (i < n) {
        if (record[i] == ' ') {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && record[j] != ' ')
            ++j;
        tokens.append(record.sliced(i, j - i).toByteArray());
        i = j;
    }
    return tokens;
}

} // namespace

char qualifierChar(SpfQualifier qualifier)
{
    switch (qualifier) {
    case SpfQualifier::Pass: return '+';
    case SpfQualifier::Fail: return '-';
    case SpfQualifier::SoftFail: return '~';
    case SpfQualifier::Neutral: return '?';
    }
    return '+';
}

bool isSpfRecord(QByteArrayView record)
{
    return record.size() >= 6 && qstrnicmp(record.data(), 6, "v=spf1", 6) == 0 && (record.size() == 6 || record[6] == ' ');
}

QString checkMacroString(QByteArrayView text, bool explain)
{
    QList<MacroPiece> pieces;
    return tokenize(text, explain, &pieces);
}

bool macroStringUsesP(QByteArrayView text)
{
    QList<MacroPiece> pieces;
    if (!tokenize(text, true, &pieces).isEmpty())
        return false;
    for (const MacroPiece& p : pieces) {
        if (p.expand && (p.letter | 0x20) == 'p')
            return true;
    }
    return false;
}

QString checkDomainSpec(QByteArrayView text)
{
    QList<MacroPiece> pieces;
    const QString error = tokenize(text, false, &pieces);
    if (!error.isEmpty())
        return error;
    if (pieces.isEmpty())
        return tr("an empty domain-spec (RFC 7208 §7.1)");
    if (pieces.last().expand)
        return {};
    QByteArrayView lit = pieces.last().literal;
    if (lit.endsWith('.'))
        lit.chop(1);
    const qsizetype dot = lit.lastIndexOf('.');
    if (dot < 0) {
        // "." toplabel may follow a macro-expand only when the literal begins with the dot
        return tr("the domain-spec does not end in \".\" and a top-level label (RFC 7208 §7.1)");
    }
    if (!isTopLabel(lit.sliced(dot + 1)))
        return tr("the domain-spec does not end in a valid top-level label (RFC 7208 §7.1)");
    return {};
}

QByteArray macroIpForm(const QHostAddress& ip)
{
    if (ip.protocol() == QAbstractSocket::IPv4Protocol)
        return ip.toString().toLatin1();
    const Q_IPV6ADDR a = ip.toIPv6Address();
    QByteArray out;
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        if (i)
            out.append('.');
        out.append(hex[a[i] >> 4]).append('.').append(hex[a[i] & 15]);
    }
    return out;
}

QByteArray expandMacroString(QByteArrayView text, const SpfMacroContext& context, bool explain, bool* ok)
{
    QList<MacroPiece> pieces;
    if (!tokenize(text, explain, &pieces).isEmpty()) {
        *ok = false;
        return {};
    }
    *ok = true;
    QByteArray out;
    for (const MacroPiece& p : pieces) {
        if (out.size() > kMaxMacroOutput)
            break;
        if (!p.expand || p.letter == 0) {
            out.append(p.literal);
            continue;
        }
        QByteArray value;
        const bool v4 = context.ip.protocol() == QAbstractSocket::IPv4Protocol;
        switch (p.letter | 0x20) {
        case 's': value = context.sender; break;
        case 'l': value = context.localPart; break;
        case 'o': value = context.senderDomain; break;
        case 'd': value = context.domain; break;
        case 'i': value = macroIpForm(context.ip); break;
        case 'p': value = context.validatedDomain.isEmpty() ? QByteArrayLiteral("unknown") : context.validatedDomain; break;
        case 'h': value = context.helo; break;
        case 'v': value = v4 ? QByteArrayLiteral("in-addr") : QByteArrayLiteral("ip6"); break;
        case 'c': value = context.ip.toString().toLatin1(); break;
        case 'r': value = context.receiver.isEmpty() ? QByteArrayLiteral("unknown") : context.receiver; break;
        case 't': value = QByteArray::number(context.timestamp); break;
        default: break;
        }
        if (p.digits > 0 || p.reverse || !p.delimiters.isEmpty()) {
            const QByteArray delims = p.delimiters.isEmpty() ? QByteArrayLiteral(".") : p.delimiters;
            QList<QByteArray> parts;
            qsizetype start = 0;
            for (qsizetype k = 0; k <= value.size() && parts.size() < 1024; ++k) {
                if (k == value.size() || delims.contains(value.at(k))) {
                    parts.append(value.mid(start, k - start));
                    start = k + 1;
                }
            }
            if (p.reverse)
                std::reverse(parts.begin(), parts.end());
            if (p.digits > 0 && p.digits < parts.size())
                parts = parts.mid(parts.size() - p.digits);
            value = parts.join('.');
        }
        if (isAlpha(p.letter) && p.letter >= 'A' && p.letter <= 'Z')
            value = value.toPercentEncoding();
        out.append(value);
    }
    if (out.size() > kMaxMacroOutput)
        out.truncate(kMaxMacroOutput);
    return out;
}

QByteArray spfTargetName(QByteArrayView expanded, bool* valid)
{
    QByteArrayView name = expanded;
    if (name.endsWith('.'))
        name.chop(1);
    while (name.size() > 253) {
        const qsizetype dot = name.indexOf('.');
        if (dot < 0) {
            name = {};
            break;
        }
        name = name.sliced(dot + 1);
    }
    bool ok = !name.isEmpty();
    qsizetype start = 0;
    for (qsizetype k = 0; ok && k <= name.size(); ++k) {
        if (k == name.size() || name[k] == '.') {
            const qsizetype len = k - start;
            if (len < 1 || len > 63)
                ok = false;
            start = k + 1;
        }
    }
    *valid = ok;
    return name.toByteArray();
}

bool isSpfDomain(QByteArrayView domain)
{
    bool valid = false;
    QByteArrayView d = domain;
    if (d.endsWith('.'))
        d.chop(1);
    if (d.size() > 253)
        return false;
    spfTargetName(d, &valid);
    return valid && d.contains('.');
}

SpfRecordSyntax parseSpfRecord(QByteArrayView record)
{
    SpfRecordSyntax out;
    auto fail = [&out](const QByteArray& term, const QString& error) {
        out.error = error;
        out.errorTerm = term;
        return out;
    };
    if (record.size() > kMaxSpfRecordBytes)
        return fail({}, tr("the record is too long"));
    if (!isSpfRecord(record))
        return fail({}, tr("the record does not start with \"v=spf1\" (RFC 7208 §4.5)"));
    for (const QByteArray& token : termTokens(record)) {
        SpfTerm term;
        SpfTermSyntax::Kind kind;
        const QString error = parseTermToken(token, &term, &kind);
        if (!error.isEmpty())
            return fail(token, error);
        if (kind == SpfTermSyntax::Kind::Redirect || kind == SpfTermSyntax::Kind::Exp) {
            const bool redirect = kind == SpfTermSyntax::Kind::Redirect;
            if (redirect ? out.hasRedirect : out.hasExp)
                return fail(token, tr("the modifier %1= appears more than once (RFC 7208 §6)").arg(QString::fromLatin1(term.name)));
            const QString e = checkDomainSpec(term.value);
            if (!e.isEmpty())
                return fail(token, e);
            (redirect ? out.hasRedirect : out.hasExp) = true;
            (redirect ? out.redirect : out.exp) = term.value;
            continue;
        }
        out.terms.append(term);
    }
    return out;
}

bool SpfTermSyntax::countsLookup() const
{
    if (kind == Kind::Redirect)
        return true;
    if (kind != Kind::Mechanism)
        return false;
    switch (term.mechanism) {
    case SpfMechanism::Include:
    case SpfMechanism::A:
    case SpfMechanism::Mx:
    case SpfMechanism::Ptr:
    case SpfMechanism::Exists:
        return true;
    default:
        return false;
    }
}

QByteArray SpfTermSyntax::target() const
{
    return kind == Kind::Redirect || kind == Kind::Exp ? term.value : term.domainSpec;
}

QList<SpfTermSyntax> parseSpfTerms(QByteArrayView record, int maxTerms)
{
    QList<SpfTermSyntax> out;
    if (record.size() > kMaxSpfRecordBytes || !isSpfRecord(record))
        return out;
    for (const QByteArray& token : termTokens(record)) {
        if (out.size() >= maxTerms)
            break;
        SpfTermSyntax t;
        t.error = parseTermToken(token, &t.term, &t.kind);
        if (t.error.isEmpty() && (t.kind == SpfTermSyntax::Kind::Redirect || t.kind == SpfTermSyntax::Kind::Exp))
            t.error = checkDomainSpec(t.term.value);
        out.append(t);
    }
    return out;
}

bool macroStringHasExpand(QByteArrayView text)
{
    QList<MacroPiece> pieces;
    if (!tokenize(text, true, &pieces).isEmpty())
        return false;
    for (const MacroPiece& p : pieces) {
        if (p.expand && p.letter != 0)
            return true;
    }
    return false;
}

} // namespace Deliverbench::Auth
