// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/PlacementHistory.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Deliverbench::Placement {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

tl::unexpected<Error> sqlError(const QString& what, const QSqlError& error)
{
    return makeError(Error::Kind::Io, PlacementHistory::tr("placement history: %1: %2").arg(what, error.text()));
}

} // namespace

PlacementHistory::PlacementHistory(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("deliverbench-placement-history-%1").arg(++s_connectionCounter))
{
}

PlacementHistory::~PlacementHistory()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int PlacementHistory::schemaVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> PlacementHistory::open()
{
    if (m_open)
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(Error::Kind::Internal, tr("the Qt SQLite driver (QSQLITE) is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return sqlError(tr("cannot open %1").arg(m_path), db.lastError());
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const int version = schemaVersion();
    if (version > kSchemaVersion)
        return makeError(Error::Kind::InvalidInput,
                         tr("placement history %1 has schema version %2; this version reads up to %3")
                             .arg(m_path)
                             .arg(version)
                             .arg(kSchemaVersion));
    if (version < 1) {
        if (!db.transaction())
            return sqlError(tr("begin"), db.lastError());
        const QStringList statements{
            QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, token TEXT NOT NULL, "
                           "source TEXT NOT NULL, started TEXT NOT NULL, finished TEXT)"),
            QStringLiteral("CREATE TABLE results (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, "
                           "seq INTEGER NOT NULL, provider TEXT NOT NULL, address TEXT, placement TEXT NOT NULL, "
                           "folder TEXT, error TEXT, error_kind TEXT, arrival TEXT, delay_seconds INTEGER)"),
            QStringLiteral("CREATE INDEX results_run ON results(run_id)"),
            QStringLiteral("CREATE INDEX results_provider ON results(provider)"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString& statement : statements) {
            if (!q.exec(statement)) {
                const QSqlError error = q.lastError();
                db.rollback();
                return sqlError(tr("creating the schema"), error);
            }
        }
        if (!db.commit())
            return sqlError(tr("commit"), db.lastError());
    }
    m_open = true;
    return {};
}

Result<qint64> PlacementHistory::addRun(const QString& token, const QString& source, const QDateTime& started,
                                        const QDateTime& finished, const QList<SeedResult>& results)
{
    if (!m_open)
        return makeError(Error::Kind::Internal, tr("placement history is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(tr("begin"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO runs (token, source, started, finished) VALUES (?, ?, ?, ?)"));
    q.addBindValue(token);
    q.addBindValue(source);
    q.addBindValue(started.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(finished.isValid() ? QVariant(finished.toUTC().toString(Qt::ISODateWithMs)) : QVariant());
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        db.rollback();
        return sqlError(tr("storing the run"), error);
    }
    const qint64 runId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO results (run_id, seq, provider, address, placement, folder, error, error_kind, "
                             "arrival, delay_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int seq = 0;
    for (const SeedResult& r : results) {
        q.addBindValue(runId);
        q.addBindValue(seq++);
        q.addBindValue(r.seed.provider);
        q.addBindValue(r.seed.address);
        q.addBindValue(r.placementText());
        q.addBindValue(r.folder);
        q.addBindValue(r.error);
        q.addBindValue(r.errorKind);
        q.addBindValue(r.arrival.isValid() ? QVariant(r.arrival.toUTC().toString(Qt::ISODate)) : QVariant());
        q.addBindValue(r.delaySeconds ? QVariant(qlonglong(*r.delaySeconds)) : QVariant());
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return sqlError(tr("storing a seed result"), error);
        }
    }
    if (!db.commit())
        return sqlError(tr("commit"), db.lastError());
    return runId;
}

Result<QList<SeedResult>> PlacementHistory::results(qint64 runId)
{
    if (!m_open)
        return makeError(Error::Kind::Internal, tr("placement history is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT provider, address, placement, folder, error, error_kind, arrival, delay_seconds "
                             "FROM results WHERE run_id = ? ORDER BY seq"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(tr("reading results"), q.lastError());
    QList<SeedResult> out;
    while (q.next()) {
        SeedResult r;
        r.seed.provider = q.value(0).toString();
        r.seed.address = q.value(1).toString();
        if (!placementFromToken(q.value(2).toString(), &r.placement, &r.tab))
            r.placement = PlacementKind::Error;
        r.folder = q.value(3).toString();
        r.error = q.value(4).toString();
        r.errorKind = q.value(5).toString();
        if (!q.value(6).isNull())
            r.arrival = QDateTime::fromString(q.value(6).toString(), Qt::ISODate).toUTC();
        if (!q.value(7).isNull())
            r.delaySeconds = q.value(7).toLongLong();
        out.append(std::move(r));
    }
    return out;
}

Result<QList<HistoryRun>> PlacementHistory::runs()
{
    if (!m_open)
        return makeError(Error::Kind::Internal, tr("placement history is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, token, source, started, finished FROM runs ORDER BY started, id")))
        return sqlError(tr("reading runs"), q.lastError());
    QList<HistoryRun> out;
    while (q.next()) {
        HistoryRun run;
        run.id = q.value(0).toLongLong();
        run.token = q.value(1).toString();
        run.source = q.value(2).toString();
        run.started = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC();
        if (!q.value(4).isNull())
            run.finished = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toUTC();
        out.append(run);
    }
    for (HistoryRun& run : out) {
        auto rows = results(run.id);
        if (!rows)
            return tl::unexpected(rows.error());
        run.summary = PlacementSummary::fromResults(*rows);
    }
    return out;
}

Result<QList<TrendPoint>> PlacementHistory::trend(const QString& provider)
{
    auto all = runs();
    if (!all)
        return tl::unexpected(all.error());
    QList<TrendPoint> points;
    for (const HistoryRun& run : std::as_const(*all)) {
        for (const ProviderCounts& row : run.summary.rows) {
            if (row.provider == provider) {
                points.append(TrendPoint{run.id, run.started, row});
                break;
            }
        }
    }
    return points;
}

} // namespace Deliverbench::Placement
