#include "rules.h"

#include "timelimits.h"

namespace tj {

Result<DeadlineRules> DeadlineRules::load(Database &db)
{
    DeadlineRules rules;
    auto calendar = HolidayCalendar::load(db);
    if (!calendar)
        return calendar.error();
    rules.m_calendar = calendar.value();
    const TimeLimits settings(db);
    const std::pair<QString, int *> fields[] = {
        {TimeLimits::kMediationVillageDays, &rules.m_mediation[0]},
        {TimeLimits::kMediationTownshipDays, &rules.m_mediation[1]},
        {TimeLimits::kMediationCourtDays, &rules.m_mediation[2]},
        {TimeLimits::kReferralAcceptDays, &rules.m_referral},
        {TimeLimits::kConfirmationApplyDays, &rules.m_apply},
        {TimeLimits::kConfirmationAcceptDays, &rules.m_accept},
        {TimeLimits::kConfirmationRuleDays, &rules.m_rule},
        {TimeLimits::kConfirmationExtensionDays, &rules.m_extension},
        {TimeLimits::kFeedbackAnswerDays, &rules.m_feedback},
        {TimeLimits::kEnforcementYears, &rules.m_enforcementYears},
    };
    for (const auto &[key, target] : fields) {
        auto v = settings.value(key);
        if (!v)
            return v.error();
        *target = v.value();
    }
    return rules;
}

Due DeadlineRules::days(const QDate &start, int count) const
{
    auto end = m_calendar.periodEnd(start, count);
    return end ? Due{end.value(), QString()} : Due{QDate(), end.error().message};
}

Due DeadlineRules::mediation(CaseTier tier, const QDate &start) const
{
    const int index = tier == CaseTier::Village ? 0 : tier == CaseTier::Township ? 1 : 2;
    return days(start, m_mediation[index]);
}

Due DeadlineRules::referralAcceptance(const QDate &sentOn) const
{
    return days(sentOn, m_referral);
}

Due DeadlineRules::confirmationWindow(const QDate &effectiveOn) const
{
    return days(effectiveOn, m_apply);
}

QDate DeadlineRules::confirmationWindowOpenFrom(const QDate &on) const
{
    QDate from = on.addDays(-m_apply);
    const QDate limit = from.addYears(-1);
    while (from > limit) {
        const Due earlier = confirmationWindow(from.addDays(-1));
        if (earlier.computable() && earlier.date < on)
            break;
        from = from.addDays(-1);
    }
    return from;
}

Due DeadlineRules::courtAcceptance(const QDate &appliedOn) const
{
    return days(appliedOn, m_accept);
}

Due DeadlineRules::courtRuling(const QDate &acceptedOn, bool extended) const
{
    return days(acceptedOn, m_rule + (extended ? m_extension : 0));
}

Due DeadlineRules::feedbackAnswer(const QDate &receivedOn) const
{
    return days(receivedOn, m_feedback);
}

Due DeadlineRules::enforcement(const QDate &lastDayOfPerformance) const
{
    auto end = m_calendar.periodEndYears(lastDayOfPerformance, m_enforcementYears);
    return end ? Due{end.value(), QString()} : Due{QDate(), end.error().message};
}

} // namespace tj
