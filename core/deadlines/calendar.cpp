#include "calendar.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/dialect.h"
#include "db/query.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tj {

namespace {
const char kBuiltinFlag[] = "holidays.builtin_loaded";

// Copies the shipped table into the database once. A single INSERT … SELECT keeps it atomic
// and ON CONFLICT DO NOTHING leaves days an administrator has already entered alone.
Result<void> ensureBuiltins(Database &db)
{
    QSqlDatabase conn = db.connection();
    Query flag(conn, "SELECT 1 FROM settings WHERE key = :key");
    flag.bind("key", QString::fromLatin1(kBuiltinFlag));
    TJ_TRY(flag.exec());
    if (flag.next())
        return {};
    auto entries = HolidayCalendar::builtinEntries();
    if (!entries)
        return entries.error();
    QJsonArray rows;
    for (const HolidayEntry &e : entries.value())
        rows.append(QJsonObject{{QStringLiteral("d"), isoDate(e.date)},
                                {QStringLiteral("k"), e.work ? QStringLiteral("work")
                                                             : QStringLiteral("rest")},
                                {QStringLiteral("n"), e.name}});
    // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT.
    Query insert(conn, dialect::isPostgres(conn)
                           ? QStringLiteral("INSERT INTO holidays (day, kind, name, source, created_at)"
                                            " SELECT r.value->>'d', r.value->>'k', r.value->>'n',"
                                            " 'builtin', :now FROM json_array_elements(CAST(:rows AS"
                                            " json)) AS r(value) ON CONFLICT DO NOTHING")
                           : QStringLiteral("INSERT INTO holidays (day, kind, name, source, created_at)"
                                            " SELECT json_extract(value, '$.d'), json_extract(value,"
                                            " '$.k'), json_extract(value, '$.n'), 'builtin', :now"
                                            " FROM json_each(:rows) WHERE true ON CONFLICT DO NOTHING"),
                 Query::Trusted);
    insert.bind("now", nowStamp())
        .bind("rows", QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    TJ_TRY(insert.exec());
    Query mark(conn, "INSERT INTO settings (key, value, updated_at) VALUES (:key, '1', :now)"
                     " ON CONFLICT DO NOTHING");
    mark.bind("key", QString::fromLatin1(kBuiltinFlag)).bind("now", nowStamp());
    return mark.exec();
}
} // namespace

Result<QList<HolidayEntry>> HolidayCalendar::builtinEntries()
{
    QFile file(QStringLiteral(":/tiaojie/data/holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Storage, tr("The holiday table is missing from the program."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QList<HolidayEntry> out;
    for (const QJsonValue &year : root.value(u"years").toArray()) {
        for (const QJsonValue &v : year.toObject().value(u"entries").toArray()) {
            const QJsonObject o = v.toObject();
            HolidayEntry e;
            e.date = parseIsoDate(o.value(u"date").toString());
            e.work = o.value(u"kind").toString() == QLatin1String("work");
            e.name = o.value(u"name").toString();
            e.source = QStringLiteral("builtin");
            if (!e.date.isValid())
                return makeError(ErrorKind::Storage, tr("The holiday table has a bad date."));
            out.append(e);
        }
    }
    return out;
}

Result<HolidayCalendar> HolidayCalendar::load(Database &db)
{
    TJ_TRY(ensureBuiltins(db));
    auto rows = HolidayService(db).list();
    if (!rows)
        return rows.error();
    HolidayCalendar calendar;
    for (const HolidayEntry &e : rows.value())
        calendar.add(e);
    return calendar;
}

void HolidayCalendar::add(const HolidayEntry &entry)
{
    m_days.insert(entry.date, entry.work);
    m_years.insert(entry.date.year());
}

QList<int> HolidayCalendar::years() const
{
    QList<int> out(m_years.begin(), m_years.end());
    std::sort(out.begin(), out.end());
    return out;
}

Result<bool> HolidayCalendar::isRestDay(const QDate &date) const
{
    if (!date.isValid())
        return makeError(ErrorKind::Validation, tr("A deadline needs a valid date."));
    if (!covers(date.year()))
        return makeError(ErrorKind::Rule,
                         tr("Not computable: the holiday table has no entries for %1 (needed for "
                            "%2); an administrator must add that year's holidays first.")
                             .arg(date.year())
                             .arg(isoDate(date)));
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return !it.value();
    return date.dayOfWeek() >= 6;
}

Result<QDate> HolidayCalendar::firstWorkingDayFrom(const QDate &date) const
{
    QDate day = date;
    // The longest run of rest days in any notice is 9; a month covers any imaginable table.
    for (int i = 0; i < 31; ++i, day = day.addDays(1)) {
        auto rest = isRestDay(day);
        if (!rest)
            return rest.error();
        if (!rest.value())
            return day;
    }
    return makeError(ErrorKind::Rule, tr("Not computable: no working day within a month of %1.")
                                          .arg(isoDate(date)));
}

Result<QDate> HolidayCalendar::periodEnd(const QDate &start, int days) const
{
    if (!start.isValid() || days < 0)
        return makeError(ErrorKind::Validation, tr("A deadline needs a valid date."));
    // The start day is not counted: a period of N days from day S ends on S + N.
    return firstWorkingDayFrom(start.addDays(days));
}

Result<QDate> HolidayCalendar::periodEndYears(const QDate &start, int years) const
{
    if (!start.isValid() || years < 0)
        return makeError(ErrorKind::Validation, tr("A deadline needs a valid date."));
    return firstWorkingDayFrom(start.addYears(years));
}

Result<HolidayEntry> HolidayService::add(const Actor &actor, const HolidayEntry &entry)
{
    if (!actor.isSystem() && !actor.isAdmin())
        return makeError(ErrorKind::Denied, tr("Only an administrator may change the holiday table."));
    if (!entry.date.isValid())
        return makeError(ErrorKind::Validation, tr("Give the day as YYYY-MM-DD."));
    if (entry.work && entry.date.dayOfWeek() < 6)
        return makeError(ErrorKind::Validation,
                         tr("%1 is a weekday; only a Saturday or Sunday can be made a working day.")
                             .arg(isoDate(entry.date)));
    if (entry.name.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Name the holiday the day belongs to."));
    TJ_TRY(ensureBuiltins(m_db));
    Query q(m_db.connection(),
            "INSERT INTO holidays (day, kind, name, source, created_at) VALUES (:day, :kind, :name,"
            " 'admin', :now) ON CONFLICT (day) DO UPDATE SET kind = excluded.kind,"
            " name = excluded.name, source = 'admin', created_at = excluded.created_at");
    q.bind("day", isoDate(entry.date))
        .bind("kind", entry.work ? QStringLiteral("work") : QStringLiteral("rest"))
        .bind("name", entry.name.trimmed())
        .bind("now", nowStamp());
    TJ_TRY(q.exec());
    HolidayEntry stored = entry;
    stored.name = entry.name.trimmed();
    stored.source = QStringLiteral("admin");
    return stored;
}

Result<QList<HolidayEntry>> HolidayService::list(int year) const
{
    TJ_TRY(ensureBuiltins(m_db));
    Query q(m_db.connection(), "SELECT day, kind, name, source FROM holidays WHERE :year = 0 OR"
                               " substr(day, 1, 4) = :year_text ORDER BY day");
    q.bind("year", year).bind("year_text", QString::number(year));
    TJ_TRY(q.exec());
    QList<HolidayEntry> out;
    while (q.next()) {
        HolidayEntry e;
        e.date = parseIsoDate(q.value("day").toString());
        e.work = q.value("kind").toString() == QLatin1String("work");
        e.name = q.value("name").toString();
        e.source = q.value("source").toString();
        out.append(e);
    }
    return out;
}

} // namespace tj
