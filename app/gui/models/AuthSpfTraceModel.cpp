// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuthSpfTraceModel.h"

#include "auth/spf/SpfCheck.h"
#include "models/Roles.h"
#include "widgets/AuthBadge.h"
#include "widgets/SeverityIcons.h"

namespace Deliverbench::Gui {

AuthSpfTraceModel::AuthSpfTraceModel(QObject* parent)
    : QStandardItemModel(parent)
{
    clearTrace();
}

void AuthSpfTraceModel::clearTrace()
{
    clear();
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Step"), tr("Result"), tr("Detail")});
}

void AuthSpfTraceModel::setEvaluation(const Auth::SpfEvaluation& evaluation)
{
    using Kind = Auth::SpfTraceEntry::Kind;
    clearTrace();
    QList<QStandardItem*> firstColumn;
    firstColumn.reserve(evaluation.trace.size());
    for (const Auth::SpfTraceEntry& e : evaluation.trace) {
        QString step;
        QByteArray token;
        QString detail = e.detail;
        switch (e.kind) {
        case Kind::CheckHost:
            step = tr("check_host(%1): %2").arg(QString::fromUtf8(e.domain), QString::fromUtf8(e.text));
            token = Auth::spfResultToken(e.result);
            break;
        case Kind::Term:
            step = e.domain.isEmpty() ? QString::fromUtf8(e.text)
                                      : tr("%1 → %2").arg(QString::fromUtf8(e.text), QString::fromUtf8(e.domain));
            token = e.matched ? Auth::spfResultToken(e.result) : QByteArray();
            if (!e.matched && e.result != Auth::SpfResult::None)
                token = Auth::spfResultToken(e.result); // an error the term produced
            break;
        case Kind::Query:
            step = tr("DNS %1").arg(QString::fromUtf8(e.text));
            if (detail.isEmpty())
                detail = QString::fromUtf8(e.answer);
            else if (!e.answer.isEmpty())
                detail = tr("%1 — %2").arg(QString::fromUtf8(e.answer), detail);
            break;
        case Kind::Note:
            step = tr("Note");
            break;
        }
        auto* stepItem = new QStandardItem(step);
        stepItem->setToolTip(step);
        stepItem->setEditable(false);
        auto* resultItem = new QStandardItem;
        resultItem->setEditable(false);
        if (e.kind == Kind::Term && !e.matched && token.isEmpty()) {
            resultItem->setText(tr("no match"));
        } else if (e.kind == Kind::Query) {
            resultItem->setText(QString::fromLatin1(Dns::outcomeToken(e.outcome)));
        } else if (!token.isEmpty()) {
            resultItem->setText(QString::fromLatin1(token));
            resultItem->setIcon(severityIcon(authResultSeverity(token)));
            resultItem->setData(int(authResultSeverity(token)), SeverityRole);
        }
        resultItem->setData(QString::fromLatin1(token), CodeRole);
        auto* detailItem = new QStandardItem(detail);
        detailItem->setToolTip(detail);
        detailItem->setEditable(false);
        const QList<QStandardItem*> row{stepItem, resultItem, detailItem};
        QStandardItem* parentItem = (e.parent >= 0 && e.parent < firstColumn.size()) ? firstColumn.at(e.parent) : nullptr;
        if (parentItem)
            parentItem->appendRow(row);
        else
            appendRow(row);
        firstColumn.append(stepItem);
    }
}

} // namespace Deliverbench::Gui
