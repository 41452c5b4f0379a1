#include "transaction.h"

#include "database.h"
#include "query.h"

#include <QSqlDriver>

#include <atomic>

#include <sqlite3.h>

namespace tj {

namespace {
// True when the connection has an open transaction (SQLite leaves autocommit mode).
bool inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    auto *sqlite = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
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
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_savepoint.isEmpty()) {
        Query q(m_db, "ROLLBACK");
        if (!q.exec())
            qCWarning(lcDb) << "rollback failed";
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
