#include "query.h"

#include "database.h"
#include "dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace tj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Query::Query(const QSqlDatabase &db, const QString &sql, TrustedTag)
    : m_query(db)
    , m_db(db)
    , m_sql(sql)
    , m_file(db.databaseName())
    , m_postgres(dialect::isPostgres(db))
{
    if (m_postgres) {
        // Statements are sent whole at exec(); the whole result arrives with them.
        m_prepared = true;
        return;
    }
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

bool placeholderChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}
} // namespace

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    const QString name = placeholder.startsWith(u':') ? placeholder : u':' + placeholder;
    QVariant v = value;
    // Qt binds a null QString as NULL; text columns want '' unless sqlNull() is asked for.
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        v = QStringLiteral("");
    // Flags are integer columns on both engines.
    else if (value.metaType() == QMetaType::fromType<bool>())
        v = value.toBool() ? 1 : 0;
    if (m_postgres) {
        for (auto &pair : m_values) {
            if (pair.first == name) {
                pair.second = v;
                return *this;
            }
        }
        m_values.append({name, v});
    } else {
        m_query.bindValue(name, v);
    }
    return *this;
}

Result<void> Query::execPostgres()
{
    // Replaces each :name outside quoted text by the driver's literal for its value.
    QString text;
    text.reserve(m_sql.size() + 64);
    const qsizetype n = m_sql.size();
    QChar quote;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_sql[i];
        if (!quote.isNull()) {
            text.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            text.append(c);
            continue;
        }
        if (c == u':' && i + 1 < n && m_sql[i + 1] == u':') { // a PostgreSQL cast
            text.append(QStringLiteral("::"));
            ++i;
            continue;
        }
        if (c == u':' && i + 1 < n && placeholderChar(m_sql[i + 1])) {
            qsizetype end = i + 1;
            while (end < n && placeholderChar(m_sql[end]))
                ++end;
            const QString name = m_sql.mid(i, end - i);
            const QVariant *value = nullptr;
            for (const auto &pair : std::as_const(m_values))
                if (pair.first == name)
                    value = &pair.second;
            if (!value) {
                qCWarning(lcDb).noquote() << "no value bound for" << name << "in" << m_sql;
                return makeError(ErrorKind::Storage,
                                 Tr::tr("Database error: %1").arg(QStringLiteral("unbound ") + name));
            }
            QSqlField field(QString(), value->metaType());
            field.setValue(*value);
            if (!value->isValid() || value->isNull())
                text.append(QStringLiteral("NULL"));
            else
                text.append(m_db.driver()->formatValue(field, false));
            i = end - 1;
            continue;
        }
        text.append(c);
    }
    if (!m_query.exec(text)) {
        const QSqlError error = m_query.lastError();
        qCWarning(lcDb).noquote() << "exec failed:" << error.text() << "in" << m_sql;
        return failure(error);
    }
    return {};
}

Error Query::failure(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    if (m_postgres) {
        // SQLSTATE classes: 23 integrity constraint, 40 transaction rollback (serialisation,
        // deadlock), 53 insufficient resources, 25006 read-only transaction.
        if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("40")))
            return makeError(ErrorKind::Conflict,
                             Tr::tr("The change conflicts with existing data: %1")
                                 .arg(error.databaseText()));
        if (state == QLatin1String("53100"))
            return makeError(ErrorKind::Storage,
                             Tr::tr("The disk holding the database is full: nothing was saved. "
                                    "Free some space and try again."));
        return makeError(ErrorKind::Storage, Tr::tr("Database error: %1").arg(error.text()));
    }
    // A constraint failure means the data broke a rule the schema enforces.
    const int primary = state.toInt() % 256;
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

Result<void> Query::exec()
{
    if (m_postgres)
        return execPostgres();
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
        return failure(error);
    }
    return {};
}

} // namespace tj
