#include "migrations.h"

#include "database.h"
#include "dialect.h"
#include "query.h"
#include "sqlitehandle.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <sqlite3.h>

namespace tj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The SQLite scripts, or their PostgreSQL counterparts in pg/.
QMap<int, QString> migrationFiles(bool postgres = false)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    QMap<int, QString> files;
    const QDir dir(postgres ? QStringLiteral(":/tiaojie/migrations/pg")
                            : QStringLiteral(":/tiaojie/migrations"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = re.match(name);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Runs a whole script (several statements) on the connection's own sqlite3 handle, or on
// PostgreSQL as one simple-protocol request (which may hold several statements).
Result<void> execScript(QSqlDatabase db, const QString &script)
{
    if (dialect::isPostgres(db)) {
        QSqlQuery q(db);
        if (!q.exec(script)) {
            const QString text = q.lastError().text();
            qCWarning(lcDb).noquote() << "migration script failed:" << text;
            return makeError(ErrorKind::Storage,
                             Tr::tr("Upgrading the database failed: %1").arg(text));
        }
        return {};
    }
    sqlite3 *sqlite = sqliteHandle(db);
    if (!sqlite)
        return makeError(ErrorKind::Storage, Tr::tr("The database connection is not open."));
    char *message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(sqlite, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown");
        sqlite3_free(message);
        qCWarning(lcDb).noquote() << "migration script failed:" << text;
        return makeError(ErrorKind::Storage, Tr::tr("Upgrading the database failed: %1").arg(text));
    }
    return {};
}
} // namespace

int Migrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Result<void> Migrator::migrate()
{
    return migrateTo(latestVersion());
}

Result<void> Migrator::migratePostgres(int version)
{
    // One step per transaction. Seats starting at once queue on the migration lock; each then
    // reads the version again, so a step is applied once.
    const auto files = migrationFiles(true);
    const int latest = files.isEmpty() ? 0 : files.lastKey();
    QSqlDatabase db = m_database.connection();
    while (true) {
        Transaction tx(db);
        TJ_TRY(tx.begin());
        Query lock(db, "SELECT pg_advisory_xact_lock(:key)");
        lock.bind("key", dialect::kMigrationLock);
        TJ_TRY(lock.exec());
        TJ_TRY(execScript(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                             "version INTEGER NOT NULL PRIMARY KEY, "
                                             "applied_at TEXT NOT NULL)")));
        Query read(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        TJ_TRY(read.exec());
        const int current = read.next() ? read.value(0).toInt() : 0;
        if (current > latest)
            return makeError(ErrorKind::Storage,
                             Tr::tr("The database has schema version %1, newer than this program "
                                    "understands (%2). Use a newer Tiaojie.")
                                 .arg(current)
                                 .arg(latest));
        if (current >= version)
            return tx.commit();
        const int next = current + 1;
        QFile file(files.value(next));
        if (!files.contains(next) || !file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Storage, Tr::tr("Missing migration %1.").arg(next));
        TJ_TRY(execScript(db, QString::fromUtf8(file.readAll())));
        Query bump(db, "INSERT INTO schema_version (version, applied_at) VALUES (:v, :at)");
        bump.bind("v", next).bind("at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        TJ_TRY(bump.exec());
        TJ_TRY(tx.commit());
    }
}

Result<void> Migrator::migrateTo(int version)
{
    if (m_database.isPostgres())
        return migratePostgres(version);
    const int current = m_database.schemaVersion();
    if (current < 0)
        return makeError(ErrorKind::Storage, Tr::tr("Cannot read the database's schema version."));
    if (current > latestVersion())
        return makeError(ErrorKind::Storage,
                         Tr::tr("The database has schema version %1, newer than this program "
                                "understands (%2). Use a newer Tiaojie.")
                             .arg(current)
                             .arg(latestVersion()));
    if (current >= version)
        return {};
    if (current > 0)
        TJ_TRY(backupBeforeUpgrade(current));
    const auto files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= current || it.key() > version)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Storage, Tr::tr("Missing migration %1.").arg(it.value()));
        TJ_TRY(applyStep(it.key(), QString::fromUtf8(file.readAll())));
    }
    return {};
}

Result<void> Migrator::applyStep(int version, const QString &script)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    TJ_TRY(execScript(db, script));
    TJ_TRY(execScript(db, QStringLiteral("PRAGMA user_version = %1").arg(version)));
    return tx.commit();
}

Result<void> Migrator::backupBeforeUpgrade(int fromVersion)
{
    const QString path = m_database.path();
    if (path == QLatin1String(":memory:") || !QFile::exists(path))
        return {};
    const QString target = QStringLiteral("%1.v%2.bak").arg(path).arg(fromVersion);
    QFile::remove(target);
    // VACUUM INTO writes a consistent copy even while the WAL holds recent pages.
    Query q(m_database.connection(), "VACUUM INTO :target");
    q.bind("target", target);
    return q.exec();
}

} // namespace tj
