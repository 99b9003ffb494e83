// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Deliverbench::Gui {

/** @short Semantic item roles shared by every GUI model (Trojitá ItemRoles.h style). */
enum Role {
    RoleBase = Qt::UserRole + 100,
    SeverityRole,      ///< int (Deliverbench::Severity)
    CodeRole,          ///< QString finding code
    OffsetRole,        ///< qint64 byte offset into the RawData, -1 if none
    LengthRole,        ///< qint64 byte length of the evidence / range
    PartPathRole,      ///< QString IMAP section path of a MIME part
    MimeTypeRole,      ///< QString lower-case type/subtype
    SizeRole,          ///< qint64 size in bytes (numeric, for sorting)
    RawValueRole,      ///< QString header value as written (folds kept)
    HeaderNameRole,    ///< QString header field name
    DocumentIndexRole, ///< int index of a case input
    DelaySecondsRole,  ///< qint64 delay to the previous hop, or invalid
    ClockSkewRole,     ///< bool
    FilterTextRole,    ///< QString everything a text filter should match
};

} // namespace Deliverbench::Gui
