// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/PlacementResult.h"

#include "message/RawData.h"

#include <QJsonArray>

namespace Deliverbench::Placement {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Placement", text);
}

QString percent(int part, int total)
{
    if (total <= 0)
        return QStringLiteral("-");
    return QString::number(100.0 * part / total, 'f', 0) + u'%';
}

QByteArray imapFindingCode(const QString& kind)
{
    if (kind == QLatin1String("auth"))
        return "IMAP.AUTH_FAILED";
    if (kind == QLatin1String("tls"))
        return "IMAP.TLS_FAILED";
    if (kind == QLatin1String("unreachable"))
        return "IMAP.UNREACHABLE";
    if (kind == QLatin1String("timeout"))
        return "IMAP.TIMEOUT";
    if (kind == QLatin1String("connection-lost"))
        return "IMAP.CONNECTION_LOST";
    if (kind == QLatin1String("protocol"))
        return "IMAP.PROTOCOL_ERROR";
    if (kind == QLatin1String("command"))
        return "IMAP.COMMAND_FAILED";
    if (kind == QLatin1String("password"))
        return "PLACEMENT.NO_PASSWORD";
    return "PLACEMENT.SEED_ERROR";
}

} // namespace

QString placementToken(PlacementKind placement, const QString& tab)
{
    switch (placement) {
    case PlacementKind::Inbox: return QStringLiteral("inbox");
    case PlacementKind::Tab: return QStringLiteral("tab:") + tab;
    case PlacementKind::Spam: return QStringLiteral("spam");
    case PlacementKind::Missing: return QStringLiteral("missing");
    case PlacementKind::Error: return QStringLiteral("error");
    }
    return {};
}

bool placementFromToken(const QString& token, PlacementKind* placement, QString* tab)
{
    const QString t = token.trimmed();
    if (t.startsWith(QLatin1String("tab:"), Qt::CaseInsensitive)) {
        *placement = PlacementKind::Tab;
        if (tab)
            *tab = t.mid(4);
        return true;
    }
    const QString lower = t.toLower();
    if (lower == QLatin1String("inbox"))
        *placement = PlacementKind::Inbox;
    else if (lower == QLatin1String("spam"))
        *placement = PlacementKind::Spam;
    else if (lower == QLatin1String("missing"))
        *placement = PlacementKind::Missing;
    else if (lower == QLatin1String("error"))
        *placement = PlacementKind::Error;
    else
        return false;
    return true;
}

void DeliveredCopy::parseHeader()
{
    auto data = Mail::RawData::fromBytes(header, QStringLiteral("imap"));
    auto parsed = std::make_shared<Mail::Message>(Mail::parseMessage(data));
    authResults.clear();
    if (parsed->root) {
        for (const Mail::HeaderField* field : parsed->headers().all("Authentication-Results"))
            authResults.append(Mail::parseAuthenticationResults(field->unfolded()));
        received = Mail::receivedTimeline(parsed->headers());
    }
    message = std::move(parsed);
}

QJsonObject SeedResult::toJson() const
{
    QJsonObject o{
        {QStringLiteral("provider"), seed.provider},
        {QStringLiteral("address"), seed.address},
        {QStringLiteral("placement"), placementText()},
        {QStringLiteral("folder"), folder.isEmpty() ? QJsonValue() : QJsonValue(folder)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
    };
    if (!errorKind.isEmpty())
        o.insert(QStringLiteral("errorKind"), errorKind);
    if (arrival.isValid())
        o.insert(QStringLiteral("arrival"), arrival.toUTC().toString(Qt::ISODate));
    if (delaySeconds)
        o.insert(QStringLiteral("delaySeconds"), double(*delaySeconds));
    QJsonArray copiesJson;
    for (const DeliveredCopy& copy : copies) {
        QJsonObject c{
            {QStringLiteral("folder"), copy.folder},
            {QStringLiteral("placement"), placementToken(copy.placement, copy.tab)},
            {QStringLiteral("uid"), double(copy.uid)},
        };
        if (copy.arrival.isValid())
            c.insert(QStringLiteral("arrival"), copy.arrival.toUTC().toString(Qt::ISODate));
        QJsonArray flags;
        for (const QByteArray& f : copy.flags)
            flags.append(QString::fromUtf8(f));
        c.insert(QStringLiteral("flags"), flags);
        if (!copy.gmailLabels.isEmpty()) {
            QJsonArray labels;
            for (const QByteArray& l : copy.gmailLabels)
                labels.append(QString::fromUtf8(l));
            c.insert(QStringLiteral("gmailLabels"), labels);
        }
        QJsonArray ar;
        for (const Mail::AuthenticationResults& a : copy.authResults) {
            QJsonObject entry{{QStringLiteral("authservId"), QString::fromUtf8(a.authservId)}};
            QJsonArray results;
            for (const Mail::AuthResultEntry& r : a.results)
                results.append(QJsonObject{{QStringLiteral("method"), QString::fromUtf8(r.method)},
                                           {QStringLiteral("result"), QString::fromUtf8(r.result)}});
            entry.insert(QStringLiteral("results"), results);
            ar.append(entry);
        }
        c.insert(QStringLiteral("authenticationResults"), ar);
        QJsonArray hops;
        for (const Mail::ReceivedHop& hop : copy.received) {
            QJsonObject h{{QStringLiteral("from"), QString::fromUtf8(hop.field.from)},
                          {QStringLiteral("by"), QString::fromUtf8(hop.field.by)}};
            if (hop.field.date.isValid())
                h.insert(QStringLiteral("date"), hop.field.date.toUTC().toString(Qt::ISODate));
            hops.append(h);
        }
        c.insert(QStringLiteral("received"), hops);
        c.insert(QStringLiteral("header"), QString::fromUtf8(copy.header));
        copiesJson.append(c);
    }
    o.insert(QStringLiteral("copies"), copiesJson);
    return o;
}

void ProviderCounts::add(const SeedResult& result)
{
    switch (result.placement) {
    case PlacementKind::Inbox: ++inbox; break;
    case PlacementKind::Tab:
        ++tab;
        tabs[result.tab] += 1;
        break;
    case PlacementKind::Spam: ++spam; break;
    case PlacementKind::Missing: ++missing; break;
    case PlacementKind::Error: ++error; break;
    }
}

QJsonObject ProviderCounts::toJson() const
{
    QJsonObject o{{QStringLiteral("inbox"), inbox}, {QStringLiteral("tab"), tab},     {QStringLiteral("spam"), spam},
                  {QStringLiteral("missing"), missing}, {QStringLiteral("error"), error}, {QStringLiteral("total"), total()}};
    if (!tabs.isEmpty()) {
        QJsonObject t;
        for (auto it = tabs.cbegin(); it != tabs.cend(); ++it)
            t.insert(it.key(), it.value());
        o.insert(QStringLiteral("tabs"), t);
    }
    return o;
}

PlacementSummary PlacementSummary::fromResults(const QList<SeedResult>& results)
{
    PlacementSummary summary;
    summary.total.provider = tr("Total");
    for (const SeedResult& result : results) {
        ProviderCounts* row = nullptr;
        for (ProviderCounts& r : summary.rows) {
            if (r.provider == result.seed.provider)
                row = &r;
        }
        if (!row) {
            summary.rows.append(ProviderCounts{});
            row = &summary.rows.last();
            row->provider = result.seed.provider;
        }
        row->add(result);
        summary.total.add(result);
    }
    return summary;
}

QJsonObject PlacementSummary::toJson() const
{
    QJsonObject o;
    for (const ProviderCounts& row : rows)
        o.insert(row.provider, row.toJson());
    return o;
}

QString PlacementSummary::toText() const
{
    const QStringList headers{tr("Provider"), tr("Inbox"), tr("Tab"), tr("Spam"), tr("Missing"), tr("Error"), tr("Seeds")};
    QList<QStringList> table;
    const auto cell = [](int n, int total) -> QString { return QString::number(n) + QStringLiteral(" (") + percent(n, total) + u')'; };
    QList<ProviderCounts> all = rows;
    all.append(total);
    for (const ProviderCounts& r : all) {
        const int t = r.total();
        table.append({r.provider, cell(r.inbox, t), cell(r.tab, t), cell(r.spam, t), cell(r.missing, t), cell(r.error, t),
                      QString::number(t)});
    }
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths.append(h.size());
    for (const QStringList& row : std::as_const(table)) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QStringList& cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            if (i == 0)
                out += cells.at(i).leftJustified(widths[i]);
            else
                out += QStringLiteral("  ") + cells.at(i).rightJustified(widths[i]);
        }
        return out + u'\n';
    };
    QString out = line(headers);
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (i == table.size() - 1)
            out += QString(out.indexOf(u'\n'), u'-') + u'\n';
        out += line(table.at(i));
    }
    return out;
}

QJsonObject placementJson(const QList<SeedResult>& results, const Findings& findings, const QJsonObject& run)
{
    QJsonArray seeds;
    for (const SeedResult& r : results)
        seeds.append(r.toJson());
    QJsonObject o{{QStringLiteral("seeds"), seeds},
                  {QStringLiteral("summary"), PlacementSummary::fromResults(results).toJson()}};
    QJsonArray f;
    for (const Finding& finding : findings)
        f.append(finding.toJson());
    o.insert(QStringLiteral("findings"), f);
    if (!run.isEmpty())
        o.insert(QStringLiteral("run"), run);
    return o;
}

Findings placementFindings(const QList<SeedResult>& results)
{
    Findings findings;
    for (const SeedResult& r : results) {
        const QString who = r.seed.provider + QStringLiteral(" / ") + r.seed.address;
        Finding f;
        f.evidence = who;
        switch (r.placement) {
        case PlacementKind::Inbox:
            f.code = "PLACEMENT.INBOX";
            f.severity = Severity::Pass;
            f.title = tr("Delivered to the inbox at %1").arg(who);
            f.detail = tr("Found in %1.").arg(r.folder);
            break;
        case PlacementKind::Tab:
            f.code = "PLACEMENT.TAB";
            f.severity = Severity::Info;
            f.title = tr("Delivered to the %1 tab at %2").arg(r.tab, who);
            f.detail = tr("Found in %1; the provider sorted it into a tab, not the primary inbox.").arg(r.folder);
            f.remedy = tr("Tabs are normal for bulk mail; transactional mail should reach the primary inbox.");
            break;
        case PlacementKind::Spam:
            f.code = "PLACEMENT.SPAM";
            f.severity = Severity::Error;
            f.title = tr("Filtered as spam at %1").arg(who);
            f.detail = tr("Found in %1.").arg(r.folder);
            f.remedy = tr("Check the copy's Authentication-Results and the sender's reputation.");
            break;
        case PlacementKind::Missing:
            f.code = "PLACEMENT.MISSING";
            f.severity = Severity::Warning;
            f.title = tr("Not found at %1").arg(who);
            f.detail = tr("No copy with the campaign token arrived in the searched folders before the wait expired.");
            f.remedy = tr("Look for a bounce or a block; wait longer for slow providers.");
            break;
        case PlacementKind::Error:
            f.code = imapFindingCode(r.errorKind);
            f.severity = Severity::Error;
            f.title = tr("Seed could not be polled: %1").arg(who);
            f.detail = r.error;
            f.reference = r.errorKind == QLatin1String("auth") ? QStringLiteral("RFC 3501 §6.2.3, RFC 5530")
                        : r.errorKind == QLatin1String("tls") ? QStringLiteral("RFC 8314, RFC 3501 §6.2.1")
                                                               : QString();
            f.remedy = r.errorKind == QLatin1String("auth") ? tr("Check the user name and the (app) password.")
                     : r.errorKind == QLatin1String("tls") ? tr("Check the TLS mode and port, or pass the server's CA.")
                                                            : tr("Check the host, port and network.");
            break;
        }
        findings.append(f);
    }
    return findings;
}

} // namespace Deliverbench::Placement
