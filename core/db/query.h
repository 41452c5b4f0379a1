#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tj {

/// A prepared statement. It is built from a string literal, so SQL never contains user data;
/// composed SQL (fixed fragments joined by code) must say so with the Trusted tag.
/// Every failure is logged under tiaojie.db with the query and returned as a Storage error.
/// On PostgreSQL the named placeholders are filled in by the driver's own quoting (libpq's
/// escaping) and the statement is sent whole: untyped literals take their type from where they
/// stand as in SQLite, and every result is read in full, so a second query on the connection
/// never cuts a first one short.
class Query
{
public:
    enum TrustedTag { Trusted };

    template<std::size_t N>
    Query(const QSqlDatabase &db, const char (&sql)[N])
        : Query(db, QString::fromUtf8(sql, N - 1), Trusted)
    {}
    /// SQL assembled from fixed fragments by the caller (never from input).
    Query(const QSqlDatabase &db, const QString &sql, TrustedTag);
    Query(const QSqlDatabase &db, const char *sql, TrustedTag)
        : Query(db, QString::fromUtf8(sql), Trusted)
    {}

    Query &bind(const QString &placeholder, const QVariant &value);
    Query &bind(const char *placeholder, const QVariant &value)
    {
        return bind(QString::fromLatin1(placeholder), value);
    }

    /// Executes; a prepare or exec failure is an error value.
    Result<void> exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const char *field) const { return m_query.value(QString::fromLatin1(field)); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    QSqlQuery &raw() { return m_query; }

private:
    Result<void> execPostgres();
    Error failure(const QSqlError &error) const;

    QSqlQuery m_query;
    QSqlDatabase m_db;
    QString m_sql;
    QString m_file; ///< the database file, named in a "damaged" error
    bool m_postgres = false;
    QList<QPair<QString, QVariant>> m_values; ///< PostgreSQL: the bound values by name
    bool m_prepared = false;
    QString m_prepareError;
    int m_prepareCode = 0;
};

/// SQL NULL. (A null QString binds as an empty string, so NULL must be asked for.)
inline QVariant sqlNull()
{
    return QVariant();
}

/// Converts an empty QString to SQL NULL.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? sqlNull() : QVariant(s);
}

} // namespace tj
