#pragma once

#include "common/result.h"

#include <QLoggingCategory>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace tj {

class WalCheckpointer;

/// Owns the database (an SQLite file, or a PostgreSQL database on a shared server) and hands
/// out one named connection per thread. On open of a file it sets WAL, foreign keys and a busy
/// timeout, runs quick_check, and applies the numbered migrations (copying the file first); on
/// a server it applies the PostgreSQL migrations, serialised across seats.
class Database
{
public:
    enum class Backend { Sqlite, Postgres };
    /// When the file's structure is checked (PRAGMA quick_check reads the whole file).
    enum class IntegrityCheck {
        AtOpen,  ///< before opening succeeds (the default; the command line, tests)
        Deferred ///< the caller runs quickCheck() itself, e.g. on a worker thread after start
    };
    /// Above this size the workstation checks the file in the background after its window
    /// shows: reading 8 GB takes half a minute on a laptop disk.
    static constexpr qint64 kCheckInBackgroundAbove = qint64(256) * 1024 * 1024;

    /// Opens (creating if needed) and migrates an SQLite database file.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path,
                                                        IntegrityCheck check = IntegrityCheck::AtOpen);
    /// Connects to a PostgreSQL server given a libpq keyword/value string ("host=… port=…
    /// dbname=… user=… password=… sslmode=…") and migrates the database. Nothing else differs
    /// for the caller: the same services, checks and audit trail run on it.
    static Result<std::unique_ptr<Database>> openPostgres(const QString &conninfo);
    /// The parts of a keyword/value connection string, or a Usage error naming what is wrong.
    static Result<QList<QPair<QString, QString>>> parseConninfo(const QString &conninfo);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The calling thread's connection, opened and configured on first use.
    QSqlDatabase connection();
    /// Closes the calling thread's connection; worker threads call it before they end.
    void closeThreadConnection();
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    /// The SQLite file, or for a server "postgresql://user@host:port/dbname" (no password).
    QString path() const { return m_path; }
    /// Schema version the file has after opening.
    int schemaVersion();
    /// PRAGMA quick_check on the calling thread's connection: a Storage error naming the damage
    /// and the way out (restore a backup) when the file is not sound. A server's storage is
    /// the server's to check: on PostgreSQL this is a Usage error saying so.
    Result<void> quickCheck();

    /// Moves this process's WAL checkpoints to a thread of their own (WalCheckpointer): the
    /// calling thread's connection and every connection opened afterwards stop checkpointing
    /// when they commit. For the long-running workstation; the command line keeps SQLite's
    /// checkpoint on commit. A no-op on PostgreSQL and for an in-memory database.
    Result<void> startBackgroundCheckpoints(int intervalMs = 1000);
    /// The checkpointing thread, when started.
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    /// Default location of the embedded database in the user's data directory.
    static QString defaultPath();

private:
    Database(Backend backend, QString path);
    Result<void> configure(QSqlDatabase &db);
    Result<void> checkStructure(QSqlDatabase &db);
    Result<QSqlDatabase> openConnection(const QString &name);
    /// The calling thread's connection, or why it cannot be opened and configured.
    Result<QSqlDatabase> checkedConnection();
    QString threadConnectionName() const;

    Backend m_backend;
    QString m_path;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
    bool m_checked = false;
    bool m_backgroundCheckpoints = false;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< stopped first in the destructor
    QList<QPair<QString, QString>> m_conninfo; ///< PostgreSQL: keyword/value pairs
};

} // namespace tj
