#include "deadlines/calendar.h"
#include "deadlines/timelimits.h"

#include "testsupport.h"

using namespace tj;

class DeadlineTest : public test::DbFixture
{
protected:
    HolidayCalendar calendar()
    {
        auto c = HolidayCalendar::load(*m_db);
        EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message.toStdString());
        return c.ok() ? c.value() : HolidayCalendar();
    }
};

TEST_F(DeadlineTest, ConfirmationWindowEndingInNationalDayMovesToFirstWorkingDay)
{
    // Effective 2025-09-07: day 30 is 2025-10-07, inside the 2025-10-01…08 holiday.
    auto end = calendar().periodEnd(QDate(2025, 9, 7), 30);
    ASSERT_OK(end);
    EXPECT_EQ(end.value(), QDate(2025, 10, 9));
}

TEST_F(DeadlineTest, StartDayIsNotCountedAndHolidaysInsideAreNotDeducted)
{
    const HolidayCalendar c = calendar();
    // 2025-09-20 + 15 = 2025-10-05 (holiday) -> 2025-10-09 (10-08 still holiday).
    EXPECT_EQ(c.periodEnd(QDate(2025, 9, 20), 15).value(), QDate(2025, 10, 9));
    // 2025-09-25 + 30 = 2025-10-25, a Saturday -> Monday 2025-10-27; the holiday inside counts.
    EXPECT_EQ(c.periodEnd(QDate(2025, 9, 25), 30).value(), QDate(2025, 10, 27));
    // A plain weekday end stays.
    EXPECT_EQ(c.periodEnd(QDate(2025, 3, 3), 3).value(), QDate(2025, 3, 6));
}

TEST_F(DeadlineTest, AdjustedWorkingWeekendIsAWorkingDay)
{
    const HolidayCalendar c = calendar();
    // 2025-10-11 is a Saturday made a working day: a period ending on it ends on it.
    EXPECT_EQ(c.periodEnd(QDate(2025, 10, 8), 3).value(), QDate(2025, 10, 11));
    EXPECT_FALSE(c.isRestDay(QDate(2026, 2, 28)).value()); // 2026 Spring Festival make-up Saturday
    EXPECT_TRUE(c.isRestDay(QDate(2026, 2, 23)).value());  // Monday inside the 2026 holiday
    // Saturday 2024-10-12 worked; the 3-day court acceptance from Wednesday 10-09 ends on it.
    EXPECT_EQ(c.periodEnd(QDate(2024, 10, 9), 3).value(), QDate(2024, 10, 12));
    // A period ending on an ordinary Saturday moves to Monday.
    EXPECT_EQ(c.periodEnd(QDate(2026, 3, 4), 3).value(), QDate(2026, 3, 9));
}

TEST_F(DeadlineTest, SpringFestivalAndNewYearOfEachShippedYear)
{
    const HolidayCalendar c = calendar();
    EXPECT_EQ(c.years(), (QList<int>{2024, 2025, 2026}));
    EXPECT_EQ(c.periodEnd(QDate(2024, 2, 7), 3).value(), QDate(2024, 2, 18)); // 02-18 worked
    EXPECT_EQ(c.periodEnd(QDate(2025, 1, 27), 3).value(), QDate(2025, 2, 5));
    EXPECT_EQ(c.periodEnd(QDate(2025, 12, 29), 3).value(), QDate(2026, 1, 4)); // Sunday worked
}

TEST_F(DeadlineTest, YearOutsideTheTableIsNotComputable)
{
    const HolidayCalendar c = calendar();
    auto end = c.periodEnd(QDate(2026, 12, 20), 30);
    ASSERT_FALSE(end.ok());
    EXPECT_TRUE(end.error().message.contains(QStringLiteral("2027")));
    EXPECT_FALSE(c.periodEnd(QDate(2023, 12, 1), 3).ok());
    EXPECT_FALSE(c.periodEndYears(QDate(2026, 4, 30), 2).ok());
}

TEST_F(DeadlineTest, AdministratorExtendsTheTableToANewYear)
{
    HolidayService holidays(*m_db);
    buildSmallCounty();
    EXPECT_FALSE(holidays.add(actor(QStringLiteral("vma")),
                              HolidayEntry{QDate(2027, 1, 1), false, QStringLiteral("元旦"), {}})
                     .ok());
    EXPECT_FALSE(holidays.add(Actor::system(),
                              HolidayEntry{QDate(2027, 1, 6), true, QStringLiteral("x"), {}})
                     .ok()); // a Wednesday cannot be a make-up working day
    ASSERT_OK(holidays.add(Actor::system(),
                           HolidayEntry{QDate(2027, 1, 1), false, QStringLiteral("元旦"), {}}));
    const HolidayCalendar c = calendar();
    EXPECT_TRUE(c.covers(2027));
    // 2026-12-02 + 30 = 2027-01-01, now a holiday (Friday) -> Monday 2027-01-04.
    EXPECT_EQ(c.periodEnd(QDate(2026, 12, 2), 30).value(), QDate(2027, 1, 4));
    auto listed = holidays.list(2027);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().source, QStringLiteral("admin"));
    EXPECT_GT(holidays.list(2025).value().size(), 20);
}

TEST_F(DeadlineTest, SettingsHaveTheDomainDefaultsAndCanBeChanged)
{
    TimeLimits settings(*m_db);
    EXPECT_EQ(settings.value(TimeLimits::kConfirmationApplyDays).value(), 30);
    EXPECT_EQ(settings.value(TimeLimits::kConfirmationRuleDays).value(), 15);
    EXPECT_EQ(settings.value(TimeLimits::kConfirmationExtensionDays).value(), 10);
    EXPECT_EQ(settings.value(TimeLimits::kFeedbackAnswerDays).value(), 3);
    EXPECT_EQ(settings.value(TimeLimits::kEnforcementYears).value(), 2);
    EXPECT_EQ(settings.value(TimeLimits::kMediationVillageDays).value(), 30);
    ASSERT_OK(settings.set(TimeLimits::kFeedbackAnswerDays, 5));
    EXPECT_EQ(settings.value(TimeLimits::kFeedbackAnswerDays).value(), 5);
    EXPECT_FALSE(settings.set(TimeLimits::kFeedbackAnswerDays, 0).ok());
    EXPECT_FALSE(settings.set(QStringLiteral("no.such"), 1).ok());
    EXPECT_FALSE(settings.value(QStringLiteral("no.such")).ok());
}

TEST_F(DeadlineTest, OnlyAnAdministratorOrSecurityOfficerChangesTimeLimits)
{
    buildSmallCounty();
    TimeLimits settings(*m_db);
    auto denied = settings.set(actor(QStringLiteral("vma")), TimeLimits::kFeedbackAnswerDays, 5);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ErrorKind::Denied);
    EXPECT_EQ(settings.value(TimeLimits::kFeedbackAnswerDays).value(), 3);
    ASSERT_OK(settings.set(actor(QStringLiteral("admin")), TimeLimits::kFeedbackAnswerDays, 4));
    EXPECT_EQ(settings.value(TimeLimits::kFeedbackAnswerDays).value(), 4);
}
