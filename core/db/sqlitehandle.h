#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace tj {

/// The raw SQLite handle behind a Qt connection, or null (PostgreSQL, or not open). For what
/// QtSql does not reach: bulk statements, the autocommit state, the file's name.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace tj
