// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspect/InspectedMessage.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Deliverbench::Cli {

/** @short Counts for the final summary line of a text report. */
struct TextTotals
{
    int messages = 0;
    int parts = 0;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int messagesWithErrors = 0;
};

/**
 * @short The human report of inspect: headline fields, MIME outline, Received timeline,
 * DSN recipients and findings grouped by severity. ANSI colour only when `colour` is set.
 * Every text taken from the message is made printable (control characters, including ESC,
 * never reach the terminal).
 */
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Cli::TextReport)

public:
    TextReport(QTextStream& out, bool colour);

    void writeMessage(const InspectedMessage& inspected);
    /** @short The one summary line of the whole run (after the last message). */
    void writeSummary();
    const TextTotals& totals() const { return m_totals; }

    /** @short Replaces control characters (C0, DEL, C1) by U+FFFD; newlines and tabs only when `keepLines`. */
    static QString printable(const QString& text, bool keepLines = false);
    /** @short "3 s", "2 min 5 s", "1 h 0 min", "2 d 3 h". */
    static QString formatDuration(qint64 seconds);

private:
    enum class Style { Heading, Error, Warning, Info, Pass, Dim };
    QString styled(const QString& text, Style style) const;
    QString severityLabel(Severity severity) const;
    void writeMimeTree(const InspectedMessage& inspected);
    void writeReceived(const InspectedMessage& inspected);
    void writeDsn(const InspectedMessage& inspected);
    void writeFindings(const InspectedMessage& inspected);

    QTextStream& m_out;
    bool m_colour;
    TextTotals m_totals;
};

} // namespace Deliverbench::Cli
