// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Bounce.h"

#include "message/Dsn.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Deliverbench::Report {

namespace {

constexpr qsizetype kMaxDiagnostic = 8 * 1024;
constexpr qsizetype kMaxTextBytes = 64 * 1024;
constexpr int kMaxParagraphs = 200;
constexpr int kMaxRecords = 500;

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Report", text);
}

struct Phrase
{
    const char* text;      ///< lower case
    BounceCause cause;
    const char* source;    ///< who says it
};

// Order matters: the first match wins (greylisting before policy, authentication before policy,
// reputation before blocklists, mailbox states before generic words).
const Phrase kPhrases[] = {
    {"greylist", BounceCause::Temporary, "Postgrey/Postfix"},
    {"graylist", BounceCause::Temporary, "various"},
    {"not accepted due to domain's dmarc policy", BounceCause::Authentication, "Gmail"},
    {"sender is unauthenticated", BounceCause::Authentication, "Gmail"},
    {"unauthenticated email", BounceCause::Authentication, "Gmail"},
    {"does not pass dmarc", BounceCause::Authentication, "Microsoft"},
    {"dmarc", BounceCause::Authentication, "various"},
    {"spf check failed", BounceCause::Authentication, "various"},
    {"spf fail", BounceCause::Authentication, "various"},
    {"failed spf", BounceCause::Authentication, "various"},
    {"sender policy framework", BounceCause::Authentication, "various"},
    {"dkim", BounceCause::Authentication, "various"},
    {"not authenticated", BounceCause::Authentication, "Yahoo"},
    {"user unknown", BounceCause::UnknownUser, "Postfix/Sendmail"},
    {"unknown user", BounceCause::UnknownUser, "Exim"},
    {"no such user", BounceCause::UnknownUser, "various"},
    {"nosuchuser", BounceCause::UnknownUser, "various"},
    {"unknown local-part", BounceCause::UnknownUser, "Exim"},
    {"unknown local part", BounceCause::UnknownUser, "Exim"},
    {"unrouteable address", BounceCause::UnknownUser, "Exim"},
    {"recipientnotfound", BounceCause::UnknownUser, "Microsoft"},
    {"recipient not found", BounceCause::UnknownUser, "Microsoft"},
    {"does not exist", BounceCause::UnknownUser, "Gmail"},
    {"doesn't have a yahoo", BounceCause::UnknownUser, "Yahoo"},
    {"no mailbox here", BounceCause::UnknownUser, "various"},
    {"mailbox not found", BounceCause::UnknownUser, "various"},
    {"invalid recipient", BounceCause::UnknownUser, "various"},
    {"unknown recipient", BounceCause::UnknownUser, "various"},
    {"no such recipient", BounceCause::UnknownUser, "various"},
    {"invalid mailbox", BounceCause::UnknownUser, "various"},
    {"account is disabled", BounceCause::UnknownUser, "Gmail"},
    {"account has been disabled", BounceCause::UnknownUser, "various"},
    {"mailbox full", BounceCause::MailboxFull, "various"},
    {"mailbox is full", BounceCause::MailboxFull, "various"},
    {"over quota", BounceCause::MailboxFull, "Gmail/Yahoo"},
    {"overquota", BounceCause::MailboxFull, "various"},
    {"quota exceeded", BounceCause::MailboxFull, "various"},
    {"exceeded storage", BounceCause::MailboxFull, "RFC 5321 552"},
    {"disk quota", BounceCause::MailboxFull, "various"},
    {"out of storage", BounceCause::MailboxFull, "Gmail"},
    {"insufficient storage", BounceCause::MailboxFull, "various"},
    {"mailbox size limit", BounceCause::MailboxFull, "Postfix"},
    {"reputation", BounceCause::Reputation, "Gmail/Microsoft"},
    {"likely unsolicited", BounceCause::Reputation, "Gmail"},
    {"unsolicited mail", BounceCause::Reputation, "Gmail"},
    {"user complaints", BounceCause::Reputation, "Yahoo"},
    {"[ts01]", BounceCause::Reputation, "Yahoo"},
    {"[ts02]", BounceCause::Reputation, "Yahoo"},
    {"[ts03]", BounceCause::Reputation, "Yahoo"},
    {"[tss04]", BounceCause::Reputation, "Yahoo"},
    {"[tss09]", BounceCause::Reputation, "Yahoo"},
    {"spamhaus", BounceCause::Policy, "blocklist"},
    {"spamcop", BounceCause::Policy, "blocklist"},
    {"barracuda", BounceCause::Policy, "blocklist"},
    {"blocked using", BounceCause::Policy, "Postfix"},
    {"blacklist", BounceCause::Policy, "various"},
    {"blocklist", BounceCause::Policy, "various"},
    {"block list", BounceCause::Policy, "Microsoft"},
    {"banned sending ip", BounceCause::Policy, "Microsoft"},
    {"(s3150)", BounceCause::Policy, "Microsoft"},
    {"(s3140)", BounceCause::Policy, "Microsoft"},
    {"dnsbl", BounceCause::Policy, "various"},
    {"content rejected", BounceCause::Policy, "Amavis"},
    {"relay access denied", BounceCause::Policy, "Postfix"},
    {"relaying denied", BounceCause::Policy, "various"},
    {"spam", BounceCause::Policy, "various"},
    {"virus", BounceCause::Policy, "various"},
    {"banned", BounceCause::Policy, "various"},
    {"policy", BounceCause::Policy, "various"},
    {"blocked", BounceCause::Policy, "various"},
    {"try again later", BounceCause::Temporary, "various"},
    {"try later", BounceCause::Temporary, "various"},
    {"temporarily", BounceCause::Temporary, "various"},
    {"temporary", BounceCause::Temporary, "various"},
    {"deferred", BounceCause::Temporary, "various"},
    {"too many connections", BounceCause::Temporary, "various"},
};

const QRegularExpression& enhancedStatusPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])"));
    return pattern;
}

const QRegularExpression& replyCodePattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<!\\d)([45]\\d\\d)[ -]"));
    return pattern;
}

const QRegularExpression& addressPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+"));
    return pattern;
}

BounceClassification fromStatus(QByteArrayView status)
{
    const QList<QByteArray> parts = status.toByteArray().trimmed().split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray cls = parts.at(0);
    const int subject = parts.at(1).toInt();
    const int detail = parts.at(2).toInt();
    const QString rule = QStringLiteral("status %1").arg(QString::fromLatin1(status));
    if (subject == 1 && (detail == 1 || detail == 10 || detail == 6))
        return {BounceCause::UnknownUser, rule};
    if (subject == 2 && detail == 1)
        return {BounceCause::UnknownUser, rule};
    if (subject == 2 && detail == 2)
        return {BounceCause::MailboxFull, rule};
    if (subject == 7 && ((detail >= 20 && detail <= 24) || detail == 26))
        return {BounceCause::Authentication, rule};
    if (cls == "4")
        return {BounceCause::Temporary, rule};
    if (subject == 7)
        return {BounceCause::Policy, rule};
    return {BounceCause::Other, rule};
}

/** @short The most specific enhanced status: the DSN's, unless it is generic (x.0.0) and the text has one. */
QByteArray effectiveStatus(QByteArrayView status, QStringView diagnostic)
{
    QByteArray result = status.toByteArray().trimmed();
    const qsizetype space = result.indexOf(' ');
    if (space > 0)
        result.truncate(space);
    if (!result.isEmpty() && !result.endsWith(".0.0"))
        return result;
    const auto match = enhancedStatusPattern().match(diagnostic);
    if (match.hasMatch())
        return match.captured(0).toLatin1();
    return result;
}

QString collapseWhitespace(QStringView text, qsizetype max)
{
    QString out = text.left(max).toString().simplified();
    if (text.size() > max)
        out += QStringLiteral(" …");
    return out;
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

/** @short Plain-text parts of the message (not inside the returned original), at most kMaxTextBytes. */
QStringList textParagraphs(const Mail::Message& message)
{
    QStringList paragraphs;
    qsizetype budget = kMaxTextBytes;
    const QList<const Mail::MimePart*> leaves = message.leafParts();
    for (const Mail::MimePart* part : leaves) {
        if (budget <= 0 || paragraphs.size() >= kMaxParagraphs)
            break;
        // Skip parts of an attached original (message/rfc822 inside the report).
        bool insideOriginal = false;
        for (const Mail::MimePart* up = part->parent; up != nullptr; up = up->parent) {
            if (up->isEncapsulatedMessage())
                insideOriginal = true;
        }
        if (insideOriginal)
            continue;
        if (part->contentType.type != "text" || part->contentType.subtype != "plain")
            continue;
        QString text = message.text(*part).left(budget);
        budget -= text.size();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const QStringList split = text.split(QRegularExpression(QStringLiteral("\\n[ \\t]*\\n")), Qt::SkipEmptyParts);
        for (const QString& paragraph : split) {
            if (paragraphs.size() >= kMaxParagraphs)
                break;
            paragraphs.append(paragraph);
        }
    }
    return paragraphs;
}

bool looksLikeBounce(const Mail::Message& message)
{
    if (message.root->contentType.type == "multipart" && message.root->contentType.subtype == "report")
        return true;
    const QByteArray subject = message.headers().value("Subject").toLower();
    static const char* const subjects[] = {"undeliver", "delivery status notification", "mail delivery failed",
                                           "failure notice", "returned mail", "delivery failure",
                                           "delivery has failed", "non-delivery", "delivery notification"};
    for (const char* needle : subjects) {
        if (subject.contains(needle))
            return true;
    }
    const QByteArray from = message.headers().value("From").toLower();
    return from.contains("mailer-daemon") || from.contains("postmaster@");
}

} // namespace

QString bounceCauseToken(BounceCause cause)
{
    switch (cause) {
    case BounceCause::UnknownUser: return QStringLiteral("unknown-user");
    case BounceCause::MailboxFull: return QStringLiteral("mailbox-full");
    case BounceCause::Policy: return QStringLiteral("policy");
    case BounceCause::Reputation: return QStringLiteral("reputation");
    case BounceCause::Authentication: return QStringLiteral("authentication");
    case BounceCause::Temporary: return QStringLiteral("temporary");
    case BounceCause::Other: break;
    }
    return QStringLiteral("other");
}

QString bounceCauseLabel(BounceCause cause)
{
    switch (cause) {
    case BounceCause::UnknownUser: return tr("unknown user");
    case BounceCause::MailboxFull: return tr("mailbox full");
    case BounceCause::Policy: return tr("blocked by policy or blocklist");
    case BounceCause::Reputation: return tr("sender reputation");
    case BounceCause::Authentication: return tr("authentication failure (SPF/DKIM/DMARC)");
    case BounceCause::Temporary: return tr("temporary failure or greylisting");
    case BounceCause::Other: break;
    }
    return tr("other");
}

BounceClassification classifyBounce(QByteArrayView status, QStringView diagnostic)
{
    const QString lower = diagnostic.left(kMaxDiagnostic).toString().toLower();
    for (const Phrase& phrase : kPhrases) {
        if (lower.contains(QLatin1String(phrase.text))) {
            return {phrase.cause, QStringLiteral("phrase \"%1\" (%2)").arg(QLatin1String(phrase.text),
                                                                          QLatin1String(phrase.source))};
        }
    }
    const QByteArray effective = effectiveStatus(status, lower);
    if (!effective.isEmpty()) {
        BounceClassification byStatus = fromStatus(effective);
        if (byStatus.cause != BounceCause::Other || !effective.endsWith(".0.0"))
            return byStatus;
    }
    const auto reply = replyCodePattern().match(lower);
    if (reply.hasMatch()) {
        const QString code = reply.captured(1);
        const QString rule = QStringLiteral("reply code %1").arg(code);
        if (code.startsWith(u'4'))
            return {BounceCause::Temporary, rule};
        if (code == QStringLiteral("552"))
            return {BounceCause::MailboxFull, rule};
        return {BounceCause::Other, rule};
    }
    if (effective.startsWith('4'))
        return {BounceCause::Temporary, QStringLiteral("status %1").arg(QString::fromLatin1(effective))};
    return {BounceCause::Other, effective.isEmpty() ? QString()
                                                    : QStringLiteral("status %1").arg(QString::fromLatin1(effective))};
}

QList<BounceRecord> classifyBounceMessage(const Mail::Message& message)
{
    QList<BounceRecord> records;
    if (!message.root)
        return records;
    std::optional<Mail::DeliveryStatus> dsn = Mail::parseDeliveryStatus(message);
    if (!dsn || dsn->recipients.isEmpty()) {
        // A report whose MIME structure is broken (no usable boundary): find the status fields in the text.
        const QByteArrayView bytes = message.bytes().first(std::min<qsizetype>(message.bytes().size(), 256 * 1024));
        const qsizetype start = QByteArray(bytes.data(), bytes.size()).toLower().indexOf("\nreporting-mta:");
        if (start >= 0) {
            QByteArrayView block = bytes.sliced(start + 1);
            const qsizetype end = block.indexOf("\n--");
            if (end >= 0)
                block = block.first(end + 1);
            Mail::DeliveryStatus parsed = Mail::parseDeliveryStatusBody(block);
            if (!parsed.recipients.isEmpty())
                dsn = std::move(parsed);
        }
    }
    if (dsn && !dsn->recipients.isEmpty()) {
        QStringList paragraphs;
        bool paragraphsRead = false;
        for (const Mail::DsnRecipient& recipient : dsn->recipients) {
            if (records.size() >= kMaxRecords)
                break;
            BounceRecord record;
            record.recipient = QString::fromUtf8(recipient.finalRecipient.isEmpty() ? recipient.originalRecipient
                                                                                    : recipient.finalRecipient);
            record.domain = domainOf(record.recipient);
            record.action = recipient.action;
            record.diagnostic = collapseWhitespace(QString::fromUtf8(recipient.diagnosticCode), 1000);
            record.status = effectiveStatus(recipient.status, record.diagnostic);
            record.reportingMta = QString::fromUtf8(dsn->reportingMta);
            record.classification = classifyBounce(record.status, record.diagnostic);
            if (record.action == "delivered" || record.action == "relayed" || record.action == "expanded")
                continue;
            if (record.classification.cause == BounceCause::Other) {
                // A generic status (5.0.0) without diagnostic: the human-readable part often says more.
                if (!paragraphsRead) {
                    paragraphs = textParagraphs(message);
                    paragraphsRead = true;
                }
                for (const QString& paragraph : std::as_const(paragraphs)) {
                    if (!record.recipient.isEmpty() && !paragraph.contains(record.recipient, Qt::CaseInsensitive))
                        continue;
                    const BounceClassification refined = classifyBounce(record.status, paragraph);
                    if (refined.cause != BounceCause::Other) {
                        record.classification = refined;
                        if (record.diagnostic.isEmpty())
                            record.diagnostic = collapseWhitespace(paragraph, 1000);
                        break;
                    }
                }
            }
            records.append(record);
        }
        return records;
    }

    if (!looksLikeBounce(message))
        return records;
    const QStringList paragraphs = textParagraphs(message);
    for (const QString& paragraph : paragraphs) {
        if (records.size() >= kMaxRecords)
            break;
        const auto address = addressPattern().match(paragraph);
        const bool hasCode = enhancedStatusPattern().match(paragraph).hasMatch()
                             || replyCodePattern().match(paragraph).hasMatch();
        if (!address.hasMatch())
            continue;
        const BounceClassification classification = classifyBounce({}, paragraph);
        if (!hasCode && classification.cause == BounceCause::Other)
            continue;
        BounceRecord record;
        record.recipient = address.captured(0);
        record.domain = domainOf(record.recipient);
        record.diagnostic = collapseWhitespace(paragraph, 1000);
        record.status = effectiveStatus({}, paragraph);
        record.action = record.status.startsWith('4') ? QByteArrayLiteral("delayed") : QByteArrayLiteral("failed");
        record.classification = classification;
        records.append(record);
    }
    return records;
}

Findings bounceFindings(const QList<BounceRecord>& records)
{
    Findings findings;
    for (const BounceRecord& record : records) {
        Finding finding;
        const BounceCause cause = record.classification.cause;
        switch (cause) {
        case BounceCause::UnknownUser:
            finding.code = "BOUNCE.UNKNOWN_USER";
            finding.remedy = tr("Remove the address from the list; keep bounced addresses suppressed.");
            break;
        case BounceCause::MailboxFull:
            finding.code = "BOUNCE.MAILBOX_FULL";
            finding.remedy = tr("Retry later; suppress the address if it keeps bouncing.");
            break;
        case BounceCause::Policy:
            finding.code = "BOUNCE.POLICY";
            finding.remedy = tr("Check the sending IP and domain against blocklists and the receiver's policy text.");
            break;
        case BounceCause::Reputation:
            finding.code = "BOUNCE.REPUTATION";
            finding.remedy = tr("Reduce volume, remove unengaged recipients and check complaint rates.");
            break;
        case BounceCause::Authentication:
            finding.code = "BOUNCE.AUTHENTICATION";
            finding.remedy = tr("Fix SPF, DKIM and DMARC alignment for the sending domain.");
            break;
        case BounceCause::Temporary:
            finding.code = "BOUNCE.TEMPORARY";
            finding.remedy = tr("Nothing to do if the sender retries; persistent deferrals need a look at the reason.");
            break;
        case BounceCause::Other:
            finding.code = "BOUNCE.OTHER";
            break;
        }
        finding.severity = cause == BounceCause::Temporary || cause == BounceCause::Other ? Severity::Warning
                                                                                          : Severity::Error;
        finding.title = tr("Bounce: %1").arg(bounceCauseLabel(cause));
        finding.detail = tr("Recipient %1, status %2 (%3); classified by %4.")
                             .arg(record.recipient.isEmpty() ? tr("(unknown)") : record.recipient,
                                  record.status.isEmpty() ? tr("none") : QString::fromLatin1(record.status),
                                  record.status.isEmpty() ? QString() : Mail::explainEnhancedStatus(record.status),
                                  record.classification.rule.isEmpty() ? tr("no rule") : record.classification.rule);
        finding.evidence = record.diagnostic;
        finding.reference = QStringLiteral("RFC 3464 §2.3, RFC 3463");
        findings.append(finding);
    }
    return findings;
}

void BounceSummary::add(const QList<BounceRecord>& records)
{
    ++messages;
    if (!records.isEmpty())
        ++bounces;
    for (const BounceRecord& record : records) {
        ++recipients;
        const QString token = bounceCauseToken(record.classification.cause);
        ++byCause[token];
        ++byDomain[record.domain.isEmpty() ? QStringLiteral("(unknown)") : record.domain][token];
    }
}

QJsonObject BounceSummary::toJson() const
{
    QJsonObject causes;
    for (auto it = byCause.cbegin(); it != byCause.cend(); ++it)
        causes.insert(it.key(), it.value());
    QJsonObject domains;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        QJsonObject perCause;
        for (auto inner = it.value().cbegin(); inner != it.value().cend(); ++inner)
            perCause.insert(inner.key(), inner.value());
        domains.insert(it.key(), perCause);
    }
    return QJsonObject{{QStringLiteral("messages"), messages},
                       {QStringLiteral("bounces"), bounces},
                       {QStringLiteral("recipients"), recipients},
                       {QStringLiteral("byCause"), causes},
                       {QStringLiteral("byDomain"), domains}};
}

} // namespace Deliverbench::Report
