// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "report/BatchSummary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Deliverbench::Gui {

/** @short One bounced recipient of a batch row: the cause token (report/Bounce.h) and the receiving domain. */
struct BatchBounce
{
    QString cause;   ///< bounceCauseToken(): "unknown-user", "mailbox-full", …
    QString domain;  ///< lower case, "" when unknown
};

/**
 * @short What the Batch view keeps of one message: a short summary and where its bytes are
 * (file, offset, length). The message itself is never kept, so a 1 GB mbox costs only its rows.
 */
struct BatchRow
{
    int index = 0;              ///< 0-based position in the batch
    QString file;               ///< the file holding the message (mbox, Maildir file, .eml)
    qint64 offset = 0;          ///< first byte of the message in `file` (after any mbox From_ line)
    qint64 length = 0;          ///< message bytes
    QDateTime date;             ///< Date: (UTC), invalid when absent or unreadable
    QString from;               ///< From: address (or the raw value when it does not parse)
    QString fromDomain;         ///< lower case
    QString subject;            ///< decoded (RFC 2047), bounded
    QStringList dkimDomains;    ///< d= of every DKIM-Signature, lower case, header order
    Severity worst = Severity::Pass; ///< worst structure-lint finding
    int findingCount = 0;
    QList<BatchBounce> bounces; ///< DSN records (RFC 3464) or bounce-text records; empty: not a bounce
    // Authentication verdicts (RFC 8601 result tokens); empty while not checked.
    QString spf;
    QString dkim;
    QString dmarc;
};

/**
 * @short The Batch view's table: one row per message of an mbox, Maildir or folder of .eml files.
 *
 * Columns are sortable through BatchFilterProxyModel (SortRole holds the typed value).
 */
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IndexColumn,
        DateColumn,
        FromColumn,
        SubjectColumn,
        FromDomainColumn,
        DkimDomainColumn,
        SpfColumn,
        DkimColumn,
        DmarcColumn,
        BounceCauseColumn,
        ReceivingDomainColumn,
        SeverityColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 300, ///< typed value for sorting
        VerdictKeysRole,               ///< QStringList "severity:error", "dkim:none", "dmarc:fail", "cause:policy", "bounce"
        RowIndexRole,                  ///< int index into rows()
    };

    explicit BatchTableModel(QObject* parent = nullptr);

    void clear();
    void appendRows(const QList<BatchRow>& rows);
    /** @short Sets the authentication verdicts of a row (tokens; empty = unknown). */
    void setVerdicts(int row, const QString& spf, const QString& dkim, const QString& dmarc);
    /** @short True once any row carries an authentication verdict (the summary then groups by DMARC). */
    bool hasVerdicts() const { return m_verdictRows > 0; }
    const QList<BatchRow>& rows() const { return m_rows; }
    const BatchRow& row(int index) const { return m_rows.at(index); }
    /** @short Replaces every row (a batch restored from a case). */
    void setRows(const QList<BatchRow>& rows);

    /**
     * @short What core/report/BatchSummary counts of a row, the same as the CLI's `--summary`:
     * the verdict is the DMARC result once verdicts are checked (`auth --summary`; "pending" while
     * a row waits), else the worst finding's severity (`inspect --summary`).
     */
    static Report::BatchEntry batchEntry(const BatchRow& row, bool verdicts);
    Report::BatchEntry batchEntry(int row) const { return batchEntry(m_rows.at(row), hasVerdicts()); }
    /** @short The summary of every row through core/report/BatchSummary. */
    Report::BatchSummary summary() const;

    /** @short A row as saved in a case ("batch" check, docs/case-format.md). */
    static QJsonObject rowToJson(const BatchRow& row);
    /** @short The row of rowToJson(); strings are bounded (the case file is untrusted). */
    static BatchRow rowFromJson(const QJsonObject& object);

    /** @short Translated label of a verdict key ("severity:error", "dmarc:fail"…). */
    static QString verdictKeyLabel(const QString& key);
    /** @short The keys a row matches in the verdict filter. */
    static QStringList verdictKeys(const BatchRow& row);
    /** @short One CSV line of the visible columns of a row (RFC 4180 quoting). */
    QStringList csvFields(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString causesText(const BatchRow& row) const;
    QString receivingText(const BatchRow& row) const;

    QList<BatchRow> m_rows;
    int m_verdictRows = 0;
};

} // namespace Deliverbench::Gui
