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

    const QString prevented = QStringLiteral(
        "SELECT p.kind, COUNT(*), SUM(p.persons) FROM case_preventions p JOIN cases c ON"
        " c.id = p.case_id WHERE c.handling_org IN (SELECT code FROM area) AND p.recorded_on"
        " BETWEEN :d_from AND :d_to GROUP BY p.kind");
    Query p = sql.make(prevented);
    TJ_TRY(sql.run(p, sql.sqlOf(prevented)));
    while (p.next()) {
        const bool criminal = p.value(0).toString() == QLatin1String("criminal");
        (criminal ? f.preventedCriminalCases : f.preventedPetitionCases) = p.value(1).toLongLong();
        (criminal ? f.preventedCriminalPersons : f.preventedPetitionPersons) =
            p.value(2).toLongLong();
    }

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

Result<Figures> Statistics::compute(const StatsQuery &query) const
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
