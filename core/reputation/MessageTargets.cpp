// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/MessageTargets.h"

#include "message/Message.h"

#include <QRegularExpression>
#include <QSet>

namespace Deliverbench::Reputation {

namespace {

// RFC 3986 §3.2: scheme "://" [userinfo "@"] host [":" port]; "www." hosts without a scheme;
// addresses local@domain (RFC 5322 §3.4.1, dot-atom domains only)
const QRegularExpression& urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:\b(?:https?|ftp)://(?:[^\s/?#@<>"']*@)?(\[[0-9A-Fa-f:.]+\]|[^\s/?#:<>"'\\)\]]+))"
                       R"(|(?<![\w.@/-])(www\.[^\s/?#:<>"'\\)\]]+)))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& addressPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@([A-Za-z0-9\x{80}-\x{10FFFF}](?:[A-Za-z0-9\x{80}-\x{10FFFF}-]{0,62})(?:\.[A-Za-z0-9\x{80}-\x{10FFFF}](?:[A-Za-z0-9\x{80}-\x{10FFFF}-]{0,62}))+))"));
    return re;
}

QString cleanHost(QString host)
{
    // trailing punctuation of prose ("see www.example.com.") and HTML entities are not part of the host
    const qsizetype amp = host.indexOf(QLatin1Char('&'));
    if (amp >= 0)
        host.truncate(amp);
    while (!host.isEmpty() && QStringLiteral(".,;:!?*'\"").contains(host.back()))
        host.chop(1);
    return host.toLower();
}

bool isSkippedHeader(const QByteArray& name)
{
    static const QList<QByteArray> skipped = {"received", "authentication-results", "arc-seal", "arc-message-signature",
                                              "arc-authentication-results", "dkim-signature", "x-google-dkim-signature",
                                              "received-spf", "message-id", "in-reply-to", "references"};
    const QByteArray lower = name.toLower();
    return skipped.contains(lower);
}

struct Collector
{
    const ExtractOptions& options;
    QList<ExtractedTarget> out;
    QHash<QString, qsizetype> index;

    bool full() const { return out.size() >= options.maxTargets; }

    void add(const QString& host, const QString& source)
    {
        if (full() || host.isEmpty())
            return;
        const auto parsed = parseTarget(host);
        if (!parsed)
            return;
        const auto it = index.constFind(parsed->text);
        if (it != index.cend()) {
            QStringList& sources = out[*it].sources;
            if (sources.size() < 5 && !sources.contains(source))
                sources.append(source);
            return;
        }
        index.insert(parsed->text, out.size());
        out.append(ExtractedTarget{*parsed, QStringList{source}});
    }
};

} // namespace

QStringList extractHostsFromText(QStringView text, bool includeAddressDomains, int maxHosts)
{
    QStringList hosts;
    QSet<QString> seen;
    const auto push = [&](const QString& h) {
        if (!h.isEmpty() && hosts.size() < maxHosts && !seen.contains(h)) {
            seen.insert(h);
            hosts.append(h);
        }
    };
    auto urls = urlPattern().globalMatch(text);
    while (urls.hasNext() && hosts.size() < maxHosts) {
        const QRegularExpressionMatch m = urls.next();
        QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        push(cleanHost(host));
    }
    if (includeAddressDomains) {
        auto addresses = addressPattern().globalMatch(text);
        while (addresses.hasNext() && hosts.size() < maxHosts)
            push(cleanHost(addresses.next().captured(1)));
    }
    return hosts;
}

QList<ExtractedTarget> extractTargets(const Mail::Message& message, const ExtractOptions& options)
{
    Collector collector{options, {}, {}};
    if (!message.root)
        return {};
    for (const Mail::HeaderField& field : message.headers().fields) {
        if (collector.full())
            break;
        if (isSkippedHeader(field.name.toByteArray()))
            continue;
        const QString value = QString::fromUtf8(field.unfolded().left(64 * 1024));
        const QString source = QStringLiteral("header ") + QString::fromLatin1(field.name);
        for (const QString& host : extractHostsFromText(value, options.includeAddressDomains, options.maxTargets))
            collector.add(host, source);
    }
    for (const Mail::MimePart* part : message.leafParts()) {
        if (collector.full())
            break;
        if (part->contentType.type != "text" || (part->contentType.subtype != "plain" && part->contentType.subtype != "html"))
            continue;
        QString text = message.text(*part);
        if (text.size() > options.maxPartChars)
            text.truncate(options.maxPartChars);
        const QString source = QStringLiteral("part %1 (%2)")
                                   .arg(part->path.isEmpty() ? QStringLiteral("1") : part->path,
                                        QString::fromLatin1(part->contentType.mimeType()));
        for (const QString& host : extractHostsFromText(text, options.includeAddressDomains, options.maxTargets))
            collector.add(host, source);
    }
    return collector.out;
}

} // namespace Deliverbench::Reputation
