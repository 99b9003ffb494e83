// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BatchTableModel.h"

#include "models/Roles.h"
#include "report/Bounce.h"
#include "widgets/SeverityIcons.h"

#include <QLocale>
#include <QSet>

namespace Deliverbench::Gui {

namespace {

QString causeLabel(const QString& token)
{
    using Report::BounceCause;
    static const BounceCause causes[] = {BounceCause::UnknownUser, BounceCause::MailboxFull, BounceCause::Policy,
                                         BounceCause::Reputation,  BounceCause::Authentication,
                                         BounceCause::Temporary,   BounceCause::Other};
    for (BounceCause cause : causes) {
        if (Report::bounceCauseToken(cause) == token)
            return Report::bounceCauseLabel(cause);
    }
    return token;
}

} // namespace

BatchTableModel::BatchTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BatchTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_verdictRows = 0;
    endResetModel();
}

void BatchTableModel::appendRows(const QList<BatchRow>& rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void BatchTableModel::setVerdicts(int row, const QString& spf, const QString& dkim, const QString& dmarc)
{
    if (row < 0 || row >= m_rows.size())
        return;
    BatchRow& r = m_rows[row];
    const bool had = !r.spf.isEmpty() || !r.dkim.isEmpty() || !r.dmarc.isEmpty();
    r.spf = spf;
    r.dkim = dkim;
    r.dmarc = dmarc;
    const bool has = !spf.isEmpty() || !dkim.isEmpty() || !dmarc.isEmpty();
    m_verdictRows += int(has) - int(had);
    emit dataChanged(index(row, SpfColumn), index(row, DmarcColumn));
}

QStringList BatchTableModel::verdictKeys(const BatchRow& row)
{
    QStringList keys;
    keys << QStringLiteral("severity:") + severityToken(row.worst);
    if (row.dkimDomains.isEmpty())
        keys << QStringLiteral("signature:none");
    if (!row.spf.isEmpty())
        keys << QStringLiteral("spf:") + row.spf;
    if (!row.dkim.isEmpty())
        keys << QStringLiteral("dkim:") + row.dkim;
    if (!row.dmarc.isEmpty())
        keys << QStringLiteral("dmarc:") + row.dmarc;
    if (!row.bounces.isEmpty())
        keys << QStringLiteral("bounce");
    for (const BatchBounce& bounce : row.bounces) {
        const QString key = QStringLiteral("cause:") + bounce.cause;
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

QString BatchTableModel::verdictKeyLabel(const QString& key)
{
    const qsizetype colon = key.indexOf(u':');
    const QString kind = key.left(colon);
    const QString value = colon < 0 ? QString() : key.mid(colon + 1);
    if (kind == QStringLiteral("severity"))
        return tr("Worst finding: %1").arg(value);
    if (kind == QStringLiteral("signature"))
        return tr("No DKIM signature");
    if (kind == QStringLiteral("spf"))
        return tr("SPF %1").arg(value);
    if (kind == QStringLiteral("dkim"))
        return tr("DKIM %1").arg(value);
    if (kind == QStringLiteral("dmarc"))
        return tr("DMARC %1").arg(value);
    if (kind == QStringLiteral("bounce"))
        return tr("Any bounce");
    if (kind == QStringLiteral("cause"))
        return tr("Bounce: %1").arg(causeLabel(value));
    return key;
}

BatchCounts BatchTableModel::counts() const
{
    BatchCounts counts;
    counts.messages = int(m_rows.size());
    const bool verdicts = hasVerdicts();
    for (const BatchRow& row : m_rows) {
        counts.bySendingDomain[row.fromDomain] += 1;
        if (row.dkimDomains.isEmpty()) {
            counts.byDkimDomain[QString()] += 1;
        } else {
            QSet<QString> seen;
            for (const QString& domain : row.dkimDomains) {
                if (!seen.contains(domain)) {
                    seen.insert(domain);
                    counts.byDkimDomain[domain] += 1;
                }
            }
        }
        if (verdicts)
            counts.byVerdict[QStringLiteral("dmarc:") + (row.dmarc.isEmpty() ? QStringLiteral("pending") : row.dmarc)] += 1;
        else
            counts.byVerdict[QStringLiteral("severity:") + severityToken(row.worst)] += 1;
        if (!row.bounces.isEmpty()) {
            ++counts.bounceMessages;
            counts.bounceRecipients += int(row.bounces.size());
        }
        for (const BatchBounce& bounce : row.bounces) {
            counts.byCause[bounce.cause] += 1;
            counts.byReceivingDomain[bounce.domain] += 1;
        }
    }
    return counts;
}

QString BatchTableModel::causesText(const BatchRow& row) const
{
    QStringList labels;
    for (const BatchBounce& bounce : row.bounces) {
        const QString label = causeLabel(bounce.cause);
        if (!labels.contains(label))
            labels << label;
    }
    return labels.join(QStringLiteral(", "));
}

QString BatchTableModel::receivingText(const BatchRow& row) const
{
    QStringList domains;
    for (const BatchBounce& bounce : row.bounces) {
        if (!bounce.domain.isEmpty() && !domains.contains(bounce.domain))
            domains << bounce.domain;
    }
    return domains.join(QStringLiteral(", "));
}

int BatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BatchRow& row = m_rows.at(index.row());
    const int column = index.column();
    if (role == RowIndexRole)
        return index.row();
    if (role == VerdictKeysRole)
        return verdictKeys(row);
    if (role == SeverityRole)
        return int(row.worst);
    if (role == FilterTextRole) {
        return QStringList{row.from, row.subject, row.fromDomain, row.dkimDomains.join(u' '), causesText(row),
                           receivingText(row)}
            .join(u'\n');
    }
    if (role == Qt::DecorationRole && column == SeverityColumn)
        return severityIcon(row.worst);
    if (role == Qt::TextAlignmentRole && column == IndexColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == DkimColumn && row.dkim.isEmpty())
            return tr("Signature present or not; the verdict needs the authentication check.");
        if (column == SeverityColumn)
            return tr("%n structure finding(s)", nullptr, row.findingCount);
        if (column == SubjectColumn)
            return row.subject;
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case IndexColumn: return row.index;
        case DateColumn: return row.date.isValid() ? row.date.toSecsSinceEpoch() : qint64(-1);
        case SeverityColumn: return int(row.worst);
        default: break;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IndexColumn: return row.index + 1;
    case DateColumn:
        return row.date.isValid() ? QLocale().toString(row.date.toLocalTime(), QLocale::ShortFormat) : QString();
    case FromColumn: return row.from;
    case SubjectColumn: return row.subject;
    case FromDomainColumn: return row.fromDomain;
    case DkimDomainColumn: return row.dkimDomains.join(QStringLiteral(", "));
    case SpfColumn: return row.spf.isEmpty() ? QStringLiteral("—") : row.spf;
    case DkimColumn:
        if (!row.dkim.isEmpty())
            return row.dkim;
        return row.dkimDomains.isEmpty() ? tr("unsigned") : tr("signed");
    case DmarcColumn: return row.dmarc.isEmpty() ? QStringLiteral("—") : row.dmarc;
    case BounceCauseColumn: return causesText(row);
    case ReceivingDomainColumn: return receivingText(row);
    case SeverityColumn: return severityName(row.worst);
    default: break;
    }
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn: return tr("#");
    case DateColumn: return tr("Date");
    case FromColumn: return tr("From");
    case SubjectColumn: return tr("Subject");
    case FromDomainColumn: return tr("From domain");
    case DkimDomainColumn: return tr("DKIM d=");
    case SpfColumn: return tr("SPF");
    case DkimColumn: return tr("DKIM");
    case DmarcColumn: return tr("DMARC");
    case BounceCauseColumn: return tr("Bounce cause");
    case ReceivingDomainColumn: return tr("Receiving domain");
    case SeverityColumn: return tr("Worst finding");
    default: break;
    }
    return {};
}

QStringList BatchTableModel::csvFields(int row) const
{
    QStringList fields;
    for (int column = 0; column < ColumnCount; ++column) {
        QVariant value = data(index(row, column), Qt::DisplayRole);
        if (column == DateColumn) {
            const QDateTime date = m_rows.at(row).date;
            value = date.isValid() ? date.toString(Qt::ISODate) : QString();
        } else if (column == SeverityColumn) {
            value = severityToken(m_rows.at(row).worst);
        }
        fields << value.toString();
    }
    return fields;
}

} // namespace Deliverbench::Gui
