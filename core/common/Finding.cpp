// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Finding.h"

#include <QJsonValue>

#include <algorithm>

namespace Deliverbench {

QString severityToken(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QStringLiteral("pass");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

bool severityFromToken(QStringView token, Severity* out)
{
    static const struct { const char16_t* name; Severity value; } table[] = {
        {u"pass", Severity::Pass},
        {u"info", Severity::Info},
        {u"warning", Severity::Warning},
        {u"error", Severity::Error},
    };
    for (const auto& entry : table) {
        if (token.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0) {
            *out = entry.value;
            return true;
        }
    }
    return false;
}

QJsonObject Finding::toJson() const
{
    QJsonObject object{
        {QStringLiteral("code"), QString::fromLatin1(code)},
        {QStringLiteral("severity"), severityToken(severity)},
        {QStringLiteral("title"), title},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("remedy"), remedy},
    };
    if (!rule.isEmpty())
        object.insert(QStringLiteral("rule"), rule);
    if (!partPath.isEmpty())
        object.insert(QStringLiteral("part"), partPath);
    if (offset >= 0) {
        object.insert(QStringLiteral("offset"), offset);
        object.insert(QStringLiteral("length"), length);
    }
    return object;
}

Finding Finding::fromJson(const QJsonObject& object)
{
    Finding finding;
    finding.code = object.value(QStringLiteral("code")).toString().toLatin1();
    severityFromToken(object.value(QStringLiteral("severity")).toString(), &finding.severity);
    finding.title = object.value(QStringLiteral("title")).toString();
    finding.detail = object.value(QStringLiteral("detail")).toString();
    finding.evidence = object.value(QStringLiteral("evidence")).toString();
    finding.reference = object.value(QStringLiteral("reference")).toString();
    finding.remedy = object.value(QStringLiteral("remedy")).toString();
    finding.rule = object.value(QStringLiteral("rule")).toString();
    finding.partPath = object.value(QStringLiteral("part")).toString();
    finding.offset = object.value(QStringLiteral("offset")).toInteger(-1);
    finding.length = object.value(QStringLiteral("length")).toInteger(0);
    return finding;
}

Severity worstSeverity(const Findings& findings)
{
    Severity worst = Severity::Pass;
    for (const Finding& finding : findings)
        worst = std::max(worst, finding.severity);
    return worst;
}

} // namespace Deliverbench
