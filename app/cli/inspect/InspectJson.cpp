// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspect/InspectJson.h"

#include "message/DateTime.h"
#include "message/Dsn.h"
#include "message/Received.h"
#include "message/Rfc2047.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Deliverbench::Cli {

namespace {

QJsonValue stringOrNull(const QString& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue bytesOrNull(const QByteArray& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(value));
}

QJsonValue utcOrNull(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue(QJsonValue::Null);
    return dateTime.toUTC().toString(Qt::ISODate);
}

QJsonArray headersJson(const Mail::Message& message)
{
    QJsonArray headers;
    for (const Mail::HeaderField& field : message.headers().fields) {
        headers.append(QJsonObject{
            {QStringLiteral("name"), QString::fromUtf8(field.name)},
            {QStringLiteral("value"), Mail::decodeHeaderText(field.unfolded())},
            {QStringLiteral("offset"), field.offset + message.data->sourceOffset()},
            {QStringLiteral("line"), field.line},
        });
    }
    return headers;
}

QJsonArray receivedJson(const Mail::Message& message)
{
    QJsonArray hops;
    const QList<Mail::ReceivedHop> timeline = Mail::receivedTimeline(message.headers());
    for (const Mail::ReceivedHop& hop : timeline) {
        const Mail::ReceivedField& field = hop.field;
        QJsonObject object{
            {QStringLiteral("from"), bytesOrNull(field.from)},
            {QStringLiteral("fromHost"), bytesOrNull(field.fromHost)},
            {QStringLiteral("fromIp"), bytesOrNull(field.fromIp)},
            {QStringLiteral("by"), bytesOrNull(field.by)},
            {QStringLiteral("with"), bytesOrNull(field.with)},
            {QStringLiteral("id"), bytesOrNull(field.id)},
            {QStringLiteral("for"), bytesOrNull(field.for_)},
            {QStringLiteral("tls"), field.usedTls},
            {QStringLiteral("tlsDetails"), bytesOrNull(field.tls)},
            {QStringLiteral("date"), utcOrNull(field.date)},
            {QStringLiteral("delaySeconds"),
             hop.delaySeconds ? QJsonValue(*hop.delaySeconds) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("clockSkew"), hop.clockSkew},
            {QStringLiteral("offset"), field.offset + message.data->sourceOffset()},
        };
        hops.append(object);
    }
    return hops;
}

QJsonValue dsnJson(const Mail::Message& message)
{
    const std::optional<Mail::DeliveryStatus> status = Mail::parseDeliveryStatus(message);
    if (!status)
        return QJsonValue(QJsonValue::Null);
    QJsonArray recipients;
    for (const Mail::DsnRecipient& recipient : status->recipients) {
        recipients.append(QJsonObject{
            {QStringLiteral("finalRecipient"), bytesOrNull(recipient.finalRecipient)},
            {QStringLiteral("originalRecipient"), bytesOrNull(recipient.originalRecipient)},
            {QStringLiteral("action"), bytesOrNull(recipient.action)},
            {QStringLiteral("status"), bytesOrNull(recipient.status)},
            {QStringLiteral("statusText"),
             recipient.status.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(Mail::explainEnhancedStatus(recipient.status))},
            {QStringLiteral("remoteMta"), bytesOrNull(recipient.remoteMta)},
            {QStringLiteral("diagnosticCode"), bytesOrNull(recipient.diagnosticCode)},
            {QStringLiteral("lastAttemptDate"), bytesOrNull(recipient.lastAttemptDate)},
        });
    }
    return QJsonObject{
        {QStringLiteral("part"), status->partPath},
        {QStringLiteral("reportingMta"), bytesOrNull(status->reportingMta)},
        {QStringLiteral("arrivalDate"), bytesOrNull(status->arrivalDate)},
        {QStringLiteral("recipients"), recipients},
    };
}

} // namespace

QJsonObject leafPartJson(const LeafPart& leaf)
{
    QJsonObject object{
        {QStringLiteral("path"), leaf.path},
        {QStringLiteral("type"), leaf.type},
        {QStringLiteral("charset"), stringOrNull(leaf.charset)},
        {QStringLiteral("encoding"), leaf.encoding},
        {QStringLiteral("size"), leaf.size},
        {QStringLiteral("sha256"), QString::fromLatin1(leaf.sha256)},
    };
    if (leaf.part != nullptr) {
        const QString filename = leaf.part->filename();
        if (!filename.isEmpty())
            object.insert(QStringLiteral("filename"), filename);
        if (!leaf.part->disposition.type.isEmpty())
            object.insert(QStringLiteral("disposition"), QString::fromLatin1(leaf.part->disposition.type));
    }
    return object;
}

QJsonObject inspectedMessageJson(const InspectedMessage& inspected, bool full)
{
    const Mail::Message& message = *inspected.message;
    QJsonObject object{
        {QStringLiteral("index"), inspected.index},
        {QStringLiteral("file"), inspected.file},
        {QStringLiteral("indexInFile"), inspected.indexInFile},
    };
    QJsonArray parts;
    for (const LeafPart& leaf : inspected.leaves)
        parts.append(leafPartJson(leaf));
    object.insert(QStringLiteral("parts"), parts);

    QJsonArray findings;
    for (const Finding& finding : inspected.findings)
        findings.append(finding.toJson());
    object.insert(QStringLiteral("findings"), findings);

    object.insert(QStringLiteral("subject"), stringOrNull(decodedHeader(message, "Subject")));
    object.insert(QStringLiteral("from"), stringOrNull(decodedHeader(message, "From")));
    object.insert(QStringLiteral("messageId"), stringOrNull(messageId(message)));
    QJsonValue date(QJsonValue::Null);
    if (message.root) {
        if (const Mail::HeaderField* field = message.headers().first("Date"))
            date = utcOrNull(Mail::parseDate(field->unfolded()).dateTime);
    }
    object.insert(QStringLiteral("date"), date);

    if (full && message.root) {
        object.insert(QStringLiteral("headers"), headersJson(message));
        object.insert(QStringLiteral("received"), receivedJson(message));
        const QJsonValue dsn = dsnJson(message);
        if (!dsn.isNull())
            object.insert(QStringLiteral("dsn"), dsn);
        object.insert(QStringLiteral("headersOnly"), message.headersOnly);
        if (!message.envelopeLine.isEmpty())
            object.insert(QStringLiteral("envelope"), QString::fromUtf8(message.envelopeLine));
    }
    return object;
}

} // namespace Deliverbench::Cli
