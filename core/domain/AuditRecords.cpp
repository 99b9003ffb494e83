// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditRecords.h"

#include "auth/dkim/DkimTagList.h"
#include "auth/dmarc/PublicSuffixList.h"
#include "domain/DomainText_p.h"

namespace Deliverbench::Domain {

namespace {

const Auth::PublicSuffixList& psl()
{
    static const Auth::PublicSuffixList list = Auth::PublicSuffixList::system();
    return list;
}

} // namespace

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

bool isHostName(QByteArrayView name)
{
    return Auth::dkimIsDomainName(name) && name.contains('.');
}

QByteArray organizationalDomain(QByteArrayView domain)
{
    return psl().organizationalDomain(domain);
}

QString publicSuffixListSource()
{
    return psl().source();
}

QList<DmarcIssue> dmarcIssues(const Auth::DmarcRecord& record)
{
    if (!record.isUsable())
        return {DmarcIssue{QByteArray(), record.error, true}};
    QList<DmarcIssue> issues;
    for (const QString& w : record.warnings) {
        QByteArray tag;
        for (const QByteArray& name : record.tagNames) {
            if (w.startsWith(QLatin1String(name + '='))) {
                tag = name;
                break;
            }
        }
        issues.append({tag, w, false});
    }
    if (record.impliedP)
        issues.append({"p", Text::tr("the required tag p= is missing; receivers act as if p=none (RFC 7489 §6.3, §6.6.3)"), false});
    QList<QByteArray> seen, repeated;
    for (const QByteArray& name : record.tagNames) {
        if (seen.contains(name) && !repeated.contains(name))
            repeated.append(name);
        seen.append(name);
    }
    for (const QByteArray& name : repeated)
        issues.append({name, Text::tr("tag %1 appears more than once; the last value is used").arg(QString::fromLatin1(name)), false});
    return issues;
}

QByteArray dmarcEffectivePolicy(const Auth::DmarcRecord& record)
{
    return record.isUsable() ? Auth::dmarcPolicyToken(record.p) : QByteArray();
}

QByteArray dmarcSubdomainPolicy(const Auth::DmarcRecord& record)
{
    return record.isUsable() && record.hasSp ? Auth::dmarcPolicyToken(record.sp) : QByteArray();
}

QList<QByteArray> dmarcDeprecatedTags(const Auth::DmarcRecord& record)
{
    QList<QByteArray> out;
    for (const QByteArray& name : record.tagNames) {
        if ((name == "pct" || name == "rf" || name == "ri") && !out.contains(name))
            out.append(name);
    }
    return out;
}

QList<QByteArray> dmarcReportDomains(const QList<Auth::DmarcReportUri>& uris)
{
    QList<QByteArray> out;
    for (const Auth::DmarcReportUri& u : uris) {
        if (u.mailto && isHostName(u.mailtoDomain))
            out.append(u.mailtoDomain.endsWith('.') ? u.mailtoDomain.chopped(1) : u.mailtoDomain);
    }
    return out;
}

QString DkimKeyCheck::syntaxError() const
{
    if (!parsed())
        return problem.text;
    return key.error;
}

DkimKeyCheck checkDkimKey(QByteArrayView text)
{
    DkimKeyCheck c;
    c.declaredType = "rsa";
    auto parsed = Auth::parseDkimKeyRecord(text);
    if (!parsed) {
        c.problem = parsed.error();
        Auth::DkimTagList tags; // the tags read before the error, for k=
        Auth::parseDkimTagList(text, &tags, nullptr);
        if (tags.contains("k"))
            c.declaredType = tags.value("k").toLower();
        return c;
    }
    c.record = *parsed;
    c.declaredType = c.record.keyType;
    c.key = Auth::describeDkimPublicKey(c.record);
    return c;
}

} // namespace Deliverbench::Domain
