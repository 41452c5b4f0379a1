#pragma once

#include "calendar.h"
#include "orgs/organisation.h"

#include <QDate>
#include <QString>

namespace tj {

class Database;

/// A computed deadline: a date, or why it cannot be computed (a year outside the table).
struct Due
{
    QDate date;
    QString error;

    bool computable() const { return date.isValid(); }
    bool overdueOn(const QDate &day) const { return date.isValid() && day > date; }
};

/// Every legal and workstation time limit in one place: the settings' values counted on the
/// holiday calendar (see HolidayCalendar for the counting rules).
class DeadlineRules
{
public:
    /// Reads the settings and the holiday table.
    static Result<DeadlineRules> load(Database &db);

    const HolidayCalendar &calendar() const { return m_calendar; }

    /// Mediation at a tier should conclude within its limit from the day the tier took it.
    Due mediation(CaseTier tier, const QDate &start) const;
    /// The receiving organisation accepts or returns a referral or delegation.
    Due referralAcceptance(const QDate &sentOn) const;
    /// The parties jointly apply for judicial confirmation within 30 days of the agreement
    /// taking effect.
    Due confirmationWindow(const QDate &effectiveOn) const;
    /// The earliest day an agreement may have taken effect for its confirmation window to be
    /// still open, or not computable, on `on`: every agreement effective before it has a window
    /// that closed before `on`. The window's end never comes earlier for a later start, so the
    /// search steps back from `on` minus the period while the window still reaches `on`; across
    /// a year the table does not cover it stops a year back (no run of rest days lasts a year).
    QDate confirmationWindowOpenFrom(const QDate &on) const;
    /// The court decides on accepting an application.
    Due courtAcceptance(const QDate &appliedOn) const;
    /// The court rules after accepting; `extended` adds the approved extension.
    Due courtRuling(const QDate &acceptedOn, bool extended) const;
    /// A feedback item is answered.
    Due feedbackAnswer(const QDate &receivedOn) const;
    /// Enforcement is applied for within two years of the last day of performance.
    Due enforcement(const QDate &lastDayOfPerformance) const;

private:
    Due days(const QDate &start, int count) const;

    HolidayCalendar m_calendar;
    int m_mediation[3] = {30, 30, 30};
    int m_referral = 3;
    int m_apply = 30;
    int m_accept = 3;
    int m_rule = 15;
    int m_extension = 10;
    int m_feedback = 3;
    int m_enforcementYears = 2;
};

} // namespace tj
