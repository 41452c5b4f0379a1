#include "database.h"

#include "migrations.h"
#include "query.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDb, "tiaojie.db")

namespace tj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Database::Database(Backend backend, QString path)
    : m_backend(backend)
    , m_path(std::move(path))
    , m_prefix(QStringLiteral("tj-%1-").arg(QUuid::createUuid().toString(QUuid::Id128)))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("tiaojie.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, IntegrityCheck check)
{
    if (path.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("No database file was given."));
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorKind::Storage,
                             Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    std::unique_ptr<Database> database(new Database(Backend::Sqlite, path));
    database->m_checked = check == IntegrityCheck::Deferred;
    TJ_TRY(database->checkedConnection());
    Migrator migrator(*database);
    TJ_TRY(migrator.migrate());
    return database;
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return makeError(ErrorKind::Storage, Tr::tr("Cannot open the database %1: %2")
                                                 .arg(m_path, db.lastError().text()));
    TJ_TRY(configure(db));
    return db;
}

QString Database::threadConnectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

void Database::closeThreadConnection()
{
    const QString name = threadConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid())
            return;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

QSqlDatabase Database::connection()
{
    auto opened = checkedConnection();
    if (!opened) {
        qCWarning(lcDb) << "opening connection failed:" << opened.error().message;
        return QSqlDatabase::database(threadConnectionName(), false);
    }
    return opened.value();
}

Result<QSqlDatabase> Database::checkedConnection()
{
    const QString name = threadConnectionName();
    {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isValid() && existing.isOpen())
            return existing;
    }
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.contains(name))
        m_connectionNames.append(name);
    auto opened = openConnection(name);
    if (!opened) {
        // A connection that could not be configured (a damaged file, say) is never handed out.
        {
            QSqlDatabase failed = QSqlDatabase::database(name, false);
            if (failed.isOpen())
                failed.close();
        }
        return opened.error();
    }
    return opened.value();
}

Result<void> Database::configure(QSqlDatabase &db)
{
    const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 10000",
        "PRAGMA journal_mode = WAL",
        // FULL: a transaction acknowledged to the user survives a power cut (see architecture.md).
        "PRAGMA synchronous = FULL",
    };
    for (const char *pragma : pragmas) {
        Query q(db, pragma, Query::Trusted);
        TJ_TRY(q.exec());
    }
    // The file is checked once per open; a worker thread's connection need not read it again.
    if (m_checked)
        return {};
    m_checked = true;
    return checkStructure(db);
}

Result<void> Database::quickCheck()
{
    auto db = checkedConnection();
    if (!db)
        return db.error();
    return checkStructure(db.value());
}

Result<void> Database::checkStructure(QSqlDatabase &db)
{
    Query check(db, "PRAGMA quick_check");
    TJ_TRY(check.exec());
    if (check.next() && check.value(0).toString() != QLatin1String("ok"))
        return makeError(ErrorKind::Storage,
                         Tr::tr("The database %1 is damaged (%2). Restore it from a backup.")
                             .arg(m_path, check.value(0).toString()));
    return {};
}

int Database::schemaVersion()
{
    Query q(connection(), "PRAGMA user_version");
    if (!q.exec().ok() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace tj
