#include "derivedtables.h"

#include "bulkwriter.h"

#include <sqlite3.h>

namespace tj::gen {

namespace {
// The triggers that derive rows: the summary counts and the search index. The guards
// (audit log, attachments, transfer custody) stay, and so do the INSTEAD OF triggers of the
// delta views (nothing inserts into those views while the row triggers are gone).
const char kDerivingTriggers[] =
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('cases',"
    " 'parties', 'agreements', 'obligations', 'instalments', 'payments', 'confirmations',"
    " 'case_events', 'referrals') AND"
    " (name LIKE 'stats^_%' ESCAPE '^' OR name LIKE 'case^_fts^_%' ESCAPE '^' OR name LIKE"
    " 'case^_counts^_%' ESCAPE '^') ORDER BY rowid";

// The backfill statements of migrations 5 (case_counts, search index), 8 (stats_counts,
// stats_cycle, stats_due) and 10 (stats_done_case, stats_done), with a temporary staging table
// and, where a load may meet existing rows, upserts that add to them. `@col@` restricts a
// statement to the cases being derived: every case for a load into an empty database, those of
// temp.derived_batch for addCases (scoped()).
const char *const kPerCase[] = {
    "INSERT INTO case_counts (org_code, month, status, category, cases, amount_fen)"
    " SELECT handling_org, substr(received_on, 1, 7), status, category, COUNT(*), SUM(amount_fen)"
    " FROM cases WHERE @id@ GROUP BY 1, 2, 3, 4"
    " ON CONFLICT DO UPDATE SET cases = cases + excluded.cases,"
    " amount_fen = amount_fen + excluded.amount_fen",

    "INSERT INTO case_fts (rowid, body) SELECT d.doc, t.body FROM case_fts_docs d"
    " CROSS JOIN case_search_text t ON t.case_id = d.case_id WHERE @d.case_id@ ORDER BY d.doc",

    // Each organisation with every subtree root it lies in (itself included), looked up by
    // organisation: the summaries add a fact to each of its roots.
    "CREATE TEMP TABLE derived_roots (org TEXT NOT NULL, root TEXT NOT NULL, PRIMARY KEY (org, root))",
    "INSERT INTO temp.derived_roots SELECT o.code, a.code FROM organisations o"
    " JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path",
    "CREATE TEMP TABLE derived_stats_stage (org TEXT, month TEXT, fact TEXT, category TEXT,"
    " source TEXT, cases INTEGER, amount_fen INTEGER, cycle_days INTEGER, agreements INTEGER,"
    " agreement_fen INTEGER, instalments INTEGER, inst_agreements INTEGER)",
    "INSERT INTO temp.derived_stats_stage SELECT registering_org, substr(received_on, 1, 7),"
    " 'registered', category, source, COUNT(*), 0, 0, 0, 0, 0, 0 FROM cases WHERE @id@"
    " GROUP BY 1, 2, 4, 5",
    "INSERT INTO temp.derived_stats_stage"
    " SELECT c.closed_org, substr(c.closed_on, 1, 7), c.status, c.category, c.source, COUNT(*),"
    " SUM(c.amount_fen), SUM(CAST(julianday(c.closed_on) - julianday(c.received_on) AS INTEGER)),"
    " SUM(COALESCE(ag.n, 0)), SUM(COALESCE(ag.fen, 0)), SUM(COALESCE(ins.n, 0)),"
    " SUM(CASE WHEN ins.n > 0 AND ag.n > 0 THEN 1 ELSE 0 END)"
    " FROM cases c"
    " LEFT JOIN (SELECT case_id, COUNT(*) AS n, SUM(amount_fen) AS fen FROM agreements"
    "            WHERE @case_id@ GROUP BY case_id) ag ON ag.case_id = c.id AND c.status = 'settled'"
    " LEFT JOIN (SELECT o.case_id, COUNT(*) AS n FROM obligations o"
    "            JOIN instalments i ON i.obligation_id = o.id WHERE @o.case_id@"
    "            GROUP BY o.case_id) ins"
    "        ON ins.case_id = c.id AND c.status = 'settled' AND ag.n > 0"
    " WHERE @c.id@ AND c.closed_org IS NOT NULL AND c.closed_on IS NOT NULL"
    "   AND c.status IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted')"
    " GROUP BY 1, 2, 3, 4, 5",
    "INSERT INTO temp.derived_stats_stage SELECT before_org, substr(on_date, 1, 7), 'accepted',"
    " NULL, NULL, COUNT(*), 0, 0, 0, 0, 0, 0 FROM case_events WHERE action = 'accept' AND"
    " before_org IS NOT NULL AND @case_id@ GROUP BY 1, 2",
    "INSERT INTO temp.derived_stats_stage SELECT from_org, substr(sent_on, 1, 7), kind, NULL, NULL,"
    " COUNT(*), 0, 0, 0, 0, 0, 0 FROM referrals WHERE @case_id@ GROUP BY 1, 2, 3",
    "INSERT INTO stats_counts (org_code, grain, fact, dim, period, value, cases, amount_fen,"
    " cycle_days, agreements, agreement_fen, instalments, inst_agreements)"
    " SELECT r.root, g.grain, s.fact, d.dim, substr(s.month, 1, g.len),"
    " CASE d.dim WHEN 'c' THEN s.category WHEN 's' THEN s.source ELSE '' END,"
    " SUM(s.cases), SUM(s.amount_fen), SUM(s.cycle_days), SUM(s.agreements),"
    " SUM(s.agreement_fen), SUM(s.instalments), SUM(s.inst_agreements)"
    " FROM temp.derived_stats_stage s"
    " CROSS JOIN temp.derived_roots r ON r.org = s.org"
    " CROSS JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g"
    " CROSS JOIN (SELECT '' AS dim UNION ALL SELECT 'c' UNION ALL SELECT 's') d"
    " WHERE d.dim = '' OR (d.dim = 'c' AND s.category IS NOT NULL)"
    "    OR (d.dim = 's' AND s.source IS NOT NULL)"
    " GROUP BY 1, 2, 3, 4, 5, 6"
    " ON CONFLICT DO UPDATE SET cases = cases + excluded.cases,"
    " amount_fen = amount_fen + excluded.amount_fen,"
    " cycle_days = cycle_days + excluded.cycle_days,"
    " agreements = agreements + excluded.agreements,"
    " agreement_fen = agreement_fen + excluded.agreement_fen,"
    " instalments = instalments + excluded.instalments,"
    " inst_agreements = inst_agreements + excluded.inst_agreements",
    "DROP TABLE temp.derived_stats_stage",

    "INSERT INTO stats_cycle (org_code, grain, period, fact, days, cases)"
    " SELECT r.root, g.grain, substr(s.month, 1, g.len), s.fact, s.days, SUM(s.n)"
    " FROM (SELECT closed_org AS org, substr(closed_on, 1, 7) AS month, status AS fact,"
    "             CAST(julianday(closed_on) - julianday(received_on) AS INTEGER) AS days,"
    "             COUNT(*) AS n"
    "      FROM cases"
    "      WHERE @id@ AND closed_org IS NOT NULL AND closed_on IS NOT NULL"
    "        AND +status IN ('settled', 'failed', 'withdrawn', 'filed', 'not_accepted')"
    "      GROUP BY 1, 2, 3, 4) s"
    " CROSS JOIN temp.derived_roots r ON r.org = s.org"
    " CROSS JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g"
    " WHERE true GROUP BY 1, 2, 3, 4, 5"
    " ON CONFLICT DO UPDATE SET cases = cases + excluded.cases",
    "DROP TABLE temp.derived_roots",
};

// For a load into an empty database, set-based over the summaries' per-case views.
const char *const kWholeDue[] = {
    "INSERT INTO stats_due (org_code, grain, period, due_month, instalments, last_agreements)"
    " SELECT a.code, g.grain, substr(s.on_date, 1, g.len), substr(s.due_on, 1, 7), SUM(s.n),"
    " SUM(s.last_agreements)"
    " FROM stats_case_due s"
    " JOIN organisations o ON o.code = s.org"
    " JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path"
    " JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g"
    " GROUP BY 1, 2, 3, 4",

    "INSERT INTO stats_done_case (case_id, done_on, org, closed_on, instalments, agreements)"
    " SELECT case_id, done_on, MIN(org), MIN(closed_on), SUM(instalments), SUM(agreements)"
    " FROM stats_case_done GROUP BY case_id, done_on",
    "INSERT INTO stats_done (org_code, grain, period, done_month, instalments, agreements)"
    " SELECT a.code, g.grain, substr(s.closed_on, 1, g.len), substr(s.done_on, 1, 7),"
    " SUM(s.instalments), SUM(s.agreements)"
    " FROM stats_done_case s"
    " JOIN organisations o ON o.code = s.org"
    " JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path"
    " JOIN (SELECT 'y' AS grain, 4 AS len UNION ALL SELECT 'm', 7) g"
    " GROUP BY 1, 2, 3, 4",
};

// For some cases, one at a time through the delta views the triggers use (the per-case views
// are searched by case; a set-based pass would read every case's rows).
const char kDueOfCase[] =
    "INSERT INTO stats_due_delta (org, on_date, due_on, instalments, last_agreements)"
    " SELECT org, on_date, due_on, n, last_agreements FROM stats_case_due WHERE case_id = ?1";
const char kDoneOfCase[] = "INSERT INTO stats_done_refresh (case_id) VALUES (?1)";

/// `sql` with every `@col@` made "1" (all cases) or "col IN (the batch)".
QByteArray scoped(const char *sql, bool batch)
{
    QByteArray out(sql);
    for (qsizetype at = out.indexOf('@'); at >= 0; at = out.indexOf('@', at)) {
        const qsizetype end = out.indexOf('@', at + 1);
        const QByteArray column = out.mid(at + 1, end - at - 1);
        const QByteArray with =
            batch ? column + " IN (SELECT case_id FROM temp.derived_batch)" : QByteArray("1");
        out.replace(at, end - at + 1, with);
        at += with.size();
    }
    return out;
}

Error error(sqlite3 *db)
{
    return sqliteError(db, "deriving tables");
}
} // namespace

Result<bool> DerivedTables::empty(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    const char sql[] = "SELECT EXISTS (SELECT 1 FROM cases) OR EXISTS (SELECT 1 FROM case_fts_docs)"
                       " OR EXISTS (SELECT 1 FROM case_counts) OR EXISTS (SELECT 1 FROM stats_counts)"
                       " OR EXISTS (SELECT 1 FROM stats_cycle) OR EXISTS (SELECT 1 FROM stats_due)"
                       " OR EXISTS (SELECT 1 FROM stats_done_case) OR EXISTS (SELECT 1 FROM stats_done)";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return error(db);
    const int rc = sqlite3_step(stmt);
    const bool any = rc == SQLITE_ROW && sqlite3_column_int(stmt, 0) != 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return error(db);
    return !any;
}

Result<void> DerivedTables::setAside(sqlite3 *db)
{
    m_triggers.clear();
    QList<QByteArray> names;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, kDerivingTriggers, -1, &stmt, nullptr) != SQLITE_OK)
        return error(db);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        names.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        m_triggers.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return error(db);
    for (const QByteArray &name : std::as_const(names))
        TJ_TRY(execRaw(db, QByteArray("DROP TRIGGER \"" + name + "\"").constData()));
    return {};
}

Result<void> DerivedTables::rebuild(sqlite3 *db)
{
    // Search documents numbered in the order the cases were inserted, as the trigger numbers them.
    TJ_TRY(execRaw(db, "INSERT INTO case_fts_docs (case_id) SELECT id FROM cases ORDER BY rowid"));
    for (const char *sql : kPerCase)
        TJ_TRY(execRaw(db, scoped(sql, false).constData()));
    for (const char *sql : kWholeDue)
        TJ_TRY(execRaw(db, sql));
    return restore(db);
}

Result<void> DerivedTables::addCases(sqlite3 *db, const QStringList &ids)
{
    TJ_TRY(execRaw(db, "CREATE TEMP TABLE IF NOT EXISTS derived_batch"
                       " (seq INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE)"));
    TJ_TRY(execRaw(db, "DELETE FROM temp.derived_batch"));
    {
        BulkStatement add(db, "INSERT INTO temp.derived_batch (case_id) VALUES (?1)");
        BulkStatement due(db, kDueOfCase);
        BulkStatement done(db, kDoneOfCase);
        for (const QString &id : ids) {
            TJ_TRY(add.exec({id}));
            TJ_TRY(due.exec({id}));
            TJ_TRY(done.exec({id}));
        }
    }
    TJ_TRY(execRaw(db, "INSERT INTO case_fts_docs (case_id) SELECT case_id FROM temp.derived_batch"
                       " ORDER BY seq"));
    for (const char *sql : kPerCase)
        TJ_TRY(execRaw(db, scoped(sql, true).constData()));
    return execRaw(db, "DROP TABLE temp.derived_batch");
}

Result<void> DerivedTables::restore(sqlite3 *db)
{
    for (const QByteArray &sql : std::as_const(m_triggers))
        TJ_TRY(execRaw(db, sql.constData()));
    m_triggers.clear();
    return {};
}

} // namespace tj::gen
