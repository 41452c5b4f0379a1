#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tj {

class Database;

/// Which cases the figures cover: an organisation's subtree (empty for the whole county) and an
/// inclusive date range (an invalid date leaves that end open). `asOf` is the day "overdue now"
/// is judged on (today when invalid).
struct StatsQuery
{
    QString org;
    QDate from;
    QDate to;
    QDate asOf;
};

/// The counts every breakdown row carries. Registrations count by where and when a dispute was
/// registered; outcomes by the organisation that closed it and the closing date; overdue by the
/// organisation handling the open case now. See docs/metrics.md.
struct StatsCounts
{
    qint64 registered = 0;
    qint64 concluded = 0; ///< settled + failed + withdrawn + filed
    qint64 settled = 0;
    qint64 failed = 0;
    qint64 withdrawn = 0;
    qint64 filed = 0;
    qint64 notAccepted = 0;
    qint64 overdue = 0;
    qint64 amountFen = 0; ///< amounts involved in the concluded cases

    std::optional<double> successRate() const;
};

/// One row of a breakdown: a category, source, tier, organisation or month.
struct StatsRow
{
    QString key;   ///< stable code: category name, source code, tier code, org code, YYYY-MM
    QString label; ///< display text in the current language
    StatsCounts counts;
};

/// Litigation in one court's or tribunal's area.
struct LitigationRow
{
    QString org;
    QString name;
    qint64 registered = 0;
    qint64 filed = 0;
    std::optional<qint64> population;
    std::optional<double> rate;
    std::optional<double> per10k;
};

/// All figures of docs/metrics.md for one StatsQuery.
struct Figures
{
    StatsQuery query;
    StatsCounts totals;
    qint64 accepted = 0;
    qint64 referredUp = 0;
    qint64 delegated = 0;
    std::optional<double> successRate;
    std::optional<double> mediationWithdrawalRate;
    std::optional<double> litigationRate;
    std::optional<qint64> population;
    std::optional<double> litigationPer10k;
    qint64 settledInVillage = 0;
    qint64 settledAtOrBelowTownship = 0;
    std::optional<double> settledInVillageShare;
    std::optional<double> settledAtOrBelowTownshipShare;
    std::optional<double> cycleDaysAverage;
    std::optional<double> cycleDaysMedian;
    qint64 agreementAmountFen = 0;
    qint64 agreements = 0;
    qint64 preventedCriminalCases = 0;
    qint64 preventedCriminalPersons = 0;
    qint64 preventedPetitionCases = 0;
    qint64 preventedPetitionPersons = 0;
    /// Performance of agreements and feedback (core/stats/performance.cpp); null without data.
    std::optional<double> fulfilmentRate;
    std::optional<double> voluntaryPerformanceRate;
    std::optional<double> feedbackInTimeRate;
    std::optional<double> satisfaction;

    QList<StatsRow> byCategory;
    QList<StatsRow> bySource;
    QList<StatsRow> byTier;
    QList<StatsRow> byOrg;
    QList<StatsRow> byMonth;
    QList<LitigationRow> litigationByArea;
};

/// Computes the figures. Read-only; safe on any thread's own connection.
///
/// compute() reads whole months and years from the summary tables of migration 8
/// (`stats_counts`, `stats_cycle`, kept exact by triggers), the days of a partial month at
/// either end of the period from the cases by date, and "now" figures (overdue, instalments
/// due later, payments) through indexes. computeDirect() aggregates the case tables directly
/// and is the definition the tests compare compute() with (docs/metrics.md, docs/scale.md).
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
public:
    /// Days a mediation may run before it counts as overdue (simple calendar count).
    static constexpr int kMediationLimitDays = 30;

    explicit Statistics(Database &db) : m_db(db) {}

    Result<Figures> compute(const StatsQuery &query) const;
    /// The same figures by direct aggregation over the case tables (slow on large data).
    Result<Figures> computeDirect(const StatsQuery &query) const;

    /// Divides, or nothing when the denominator is zero.
    static std::optional<double> ratio(qint64 numerator, qint64 denominator);

private:
    Database &m_db;
};

} // namespace tj
