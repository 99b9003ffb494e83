// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SpfRecord.h"

#include "domain/DomainText_p.h"
#include "domain/TagList.h"

#include <QHostAddress>

namespace Deliverbench::Domain {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** @short macro-string (RFC 7208 §7.1); sets *hasMacro when a %{…} expansion occurs. */
bool isValidMacroString(QByteArrayView s, bool* hasMacro)
{
    *hasMacro = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (c != '%') {
            if (c < 0x21 || c > 0x7e)
                return false;
            continue;
        }
        if (i + 1 >= s.size())
            return false;
        const char n = s.at(i + 1);
        if (n == '%' || n == '_' || n == '-') {
            ++i;
            continue;
        }
        if (n != '{')
            return false;
        const qsizetype close = s.indexOf('}', i + 2);
        if (close < 0)
            return false;
        const QByteArrayView body = midOf(s, i + 2, close - i - 2);
        if (body.isEmpty() || !QByteArrayView("slodiphcrtvSLODIPHCRTV").contains(body.at(0)))
            return false;
        qsizetype j = 1;
        while (j < body.size() && isDigit(body.at(j)))
            ++j;
        if (j < body.size() && (body.at(j) == 'r' || body.at(j) == 'R'))
            ++j;
        for (; j < body.size(); ++j) {
            if (!QByteArrayView(".-+,/_=").contains(body.at(j)))
                return false;
        }
        *hasMacro = true;
        i = close;
    }
    return true;
}

/** @short ip4-network: four decimal octets 0-255 (RFC 7208 §12 qnum). */
bool isDottedQuad(QByteArrayView s)
{
    const QList<QByteArray> parts = s.toByteArray().split('.');
    if (parts.size() != 4)
        return false;
    for (const QByteArray& p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (char c : p) {
            if (!isDigit(c))
                return false;
        }
        if (p.size() > 1 && p.at(0) == '0')
            return false;
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

/** @short "/" ("0" / %x31-39 0*DIGIT) with a maximum. */
bool parseCidr(QByteArrayView s, int max, int* out)
{
    if (s.isEmpty() || s.size() > 3)
        return false;
    for (char c : s) {
        if (!isDigit(c))
            return false;
    }
    if (s.size() > 1 && s.at(0) == '0')
        return false;
    const int v = s.toByteArray().toInt();
    if (v > max)
        return false;
    *out = v;
    return true;
}

/** @short Splits a dual-cidr-length ("/24", "//64", "/24//64") off the end of `arg`. */
bool splitDualCidr(QByteArray* arg, QString* error)
{
    const qsizetype slash = arg->indexOf('/');
    if (slash < 0)
        return true;
    const QByteArray cidr = arg->mid(slash);
    *arg = arg->left(slash);
    QByteArray v4, v6;
    const qsizetype dbl = cidr.indexOf("//");
    if (dbl == 0) {
        v6 = cidr.mid(2);
    } else if (dbl > 0) {
        v4 = cidr.mid(1, dbl - 1);
        v6 = cidr.mid(dbl + 2);
    } else {
        v4 = cidr.mid(1);
    }
    int dummy = 0;
    if ((dbl != 0 && !parseCidr(v4, 32, &dummy)) || (dbl >= 0 && !parseCidr(v6, 128, &dummy))) {
        *error = Text::tr("invalid CIDR length '%1'").arg(displayBytes(cidr, 40));
        return false;
    }
    return true;
}

void checkDomainSpec(SpfTerm& term, bool required)
{
    if (term.domainSpec.isEmpty()) {
        if (required)
            term.error = Text::tr("'%1' needs a domain").arg(displayBytes(term.text, 80));
        return;
    }
    bool macro = false;
    if (!isValidMacroString(term.domainSpec, &macro)) {
        term.error = Text::tr("invalid domain-spec '%1'").arg(displayBytes(term.domainSpec, 80));
        return;
    }
    term.hasMacro = macro;
    if (!macro && !isValidDomainSpec(term.domainSpec))
        term.error = Text::tr("invalid domain '%1'").arg(displayBytes(term.domainSpec, 80));
}

SpfTerm parseTerm(const QByteArray& raw)
{
    SpfTerm t;
    t.text = raw;
    QByteArray body = raw;
    // modifier: name "=" macro-string (RFC 7208 §12); '=' before any ':' or '/'
    const qsizetype eq = body.indexOf('=');
    const qsizetype colon = body.indexOf(':');
    const qsizetype slash = body.indexOf('/');
    if (eq > 0 && (colon < 0 || eq < colon) && (slash < 0 || eq < slash)) {
        const QByteArray name = body.left(eq).toLower();
        bool nameOk = isAlpha(name.at(0));
        for (char c : name)
            nameOk = nameOk && (isAlpha(c) || isDigit(c) || c == '-' || c == '_' || c == '.');
        if (!nameOk) {
            t.error = Text::tr("invalid modifier name in '%1'").arg(displayBytes(raw, 80));
            return t;
        }
        t.domainSpec = body.mid(eq + 1);
        if (name == "redirect") {
            t.kind = SpfTerm::Kind::Redirect;
            checkDomainSpec(t, true);
        } else if (name == "exp") {
            t.kind = SpfTerm::Kind::Exp;
            checkDomainSpec(t, true);
        } else {
            t.kind = SpfTerm::Kind::UnknownModifier;
            bool macro = false;
            if (!isValidMacroString(t.domainSpec, &macro) && !t.domainSpec.isEmpty())
                t.error = Text::tr("invalid value in modifier '%1'").arg(displayBytes(raw, 80));
            t.domainSpec.clear();
        }
        return t;
    }
    if (!body.isEmpty() && QByteArrayView("+-~?").contains(body.at(0))) {
        t.qualifier = body.at(0);
        body = body.mid(1);
    }
    qsizetype nameEnd = 0;
    while (nameEnd < body.size() && body.at(nameEnd) != ':' && body.at(nameEnd) != '/')
        ++nameEnd;
    const QByteArray name = body.left(nameEnd).toLower();
    QByteArray arg = body.mid(nameEnd);
    const bool hasColon = arg.startsWith(':');
    if (hasColon)
        arg = arg.mid(1);

    if (name == "all") {
        t.kind = SpfTerm::Kind::All;
        if (!arg.isEmpty() || hasColon)
            t.error = Text::tr("'all' takes no argument: '%1'").arg(displayBytes(raw, 80));
    } else if (name == "include" || name == "exists") {
        t.kind = name == "include" ? SpfTerm::Kind::Include : SpfTerm::Kind::Exists;
        if (!hasColon) {
            t.error = Text::tr("'%1' needs ':domain'").arg(QString::fromLatin1(name));
        } else {
            t.domainSpec = arg;
            checkDomainSpec(t, true);
        }
    } else if (name == "a" || name == "mx") {
        t.kind = name == "a" ? SpfTerm::Kind::A : SpfTerm::Kind::Mx;
        if (!hasColon && !arg.isEmpty() && !arg.startsWith('/')) {
            t.error = Text::tr("unknown mechanism '%1'").arg(displayBytes(raw, 80));
        } else if (splitDualCidr(&arg, &t.error)) {
            t.domainSpec = arg;
            checkDomainSpec(t, hasColon);
        }
    } else if (name == "ptr") {
        t.kind = SpfTerm::Kind::Ptr;
        if (arg.startsWith('/')) {
            t.error = Text::tr("'ptr' takes no CIDR length");
        } else {
            t.domainSpec = arg;
            checkDomainSpec(t, hasColon);
        }
    } else if (name == "ip4") {
        t.kind = SpfTerm::Kind::Ip4;
        const qsizetype s = arg.indexOf('/');
        int len = 0;
        if (!hasColon || !isDottedQuad(s < 0 ? arg : arg.left(s)))
            t.error = Text::tr("invalid IPv4 network in '%1'").arg(displayBytes(raw, 80));
        else if (s >= 0 && !parseCidr(midOf(arg, s + 1), 32, &len))
            t.error = Text::tr("invalid CIDR length in '%1'").arg(displayBytes(raw, 80));
    } else if (name == "ip6") {
        t.kind = SpfTerm::Kind::Ip6;
        const qsizetype s = arg.indexOf('/');
        const QByteArray net = s < 0 ? arg : arg.left(s);
        QHostAddress address;
        int len = 0;
        if (!hasColon || !net.contains(':') || !address.setAddress(QString::fromLatin1(net))
            || address.protocol() != QAbstractSocket::IPv6Protocol)
            t.error = Text::tr("invalid IPv6 network in '%1'").arg(displayBytes(raw, 80));
        else if (s >= 0 && !parseCidr(midOf(arg, s + 1), 128, &len))
            t.error = Text::tr("invalid CIDR length in '%1'").arg(displayBytes(raw, 80));
    } else {
        t.kind = SpfTerm::Kind::Invalid;
        t.error = Text::tr("unknown mechanism '%1'").arg(displayBytes(raw, 80));
    }
    return t;
}

} // namespace

bool isValidDomainSpec(QByteArrayView spec)
{
    QByteArrayView s = spec;
    if (s.endsWith('.'))
        s.chop(1);
    if (s.isEmpty() || s.size() > 253 || !s.contains('.'))
        return false;
    const QList<QByteArray> labels = s.toByteArray().split('.');
    for (const QByteArray& l : labels) {
        if (l.isEmpty() || l.size() > 63)
            return false;
        for (char c : l) {
            if (c < 0x21 || c > 0x7e)
                return false;
        }
    }
    // toplabel: alphanumeric with at least one letter, or containing a hyphen inside
    const QByteArray& top = labels.last();
    bool letter = false;
    for (char c : top) {
        if (isAlpha(c))
            letter = true;
        else if (!isDigit(c) && c != '-')
            return false;
    }
    return letter && !top.startsWith('-') && !top.endsWith('-');
}

bool SpfTerm::countsLookup() const
{
    switch (kind) {
    case Kind::Include:
    case Kind::A:
    case Kind::Mx:
    case Kind::Ptr:
    case Kind::Exists:
    case Kind::Redirect: return true;
    default: return false;
    }
}

QByteArray SpfTerm::name() const
{
    switch (kind) {
    case Kind::All: return "all";
    case Kind::Include: return "include";
    case Kind::A: return "a";
    case Kind::Mx: return "mx";
    case Kind::Ptr: return "ptr";
    case Kind::Ip4: return "ip4";
    case Kind::Ip6: return "ip6";
    case Kind::Exists: return "exists";
    case Kind::Redirect: return "redirect";
    case Kind::Exp: return "exp";
    case Kind::UnknownModifier: {
        const qsizetype eq = text.indexOf('=');
        return eq > 0 ? text.left(eq).toLower() : text.toLower();
    }
    case Kind::Invalid: break;
    }
    return "invalid";
}

bool SpfRecord::isSpf(QByteArrayView txt)
{
    if (txt.size() < 6 || leftOf(txt, 6).toByteArray().toLower() != "v=spf1")
        return false;
    return txt.size() == 6 || txt.at(6) == ' ';
}

SpfRecord SpfRecord::parse(QByteArrayView text)
{
    SpfRecord r;
    r.text = text.toByteArray();
    if (!isSpf(text)) {
        r.errors.append(Text::tr("the record does not start with \"v=spf1\""));
        return r;
    }
    const QList<QByteArray> tokens = r.text.mid(6).split(' ');
    int redirects = 0, exps = 0;
    for (const QByteArray& token : tokens) {
        if (token.isEmpty())
            continue; // *SP between terms
        if (r.terms.size() >= kMaxTerms) {
            r.errors.append(Text::tr("more than %1 terms").arg(kMaxTerms));
            break;
        }
        SpfTerm term = parseTerm(token);
        if (!term.error.isEmpty() && r.errors.size() < 20)
            r.errors.append(term.error);
        redirects += term.kind == SpfTerm::Kind::Redirect ? 1 : 0;
        exps += term.kind == SpfTerm::Kind::Exp ? 1 : 0;
        r.terms.append(std::move(term));
    }
    for (char c : r.text) {
        if (static_cast<unsigned char>(c) > 0x7e || (c < 0x20 && c != '\t')) {
            r.errors.append(Text::tr("the record contains non-ASCII or control characters"));
            break;
        }
    }
    if (redirects > 1)
        r.errors.append(Text::tr("'redirect' appears %1 times (RFC 7208 §6: at most once)").arg(redirects));
    if (exps > 1)
        r.errors.append(Text::tr("'exp' appears %1 times (RFC 7208 §6: at most once)").arg(exps));
    return r;
}

const SpfTerm* SpfRecord::allTerm() const
{
    for (const SpfTerm& t : terms) {
        if (t.kind == SpfTerm::Kind::All)
            return &t;
    }
    return nullptr;
}

const SpfTerm* SpfRecord::redirectTerm() const
{
    for (const SpfTerm& t : terms) {
        if (t.kind == SpfTerm::Kind::Redirect)
            return &t;
    }
    return nullptr;
}

int SpfRecord::ownLookups() const
{
    int n = 0;
    for (const SpfTerm& t : terms)
        n += t.countsLookup() ? 1 : 0;
    return n;
}

} // namespace Deliverbench::Domain
