// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Dsn.h"

#include "message/HeaderTokens_p.h"

#include <QCoreApplication>

namespace Deliverbench::Mail {

namespace {

using namespace Tokens;

struct Field
{
    QByteArray name;   ///< lower case
    QByteArray value;  ///< unfolded, trimmed
};

/** Splits a delivery-status body into blocks of fields (RFC 3464 §2.1: blank-line separated). */
QList<QList<Field>> readBlocks(QByteArrayView body)
{
    QList<QList<Field>> blocks;
    QList<Field> current;
    qsizetype pos = 0;
    const qsizetype n = body.size();
    while (pos < n) {
        qsizetype eol = body.indexOf('\n', pos);
        if (eol < 0)
            eol = n;
        QByteArrayView line = body.sliced(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (trimmed(line).isEmpty()) {
            if (!current.isEmpty()) {
                blocks.append(current);
                current.clear();
            }
            continue;
        }
        if (isWsp(line.front())) { // continuation (RFC 5322 §2.2.3 folding)
            if (!current.isEmpty()) {
                current.last().value += ' ';
                current.last().value += trimmed(line).toByteArray();
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a field: ignore
        Field f;
        f.name = lower(trimmed(line.first(colon)));
        f.value = trimmed(line.sliced(colon + 1)).toByteArray();
        current.append(f);
    }
    if (!current.isEmpty())
        blocks.append(current);
    return blocks;
}

/** "rfc822; a@b" → "a@b" (RFC 3464 §2.1.2 address-type / diagnostic-type / mta-name-type). */
QByteArray stripType(const QByteArray& v)
{
    const qsizetype semi = v.indexOf(';');
    if (semi <= 0 || semi > 32)
        return v;
    for (qsizetype i = 0; i < semi; ++i) {
        const char c = v[i];
        if (!(isAlpha(c) || isDigit(c) || c == '-' || c == '_' || c == '.'))
            return v;
    }
    return trimmed(QByteArrayView(v).sliced(semi + 1)).toByteArray();
}

QByteArray firstWord(const QByteArray& v)
{
    const QByteArray s = v.simplified();
    const qsizetype sp = s.indexOf(' ');
    return sp < 0 ? s : s.left(sp);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Mail", text);
}

struct Detail
{
    int subject;
    int detail;
    const char* text;
};

// RFC 3463 §3 and the IANA "Enumerated Status Codes" registry (RFC 5248), with the later
// additions of RFC 3886, 4468, 4954, 6531, 6710, 7293, 7372, 7505, 8098, 8617 and 8689.
constexpr Detail details[] = {
    {0, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other undefined status")},
    {1, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other address status")},
    {1, 1, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Bad destination mailbox address")},
    {1, 2, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Bad destination system address")},
    {1, 3, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Bad destination mailbox address syntax")},
    {1, 4, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Destination mailbox address ambiguous")},
    {1, 5, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Destination address valid")},
    {1, 6, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Destination mailbox has moved, no forwarding address")},
    {1, 7, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Bad sender's mailbox address syntax")},
    {1, 8, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Bad sender's system address")},
    {1, 9, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Message relayed to non-compliant mailer")},
    {1, 10, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Recipient address has null MX")},
    {2, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other or undefined mailbox status")},
    {2, 1, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mailbox disabled, not accepting messages")},
    {2, 2, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mailbox full")},
    {2, 3, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Message length exceeds administrative limit")},
    {2, 4, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mailing list expansion problem")},
    {3, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other or undefined mail system status")},
    {3, 1, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mail system full")},
    {3, 2, QT_TRANSLATE_NOOP("Deliverbench::Mail", "System not accepting network messages")},
    {3, 3, QT_TRANSLATE_NOOP("Deliverbench::Mail", "System not capable of selected features")},
    {3, 4, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Message too big for system")},
    {3, 5, QT_TRANSLATE_NOOP("Deliverbench::Mail", "System incorrectly configured")},
    {3, 6, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Requested priority was changed")},
    {4, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other or undefined network or routing status")},
    {4, 1, QT_TRANSLATE_NOOP("Deliverbench::Mail", "No answer from host")},
    {4, 2, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Bad connection")},
    {4, 3, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Directory server failure")},
    {4, 4, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Unable to route")},
    {4, 5, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mail system congestion")},
    {4, 6, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Routing loop detected")},
    {4, 7, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Delivery time expired")},
    {5, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other or undefined protocol status")},
    {5, 1, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Invalid command")},
    {5, 2, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Syntax error")},
    {5, 3, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Too many recipients")},
    {5, 4, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Invalid command arguments")},
    {5, 5, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Wrong protocol version")},
    {5, 6, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Authentication exchange line is too long")},
    {6, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other or undefined media error")},
    {6, 1, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Media not supported")},
    {6, 2, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Conversion required and prohibited")},
    {6, 3, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Conversion required but not supported")},
    {6, 4, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Conversion with loss performed")},
    {6, 5, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Conversion failed")},
    {6, 6, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Message content not available")},
    {6, 7, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Non-ASCII addresses not permitted for that sender/recipient")},
    {6, 8, QT_TRANSLATE_NOOP("Deliverbench::Mail", "UTF-8 string reply is required, but not permitted by the SMTP client")},
    {6, 9, QT_TRANSLATE_NOOP("Deliverbench::Mail", "UTF-8 header message cannot be transferred to one or more recipients")},
    {7, 0, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other or undefined security status")},
    {7, 1, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Delivery not authorized, message refused")},
    {7, 2, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mailing list expansion prohibited")},
    {7, 3, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Security conversion required but not possible")},
    {7, 4, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Security features not supported")},
    {7, 5, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Cryptographic failure")},
    {7, 6, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Cryptographic algorithm not supported")},
    {7, 7, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Message integrity failure")},
    {7, 8, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Authentication credentials invalid")},
    {7, 9, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Authentication mechanism is too weak")},
    {7, 10, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Encryption needed")},
    {7, 11, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Encryption required for requested authentication mechanism")},
    {7, 12, QT_TRANSLATE_NOOP("Deliverbench::Mail", "A password transition is needed")},
    {7, 13, QT_TRANSLATE_NOOP("Deliverbench::Mail", "User account disabled")},
    {7, 14, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Trust relationship required")},
    {7, 15, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Priority level is too low")},
    {7, 16, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Message is too big for the specified priority")},
    {7, 17, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mailbox owner has changed")},
    {7, 18, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Domain owner has changed")},
    {7, 19, QT_TRANSLATE_NOOP("Deliverbench::Mail", "RRVS test cannot be completed")},
    {7, 20, QT_TRANSLATE_NOOP("Deliverbench::Mail", "No passing DKIM signature found")},
    {7, 21, QT_TRANSLATE_NOOP("Deliverbench::Mail", "No acceptable DKIM signature found")},
    {7, 22, QT_TRANSLATE_NOOP("Deliverbench::Mail", "No valid author-matched DKIM signature found")},
    {7, 23, QT_TRANSLATE_NOOP("Deliverbench::Mail", "SPF validation failed")},
    {7, 24, QT_TRANSLATE_NOOP("Deliverbench::Mail", "SPF validation error")},
    {7, 25, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Reverse DNS validation failed")},
    {7, 26, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Multiple authentication checks failed")},
    {7, 27, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Sender address has null MX")},
    {7, 28, QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mail flood detected")},
    {7, 29, QT_TRANSLATE_NOOP("Deliverbench::Mail", "ARC validation failure")},
    {7, 30, QT_TRANSLATE_NOOP("Deliverbench::Mail", "REQUIRETLS support required")},
};

constexpr const char* subjects[] = {
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Other or undefined status"),
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Addressing status"),
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mailbox status"),
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mail system status"),
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Network and routing status"),
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Mail delivery protocol status"),
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Message content or media status"),
    QT_TRANSLATE_NOOP("Deliverbench::Mail", "Security or policy status"),
};

/** "5.1.1" → {5, 1, 1}; false unless class.subject.detail with 1-3 digit numbers (RFC 3463 §2). */
bool splitCode(QByteArrayView code, int& cls, int& subject, int& detail)
{
    const QList<QByteArray> parts = trimmed(code).toByteArray().split('.');
    if (parts.size() != 3)
        return false;
    int values[3];
    for (int i = 0; i < 3; ++i) {
        if (parts[i].isEmpty() || parts[i].size() > 3)
            return false;
        for (char c : parts[i]) {
            if (!isDigit(c))
                return false;
        }
        values[i] = parts[i].toInt();
    }
    cls = values[0];
    subject = values[1];
    detail = values[2];
    return cls == 2 || cls == 4 || cls == 5;
}

} // namespace

DeliveryStatus parseDeliveryStatusBody(QByteArrayView body)
{
    DeliveryStatus ds;
    const QList<QList<Field>> blocks = readBlocks(body);
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const QList<Field>& block = blocks[b];
        bool isRecipient = false;
        for (const Field& f : block) {
            if (f.name == "final-recipient" || f.name == "original-recipient")
                isRecipient = true;
        }
        if (!isRecipient && b > 0) {
            // Some MTAs put Action/Status first and omit the recipient: still a recipient block.
            for (const Field& f : block) {
                if (f.name == "action" || f.name == "status")
                    isRecipient = true;
            }
        }
        if (!isRecipient) {
            for (const Field& f : block) {
                if (f.name == "reporting-mta" && ds.reportingMta.isEmpty())
                    ds.reportingMta = stripType(f.value);
                else if (f.name == "arrival-date" && ds.arrivalDate.isEmpty())
                    ds.arrivalDate = f.value;
            }
            continue;
        }
        DsnRecipient r;
        for (const Field& f : block) {
            if (f.name == "final-recipient")
                r.finalRecipient = stripType(f.value);
            else if (f.name == "original-recipient")
                r.originalRecipient = stripType(f.value);
            else if (f.name == "action")
                r.action = lower(firstWord(f.value));
            else if (f.name == "status")
                r.status = firstWord(f.value);
            else if (f.name == "remote-mta")
                r.remoteMta = stripType(f.value);
            else if (f.name == "diagnostic-code")
                r.diagnosticCode = stripType(f.value);
            else if (f.name == "last-attempt-date")
                r.lastAttemptDate = f.value;
            else if (f.name == "reporting-mta" && ds.reportingMta.isEmpty())
                ds.reportingMta = stripType(f.value); // per-message field in a recipient block (no blank line)
            else if (f.name == "arrival-date" && ds.arrivalDate.isEmpty())
                ds.arrivalDate = f.value;
        }
        ds.recipients.append(r);
    }
    return ds;
}

std::optional<DeliveryStatus> parseDeliveryStatus(const Message& message)
{
    if (!message.root)
        return std::nullopt;
    for (const MimePart* part : message.allParts()) {
        if (part->contentType.is("message", "delivery-status")
            || part->contentType.is("message", "global-delivery-status")) {
            DeliveryStatus ds = parseDeliveryStatusBody(message.decodedBody(*part));
            ds.partPath = part->path;
            return ds;
        }
    }
    return std::nullopt;
}

QString explainEnhancedStatus(QByteArrayView code)
{
    int cls = 0;
    int subject = 0;
    int detail = 0;
    if (!splitCode(code, cls, subject, detail))
        return {};
    for (const Detail& d : details) {
        if (d.subject == subject && d.detail == detail)
            return tr(d.text);
    }
    if (subject >= 0 && subject < int(std::size(subjects)))
        return tr(subjects[subject]);
    return {};
}

QString explainEnhancedStatusClass(QByteArrayView code)
{
    int cls = 0;
    int subject = 0;
    int detail = 0;
    if (!splitCode(code, cls, subject, detail))
        return {};
    switch (cls) {
    case 2:
        return tr("Success");
    case 4:
        return tr("Persistent transient failure");
    default:
        return tr("Permanent failure");
    }
}

} // namespace Deliverbench::Mail
