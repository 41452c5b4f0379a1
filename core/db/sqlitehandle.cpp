#include "sqlitehandle.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace tj {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Error sqliteError(sqlite3 *db, const char *what)
{
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no SQLite handle");
    qCWarning(lcDb).noquote() << what << "failed:" << text;
    const bool constraint = db && (sqlite3_extended_errcode(db) & 0xff) == SQLITE_CONSTRAINT;
    return makeError(constraint ? ErrorKind::Conflict : ErrorKind::Storage,
                     QCoreApplication::translate("Database", "Database error: %1").arg(text));
}

} // namespace tj
