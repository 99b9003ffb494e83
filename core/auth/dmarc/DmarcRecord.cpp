// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dmarc/DmarcRecord.h"

#include <QCoreApplication>

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

bool parsePolicy(QByteArrayView v, DmarcPolicy* out)
{
    if (v == "none")
        *out = DmarcPolicy::None;
    else if (v == "quarantine")
        *out = DmarcPolicy::Quarantine;
    else if (v == "reject")
        *out = DmarcPolicy::Reject;
    else
        return false;
    return true;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\r' || v.front() == '\n'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r' || v.back() == '\n'))
        v.chop(1);
    return v;
}

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 10)
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

/** dmarc-uri list (RFC 7489 §6.4): URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ], comma-separated. */
QList<DmarcReportUri> parseUris(QByteArrayView v, QStringList* warnings, const char* tag)
{
    QList<DmarcReportUri> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= v.size() && out.size() < 20; ++i) {
        if (i < v.size() && v[i] != ',')
            continue;
        QByteArrayView item = trimmed(v.sliced(start, i - start));
        start = i + 1;
        if (item.isEmpty())
            continue;
        DmarcReportUri u;
        const qsizetype bang = item.lastIndexOf('!');
        if (bang > 0) {
            QByteArrayView size = item.sliced(bang + 1);
            QByteArrayView digits = size;
            if (!digits.isEmpty() && QByteArrayView("kmgt").contains(char(digits.back() | 0x20)))
                digits.chop(1);
            if (allDigits(digits)) {
                u.maxSize = size.toByteArray().toLower();
                item = item.first(bang);
            }
        }
        u.uri = item.toByteArray();
        const qsizetype colon = item.indexOf(':');
        if (colon <= 0) {
            warnings->append(tr("%1= has \"%2\", which is not a URI (RFC 7489 §6.4)").arg(QLatin1String(tag), QString::fromUtf8(u.uri)));
            continue;
        }
        if (item.first(colon).compare("mailto", Qt::CaseInsensitive) == 0) {
            u.mailto = true;
            QByteArrayView addr = item.sliced(colon + 1);
            const qsizetype q = addr.indexOf('?');
            if (q >= 0)
                addr = addr.first(q);
            const qsizetype at = addr.lastIndexOf('@');
            if (at >= 0)
                u.mailtoDomain = addr.sliced(at + 1).toByteArray().toLower();
            if (u.mailtoDomain.isEmpty())
                warnings->append(tr("%1= has \"%2\", a mailto: URI without an address").arg(QLatin1String(tag), QString::fromUtf8(u.uri)));
        } else {
            warnings->append(tr("%1= has \"%2\": only mailto: URIs are used for reports (RFC 7489 §7.1); it is ignored")
                                 .arg(QLatin1String(tag), QString::fromUtf8(u.uri)));
        }
        out.append(u);
    }
    return out;
}

} // namespace

QByteArray dmarcPolicyToken(DmarcPolicy policy)
{
    switch (policy) {
    case DmarcPolicy::None: return QByteArrayLiteral("none");
    case DmarcPolicy::Quarantine: return QByteArrayLiteral("quarantine");
    case DmarcPolicy::Reject: return QByteArrayLiteral("reject");
    }
    return QByteArrayLiteral("none");
}

QByteArray dmarcParseStatusToken(DmarcParseStatus status)
{
    switch (status) {
    case DmarcParseStatus::Ok: return QByteArrayLiteral("ok");
    case DmarcParseStatus::OkWithWarning: return QByteArrayLiteral("ok_with_warning");
    case DmarcParseStatus::Empty: return QByteArrayLiteral("error_empty");
    case DmarcParseStatus::BadVersion: return QByteArrayLiteral("error_bad_version");
    case DmarcParseStatus::BadValue: return QByteArrayLiteral("error_bad_value");
    case DmarcParseStatus::NoRequiredP: return QByteArrayLiteral("error_no_required_p");
    }
    return {};
}

bool isDmarcRecord(QByteArrayView text)
{
    // v=DMARC1 as the first tag, with optional spaces around "=" (RFC 7489 §6.4 dmarc-version)
    QByteArrayView v = trimmed(text);
    if (v.isEmpty() || v.front() != 'v')
        return false;
    v = trimmed(v.sliced(1));
    if (v.isEmpty() || v.front() != '=')
        return false;
    v = trimmed(v.sliced(1));
    if (!v.startsWith("DMARC1"))
        return false;
    v = trimmed(v.sliced(6));
    return v.isEmpty() || v.front() == ';' || v.startsWith("\\;");
}

DmarcRecord parseDmarcRecord(QByteArrayView input)
{
    DmarcRecord r;
    if (input.size() > 65536) {
        r.status = DmarcParseStatus::BadValue;
        r.error = tr("the record is too long");
        return r;
    }
    QByteArray text = input.toByteArray();
    text.replace("\\;", ";");
    if (trimmed(text).isEmpty()) {
        r.status = DmarcParseStatus::Empty;
        r.error = tr("the record is empty");
        return r;
    }
    QList<QByteArrayView> tags;
    {
        QByteArrayView all(text);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= all.size() && tags.size() < 100; ++i) {
            if (i == all.size() || all[i] == ';') {
                const QByteArrayView t = trimmed(all.sliced(start, i - start));
                if (!t.isEmpty())
                    tags.append(t);
                start = i + 1;
            }
        }
    }
    bool badValue = false;
    bool warned = false;
    bool firstTag = true;
    bool sawP = false;
    QByteArray badTag;
    DmarcPolicy badP = DmarcPolicy::None;
    Q_UNUSED(badP);
    for (QByteArrayView tag : tags) {
        const qsizetype eq = tag.indexOf('=');
        const QByteArray name = trimmed(eq < 0 ? tag : tag.first(eq)).toByteArray().toLower();
        const QByteArrayView value = eq < 0 ? QByteArrayView() : trimmed(tag.sliced(eq + 1));
        r.tagNames.append(name);
        if (firstTag) {
            firstTag = false;
            if (name != "v" || value != "DMARC1") {
                r.status = DmarcParseStatus::BadVersion;
                r.error = tr("the record does not start with \"v=DMARC1\" (RFC 7489 §6.3)");
                return r;
            }
            continue;
        }
        const QByteArray lower = value.toByteArray().toLower();
        auto bad = [&](bool fatal) {
            if (fatal) {
                badValue = true;
                if (badTag.isEmpty())
                    badTag = name;
            } else {
                warned = true;
            }
            r.warnings.append(tr("%1=%2 is not a valid value (RFC 7489 §6.3)").arg(QString::fromLatin1(name), QString::fromUtf8(value.toByteArray())));
        };
        if (value.isEmpty() && eq >= 0 && name != "v") {
            r.warnings.append(tr("%1= has an empty value; the default is kept").arg(QString::fromLatin1(name)));
            warned = true;
            continue;
        }
        if (name == "p") {
            sawP = true;
            if (parsePolicy(lower, &r.p))
                r.hasP = true;
            else
                bad(true);
        } else if (name == "sp") {
            if (parsePolicy(lower, &r.sp))
                r.hasSp = true;
            else
                bad(true);
        } else if (name == "np") {
            if (parsePolicy(lower, &r.np))
                r.hasNp = true;
            else
                bad(true);
        } else if (name == "adkim" || name == "aspf") {
            DmarcAlignmentMode m;
            if (lower == "r")
                m = DmarcAlignmentMode::Relaxed;
            else if (lower == "s")
                m = DmarcAlignmentMode::Strict;
            else {
                bad(true);
                continue;
            }
            (name == "adkim" ? r.adkim : r.aspf) = m;
        } else if (name == "pct") {
            if (allDigits(value) && value.toInt() <= 100) {
                r.pct = value.toInt();
                r.hasPct = true;
            } else {
                bad(true);
            }
        } else if (name == "fo") {
            // fo = ( "0" / "1" / "d" / "s" ) *( ":" … ) (RFC 7489 §6.4)
            bool ok = true;
            for (const QByteArray& part : lower.split(':'))
                ok = ok && (part == "0" || part == "1" || part == "d" || part == "s");
            if (ok)
                r.fo = lower;
            else
                bad(true);
        } else if (name == "rua") {
            r.rua = parseUris(value, &r.warnings, "rua");
        } else if (name == "ruf") {
            r.ruf = parseUris(value, &r.warnings, "ruf");
        } else if (name == "ri") {
            if (allDigits(value) && value.toLongLong() <= 0xffffffffLL)
                r.ri = quint32(value.toLongLong());
            else
                bad(true);
        } else if (name == "rf") {
            QList<QByteArray> formats;
            bool ok = true;
            for (const QByteArray& part : lower.split(':')) {
                const QByteArrayView t = trimmed(part);
                ok = ok && (t == "afrf" || t == "iodef");
                formats.append(t.toByteArray());
            }
            if (ok)
                r.rf = formats;
            else
                bad(true);
        } else if (name == "psd") {
            if (lower == "y" || lower == "n" || lower == "u")
                r.psd = lower;
            else
                bad(false);
        } else if (name == "t") {
            if (lower == "y" || lower == "n")
                r.t = lower;
            else
                bad(false);
        } else if (name == "v") {
            bad(false);
        } else if (r.unknownTags.size() < 20) {
            r.unknownTags.append(name);
        }
    }
    if (!r.hasSp)
        r.sp = r.p;
    if (!r.hasP) {
        bool validRua = false;
        for (const DmarcReportUri& u : r.rua)
            validRua = validRua || (u.mailto && !u.mailtoDomain.isEmpty());
        if (validRua && !(sawP && badValue && badTag == "p")) {
            r.impliedP = true;
            r.p = DmarcPolicy::None;
            if (!r.hasSp)
                r.sp = DmarcPolicy::None;
        } else if (!sawP) {
            r.status = DmarcParseStatus::NoRequiredP;
            r.error = tr("the record has no p= tag and no valid rua= (RFC 7489 §6.3, §6.6.3)");
            return r;
        }
    }
    if (badValue) {
        r.status = DmarcParseStatus::BadValue;
        r.error = tr("the tag %1= has an invalid value (RFC 7489 §6.3)").arg(QString::fromLatin1(badTag));
        return r;
    }
    r.status = warned ? DmarcParseStatus::OkWithWarning : DmarcParseStatus::Ok;
    return r;
}

} // namespace Deliverbench::Auth
