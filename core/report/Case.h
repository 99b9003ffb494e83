// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Dns {
struct QueryLogEntry;
}

namespace Deliverbench::Report {

/** @short One raw message of a case, byte-exact (docs/case-format.md "inputs.messages"). */
struct CaseMessage
{
    QString name;          ///< file name or label, unique within the case
    QByteArray sha256;     ///< lower-case hex of raw
    QByteArray raw;        ///< the exact bytes (CRLF, NUL and 8-bit octets kept)
};

/** @short A seed list by reference only: never a password, never credentials. */
struct SeedListReference
{
    QString name;
    QString path;
};

/** @short One check run recorded in a case: what ran on which input, its findings and result. */
struct CaseCheck
{
    QString kind;          ///< "inspect", "auth", "domain", "dnsbl", "relay", "placement", "bounce" …
    QString input;         ///< the input's name (a CaseMessage name, a domain, a host, an IP)
    QDateTime ranAt;       ///< UTC
    Findings findings;
    QJsonObject result;    ///< the check's own JSON (the CLI's --format json object)
};

/** @short One DNS answer a check used, with its time (the case's "dnsSnapshot"). */
struct CaseDnsEntry
{
    QString name;
    QString type;          ///< "TXT", "MX" …
    QString server;        ///< empty for overlay answers
    QString answer;        ///< records in presentation form, or the outcome token
    QString outcome;       ///< Dns::outcomeToken()
    int rcode = -1;
    QDateTime time;        ///< UTC, when the lookup started
    qint64 elapsedMs = 0;
    bool fromOverlay = false;
    bool fromCache = false;
    bool authenticated = false;

    QJsonObject toJson() const;
    static CaseDnsEntry fromJson(const QJsonObject& object);
    static CaseDnsEntry fromQueryLog(const Dns::QueryLogEntry& entry);
};

/**
 * @short A ticket's case: inputs, every check's findings and the DNS snapshot
 * (docs/case-format.md, format "deliverbench-case" version 1).
 *
 * Saved as JSON with raw messages in base64, written atomically (QSaveFile): a failed save
 * leaves the previous file intact. Reopening gives back the same bytes and findings.
 */
class Case
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Report::Case)

public:
    static constexpr int kFormatVersion = 1;
    /** @short Files larger than this are refused by open() (hostile or wrong input). */
    static constexpr qint64 kMaxFileSize = qint64(2) << 30;

    QString title;
    QDateTime createdAt;   ///< UTC
    QDateTime modifiedAt;  ///< UTC, set by save()
    QList<CaseMessage> messages;
    QStringList domains;
    QStringList hosts;
    QStringList ips;
    QList<SeedListReference> seedLists;
    QList<CaseCheck> checks;
    QList<CaseDnsEntry> dnsSnapshot;

    /** @short Adds a message (deduplicated by SHA-256); returns the name it is known by in the case. */
    QString addMessage(const QString& name, const QByteArray& raw);
    const CaseMessage* message(QStringView name) const;
    void addDomain(const QString& domain);  ///< lower-cased, deduplicated
    void addHost(const QString& host);      ///< lower-cased, deduplicated
    void addIp(const QString& ip);          ///< deduplicated
    void addSeedList(const SeedListReference& reference);
    /** @short Records a check; an earlier run of the same kind on the same input is replaced. */
    void addCheck(CaseCheck check);
    void addDnsEntries(const QList<CaseDnsEntry>& entries);
    /** @short All findings of all checks, in check order. */
    Findings allFindings() const;

    QJsonObject toJson() const;
    /** @short The file's bytes (indented JSON, UTF-8). */
    QByteArray toBytes() const;
    [[nodiscard]] static Result<Case> fromJson(const QJsonObject& object);
    [[nodiscard]] static Result<Case> fromBytes(const QByteArray& bytes);

    /** @short Atomic save (QSaveFile); sets modifiedAt. The old file survives any failure. */
    [[nodiscard]] Result<void> save(const QString& path);
    [[nodiscard]] static Result<Case> open(const QString& path);

    /** @short The recovery (autosave) file for a case: "<dir>/.<name>.dbcase.recovery" next to it, or
     *  for an unsaved case (empty path) "untitled.dbcase.recovery" in AppLocalDataLocation. */
    static QString recoveryPath(const QString& casePath);
    /** @short Writes the recovery file of casePath (atomically); the case file itself is untouched. */
    [[nodiscard]] Result<void> saveRecovery(const QString& casePath) const;
    /** @short True when a recovery file exists that is newer than the case file (or the case is gone). */
    static bool hasRecovery(const QString& casePath);
    [[nodiscard]] static Result<Case> openRecovery(const QString& casePath);
    static void discardRecovery(const QString& casePath);
};

/**
 * @short What a check subcommand's --case option uses: opens the case file (or starts a new one
 * when it does not exist), collects inputs and results, and saves them atomically in commit().
 */
class CaseAppender
{
public:
    explicit CaseAppender(QString path);

    /** @short Adds a message and the check run on it (findings and the check's JSON). */
    void addMessageCheck(const QString& kind, const QString& name, const QByteArray& raw, const Findings& findings,
                         const QJsonObject& result, const QDateTime& ranAt = QDateTime::currentDateTimeUtc());
    Case& edit() { return m_pending; }

    /** @short Re-reads the file, merges what was added and writes it; an unreadable existing file is an error. */
    [[nodiscard]] Result<void> commit();

private:
    QString m_path;
    Case m_pending;
};

} // namespace Deliverbench::Report
