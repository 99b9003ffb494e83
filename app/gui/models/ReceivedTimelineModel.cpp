// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ReceivedTimelineModel.h"

#include "models/Roles.h"
#include "widgets/SeverityIcons.h"

namespace Deliverbench::Gui {

ReceivedTimelineModel::ReceivedTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReceivedTimelineModel::setDocument(MessageDocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    endResetModel();
}

QString ReceivedTimelineModel::formatDelay(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    QString text;
    if (s < 60)
        text = tr("%1 s").arg(s);
    else if (s < 3600)
        text = tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    else if (s < 86400)
        text = tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    else
        text = tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    return seconds < 0 ? QStringLiteral("−") + text : text;
}

int ReceivedTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->timeline.size());
}

int ReceivedTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_document || index.row() >= m_document->timeline.size())
        return {};
    const Mail::ReceivedHop& hop = m_document->timeline.at(index.row());
    const Mail::ReceivedField& f = hop.field;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HopColumn:
            return index.row() + 1;
        case TimeColumn:
            return f.date.isValid() ? f.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : tr("(no date)");
        case DelayColumn:
            if (!hop.delaySeconds)
                return QString();
            if (hop.clockSkew)
                return tr("clock skew %1").arg(formatDelay(*hop.delaySeconds));
            return formatDelay(*hop.delaySeconds);
        case FromColumn: {
            QString text = QString::fromUtf8(f.from);
            QStringList extra;
            if (!f.fromHost.isEmpty() && f.fromHost != f.from)
                extra << QString::fromUtf8(f.fromHost);
            if (!f.fromIp.isEmpty())
                extra << QString::fromLatin1(f.fromIp);
            if (!extra.isEmpty())
                text += QStringLiteral(" (%1)").arg(extra.join(QLatin1Char(' ')));
            return text;
        }
        case ByColumn:
            return QString::fromUtf8(f.by);
        case WithColumn:
            return QString::fromLatin1(f.with);
        case TlsColumn:
            if (!f.usedTls)
                return tr("no");
            return f.tls.isEmpty() ? tr("yes") : QString::fromLatin1(f.tls);
        }
        break;
    case Qt::DecorationRole:
        // The same severity as the finding HDR.RECEIVED_CLOCK_SKEW (core/message/MessageLint.cpp).
        if (index.column() == DelayColumn && hop.clockSkew)
            return severityIcon(Severity::Info);
        if (index.column() == TlsColumn && !f.usedTls)
            return severityIcon(Severity::Info);
        break;
    case Qt::ToolTipRole:
        if (index.column() == DelayColumn && hop.clockSkew)
            return tr("This hop's time is earlier than the previous hop's: the clocks of the two servers disagree.");
        break;
    case DelaySecondsRole:
        return hop.delaySeconds ? QVariant(*hop.delaySeconds) : QVariant();
    case ClockSkewRole:
        return hop.clockSkew;
    case OffsetRole:
        return f.offset;
    }
    return {};
}

QVariant ReceivedTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HopColumn:
        return tr("Hop");
    case TimeColumn:
        return tr("Time");
    case DelayColumn:
        return tr("Delay");
    case FromColumn:
        return tr("From");
    case ByColumn:
        return tr("By");
    case WithColumn:
        return tr("Protocol");
    case TlsColumn:
        return tr("TLS");
    }
    return {};
}

} // namespace Deliverbench::Gui
