// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DmarcRecord.h"

#include "domain/DomainText_p.h"
#include "domain/SpfRecord.h"

namespace Deliverbench::Domain {

namespace {

bool isPolicy(const QByteArray& v)
{
    return v == "none" || v == "quarantine" || v == "reject";
}

QList<DmarcRecord::Destination> parseUris(const QByteArray& value, const QByteArray& tag, QList<DmarcRecord::Issue>* issues)
{
    QList<DmarcRecord::Destination> out;
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray& raw : parts) {
        if (out.size() >= 16)
            break;
        DmarcRecord::Destination d;
        d.uri = raw.trimmed();
        if (d.uri.isEmpty()) {
            issues->append({tag, Text::tr("empty URI in %1=").arg(QString::fromLatin1(tag)), false});
            continue;
        }
        QByteArray uri = d.uri;
        const qsizetype bang = uri.lastIndexOf('!'); // size limit suffix (RFC 7489 §6.4 dmarc-uri)
        if (bang > 0) {
            const QByteArray size = uri.mid(bang + 1);
            bool ok = false;
            QByteArray digits = size;
            if (!digits.isEmpty() && QByteArrayView("kmgtKMGT").contains(digits.back()))
                digits.chop(1);
            digits.toULongLong(&ok);
            if (!ok)
                issues->append({tag, Text::tr("invalid size limit '%1'").arg(displayBytes(size, 40)), false});
            uri = uri.left(bang);
        }
        if (!uri.toLower().startsWith("mailto:")) {
            issues->append({tag, Text::tr("'%1' is not a mailto: URI (receivers support mailto: only)").arg(displayBytes(uri, 80)),
                            false});
            out.append(d);
            continue;
        }
        QByteArray address = QByteArray::fromPercentEncoding(uri.mid(7));
        const qsizetype q = address.indexOf('?');
        if (q >= 0)
            address = address.left(q);
        const qsizetype at = address.lastIndexOf('@');
        const QByteArray domain = at > 0 ? address.mid(at + 1).toLower() : QByteArray();
        if (at <= 0 || !isValidDomainSpec(domain)) {
            issues->append({tag, Text::tr("'%1' is not a valid mailto: address").arg(displayBytes(uri, 80)), false});
        } else {
            d.domain = domain.endsWith('.') ? domain.chopped(1) : domain;
            d.valid = true;
        }
        out.append(d);
    }
    return out;
}

} // namespace

bool DmarcRecord::isDmarc(QByteArrayView txt)
{
    const TagList list = TagList::parse(leftOf(txt, 64));
    return !list.tags.isEmpty() && list.tags.first().name == "v" && list.tags.first().value == "DMARC1";
}

DmarcRecord DmarcRecord::parse(QByteArrayView txt)
{
    DmarcRecord r;
    r.text = txt.toByteArray();
    r.tags = TagList::parse(txt);
    if (r.tags.firstName() != "v" || r.tags.value("v") != "DMARC1")
        r.issues.append({"v", Text::tr("the record does not start with v=DMARC1"), true});
    for (const QByteArray& d : std::as_const(r.tags.duplicates))
        r.issues.append({d, Text::tr("tag %1 appears more than once").arg(QString::fromLatin1(d)), false});
    for (const QByteArray& m : std::as_const(r.tags.malformed))
        r.issues.append({QByteArray(), Text::tr("'%1' is not a tag=value pair").arg(displayBytes(m, 80)), false});

    static const QList<QByteArray> known = {"v", "p", "sp", "np", "adkim", "aspf", "pct", "fo", "rf", "ri", "rua", "ruf", "t", "psd"};
    for (const Tag& tag : std::as_const(r.tags.tags)) {
        if (!known.contains(tag.name)) {
            if (!r.unknownTags.contains(tag.name))
                r.unknownTags.append(tag.name);
            continue;
        }
        const QByteArray v = tag.value.toLower();
        if (tag.name == "p" || tag.name == "sp" || tag.name == "np") {
            if (!isPolicy(v)) {
                r.issues.append({tag.name, Text::tr("%1=%2 is not none, quarantine or reject")
                                               .arg(QString::fromLatin1(tag.name), displayBytes(tag.value, 40)),
                                 tag.name == "p"});
                continue;
            }
            (tag.name == "p" ? r.p : tag.name == "sp" ? r.sp : r.np) = v;
        } else if (tag.name == "adkim" || tag.name == "aspf") {
            if (v != "r" && v != "s")
                r.issues.append({tag.name, Text::tr("%1=%2 is not r or s").arg(QString::fromLatin1(tag.name), displayBytes(tag.value, 40)), false});
            else
                (tag.name == "adkim" ? r.adkim : r.aspf) = v;
        } else if (tag.name == "pct") {
            bool ok = false;
            const int n = v.toInt(&ok);
            r.deprecatedTags.append("pct");
            if (!ok || n < 0 || n > 100 || v.startsWith('+'))
                r.issues.append({"pct", Text::tr("pct=%1 is not an integer from 0 to 100").arg(displayBytes(tag.value, 40)), false});
            else {
                r.pct = n;
                r.hasPct = true;
            }
        } else if (tag.name == "fo") {
            bool ok = !v.isEmpty();
            for (const QByteArray& o : v.split(':'))
                ok = ok && (o.trimmed() == "0" || o.trimmed() == "1" || o.trimmed() == "d" || o.trimmed() == "s");
            if (!ok)
                r.issues.append({"fo", Text::tr("fo=%1: options are 0, 1, d and s, separated by ':'").arg(displayBytes(tag.value, 40)), false});
            else
                r.fo = v;
        } else if (tag.name == "rf") {
            r.deprecatedTags.append("rf");
            for (const QByteArray& f : v.split(':')) {
                if (f.trimmed() != "afrf") {
                    r.issues.append({"rf", Text::tr("rf=%1: the only report format is afrf").arg(displayBytes(tag.value, 40)), false});
                    break;
                }
            }
        } else if (tag.name == "ri") {
            r.deprecatedTags.append("ri");
            bool ok = false;
            v.toUInt(&ok);
            if (!ok)
                r.issues.append({"ri", Text::tr("ri=%1 is not a number of seconds").arg(displayBytes(tag.value, 40)), false});
        } else if (tag.name == "rua") {
            r.rua = parseUris(tag.value, "rua", &r.issues);
        } else if (tag.name == "ruf") {
            r.ruf = parseUris(tag.value, "ruf", &r.issues);
        } else if (tag.name == "t") {
            if (v != "y" && v != "n")
                r.issues.append({"t", Text::tr("t=%1 is not y or n (DMARCbis)").arg(displayBytes(tag.value, 40)), false});
            else
                r.t = v;
        } else if (tag.name == "psd") {
            if (v != "y" && v != "n" && v != "u")
                r.issues.append({"psd", Text::tr("psd=%1 is not y, n or u (DMARCbis)").arg(displayBytes(tag.value, 40)), false});
            else
                r.psd = v;
        }
    }
    if (!r.tags.has("p"))
        r.issues.append({"p", Text::tr("the required tag p= is missing (RFC 7489 §6.3)"), r.rua.isEmpty()});
    else if (r.tags.firstName() == "v" && r.tags.tags.size() > 1 && r.tags.tags.at(1).name != "p")
        r.issues.append({"p", Text::tr("p= should directly follow v=DMARC1 (RFC 7489 §6.3)"), false});
    return r;
}

bool DmarcRecord::hasFatalIssue() const
{
    for (const Issue& i : issues) {
        if (i.fatal)
            return true;
    }
    return false;
}

QByteArray DmarcRecord::effectivePolicy() const
{
    if (hasFatalIssue())
        return {};
    return p.isEmpty() ? QByteArray("none") : p;
}

} // namespace Deliverbench::Domain
