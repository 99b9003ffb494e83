// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BatchTableModel.h"

#include "models/Roles.h"
#include "report/Bounce.h"
#include "widgets/SeverityIcons.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

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

Report::BounceCause causeFromToken(const QString& token)
{
    using Report::BounceCause;
    for (BounceCause cause : {BounceCause::UnknownUser, BounceCause::MailboxFull, BounceCause::Policy,
                              BounceCause::Reputation, BounceCause::Authentication, BounceCause::Temporary}) {
        if (Report::bounceCauseToken(cause) == token)
            return cause;
    }
    return BounceCause::Other;
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

Report::BatchEntry BatchTableModel::batchEntry(const BatchRow& row, bool verdicts)
{
    Report::BatchEntry entry;
    entry.sendingDomain = row.fromDomain;
    entry.dkimDomains = row.dkimDomains;
    entry.verdict = verdicts ? (row.dmarc.isEmpty() ? QStringLiteral("pending") : row.dmarc) : severityToken(row.worst);
    for (const BatchBounce& bounce : row.bounces) {
        Report::BounceRecord record;
        record.domain = bounce.domain;
        record.classification.cause = causeFromToken(bounce.cause);
        entry.bounces.append(record);
    }
    return entry;
}

Report::BatchSummary BatchTableModel::summary() const
{
    Report::BatchSummary summary;
    const bool verdicts = hasVerdicts();
    for (const BatchRow& row : m_rows)
        summary.add(batchEntry(row, verdicts));
    return summary;
}

void BatchTableModel::setRows(const QList<BatchRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    m_verdictRows = 0;
    for (const BatchRow& row : std::as_const(m_rows))
        m_verdictRows += int(!row.spf.isEmpty() || !row.dkim.isEmpty() || !row.dmarc.isEmpty());
    endResetModel();
}

QJsonObject BatchTableModel::rowToJson(const BatchRow& row)
{
    QJsonArray bounces;
    for (const BatchBounce& bounce : row.bounces)
        bounces.append(QJsonObject{{QStringLiteral("cause"), bounce.cause}, {QStringLiteral("domain"), bounce.domain}});
    return QJsonObject{
        {QStringLiteral("index"), row.index},
        {QStringLiteral("file"), row.file},
        {QStringLiteral("offset"), double(row.offset)},
        {QStringLiteral("length"), double(row.length)},
        {QStringLiteral("date"), row.date.isValid() ? row.date.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("from"), row.from},
        {QStringLiteral("fromDomain"), row.fromDomain},
        {QStringLiteral("subject"), row.subject},
        {QStringLiteral("dkimDomains"), QJsonArray::fromStringList(row.dkimDomains)},
        {QStringLiteral("severity"), severityToken(row.worst)},
        {QStringLiteral("findings"), row.findingCount},
        {QStringLiteral("bounces"), bounces},
        {QStringLiteral("spf"), row.spf},
        {QStringLiteral("dkim"), row.dkim},
        {QStringLiteral("dmarc"), row.dmarc},
    };
}

BatchRow BatchTableModel::rowFromJson(const QJsonObject& object)
{
    constexpr qsizetype kMaxText = 4096;
    const auto text = [&object](const char* key) {
        return object.value(QLatin1String(key)).toString().left(kMaxText);
    };
    BatchRow row;
    row.index = std::max(0, object.value(QStringLiteral("index")).toInt());
    row.file = text("file");
    row.offset = std::max<qint64>(0, qint64(object.value(QStringLiteral("offset")).toDouble()));
    row.length = std::max<qint64>(0, qint64(object.value(QStringLiteral("length")).toDouble()));
    row.date = QDateTime::fromString(text("date"), Qt::ISODate);
    row.from = text("from");
    row.fromDomain = text("fromDomain");
    row.subject = text("subject");
    const QJsonArray dkim = object.value(QStringLiteral("dkimDomains")).toArray();
    for (const QJsonValue& value : dkim) {
        if (row.dkimDomains.size() < 32)
            row.dkimDomains.append(value.toString().left(255));
    }
    const QString severity = text("severity");
    for (Severity candidate : {Severity::Pass, Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityToken(candidate) == severity)
            row.worst = candidate;
    }
    row.findingCount = std::max(0, object.value(QStringLiteral("findings")).toInt());
    const QJsonArray bounces = object.value(QStringLiteral("bounces")).toArray();
    for (const QJsonValue& value : bounces) {
        if (row.bounces.size() >= 1000)
            break;
        const QJsonObject bounce = value.toObject();
        row.bounces.append(BatchBounce{bounce.value(QStringLiteral("cause")).toString().left(64),
                                       bounce.value(QStringLiteral("domain")).toString().left(255)});
    }
    row.spf = text("spf").left(32);
    row.dkim = text("dkim").left(32);
    row.dmarc = text("dmarc").left(32);
    return row;
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
