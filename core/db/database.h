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

    /// Opens (creating if needed) and migrates an SQLite database file.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
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

    /// Default location of the embedded database in the user's data directory.
    static QString defaultPath();

private:
    Database(Backend backend, QString path);
    Result<void> configure(QSqlDatabase &db);
    Result<QSqlDatabase> openConnection(const QString &name);
    QString threadConnectionName() const;

    Backend m_backend;
    QString m_path;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
    bool m_checked = false;
};

} // namespace tj
