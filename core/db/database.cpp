#include "database.h"

#include "migrations.h"
#include "query.h"
#include "walcheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
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
    m_checkpointer.reset(); // its thread uses a connection of this database
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

Result<QList<QPair<QString, QString>>> Database::parseConninfo(const QString &conninfo)
{
    // libpq's keyword/value form: key = value pairs separated by spaces; a value may be
    // single-quoted, with \' and \\ inside.
    QList<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    const auto bad = [&conninfo]() {
        return makeError(ErrorKind::Usage,
                         Tr::tr("\"%1\" is not a PostgreSQL connection string of the form "
                                "\"host=… port=… dbname=… user=…\".")
                             .arg(QString(conninfo).replace(
                                 QRegularExpression(QStringLiteral("password\\s*=\\s*('[^']*'|\\S*)")),
                                 QStringLiteral("password=…"))));
    };
    while (true) {
        while (i < n && conninfo[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && (conninfo[i].isLetterOrNumber() || conninfo[i] == u'_'))
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        while (i < n && conninfo[i].isSpace())
            ++i;
        if (key.isEmpty() || i >= n || conninfo[i] != u'=')
            return bad();
        ++i;
        while (i < n && conninfo[i].isSpace())
            ++i;
        QString value;
        if (i < n && conninfo[i] == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = conninfo[i++];
                if (c == u'\\' && i < n) {
                    value.append(conninfo[i++]);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return bad();
        } else {
            while (i < n && !conninfo[i].isSpace()) {
                if (conninfo[i] == u'\\' && i + 1 < n)
                    ++i;
                value.append(conninfo[i++]);
            }
        }
        pairs.append({key, value});
    }
    if (pairs.isEmpty())
        return bad();
    return pairs;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &conninfo)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorKind::Storage,
                         Tr::tr("The PostgreSQL driver of Qt (QPSQL) is not installed."));
    auto pairs = parseConninfo(conninfo);
    if (!pairs)
        return pairs.error();
    QString host = QStringLiteral("localhost"), port = QStringLiteral("5432"), dbname, user;
    for (const auto &[key, value] : pairs.value()) {
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            host = value;
        else if (key == QLatin1String("port"))
            port = value;
        else if (key == QLatin1String("dbname"))
            dbname = value;
        else if (key == QLatin1String("user"))
            user = value;
    }
    const QString shown = QStringLiteral("postgresql://%1@%2:%3/%4")
                              .arg(user, host, port, dbname.isEmpty() ? user : dbname);
    std::unique_ptr<Database> database(new Database(Backend::Postgres, shown));
    database->m_conninfo = pairs.value();
    database->m_checked = true;
    TJ_TRY(database->checkedConnection());
    Migrator migrator(*database);
    TJ_TRY(migrator.migrate());
    return database;
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    if (m_backend == Backend::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QStringList options;
        for (const auto &[key, value] : std::as_const(m_conninfo)) {
            if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
                db.setHostName(value);
            else if (key == QLatin1String("port"))
                db.setPort(value.toInt());
            else if (key == QLatin1String("dbname"))
                db.setDatabaseName(value);
            else if (key == QLatin1String("user"))
                db.setUserName(value);
            else if (key == QLatin1String("password"))
                db.setPassword(value);
            else
                options.append(key + QStringLiteral("='")
                               + QString(value).replace(u'\\', QStringLiteral("\\\\"))
                                     .replace(u'\'', QStringLiteral("\\'"))
                               + u'\'');
        }
        // Whatever the server's defaults, a seat sees UTC stamps and plain warnings only.
        options.append(QStringLiteral("options='-c client_min_messages=warning -c TimeZone=UTC'"));
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            return makeError(ErrorKind::Storage, Tr::tr("Cannot open the database %1: %2")
                                                     .arg(m_path, db.lastError().text()));
        return db;
    }
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
    if (m_backgroundCheckpoints) {
        Query q(db, "PRAGMA wal_autocheckpoint = 0");
        TJ_TRY(q.exec());
    }
    // The file is checked once per open; a worker thread's connection need not read it again.
    if (m_checked)
        return {};
    m_checked = true;
    return checkStructure(db);
}

Result<void> Database::startBackgroundCheckpoints(int intervalMs)
{
    if (m_backend != Backend::Sqlite || m_path == QLatin1String(":memory:") || m_checkpointer)
        return {};
    {
        QMutexLocker lock(&m_mutex);
        m_backgroundCheckpoints = true;
    }
    auto db = checkedConnection();
    if (!db)
        return db.error();
    Query q(db.value(), "PRAGMA wal_autocheckpoint = 0");
    TJ_TRY(q.exec());
    m_checkpointer = std::make_unique<WalCheckpointer>(*this, intervalMs);
    return {};
}

Result<void> Database::quickCheck()
{
    if (m_backend == Backend::Postgres)
        return makeError(ErrorKind::Usage,
                         Tr::tr("The file check is for an SQLite database file. A PostgreSQL "
                                "server's data is checked and backed up with the server's tools "
                                "(pg_amcheck, pg_dump): see docs/deployment.md."));
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
    if (m_backend == Backend::Postgres) {
        Query exists(connection(), "SELECT to_regclass('schema_version') IS NOT NULL");
        if (!exists.exec().ok() || !exists.next())
            return -1;
        if (!exists.value(0).toBool())
            return 0;
        Query q(connection(), "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        if (!q.exec().ok() || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    Query q(connection(), "PRAGMA user_version");
    if (!q.exec().ok() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace tj
