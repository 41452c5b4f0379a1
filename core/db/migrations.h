#pragma once

#include "common/result.h"

#include <QString>

namespace tj {

class Database;

/// Applies the numbered SQL migrations (resources :/tiaojie/migrations/NNN_*.sql) in order.
/// Each step and its PRAGMA user_version bump run in one transaction. Before upgrading an
/// existing file, it is copied beside itself. A database newer than the program is refused.
/// On PostgreSQL the scripts of migrations/pg/ run instead, the version is kept in the table
/// schema_version, and seats are serialised by a transaction-level advisory lock.
class Migrator
{
public:
    explicit Migrator(Database &database) : m_database(database) {}

    Result<void> migrate();
    /// Highest version this program knows.
    static int latestVersion();
    /// Migrates only up to `version` (tests use it to check upgrade paths).
    Result<void> migrateTo(int version);

private:
    Result<void> applyStep(int version, const QString &script);
    Result<void> migratePostgres(int version);
    Result<void> backupBeforeUpgrade(int fromVersion);

    Database &m_database;
};

} // namespace tj
