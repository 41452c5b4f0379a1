#pragma once

#include "common/result.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace tj {

/// Owns the database file and hands out one named connection per thread.
/// On open it sets WAL, foreign keys and a busy timeout, runs quick_check,
/// and applies the numbered migrations (copying the file first).
class Database
{
public:
    enum class Backend { Sqlite };
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
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The calling thread's connection, opened and configured on first use.
    QSqlDatabase connection();
    /// Closes the calling thread's connection; worker threads call it before they end.
    void closeThreadConnection();
    Backend backend() const { return m_backend; }
    QString path() const { return m_path; }
    /// Schema version the file has after opening.
    int schemaVersion();
    /// PRAGMA quick_check on the calling thread's connection: a Storage error naming the damage
    /// and the way out (restore a backup) when the file is not sound.
    Result<void> quickCheck();

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
};

} // namespace tj
