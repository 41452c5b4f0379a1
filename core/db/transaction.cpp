#include "transaction.h"

#include "database.h"
#include "dialect.h"
#include "query.h"
#include "sqlitehandle.h"

#include <QMutex>
#include <QSet>

#include <atomic>

#include <sqlite3.h>

namespace tj {

namespace {
// PostgreSQL connections with an open transaction (a connection belongs to one thread, and
// its name is unique; the set is read and written under a mutex).
QMutex g_pgMutex;
QSet<QString> g_pgOpen;

void markPostgres(const QSqlDatabase &db, bool open)
{
    QMutexLocker lock(&g_pgMutex);
    if (open)
        g_pgOpen.insert(db.connectionName());
    else
        g_pgOpen.remove(db.connectionName());
}

// True when the connection has an open transaction (SQLite leaves autocommit mode).
bool inTransaction(const QSqlDatabase &db)
{
    if (dialect::isPostgres(db)) {
        QMutexLocker lock(&g_pgMutex);
        return g_pgOpen.contains(db.connectionName());
    }
    sqlite3 *sqlite = sqliteHandle(db);
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

QString nextSavepointName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("tj_sp_%1").arg(++counter);
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    if (inTransaction(m_db)) {
        m_savepoint = nextSavepointName();
        Query q(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, Query::Trusted);
        TJ_TRY(q.exec());
    } else if (dialect::isPostgres(m_db)) {
        // READ COMMITTED with one writer at a time: every statement after the lock sees what
        // the writers before committed, as under SQLite's BEGIN IMMEDIATE. Readers never wait.
        Query q(m_db, "BEGIN");
        TJ_TRY(q.exec());
        markPostgres(m_db, true);
        Query lock(m_db, "SELECT pg_advisory_xact_lock(:key)");
        lock.bind("key", dialect::kWriterLock);
        if (auto locked = lock.exec(); !locked) {
            m_active = true;
            rollback();
            return locked;
        }
    } else {
        Query q(m_db, "BEGIN IMMEDIATE");
        TJ_TRY(q.exec());
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    Query q(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                        : QStringLiteral("RELEASE ") + m_savepoint,
            Query::Trusted);
    auto result = q.exec();
    if (!result) {
        rollback();
        return result;
    }
    if (m_savepoint.isEmpty() && dialect::isPostgres(m_db))
        markPostgres(m_db, false);
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_savepoint.isEmpty()) {
        Query q(m_db, "ROLLBACK");
        if (!q.exec())
            qCWarning(lcDb) << "rollback failed";
        if (dialect::isPostgres(m_db))
            markPostgres(m_db, false);
    } else {
        // Undo the nested part only and leave the outer transaction open for its owner.
        Query undo(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint, Query::Trusted);
        Query release(m_db, QStringLiteral("RELEASE ") + m_savepoint, Query::Trusted);
        if (!undo.exec() || !release.exec())
            qCWarning(lcDb) << "rollback to savepoint failed";
    }
    m_active = false;
}

} // namespace tj
