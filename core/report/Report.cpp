// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Report.h"

#include "message/Address.h"
#include "message/Dsn.h"
#include "message/Message.h"
#include "message/Received.h"
#include "message/Rfc2047.h"
#include "report/Bounce.h"
#include "report/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <functional>

#include <algorithm>

namespace Deliverbench::Report {

namespace {

constexpr int kMaxTableRows = 500;
constexpr int kMaxTranscriptLines = 5000;
constexpr qsizetype kMaxCell = 2000;

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Report", text);
}

QString clip(const QString& text)
{
    return text.size() > kMaxCell ? text.left(kMaxCell) + QStringLiteral(" …") : text;
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == static_cast<double>(static_cast<qint64>(number)))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

bool isTranscriptKey(const QString& key)
{
    return key == QStringLiteral("transcript") || key == QStringLiteral("dns") || key == QStringLiteral("trace");
}

/** @short A table cell: scalars as text, a list of strings one a line, anything else compact JSON. */
QString cellText(const QJsonValue& value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList lines;
        bool scalars = true;
        for (const QJsonValue& item : array) {
            if (item.isArray() || item.isObject()) {
                scalars = false;
                break;
            }
            if (lines.size() >= 200) {
                lines.append(QStringLiteral("…"));
                break;
            }
            lines.append(scalarText(item));
        }
        if (scalars)
            return clip(lines.join(u'\n'));
    }
    return clip(scalarText(value));
}

/** @short A table cell as the generic result renderer shows it: the scalar, or compact JSON. */
QString plainCell(const QJsonValue& value)
{
    return clip(scalarText(value));
}

/**
 * @short One table of an array of objects (columns in first-seen order, at most 12), the rows
 * @p keep accepts, each cell made by @p cell (default: lists of strings one a line).
 */
ReportTable objectTable(const QString& caption, const QJsonArray& array,
                        const std::function<bool(const QJsonObject&)>& keep = {},
                        QString (*cell)(const QJsonValue&) = cellText)
{
    ReportTable table;
    table.caption = caption;
    for (const QJsonValue& row : array) {
        const QJsonObject object = row.toObject();
        for (auto cell = object.constBegin(); cell != object.constEnd(); ++cell) {
            if (!table.columns.contains(cell.key()) && table.columns.size() < 12)
                table.columns.append(cell.key());
        }
    }
    for (const QJsonValue& row : array) {
        if (table.rows.size() >= kMaxTableRows)
            break;
        const QJsonObject object = row.toObject();
        if (keep && !keep(object))
            continue;
        QStringList cells;
        for (const QString& column : std::as_const(table.columns))
            cells.append(cell(object.value(column)));
        table.rows.append(cells);
    }
    return table;
}

/** @short Scalars of a check's result become facts, arrays of objects tables, transcripts lines. */
void addResult(ReportSection& section, const QJsonObject& result, bool transcripts)
{
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        const QString& key = it.key();
        if (key == QStringLiteral("findings"))
            continue;
        const QJsonValue value = it.value();
        if (isTranscriptKey(key) && value.isArray()) {
            if (!transcripts)
                continue;
            const QJsonArray array = value.toArray();
            for (const QJsonValue& line : array) {
                if (section.transcript.size() >= kMaxTranscriptLines)
                    break;
                section.transcript.append(clip(scalarText(line)));
            }
            continue;
        }
        if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isObject()) {
            section.tables.append(objectTable(key, value.toArray(), {}, plainCell));
            continue;
        }
        section.facts.append({key, clip(scalarText(value))});
    }
}

QMap<QString, int> countMap(const QJsonObject& object)
{
    QMap<QString, int> map;
    for (auto it = object.constBegin(); it != object.constEnd() && map.size() < kMaxTableRows; ++it)
        map.insert(it.key(), it.value().toInt());
    return map;
}

QList<QPair<QString, int>> byCount(const QMap<QString, int>& map)
{
    QList<QPair<QString, int>> items;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        items.append({it.key(), it.value()});
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return items;
}

QString causeText(const QString& token)
{
    for (BounceCause cause : {BounceCause::UnknownUser, BounceCause::MailboxFull, BounceCause::Policy,
                              BounceCause::Reputation, BounceCause::Authentication, BounceCause::Temporary,
                              BounceCause::Other}) {
        if (bounceCauseToken(cause) == token)
            return bounceCauseLabel(cause);
    }
    return token;
}

/**
 * @short The Batch tab's "batch" check (app/gui/windows/BatchPage::saveToCase): the summary as
 * tables (groups, verdicts, bounce causes, receiving domains), then the messages.
 */
void addBatchResult(ReportSection& section, const QJsonObject& result)
{
    const QJsonObject summary = result.value(QStringLiteral("summary")).toObject();
    const QJsonObject bounces = summary.value(QStringLiteral("bounces")).toObject();
    const bool dmarc = result.value(QStringLiteral("verdicts")).toString() == QStringLiteral("dmarc");
    QStringList sources;
    for (const QJsonValue& value : result.value(QStringLiteral("sources")).toArray())
        sources.append(value.toString());
    section.facts.append({tr("sources"), clip(sources.join(QStringLiteral(", ")))});
    section.facts.append({tr("messages"), QString::number(summary.value(QStringLiteral("messages")).toInt())});
    section.facts.append({tr("verdict"), dmarc ? tr("DMARC result") : tr("worst finding of the structure check")});
    section.facts.append({tr("bounces"), QString::number(bounces.value(QStringLiteral("bounces")).toInt())});
    section.facts.append({tr("bounced recipients"), QString::number(bounces.value(QStringLiteral("recipients")).toInt())});
    if (result.value(QStringLiteral("truncated")).toBool())
        section.facts.append({tr("note"), tr("only the first messages of the input were read")});

    ReportTable groups;
    groups.caption = tr("Groups");
    groups.columns = QStringList{tr("sending domain"), tr("DKIM d="), tr("verdict"), tr("messages")};
    for (const QJsonValue& value : summary.value(QStringLiteral("groups")).toArray()) {
        if (groups.rows.size() >= kMaxTableRows)
            break;
        const QJsonObject group = value.toObject();
        const auto orDash = [](const QString& text) { return text.isEmpty() ? QStringLiteral("-") : clip(text); };
        groups.rows.append(QStringList{orDash(group.value(QStringLiteral("sendingDomain")).toString()),
                                       orDash(group.value(QStringLiteral("dkimDomains")).toString()),
                                       orDash(group.value(QStringLiteral("verdict")).toString()),
                                       QString::number(group.value(QStringLiteral("count")).toInt())});
    }
    if (!groups.rows.isEmpty())
        section.tables.append(groups);

    const auto countTable = [&section](const QString& caption, const QString& column, const QMap<QString, int>& map,
                                       const std::function<QString(const QString&)>& label) {
        if (map.isEmpty())
            return;
        ReportTable table;
        table.caption = caption;
        table.columns = QStringList{column, tr("count")};
        for (const auto& [key, count] : byCount(map))
            table.rows.append(QStringList{clip(label(key)), QString::number(count)});
        section.tables.append(table);
    };
    const auto plain = [](const QString& key) { return key; };
    countTable(tr("By verdict"), tr("verdict"), countMap(summary.value(QStringLiteral("byVerdict")).toObject()), plain);
    countTable(tr("By sending domain"), tr("sending domain"),
               countMap(summary.value(QStringLiteral("bySendingDomain")).toObject()), plain);
    countTable(tr("By DKIM d="), tr("DKIM d="), countMap(summary.value(QStringLiteral("byDkimDomain")).toObject()), plain);
    countTable(tr("Bounced recipients by cause"), tr("cause"),
               countMap(bounces.value(QStringLiteral("byCause")).toObject()), causeText);

    const QJsonObject byDomain = bounces.value(QStringLiteral("byDomain")).toObject();
    if (!byDomain.isEmpty()) {
        ReportTable table;
        table.caption = tr("Bounced recipients per receiving domain");
        table.columns = QStringList{tr("domain"), tr("cause"), tr("count")};
        for (auto it = byDomain.constBegin(); it != byDomain.constEnd() && table.rows.size() < kMaxTableRows; ++it) {
            for (const auto& [cause, count] : byCount(countMap(it.value().toObject())))
                table.rows.append(QStringList{clip(it.key()), causeText(cause), QString::number(count)});
        }
        section.tables.append(table);
    }

    const QJsonArray rows = result.value(QStringLiteral("rows")).toArray();
    if (!rows.isEmpty()) {
        ReportTable table;
        table.caption = rows.size() > kMaxTableRows ? tr("Messages (the first %1 of %2)").arg(kMaxTableRows).arg(rows.size())
                                                    : tr("Messages");
        table.columns = QStringList{QStringLiteral("#"), tr("from"), tr("subject"), QStringLiteral("SPF"),
                                    QStringLiteral("DKIM"), QStringLiteral("DMARC"), tr("bounce cause"),
                                    tr("receiving domain")};
        for (const QJsonValue& value : rows) {
            if (table.rows.size() >= kMaxTableRows)
                break;
            const QJsonObject row = value.toObject();
            QStringList causes;
            QStringList domains;
            for (const QJsonValue& bounce : row.value(QStringLiteral("bounces")).toArray()) {
                const QString cause = causeText(bounce.toObject().value(QStringLiteral("cause")).toString());
                const QString domain = bounce.toObject().value(QStringLiteral("domain")).toString();
                if (!causes.contains(cause) && causes.size() < 8)
                    causes.append(cause);
                if (!domain.isEmpty() && !domains.contains(domain) && domains.size() < 8)
                    domains.append(domain);
            }
            table.rows.append(QStringList{QString::number(row.value(QStringLiteral("index")).toInt() + 1),
                                          clip(row.value(QStringLiteral("from")).toString()),
                                          clip(row.value(QStringLiteral("subject")).toString()),
                                          clip(row.value(QStringLiteral("spf")).toString()),
                                          clip(row.value(QStringLiteral("dkim")).toString()),
                                          clip(row.value(QStringLiteral("dmarc")).toString()),
                                          causes.join(QStringLiteral(", ")), domains.join(QStringLiteral(", "))});
        }
        section.tables.append(table);
    }
}

/**
 * @short The Diff tab's "diff" check, whatever shape it has grown: scalars as facts; "headers"
 * as "Headers changed" (rows that did not change are left out); anything naming verdicts as
 * "Verdicts flipped"; other arrays of objects as tables; objects of scalars as "key.field" facts;
 * objects of {old, new} pairs as a table.
 */
void addDiffResult(ReportSection& section, const QJsonObject& result)
{
    const auto unchanged = [](const QJsonObject& object) {
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == QStringLiteral("same") || kind == QStringLiteral("unchanged") || kind == QStringLiteral("equal"))
            return true;
        return object.contains(QStringLiteral("old")) && object.contains(QStringLiteral("new"))
               && object.value(QStringLiteral("old")) == object.value(QStringLiteral("new"));
    };
    const auto captionFor = [](const QString& key) {
        if (key == QStringLiteral("headers"))
            return tr("Headers changed");
        if (key.contains(QStringLiteral("verdict"), Qt::CaseInsensitive) || key == QStringLiteral("auth"))
            return tr("Verdicts flipped");
        if (key == QStringLiteral("parts"))
            return tr("MIME parts changed");
        return key;
    };
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        if (key == QStringLiteral("findings"))
            continue;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (!array.isEmpty() && array.first().isObject()) {
                ReportTable table = objectTable(captionFor(key), array, [&](const QJsonObject& o) { return !unchanged(o); });
                if (!table.rows.isEmpty())
                    section.tables.append(table);
            } else {
                section.facts.append({key, cellText(value)});
            }
            continue;
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            ReportTable pairs;
            pairs.caption = captionFor(key);
            pairs.columns = QStringList{tr("what"), tr("before"), tr("after")};
            for (auto field = object.constBegin(); field != object.constEnd(); ++field) {
                const QJsonObject inner = field->toObject();
                if (field->isObject() && (inner.contains(QStringLiteral("old")) || inner.contains(QStringLiteral("before")))) {
                    const QJsonValue before = inner.contains(QStringLiteral("old")) ? inner.value(QStringLiteral("old"))
                                                                                    : inner.value(QStringLiteral("before"));
                    const QJsonValue after = inner.contains(QStringLiteral("new")) ? inner.value(QStringLiteral("new"))
                                                                                   : inner.value(QStringLiteral("after"));
                    if (before != after && pairs.rows.size() < kMaxTableRows)
                        pairs.rows.append(QStringList{clip(field.key()), cellText(before), cellText(after)});
                } else if (field->isArray() && !field->toArray().isEmpty() && field->toArray().first().isObject()) {
                    ReportTable table = objectTable(captionFor(key) + QStringLiteral(": ") + field.key(), field->toArray(),
                                                    [&](const QJsonObject& o) { return !unchanged(o); });
                    if (!table.rows.isEmpty())
                        section.tables.append(table);
                } else {
                    section.facts.append({key + u'.' + field.key(), cellText(field.value())});
                }
            }
            if (!pairs.rows.isEmpty())
                section.tables.append(pairs);
            continue;
        }
        section.facts.append({key, clip(scalarText(value))});
    }
}

QString headerText(const Mail::Message& message, QByteArrayView name)
{
    const QByteArray value = message.headers().value(name);
    if (value.isNull())
        return {};
    return Mail::decodeHeaderText(value);
}

void collectRecipients(const Mail::Message& message, Redactor& redactor)
{
    static const QByteArrayView names[] = {"To", "Cc", "Bcc", "Delivered-To", "X-Original-To", "Envelope-To",
                                           "Resent-To", "Resent-Cc", "X-Forwarded-To"};
    for (const QByteArrayView name : names) {
        for (const Mail::HeaderField* field : message.headers().all(name)) {
            const Mail::AddressListResult list = Mail::parseAddressList(field->unfolded());
            for (const Mail::Mailbox& mailbox : list.mailboxes)
                redactor.addRecipient(mailbox.address());
        }
    }
    for (const Mail::ReceivedHop& hop : Mail::receivedTimeline(message.headers()))
        redactor.addRecipient(QString::fromUtf8(hop.field.for_));
    if (const auto dsn = Mail::parseDeliveryStatus(message)) {
        for (const Mail::DsnRecipient& recipient : dsn->recipients) {
            redactor.addRecipient(QString::fromUtf8(recipient.finalRecipient));
            redactor.addRecipient(QString::fromUtf8(recipient.originalRecipient));
        }
    }
}

void redactStrings(ReportDocument& report, Redactor& redactor)
{
    report.title = redactor.redact(report.title);
    for (VerdictItem& item : report.verdict) {
        item.title = redactor.redact(item.title);
        item.remedy = redactor.redact(item.remedy);
    }
    for (ReportSection& section : report.sections) {
        section.title = redactor.redact(section.title);
        for (auto& fact : section.facts)
            fact.second = redactor.redact(fact.second);
        for (ReportTable& table : section.tables) {
            for (QStringList& row : table.rows) {
                for (QString& cell : row)
                    cell = redactor.redact(cell);
            }
        }
        for (Finding& finding : section.findings) {
            finding.title = redactor.redact(finding.title);
            finding.detail = redactor.redact(finding.detail);
            finding.remedy = redactor.redact(finding.remedy);
            // Evidence from inside a body part may quote the body: never shown redacted.
            finding.evidence = finding.partPath.isEmpty() || finding.code.startsWith("BOUNCE.")
                                   ? redactor.redact(finding.evidence)
                                   : (finding.evidence.isEmpty() ? QString() : Redactor::bodyPlaceholder(finding.length));
        }
        for (QString& line : section.transcript)
            line = redactor.redact(line);
    }
}

} // namespace

ReportDocument buildReport(const Case& source, const ReportOptions& options)
{
    ReportDocument report;
    report.title = source.title.isEmpty() ? tr("Deliverbench report") : source.title;
    report.generatedAt = (options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc()).toUTC();
    report.redacted = options.redact;
    report.transcripts = options.transcripts;

    Redactor redactor;
    BounceSummary bounceSummary;
    ReportSection bounces;
    bounces.id = QStringLiteral("bounces");
    bounces.title = tr("Bounces");
    ReportTable bounceTable;
    bounceTable.columns = QStringList{tr("message"), tr("recipient"), tr("domain"), tr("status"), tr("cause"),
                                      tr("diagnostic")};

    // Inputs
    ReportSection inputs;
    inputs.id = QStringLiteral("inputs");
    inputs.title = tr("Inputs");
    if (!source.messages.isEmpty()) {
        ReportTable table;
        table.caption = tr("Messages");
        table.columns = QStringList{tr("name"), tr("subject"), tr("from"), tr("to"), tr("date"), tr("size"),
                                    QStringLiteral("sha256")};
        for (const CaseMessage& item : source.messages) {
            const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(item.raw, item.name));
            collectRecipients(message, redactor);
            table.rows.append(QStringList{item.name, clip(headerText(message, "Subject")),
                                          clip(headerText(message, "From")), clip(headerText(message, "To")),
                                          clip(headerText(message, "Date")), QString::number(item.raw.size()),
                                          QString::fromLatin1(item.sha256)});
            const QList<BounceRecord> records = classifyBounceMessage(message);
            bounceSummary.add(records);
            for (const BounceRecord& record : records) {
                if (bounceTable.rows.size() < kMaxTableRows) {
                    bounceTable.rows.append(QStringList{item.name, record.recipient, record.domain,
                                                        QString::fromLatin1(record.status),
                                                        bounceCauseLabel(record.classification.cause),
                                                        clip(record.diagnostic)});
                }
            }
            bounces.findings += bounceFindings(records);
        }
        inputs.tables.append(table);
    }
    if (!source.domains.isEmpty())
        inputs.facts.append({tr("domains"), source.domains.join(QStringLiteral(", "))});
    if (!source.hosts.isEmpty())
        inputs.facts.append({tr("hosts"), source.hosts.join(QStringLiteral(", "))});
    if (!source.ips.isEmpty())
        inputs.facts.append({tr("IP addresses"), source.ips.join(QStringLiteral(", "))});
    for (const SeedListReference& seed : source.seedLists)
        inputs.facts.append({tr("seed list"), seed.name + QStringLiteral(" (") + seed.path + u')'});
    report.sections.append(inputs);

    // One section per check
    int index = 0;
    QSet<QString> diffSections;
    for (const CaseCheck& check : source.checks) {
        ReportSection section;
        section.id = QStringLiteral("check-%1").arg(++index);
        if (check.kind == QStringLiteral("diff"))
            diffSections.insert(section.id);
        section.title = check.kind + QStringLiteral(": ") + check.input;
        section.facts.append({tr("check"), check.kind});
        section.facts.append({tr("input"), check.input});
        section.facts.append({tr("ran at"), check.ranAt.toString(Qt::ISODate)});
        if (check.kind == QStringLiteral("batch"))
            addBatchResult(section, check.result);
        else if (check.kind == QStringLiteral("diff"))
            addDiffResult(section, check.result);
        else
            addResult(section, check.result, options.transcripts);
        section.findings = check.findings;
        report.sections.append(section);
    }

    if (bounceSummary.recipients > 0) {
        for (auto it = bounceSummary.byCause.cbegin(); it != bounceSummary.byCause.cend(); ++it)
            bounces.facts.append({it.key(), QString::number(it.value())});
        ReportTable perDomain;
        perDomain.caption = tr("Per receiving domain");
        perDomain.columns = QStringList{tr("domain"), tr("cause"), tr("count")};
        for (auto it = bounceSummary.byDomain.cbegin(); it != bounceSummary.byDomain.cend(); ++it) {
            for (auto inner = it.value().cbegin(); inner != it.value().cend(); ++inner)
                perDomain.rows.append(QStringList{it.key(), inner.key(), QString::number(inner.value())});
        }
        bounceTable.caption = tr("Bounced recipients");
        bounces.tables.append(bounceTable);
        bounces.tables.append(perDomain);
        report.sections.append(bounces);
    }

    if (options.transcripts && !source.dnsSnapshot.isEmpty()) {
        ReportSection dns;
        dns.id = QStringLiteral("dns");
        dns.title = tr("DNS snapshot");
        ReportTable table;
        table.columns = QStringList{tr("time"), tr("name"), tr("type"), tr("server"), tr("outcome"), tr("answer")};
        for (const CaseDnsEntry& entry : source.dnsSnapshot) {
            if (table.rows.size() >= kMaxTableRows * 10)
                break;
            table.rows.append(QStringList{entry.time.toString(Qt::ISODateWithMs), entry.name, entry.type,
                                          entry.fromOverlay ? tr("overlay") : entry.server, entry.outcome,
                                          clip(entry.answer)});
        }
        dns.tables.append(table);
        report.sections.append(dns);
    }

    // Verdict summary
    QMap<QByteArray, VerdictItem> items;
    for (const ReportSection& section : std::as_const(report.sections)) {
        const bool diffSection = diffSections.contains(section.id);
        for (const Finding& finding : section.findings) {
            // The Diff tab's "Only in A/B" rows copy findings another check raised (its own are
            // DIFF.*): they stay in the diff section but are counted once, where they were raised.
            if (diffSection && !finding.code.startsWith("DIFF."))
                continue;
            ++report.counts[static_cast<int>(finding.severity)];
            if (finding.severity > report.worst)
                report.worst = finding.severity;
            if (finding.severity == Severity::Pass)
                continue;
            VerdictItem& item = items[finding.code];
            if (item.count == 0) {
                item.code = finding.code;
                item.severity = finding.severity;
                item.title = finding.title;
                item.remedy = finding.remedy;
            }
            item.severity = std::max(item.severity, finding.severity);
            ++item.count;
            if (!item.sections.contains(section.id))
                item.sections.append(section.id);
        }
    }
    report.verdict = items.values();
    std::stable_sort(report.verdict.begin(), report.verdict.end(), [](const VerdictItem& a, const VerdictItem& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.code < b.code;
    });

    if (options.redact) {
        // Two passes: the first learns every address, so a bare local part met early is caught too.
        ReportDocument probe = report;
        redactStrings(probe, redactor);
        redactStrings(report, redactor);
    }
    return report;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\'': out += QStringLiteral("&#39;"); break;
        default:
            // Control characters (other than tab/newline) never reach the document.
            if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f
                || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
                out += QChar(0xfffd);
            else
                out += c;
        }
    }
    return out;
}

QString escapeMarkdown(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'|': out += QStringLiteral("\\|"); break;
        case u'\n':
        case u'\r': out += u' '; break;
        case u'\\': case u'`': case u'*': case u'_': case u'{': case u'}': case u'[': case u']':
        case u'(': case u')': case u'#': case u'+': case u'!': case u'~':
            out += u'\\';
            out += c;
            break;
        case u':':
            // Break URL autolinks (GitHub turns scheme://… into a link): only before "/".
            if (i + 1 < text.size() && text.at(i + 1) == u'/')
                out += QStringLiteral("&#58;");
            else
                out += c;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
                out += QChar(0xfffd);
            else
                out += c;
        }
    }
    return out;
}

namespace {

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Info");
    case Severity::Pass: break;
    }
    return tr("Pass");
}

const char kCss[] = R"(:root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--code:#f6f8fa;--error:#b42318;--warning:#9a6700;--info:#0969da;--pass:#1a7f37}
@media (prefers-color-scheme: dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#8d96a0;--line:#30363d;--code:#161b22;--error:#ff7b72;--warning:#d29922;--info:#58a6ff;--pass:#3fb950}}
body{background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:72em;padding:0 1em}
h1,h2,h3{line-height:1.25}h2{border-bottom:1px solid var(--line);padding-bottom:.3em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0 1em;width:100%;font-size:.92em}th,td{border:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--code)}pre{background:var(--code);padding:.8em;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere}
.muted{color:var(--muted)}.sev{font-weight:600;text-transform:uppercase;font-size:.8em}.error{color:var(--error)}.warning{color:var(--warning)}.info{color:var(--info)}.pass{color:var(--pass)}
.finding{border-left:4px solid var(--line);padding:.2em .8em;margin:.6em 0}.finding.error{border-color:var(--error)}.finding.warning{border-color:var(--warning)}.finding.info{border-color:var(--info)}.finding.pass{border-color:var(--pass)}
.finding div{color:var(--fg)}code{font-family:ui-monospace,monospace;font-size:.9em}code.token{overflow-wrap:normal;word-break:normal}
@media print{body{margin:0;max-width:none}}
)";

void htmlTable(QString& out, const ReportTable& table)
{
    out += QStringLiteral("<table>");
    if (!table.caption.isEmpty())
        out += QStringLiteral("<caption>") + escapeHtml(table.caption) + QStringLiteral("</caption>");
    out += QStringLiteral("<thead><tr>");
    for (const QString& column : table.columns)
        out += QStringLiteral("<th>") + escapeHtml(column) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead><tbody>\n");
    for (const QStringList& row : table.rows) {
        out += QStringLiteral("<tr>");
        for (const QString& cell : row)
            out += QStringLiteral("<td>") + escapeHtml(cell) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
}

// What QTextDocument's CSS subset understands (no variables, no @media): light colours only.
const char kPrintCss[] = R"(body{color:#1b1f24;font-family:sans-serif;font-size:10pt}
h1{font-size:16pt}h2{font-size:13pt;margin-top:14pt}h3{font-size:11pt}
th{background-color:#eef1f4;text-align:left}td,th{vertical-align:top;padding:3px}
pre{background-color:#f6f8fa;white-space:pre-wrap;font-family:monospace;font-size:8pt}
code{font-family:monospace}.muted{color:#57606a}.sev{font-weight:bold}
.error{color:#b42318}.warning{color:#9a6700}.info{color:#0969da}.pass{color:#1a7f37}
.finding{margin-top:4pt;margin-bottom:4pt}.finding div{color:#1b1f24}
)";

/** A finding code that may break only after '.' or '_' ("DKIM.<wbr>BODY_<wbr>HASH_<wbr>MISMATCH"). */
QString codeHtml(const QByteArray& code)
{
    QString out;
    for (const QChar c : QString::fromLatin1(code)) {
        out += escapeHtml(QString(c));
        if (c == u'.' || c == u'_')
            out += QStringLiteral("<wbr>");
    }
    return out;
}

bool hasRemedy(const QList<VerdictItem>& verdict)
{
    return std::any_of(verdict.cbegin(), verdict.cend(), [](const VerdictItem& item) {
        return !item.remedy.trimmed().isEmpty();
    });
}

QString sectionLabel(const ReportDocument& report, const QString& id)
{
    for (const ReportSection& section : report.sections) {
        if (section.id == id)
            return section.title;
    }
    return id;
}

} // namespace

QByteArray renderHtml(const ReportDocument& report)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; img-src data:\">\n"
                          "<meta name=\"referrer\" content=\"no-referrer\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    out += escapeHtml(report.title) + QStringLiteral("</title>\n<style>\n") + QString::fromUtf8(kCss)
           + QStringLiteral("</style>\n</head>\n<body>\n<h1>") + escapeHtml(report.title) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p class=\"muted\">") + escapeHtml(tr("Generated %1 by Deliverbench.")
                                                                    .arg(report.generatedAt.toString(Qt::ISODate)));
    if (report.redacted)
        out += u' ' + escapeHtml(tr("Addresses, local parts, bodies and URL tokens are redacted."));
    out += QStringLiteral("</p>\n");

    out += QStringLiteral("<h2 id=\"summary\">") + escapeHtml(tr("Verdict")) + QStringLiteral("</h2>\n");
    out += QStringLiteral("<p><span class=\"sev ") + severityToken(report.worst) + QStringLiteral("\">")
           + escapeHtml(severityWord(report.worst)) + QStringLiteral("</span> ")
           + escapeHtml(tr("%1 errors, %2 warnings, %3 notes, %4 passed.")
                            .arg(report.counts[3])
                            .arg(report.counts[2])
                            .arg(report.counts[1])
                            .arg(report.counts[0]))
           + QStringLiteral("</p>\n");
    if (!report.verdict.isEmpty()) {
        const bool anyFix = hasRemedy(report.verdict);
        out += QStringLiteral("<table><thead><tr><th>") + escapeHtml(tr("severity")) + QStringLiteral("</th><th>")
               + escapeHtml(tr("problem"))
               + (anyFix ? QStringLiteral("</th><th>") + escapeHtml(tr("fix")) : QString())
               + QStringLiteral("</th><th>") + escapeHtml(tr("where")) + QStringLiteral("</th></tr></thead><tbody>\n");
        for (const VerdictItem& item : report.verdict) {
            QStringList where;
            for (const QString& id : item.sections) {
                where.append(QStringLiteral("<a href=\"#") + escapeHtml(id) + QStringLiteral("\">")
                             + escapeHtml(sectionLabel(report, id)) + QStringLiteral("</a>"));
            }
            out += QStringLiteral("<tr><td class=\"sev ") + severityToken(item.severity) + QStringLiteral("\">")
                   + escapeHtml(severityWord(item.severity)) + QStringLiteral("</td><td><code class=\"token\">")
                   + codeHtml(item.code) + QStringLiteral("</code> ") + escapeHtml(item.title)
                   + (item.count > 1 ? QStringLiteral(" (×%1)").arg(item.count) : QString())
                   + (anyFix ? QStringLiteral("</td><td>") + escapeHtml(item.remedy) : QString())
                   + QStringLiteral("</td><td>")
                   + where.join(QStringLiteral(", ")) + QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
    }

    for (const ReportSection& section : report.sections) {
        out += QStringLiteral("<section>\n<h2 id=\"") + escapeHtml(section.id) + QStringLiteral("\">")
               + escapeHtml(section.title) + QStringLiteral("</h2>\n");
        if (!section.facts.isEmpty()) {
            out += QStringLiteral("<table>\n");
            for (const auto& fact : section.facts) {
                out += QStringLiteral("<tr><th>") + escapeHtml(fact.first) + QStringLiteral("</th><td>")
                       + escapeHtml(fact.second) + QStringLiteral("</td></tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
        for (const ReportTable& table : section.tables)
            htmlTable(out, table);
        for (const Finding& finding : section.findings) {
            const QString token = severityToken(finding.severity);
            out += QStringLiteral("<div class=\"finding ") + token + QStringLiteral("\"><span class=\"sev ") + token
                   + QStringLiteral("\">") + escapeHtml(severityWord(finding.severity))
                   + QStringLiteral("</span> <code>") + escapeHtml(QString::fromLatin1(finding.code))
                   + QStringLiteral("</code> <strong>") + escapeHtml(finding.title) + QStringLiteral("</strong>");
            if (!finding.detail.isEmpty())
                out += QStringLiteral("<div>") + escapeHtml(finding.detail) + QStringLiteral("</div>");
            if (!finding.evidence.isEmpty())
                out += QStringLiteral("<pre>") + escapeHtml(finding.evidence) + QStringLiteral("</pre>");
            if (!finding.remedy.isEmpty()) {
                out += QStringLiteral("<div>") + escapeHtml(tr("Fix:")) + u' ' + escapeHtml(finding.remedy)
                       + QStringLiteral("</div>");
            }
            if (!finding.reference.isEmpty())
                out += QStringLiteral("<div class=\"muted\">") + escapeHtml(finding.reference) + QStringLiteral("</div>");
            out += QStringLiteral("</div>\n");
        }
        if (!section.transcript.isEmpty()) {
            out += QStringLiteral("<h3>") + escapeHtml(tr("Transcript")) + QStringLiteral("</h3>\n<pre>");
            for (const QString& line : section.transcript)
                out += escapeHtml(line) + u'\n';
            out += QStringLiteral("</pre>\n");
        }
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

namespace {

void markdownTable(QString& out, const QStringList& columns, const QList<QStringList>& rows)
{
    if (columns.isEmpty())
        return;
    QStringList header;
    QStringList rule;
    for (const QString& column : columns) {
        header.append(escapeMarkdown(column));
        rule.append(QStringLiteral("---"));
    }
    out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n| ")
           + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells.append(escapeMarkdown(cell));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    out += u'\n';
}

QString fence(const QStringList& lines)
{
    int longest = 0;
    for (const QString& line : lines) {
        int run = 0;
        for (const QChar c : line) {
            run = c == u'`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return QString(std::max(3, longest + 1), u'`');
}

} // namespace

QByteArray renderMarkdown(const ReportDocument& report)
{
    QString out;
    out += QStringLiteral("# ") + escapeMarkdown(report.title) + QStringLiteral("\n\n");
    out += QStringLiteral("_") + escapeMarkdown(tr("Generated %1 by Deliverbench.").arg(report.generatedAt.toString(Qt::ISODate)));
    if (report.redacted)
        out += u' ' + escapeMarkdown(tr("Addresses, local parts, bodies and URL tokens are redacted."));
    out += QStringLiteral("_\n\n## ") + escapeMarkdown(tr("Verdict")) + QStringLiteral("\n\n");
    out += QStringLiteral("**") + escapeMarkdown(severityWord(report.worst)) + QStringLiteral("**: ")
           + escapeMarkdown(tr("%1 errors, %2 warnings, %3 notes, %4 passed.")
                                .arg(report.counts[3])
                                .arg(report.counts[2])
                                .arg(report.counts[1])
                                .arg(report.counts[0]))
           + QStringLiteral("\n\n");
    if (!report.verdict.isEmpty()) {
        const bool anyFix = hasRemedy(report.verdict);
        QList<QStringList> rows;
        for (const VerdictItem& item : report.verdict) {
            QStringList where;
            for (const QString& id : item.sections)
                where.append(sectionLabel(report, id));
            QStringList row{severityWord(item.severity),
                            QString::fromLatin1(item.code) + QStringLiteral(": ") + item.title
                                + (item.count > 1 ? QStringLiteral(" (×%1)").arg(item.count) : QString())};
            if (anyFix)
                row.append(item.remedy);
            row.append(where.join(QStringLiteral(", ")));
            rows.append(row);
        }
        QStringList columns{tr("severity"), tr("problem")};
        if (anyFix)
            columns.append(tr("fix"));
        columns.append(tr("where"));
        markdownTable(out, columns, rows);
    }
    for (const ReportSection& section : report.sections) {
        out += QStringLiteral("## ") + escapeMarkdown(section.title) + QStringLiteral("\n\n");
        if (!section.facts.isEmpty()) {
            QList<QStringList> rows;
            for (const auto& fact : section.facts)
                rows.append(QStringList{fact.first, fact.second});
            markdownTable(out, QStringList{tr("field"), tr("value")}, rows);
        }
        for (const ReportTable& table : section.tables) {
            if (!table.caption.isEmpty())
                out += QStringLiteral("**") + escapeMarkdown(table.caption) + QStringLiteral("**\n\n");
            markdownTable(out, table.columns, table.rows);
        }
        for (const Finding& finding : section.findings) {
            out += QStringLiteral("- **") + escapeMarkdown(severityWord(finding.severity)) + QStringLiteral("** ")
                   + escapeMarkdown(QString::fromLatin1(finding.code)) + QStringLiteral(": ")
                   + escapeMarkdown(finding.title) + u'\n';
            if (!finding.detail.isEmpty())
                out += QStringLiteral("  ") + escapeMarkdown(finding.detail) + u'\n';
            if (!finding.evidence.isEmpty())
                out += QStringLiteral("  ") + escapeMarkdown(tr("Evidence:")) + u' ' + escapeMarkdown(finding.evidence) + u'\n';
            if (!finding.remedy.isEmpty())
                out += QStringLiteral("  ") + escapeMarkdown(tr("Fix:")) + u' ' + escapeMarkdown(finding.remedy) + u'\n';
        }
        if (!section.findings.isEmpty())
            out += u'\n';
        if (!section.transcript.isEmpty()) {
            const QString marker = fence(section.transcript);
            out += marker + QStringLiteral("text\n");
            for (const QString& line : section.transcript) {
                QString clean = line;
                for (QChar& c : clean) {
                    if (c.unicode() < 0x20 && c != u'\t')
                        c = QChar(0xfffd);
                }
                out += clean + u'\n';
            }
            out += marker + QStringLiteral("\n\n");
        }
    }
    return out.toUtf8();
}

QByteArray renderJson(const ReportDocument& report)
{
    QJsonArray verdict;
    for (const VerdictItem& item : report.verdict) {
        verdict.append(QJsonObject{{QStringLiteral("severity"), severityToken(item.severity)},
                                   {QStringLiteral("code"), QString::fromLatin1(item.code)},
                                   {QStringLiteral("title"), item.title},
                                   {QStringLiteral("remedy"), item.remedy},
                                   {QStringLiteral("count"), item.count},
                                   {QStringLiteral("sections"), QJsonArray::fromStringList(item.sections)}});
    }
    QJsonArray sections;
    for (const ReportSection& section : report.sections) {
        QJsonArray facts;
        for (const auto& fact : section.facts)
            facts.append(QJsonObject{{QStringLiteral("label"), fact.first}, {QStringLiteral("value"), fact.second}});
        QJsonArray tables;
        for (const ReportTable& table : section.tables) {
            QJsonArray rows;
            for (const QStringList& row : table.rows)
                rows.append(QJsonArray::fromStringList(row));
            tables.append(QJsonObject{{QStringLiteral("caption"), table.caption},
                                      {QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                                      {QStringLiteral("rows"), rows}});
        }
        QJsonArray findings;
        for (const Finding& finding : section.findings)
            findings.append(finding.toJson());
        QJsonObject object{{QStringLiteral("id"), section.id},
                           {QStringLiteral("title"), section.title},
                           {QStringLiteral("facts"), facts},
                           {QStringLiteral("tables"), tables},
                           {QStringLiteral("findings"), findings}};
        if (report.transcripts)
            object.insert(QStringLiteral("transcript"), QJsonArray::fromStringList(section.transcript));
        sections.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("deliverbench-report")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("generatedAt"), report.generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("redacted"), report.redacted},
        {QStringLiteral("transcripts"), report.transcripts},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("worst"), severityToken(report.worst)},
                     {QStringLiteral("counts"),
                      QJsonObject{{QStringLiteral("error"), report.counts[3]},
                                  {QStringLiteral("warning"), report.counts[2]},
                                  {QStringLiteral("info"), report.counts[1]},
                                  {QStringLiteral("pass"), report.counts[0]}}},
                     {QStringLiteral("verdict"), verdict}}},
        {QStringLiteral("sections"), sections},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray renderPrintHtml(const ReportDocument& report)
{
    // Every text from a message, DNS or a server was escaped by renderHtml() ('<' is "&lt;"), so
    // the literal "<style>" block and "<table>" tags below can only be our own markup.
    QString html = QString::fromUtf8(renderHtml(report));
    const qsizetype styleStart = html.indexOf(QStringLiteral("<style>\n"));
    const qsizetype styleEnd = html.indexOf(QStringLiteral("</style>"), styleStart);
    if (styleStart >= 0 && styleEnd > styleStart) {
        const qsizetype from = styleStart + qsizetype(sizeof("<style>\n") - 1);
        html.replace(from, styleEnd - from, QString::fromUtf8(kPrintCss));
    }
    // QTextDocument ignores <wbr>; a zero-width space gives its line breaker the same break points.
    html.replace(QStringLiteral("<wbr>"), QString(QChar(0x200b)));
    html.replace(QStringLiteral("<table>"),
                 QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                "style=\"border-collapse:collapse;border-color:#d0d7de\">"));
    return html.toUtf8();
}

} // namespace Deliverbench::Report
