// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "report/AuthDiff.h"
#include "report/Case.h"
#include "message/Message.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Report::MessageDiff)

public:
    QList<HeaderDiff> headers;     ///< every field; Same entries included (filter for display)
    QList<PartDiff> parts;
    QList<FindingDiff> findings;   ///< only added / removed codes
    DkimImpact dkim;               ///< what the changes mean for A's DKIM signatures (offline, RFC 6376)
    bool identical = false;        ///< the raw bytes are equal

    int changeCount() const;
    /** @short {"identical", "changes", "headers", "parts", "findings", "dkimImpact"}. */
    QJsonObject toJson() const;
    /** @short The human diff (only differences; Received hops oldest-first), then the DKIM impact. */
    QString toText() const;
};

struct DiffOptions
{
    int maxLines = 2000;           ///< per text part for the line diff
    int maxOutputLines = 200;      ///< lines of line diff kept per part
    qsizetype maxTextBytes = 256 * 1024;
    bool dkimImpact = true;        ///< fill MessageDiff::dkim (DkimImpact::analyze)
};

/** @short Compares two messages: headers, MIME tree, part contents, structure findings (lint) and the
 *  DKIM impact (synchronous, no DNS; the verdict diff is AuthDiff's runAuthDiff()). */
MessageDiff diffMessages(const Mail::Message& a, const Mail::Message& b, const DiffOptions& options = {});

/** @short A bounded LCS line diff: "  same", "- removed", "+ added"; empty when the inputs are equal. */
QStringList lineDiff(const QStringList& a, const QStringList& b, int maxOutputLines, bool* truncated = nullptr);

/** @short One row of a side-by-side view: a line of A and/or a line of B. */
struct SideBySideRow
{
    DiffKind kind = DiffKind::Same;  ///< Changed: both sides differ; Removed: only A; Added: only B
    QString left;
    QString right;
    bool hasLeft = true;
    bool hasRight = true;
};

/**
 * @short Aligns two texts line by line for a side-by-side view (lineDiff() on the part between the
 * common prefix and suffix; a run of removed lines facing a run of added lines pairs up as Changed).
 * At most `maxRows` rows; `truncated` says when more were cut.
 */
QList<SideBySideRow> sideBySide(const QStringList& a, const QStringList& b, int maxRows = 20000,
                                bool* truncated = nullptr);

/** @short The decoded text of the part at `path` (as PartDiff::path) split into lines, bounded by
 *  `options`; nullopt when there is no such part or it is not a text/ leaf. */
std::optional<QStringList> partTextLines(const Mail::Message& message, const QString& path,
                                         const DiffOptions& options = {});

/**
 * @short The diff as findings (findings dock, case): lint codes only in B (their severity) or only
 * in A (info), and DIFF.VERDICT_FLIPPED / DIFF.VERDICT_ONLY_IN_A / DIFF.VERDICT_ONLY_IN_B for the
 * authentication verdicts (docs/findings.md "Message diff").
 */
Findings diffFindings(const MessageDiff& diff, const AuthDiff& auth, const QString& labelA, const QString& labelB);

/**
 * @short The case record of a diff: kind "diff", input "A ↔ B", result {"a": {"name", "sha256"},
 * "b": {…}, "diff": MessageDiff::toJson(), "auth": AuthDiff::toJson()}.
 */
CaseCheck diffCaseCheck(const QString& nameA, const QByteArray& rawA, const QString& nameB, const QByteArray& rawB,
                        const MessageDiff& diff, const AuthDiff& auth, const Findings& findings);

} // namespace Deliverbench::Report
