#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace tj::gen {

/// The search index (migration 5) and the summary counts (migrations 5, 8 and 10) of a bulk load
/// into an EMPTY database, built set-based at the end instead of row by row: their triggers
/// cost four fifths of a load. Use inside the one transaction of the whole load: set aside
/// drops the triggers, rebuild fills the derived tables from the loaded rows with the
/// migrations' own backfill statements and creates the triggers again from their saved text.
/// A failure rolls the transaction back with the triggers, so no other connection and no crash
/// ever sees the database without them. Tests compare every derived row with a load through
/// the triggers. The ledger import uses setAside and restore around rows it derives itself
/// for a database that is not empty.
class DerivedTables
{
public:
    /// True when there are no cases and no derived rows (the transaction must be open).
    static Result<bool> empty(sqlite3 *db);

    Result<void> setAside(sqlite3 *db);
    Result<void> rebuild(sqlite3 *db);
    /// Creates the triggers set aside again, without filling anything (a caller that derived
    /// its own rows, LedgerBulkWriter).
    Result<void> restore(sqlite3 *db);

private:
    QList<QByteArray> m_triggers; ///< CREATE TRIGGER statements, in their original order
};

} // namespace tj::gen
