#pragma once

#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace tj {

class Database;

/// One row of the holiday table: a rest day (放假) or an adjusted working weekend (调休上班).
struct HolidayEntry
{
    QDate date;
    bool work = false; ///< true: a weekend day made a working day
    QString name;
    QString source; ///< builtin | admin
};

/// Working days and rest days for counting periods under the Civil Procedure Law: the start day
/// is not counted; a period whose last day is a rest day ends on the next working day; rest days
/// inside the period are not deducted. Rest days are Saturdays, Sundays and the holidays of the
/// table, except weekends the table makes working days. A year without rows in the table is not
/// covered, and any answer that needs it is an error rather than a guess.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    HolidayCalendar() = default;

    /// The calendar stored in the database; the first call copies the shipped table
    /// (resources/data/holidays.json) into it.
    static Result<HolidayCalendar> load(Database &db);
    /// The shipped table, parsed (for tests and the first load).
    static Result<QList<HolidayEntry>> builtinEntries();

    void add(const HolidayEntry &entry);
    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const;

    Result<bool> isRestDay(const QDate &date) const;
    /// The date itself when it is a working day, else the first working day after it.
    Result<QDate> firstWorkingDayFrom(const QDate &date) const;
    /// The last day of a period of `days` days starting on `start`.
    Result<QDate> periodEnd(const QDate &start, int days) const;
    /// The last day of a period of `years` years starting on `start`.
    Result<QDate> periodEndYears(const QDate &start, int years) const;

private:
    QHash<QDate, bool> m_days; ///< date -> true when a working day, false when a rest day
    QSet<int> m_years;
};

/// The administrator's side of the holiday table.
class HolidayService
{
    Q_DECLARE_TR_FUNCTIONS(HolidayService)
public:
    explicit HolidayService(Database &db) : m_db(db) {}

    /// Adds or replaces a day; only administrators may.
    Result<HolidayEntry> add(const Actor &actor, const HolidayEntry &entry);
    /// The rows of one year, or of all years when `year` is 0.
    Result<QList<HolidayEntry>> list(int year = 0) const;

private:
    Database &m_db;
};

} // namespace tj
