#include "statsjson.h"

#include "common/clock.h"
#include "common/money.h"

#include <QJsonArray>

#include <cmath>

namespace tj {

namespace {
QJsonValue rounded(const std::optional<double> &v, int decimals)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue::Null;
}

QJsonArray rows(const QList<StatsRow> &list)
{
    QJsonArray out;
    for (const StatsRow &r : list)
        out.append(StatsJson::toJson(r));
    return out;
}
} // namespace

QJsonObject StatsJson::toJson(const StatsRow &row)
{
    const StatsCounts &c = row.counts;
    return QJsonObject{{QStringLiteral("key"), row.key},
                       {QStringLiteral("name"), row.label},
                       {QStringLiteral("registered"), c.registered},
                       {QStringLiteral("concluded"), c.concluded},
                       {QStringLiteral("settled"), c.settled},
                       {QStringLiteral("failed"), c.failed},
                       {QStringLiteral("withdrawn"), c.withdrawn},
                       {QStringLiteral("filed"), c.filed},
                       {QStringLiteral("not_accepted"), c.notAccepted},
                       {QStringLiteral("overdue"), c.overdue},
                       {QStringLiteral("amount_involved"), money::formatYuan(c.amountFen)},
                       {QStringLiteral("success_rate"), rounded(c.successRate(), 4)}};
}

QJsonObject StatsJson::toJson(const Figures &f)
{
    const StatsCounts &t = f.totals;
    QJsonObject o{
        {QStringLiteral("org"), f.query.org.isEmpty() ? QJsonValue::Null : QJsonValue(f.query.org)},
        {QStringLiteral("from"), dateOrNull(f.query.from)},
        {QStringLiteral("to"), dateOrNull(f.query.to)},
        {QStringLiteral("as_of"), dateOrNull(f.query.asOf)},
        {QStringLiteral("registered"), t.registered},
        {QStringLiteral("accepted"), f.accepted},
        {QStringLiteral("not_accepted"), t.notAccepted},
        {QStringLiteral("concluded"), t.concluded},
        {QStringLiteral("settled"), t.settled},
        {QStringLiteral("failed"), t.failed},
        {QStringLiteral("withdrawn"), t.withdrawn},
        {QStringLiteral("filed"), t.filed},
        {QStringLiteral("referred_up"), f.referredUp},
        {QStringLiteral("delegated"), f.delegated},
        {QStringLiteral("success_rate"), rounded(f.successRate, 4)},
        {QStringLiteral("mediation_withdrawal_rate"), rounded(f.mediationWithdrawalRate, 4)},
        {QStringLiteral("litigation_rate"), rounded(f.litigationRate, 4)},
        {QStringLiteral("population"), f.population ? QJsonValue(*f.population) : QJsonValue::Null},
        {QStringLiteral("litigation_per_10k"), rounded(f.litigationPer10k, 4)},
        {QStringLiteral("settled_in_village"), f.settledInVillage},
        {QStringLiteral("settled_at_or_below_township"), f.settledAtOrBelowTownship},
        {QStringLiteral("settled_in_village_share"), rounded(f.settledInVillageShare, 4)},
        {QStringLiteral("settled_at_or_below_township_share"),
         rounded(f.settledAtOrBelowTownshipShare, 4)},
        {QStringLiteral("cycle_days_average"), rounded(f.cycleDaysAverage, 2)},
        {QStringLiteral("cycle_days_median"), rounded(f.cycleDaysMedian, 2)},
        {QStringLiteral("overdue"), t.overdue},
        {QStringLiteral("overdue_limit_days"), Statistics::kMediationLimitDays},
        {QStringLiteral("amount_involved"), money::formatYuan(t.amountFen)},
        {QStringLiteral("agreements"), f.agreements},
        {QStringLiteral("agreement_amount"), money::formatYuan(f.agreementAmountFen)},
        {QStringLiteral("prevented_criminal_cases"), f.preventedCriminalCases},
        {QStringLiteral("prevented_criminal_persons"), f.preventedCriminalPersons},
        {QStringLiteral("prevented_petition_cases"), f.preventedPetitionCases},
        {QStringLiteral("prevented_petition_persons"), f.preventedPetitionPersons},
        {QStringLiteral("fulfilment_rate"), rounded(f.fulfilmentRate, 4)},
        {QStringLiteral("voluntary_performance_rate"), rounded(f.voluntaryPerformanceRate, 4)},
        {QStringLiteral("feedback_in_time_rate"), rounded(f.feedbackInTimeRate, 4)},
        {QStringLiteral("satisfaction"), rounded(f.satisfaction, 2)},
        {QStringLiteral("by_category"), rows(f.byCategory)},
        {QStringLiteral("by_source"), rows(f.bySource)},
        {QStringLiteral("by_tier"), rows(f.byTier)},
        {QStringLiteral("by_org"), rows(f.byOrg)},
        {QStringLiteral("by_month"), rows(f.byMonth)},
    };
    QJsonArray areas;
    for (const LitigationRow &r : f.litigationByArea)
        areas.append(QJsonObject{
            {QStringLiteral("org"), r.org},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("registered"), r.registered},
            {QStringLiteral("filed"), r.filed},
            {QStringLiteral("population"), r.population ? QJsonValue(*r.population) : QJsonValue::Null},
            {QStringLiteral("litigation_rate"), rounded(r.rate, 4)},
            {QStringLiteral("litigation_per_10k"), rounded(r.per10k, 4)}});
    o.insert(QStringLiteral("litigation_by_area"), areas);
    return o;
}

} // namespace tj
