#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

struct sqlite3;

namespace tj::gen {

/// The search index (migration 5) and the summary counts (migrations 5, 8 and 10) of a bulk load
/// into an EMPTY database, built set-based at the end instead of row by row: their triggers
/// cost four fifths of a load. Use inside the one transaction of the whole load: set aside
/// drops the triggers, rebuild fills the derived tables from the loaded rows with the
/// migrations' own backfill statements and creates the triggers again from their saved text.
/// A failure rolls the transaction back with the triggers, so no other connection and no crash
/// ever sees the database without them. Tests compare every derived row with a load through
/// the triggers. The ledger import, into a database that is not empty, uses setAside, addCases
/// for the cases it wrote, and restore.
class DerivedTables
{
public:
    /// True when there are no cases and no derived rows (the transaction must be open).
    static Result<bool> empty(sqlite3 *db);

    Result<void> setAside(sqlite3 *db);
    Result<void> rebuild(sqlite3 *db);
    /// Adds the cases `ids` (in the order they were written) to the derived tables of a
    /// database that may hold others, as the triggers would have; while the triggers are set
    /// aside (LedgerBulkWriter).
    Result<void> addCases(sqlite3 *db, const QStringList &ids);
    /// Creates the triggers set aside again.
    Result<void> restore(sqlite3 *db);

private:
    QList<QByteArray> m_triggers; ///< CREATE TRIGGER statements, in their original order
};

} // namespace tj::gen
