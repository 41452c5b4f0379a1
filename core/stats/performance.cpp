#include "performance.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "deadlines/rules.h"

namespace tj {

namespace {
// The agreements of the disputes settled in the area and period (agreed) and what was paid
// on each obligation by the reference day (paid).
const char kAgreedSql[] =
    "WITH area(code) AS (SELECT code FROM organisations WHERE substr(path, 1,"
    " length(:root_a)) = :root_b),"
    " agreed(case_id) AS (SELECT a.case_id FROM agreements a, cases c"
    " WHERE c.id = a.case_id AND c.status = 'settled'"
    " AND c.closed_org IN (SELECT code FROM area)"
    " AND c.closed_on BETWEEN :d_from AND :d_to),"
    " paid(obligation_id, fen) AS (SELECT obligation_id, SUM(amount_fen) FROM payments"
    " WHERE paid_on <= :as_a GROUP BY obligation_id)";

struct Bounds
{
    QString root;
    QString from;
    QString to;
    QString asOf;
};

Result<void> bindRun(Query &q, const Bounds &b, bool twice)
{
    q.bind("root_a", b.root).bind("root_b", b.root).bind("d_from", b.from).bind("d_to", b.to);
    q.bind("as_a", b.asOf);
    if (twice)
        q.bind("as_b", b.asOf);
    return q.exec();
}

/// Instalments due by the reference day, and those of them performed (what was paid covers
/// the instalment and every earlier one).
const char kFulfilmentSql[] =
    ", inst(obligation_id, due_on, cum) AS (SELECT i.obligation_id, i.due_on,"
    " SUM(i.amount_fen) OVER (PARTITION BY i.obligation_id ORDER BY i.seq)"
    " FROM instalments i JOIN obligations o ON o.id = i.obligation_id"
    " WHERE o.case_id IN (SELECT case_id FROM agreed))"
    " SELECT COUNT(*), COALESCE(SUM(CASE WHEN COALESCE(p.fen, 0) >= i.cum THEN 1 ELSE 0 END), 0)"
    " FROM inst i LEFT JOIN paid p ON p.obligation_id = i.obligation_id WHERE i.due_on <= :as_b";

/// Agreements whose last instalment is due by the reference day, and those of them paid in
/// full without an application for judicial confirmation.
const char kVoluntarySql[] =
    ", due(case_id) AS (SELECT o.case_id FROM obligations o JOIN instalments i ON"
    " i.obligation_id = o.id WHERE o.case_id IN (SELECT case_id FROM agreed)"
    " GROUP BY o.case_id HAVING MAX(i.due_on) <= :as_b),"
    " short(case_id) AS (SELECT o.case_id FROM obligations o LEFT JOIN paid p ON"
    " p.obligation_id = o.id WHERE o.case_id IN (SELECT case_id FROM agreed) AND"
    " COALESCE(p.fen, 0) < o.amount_fen)"
    " SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.case_id NOT IN (SELECT case_id FROM"
    " short) AND d.case_id NOT IN (SELECT case_id FROM confirmations) THEN 1 ELSE 0"
    " END), 0) FROM due d";

/// Instalments due by the reference day, and those of them performed: an instalment is
/// performed when the payments on its obligation cover it and every earlier instalment.
Result<void> fulfilment(QSqlDatabase db, const Bounds &b, Figures &f)
{
    Query q(db, QString(QLatin1String(kAgreedSql)) + QLatin1String(kFulfilmentSql), Query::Trusted);
    TJ_TRY(bindRun(q, b, true));
    if (q.next())
        f.fulfilmentRate = Statistics::ratio(q.value(1).toLongLong(), q.value(0).toLongLong());
    return {};
}

/// Agreements whose last instalment is due by the reference day, and those of them paid in
/// full without an application for judicial confirmation (the road to enforcement).
Result<void> voluntary(QSqlDatabase db, const Bounds &b, Figures &f)
{
    Query q(db, QString(QLatin1String(kAgreedSql)) + QLatin1String(kVoluntarySql), Query::Trusted);
    TJ_TRY(bindRun(q, b, true));
    if (q.next())
        f.voluntaryPerformanceRate = Statistics::ratio(q.value(1).toLongLong(), q.value(0).toLongLong());
    return {};
}

/// Feedback received in the period on cases handled in the area: answered within the limit ÷
/// items answered or past their limit by the reference day; the mean of the ratings.
Result<void> feedback(Database &database, const Bounds &b, Figures &f)
{
    auto rules = DeadlineRules::load(database);
    if (!rules)
        return rules.error();
    Query q(database.connection(),
            "WITH area(code) AS (SELECT code FROM organisations WHERE substr(path, 1,"
            " length(:root_a)) = :root_b) SELECT f.received_on, f.answered_on, f.rating"
            " FROM feedback f CROSS JOIN cases c WHERE c.id = f.case_id AND c.handling_org IN"
            " (SELECT code FROM area) AND f.received_on BETWEEN :d_from AND :d_to"
            " AND f.received_on <= :as_a");
    TJ_TRY(bindRun(q, b, false));
    const QDate asOf = parseIsoDate(b.asOf);
    qint64 counted = 0, inTime = 0, ratings = 0, ratingSum = 0;
    while (q.next()) {
        if (!q.value(2).isNull()) {
            ++ratings;
            ratingSum += q.value(2).toInt();
        }
        const Due due = rules->feedbackAnswer(parseIsoDate(q.value(0).toString()));
        QDate answered = parseIsoDate(q.value(1).toString());
        if (answered.isValid() && answered > asOf)
            answered = QDate();
        if (!due.computable() || (!answered.isValid() && due.date >= asOf))
            continue; // still open within its limit, or no limit can be computed
        ++counted;
        inTime += answered.isValid() && answered <= due.date ? 1 : 0;
    }
    f.feedbackInTimeRate = Statistics::ratio(inTime, counted);
    if (ratings > 0)
        f.satisfaction = double(ratingSum) / double(ratings);
    return {};
}
} // namespace

namespace {
Bounds boundsOf(const QString &root, const Figures &f)
{
    return Bounds{root,
                  f.query.from.isValid() ? isoDate(f.query.from) : QStringLiteral("0000-01-01"),
                  f.query.to.isValid() ? isoDate(f.query.to) : QStringLiteral("9999-12-31"),
                  isoDate(f.query.asOf.isValid() ? f.query.asOf : QDate::currentDate())};
}
} // namespace

Result<void> computePerformance(Database &db, const QString &root, Figures &f)
{
    const Bounds b = boundsOf(root, f);
    TJ_TRY(fulfilment(db.connection(), b, f));
    TJ_TRY(voluntary(db.connection(), b, f));
    return feedback(db, b, f);
}

Result<void> computePerformanceFromSummary(Database &db, const QString &root,
                                           const PerformanceCounts &counts, Figures &f)
{
    f.fulfilmentRate = Statistics::ratio(counts.performedInstalments, counts.dueInstalments);
    f.voluntaryPerformanceRate =
        Statistics::ratio(counts.voluntaryAgreements, counts.dueAgreements);
    return feedback(db, boundsOf(root, f), f);
}

} // namespace tj
