#pragma once

#include "common/result.h"
#include "db/sqlitehandle.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace tj::gen {

/// One prepared statement on the raw SQLite handle, re-used for every row of a bulk load.
/// Values bind by position; a null QVariant or a null QString binds NULL.
class BulkStatement
{
public:
    BulkStatement(sqlite3 *db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    Result<void> exec(std::initializer_list<QVariant> values);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/// Runs statements without results (BEGIN, COMMIT, PRAGMA …).
Result<void> execRaw(sqlite3 *db, const char *sql);

} // namespace tj::gen
