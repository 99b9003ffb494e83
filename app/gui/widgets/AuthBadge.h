// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"

#include <QByteArray>
#include <QFrame>
#include <QString>

class QLabel;

namespace Deliverbench::Gui {

/**
 * @short How a result token reads as a severity: pass/agree → Pass; fail/permerror → Error;
 * softfail/temperror/policy/disagree → Warning; none/neutral/unknown/not-compared (and anything
 * else) → Info. Tokens are the RFC 8601 ones plus the scorecard's and the comparison's.
 */
Severity authResultSeverity(QByteArrayView token);

/**
 * @short One verdict of the Authentication tab's strip: the method ("SPF"), its result token as a
 * coloured badge, and the one-line reason.
 */
class AuthBadge : public QFrame
{
    Q_OBJECT
public:
    explicit AuthBadge(const QString& method, QWidget* parent = nullptr);

    /** @short Shows a result ("pass", "fail", …) and its reason; an empty token shows "…" (running). */
    void setVerdict(const QByteArray& token, const QString& reason);
    /** @short Shows no verdict (no message, cancelled). */
    void clear(const QString& reason = {});

    QByteArray result() const { return m_token; }
    QString reason() const { return m_reasonText; }
    QString method() const { return m_method; }

private:
    QString m_method;
    QByteArray m_token;
    QString m_reasonText;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_result;
    QLabel* m_reason;
};

} // namespace Deliverbench::Gui
