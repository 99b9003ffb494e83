// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MessageDiff.h"

#include "message/MessageLint.h"
#include "message/Rfc2047.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Deliverbench::Report {

namespace {

constexpr qsizetype kMaxLcsCells = 4 * 1000 * 1000;
constexpr int kMaxFields = 5000;

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Report", text);
}

struct PartInfo
{
    QString type;
    qint64 size = -1;
    QByteArray sha256;
    bool text = false;
    const Mail::MimePart* part = nullptr;
};

QString pathOf(const Mail::MimePart& part)
{
    // Same convention as inspect: the root that is itself the body is "1".
    if (part.path.isEmpty())
        return part.parent == nullptr && !part.isMultipart() ? QStringLiteral("1") : QStringLiteral("(root)");
    return part.path;
}

QMap<QString, PartInfo> partsOf(const Mail::Message& message)
{
    QMap<QString, PartInfo> parts;
    if (!message.root)
        return parts;
    const QList<const Mail::MimePart*> all = message.allParts();
    for (const Mail::MimePart* part : all) {
        PartInfo info;
        info.type = QString::fromLatin1(part->contentType.mimeType());
        info.part = part;
        if (part->isLeaf() || part->unsplit) {
            const QByteArray decoded = message.decodedBody(*part);
            info.size = decoded.size();
            info.sha256 = QCryptographicHash::hash(decoded, QCryptographicHash::Sha256).toHex();
            info.text = part->contentType.type == "text";
        }
        parts.insert(pathOf(*part), info);
    }
    return parts;
}

QStringList textLines(const Mail::Message& message, const Mail::MimePart& part, const DiffOptions& options)
{
    QString text = message.text(part).left(options.maxTextBytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(u'\n');
    if (lines.size() > options.maxLines)
        lines.resize(options.maxLines);
    return lines;
}

} // namespace

QString diffKindToken(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Same: return QStringLiteral("same");
    case DiffKind::Added: return QStringLiteral("added");
    case DiffKind::Removed: return QStringLiteral("removed");
    case DiffKind::Changed: break;
    }
    return QStringLiteral("changed");
}

QStringList lineDiff(const QStringList& a, const QStringList& b, int maxOutputLines, bool* truncated)
{
    if (truncated != nullptr)
        *truncated = false;
    if (a == b)
        return {};
    // Trim the common prefix and suffix, then LCS on the middle when it fits the budget.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    QStringList out;
    auto push = [&](const QString& line) {
        if (out.size() >= maxOutputLines) {
            if (truncated != nullptr)
                *truncated = true;
            return;
        }
        out.append(line);
    };
    if (prefix > 0)
        push(QStringLiteral("  ") + a.at(prefix - 1));
    if ((n + 1) * (m + 1) > kMaxLcsCells) {
        for (qsizetype i = 0; i < n; ++i)
            push(QStringLiteral("- ") + a.at(prefix + i));
        for (qsizetype j = 0; j < m; ++j)
            push(QStringLiteral("+ ") + b.at(prefix + j));
    } else {
        std::vector<quint32> table(static_cast<size_t>((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint32& { return table[static_cast<size_t>(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = a.at(prefix + i) == b.at(prefix + j) ? at(i + 1, j + 1) + 1
                                                                : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                push(QStringLiteral("  ") + a.at(prefix + i));
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                push(QStringLiteral("- ") + a.at(prefix + i));
                ++i;
            } else {
                push(QStringLiteral("+ ") + b.at(prefix + j));
                ++j;
            }
        }
    }
    if (suffix > 0)
        push(QStringLiteral("  ") + a.at(a.size() - suffix));
    return out;
}

MessageDiff diffMessages(const Mail::Message& a, const Mail::Message& b, const DiffOptions& options)
{
    MessageDiff diff;
    diff.identical = a.bytes() == b.bytes();

    // Headers: group by lower-case name, align each group oldest-first (fields are prepended in transit).
    QStringList order;
    QMap<QString, QPair<QList<const Mail::HeaderField*>, QList<const Mail::HeaderField*>>> groups;
    auto collect = [&](const Mail::Message& message, bool first) {
        if (!message.root)
            return;
        int count = 0;
        for (const Mail::HeaderField& field : message.headers().fields) {
            if (++count > kMaxFields)
                break;
            const QString key = QString::fromLatin1(field.name).toLower();
            if (!groups.contains(key))
                order.append(key);
            auto& group = groups[key];
            (first ? group.first : group.second).append(&field);
        }
    };
    collect(a, true);
    collect(b, false);
    for (const QString& key : std::as_const(order)) {
        const auto& group = groups[key];
        const qsizetype sizeA = group.first.size();
        const qsizetype sizeB = group.second.size();
        const qsizetype count = std::max(sizeA, sizeB);
        for (qsizetype k = 0; k < count; ++k) {
            // k counts from the bottom (oldest) field of each list.
            const Mail::HeaderField* fieldA = k < sizeA ? group.first.at(sizeA - 1 - k) : nullptr;
            const Mail::HeaderField* fieldB = k < sizeB ? group.second.at(sizeB - 1 - k) : nullptr;
            HeaderDiff entry;
            entry.occurrence = static_cast<int>(k);
            entry.name = QString::fromLatin1(fieldA != nullptr ? fieldA->name : fieldB->name);
            if (fieldA != nullptr)
                entry.oldValue = Mail::decodeHeaderText(fieldA->unfolded());
            if (fieldB != nullptr)
                entry.newValue = Mail::decodeHeaderText(fieldB->unfolded());
            if (fieldA == nullptr)
                entry.kind = DiffKind::Added;
            else if (fieldB == nullptr)
                entry.kind = DiffKind::Removed;
            else
                entry.kind = fieldA->unfolded() == fieldB->unfolded() ? DiffKind::Same : DiffKind::Changed;
            diff.headers.append(entry);
        }
    }

    // MIME tree and part contents, by path.
    const QMap<QString, PartInfo> partsA = partsOf(a);
    const QMap<QString, PartInfo> partsB = partsOf(b);
    QStringList paths = partsA.keys();
    for (const QString& path : partsB.keys()) {
        if (!partsA.contains(path))
            paths.append(path);
    }
    for (const QString& path : std::as_const(paths)) {
        PartDiff entry;
        entry.path = path;
        const bool inA = partsA.contains(path);
        const bool inB = partsB.contains(path);
        const PartInfo infoA = partsA.value(path);
        const PartInfo infoB = partsB.value(path);
        entry.oldType = infoA.type;
        entry.newType = infoB.type;
        entry.oldSize = infoA.size;
        entry.newSize = infoB.size;
        entry.oldSha256 = infoA.sha256;
        entry.newSha256 = infoB.sha256;
        if (!inA) {
            entry.kind = DiffKind::Added;
        } else if (!inB) {
            entry.kind = DiffKind::Removed;
        } else if (infoA.type != infoB.type || infoA.sha256 != infoB.sha256 || infoA.size != infoB.size) {
            entry.kind = DiffKind::Changed;
            if (infoA.text && infoB.text && infoA.part != nullptr && infoB.part != nullptr) {
                entry.lineDiff = lineDiff(textLines(a, *infoA.part, options), textLines(b, *infoB.part, options),
                                          options.maxOutputLines, &entry.lineDiffTruncated);
            }
        }
        diff.parts.append(entry);
    }

    // Findings (structure lint), by code.
    if (a.root && b.root) {
        const Findings findingsA = Mail::lintMessage(a);
        const Findings findingsB = Mail::lintMessage(b);
        QSet<QByteArray> codesA;
        QSet<QByteArray> codesB;
        for (const Finding& finding : findingsA)
            codesA.insert(finding.code);
        for (const Finding& finding : findingsB)
            codesB.insert(finding.code);
        QSet<QByteArray> reported;
        for (const Finding& finding : findingsA) {
            if (!codesB.contains(finding.code) && !reported.contains(finding.code)) {
                diff.findings.append(FindingDiff{DiffKind::Removed, finding.code, finding.severity, finding.title});
                reported.insert(finding.code);
            }
        }
        for (const Finding& finding : findingsB) {
            if (!codesA.contains(finding.code) && !reported.contains(finding.code)) {
                diff.findings.append(FindingDiff{DiffKind::Added, finding.code, finding.severity, finding.title});
                reported.insert(finding.code);
            }
        }
    }
    if (options.dkimImpact)
        diff.dkim = DkimImpact::analyze(a, b);
    return diff;
}

int MessageDiff::changeCount() const
{
    int count = static_cast<int>(findings.size());
    for (const HeaderDiff& header : headers)
        count += header.kind != DiffKind::Same ? 1 : 0;
    for (const PartDiff& part : parts)
        count += part.kind != DiffKind::Same ? 1 : 0;
    return count;
}

QJsonObject MessageDiff::toJson() const
{
    QJsonArray headerArray;
    for (const HeaderDiff& header : headers) {
        if (header.kind == DiffKind::Same)
            continue;
        QJsonObject object{{QStringLiteral("kind"), diffKindToken(header.kind)},
                           {QStringLiteral("name"), header.name},
                           {QStringLiteral("occurrence"), header.occurrence}};
        if (header.kind != DiffKind::Added)
            object.insert(QStringLiteral("old"), header.oldValue);
        if (header.kind != DiffKind::Removed)
            object.insert(QStringLiteral("new"), header.newValue);
        headerArray.append(object);
    }
    QJsonArray partArray;
    for (const PartDiff& part : parts) {
        QJsonObject object{{QStringLiteral("kind"), diffKindToken(part.kind)}, {QStringLiteral("path"), part.path}};
        if (part.kind != DiffKind::Added) {
            object.insert(QStringLiteral("oldType"), part.oldType);
            if (part.oldSize >= 0) {
                object.insert(QStringLiteral("oldSize"), part.oldSize);
                object.insert(QStringLiteral("oldSha256"), QString::fromLatin1(part.oldSha256));
            }
        }
        if (part.kind != DiffKind::Removed) {
            object.insert(QStringLiteral("newType"), part.newType);
            if (part.newSize >= 0) {
                object.insert(QStringLiteral("newSize"), part.newSize);
                object.insert(QStringLiteral("newSha256"), QString::fromLatin1(part.newSha256));
            }
        }
        if (!part.lineDiff.isEmpty()) {
            object.insert(QStringLiteral("lineDiff"), QJsonArray::fromStringList(part.lineDiff));
            object.insert(QStringLiteral("lineDiffTruncated"), part.lineDiffTruncated);
        }
        partArray.append(object);
    }
    QJsonArray findingArray;
    for (const FindingDiff& finding : findings) {
        findingArray.append(QJsonObject{{QStringLiteral("kind"), diffKindToken(finding.kind)},
                                        {QStringLiteral("code"), QString::fromLatin1(finding.code)},
                                        {QStringLiteral("severity"), severityToken(finding.severity)},
                                        {QStringLiteral("title"), finding.title}});
    }
    return QJsonObject{{QStringLiteral("identical"), identical},
                       {QStringLiteral("changes"), changeCount()},
                       {QStringLiteral("headers"), headerArray},
                       {QStringLiteral("parts"), partArray},
                       {QStringLiteral("findings"), findingArray},
                       {QStringLiteral("dkimImpact"), dkim.toJson()}};
}

QString MessageDiff::toText() const
{
    QString out;
    if (identical)
        return tr("The messages are identical.") + u'\n' + dkim.toText();
    out += tr("Headers (fields of one name aligned oldest-first):") + u'\n';
    int shown = 0;
    for (const HeaderDiff& header : headers) {
        if (header.kind == DiffKind::Same)
            continue;
        ++shown;
        const QString label = header.name + QStringLiteral("[%1]").arg(header.occurrence);
        if (header.kind != DiffKind::Added)
            out += QStringLiteral("  - ") + label + QStringLiteral(": ") + header.oldValue + u'\n';
        if (header.kind != DiffKind::Removed)
            out += QStringLiteral("  + ") + label + QStringLiteral(": ") + header.newValue + u'\n';
    }
    if (shown == 0)
        out += QStringLiteral("  ") + tr("no differences") + u'\n';
    out += tr("MIME parts:") + u'\n';
    shown = 0;
    for (const PartDiff& part : parts) {
        if (part.kind == DiffKind::Same)
            continue;
        ++shown;
        out += QStringLiteral("  %1 %2: ").arg(diffKindToken(part.kind), part.path);
        if (part.kind == DiffKind::Added)
            out += part.newType + QStringLiteral(" (%1 bytes)").arg(part.newSize);
        else if (part.kind == DiffKind::Removed)
            out += part.oldType + QStringLiteral(" (%1 bytes)").arg(part.oldSize);
        else
            out += QStringLiteral("%1 (%2 bytes, %3) -> %4 (%5 bytes, %6)")
                       .arg(part.oldType)
                       .arg(part.oldSize)
                       .arg(QString::fromLatin1(part.oldSha256.left(12)), part.newType)
                       .arg(part.newSize)
                       .arg(QString::fromLatin1(part.newSha256.left(12)));
        out += u'\n';
        for (const QString& line : part.lineDiff)
            out += QStringLiteral("      ") + line + u'\n';
        if (part.lineDiffTruncated)
            out += QStringLiteral("      … ") + tr("(line diff truncated)") + u'\n';
    }
    if (shown == 0)
        out += QStringLiteral("  ") + tr("no differences") + u'\n';
    out += tr("Findings:") + u'\n';
    for (const FindingDiff& finding : findings) {
        out += QStringLiteral("  %1 %2 (%3): %4\n")
                   .arg(finding.kind == DiffKind::Added ? QStringLiteral("+") : QStringLiteral("-"),
                        QString::fromLatin1(finding.code), severityToken(finding.severity), finding.title);
    }
    if (findings.isEmpty())
        out += QStringLiteral("  ") + tr("no differences") + u'\n';
    out += dkim.toText();
    return out;
}

QList<SideBySideRow> sideBySide(const QStringList& a, const QStringList& b, int maxRows, bool* truncated)
{
    if (truncated != nullptr)
        *truncated = false;
    QList<SideBySideRow> rows;
    auto push = [&](SideBySideRow row) {
        if (rows.size() >= maxRows) {
            if (truncated != nullptr)
                *truncated = true;
            return false;
        }
        rows.append(std::move(row));
        return true;
    };
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i) {
        if (!push(SideBySideRow{DiffKind::Same, a.at(i), a.at(i), true, true}))
            return rows;
    }
    const QStringList middle = lineDiff(a.mid(prefix, a.size() - prefix - suffix), b.mid(prefix, b.size() - prefix - suffix),
                                        maxRows * 2 + 2);
    QStringList removed;
    QStringList added;
    auto flush = [&]() {
        const qsizetype count = std::max(removed.size(), added.size());
        for (qsizetype i = 0; i < count; ++i) {
            SideBySideRow row;
            row.hasLeft = i < removed.size();
            row.hasRight = i < added.size();
            row.left = row.hasLeft ? removed.at(i) : QString();
            row.right = row.hasRight ? added.at(i) : QString();
            row.kind = row.hasLeft && row.hasRight ? DiffKind::Changed : row.hasLeft ? DiffKind::Removed : DiffKind::Added;
            if (!push(row))
                return false;
        }
        removed.clear();
        added.clear();
        return true;
    };
    for (const QString& line : middle) {
        const QString text = line.mid(2);
        if (line.startsWith(u'-')) {
            if (!added.isEmpty() && !flush())
                return rows;
            removed << text;
        } else if (line.startsWith(u'+')) {
            added << text;
        } else {
            if (!flush() || !push(SideBySideRow{DiffKind::Same, text, text, true, true}))
                return rows;
        }
    }
    if (!flush())
        return rows;
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i) {
        if (!push(SideBySideRow{DiffKind::Same, a.at(i), a.at(i), true, true}))
            return rows;
    }
    return rows;
}

std::optional<QStringList> partTextLines(const Mail::Message& message, const QString& path, const DiffOptions& options)
{
    if (!message.root)
        return std::nullopt;
    const QList<const Mail::MimePart*> all = message.allParts();
    for (const Mail::MimePart* part : all) {
        if (pathOf(*part) != path)
            continue;
        if (!(part->isLeaf() || part->unsplit) || part->contentType.type != "text")
            return std::nullopt;
        return textLines(message, *part, options);
    }
    return std::nullopt;
}

Findings diffFindings(const MessageDiff& diff, const AuthDiff& auth, const QString& labelA, const QString& labelB)
{
    Findings out;
    for (const FindingDiff& change : diff.findings) {
        Finding finding;
        finding.code = change.code;
        if (change.kind == DiffKind::Added) {
            finding.severity = change.severity;
            finding.title = tr("Only in B: %1").arg(change.title);
            finding.detail = tr("B (%1) has this finding, A (%2) does not.").arg(labelB, labelA);
        } else {
            finding.severity = Severity::Info;
            finding.title = tr("Only in A: %1").arg(change.title);
            finding.detail = tr("A (%1) has this finding (%2), B (%3) does not.")
                                 .arg(labelA, severityToken(change.severity), labelB);
        }
        out << finding;
    }
    for (const VerdictDiff& row : auth.verdicts) {
        Finding finding;
        finding.detail = row.reason;
        switch (row.change) {
        case VerdictChange::Flipped:
            finding.code = "DIFF.VERDICT_FLIPPED";
            // Losing a pass is what tickets are about; gaining one is news, not a problem.
            finding.severity = row.resultA == QStringLiteral("pass") ? Severity::Warning : Severity::Info;
            finding.title = tr("%1: %2 in A, %3 in B").arg(row.label, row.resultA, row.resultB);
            break;
        case VerdictChange::OnlyInA:
            finding.code = "DIFF.VERDICT_ONLY_IN_A";
            finding.severity = Severity::Info;
            finding.title = tr("%1: only in A (%2)").arg(row.label, row.resultA);
            break;
        case VerdictChange::OnlyInB:
            finding.code = "DIFF.VERDICT_ONLY_IN_B";
            finding.severity = Severity::Info;
            finding.title = tr("%1: only in B (%2)").arg(row.label, row.resultB);
            break;
        case VerdictChange::Same:
        case VerdictChange::NotChecked:
            continue;
        }
        finding.reference = row.mechanism == QStringLiteral("dkim")   ? QStringLiteral("RFC 6376 §6.1")
                            : row.mechanism == QStringLiteral("spf")   ? QStringLiteral("RFC 7208 §4")
                            : row.mechanism == QStringLiteral("dmarc") ? QStringLiteral("RFC 7489 §6.6")
                                                                       : QStringLiteral("RFC 8617 §5.2");
        out << finding;
    }
    return out;
}

CaseCheck diffCaseCheck(const QString& nameA, const QByteArray& rawA, const QString& nameB, const QByteArray& rawB,
                        const MessageDiff& diff, const AuthDiff& auth, const Findings& findings)
{
    auto side = [](const QString& name, const QByteArray& raw) {
        return QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex())}};
    };
    CaseCheck check;
    check.kind = QStringLiteral("diff");
    check.input = nameA + QStringLiteral(" ↔ ") + nameB;
    check.ranAt = QDateTime::currentDateTimeUtc();
    check.findings = findings;
    check.result = QJsonObject{{QStringLiteral("a"), side(nameA, rawA)},
                               {QStringLiteral("b"), side(nameB, rawB)},
                               {QStringLiteral("diff"), diff.toJson()},
                               {QStringLiteral("auth"), auth.toJson()}};
    return check;
}

} // namespace Deliverbench::Report
