#pragma once

#include "common/result.h"

#include <QSqlDatabase>

struct sqlite3;

namespace tj {

/// The raw SQLite handle behind a Qt connection, or null (PostgreSQL, or not open). For what
/// QtSql does not reach: bulk statements, the autocommit state, the file's name.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// The error of the last call on `db` (null: no handle), logged as "`what` failed": a broken
/// constraint is a conflict, anything else a storage error, in the words QtSql's errors get.
Error sqliteError(sqlite3 *db, const char *what);

} // namespace tj
