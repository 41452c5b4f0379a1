#pragma once

#include <QSqlDatabase>
#include <QString>

/// The few places where the SQL of SQLite (the embedded default) and of PostgreSQL (a shared
/// office server) differ. Everything else in core/ is written once, in SQL both accept: upsert
/// with ON CONFLICT, RETURNING, CAST, COALESCE, substr/length, subqueries with an alias.
/// PostgreSQL databases are created with the C collation, so text sorts by code point on both.
namespace tj::dialect {

inline bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

/// Whole days from the ISO date text `from` to the ISO date text `to` (a number).
inline QString daysBetween(const QSqlDatabase &db, const QString &from, const QString &to)
{
    if (isPostgres(db))
        return QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(from, to);
    return QStringLiteral("(julianday(%2) - julianday(%1))").arg(from, to);
}

/// The text `column` with ASCII letters lower-cased and nothing else changed: compared with
/// LIKE to a lower-cased pattern it gives SQLite's LIKE (ASCII letters without case) on both.
inline QString asciiLowerColumn(const QSqlDatabase &db, const QString &column)
{
    if (isPostgres(db))
        return QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                              " 'abcdefghijklmnopqrstuvwxyz')").arg(column);
    return column;
}

/// The expression `column` hidden from the planner's index choice (SQLite's unary plus); on
/// PostgreSQL the expression itself.
inline QString withoutIndex(const QSqlDatabase &db, const QString &column)
{
    return isPostgres(db) ? column : u'+' + column;
}

/// `left` joined to `right` (a table and its ON condition) with `left` kept as the outer
/// loop: SQLite's CROSS JOIN … ON; PostgreSQL's planner chooses by itself.
inline QString outerFirstJoin(const QSqlDatabase &db, const QString &left, const QString &right)
{
    return left + (isPostgres(db) ? QStringLiteral(" JOIN ") : QStringLiteral(" CROSS JOIN ")) + right;
}

/// A SELECT of the audit trail's id counter (column seq; no row before the first entry):
/// SQLite's AUTOINCREMENT record, or the counter table a trigger keeps on PostgreSQL. Both
/// roll back with their transaction, so a cut-off end of the trail stays visible.
inline QString auditCounterSql(const QSqlDatabase &db)
{
    if (isPostgres(db))
        return QStringLiteral("SELECT seq FROM audit_log_counter");
    return QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
}

/// The key of the transaction-level advisory lock every PostgreSQL writer takes first: the
/// server's counterpart of SQLite's single writer (BEGIN IMMEDIATE).
constexpr qint64 kWriterLock = 0x546a5772; // "TjWr"
/// The key that serialises schema migrations across seats starting at once.
constexpr qint64 kMigrationLock = 0x546a4d67; // "TjMg"

} // namespace tj::dialect
