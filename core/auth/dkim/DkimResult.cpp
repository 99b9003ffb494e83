// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimResult.h"

namespace Deliverbench::Auth {

QByteArray dkimResultToken(DkimResult result)
{
    switch (result) {
    case DkimResult::None:
        return QByteArrayLiteral("none");
    case DkimResult::Pass:
        return QByteArrayLiteral("pass");
    case DkimResult::Fail:
        return QByteArrayLiteral("fail");
    case DkimResult::Neutral:
        return QByteArrayLiteral("neutral");
    case DkimResult::TempError:
        return QByteArrayLiteral("temperror");
    case DkimResult::PermError:
        return QByteArrayLiteral("permerror");
    case DkimResult::Policy:
        return QByteArrayLiteral("policy");
    }
    return {};
}

} // namespace Deliverbench::Auth
