// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "message/Message.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Report {

enum class DiffKind { Same, Added, Removed, Changed };

/** @short "same", "added", "removed", "changed". */
QString diffKindToken(DiffKind kind);

/** @short One header field occurrence compared (fields of one name aligned oldest-first, from the bottom). */
struct HeaderDiff
{
    DiffKind kind = DiffKind::Same;
    QString name;          ///< as written in A (or B when added)
    int occurrence = 0;    ///< 0 = the oldest (lowest) field of that name
    QString oldValue;      ///< unfolded, RFC 2047 decoded; empty when added
    QString newValue;
};

/** @short One MIME part compared by path (RFC 3501 section numbers). */
struct PartDiff
{
    DiffKind kind = DiffKind::Same;
    QString path;
    QString oldType, newType;
    qint64 oldSize = -1, newSize = -1;   ///< transfer-decoded bytes, -1 when absent
    QByteArray oldSha256, newSha256;     ///< hex of the decoded bytes (leaf parts)
    QStringList lineDiff;                ///< "- line" / "+ line" for text parts, bounded
    bool lineDiffTruncated = false;
};

struct FindingDiff
{
    DiffKind kind = DiffKind::Added;
    QByteArray code;
    Severity severity = Severity::Info;
    QString title;
};

struct MessageDiff
{
    QList<HeaderDiff> headers;     ///< every field; Same entries included (filter for display)
    QList<PartDiff> parts;
    QList<FindingDiff> findings;   ///< only added / removed codes
    bool identical = false;        ///< the raw bytes are equal

    int changeCount() const;
    QJsonObject toJson() const;
    /** @short The human diff (only differences; Received hops oldest-first). */
    QString toText() const;
};

struct DiffOptions
{
    int maxLines = 2000;           ///< per text part for the line diff
    int maxOutputLines = 200;      ///< lines of line diff kept per part
    qsizetype maxTextBytes = 256 * 1024;
};

/** @short Compares two messages: headers, MIME tree, part contents and structure findings (lint). */
MessageDiff diffMessages(const Mail::Message& a, const Mail::Message& b, const DiffOptions& options = {});

/** @short A bounded LCS line diff: "  same", "- removed", "+ added"; empty when the inputs are equal. */
QStringList lineDiff(const QStringList& a, const QStringList& b, int maxOutputLines, bool* truncated = nullptr);

} // namespace Deliverbench::Report
