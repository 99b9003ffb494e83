// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MtaStsPolicy.h"

#include "auth/dkim/DkimTagList.h"
#include "domain/AuditRecords.h"
#include "domain/DomainText_p.h"

#include <QXmlStreamReader>

namespace Deliverbench::Domain {

namespace {

/** The tag-list of an MTA-STS, TLS-RPT or BIMI TXT record (RFC 8461 §3.1, RFC 8460 §3: DKIM's tag-list syntax, RFC 6376 §3.2). */
struct TxtTags
{
    Auth::DkimTagList list;   ///< the tags read (up to the first error)
    QString error;            ///< translated syntax error, empty when the whole text parsed

    QByteArray firstName() const { return list.tags.isEmpty() ? QByteArray() : list.tags.first().name; }
    bool has(QByteArrayView name) const { return list.contains(name); }
    QByteArray value(QByteArrayView name) const { return list.value(name); }
    /** The record starts with v=<version> (RFC 8461 §3.1, RFC 8460 §3, BIMI §4.2: the version tag comes first). */
    bool versionIs(QByteArrayView version) const { return firstName() == "v" && value("v") == version; }
};

TxtTags parseTags(QByteArrayView txt)
{
    TxtTags t;
    Auth::DkimProblem problem;
    if (!Auth::parseDkimTagList(txt, &t.list, &problem, 64))
        t.error = problem.text;
    return t;
}

/** Whether a TXT string is a record of this kind: only its first 64 bytes are read. */
bool hasVersion(QByteArrayView txt, QByteArrayView version)
{
    return parseTags(leftOf(txt, 64)).versionIs(version);
}

} // namespace

MtaStsPolicy MtaStsPolicy::parse(QByteArrayView body)
{
    MtaStsPolicy p;
    int versions = 0, modes = 0, ages = 0;
    const QList<QByteArray> lines = leftOf(body, kMaxBytes).toByteArray().split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            if (p.errors.size() < 10)
                p.errors.append(Text::tr("line '%1' is not \"key: value\"").arg(displayBytes(line, 60)));
            continue;
        }
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "version") {
            ++versions;
            p.version = value;
        } else if (key == "mode") {
            ++modes;
            p.mode = value;
        } else if (key == "max_age") {
            ++ages;
            bool ok = value.size() <= 10 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 v = ok ? value.toLongLong() : -1;
            if (!ok || v > kMaxAge)
                p.errors.append(Text::tr("max_age '%1' is not a number of seconds from 0 to %2")
                                    .arg(displayBytes(value, 30))
                                    .arg(kMaxAge));
            else
                p.maxAge = v;
        } else if (key == "mx") {
            if (p.mx.size() < 100)
                p.mx.append(value.toLower());
        }
        // other keys: extensions, ignored (RFC 8461 §3.2)
    }
    if (versions != 1 || p.version != "STSv1")
        p.errors.append(Text::tr("\"version: STSv1\" must appear exactly once"));
    if (modes != 1 || (p.mode != "enforce" && p.mode != "testing" && p.mode != "none"))
        p.errors.append(Text::tr("\"mode\" must appear once with enforce, testing or none"));
    if (ages != 1 && p.maxAge < 0)
        p.errors.append(Text::tr("\"max_age\" is missing"));
    if (p.mx.isEmpty() && p.mode != "none")
        p.errors.append(Text::tr("no \"mx\" pattern (required unless mode is none)"));
    for (const QByteArray& pattern : std::as_const(p.mx)) {
        const QByteArray host = pattern.startsWith("*.") ? pattern.mid(2) : pattern;
        if (!isHostName(host))
            p.errors.append(Text::tr("mx pattern '%1' is not a host name or *.domain").arg(displayBytes(pattern, 60)));
    }
    return p;
}

bool MtaStsPolicy::patternMatches(QByteArrayView pattern, QByteArrayView host)
{
    QByteArray h = host.toByteArray().toLower();
    if (h.endsWith('.'))
        h.chop(1);
    QByteArray pat = pattern.toByteArray().toLower();
    if (pat.endsWith('.'))
        pat.chop(1);
    if (pat.startsWith("*.")) {
        const qsizetype dot = h.indexOf('.');
        return dot > 0 && h.mid(dot + 1) == pat.mid(2);
    }
    return h == pat;
}

bool MtaStsPolicy::matches(QByteArrayView host) const
{
    for (const QByteArray& p : mx) {
        if (patternMatches(p, host))
            return true;
    }
    return false;
}

bool MtaStsTxt::isMtaSts(QByteArrayView txt)
{
    return hasVersion(txt, "STSv1");
}

MtaStsTxt MtaStsTxt::parse(QByteArrayView txt)
{
    MtaStsTxt r;
    const TxtTags t = parseTags(txt);
    if (!t.versionIs("STSv1"))
        r.errors.append(Text::tr("the record does not start with v=STSv1"));
    r.id = t.value("id");
    bool idOk = !r.id.isEmpty() && r.id.size() <= 32;
    for (char c : r.id)
        idOk = idOk && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    if (!idOk)
        r.errors.append(Text::tr("id= must be 1 to 32 letters and digits (RFC 8461 §3.1), got '%1'").arg(displayBytes(r.id, 40)));
    if (!t.error.isEmpty())
        r.errors.append(t.error);
    return r;
}

bool TlsRptRecord::isTlsRpt(QByteArrayView txt)
{
    return hasVersion(txt, "TLSRPTv1");
}

TlsRptRecord TlsRptRecord::parse(QByteArrayView txt)
{
    TlsRptRecord r;
    const TxtTags t = parseTags(txt);
    if (!t.versionIs("TLSRPTv1"))
        r.errors.append(Text::tr("the record does not start with v=TLSRPTv1"));
    if (!t.has("rua")) {
        r.errors.append(Text::tr("the required field rua= is missing (RFC 8460 §3)"));
        return r;
    }
    for (const QByteArray& raw : t.value("rua").split(',')) {
        const QByteArray uri = raw.trimmed();
        if (r.rua.size() >= 16)
            break;
        const QByteArray lower = uri.toLower();
        const bool mailto = lower.startsWith("mailto:") && uri.indexOf('@') > 7;
        const bool https = lower.startsWith("https://") && uri.size() > 8;
        if (!mailto && !https)
            r.errors.append(Text::tr("rua '%1' is neither a mailto: nor an https: URI").arg(displayBytes(uri, 80)));
        r.rua.append(uri);
    }
    if (!t.error.isEmpty())
        r.errors.append(t.error);
    return r;
}

bool BimiRecord::isBimi(QByteArrayView txt)
{
    return hasVersion(txt, "BIMI1");
}

BimiRecord BimiRecord::parse(QByteArrayView txt)
{
    BimiRecord r;
    const TxtTags t = parseTags(txt);
    if (!t.versionIs("BIMI1"))
        r.errors.append(Text::tr("the record does not start with v=BIMI1"));
    if (!t.has("l"))
        r.errors.append(Text::tr("the l= (logo location) tag is missing"));
    r.location = t.value("l").trimmed();
    r.authority = t.value("a").trimmed();
    if (!r.location.isEmpty() && !r.location.toLower().startsWith("https://"))
        r.errors.append(Text::tr("l=%1 is not an https: URL").arg(displayBytes(r.location, 80)));
    if (!r.authority.isEmpty() && !r.authority.toLower().startsWith("https://"))
        r.errors.append(Text::tr("a=%1 is not an https: URL").arg(displayBytes(r.authority, 80)));
    if (!t.error.isEmpty())
        r.errors.append(t.error);
    return r;
}

BimiSvgCheck BimiSvgCheck::check(QByteArrayView svg)
{
    BimiSvgCheck c;
    QXmlStreamReader xml(svg.toByteArray());
    xml.setNamespaceProcessing(true);
    bool root = true;
    int elements = 0;
    static const QStringList forbidden = {QStringLiteral("script"), QStringLiteral("foreignObject"),
                                          QStringLiteral("image"), QStringLiteral("animate"),
                                          QStringLiteral("animateTransform"), QStringLiteral("animateMotion"),
                                          QStringLiteral("animateColor"), QStringLiteral("set"),
                                          QStringLiteral("iframe"), QStringLiteral("video"), QStringLiteral("audio")};
    while (!xml.atEnd() && elements < 20000) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty())
            c.forbiddenElements.append(QStringLiteral("<!ENTITY>"));
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++elements;
        const QString name = xml.name().toString();
        const QXmlStreamAttributes attrs = xml.attributes();
        if (root) {
            root = false;
            if (name != QLatin1String("svg")) {
                c.error = Text::tr("the root element is <%1>, not <svg>").arg(name.left(40));
                break;
            }
            c.tinyPs = attrs.value(QLatin1String("baseProfile")) == QLatin1String("tiny-ps")
                && attrs.value(QLatin1String("version")) == QLatin1String("1.2");
            c.viewBox = attrs.value(QLatin1String("viewBox")).toString().left(100);
            const QStringList parts = c.viewBox.simplified().replace(u',', u' ').split(u' ', Qt::SkipEmptyParts);
            if (parts.size() == 4) {
                bool ok1 = false, ok2 = false;
                const double w = parts.at(2).toDouble(&ok1), h = parts.at(3).toDouble(&ok2);
                c.square = ok1 && ok2 && w > 0 && qFuzzyCompare(w, h);
            }
        }
        if (name == QLatin1String("title") && xml.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg"))
            c.hasTitle = true;
        if (name == QLatin1String("script"))
            c.hasScript = true;
        else if (name != QLatin1String("svg") && forbidden.contains(name) && !c.forbiddenElements.contains(name))
            c.forbiddenElements.append(name);
        for (const QXmlStreamAttribute& a : attrs) {
            const QString attr = a.name().toString();
            if (attr.startsWith(QLatin1String("on")) && attr.size() > 2)
                c.hasScript = true;
            if (attr == QLatin1String("href") && !a.value().startsWith(u'#') && c.externalRefs.size() < 10)
                c.externalRefs.append(a.value().toString().left(120));
        }
    }
    if (xml.hasError() && c.error.isEmpty())
        c.error = Text::tr("not well-formed XML: %1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    c.wellFormed = c.error.isEmpty() && !root;
    if (root && c.error.isEmpty())
        c.error = Text::tr("no XML element");
    return c;
}

} // namespace Deliverbench::Domain
