#include "statistics.h"

#include "performance.h"

#include "cases/case.h"
#include "cases/categories.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/dialect.h"
#include "db/query.h"
#include "orgs/organisation.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>

namespace tj {

namespace {
// Every query starts from the organisations of the area: a subtree is a prefix of `path`.
const char kArea[] = "WITH area(code, tier) AS (SELECT code, tier FROM organisations"
                     " WHERE substr(path, 1, length(:root_a)) = :root_b) ";
const char kConcluded[] = "('settled', 'failed', 'withdrawn', 'filed')";
const char kOpen[] = "('registered', 'in_mediation', 'referred', 'delegated')";

/// Builds the area-scoped queries of one StatsQuery with its binds.
class AreaSql
{
public:
    AreaSql(QSqlDatabase db, QString root, const StatsQuery &q)
        : m_db(std::move(db))
        , m_root(std::move(root))
        , m_from(q.from.isValid() ? isoDate(q.from) : QStringLiteral("0000-01-01"))
        , m_to(q.to.isValid() ? isoDate(q.to) : QStringLiteral("9999-12-31"))
        , m_asOf(isoDate(q.asOf.isValid() ? q.asOf : QDate::currentDate()))
    {}

    /// A query over the area; binds whichever of :d_from, :d_to, :limit_day it uses.
    Result<Query *> run(Query &q, const QString &sql) const
    {
        q.bind("root_a", m_root).bind("root_b", m_root);
        if (sql.contains(QLatin1String(":d_from")))
            q.bind("d_from", m_from);
        if (sql.contains(QLatin1String(":d_to")))
            q.bind("d_to", m_to);
        if (sql.contains(QLatin1String(":limit_day")))
            q.bind("limit_day", isoDate(QDate::fromString(m_asOf, Qt::ISODate)
                                            .addDays(-Statistics::kMediationLimitDays)));
        TJ_TRY(q.exec());
        return &q;
    }
    Query make(const QString &body) const
    {
        return Query(m_db, QLatin1String(kArea) + body, Query::Trusted);
    }
    QString sqlOf(const QString &body) const { return QLatin1String(kArea) + body; }

    /// One number (or 0) from a single-row query.
    Result<QVariant> scalar(const QString &body) const
    {
        Query q = make(body);
        auto r = run(q, sqlOf(body));
        if (!r)
            return r.error();
        return q.next() ? q.value(0) : QVariant();
    }

    QSqlDatabase db() const { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_root;
    QString m_from;
    QString m_to;
    QString m_asOf;
};

QString concludedWhere()
{
    return QStringLiteral(" c.closed_org IN (SELECT code FROM area) AND c.closed_on BETWEEN"
                          " :d_from AND :d_to AND c.status IN %1")
        .arg(QLatin1String(kConcluded));
}

void addOutcome(StatsCounts &counts, const QString &status, qint64 n)
{
    if (status == QLatin1String("settled"))
        counts.settled += n;
    else if (status == QLatin1String("failed"))
        counts.failed += n;
    else if (status == QLatin1String("withdrawn"))
        counts.withdrawn += n;
    else if (status == QLatin1String("filed"))
        counts.filed += n;
    else if (status == QLatin1String("not_accepted"))
        counts.notAccepted += n;
    counts.concluded = counts.settled + counts.failed + counts.withdrawn + counts.filed;
}

QString caseTierSql(const char *orgColumn)
{
    return QStringLiteral("(SELECT CASE tier WHEN 'tribunal' THEN 'court' ELSE tier END FROM"
                          " organisations WHERE code = %1)")
        .arg(QLatin1String(orgColumn));
}

Result<QMap<QString, StatsCounts>> grouped(const AreaSql &sql, const QString &regKey,
                                           const QString &closedKey, const QString &openKey)
{
    QMap<QString, StatsCounts> rows;
    const QString reg = QStringLiteral(
        "SELECT %1 AS k, COUNT(*) FROM cases c WHERE c.registering_org IN (SELECT code FROM area)"
        " AND c.received_on BETWEEN :d_from AND :d_to GROUP BY k").arg(regKey);
    Query q1 = sql.make(reg);
    TJ_TRY(sql.run(q1, sql.sqlOf(reg)));
    while (q1.next())
        rows[q1.value(0).toString()].registered = q1.value(1).toLongLong();

    const QString out = QStringLiteral(
        "SELECT %1 AS k, c.status, COUNT(*), SUM(c.amount_fen) FROM cases c WHERE"
        " c.closed_org IN (SELECT code FROM area) AND c.closed_on BETWEEN :d_from AND :d_to"
        " AND c.status NOT IN %2 GROUP BY k, c.status").arg(closedKey, QLatin1String(kOpen));
    Query q2 = sql.make(out);
    TJ_TRY(sql.run(q2, sql.sqlOf(out)));
    while (q2.next()) {
        StatsCounts &row = rows[q2.value(0).toString()];
        const QString status = q2.value(1).toString();
        addOutcome(row, status, q2.value(2).toLongLong());
        if (status != QLatin1String("not_accepted"))
            row.amountFen += q2.value(3).toLongLong();
    }

    if (openKey.isEmpty())
        return rows;
    const QString late = QStringLiteral(
        "SELECT %1 AS k, COUNT(*) FROM cases c WHERE c.handling_org IN (SELECT code FROM area)"
        " AND c.status IN %2 AND COALESCE(c.accepted_on, c.received_on) < :limit_day GROUP BY k")
                             .arg(openKey, QLatin1String(kOpen));
    Query q3 = sql.make(late);
    TJ_TRY(sql.run(q3, sql.sqlOf(late)));
    while (q3.next())
        rows[q3.value(0).toString()].overdue = q3.value(1).toLongLong();
    return rows;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toDouble();
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

// Population of an area: its root's own figure, else the sum over the highest organisations
// below it that have one (so a village is not counted again inside its township).
QString populationSql()
{
    return QStringLiteral(
        "SELECT SUM(d.population) FROM organisations d WHERE d.code IN (SELECT code FROM area)"
        " AND d.population IS NOT NULL AND NOT EXISTS (SELECT 1 FROM organisations a WHERE"
        " a.code IN (SELECT code FROM area) AND a.population IS NOT NULL AND a.path <> d.path"
        " AND substr(d.path, 1, length(a.path)) = a.path)");
}
/// Disputes prevented from turning criminal or into petitions: the records are few, read by
/// their date whichever way the other figures are computed.
Result<void> readPrevented(const AreaSql &sql, Figures &f)
{
    const QString prevented = QStringLiteral(
        "SELECT p.kind, COUNT(*), SUM(p.persons) FROM case_preventions p CROSS JOIN cases c"
        " WHERE c.id = p.case_id AND c.handling_org IN (SELECT code FROM area) AND p.recorded_on"
        " BETWEEN :d_from AND :d_to GROUP BY p.kind");
    Query p = sql.make(prevented);
    TJ_TRY(sql.run(p, sql.sqlOf(prevented)));
    while (p.next()) {
        const bool criminal = p.value(0).toString() == QLatin1String("criminal");
        (criminal ? f.preventedCriminalCases : f.preventedPetitionCases) = p.value(1).toLongLong();
        (criminal ? f.preventedCriminalPersons : f.preventedPetitionPersons) =
            p.value(2).toLongLong();
    }
    return {};
}

} // namespace

std::optional<double> StatsCounts::successRate() const
{
    return Statistics::ratio(settled, concluded);
}

std::optional<double> Statistics::ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

namespace {
Result<QString> rootPath(QSqlDatabase db, const QString &org)
{
    if (org.isEmpty())
        return QStringLiteral("/");
    Query q(db, "SELECT path FROM organisations WHERE code = :code");
    q.bind("code", org);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         Statistics::tr("There is no organisation %1.").arg(org));
    return q.value(0).toString();
}

Result<void> computeTotals(const AreaSql &sql, Figures &f)
{
    auto registered = sql.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM cases c WHERE c.registering_org IN (SELECT code FROM area)"
        " AND c.received_on BETWEEN :d_from AND :d_to"));
    if (!registered)
        return registered.error();
    f.totals.registered = registered->toLongLong();

    auto accepted = sql.scalar(QStringLiteral(
        "SELECT COUNT(DISTINCT e.case_id) FROM case_events e WHERE e.action = 'accept'"
        " AND e.before_org IN (SELECT code FROM area) AND e.on_date BETWEEN :d_from AND :d_to"));
    if (!accepted)
        return accepted.error();
    f.accepted = accepted->toLongLong();

    const QString outcomes = QStringLiteral(
        "SELECT c.status, COUNT(*), SUM(c.amount_fen) FROM cases c WHERE c.closed_org IN"
        " (SELECT code FROM area) AND c.closed_on BETWEEN :d_from AND :d_to"
        " AND c.status NOT IN %1 GROUP BY c.status").arg(QLatin1String(kOpen));
    Query q = sql.make(outcomes);
    TJ_TRY(sql.run(q, sql.sqlOf(outcomes)));
    while (q.next()) {
        addOutcome(f.totals, q.value(0).toString(), q.value(1).toLongLong());
        if (q.value(0).toString() != QLatin1String("not_accepted"))
            f.totals.amountFen += q.value(2).toLongLong();
    }

    const QString transfers = QStringLiteral(
        "SELECT r.kind, COUNT(*) FROM referrals r WHERE r.from_org IN (SELECT code FROM area)"
        " AND r.sent_on BETWEEN :d_from AND :d_to GROUP BY r.kind");
    Query t = sql.make(transfers);
    TJ_TRY(sql.run(t, sql.sqlOf(transfers)));
    while (t.next())
        (t.value(0).toString() == QLatin1String("refer") ? f.referredUp : f.delegated) =
            t.value(1).toLongLong();

    auto overdue = sql.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM cases c WHERE c.handling_org IN (SELECT code FROM area)"
        " AND c.status IN %1 AND COALESCE(c.accepted_on, c.received_on) < :limit_day")
                                  .arg(QLatin1String(kOpen)));
    if (!overdue)
        return overdue.error();
    f.totals.overdue = overdue->toLongLong();
    return {};
}

Result<void> computeCycleAndMoney(const QSqlDatabase &db, const AreaSql &sql, Figures &f)
{
    const QString days = QStringLiteral(", d(days) AS (SELECT %1 FROM cases c WHERE %2) ")
                             .arg(dialect::daysBetween(db, QStringLiteral("c.received_on"),
                                                       QStringLiteral("c.closed_on")),
                                  concludedWhere());
    // The CTE continues the area CTE, so the body starts with ", d(days) AS …".
    auto avg = sql.scalar(days + QStringLiteral("SELECT AVG(days) FROM d"));
    if (!avg)
        return avg.error();
    f.cycleDaysAverage = optionalDouble(avg.value());
    auto median = sql.scalar(days + QStringLiteral(
        "SELECT AVG(days) FROM (SELECT days FROM d ORDER BY days LIMIT 2 - (SELECT COUNT(*) FROM d)"
        " % 2 OFFSET (SELECT (COUNT(*) - 1) / 2 FROM d)) AS middle"));
    if (!median)
        return median.error();
    f.cycleDaysMedian = optionalDouble(median.value());

    const QString agreements = QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(a.amount_fen), 0) FROM agreements a JOIN cases c ON"
        " c.id = a.case_id WHERE c.status = 'settled' AND %1").arg(concludedWhere());
    Query q = sql.make(agreements);
    TJ_TRY(sql.run(q, sql.sqlOf(agreements)));
    if (q.next()) {
        f.agreements = q.value(0).toLongLong();
        f.agreementAmountFen = q.value(1).toLongLong();
    }

    TJ_TRY(readPrevented(sql, f));

    auto population = sql.scalar(populationSql());
    if (!population)
        return population.error();
    f.population = optionalInt(population.value());
    return {};
}
} // namespace

namespace {
QString labelFor(int dimension, const QString &key, const QHash<QString, QString> &orgNames)
{
    switch (dimension) {
    case 0: return CategoryCatalog::instance().displayName(key);
    case 1: {
        const auto source = sourceFromCode(key);
        return source ? sourceName(*source) : key;
    }
    case 2: {
        for (CaseTier t : {CaseTier::Village, CaseTier::Township, CaseTier::Court})
            if (caseTierCode(t) == key)
                return caseTierName(t);
        return key;
    }
    case 3: return orgNames.value(key, key);
    default: return key;
    }
}

// Months from `from` to `to` (inclusive), so a trend chart has no gaps; at most ten years.
QStringList monthsBetween(const QDate &from, const QDate &to)
{
    QStringList months;
    if (!from.isValid() || !to.isValid() || from > to)
        return months;
    for (QDate d(from.year(), from.month(), 1); d <= to && months.size() < 120; d = d.addMonths(1))
        months.append(d.toString(QStringLiteral("yyyy-MM")));
    return months;
}

Result<void> computeBreakdowns(const AreaSql &sql, const StatsQuery &query,
                               const QHash<QString, QString> &orgNames, Figures &f)
{
    const QString regTier = caseTierSql("c.registering_org");
    const QString closedTier = caseTierSql("c.closed_org");
    const QString openTier = caseTierSql("c.handling_org");
    struct Spec
    {
        QString reg, closed, open;
        QList<StatsRow> *out;
    };
    const Spec specs[] = {
        {QStringLiteral("c.category"), QStringLiteral("c.category"), QStringLiteral("c.category"),
         &f.byCategory},
        {QStringLiteral("c.source"), QStringLiteral("c.source"), QStringLiteral("c.source"),
         &f.bySource},
        {regTier, closedTier, openTier, &f.byTier},
        {QStringLiteral("c.registering_org"), QStringLiteral("c.closed_org"),
         QStringLiteral("c.handling_org"), &f.byOrg},
        {QStringLiteral("substr(c.received_on, 1, 7)"), QStringLiteral("substr(c.closed_on, 1, 7)"),
         QString(), &f.byMonth}, // overdue is a count of now, not of a month
    };
    for (int i = 0; i < 5; ++i) {
        auto rows = grouped(sql, specs[i].reg, specs[i].closed, specs[i].open);
        if (!rows)
            return rows.error();
        if (i == 4)
            for (const QString &month : monthsBetween(query.from, query.to))
                rows.value()[month]; // inserts an empty month
        if (i == 2)
            for (const char *tier : {"village", "township", "court"})
                rows.value()[QString::fromLatin1(tier)];
        for (auto it = rows->cbegin(); it != rows->cend(); ++it)
            specs[i].out->append(StatsRow{it.key(), labelFor(i, it.key(), orgNames), it.value()});
    }
    // The ladder reads bottom up.
    std::sort(f.byTier.begin(), f.byTier.end(), [](const StatsRow &a, const StatsRow &b) {
        const QStringList order = {QStringLiteral("village"), QStringLiteral("township"),
                                   QStringLiteral("court")};
        return order.indexOf(a.key) < order.indexOf(b.key);
    });
    return {};
}

Result<void> computeLitigation(Database &db, const StatsQuery &query, const QString &root,
                               Figures &f)
{
    Query areas(db.connection(), "SELECT code, name, path FROM organisations WHERE tier IN"
                                 " ('court', 'tribunal') AND substr(path, 1, length(:a)) = :b"
                                 " ORDER BY path");
    areas.bind("a", root).bind("b", root);
    TJ_TRY(areas.exec());
    QList<LitigationRow> rows;
    QStringList paths;
    while (areas.next()) {
        LitigationRow row;
        row.org = areas.value(0).toString();
        row.name = areas.value(1).toString();
        rows.append(row);
        paths.append(areas.value(2).toString());
    }
    for (int i = 0; i < rows.size(); ++i) {
        const AreaSql sql(db.connection(), paths[i], query);
        auto registered = sql.scalar(QStringLiteral(
            "SELECT COUNT(*) FROM cases c WHERE c.registering_org IN (SELECT code FROM area)"
            " AND c.received_on BETWEEN :d_from AND :d_to"));
        auto filed = sql.scalar(QStringLiteral(
            "SELECT COUNT(*) FROM cases c WHERE c.status = 'filed' AND c.closed_org IN"
            " (SELECT code FROM area) AND c.closed_on BETWEEN :d_from AND :d_to"));
        auto population = sql.scalar(populationSql());
        for (const auto *r : {&registered, &filed, &population})
            if (!r->ok())
                return r->error();
        LitigationRow &row = rows[i];
        row.registered = registered->toLongLong();
        row.filed = filed->toLongLong();
        row.population = optionalInt(population.value());
        row.rate = Statistics::ratio(row.filed, row.registered);
        if (row.population && *row.population > 0)
            row.per10k = double(row.filed) * 10000.0 / double(*row.population);
    }
    f.litigationByArea = rows;
    return {};
}

void deriveRates(Figures &f)
{
    const StatsCounts &t = f.totals;
    f.successRate = Statistics::ratio(t.settled, t.concluded);
    f.mediationWithdrawalRate = Statistics::ratio(t.settled + t.withdrawn, t.concluded);
    f.litigationRate = Statistics::ratio(t.filed, t.registered);
    if (f.population && *f.population > 0)
        f.litigationPer10k = double(t.filed) * 10000.0 / double(*f.population);
    for (const StatsRow &row : std::as_const(f.byTier)) {
        if (row.key == QLatin1String("village"))
            f.settledInVillage = row.counts.settled;
        if (row.key != QLatin1String("court"))
            f.settledAtOrBelowTownship += row.counts.settled;
    }
    f.settledInVillageShare = Statistics::ratio(f.settledInVillage, t.settled);
    f.settledAtOrBelowTownshipShare = Statistics::ratio(f.settledAtOrBelowTownship, t.settled);
}
} // namespace

Result<Figures> Statistics::computeDirect(const StatsQuery &query) const
{
    if (query.from.isValid() && query.to.isValid() && query.from > query.to)
        return makeError(ErrorKind::Validation,
                         tr("The period starts (%1) after it ends (%2).")
                             .arg(isoDate(query.from), isoDate(query.to)));
    QSqlDatabase db = m_db.connection();
    auto root = rootPath(db, query.org);
    if (!root)
        return root.error();
    Figures f;
    f.query = query;
    if (!f.query.asOf.isValid())
        f.query.asOf = QDate::currentDate();
    const AreaSql sql(db, root.value(), f.query);

    QHash<QString, QString> orgNames;
    Query names(db, "SELECT code, name FROM organisations");
    TJ_TRY(names.exec());
    while (names.next())
        orgNames.insert(names.value(0).toString(), names.value(1).toString());

    TJ_TRY(computeTotals(sql, f));
    TJ_TRY(computeCycleAndMoney(db, sql, f));
    TJ_TRY(computeBreakdowns(sql, f.query, orgNames, f));
    TJ_TRY(computeLitigation(m_db, f.query, root.value(), f));
    TJ_TRY(computePerformance(m_db, root.value(), f));
    deriveRates(f);
    return f;
}

} // namespace tj

// ---- compute(): whole months and years from the summary, partial months from the cases ----

namespace tj {

namespace {
const char *const kClosingFacts[] = {"settled", "failed", "withdrawn", "filed", "not_accepted"};

bool isClosingFact(const QString &fact)
{
    for (const char *f : kClosingFacts)
        if (fact == QLatin1String(f))
            return true;
    return false;
}

bool isConcludedFact(const QString &fact)
{
    return isClosingFact(fact) && fact != QLatin1String("not_accepted");
}

/// What a summary row (or a group of cases) carries for one fact.
struct Tally
{
    qint64 cases = 0;
    qint64 amountFen = 0;
    qint64 cycleDays = 0;
    qint64 agreements = 0;
    qint64 agreementFen = 0;
    qint64 instalments = 0;
    qint64 instAgreements = 0;

    void add(const Tally &o, qint64 sign = 1)
    {
        cases += sign * o.cases;
        amountFen += sign * o.amountFen;
        cycleDays += sign * o.cycleDays;
        agreements += sign * o.agreements;
        agreementFen += sign * o.agreementFen;
        instalments += sign * o.instalments;
        instAgreements += sign * o.instAgreements;
    }
};
using FactTallies = QHash<QString, Tally>; // by fact

/// Adds a fact's count to a breakdown row as computeDirect counts it.
void addFact(StatsCounts &counts, const QString &fact, qint64 cases, qint64 amountFen)
{
    if (fact == QLatin1String("registered")) {
        counts.registered += cases;
    } else if (isClosingFact(fact)) {
        addOutcome(counts, fact, cases);
        if (fact != QLatin1String("not_accepted"))
            counts.amountFen += amountFen;
    }
}

bool hasAny(const StatsCounts &c)
{
    return c.registered || c.settled || c.failed || c.withdrawn || c.filed || c.notAccepted
           || c.overdue;
}

struct OrgInfo
{
    QString code;
    QString parent;
    QString tier; ///< case tier: village, township, court
    QString path;
    QString name;
    std::optional<qint64> population;
};

/// The period cut into whole years, whole months outside them, and days of partial months.
struct Pieces
{
    QString yearFrom, yearTo;                ///< whole years (empty: none)
    QList<QPair<QString, QString>> months;   ///< whole-month ranges outside the whole years
    QString monthFrom, monthTo;              ///< every whole month (empty: none)
    QList<QPair<QString, QString>> days;     ///< partial months, ISO dates

    bool summary() const { return !monthFrom.isEmpty(); }
};

QString monthKey(const QDate &d)
{
    return QStringLiteral("%1-%2").arg(d.year(), 4, 10, QLatin1Char('0')).arg(d.month(), 2, 10,
                                                                              QLatin1Char('0'));
}

QString yearKey(int year)
{
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

Pieces cutPeriod(QDate from, QDate to)
{
    Pieces p;
    if (!from.isValid())
        from = QDate(1, 1, 1);
    if (!to.isValid())
        to = QDate(9999, 12, 31);
    if (from > to)
        return p;
    const auto lastOfMonth = [](const QDate &d) { return QDate(d.year(), d.month(), d.daysInMonth()); };
    const auto firstOfMonth = [](const QDate &d) { return QDate(d.year(), d.month(), 1); };
    QDate wholeFrom = from;
    QDate wholeTo = to;
    if (from.day() != 1) {
        const QDate end = std::min(lastOfMonth(from), to);
        p.days.append({isoDate(from), isoDate(end)});
        wholeFrom = lastOfMonth(from).addDays(1);
    }
    if (to != lastOfMonth(to) && wholeFrom <= to) {
        const QDate start = std::max(firstOfMonth(to), wholeFrom);
        p.days.append({isoDate(start), isoDate(to)});
        wholeTo = firstOfMonth(to).addDays(-1);
    }
    if (wholeFrom > wholeTo)
        return p;
    p.monthFrom = monthKey(wholeFrom);
    p.monthTo = monthKey(wholeTo);
    const int y1 = wholeFrom.month() == 1 ? wholeFrom.year() : wholeFrom.year() + 1;
    const int y2 = wholeTo.month() == 12 ? wholeTo.year() : wholeTo.year() - 1;
    if (y1 > y2) {
        p.months.append({p.monthFrom, p.monthTo});
        return p;
    }
    p.yearFrom = yearKey(y1);
    p.yearTo = yearKey(y2);
    if (wholeFrom < QDate(y1, 1, 1))
        p.months.append({p.monthFrom, monthKey(QDate(y1 - 1, 12, 1))});
    if (wholeTo > QDate(y2, 12, 31))
        p.months.append({monthKey(QDate(y2 + 1, 1, 1)), p.monthTo});
    return p;
}

/// The whole pieces as arms of a UNION ALL: `arm` is a SELECT whose WHERE ends with %1 (the
/// period condition) and uses %2 as the prefix of its placeholders (unique per arm). One range
/// per arm lets the primary key seek each (org, grain, dim, period range).
QString periodArms(const Pieces &p, const std::function<QString(const QString &cond,
                                                                 const QString &prefix)> &arm,
                   QList<QPair<QString, QString>> &binds)
{
    QStringList arms;
    if (!p.yearFrom.isEmpty()) {
        arms.append(arm(QStringLiteral("grain = 'y' AND period BETWEEN :py_a AND :py_b"),
                        QStringLiteral("y")));
        binds.append({QStringLiteral("py_a"), p.yearFrom});
        binds.append({QStringLiteral("py_b"), p.yearTo});
    }
    for (int i = 0; i < p.months.size(); ++i) {
        arms.append(arm(QStringLiteral("grain = 'm' AND period BETWEEN :pm%1_a AND :pm%1_b").arg(i),
                        QStringLiteral("m%1").arg(i)));
        binds.append({QStringLiteral("pm%1_a").arg(i), p.months[i].first});
        binds.append({QStringLiteral("pm%1_b").arg(i), p.months[i].second});
    }
    return arms.join(QStringLiteral(" UNION ALL "));
}

/// " IN (:o0, :o1, …)" for a list of codes, with its binds.
QString inList(const QString &prefix, const QStringList &codes, QList<QPair<QString, QString>> &binds)
{
    QStringList names;
    for (int i = 0; i < codes.size(); ++i) {
        names.append(QStringLiteral(":%1%2").arg(prefix).arg(i));
        binds.append({QStringLiteral("%1%2").arg(prefix).arg(i), codes[i]});
    }
    return QStringLiteral(" IN (%1)").arg(names.join(QStringLiteral(", ")));
}

Result<Query> runBound(const QSqlDatabase &db, const QString &sql,
                       const QList<QPair<QString, QString>> &binds)
{
    Query q(db, sql, Query::Trusted);
    for (const auto &b : binds)
        q.bind(b.first, b.second);
    TJ_TRY(q.exec());
    return q;
}

/// Everything compute() gathers before it fills the Figures.
struct Gathered
{
    QHash<QString, FactTallies> own;                  ///< by organisation: its own counts
    QHash<QString, QHash<QString, StatsCounts>> dims; ///< "c"/"s" → value → counts
    QMap<QString, StatsCounts> months;
    QMap<qint64, qint64> cycle;                       ///< concluded cases by cycle days
};

class SummaryStats
{
public:
    SummaryStats(Database &db, const StatsQuery &query, QString root)
        : m_db(db), m_conn(db.connection()), m_query(query), m_root(std::move(root))
    {}

    Result<Figures> run();

private:
    Result<void> loadOrganisations();
    Result<void> readSummary(const Pieces &pieces);
    Result<void> readDays(const QString &from, const QString &to);
    Result<void> readOverdue(Figures &f);
    Result<void> readDueLater(const Pieces &pieces, const QDate &asOf);
    Result<void> readDone(const Pieces &pieces, const QDate &asOf);
    Result<void> addWhole(const Pieces &pieces, const QString &table, const QString &first,
                          const QString &second, const QString &monthTest, const QString &month,
                          qint64 &firstSum, qint64 &secondSum);
    void fill(Figures &f);
    bool inArea(const QString &org) const { return m_area.contains(org); }
    bool under(const QString &org, const QString &path) const
    {
        const auto it = m_orgs.constFind(org);
        return it != m_orgs.cend() && it->path.startsWith(path);
    }
    std::optional<qint64> populationOf(const QString &path) const;

    Database &m_db;
    QSqlDatabase m_conn;
    StatsQuery m_query;
    QString m_root;
    QHash<QString, OrgInfo> m_orgs;
    QStringList m_areaList; ///< in path order
    QSet<QString> m_area;
    QStringList m_roots;    ///< area organisations whose parent is outside the area
    Gathered m_g;
    QHash<QString, StatsCounts> m_overdueByOrg;
    qint64 m_instalments = 0;
    qint64 m_instAgreements = 0;
    qint64 m_laterInstalments = 0; ///< of the agreed cases, due after the reference day
    qint64 m_laterAgreements = 0;  ///< agreed cases with an instalment due after it
    qint64 m_doneInstalments = 0;  ///< of the agreed cases, due and performed by the day
    qint64 m_doneAgreements = 0;   ///< agreed cases performed voluntarily by the day
};

Result<void> SummaryStats::loadOrganisations()
{
    Query q(m_conn, "SELECT code, parent_code, tier, path, name, population FROM organisations"
                    " ORDER BY path");
    TJ_TRY(q.exec());
    while (q.next()) {
        OrgInfo o;
        o.code = q.value(0).toString();
        o.parent = q.value(1).toString();
        o.tier = q.value(2).toString() == QLatin1String("tribunal") ? QStringLiteral("court")
                                                                     : q.value(2).toString();
        o.path = q.value(3).toString();
        o.name = q.value(4).toString();
        o.population = optionalInt(q.value(5));
        m_orgs.insert(o.code, o);
        if (o.path.startsWith(m_root)) {
            m_areaList.append(o.code);
            m_area.insert(o.code);
        }
    }
    for (const QString &code : std::as_const(m_areaList))
        if (!m_area.contains(m_orgs.value(code).parent))
            m_roots.append(code);
    return {};
}

Result<void> SummaryStats::readSummary(const Pieces &pieces)
{
    if (!pieces.summary() || m_areaList.isEmpty())
        return {};
    // The area's organisations, each with its subtree's counts: its own are what its children's
    // subtrees do not hold.
    {
        QList<QPair<QString, QString>> binds;
        const QString arms = periodArms(
            pieces,
            [&](const QString &cond, const QString &prefix) {
                return QStringLiteral("SELECT org_code, fact, cases, amount_fen, cycle_days,"
                                      " agreements, agreement_fen, instalments, inst_agreements"
                                      " FROM stats_counts WHERE org_code%1 AND dim = '' AND %2")
                    .arg(inList(QStringLiteral("o%1_").arg(prefix), m_areaList, binds), cond);
            },
            binds);
        const QString sql = QStringLiteral(
            "SELECT org_code, fact, SUM(cases), SUM(amount_fen), SUM(cycle_days), SUM(agreements),"
            " SUM(agreement_fen), SUM(instalments), SUM(inst_agreements) FROM (%1) AS k"
            " GROUP BY org_code, fact").arg(arms);
        auto q = runBound(m_conn, sql, binds);
        if (!q)
            return q.error();
        QHash<QString, FactTallies> tree;
        while (q->next()) {
            Tally t;
            t.cases = q->value(2).toLongLong();
            t.amountFen = q->value(3).toLongLong();
            t.cycleDays = q->value(4).toLongLong();
            t.agreements = q->value(5).toLongLong();
            t.agreementFen = q->value(6).toLongLong();
            t.instalments = q->value(7).toLongLong();
            t.instAgreements = q->value(8).toLongLong();
            tree[q->value(0).toString()][q->value(1).toString()] = t;
        }
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            FactTallies &own = m_g.own[it.key()];
            for (auto f = it->cbegin(); f != it->cend(); ++f)
                own[f.key()].add(f.value());
            const QString parent = m_orgs.value(it.key()).parent;
            if (m_area.contains(parent)) {
                FactTallies &parentOwn = m_g.own[parent];
                for (auto f = it->cbegin(); f != it->cend(); ++f)
                    parentOwn[f.key()].add(f.value(), -1);
            }
        }
    }
    // Categories and sources of the area: its roots' rows.
    {
        QList<QPair<QString, QString>> binds;
        const QString arms = periodArms(
            pieces,
            [&](const QString &cond, const QString &prefix) {
                return QStringLiteral("SELECT dim, value, fact, cases, amount_fen FROM stats_counts"
                                      " WHERE org_code%1 AND dim IN ('c', 's') AND %2")
                    .arg(inList(QStringLiteral("r%1_").arg(prefix), m_roots, binds), cond);
            },
            binds);
        const QString sql = QStringLiteral("SELECT dim, value, fact, SUM(cases), SUM(amount_fen)"
                                           " FROM (%1) AS k GROUP BY dim, value, fact").arg(arms);
        auto q = runBound(m_conn, sql, binds);
        if (!q)
            return q.error();
        while (q->next())
            addFact(m_g.dims[q->value(0).toString()][q->value(1).toString()],
                    q->value(2).toString(), q->value(3).toLongLong(), q->value(4).toLongLong());
    }
    // Months.
    {
        QList<QPair<QString, QString>> binds;
        const QString sql = QStringLiteral(
            "SELECT period, fact, SUM(cases), SUM(amount_fen) FROM stats_counts WHERE org_code%1"
            " AND grain = 'm' AND dim = '' AND period BETWEEN :m_a AND :m_b GROUP BY period, fact")
                                .arg(inList(QStringLiteral("o"), m_roots, binds));
        binds.append({QStringLiteral("m_a"), pieces.monthFrom});
        binds.append({QStringLiteral("m_b"), pieces.monthTo});
        auto q = runBound(m_conn, sql, binds);
        if (!q)
            return q.error();
        while (q->next())
            addFact(m_g.months[q->value(0).toString()], q->value(1).toString(),
                    q->value(2).toLongLong(), q->value(3).toLongLong());
    }
    // The distribution of cycle days.
    {
        QList<QPair<QString, QString>> binds;
        const QString arms = periodArms(
            pieces,
            [&](const QString &cond, const QString &prefix) {
                return QStringLiteral("SELECT days, cases FROM stats_cycle WHERE org_code%1 AND"
                                      " fact IN %2 AND %3")
                    .arg(inList(QStringLiteral("r%1_").arg(prefix), m_roots, binds),
                         QLatin1String(kConcluded), cond);
            },
            binds);
        const QString sql =
            QStringLiteral("SELECT days, SUM(cases) FROM (%1) AS k GROUP BY days").arg(arms);
        auto q = runBound(m_conn, sql, binds);
        if (!q)
            return q.error();
        while (q->next())
            m_g.cycle[q->value(0).toLongLong()] += q->value(1).toLongLong();
    }
    return {};
}

Result<void> SummaryStats::readDays(const QString &from, const QString &to)
{
    const QList<QPair<QString, QString>> binds = {{QStringLiteral("d_a"), from},
                                                  {QStringLiteral("d_b"), to}};
    auto reg = runBound(m_conn,
                        QStringLiteral("SELECT registering_org, category, source,"
                                       " substr(received_on, 1, 7), COUNT(*) FROM cases WHERE"
                                       " received_on BETWEEN :d_a AND :d_b GROUP BY 1, 2, 3, 4"),
                        binds);
    if (!reg)
        return reg.error();
    const QString registered = QStringLiteral("registered");
    while (reg->next()) {
        const QString org = reg->value(0).toString();
        if (!inArea(org))
            continue;
        const qint64 n = reg->value(4).toLongLong();
        m_g.own[org][registered].cases += n;
        addFact(m_g.dims[QStringLiteral("c")][reg->value(1).toString()], registered, n, 0);
        addFact(m_g.dims[QStringLiteral("s")][reg->value(2).toString()], registered, n, 0);
        addFact(m_g.months[reg->value(3).toString()], registered, n, 0);
    }

    // (status || '') keeps the planner on the closing-date index: by status it would read every
    // closed case.
    const QString days = QStringLiteral("CAST(%1 AS INTEGER)")
                             .arg(dialect::daysBetween(m_conn, QStringLiteral("c.received_on"),
                                                       QStringLiteral("c.closed_on")));
    auto closed = runBound(
        m_conn,
        QStringLiteral(
            "SELECT x.org, x.fact, x.category, x.source, x.month, x.days, COUNT(*), SUM(x.amount_fen),"
            " SUM(x.agreements), SUM(x.agreement_fen), SUM(x.instalments),"
            " SUM(CASE WHEN x.instalments > 0 THEN 1 ELSE 0 END) FROM (SELECT c.closed_org AS org,"
            " c.status AS fact, c.category, c.source, substr(c.closed_on, 1, 7) AS month, %1 AS days,"
            " c.amount_fen, CASE WHEN a.case_id IS NULL THEN 0 ELSE 1 END AS agreements,"
            " COALESCE(a.amount_fen, 0) AS agreement_fen, CASE WHEN a.case_id IS NULL THEN 0 ELSE"
            " (SELECT COUNT(*) FROM obligations o JOIN instalments i ON i.obligation_id = o.id"
            " WHERE o.case_id = a.case_id) END AS instalments FROM cases c LEFT JOIN agreements a"
            " ON a.case_id = c.id AND c.status = 'settled' WHERE c.closed_on BETWEEN :d_a AND :d_b"
            " AND c.closed_org IS NOT NULL AND (c.status || '') IN ('settled', 'failed',"
            " 'withdrawn', 'filed', 'not_accepted')) x GROUP BY 1, 2, 3, 4, 5, 6")
            .arg(days),
        binds);
    if (!closed)
        return closed.error();
    while (closed->next()) {
        const QString org = closed->value(0).toString();
        if (!inArea(org))
            continue;
        const QString fact = closed->value(1).toString();
        const qint64 d = closed->value(5).toLongLong();
        Tally t;
        t.cases = closed->value(6).toLongLong();
        t.amountFen = closed->value(7).toLongLong();
        t.cycleDays = d * t.cases;
        t.agreements = closed->value(8).toLongLong();
        t.agreementFen = closed->value(9).toLongLong();
        t.instalments = closed->value(10).toLongLong();
        t.instAgreements = closed->value(11).toLongLong();
        m_g.own[org][fact].add(t);
        addFact(m_g.dims[QStringLiteral("c")][closed->value(2).toString()], fact, t.cases, t.amountFen);
        addFact(m_g.dims[QStringLiteral("s")][closed->value(3).toString()], fact, t.cases, t.amountFen);
        addFact(m_g.months[closed->value(4).toString()], fact, t.cases, t.amountFen);
        if (isConcludedFact(fact))
            m_g.cycle[d] += t.cases;
    }

    auto accepted = runBound(m_conn,
                             QStringLiteral("SELECT before_org, COUNT(*) FROM case_events WHERE"
                                            " action = 'accept' AND on_date BETWEEN :d_a AND :d_b"
                                            " AND before_org IS NOT NULL GROUP BY before_org"),
                             binds);
    if (!accepted)
        return accepted.error();
    while (accepted->next())
        if (inArea(accepted->value(0).toString()))
            m_g.own[accepted->value(0).toString()][QStringLiteral("accepted")].cases +=
                accepted->value(1).toLongLong();

    auto sent = runBound(m_conn,
                         QStringLiteral("SELECT from_org, kind, COUNT(*) FROM referrals WHERE"
                                        " sent_on BETWEEN :d_a AND :d_b GROUP BY from_org, kind"),
                         binds);
    if (!sent)
        return sent.error();
    while (sent->next())
        if (inArea(sent->value(0).toString()))
            m_g.own[sent->value(0).toString()][sent->value(1).toString()].cases +=
                sent->value(2).toLongLong();
    return {};
}

Result<void> SummaryStats::readOverdue(Figures &f)
{
    const QList<QPair<QString, QString>> binds = {
        {QStringLiteral("limit_day"),
         isoDate(f.query.asOf.addDays(-Statistics::kMediationLimitDays))}};
    auto q = runBound(m_conn,
                      QStringLiteral("SELECT c.handling_org, c.category, c.source, COUNT(*) FROM"
                                     " cases c WHERE c.status IN %1 AND COALESCE(c.accepted_on,"
                                     " c.received_on) < :limit_day GROUP BY 1, 2, 3")
                          .arg(QLatin1String(kOpen)),
                      binds);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString org = q->value(0).toString();
        if (!inArea(org))
            continue;
        const qint64 n = q->value(3).toLongLong();
        m_overdueByOrg[org].overdue += n;
        m_g.dims[QStringLiteral("c")][q->value(1).toString()].overdue += n;
        m_g.dims[QStringLiteral("s")][q->value(2).toString()].overdue += n;
    }
    return {};
}

/// Two columns of a summary kept per subtree root, closing period and month (stats_due,
/// stats_done), summed over the roots' rows of the whole pieces whose month passes `monthTest`
/// (e.g. "due_month >") against `month`, and added to `firstSum` and `secondSum`.
Result<void> SummaryStats::addWhole(const Pieces &pieces, const QString &table, const QString &first,
                                    const QString &second, const QString &monthTest,
                                    const QString &month, qint64 &firstSum, qint64 &secondSum)
{
    QList<QPair<QString, QString>> binds;
    const QString arms = periodArms(
        pieces,
        [&](const QString &cond, const QString &prefix) {
            binds.append({QStringLiteral("dm") + prefix, month});
            return QStringLiteral("SELECT %1, %2 FROM %3 WHERE org_code%4 AND %5 AND %6 :dm%7")
                .arg(first, second, table,
                     inList(QStringLiteral("r%1_").arg(prefix), m_roots, binds), cond, monthTest,
                     prefix);
        },
        binds);
    auto q = runBound(m_conn,
                      QStringLiteral("SELECT COALESCE(SUM(%1), 0), COALESCE(SUM(%2), 0) FROM (%3)"
                                     " AS k").arg(first, second, arms),
                      binds);
    if (!q)
        return q.error();
    if (q->next()) {
        firstSum += q->value(0).toLongLong();
        secondSum += q->value(1).toLongLong();
    }
    return {};
}

// Instalments of the agreements of the cases settled in the area and period that fall due
// after the reference day, and those agreements: the summary's due months after the reference
// day's month for the whole closing months; the rest of that month, and the partial closing
// months, from the instalments and cases by date.
Result<void> SummaryStats::readDueLater(const Pieces &pieces, const QDate &asOf)
{
    if (m_areaList.isEmpty())
        return {};
    const QDate monthEnd(asOf.year(), asOf.month(), asOf.daysInMonth());
    if (pieces.summary()) {
        TJ_TRY(addWhole(pieces, QStringLiteral("stats_due"), QStringLiteral("instalments"),
                        QStringLiteral("last_agreements"), QStringLiteral("due_month >"),
                        monthKey(asOf), m_laterInstalments, m_laterAgreements));
    }
    // Due in the rest of the reference day's month, whatever the closing date in the period.
    {
        QList<QPair<QString, QString>> binds = {
            {QStringLiteral("w_a"), isoDate(asOf)}, {QStringLiteral("w_b"), isoDate(monthEnd)},
            {QStringLiteral("w_c"), isoDate(monthEnd)},
            {QStringLiteral("c_a"), m_query.from.isValid() ? isoDate(m_query.from)
                                                           : QStringLiteral("0000-01-01")},
            {QStringLiteral("c_b"), m_query.to.isValid() ? isoDate(m_query.to)
                                                         : QStringLiteral("9999-12-31")}};
        const QString area = inList(QStringLiteral("a"), m_areaList, binds);
        auto q = runBound(
            m_conn,
            QStringLiteral(
                "SELECT COUNT(*), COUNT(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM obligations o2"
                " JOIN instalments i2 ON i2.obligation_id = o2.id WHERE o2.case_id = o.case_id AND"
                " i2.due_on > :w_c) THEN o.case_id END) FROM instalments i CROSS JOIN obligations o"
                " CROSS JOIN cases c WHERE o.id = i.obligation_id AND c.id = o.case_id AND"
                " i.due_on > :w_a AND i.due_on <= :w_b AND c.status = 'settled' AND c.closed_org%1"
                " AND c.closed_on BETWEEN :c_a AND :c_b").arg(area),
            binds);
        if (!q)
            return q.error();
        if (q->next()) {
            m_laterInstalments += q->value(0).toLongLong();
            m_laterAgreements += q->value(1).toLongLong();
        }
    }
    // Due after that month, for the cases closed in a partial month of the period: only when
    // the summary says some case closed in that whole month has such an instalment.
    for (const auto &d : pieces.days) {
        {
            QList<QPair<QString, QString>> binds = {{QStringLiteral("pm"), d.first.left(7)},
                                                    {QStringLiteral("dm"), monthKey(asOf)}};
            auto any = runBound(m_conn,
                                QStringLiteral("SELECT COALESCE(SUM(instalments), 0) FROM stats_due"
                                               " WHERE org_code%1 AND grain = 'm' AND period = :pm"
                                               " AND due_month > :dm")
                                    .arg(inList(QStringLiteral("r"), m_roots, binds)),
                                binds);
            if (!any)
                return any.error();
            if (!any->next() || any->value(0).toLongLong() == 0)
                continue;
        }
        QList<QPair<QString, QString>> binds = {{QStringLiteral("d_a"), d.first},
                                                {QStringLiteral("d_b"), d.second},
                                                {QStringLiteral("w_c"), isoDate(monthEnd)}};
        const QString area = inList(QStringLiteral("a"), m_areaList, binds);
        auto q = runBound(
            m_conn,
            QStringLiteral(
                "SELECT COUNT(*), COUNT(DISTINCT o.case_id) FROM cases c CROSS JOIN obligations o"
                " CROSS JOIN instalments i WHERE c.closed_on BETWEEN :d_a AND :d_b AND (c.status || '')"
                " = 'settled' AND c.closed_org%1 AND o.case_id = c.id AND i.obligation_id = o.id AND"
                " i.due_on > :w_c").arg(area),
            binds);
        if (!q)
            return q.error();
        if (q->next()) {
            m_laterInstalments += q->value(0).toLongLong();
            m_laterAgreements += q->value(1).toLongLong();
        }
    }
    return {};
}

// Instalments of the agreements of the cases settled in the area and period that are due and
// performed by the reference day, and the agreements performed voluntarily by it (their "done"
// day, migration 10): the summary's done months before the reference day's month for the whole
// closing months; the days of that month up to the reference day, and the partial closing
// months, from the cases' rows by day.
Result<void> SummaryStats::readDone(const Pieces &pieces, const QDate &asOf)
{
    if (m_areaList.isEmpty())
        return {};
    const QString monthStart = isoDate(QDate(asOf.year(), asOf.month(), 1));
    const auto add = [this](Query &q) {
        if (q.next()) {
            m_doneInstalments += q.value(0).toLongLong();
            m_doneAgreements += q.value(1).toLongLong();
        }
    };
    if (pieces.summary()) {
        TJ_TRY(addWhole(pieces, QStringLiteral("stats_done"), QStringLiteral("instalments"),
                        QStringLiteral("agreements"), QStringLiteral("done_month <"),
                        monthKey(asOf), m_doneInstalments, m_doneAgreements));
    }
    // Done in the reference day's month up to the day, whatever the closing date in the period.
    // (closed_on || '') keeps the planner on the done-day index: by closing date it would read
    // every case closed in the period.
    {
        QList<QPair<QString, QString>> binds = {
            {QStringLiteral("w_a"), monthStart}, {QStringLiteral("w_b"), isoDate(asOf)},
            {QStringLiteral("c_a"), m_query.from.isValid() ? isoDate(m_query.from)
                                                           : QStringLiteral("0000-01-01")},
            {QStringLiteral("c_b"), m_query.to.isValid() ? isoDate(m_query.to)
                                                         : QStringLiteral("9999-12-31")}};
        const QString area = inList(QStringLiteral("a"), m_areaList, binds);
        auto q = runBound(m_conn,
                          QStringLiteral("SELECT COALESCE(SUM(instalments), 0),"
                                         " COALESCE(SUM(agreements), 0) FROM stats_done_case WHERE"
                                         " done_on BETWEEN :w_a AND :w_b AND org%1 AND (closed_on"
                                         " || '') BETWEEN :c_a AND :c_b").arg(area),
                          binds);
        if (!q)
            return q.error();
        add(*q);
    }
    // Done before that month, for the cases closed in a partial month of the period (on the
    // closing-date index).
    for (const auto &d : pieces.days) {
        QList<QPair<QString, QString>> binds = {{QStringLiteral("d_a"), d.first},
                                                {QStringLiteral("d_b"), d.second},
                                                {QStringLiteral("w_a"), monthStart}};
        const QString area = inList(QStringLiteral("a"), m_areaList, binds);
        auto q = runBound(m_conn,
                          QStringLiteral("SELECT COALESCE(SUM(instalments), 0),"
                                         " COALESCE(SUM(agreements), 0) FROM stats_done_case WHERE"
                                         " closed_on BETWEEN :d_a AND :d_b AND org%1 AND (done_on"
                                         " || '') < :w_a").arg(area),
                          binds);
        if (!q)
            return q.error();
        add(*q);
    }
    return {};
}

std::optional<qint64> SummaryStats::populationOf(const QString &path) const
{
    // The root's own figure, else the highest organisations below it that have one.
    std::optional<qint64> sum;
    QStringList counted;
    for (const QString &code : std::as_const(m_areaList)) {
        const OrgInfo &o = m_orgs[code];
        if (!o.path.startsWith(path) || !o.population)
            continue;
        bool covered = false;
        for (const QString &p : std::as_const(counted))
            covered = covered || o.path.startsWith(p);
        if (covered)
            continue;
        counted.append(o.path); // m_areaList is in path order: ancestors come first
        sum = sum.value_or(0) + *o.population;
    }
    return sum;
}

void SummaryStats::fill(Figures &f)
{
    QHash<QString, StatsCounts> byOrg;
    qint64 cycleDays = 0, instalments = 0, instAgreements = 0;
    for (auto it = m_g.own.cbegin(); it != m_g.own.cend(); ++it) {
        StatsCounts &row = byOrg[it.key()];
        for (auto t = it->cbegin(); t != it->cend(); ++t) {
            const QString &fact = t.key();
            addFact(row, fact, t->cases, t->amountFen);
            addFact(f.totals, fact, t->cases, t->amountFen);
            if (fact == QLatin1String("accepted"))
                f.accepted += t->cases;
            else if (fact == QLatin1String("refer"))
                f.referredUp += t->cases;
            else if (fact == QLatin1String("delegate"))
                f.delegated += t->cases;
            if (isConcludedFact(fact))
                cycleDays += t->cycleDays;
            if (fact == QLatin1String("settled")) {
                f.agreements += t->agreements;
                f.agreementAmountFen += t->agreementFen;
                instalments += t->instalments;
                instAgreements += t->instAgreements;
            }
        }
    }
    for (auto it = m_overdueByOrg.cbegin(); it != m_overdueByOrg.cend(); ++it) {
        byOrg[it.key()].overdue += it->overdue;
        f.totals.overdue += it->overdue;
    }
    m_instalments = instalments;
    m_instAgreements = instAgreements;

    if (f.totals.concluded > 0)
        f.cycleDaysAverage = double(cycleDays) / double(f.totals.concluded);
    qint64 count = 0;
    for (qint64 n : std::as_const(m_g.cycle))
        count += n;
    if (count > 0) {
        const qint64 lo = (count - 1) / 2, hi = count / 2;
        std::optional<qint64> loDays, hiDays;
        qint64 seen = 0;
        for (auto it = m_g.cycle.cbegin(); it != m_g.cycle.cend() && !hiDays; ++it) {
            seen += it.value();
            if (!loDays && seen > lo)
                loDays = it.key();
            if (seen > hi)
                hiDays = it.key();
        }
        f.cycleDaysMedian = (double(*loDays) + double(*hiDays)) / 2.0;
    }

    // Breakdowns, with the rows computeDirect would list.
    QMap<QString, StatsCounts> tiers;
    for (const char *tier : {"village", "township", "court"})
        tiers[QString::fromLatin1(tier)];
    QMap<QString, StatsCounts> orgRows;
    for (auto it = byOrg.cbegin(); it != byOrg.cend(); ++it) {
        if (!hasAny(*it))
            continue;
        orgRows.insert(it.key(), *it);
        StatsCounts &t = tiers[m_orgs.value(it.key()).tier];
        t.registered += it->registered;
        t.settled += it->settled;
        t.failed += it->failed;
        t.withdrawn += it->withdrawn;
        t.filed += it->filed;
        t.notAccepted += it->notAccepted;
        t.overdue += it->overdue;
        t.amountFen += it->amountFen;
        t.concluded = t.settled + t.failed + t.withdrawn + t.filed;
    }
    for (auto it = orgRows.cbegin(); it != orgRows.cend(); ++it)
        f.byOrg.append(StatsRow{it.key(), m_orgs.value(it.key()).name, *it});
    for (const char *tier : {"village", "township", "court"}) {
        const QString key = QString::fromLatin1(tier);
        f.byTier.append(StatsRow{key, labelFor(2, key, {}), tiers.value(key)});
    }
    const auto sortedRows = [](const QHash<QString, StatsCounts> &rows) {
        QMap<QString, StatsCounts> sorted;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (hasAny(*it))
                sorted.insert(it.key(), *it);
        return sorted;
    };
    const QMap<QString, StatsCounts> cats = sortedRows(m_g.dims.value(QStringLiteral("c")));
    for (auto it = cats.cbegin(); it != cats.cend(); ++it)
        f.byCategory.append(StatsRow{it.key(), labelFor(0, it.key(), {}), *it});
    const QMap<QString, StatsCounts> sources = sortedRows(m_g.dims.value(QStringLiteral("s")));
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        f.bySource.append(StatsRow{it.key(), labelFor(1, it.key(), {}), *it});
    QMap<QString, StatsCounts> months;
    for (auto it = m_g.months.cbegin(); it != m_g.months.cend(); ++it)
        if (hasAny(*it))
            months.insert(it.key(), *it);
    for (const QString &month : monthsBetween(f.query.from, f.query.to))
        months[month];
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        f.byMonth.append(StatsRow{it.key(), it.key(), *it});

    // Litigation in each court's or tribunal's area (its subtree).
    for (const QString &code : std::as_const(m_areaList)) {
        const OrgInfo &court = m_orgs[code];
        if (court.tier != QLatin1String("court"))
            continue;
        LitigationRow row;
        row.org = court.code;
        row.name = court.name;
        for (auto it = m_g.own.cbegin(); it != m_g.own.cend(); ++it) {
            if (!under(it.key(), court.path))
                continue;
            row.registered += it->value(QStringLiteral("registered")).cases;
            row.filed += it->value(QStringLiteral("filed")).cases;
        }
        row.population = populationOf(court.path);
        row.rate = Statistics::ratio(row.filed, row.registered);
        if (row.population && *row.population > 0)
            row.per10k = double(row.filed) * 10000.0 / double(*row.population);
        f.litigationByArea.append(row);
    }
    f.population = populationOf(m_root);
}

Result<Figures> SummaryStats::run()
{
    Figures f;
    f.query = m_query;
    TJ_TRY(loadOrganisations());
    const Pieces pieces = cutPeriod(m_query.from, m_query.to);
    TJ_TRY(readSummary(pieces));
    for (const auto &d : pieces.days)
        TJ_TRY(readDays(d.first, d.second));
    TJ_TRY(readOverdue(f));
    TJ_TRY(readDueLater(pieces, f.query.asOf));
    TJ_TRY(readDone(pieces, f.query.asOf));
    fill(f);

    TJ_TRY(readPrevented(AreaSql(m_conn, m_root, f.query), f));
    PerformanceCounts counts;
    counts.dueInstalments = m_instalments - m_laterInstalments;
    counts.performedInstalments = m_doneInstalments;
    counts.dueAgreements = m_instAgreements - m_laterAgreements;
    counts.voluntaryAgreements = m_doneAgreements;
    TJ_TRY(computePerformanceFromSummary(m_db, m_root, counts, f));
    deriveRates(f);
    return f;
}
} // namespace

Result<Figures> Statistics::compute(const StatsQuery &query) const
{
    if (query.from.isValid() && query.to.isValid() && query.from > query.to)
        return makeError(ErrorKind::Validation,
                         tr("The period starts (%1) after it ends (%2).")
                             .arg(isoDate(query.from), isoDate(query.to)));
    auto root = rootPath(m_db.connection(), query.org);
    if (!root)
        return root.error();
    StatsQuery q = query;
    if (!q.asOf.isValid())
        q.asOf = QDate::currentDate();
    return SummaryStats(m_db, q, root.value()).run();
}

} // namespace tj
