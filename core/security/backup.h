#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace tj {

class Database;

/// What verifying a backup found.
struct BackupCheck
{
    int schemaVersion = 0;
    qint64 cases = 0;
    qint64 auditEntries = 0;
    QString auditHead;
};

/// Backups with `VACUUM INTO` (a consistent copy even while others write): on demand, daily into
/// a configurable folder with rotation, and (in Migrator) before every upgrade. A backup is
/// written to a temporary name and renamed, so a file with a backup's name is always whole.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    explicit BackupService(Database &db) : m_db(db) {}

    /// Writes a backup to `out` (refuses to overwrite an existing file). Audited.
    Result<QString> backup(const Actor &actor, const QString &out);
    /// The daily backup: when a folder is set (setting backup.folder) and today's file
    /// tiaojie-YYYY-MM-DD.sqlite is missing, writes it and keeps the newest backup.keep files.
    /// Returns the file written, or nothing when none was due. The GUI calls it at start and
    /// when idle; scripts call `tiaojie-cli backup --daily`.
    Result<std::optional<QString>> runDaily(const QDate &today = QDate::currentDate());

    /// Opens a copy of a candidate file and checks it: integrity_check, schema version, and the
    /// audit chain.
    static Result<BackupCheck> verify(const QString &candidate);
    /// Replaces the database `target` with the backup `candidate` after verifying it. The
    /// acting user signs in against the backup's own accounts (the current database may be
    /// damaged) and must be an administrator or security officer. The replaced file is kept
    /// beside it as TARGET.replaced-STAMP. No program may have `target` open.
    static Result<BackupCheck> restore(const QString &candidate, const QString &target,
                                       const QString &login,
                                       const std::function<QString()> &password);

private:
    Result<void> writeCopy(const QString &out);
    /// Why a seat on a PostgreSQL server makes no backup of its own.
    static Result<void> serverRefusal();

    Database &m_db;
};

/// fsync of a file and of a folder (so a rename survives a power cut).
bool syncFile(const QString &path);
bool syncFolder(const QString &path);

} // namespace tj
