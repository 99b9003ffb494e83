// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Deliverbench::Domain {

/** @short Translation context of core/domain's user-visible strings (Text::tr("…")). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Domain)
};

} // namespace Deliverbench::Domain
