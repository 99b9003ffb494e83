// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspect/InspectText.h"

#include "message/DateTime.h"
#include "message/Dsn.h"
#include "message/Received.h"

#include <QHash>

#include <array>

namespace Deliverbench::Cli {

namespace {

constexpr int kMaxEvidenceLines = 6;
constexpr qsizetype kMaxEvidenceChars = 400;
constexpr qsizetype kMaxFieldChars = 300;

QString elide(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QStringLiteral("…");
}

QString bytesText(const QByteArray& bytes)
{
    return TextReport::printable(QString::fromUtf8(bytes));
}

} // namespace

TextReport::TextReport(QTextStream& out, bool colour)
    : m_out(out)
    , m_colour(colour)
{
}

QString TextReport::printable(const QString& text, bool keepLines)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (keepLines && (u == u'\n' || u == u'\t')) {
            result += u == u'\t' ? QStringLiteral("    ") : QStringLiteral("\n");
        } else if (u == u'\r') {
            if (!keepLines)
                result += u' ';
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029) {
            result += QChar(0xfffd);
        } else {
            result += c;
        }
    }
    return result;
}

QString TextReport::formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    quint64 value = negative ? 0 - static_cast<quint64>(seconds) : static_cast<quint64>(seconds);
    QString text;
    if (value < 60) {
        text = tr("%1 s").arg(value);
    } else if (value < 3600) {
        text = tr("%1 min %2 s").arg(value / 60).arg(value % 60);
    } else if (value < 86400) {
        text = tr("%1 h %2 min").arg(value / 3600).arg((value % 3600) / 60);
    } else {
        text = tr("%1 d %2 h").arg(value / 86400).arg((value % 86400) / 3600);
    }
    return negative ? u'-' + text : text;
}

QString TextReport::styled(const QString& text, Style style) const
{
    if (!m_colour)
        return text;
    const char* code = "";
    switch (style) {
    case Style::Heading:
        code = "\x1b[1m";
        break;
    case Style::Error:
        code = "\x1b[1;31m";
        break;
    case Style::Warning:
        code = "\x1b[33m";
        break;
    case Style::Info:
        code = "\x1b[36m";
        break;
    case Style::Pass:
        code = "\x1b[32m";
        break;
    case Style::Dim:
        code = "\x1b[2m";
        break;
    }
    return QLatin1String(code) + text + QLatin1String("\x1b[0m");
}

QString TextReport::severityLabel(Severity severity) const
{
    switch (severity) {
    case Severity::Error:
        return styled(tr("error"), Style::Error);
    case Severity::Warning:
        return styled(tr("warning"), Style::Warning);
    case Severity::Info:
        return styled(tr("info"), Style::Info);
    case Severity::Pass:
        return styled(tr("pass"), Style::Pass);
    }
    return {};
}

void TextReport::writeMessage(const InspectedMessage& inspected)
{
    const Mail::Message& message = *inspected.message;
    if (m_totals.messages > 0)
        m_out << u'\n';
    ++m_totals.messages;

    QString title = tr("Message %1").arg(inspected.index + 1);
    m_out << styled(title, Style::Heading) << u'\n';
    const auto row = [this](const QString& label, const QString& value) {
        m_out << QStringLiteral("  ") << label.leftJustified(12) << u' ' << value << u'\n';
    };
    QString file = printable(inspected.file);
    if (message.index > 0 || inspected.indexInFile > 0)
        file += u' ' + tr("(message %1 in the file)").arg(inspected.indexInFile + 1);
    row(tr("File:"), file);

    const QString none = styled(tr("(none)"), Style::Dim);
    const auto headerRow = [&](const QString& label, const QString& value) {
        row(label, value.isNull() ? none : elide(printable(value), kMaxFieldChars));
    };
    headerRow(tr("Subject:"), decodedHeader(message, "Subject"));
    headerRow(tr("From:"), decodedHeader(message, "From"));
    headerRow(tr("To:"), decodedHeader(message, "To"));
    QString date = decodedHeader(message, "Date");
    if (!date.isNull() && message.root) {
        const Mail::DateParseResult parsed = Mail::parseDate(message.headers().value("Date"));
        date = elide(printable(date), kMaxFieldChars);
        if (parsed.dateTime.isValid())
            date += QStringLiteral("  (") + parsed.dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                + QStringLiteral(" UTC)");
        row(tr("Date:"), date);
    } else {
        row(tr("Date:"), none);
    }
    headerRow(tr("Message-ID:"), messageId(message));
    if (message.headersOnly)
        row(QString(), styled(tr("header section only (no body)"), Style::Dim));

    writeMimeTree(inspected);
    writeReceived(inspected);
    writeDsn(inspected);
    writeFindings(inspected);

    int errors = 0, warnings = 0, infos = 0;
    for (const Finding& finding : inspected.findings) {
        if (finding.severity == Severity::Error)
            ++errors;
        else if (finding.severity == Severity::Warning)
            ++warnings;
        else if (finding.severity == Severity::Info)
            ++infos;
    }
    m_totals.parts += inspected.leaves.size();
    m_totals.errors += errors;
    m_totals.warnings += warnings;
    m_totals.infos += infos;
    if (errors > 0)
        ++m_totals.messagesWithErrors;
    m_out.flush();
}

void TextReport::writeMimeTree(const InspectedMessage& inspected)
{
    const Mail::Message& message = *inspected.message;
    if (!message.root)
        return;
    QHash<const Mail::MimePart*, const LeafPart*> leafInfo;
    for (const LeafPart& leaf : inspected.leaves)
        leafInfo.insert(leaf.part, &leaf);

    m_out << u'\n' << styled(tr("MIME structure"), Style::Heading) << u'\n';
    const QList<const Mail::MimePart*> parts = message.allParts();
    for (const Mail::MimePart* part : parts) {
        QString line = QString(2 + 2 * std::min(part->depth, 32), u' ');
        const QString path = part->path.isEmpty() ? (part->isLeaf() ? partPath(*part) : QString()) : part->path;
        if (!path.isEmpty())
            line += path + QStringLiteral("  ");
        line += QString::fromLatin1(part->contentType.mimeType()).toLower();
        const QByteArray charset = part->charset();
        if (!charset.isEmpty())
            line += QStringLiteral("; charset=") + bytesText(charset.toLower());
        if (const LeafPart* leaf = leafInfo.value(part, nullptr)) {
            line += QStringLiteral("  ") + leaf->encoding + QStringLiteral("  ")
                + (leaf->size == 1 ? tr("1 byte") : tr("%1 bytes").arg(leaf->size));
        } else if (part->isMultipart()) {
            line += QStringLiteral("  ") + styled(part->children.size() == 1 ? tr("1 part") : tr("%1 parts").arg(part->children.size()), Style::Dim);
        } else if (part->isEncapsulatedMessage()) {
            line += QStringLiteral("  ") + styled(tr("encapsulated message"), Style::Dim);
        }
        const QString filename = part->filename();
        if (!filename.isEmpty())
            line += QStringLiteral("  \"") + elide(printable(filename), 120) + u'"';
        if (!part->disposition.type.isEmpty() && part->disposition.type != "inline")
            line += QStringLiteral("  [") + bytesText(part->disposition.type) + u']';
        m_out << line << u'\n';
    }
}

void TextReport::writeReceived(const InspectedMessage& inspected)
{
    const Mail::Message& message = *inspected.message;
    if (!message.root)
        return;
    const QList<Mail::ReceivedHop> timeline = Mail::receivedTimeline(message.headers());
    if (timeline.isEmpty())
        return;
    m_out << u'\n' << styled(tr("Received path (oldest first)"), Style::Heading) << u'\n';
    int number = 0;
    for (const Mail::ReceivedHop& hop : timeline) {
        const Mail::ReceivedField& field = hop.field;
        QString when = field.date.isValid()
            ? field.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
            : tr("(no date)");
        QString delay;
        if (hop.clockSkew && hop.delaySeconds)
            delay = styled(tr("clock skew %1").arg(formatDuration(*hop.delaySeconds)), Style::Warning);
        else if (hop.clockSkew)
            delay = styled(tr("clock skew"), Style::Warning);
        else if (hop.delaySeconds)
            delay = u'+' + formatDuration(*hop.delaySeconds);
        QString route;
        if (!field.from.isEmpty()) {
            route += tr("from %1").arg(bytesText(field.from));
            QStringList seen;
            if (!field.fromHost.isEmpty() && field.fromHost != field.from)
                seen << bytesText(field.fromHost);
            if (!field.fromIp.isEmpty() && !field.from.contains(field.fromIp))
                seen << u'[' + bytesText(field.fromIp) + u']';
            if (!seen.isEmpty())
                route += QStringLiteral(" (") + seen.join(u' ') + u')';
        }
        if (!field.by.isEmpty())
            route += (route.isEmpty() ? QString() : QStringLiteral(" ")) + tr("by %1").arg(bytesText(field.by));
        if (!field.with.isEmpty())
            route += (route.isEmpty() ? QString() : QStringLiteral(" ")) + tr("with %1").arg(bytesText(field.with));
        if (field.usedTls)
            route += QStringLiteral(", ") + tr("TLS");
        if (!field.tls.isEmpty())
            route += QStringLiteral(" (") + elide(bytesText(field.tls), 120) + u')';

        ++number;
        m_out << QStringLiteral("  ") << QString::number(number).rightJustified(2) << QStringLiteral("  ")
              << (delay.isEmpty() ? when : when.leftJustified(23) + u' ' + delay) << u'\n';
        if (!route.isEmpty())
            m_out << QStringLiteral("      ") << elide(route, kMaxFieldChars) << u'\n';
    }
}

void TextReport::writeDsn(const InspectedMessage& inspected)
{
    const std::optional<Mail::DeliveryStatus> status = Mail::parseDeliveryStatus(*inspected.message);
    if (!status)
        return;
    m_out << u'\n' << styled(tr("Delivery status notification (part %1)").arg(printable(status->partPath)),
                             Style::Heading)
          << u'\n';
    if (!status->reportingMta.isEmpty())
        m_out << QStringLiteral("  ") << tr("Reporting MTA: %1").arg(bytesText(status->reportingMta)) << u'\n';
    if (!status->arrivalDate.isEmpty())
        m_out << QStringLiteral("  ") << tr("Arrival date: %1").arg(bytesText(status->arrivalDate)) << u'\n';
    for (const Mail::DsnRecipient& recipient : status->recipients) {
        const QByteArray address = recipient.finalRecipient.isEmpty() ? recipient.originalRecipient
                                                                      : recipient.finalRecipient;
        m_out << QStringLiteral("  ") << styled(address.isEmpty() ? tr("(unknown recipient)") : bytesText(address),
                                                Style::Heading)
              << u'\n';
        const auto row = [this](const QString& label, const QString& value) {
            m_out << QStringLiteral("    ") << label.leftJustified(12) << u' ' << value << u'\n';
        };
        if (!recipient.action.isEmpty()) {
            const Style style = recipient.action == "failed" ? Style::Error
                : recipient.action == "delayed"              ? Style::Warning
                                                             : Style::Pass;
            row(tr("Action:"), styled(bytesText(recipient.action), style));
        }
        if (!recipient.status.isEmpty()) {
            QString text = bytesText(recipient.status);
            const QString explained = Mail::explainEnhancedStatus(recipient.status);
            if (!explained.isEmpty())
                text += QStringLiteral(" — ") + printable(explained);
            row(tr("Status:"), text);
        }
        if (!recipient.diagnosticCode.isEmpty())
            row(tr("Diagnostic:"), elide(bytesText(recipient.diagnosticCode), kMaxFieldChars));
        if (!recipient.remoteMta.isEmpty())
            row(tr("Remote MTA:"), bytesText(recipient.remoteMta));
        if (!recipient.lastAttemptDate.isEmpty())
            row(tr("Last attempt:"), bytesText(recipient.lastAttemptDate));
    }
}

void TextReport::writeFindings(const InspectedMessage& inspected)
{
    m_out << u'\n' << styled(tr("Findings"), Style::Heading) << u'\n';
    if (inspected.findings.isEmpty()) {
        m_out << QStringLiteral("  ") << tr("No structural problems found.") << u'\n';
        return;
    }
    static constexpr std::array<Severity, 4> order{Severity::Error, Severity::Warning, Severity::Info,
                                                   Severity::Pass};
    for (const Severity severity : order) {
        QList<const Finding*> group;
        for (const Finding& finding : inspected.findings) {
            if (finding.severity == severity)
                group.append(&finding);
        }
        if (group.isEmpty())
            continue;
        m_out << QStringLiteral("  ") << severityLabel(severity) << QStringLiteral(" (") << group.size() << u')' << u'\n';
        for (const Finding* finding : std::as_const(group)) {
            m_out << QStringLiteral("    ") << printable(finding->title) << QStringLiteral("  ")
                  << styled(u'[' + printable(QString::fromLatin1(finding->code)) + u']', Style::Dim) << u'\n';
            const auto block = [this](const QString& label, const QString& text) {
                if (text.trimmed().isEmpty())
                    return;
                QStringList lines = printable(elide(text, kMaxEvidenceChars), true).split(u'\n');
                if (lines.size() > kMaxEvidenceLines) {
                    lines = lines.mid(0, kMaxEvidenceLines);
                    lines.append(QStringLiteral("…"));
                }
                m_out << QStringLiteral("      ") << label << u' ' << lines.constFirst() << u'\n';
                const QString indent(8 + label.size() - 1, u' ');
                for (qsizetype i = 1; i < lines.size(); ++i)
                    m_out << indent << lines.at(i) << u'\n';
            };
            if (!finding->detail.trimmed().isEmpty()) {
                QStringList lines = printable(elide(finding->detail, kMaxEvidenceChars), true).split(u'\n');
                for (const QString& line : std::as_const(lines))
                    m_out << QStringLiteral("      ") << line << u'\n';
            }
            if (!finding->partPath.isEmpty())
                block(tr("Part:"), finding->partPath);
            block(tr("Evidence:"), finding->evidence);
            block(tr("Remedy:"), finding->remedy);
        }
    }
}

void TextReport::writeSummary()
{
    m_out << u'\n';
    const QString line = tr("Summary: %1, %2, %3, %4, %5.")
                             .arg(m_totals.messages == 1 ? tr("1 message") : tr("%1 messages").arg(m_totals.messages),
                                  m_totals.parts == 1 ? tr("1 leaf part") : tr("%1 leaf parts").arg(m_totals.parts),
                                  m_totals.errors == 1 ? tr("1 error") : tr("%1 errors").arg(m_totals.errors),
                                  m_totals.warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(m_totals.warnings),
                                  tr("%1 info").arg(m_totals.infos));
    m_out << styled(line, m_totals.errors > 0 ? Style::Error : Style::Heading) << u'\n';
    m_out.flush();
}

} // namespace Deliverbench::Cli
