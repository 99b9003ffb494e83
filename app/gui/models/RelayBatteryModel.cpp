// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RelayBatteryModel.h"

#include "models/Roles.h"
#include "widgets/SeverityIcons.h"

namespace Deliverbench::Gui {

namespace {

int decidingCode(const Smtp::RelayVariant& v)
{
    return v.rcptCode != 0 ? v.rcptCode : v.mailCode;
}

} // namespace

int RelayBatteryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelayBatteryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RelayBatteryModel::verdictText(const Smtp::RelayVariant& v)
{
    if (!v.tested || decidingCode(v) == 0)
        return tr("not tested");
    if (v.accepted)
        return v.index == 0 ? tr("accepted (no recipient check)") : tr("relayed");
    const int code = decidingCode(v);
    if (code == 530)
        return v.reply.contains(QLatin1String("STARTTLS"), Qt::CaseInsensitive) ? tr("STARTTLS required")
                                                                                 : tr("authentication required");
    if (code == 421)
        return tr("session closed (421)");
    if (code / 100 == 4)
        return tr("deferred (temporary failure)");
    return tr("rejected");
}

Severity RelayBatteryModel::verdictSeverity(const Smtp::RelayVariant& v)
{
    if (!v.tested || decidingCode(v) == 0)
        return Severity::Info;
    if (v.accepted)
        return v.index == 0 ? Severity::Info : Severity::Error;
    const int code = decidingCode(v);
    if (code == 530 || code / 100 == 4)
        return Severity::Warning;
    return Severity::Pass;
}

QVariant RelayBatteryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Smtp::RelayVariant& v = m_rows.at(index.row());
    const bool reached = v.tested && decidingCode(v) != 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VariantColumn:
            return v.index == 0 ? tr("catch-all") : QString::number(v.index);
        case MailFromColumn:
            return QString(QLatin1Char('<') + v.mailFrom + QLatin1Char('>'));
        case RcptToColumn:
            return QString(QLatin1Char('<') + v.rcptTo + QLatin1Char('>'));
        case ReplyColumn:
            return QString(v.reply).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case AcceptedColumn:
            return reached ? (v.accepted ? tr("yes") : tr("no")) : QString();
        case VerdictColumn:
            return verdictText(v);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return severityIcon(verdictSeverity(v));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReplyColumn || index.column() == VerdictColumn)
            return tr("MAIL %1, RCPT %2, %3 ms\n%4")
                .arg(v.mailCode)
                .arg(v.rcptCode)
                .arg(v.elapsedMs)
                .arg(v.reply);
        return {};
    case SeverityRole:
        return int(verdictSeverity(v));
    default:
        return {};
    }
}

QVariant RelayBatteryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VariantColumn:
        return tr("Variant");
    case MailFromColumn:
        return tr("MAIL FROM");
    case RcptToColumn:
        return tr("RCPT TO");
    case ReplyColumn:
        return tr("Reply");
    case AcceptedColumn:
        return tr("Accepted?");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

void RelayBatteryModel::setReport(const Smtp::RelayReport& report)
{
    beginResetModel();
    m_rows = report.variants;
    if (report.catchAll.tested)
        m_rows.append(report.catchAll);
    endResetModel();
}

void RelayBatteryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace Deliverbench::Gui
