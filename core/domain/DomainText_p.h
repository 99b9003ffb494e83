// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>

#include <algorithm>

namespace Deliverbench::Domain {

/** @short Translation context of core/domain's user-visible strings (Text::tr("…")). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Domain)
};

/** @short Bounds-safe left()/mid() for QByteArrayView (Qt 6.4 has only first()/sliced()). */
inline QByteArrayView leftOf(QByteArrayView v, qsizetype n)
{
    return v.first(std::clamp<qsizetype>(n, 0, v.size()));
}
inline QByteArrayView midOf(QByteArrayView v, qsizetype pos, qsizetype n = -1)
{
    pos = std::clamp<qsizetype>(pos, 0, v.size());
    const qsizetype rest = v.size() - pos;
    return v.sliced(pos, n < 0 ? rest : std::min(n, rest));
}

} // namespace Deliverbench::Domain
