// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Deliverbench {

enum class Severity { Pass = 0, Info = 1, Warning = 2, Error = 3 };

/** @short "pass", "info", "warning", "error": the stable token used in JSON and by scripts. */
QString severityToken(Severity severity);
/** @short Parses a token back; returns false for an unknown one. */
bool severityFromToken(QStringView token, Severity* out);

/**
 * @short One result of a check (DESIGN.md "One result type: the Finding").
 *
 * `code` is stable and documented in docs/findings.md; it is never renamed once released.
 * Texts are translated at creation (tr()); JSON output is produced under the C locale by
 * the CLI, so scripts see English.
 */
struct Finding
{
    QByteArray code;               ///< e.g. "MIME.ALT_HTML_ONLY"
    Severity severity = Severity::Info;
    QString title;                 ///< one line
    QString detail;                ///< explanation with the concrete values
    QString evidence;              ///< the bytes or record the finding rests on, quoted
    QString reference;             ///< e.g. "RFC 2046 §5.1.4"
    QString remedy;                ///< what to do about it
    QString rule;                  ///< matching SpamAssassin / rspamd rule names, if any
    QString partPath;              ///< MIME part ("1.2") the finding is about, if any
    qint64 offset = -1;            ///< byte offset of the evidence in the raw input, -1 if none
    qint64 length = 0;             ///< length of the evidence range in bytes

    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject& object);
};

using Findings = QList<Finding>;

/** @short The highest severity in the list (Pass for an empty list). */
Severity worstSeverity(const Findings& findings);

} // namespace Deliverbench
