// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DnsblResultModel.h"

#include "models/Roles.h"
#include "widgets/SeverityIcons.h"

#include <QFont>
#include <QPalette>
#include <QUrl>

namespace Deliverbench::Gui {

using Reputation::ListingStatus;

namespace {

QUrl delistUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url;
}

Severity statusSeverity(const Reputation::DnsblResult& r)
{
    switch (r.status) {
    case ListingStatus::Listed:
        return r.severity == Severity::Pass ? Severity::Error : r.severity;
    case ListingStatus::Clear:
        return Severity::Pass;
    case ListingStatus::Unknown:
        break;
    }
    return Severity::Info;
}

} // namespace

int DnsblResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int DnsblResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DnsblResultModel::statusText(ListingStatus status)
{
    switch (status) {
    case ListingStatus::Listed:
        return tr("listed");
    case ListingStatus::Clear:
        return tr("clear");
    case ListingStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QVariant DnsblResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const Reputation::DnsblResult& r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn:
            return r.target;
        case ListColumn:
            return r.listName;
        case ZoneColumn:
            return r.zone;
        case StatusColumn:
            return statusText(r.status);
        case MeaningColumn:
            return r.meaning;
        case TxtColumn:
            return r.txt;
        case DelistColumn:
            return r.status == ListingStatus::Listed ? r.delistUrl : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return severityIcon(statusSeverity(r));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            return tr("%1 (DNS %2, %3 ms)\nquery: %4\nanswers: %5")
                .arg(statusText(r.status), r.dnsOutcome)
                .arg(r.elapsedMs)
                .arg(QString::fromLatin1(r.query), r.answers.join(QLatin1Char(' ')));
        case DelistColumn:
            return r.status == ListingStatus::Listed && delistUrl(r.delistUrl).isValid() ? tr("Open the delisting page")
                                                                                         : QVariant();
        case MeaningColumn:
            return r.meaning;
        case TxtColumn:
            return r.txt;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == DelistColumn && r.status == ListingStatus::Listed && delistUrl(r.delistUrl).isValid())
            return QPalette().color(QPalette::Link);
        return {};
    case Qt::FontRole:
        if (index.column() == DelistColumn && r.status == ListingStatus::Listed && delistUrl(r.delistUrl).isValid()) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case StatusTokenRole:
        return Reputation::listingStatusToken(r.status);
    case UrlRole:
        return r.status == ListingStatus::Listed ? delistUrl(r.delistUrl) : QUrl();
    case SeverityRole:
        return int(statusSeverity(r));
    case FilterTextRole:
        return QStringList{r.target, r.listName, r.zone, statusText(r.status), r.meaning, r.txt, r.delistUrl}.join(
            QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant DnsblResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case ListColumn:
        return tr("List");
    case ZoneColumn:
        return tr("Zone");
    case StatusColumn:
        return tr("Status");
    case MeaningColumn:
        return tr("Meaning");
    case TxtColumn:
        return tr("TXT reason");
    case DelistColumn:
        return tr("Delisting");
    default:
        return {};
    }
}

void DnsblResultModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

void DnsblResultModel::append(const Reputation::DnsblResult& result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.append(result);
    endInsertRows();
}

void DnsblResultModel::setResults(const QList<Reputation::DnsblResult>& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

Reputation::DnsblSummary DnsblResultModel::summary() const
{
    Reputation::DnsblSummary s;
    for (const Reputation::DnsblResult& r : m_results) {
        ++s.lists;
        switch (r.status) {
        case ListingStatus::Listed:
            ++s.listed;
            break;
        case ListingStatus::Clear:
            ++s.clear;
            break;
        case ListingStatus::Unknown:
            ++s.unknown;
            break;
        }
    }
    return s;
}

void DnsblFilterProxy::setStatus(const QString& token)
{
    m_status = token;
    invalidateFilter();
}

void DnsblFilterProxy::setTarget(const QString& target)
{
    m_target = target;
    invalidateFilter();
}

void DnsblFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool DnsblFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(DnsblResultModel::StatusTokenRole).toString() != m_status)
        return false;
    if (!m_target.isEmpty() && index.siblingAtColumn(DnsblResultModel::TargetColumn).data().toString() != m_target)
        return false;
    if (!m_text.isEmpty() && !index.data(FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Deliverbench::Gui
