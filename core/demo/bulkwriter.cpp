#include "bulkwriter.h"

#include "db/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tj::gen {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

Error storageError(sqlite3 *db)
{
    return sqliteError(db, "bulk write");
}
} // namespace

Result<void> execRaw(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return storageError(db);
    return {};
}

BulkStatement::BulkStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        qCWarning(lcDb).noquote() << "prepare failed:" << m_error << "in" << sql;
        m_stmt = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

Result<void> BulkStatement::exec(std::initializer_list<QVariant> values)
{
    if (!m_stmt)
        return makeError(ErrorKind::Storage, Tr::tr("Database error: %1").arg(m_error));
    int index = 0;
    for (const QVariant &v : values) {
        ++index;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else if (v.metaType().id() == QMetaType::LongLong || v.metaType().id() == QMetaType::Int) {
            rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return storageError(m_db);
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE)
        return storageError(m_db);
    return {};
}

} // namespace tj::gen
