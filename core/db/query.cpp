#include "query.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Query::Query(const QSqlDatabase &db, const QString &sql, TrustedTag)
    : m_query(db)
    , m_sql(sql)
    , m_file(db.databaseName())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_prepareError = m_query.lastError().text();
        m_prepareCode = m_query.lastError().nativeErrorCode().toInt() % 256;
    }
}

namespace {
// SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged, whatever the statement was.
bool damaged(int primary)
{
    return primary == 11 || primary == 26;
}

Error damagedError(const QString &file, const QString &detail)
{
    return makeError(ErrorKind::Storage,
                     Tr::tr("The database %1 is damaged (%2). Restore it from a backup.").arg(file, detail));
}
} // namespace

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    const QString name = placeholder.startsWith(u':') ? placeholder : u':' + placeholder;
    // Qt binds a null QString as NULL; text columns want '' unless sqlNull() is asked for.
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        m_query.bindValue(name, QStringLiteral(""));
    else
        m_query.bindValue(name, value);
    return *this;
}

Result<void> Query::exec()
{
    if (!m_prepared) {
        qCWarning(lcDb).noquote() << "prepare failed:" << m_prepareError << "in" << m_sql;
        if (damaged(m_prepareCode))
            return damagedError(m_file, m_prepareError);
        return makeError(ErrorKind::Storage,
                         Tr::tr("Database error: %1").arg(m_prepareError));
    }
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        qCWarning(lcDb).noquote() << "exec failed:" << error.text() << "in" << m_sql;
        // A constraint failure means the data broke a rule the schema enforces.
        const int primary = error.nativeErrorCode().toInt() % 256;
        const bool constraint = primary == 19; // SQLITE_CONSTRAINT
        if (damaged(primary))
            return damagedError(m_file, error.databaseText());
        if (primary == 13) // SQLITE_FULL
            return makeError(ErrorKind::Storage,
                             Tr::tr("The disk holding the database is full: nothing was saved. "
                                    "Free some space and try again."));
        if (primary == 8) // SQLITE_READONLY
            return makeError(ErrorKind::Storage,
                             Tr::tr("The database is on a read-only file or medium: nothing was "
                                    "saved. Copy it to a writable disk or fix its permissions."));
        if (primary == 10) // SQLITE_IOERR
            return makeError(ErrorKind::Storage,
                             Tr::tr("The disk failed to read or write the database (%1): nothing "
                                    "was saved.").arg(error.databaseText()));
        if (constraint)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("The change conflicts with existing data: %1")
                                 .arg(error.databaseText()));
        return makeError(ErrorKind::Storage, Tr::tr("Database error: %1").arg(error.text()));
    }
    return {};
}

} // namespace tj
