// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace Deliverbench {

/** @short An operational failure (unreadable file, bad argument), not a check result. */
struct Error
{
    enum class Kind { InvalidInput, Io, Network, Timeout, Cancelled, Internal };
    Kind kind = Kind::Internal;
    QString message; ///< translated, one line, names the thing that failed
};

template<typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> makeError(Error::Kind kind, QString message)
{
    return tl::unexpected<Error>(Error{kind, std::move(message)});
}

} // namespace Deliverbench
