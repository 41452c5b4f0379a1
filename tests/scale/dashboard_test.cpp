// Statistics::compute (summary tables of migrations 8 and 10 + partial months + indexes) must give
// exactly what Statistics::computeDirect (direct aggregation, the definition) gives: for a
// generated county and for every kind of change the services make, for many areas and periods.

#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "agreements/feedback.h"
#include "cases/caseservice.h"
#include "common/clock.h"
#include "db/query.h"
#include "demo/generator.h"
#include "stats/prevention.h"
#include "stats/statistics.h"

#include "statsfixture.h"

#include <cmath>
#include <random>

using namespace tj;

namespace {

QString num(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

QString num(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QStringLiteral("null");
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

void compareCounts(QStringList &out, const QString &where, const StatsCounts &a, const StatsCounts &b)
{
    const auto check = [&](const char *name, qint64 x, qint64 y) {
        if (x != y)
            out << QStringLiteral("%1.%2: %3 (summary) vs %4 (direct)")
                       .arg(where, QLatin1String(name)).arg(x).arg(y);
    };
    check("registered", a.registered, b.registered);
    check("concluded", a.concluded, b.concluded);
    check("settled", a.settled, b.settled);
    check("failed", a.failed, b.failed);
    check("withdrawn", a.withdrawn, b.withdrawn);
    check("filed", a.filed, b.filed);
    check("not_accepted", a.notAccepted, b.notAccepted);
    check("overdue", a.overdue, b.overdue);
    check("amount", a.amountFen, b.amountFen);
}

void compareRows(QStringList &out, const char *name, const QList<StatsRow> &a,
                 const QList<StatsRow> &b)
{
    if (a.size() != b.size()) {
        QStringList ka, kb;
        for (const auto &r : a)
            ka << r.key;
        for (const auto &r : b)
            kb << r.key;
        out << QStringLiteral("%1: rows %2 vs %3").arg(QLatin1String(name), ka.join(u','), kb.join(u','));
        return;
    }
    for (int i = 0; i < a.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(name), b[i].key);
        if (a[i].key != b[i].key || a[i].label != b[i].label)
            out << QStringLiteral("%1: key/label %2/%3").arg(where, a[i].key, a[i].label);
        compareCounts(out, where, a[i].counts, b[i].counts);
    }
}

/// Every figure of `a` (summary) against `b` (direct); empty when equal.
QStringList differences(const Figures &a, const Figures &b)
{
    QStringList out;
    compareCounts(out, QStringLiteral("totals"), a.totals, b.totals);
    const auto checkI = [&](const char *name, qint64 x, qint64 y) {
        if (x != y)
            out << QStringLiteral("%1: %2 vs %3").arg(QLatin1String(name)).arg(x).arg(y);
    };
    const auto checkD = [&](const char *name, const std::optional<double> &x,
                            const std::optional<double> &y) {
        if (!same(x, y))
            out << QStringLiteral("%1: %2 vs %3").arg(QLatin1String(name), num(x), num(y));
    };
    checkI("accepted", a.accepted, b.accepted);
    checkI("referred_up", a.referredUp, b.referredUp);
    checkI("delegated", a.delegated, b.delegated);
    checkD("success_rate", a.successRate, b.successRate);
    checkD("mediation_withdrawal_rate", a.mediationWithdrawalRate, b.mediationWithdrawalRate);
    checkD("litigation_rate", a.litigationRate, b.litigationRate);
    if (a.population != b.population)
        out << QStringLiteral("population: %1 vs %2").arg(num(a.population), num(b.population));
    checkD("litigation_per_10k", a.litigationPer10k, b.litigationPer10k);
    checkI("settled_in_village", a.settledInVillage, b.settledInVillage);
    checkI("settled_at_or_below_township", a.settledAtOrBelowTownship, b.settledAtOrBelowTownship);
    checkD("settled_in_village_share", a.settledInVillageShare, b.settledInVillageShare);
    checkD("settled_at_or_below_township_share", a.settledAtOrBelowTownshipShare,
           b.settledAtOrBelowTownshipShare);
    checkD("cycle_days_average", a.cycleDaysAverage, b.cycleDaysAverage);
    checkD("cycle_days_median", a.cycleDaysMedian, b.cycleDaysMedian);
    checkI("agreement_amount", a.agreementAmountFen, b.agreementAmountFen);
    checkI("agreements", a.agreements, b.agreements);
    checkI("prevented_criminal_cases", a.preventedCriminalCases, b.preventedCriminalCases);
    checkI("prevented_criminal_persons", a.preventedCriminalPersons, b.preventedCriminalPersons);
    checkI("prevented_petition_cases", a.preventedPetitionCases, b.preventedPetitionCases);
    checkI("prevented_petition_persons", a.preventedPetitionPersons, b.preventedPetitionPersons);
    checkD("fulfilment_rate", a.fulfilmentRate, b.fulfilmentRate);
    checkD("voluntary_performance_rate", a.voluntaryPerformanceRate, b.voluntaryPerformanceRate);
    checkD("feedback_in_time_rate", a.feedbackInTimeRate, b.feedbackInTimeRate);
    checkD("satisfaction", a.satisfaction, b.satisfaction);
    compareRows(out, "by_category", a.byCategory, b.byCategory);
    compareRows(out, "by_source", a.bySource, b.bySource);
    compareRows(out, "by_tier", a.byTier, b.byTier);
    compareRows(out, "by_org", a.byOrg, b.byOrg);
    compareRows(out, "by_month", a.byMonth, b.byMonth);
    if (a.litigationByArea.size() != b.litigationByArea.size()) {
        out << QStringLiteral("litigation_by_area: %1 vs %2 rows")
                   .arg(a.litigationByArea.size()).arg(b.litigationByArea.size());
    } else {
        for (int i = 0; i < a.litigationByArea.size(); ++i) {
            const LitigationRow &x = a.litigationByArea[i], &y = b.litigationByArea[i];
            if (x.org != y.org || x.name != y.name || x.registered != y.registered
                || x.filed != y.filed || x.population != y.population || !same(x.rate, y.rate)
                || !same(x.per10k, y.per10k))
                out << QStringLiteral("litigation_by_area[%1]: %2/%3 vs %4/%5")
                           .arg(y.org).arg(x.registered).arg(x.filed).arg(y.registered).arg(y.filed);
        }
    }
    return out;
}

/// Periods of every shape: month-aligned, not, one day, within one month, ten years, open.
QList<QPair<QDate, QDate>> periods(std::mt19937 &rng, const QDate &first, const QDate &last, int random)
{
    QList<QPair<QDate, QDate>> out = {
        {QDate(2025, 1, 1), QDate(2025, 12, 31)},  // a calendar year
        {QDate(2025, 2, 1), QDate(2026, 1, 31)},   // twelve whole months
        {QDate(2016, 2, 1), QDate(2026, 1, 31)},   // ten years of whole months
        {QDate(2016, 1, 17), QDate(2026, 1, 9)},   // ten years, partial months at both ends
        {QDate(2024, 3, 17), QDate(2025, 8, 9)},   // partial ends
        {QDate(2025, 5, 3), QDate(2025, 5, 20)},   // inside one month
        {QDate(2025, 5, 1), QDate(2025, 5, 20)},   // start of a month
        {QDate(2025, 5, 12), QDate(2025, 5, 31)},  // end of a month
        {QDate(2025, 6, 1), QDate(2025, 6, 30)},   // one whole month
        {QDate(2025, 3, 14), QDate(2025, 3, 14)},  // one day
        {QDate(2024, 12, 31), QDate(2025, 1, 1)},  // a year boundary
        {QDate(), QDate()},                        // everything
        {QDate(2024, 7, 9), QDate()},              // open end
        {QDate(), QDate(2023, 10, 2)},             // open start
    };
    const qint64 span = first.daysTo(last);
    std::uniform_int_distribution<qint64> day(0, span);
    for (int i = 0; i < random; ++i) {
        QDate a = first.addDays(day(rng)), b = first.addDays(day(rng));
        if (a > b)
            std::swap(a, b);
        if (i % 3 == 0) // month-aligned
            out.append({QDate(a.year(), a.month(), 1), QDate(b.year(), b.month(), b.daysInMonth())});
        else
            out.append({a, b});
    }
    return out;
}

void expectSameFigures(Database &db, const QStringList &orgs, const QList<QPair<QDate, QDate>> &ps,
                       const QList<QDate> &asOfs)
{
    Statistics stats(db);
    int checked = 0;
    for (int i = 0; i < ps.size(); ++i) {
        for (int j = 0; j < orgs.size(); ++j) {
            // Every period with the county; the others with a rotating pair of organisations.
            if (j != 0 && (i + j) % 3 != 0)
                continue;
            const StatsQuery q{orgs[j], ps[i].first, ps[i].second, asOfs[(i + j) % asOfs.size()]};
            auto fast = stats.compute(q);
            auto direct = stats.computeDirect(q);
            ASSERT_TRUE(fast.ok()) << fast.error().message.toStdString();
            ASSERT_TRUE(direct.ok()) << direct.error().message.toStdString();
            const QStringList diff = differences(fast.value(), direct.value());
            EXPECT_TRUE(diff.isEmpty())
                << "org '" << orgs[j].toStdString() << "' " << isoDate(q.from).toStdString()
                << " .. " << isoDate(q.to).toStdString() << " as of " << isoDate(q.asOf).toStdString()
                << ":\n  " << diff.join(QStringLiteral("\n  ")).toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, ps.size());
}

qint64 scalar(Database &db, const char *sql)
{
    Query q(db.connection(), sql, Query::Trusted);
    EXPECT_TRUE(q.exec().ok()) << sql;
    return q.next() ? q.value(0).toLongLong() : -1;
}

class DashboardGenerated : public test::DbFixture
{
protected:
    void SetUp() override
    {
        TJ_SKIP_ON_POSTGRES("the bulk generator writes SQLite files directly");
        DbFixture::SetUp();
        GeneratorOptions options;
        options.cases = 1500;
        options.seed = 23;
        options.until = QDate(2026, 1, 31);
        options.years = 10;
        ASSERT_OK(DemoGenerator(*m_db).generate(options));
    }
};

class DashboardChanges : public test::StatsFixture
{};
} // namespace

TEST_F(DashboardGenerated, EveryFigureEqualsTheDirectAggregationForManyPeriodsAndAreas)
{
    ASSERT_GT(scalar(*m_db, "SELECT COUNT(*) FROM stats_counts"), 0);
    // Some payments, a confirmation, feedback and a prevention, so that no figure is empty.
    AgreementService agreements(*m_db);
    // Obligations the generated debtors have not paid in full yet: the rest, or half of it.
    Query settled(m_db->connection(),
                  "SELECT o.case_id, o.amount_fen - COALESCE((SELECT SUM(p.amount_fen) FROM"
                  " payments p WHERE p.obligation_id = o.id), 0) AS owed, c.closed_on"
                  " FROM obligations o JOIN cases c ON c.id = o.case_id"
                  " WHERE c.closed_on >= '2025-01-01' AND c.received_on < '2025-10-01'"
                  " AND (SELECT COUNT(*) FROM obligations x"
                  " WHERE x.case_id = o.case_id) = 1 AND owed > 1 ORDER BY o.case_id LIMIT 10");
    ASSERT_OK(settled.exec());
    QStringList paidCases;
    QList<PaymentInput> payments;
    while (settled.next()) {
        paidCases << settled.value(0).toString();
        PaymentInput p;
        const int i = int(payments.size());
        p.amountFen = i % 3 == 0 ? settled.value(1).toLongLong() / 2 : settled.value(1).toLongLong();
        p.on = QDate::fromString(settled.value(2).toString(), Qt::ISODate).addDays(10 + i);
        payments << p;
    }
    ASSERT_GE(paidCases.size(), 6);
    for (int i = 0; i < paidCases.size(); ++i)
        ASSERT_OK(agreements.pay(Actor::system(), paidCases[i], payments[i]));
    Query written(m_db->connection(), "SELECT a.case_id, c.closed_on FROM agreements a JOIN cases c"
                                      " ON c.id = a.case_id WHERE a.kind = 'written' AND EXISTS"
                                      " (SELECT 1 FROM obligations o WHERE o.case_id = a.case_id)"
                                      " AND NOT EXISTS (SELECT 1 FROM confirmations k WHERE"
                                      " k.case_id = a.case_id) AND c.category <> '婚姻家庭'"
                                      " ORDER BY c.closed_on DESC, a.case_id LIMIT 1");
    ASSERT_OK(written.exec());
    ASSERT_TRUE(written.next());
    ASSERT_OK(ConfirmationService(*m_db).apply(
        Actor::system(), written.value(0).toString(),
        QDate::fromString(written.value(1).toString(), Qt::ISODate).addDays(3)));
    ASSERT_OK(FeedbackService(*m_db).add(Actor::system(), paidCases[2], QStringLiteral("rating"),
                                         {}, 4, QDate(2025, 11, 3)));
    ASSERT_OK(PreventionService(*m_db).record(
        Actor::system(), paidCases[3],
        Prevention{PreventionKind::Criminal, 3, QDate(2025, 10, 2), QStringLiteral("防止民转刑")}));

    QStringList orgs = {QString()};
    Query q(m_db->connection(), "SELECT code FROM organisations WHERE code IN ('QH-FY',"
                                " 'QH-FY-SQ', 'QH-FT-DS', 'QH-FT-XH', 'QH-DS', 'QH-LQ', 'QH-DS-LS')"
                                " ORDER BY code");
    ASSERT_OK(q.exec());
    while (q.next())
        orgs << q.value(0).toString();
    ASSERT_GE(orgs.size(), 6);
    std::mt19937 rng(4242);
    expectSameFigures(*m_db, orgs, periods(rng, QDate(2015, 11, 1), QDate(2026, 2, 28), 10),
                      {QDate(2026, 1, 31), QDate(2020, 6, 15), QDate(2026, 12, 31)});
}

TEST_F(DashboardChanges, EveryFigureStaysEqualToTheDirectAggregationThroughServiceChanges)
{
    buildSmallCounty();
    setPopulation("QH-FT", 52000);
    setPopulation("QH-DS-A", 2100);
    const char *villages[] = {"QH-DS-A", "QH-DS-B", "QH-XH-A"};
    const char *townships[] = {"QH-DS", "QH-XH"};
    const char *categories[] = {"邻里", "婚姻家庭", "合同", "劳动争议", "损害赔偿"};
    const CaseSource sources[] = {CaseSource::Application, CaseSource::Initiative,
                                  CaseSource::Hotline};
    std::mt19937 rng(97);
    const auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    AgreementService agreements(*m_db);
    QStringList all;
    const QStringList orgs = {QString(), QStringLiteral("QH-FY"), QStringLiteral("QH-FT"),
                              QStringLiteral("QH-DS"), QStringLiteral("QH-DS-A"),
                              QStringLiteral("QH-XH")};
    const auto check = [&](int random) {
        std::mt19937 prng(random);
        expectSameFigures(*m_db, orgs, periods(prng, QDate(2023, 12, 1), QDate(2026, 3, 31), random),
                          {QDate(2026, 2, 15), QDate(2025, 3, 1)});
    };
    for (int i = 0; i < 60; ++i) {
        const QDate received = QDate(2024, 1, 1).addDays(pick(700));
        const int where = pick(10);
        const char *org = where < 6 ? villages[where % 3] : where < 9 ? townships[where % 2] : "QH-FT";
        const QString id = registerCase(org, received, categories[pick(5)], sources[pick(3)],
                                        qint64(pick(50)) * 10000);
        ASSERT_FALSE(id.isEmpty());
        all << id;
        QDate on = received.addDays(pick(20));
        const int path = pick(12);
        if (path == 0)
            continue; // stays registered (overdue later)
        if (path == 1) {
            ASSERT_OK(cases().reject(Actor::system(), id, QStringLiteral("不属受理范围"), on));
            continue;
        }
        if (path == 2 && QString::fromUtf8(org) != QLatin1String("QH-FT")) {
            // Sent up while registered and returned, then accepted where it was.
            const char *up = QString::fromUtf8(org).startsWith(QLatin1String("QH-DS")) ? "QH-DS" : "QH-XH";
            if (QString::fromUtf8(org).count(u'-') == 1)
                up = "QH-FT";
            ASSERT_OK(cases().refer(Actor::system(), id, QString::fromUtf8(up), QStringLiteral("疑难"), on));
            on = on.addDays(2);
            ASSERT_OK(cases().returnToSender(Actor::system(), id, QStringLiteral("退回"), on));
        }
        if (path == 3 && QString::fromUtf8(org) == QLatin1String("QH-FT")) {
            closeAs(id, Outcome::Filed, on);
            continue;
        }
        accept(id, on);
        on = on.addDays(pick(40));
        if (path == 4)
            continue; // in mediation
        if (path == 5 && QString::fromUtf8(org).count(u'-') == 2) {
            // A village fails, refers up; the township receives and settles (reopen-like).
            closeAs(id, Outcome::Failed, on);
            on = on.addDays(3);
            refer(id, QString::fromUtf8(org).startsWith(QLatin1String("QH-DS")) ? "QH-DS" : "QH-XH",
                  on, on.addDays(1));
            on = on.addDays(5 + pick(30));
        }
        if (path == 6 && QString::fromUtf8(org) == QLatin1String("QH-FT")) {
            delegate(id, "QH-DS", on, on.addDays(2));
            on = on.addDays(3 + pick(10));
        }
        const int outcome = pick(5);
        if (outcome == 0) {
            closeAs(id, Outcome::Failed, on);
        } else if (outcome == 1) {
            closeAs(id, Outcome::Withdrawn, on);
        } else {
            // Settled, sometimes with instalments, sometimes paid.
            CloseInput close;
            close.outcome = Outcome::Settled;
            close.on = on;
            AgreementInput a;
            a.kind = QStringLiteral("written");
            a.content = QStringLiteral("双方自愿达成协议。");
            const qint64 total = qint64(1 + pick(9)) * 10000;
            QList<Instalment> inst;
            if (outcome == 2) {
                inst = {{on.addDays(30), total / 2}, {on.addDays(30 + pick(400)), total - total / 2}};
            } else if (outcome == 3) {
                inst = {{on.addDays(pick(60)), total}};
            }
            a.obligations = {Obligation{QStringLiteral("被申请人"), QStringLiteral("申请人"), total, inst}};
            close.agreement = a;
            ASSERT_OK(cases().close(Actor::system(), id, close));
            if (pick(2) == 0) {
                PaymentInput p;
                p.amountFen = pick(3) == 0 ? total / 2 : total;
                p.on = on.addDays(pick(90));
                ASSERT_OK(agreements.pay(Actor::system(), id, p));
            }
        }
        if (i == 30)
            check(5);
    }
    ASSERT_OK(PreventionService(*m_db).record(
        Actor::system(), all[3],
        Prevention{PreventionKind::MassPetition, 12, QDate(2025, 2, 2), QStringLiteral("防止群体性上访")}));
    check(8);

    // What moves a done day (migration 10): a payment dated before the earlier ones of its
    // obligation, a payment taken back, an application for judicial confirmation and its removal.
    Query owing(m_db->connection(),
                "SELECT case_id, id, closed_on, owed FROM (SELECT o.case_id, o.id, c.closed_on,"
                " o.amount_fen - COALESCE((SELECT SUM(p.amount_fen) FROM payments p WHERE"
                " p.obligation_id = o.id), 0) AS owed FROM obligations o JOIN cases c ON"
                " c.id = o.case_id WHERE EXISTS (SELECT 1 FROM instalments i WHERE"
                " i.obligation_id = o.id) AND c.category <> '婚姻家庭') AS k WHERE owed > 1"
                " ORDER BY case_id LIMIT 3");
    ASSERT_OK(owing.exec());
    QStringList owingCases, owingObligations;
    QList<QDate> closedOn;
    QList<qint64> owed;
    while (owing.next()) {
        owingCases << owing.value(0).toString();
        owingObligations << owing.value(1).toString();
        closedOn << QDate::fromString(owing.value(2).toString(), Qt::ISODate);
        owed << owing.value(3).toLongLong();
    }
    ASSERT_EQ(owingCases.size(), 3);
    {
        PaymentInput early;
        early.amountFen = owed[0] / 2;
        early.on = closedOn[0].addDays(1);
        ASSERT_OK(agreements.pay(Actor::system(), owingCases[0], early));
        PaymentInput rest;
        rest.amountFen = owed[1];
        rest.on = closedOn[1].addDays(20);
        ASSERT_OK(agreements.pay(Actor::system(), owingCases[1], rest));
    }
    check(17);
    {
        Query latest(m_db->connection(), "DELETE FROM payments WHERE id = (SELECT id FROM payments"
                                         " WHERE obligation_id = :o ORDER BY paid_on DESC LIMIT 1)");
        latest.bind("o", owingObligations[1]);
        ASSERT_OK(latest.exec());
    }
    {
        // As a transfer package brings it (the service wants signatures these cases lack).
        Query applied(m_db->connection(), "INSERT INTO confirmations (case_id, court_org, applied_on,"
                                          " created_at) VALUES (:c, 'QH-FY', :on, :on)");
        applied.bind("c", owingCases[2]).bind("on", isoDate(closedOn[2].addDays(5)));
        ASSERT_OK(applied.exec());
    }
    check(19);
    {
        Query drop(m_db->connection(), "DELETE FROM confirmations WHERE case_id = :c");
        drop.bind("c", owingCases[2]);
        ASSERT_OK(drop.exec());
    }
    check(23);

    // Deleting cases (as a transfer import replaces one) takes out everything they counted,
    // agreements and instalments included.
    Query settledOne(m_db->connection(),
                     "SELECT c.id FROM cases c WHERE c.status = 'settled' AND EXISTS (SELECT 1"
                     " FROM obligations o JOIN instalments i ON i.obligation_id = o.id WHERE"
                     " o.case_id = c.id) ORDER BY c.id LIMIT 2");
    ASSERT_OK(settledOne.exec());
    QStringList gone;
    while (settledOne.next())
        gone << settledOne.value(0).toString();
    ASSERT_EQ(gone.size(), 2);
    gone << all[0] << all[1];
    for (const QString &id : std::as_const(gone)) {
        Query del(m_db->connection(), "DELETE FROM cases WHERE id = :id");
        del.bind("id", id);
        ASSERT_OK(del.exec());
    }
    check(11);
    // Deleting an agreement's instalments and obligations one level at a time.
    Query inst(m_db->connection(),
               "SELECT o.id FROM obligations o JOIN instalments i ON i.obligation_id = o.id"
               " ORDER BY o.id LIMIT 1");
    ASSERT_OK(inst.exec());
    ASSERT_TRUE(inst.next());
    const QString obligation = inst.value(0).toString();
    Query delInst(m_db->connection(), "DELETE FROM instalments WHERE obligation_id = :o");
    delInst.bind("o", obligation);
    ASSERT_OK(delInst.exec());
    Query delObl(m_db->connection(), "DELETE FROM payments WHERE obligation_id = :o");
    delObl.bind("o", obligation);
    ASSERT_OK(delObl.exec());
    Query delO(m_db->connection(), "DELETE FROM obligations WHERE id = :o");
    delO.bind("o", obligation);
    ASSERT_OK(delO.exec());
    check(13);
}
