// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "placement/PlacementResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Deliverbench::Placement {

/** @short One stored run (without its per-seed rows). */
struct HistoryRun
{
    qint64 id = 0;
    QString token;
    QString source;          ///< "imap" or "import:<file name>"
    QDateTime started;
    QDateTime finished;
    PlacementSummary summary;
};

/** @short One point of a provider's trend: the counts of that provider in one run. */
struct TrendPoint
{
    qint64 runId = 0;
    QDateTime started;
    ProviderCounts counts;
};

/**
 * @short Every placement run kept in SQLite (Qt SQL, QSQLITE) at a path the caller chooses.
 *
 * The schema is versioned with PRAGMA user_version (currently 1); open() creates or migrates
 * it and refuses a database written by a newer version. Each instance uses its own named
 * connection, so several histories (and threads, one instance each) do not interfere.
 */
class PlacementHistory
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Placement::PlacementHistory)

public:
    static constexpr int kSchemaVersion = 1;

    explicit PlacementHistory(QString path);
    ~PlacementHistory();
    PlacementHistory(const PlacementHistory&) = delete;
    PlacementHistory& operator=(const PlacementHistory&) = delete;

    [[nodiscard]] Result<void> open();
    /** @short Stores a run and its seed rows in one transaction; returns the run id. */
    [[nodiscard]] Result<qint64> addRun(const QString& token, const QString& source, const QDateTime& started,
                                        const QDateTime& finished, const QList<SeedResult>& results);
    /** @short All runs, oldest first, each with its summary. */
    [[nodiscard]] Result<QList<HistoryRun>> runs();
    /** @short The seed rows of one run (provider, address, placement, folder, error, arrival, delay). */
    [[nodiscard]] Result<QList<SeedResult>> results(qint64 runId);
    /** @short The provider's counts per run, oldest first (runs without the provider are left out). */
    [[nodiscard]] Result<QList<TrendPoint>> trend(const QString& provider);
    int schemaVersion();

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace Deliverbench::Placement
