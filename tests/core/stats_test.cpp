#include "statsfixture.h"

#include "db/transaction.h"
#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "agreements/feedback.h"
#include "stats/prevention.h"
#include "stats/statistics.h"
#include "stats/statsjson.h"
#include "stats/metrics.h"
#include "stats/monthlyreport.h"
#include "cases/categories.h"
#include "ledger/spreadsheetreader.h"

#include <QFile>

#include <QJsonArray>

using namespace tj;
using namespace tj::test;

namespace {
QDate d(int m, int day)
{
    return QDate(2026, m, day);
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

const StatsRow *rowOf(const QList<StatsRow> &rows, const QString &key)
{
    for (const StatsRow &r : rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

/// Ten disputes with hand-computed figures (see the comments and docs/metrics.md).
class StatsKnownSet : public StatsFixture
{
protected:
    void SetUp() override
    {
        StatsFixture::SetUp();
        buildSmallCounty();
        setPopulation("QH-DS", 20000);
        setPopulation("QH-XH", 10000);
        // A1: village, settled in 10 days with an agreement of 800.00.
        a1 = registerCase("QH-DS-A", d(3, 2), "邻里", CaseSource::Application, 80000);
        accept(a1, d(3, 3));
        settle(a1, d(3, 12), 80000);
        // A2: village, withdrawn after 15 days.
        a2 = registerCase("QH-DS-A", d(3, 5), "婚姻家庭", CaseSource::Initiative, 0);
        accept(a2, d(3, 6));
        closeAs(a2, Outcome::Withdrawn, d(3, 20));
        // A3: referred up to the township and settled there after 30 days.
        a3 = registerCase("QH-DS-A", d(3, 10), "邻里", CaseSource::Application, 120000);
        accept(a3, d(3, 10));
        refer(a3, "QH-DS", d(3, 15), d(3, 16));
        settle(a3, d(4, 9), 120000);
        // B1: village, failed after 29 days; B2 not accepted.
        b1 = registerCase("QH-DS-B", d(4, 1), "合同", CaseSource::Application, 300000);
        accept(b1, d(4, 2));
        closeAs(b1, Outcome::Failed, d(4, 30));
        b2 = registerCase("QH-DS-B", d(4, 3), "合同", CaseSource::Hotline, 10000);
        EXPECT_OK(cases().reject(Actor::system(), b2, QStringLiteral("不属于受理范围"), d(4, 4)));
        // F1: filed by the tribunal after 2 days; F2 delegated to a township, settled in 14.
        f1 = registerCase("QH-FT", d(4, 10), "合同", CaseSource::Application, 5000000);
        closeAs(f1, Outcome::Filed, d(4, 12));
        f2 = registerCase("QH-FT", d(5, 6), "劳动争议", CaseSource::Application, 1000000);
        delegate(f2, "QH-XH", d(5, 7), d(5, 8));
        settle(f2, d(5, 20), 1000000);
        // X1 open and overdue on 30 June; X2 open, recent; X3 settled in January.
        x1 = registerCase("QH-XH-A", d(5, 10), "邻里");
        accept(x1, d(5, 11));
        x2 = registerCase("QH-XH-A", d(6, 20), "邻里");
        x3 = registerCase("QH-XH-A", d(1, 15), "其他");
        accept(x3, d(1, 16));
        settle(x3, d(1, 20), 0);
        PreventionService prevention(*m_db);
        ASSERT_OK(prevention.record(Actor::system(), a3, {PreventionKind::Criminal, 4, d(4, 9), {}}));
        ASSERT_OK(prevention.record(Actor::system(), f2,
                                    {PreventionKind::MassPetition, 35, d(5, 20), {}}));
        ASSERT_OK(prevention.record(Actor::system(), x3, {PreventionKind::Criminal, 2, d(1, 20), {}}));
    }

    Figures compute(const char *org)
    {
        StatsQuery q{QString::fromUtf8(org), d(3, 1), d(6, 30), d(6, 30)};
        auto f = Statistics(*m_db).compute(q);
        EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message.toStdString());
        return f.ok() ? f.value() : Figures{};
    }

    QString a1, a2, a3, b1, b2, f1, f2, x1, x2, x3;
};
} // namespace

TEST_F(StatsKnownSet, CountyTotalsMatchHandComputedValues)
{
    const Figures f = compute("");
    EXPECT_EQ(f.totals.registered, 9);
    EXPECT_EQ(f.accepted, 5);
    EXPECT_EQ(f.totals.concluded, 6);
    EXPECT_EQ(f.totals.settled, 3);
    EXPECT_EQ(f.totals.failed, 1);
    EXPECT_EQ(f.totals.withdrawn, 1);
    EXPECT_EQ(f.totals.filed, 1);
    EXPECT_EQ(f.totals.notAccepted, 1);
    EXPECT_EQ(f.referredUp, 1);
    EXPECT_EQ(f.delegated, 1);
    EXPECT_DOUBLE_EQ(*f.successRate, 0.5);
    EXPECT_DOUBLE_EQ(*f.mediationWithdrawalRate, 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(*f.litigationRate, 1.0 / 9.0);
    EXPECT_EQ(*f.population, 30000);
    EXPECT_DOUBLE_EQ(*f.litigationPer10k, 1.0 / 3.0);
    EXPECT_EQ(f.settledInVillage, 1);
    EXPECT_EQ(f.settledAtOrBelowTownship, 3);
    EXPECT_DOUBLE_EQ(*f.settledInVillageShare, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*f.settledAtOrBelowTownshipShare, 1.0);
    EXPECT_NEAR(*f.cycleDaysAverage, 100.0 / 6.0, 1e-9);
    EXPECT_DOUBLE_EQ(*f.cycleDaysMedian, 14.5);
    EXPECT_EQ(f.totals.overdue, 1);
    EXPECT_EQ(f.totals.amountFen, 80000 + 0 + 120000 + 300000 + 5000000 + 1000000);
    EXPECT_EQ(f.agreements, 3);
    EXPECT_EQ(f.agreementAmountFen, 80000 + 120000 + 1000000);
    EXPECT_EQ(f.preventedCriminalCases, 1);
    EXPECT_EQ(f.preventedCriminalPersons, 4);
    EXPECT_EQ(f.preventedPetitionCases, 1);
    EXPECT_EQ(f.preventedPetitionPersons, 35);
    EXPECT_FALSE(f.fulfilmentRate.has_value());
    EXPECT_FALSE(f.satisfaction.has_value());
}

TEST_F(StatsKnownSet, BreakdownsByCategoryTierMonthAndOrganisation)
{
    const Figures f = compute("");
    const StatsRow *neighbours = rowOf(f.byCategory, QStringLiteral("邻里"));
    ASSERT_TRUE(neighbours);
    EXPECT_EQ(neighbours->counts.registered, 4);
    EXPECT_EQ(neighbours->counts.settled, 2);
    EXPECT_EQ(neighbours->counts.overdue, 1);
    const StatsRow *contracts = rowOf(f.byCategory, QStringLiteral("合同"));
    ASSERT_TRUE(contracts);
    EXPECT_EQ(contracts->counts.registered, 3);
    EXPECT_EQ(contracts->counts.failed, 1);
    EXPECT_EQ(contracts->counts.filed, 1);
    EXPECT_EQ(contracts->counts.notAccepted, 1);
    EXPECT_EQ(contracts->counts.concluded, 2);
    EXPECT_FALSE(rowOf(f.byCategory, QStringLiteral("其他"))) << "January is outside the period";

    ASSERT_EQ(f.byTier.size(), 3);
    EXPECT_EQ(f.byTier[0].key, QStringLiteral("village"));
    EXPECT_EQ(f.byTier[0].counts.registered, 7);
    EXPECT_EQ(f.byTier[0].counts.settled, 1);
    EXPECT_EQ(f.byTier[1].key, QStringLiteral("township"));
    EXPECT_EQ(f.byTier[1].counts.settled, 2);
    EXPECT_EQ(f.byTier[2].key, QStringLiteral("court"));
    EXPECT_EQ(f.byTier[2].counts.registered, 2);
    EXPECT_EQ(f.byTier[2].counts.filed, 1);

    ASSERT_EQ(f.byMonth.size(), 4);
    EXPECT_EQ(f.byMonth[0].key, QStringLiteral("2026-03"));
    EXPECT_EQ(f.byMonth[0].counts.registered, 3);
    EXPECT_EQ(f.byMonth[0].counts.concluded, 2);
    EXPECT_EQ(f.byMonth[1].counts.registered, 3);
    EXPECT_EQ(f.byMonth[1].counts.concluded, 3);
    EXPECT_EQ(f.byMonth[2].counts.registered, 2);
    EXPECT_EQ(f.byMonth[2].counts.settled, 1);
    EXPECT_EQ(f.byMonth[3].key, QStringLiteral("2026-06"));
    EXPECT_EQ(f.byMonth[3].counts.registered, 1);
    EXPECT_EQ(f.byMonth[3].counts.concluded, 0);

    const StatsRow *hotline = rowOf(f.bySource, QStringLiteral("hotline"));
    ASSERT_TRUE(hotline);
    EXPECT_EQ(hotline->counts.registered, 1);
    const StatsRow *xh = rowOf(f.byOrg, QStringLiteral("QH-XH"));
    ASSERT_TRUE(xh);
    EXPECT_EQ(xh->counts.settled, 1);
    EXPECT_EQ(xh->counts.registered, 0);
    const StatsRow *xha = rowOf(f.byOrg, QStringLiteral("QH-XH-A"));
    ASSERT_TRUE(xha);
    EXPECT_EQ(xha->counts.registered, 2);
    EXPECT_EQ(xha->counts.overdue, 1);
    EXPECT_EQ(xha->label, QStringLiteral("河口村调解室"));
}

TEST_F(StatsKnownSet, LitigationRateByTribunalArea)
{
    const Figures f = compute("");
    ASSERT_EQ(f.litigationByArea.size(), 2);
    const LitigationRow &court = f.litigationByArea[0];
    EXPECT_EQ(court.org, QStringLiteral("QH-FY"));
    const LitigationRow &tribunal = f.litigationByArea[1];
    EXPECT_EQ(tribunal.org, QStringLiteral("QH-FT"));
    EXPECT_EQ(tribunal.registered, 9);
    EXPECT_EQ(tribunal.filed, 1);
    EXPECT_EQ(*tribunal.population, 30000);
    EXPECT_DOUBLE_EQ(*tribunal.rate, 1.0 / 9.0);
    EXPECT_DOUBLE_EQ(*tribunal.per10k, 1.0 / 3.0);
}

TEST_F(StatsKnownSet, TownshipSubtreeCountsOnlyItsOwnCases)
{
    const Figures f = compute("QH-DS");
    EXPECT_EQ(f.totals.registered, 5);
    EXPECT_EQ(f.totals.concluded, 4);
    EXPECT_EQ(f.totals.settled, 2);
    EXPECT_EQ(f.referredUp, 1);
    EXPECT_EQ(f.delegated, 0);
    EXPECT_DOUBLE_EQ(*f.litigationRate, 0.0);
    EXPECT_EQ(*f.population, 20000);
    EXPECT_DOUBLE_EQ(*f.litigationPer10k, 0.0);
    EXPECT_DOUBLE_EQ(*f.settledInVillageShare, 0.5);
    EXPECT_DOUBLE_EQ(*f.cycleDaysAverage, 21.0);
    EXPECT_DOUBLE_EQ(*f.cycleDaysMedian, 22.0);
    EXPECT_EQ(f.totals.overdue, 0);
    EXPECT_EQ(f.preventedCriminalCases, 1);
    EXPECT_EQ(f.preventedPetitionCases, 0);
    EXPECT_TRUE(f.litigationByArea.isEmpty());
}

TEST_F(StatsKnownSet, VillageWithoutConclusionsHasNoRates)
{
    const Figures f = compute("QH-XH-A");
    EXPECT_EQ(f.totals.registered, 2);
    EXPECT_EQ(f.totals.overdue, 1);
    EXPECT_FALSE(f.successRate.has_value());
    EXPECT_FALSE(f.cycleDaysAverage.has_value());
    EXPECT_FALSE(f.cycleDaysMedian.has_value());
    EXPECT_FALSE(f.population.has_value());
    EXPECT_FALSE(f.litigationPer10k.has_value());
}

TEST_F(StatsKnownSet, OpenPeriodCoversEveryCase)
{
    auto f = Statistics(*m_db).compute(StatsQuery{{}, {}, {}, d(6, 30)});
    ASSERT_OK(f);
    EXPECT_EQ(f->totals.registered, 10);
    EXPECT_EQ(f->totals.settled, 4);
    EXPECT_EQ(f->preventedCriminalCases, 2);
    EXPECT_TRUE(f->byMonth.size() >= 5);
}

TEST_F(StatsKnownSet, JsonCarriesTheDocumentedFields)
{
    const QJsonObject o = StatsJson::toJson(compute(""));
    EXPECT_EQ(o.value(QStringLiteral("registered")).toInt(), 9);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("success_rate")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("mediation_withdrawal_rate")).toDouble(), 0.6667);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("cycle_days_average")).toDouble(), 16.67);
    EXPECT_EQ(o.value(QStringLiteral("agreement_amount")).toString(), QStringLiteral("12000.00"));
    EXPECT_TRUE(o.value(QStringLiteral("fulfilment_rate")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-01"));
    EXPECT_EQ(o.value(QStringLiteral("by_month")).toArray().size(), 4);
    EXPECT_EQ(o.value(QStringLiteral("litigation_by_area")).toArray().size(), 2);
    for (const QString &field : {QStringLiteral("success_rate"), QStringLiteral("overdue"),
                                 QStringLiteral("litigation_rate")})
        EXPECT_FALSE(Metrics::find(field).definition.isEmpty()) << field.toStdString();
}

TEST_F(StatsKnownSet, MonthlyReportCrossesCategoriesWithOutcomes)
{
    auto report = MonthlyReportService(*m_db).build({}, QStringLiteral("2026-04"));
    ASSERT_OK(report);
    const MonthlyReport::Table t = report->categoryTable();
    ASSERT_EQ(t.size(), 1 + 15 + 1) << "headings, the fifteen MoJ categories, the total";
    auto rowNamed = [&](const QString &name) {
        for (const QStringList &row : t)
            if (row.first() == CategoryCatalog::instance().displayName(name))
                return row;
        return QStringList();
    };
    // columns: registered, concluded, settled, failed, withdrawn, filed, not accepted, rate, amount
    EXPECT_EQ(rowNamed(QStringLiteral("合同")).mid(1),
              strings({"3", "2", "0", "1", "0", "1", "1", "0.00%", "53000.00"}));
    EXPECT_EQ(rowNamed(QStringLiteral("邻里")).mid(1),
              strings({"0", "1", "1", "0", "0", "0", "0", "100.00%", "1200.00"}));
    EXPECT_EQ(rowNamed(QStringLiteral("医疗")).mid(1),
              strings({"0", "0", "0", "0", "0", "0", "0", "—", "0.00"}));
    EXPECT_EQ(t.last().mid(1), strings({"3", "3", "1", "1", "0", "1", "1", "33.33%", "54200.00"}));
    const MonthlyReport::Table sources = report->sourceTable();
    EXPECT_EQ(sources.size(), 6);
    EXPECT_EQ(sources[1].mid(1), strings({"2", "3", "1"})) << "party application";
    EXPECT_EQ(report->preventionTable()[1].mid(1), strings({"1", "4"}));
}

TEST_F(StatsKnownSet, MonthlyReportIsWrittenAsPdfAndXlsx)
{
    auto report = MonthlyReportService(*m_db).build(QStringLiteral("QH-DS"), QStringLiteral("2026-03"));
    ASSERT_OK(report);
    EXPECT_EQ(report->orgName, QStringLiteral("东山镇矛盾纠纷联合调解中心"));
    const QString html = MonthlyReportService::html(report.value());
    EXPECT_FALSE(html.contains(QStringLiteral("{{")));
    EXPECT_TRUE(html.contains(QStringLiteral("东山镇矛盾纠纷联合调解中心")));
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    ASSERT_OK(MonthlyReportService::write(report.value(), pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(4) == "%PDF");
    EXPECT_GT(file.size(), 2000);
    const QString xlsx = m_dir.filePath(QStringLiteral("r.xlsx"));
    ASSERT_OK(MonthlyReportService::write(report.value(), xlsx));
    auto summary = SpreadsheetReader::read(xlsx);
    ASSERT_OK(summary);
    bool found = false;
    for (const QStringList &row : summary->rows)
        found |= row.value(0) == Metrics::find(QStringLiteral("registered")).title && row.value(1) == QStringLiteral("3");
    EXPECT_TRUE(found) << "three disputes registered in QH-DS in March";
    EXPECT_FALSE(MonthlyReportService::write(report.value(), m_dir.filePath(QStringLiteral("r.doc"))).ok());
    EXPECT_FALSE(MonthlyReportService(*m_db).build({}, QStringLiteral("2026-13")).ok());
    EXPECT_FALSE(MonthlyReportService(*m_db).build({}, QStringLiteral("2099-01")).ok());
}

TEST_F(StatsFixture, RefusesAPeriodEndingBeforeItStartsAndAnUnknownOrganisation)
{
    buildSmallCounty();
    auto backwards = Statistics(*m_db).compute(StatsQuery{{}, d(5, 1), d(4, 1), {}});
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().kind, ErrorKind::Validation);
    auto unknown = Statistics(*m_db).compute(StatsQuery{QStringLiteral("NOPE"), {}, {}, {}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
}

TEST_F(StatsFixture, PreventionRefusesBadInputAndChangesNothing)
{
    buildSmallCounty();
    const QString id = registerCase("QH-DS-A", d(3, 2), "邻里");
    PreventionService prevention(*m_db);
    EXPECT_FALSE(prevention.record(Actor::system(), id, {PreventionKind::Criminal, -1, d(3, 3), {}}).ok());
    EXPECT_FALSE(prevention.record(Actor::system(), id, {PreventionKind::Criminal, 1, d(3, 1), {}}).ok());
    auto denied = prevention.record(actor(QStringLiteral("vmb")), id,
                                    {PreventionKind::Criminal, 1, d(3, 3), {}});
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ErrorKind::Denied);
    auto list = prevention.list(actor(QStringLiteral("vma")), id);
    ASSERT_OK(list);
    EXPECT_TRUE(list->isEmpty());
    ASSERT_OK(prevention.record(actor(QStringLiteral("vma")), id, {PreventionKind::Criminal, 3, d(3, 3), {}}));
    ASSERT_OK(prevention.record(actor(QStringLiteral("vma")), id, {PreventionKind::Criminal, 5, d(3, 4), {}}));
    list = prevention.list(actor(QStringLiteral("vma")), id);
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().persons, 5) << "recording again replaces the flag";
}

// Seed 004: 583 of 1,115 family cases mediated or withdrawn — 52.29 %.
TEST_F(StatsFixture, ReproducesSheqiMediationAndWithdrawalRate)
{
    TJ_SKIP_ON_POSTGRES("thousands of cases through the services take too long on a server; CI time");
    buildSmallCounty();
    Transaction tx(m_db->connection()); // one outer transaction keeps 1,115 cases quick
    ASSERT_OK(tx.begin());
    for (int i = 0; i < 1115; ++i) {
        const QString id = registerCase("QH-DS", d(2, 1 + i % 28), "婚姻家庭");
        accept(id, d(3, 1));
        if (i < 500)
            settle(id, d(3, 10), 0);
        else if (i < 583)
            closeAs(id, Outcome::Withdrawn, d(3, 10));
        else
            closeAs(id, Outcome::Failed, d(3, 10));
    }
    ASSERT_OK(tx.commit());
    auto f = Statistics(*m_db).compute(StatsQuery{QStringLiteral("QH-DS"), d(3, 1), d(3, 31), {}});
    ASSERT_OK(f);
    EXPECT_EQ(f->totals.concluded, 1115);
    const QJsonObject o = StatsJson::toJson(f.value());
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("mediation_withdrawal_rate")).toDouble(), 0.5229);
}

// Seed 000: Chiping settled 3,599 disputes at a success rate of 74.53 % (of 4,829 concluded).
TEST_F(StatsFixture, ReproducesChipingSuccessRate)
{
    TJ_SKIP_ON_POSTGRES("4829 cases through the services take minutes on a server; CI time");
    buildSmallCounty();
    Transaction tx(m_db->connection());
    ASSERT_OK(tx.begin());
    for (int i = 0; i < 4829; ++i) {
        const char *org = i % 3 == 0 ? "QH-DS-A" : (i % 3 == 1 ? "QH-DS-B" : "QH-DS");
        const QString id = registerCase(org, d(1 + i % 6, 1 + i % 28), "邻里");
        accept(id, d(7, 1));
        if (i < 3599)
            settle(id, d(7, 2), 0);
        else
            closeAs(id, Outcome::Failed, d(7, 2));
    }
    ASSERT_OK(tx.commit());
    auto f = Statistics(*m_db).compute(StatsQuery{{}, d(7, 1), d(7, 31), {}});
    ASSERT_OK(f);
    EXPECT_EQ(f->totals.settled, 3599);
    EXPECT_EQ(f->totals.concluded, 4829);
    EXPECT_DOUBLE_EQ(StatsJson::toJson(f.value()).value(QStringLiteral("success_rate")).toDouble(), 0.7453);
}

namespace {
/// Closes `id` as settled on 2026-03-10 with a written agreement signed by both parties.
void settleWithInstalments(CaseService &cases, const QString &id,
                           QList<Instalment> instalments)
{
    qint64 total = 0;
    for (const Instalment &i : instalments)
        total += i.amountFen;
    CloseInput close;
    close.outcome = Outcome::Settled;
    close.on = QDate(2026, 3, 10);
    AgreementInput a;
    a.content = QStringLiteral("被申请人分期付款。");
    a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"),
                                total, instalments}};
    a.signatures = {Signature{QStringLiteral("张某某"), QDate(2026, 3, 10), {}},
                    Signature{QStringLiteral("青禾县某某服饰有限公司"), QDate(2026, 3, 10), {}}};
    close.agreement = a;
    EXPECT_OK(cases.close(Actor::system(), id, close));
}
} // namespace

TEST_F(StatsFixture, FulfilmentVoluntaryPerformanceFeedbackAndSatisfactionByHand)
{
    buildSmallCounty();
    CaseService cases(*m_db);
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        auto c = cases.intake(Actor::system(), sampleIntake(QStringLiteral("QH-DS-A")));
        ASSERT_OK(c);
        ASSERT_OK(cases.accept(Actor::system(), c->record.id, d(3, 3)));
        ids << c->record.id;
    }
    // A: 400 by 4-30 and 600 by 5-31; B: 500 by 4-30; C: 300 by 4-30 (confirmation applied);
    // D: 400 by 4-30 and 400 by 8-31.
    settleWithInstalments(cases, ids[0], {{d(4, 30), 40000}, {d(5, 31), 60000}});
    settleWithInstalments(cases, ids[1], {{d(4, 30), 50000}});
    settleWithInstalments(cases, ids[2], {{d(4, 30), 30000}});
    settleWithInstalments(cases, ids[3], {{d(4, 30), 40000}, {d(8, 31), 40000}});
    AgreementService agreements(*m_db);
    auto pay = [&](int which, qint64 fen, const QDate &on) {
        PaymentInput p;
        p.amountFen = fen;
        p.on = on;
        ASSERT_OK(agreements.pay(Actor::system(), ids[which], p));
    };
    pay(0, 40000, d(4, 20));
    pay(0, 60000, d(6, 10)); // late, but performs the second instalment by 6-30
    pay(1, 20000, d(4, 25)); // partly
    pay(2, 30000, d(4, 28));
    pay(3, 40000, d(4, 30));
    ASSERT_OK(ConfirmationService(*m_db).apply(Actor::system(), ids[2], d(3, 12)));

    FeedbackService feedback(*m_db);
    auto asked = feedback.add(Actor::system(), ids[0], QStringLiteral("consult"), QStringLiteral("问"),
                              std::nullopt, d(6, 1));
    auto complained = feedback.add(Actor::system(), ids[0], QStringLiteral("complaint"),
                                   QStringLiteral("诉"), std::nullopt, d(6, 1));
    ASSERT_OK(asked);
    ASSERT_OK(complained);
    ASSERT_OK(feedback.add(Actor::system(), ids[0], QStringLiteral("rating"), {}, 5, d(6, 2)));
    ASSERT_OK(feedback.add(Actor::system(), ids[1], QStringLiteral("rating"), {}, 3, d(6, 29)));
    ASSERT_OK(feedback.answer(Actor::system(), asked->id, QStringLiteral("答"), d(6, 3)));     // limit 6-04
    ASSERT_OK(feedback.answer(Actor::system(), complained->id, QStringLiteral("答"), d(6, 10))); // late

    // On 6-30: instalments due A1 A2 B1 C1 D1, performed A1 A2 C1 D1 -> 4/5. Agreements due
    // A B C (D's last is 8-31); only A is paid in full without confirmation -> 1/3. Feedback to
    // be answered: the consultation (in time), the complaint (late), the 6-02 rating (limit
    // 6-05 passed); the 6-29 rating is still within its limit -> 1/3. Ratings 5 and 3 -> 4.
    auto june = Statistics(*m_db).compute(StatsQuery{{}, {}, {}, d(6, 30)});
    ASSERT_OK(june);
    ASSERT_TRUE(june->fulfilmentRate && june->voluntaryPerformanceRate);
    EXPECT_DOUBLE_EQ(*june->fulfilmentRate, 0.8);
    EXPECT_DOUBLE_EQ(*june->voluntaryPerformanceRate, 1.0 / 3);
    ASSERT_TRUE(june->feedbackInTimeRate && june->satisfaction);
    EXPECT_DOUBLE_EQ(*june->feedbackInTimeRate, 1.0 / 3);
    EXPECT_DOUBLE_EQ(*june->satisfaction, 4.0);

    // On 5-31 A's second payment is still to come: A2 unperformed -> 3/5; nothing performed in
    // full -> 0/3; no feedback received yet -> null.
    auto may = Statistics(*m_db).compute(StatsQuery{{}, {}, {}, d(5, 31)});
    ASSERT_OK(may);
    EXPECT_DOUBLE_EQ(*may->fulfilmentRate, 0.6);
    EXPECT_DOUBLE_EQ(*may->voluntaryPerformanceRate, 0.0);
    EXPECT_FALSE(may->feedbackInTimeRate.has_value());
    EXPECT_FALSE(may->satisfaction.has_value());

    // Another township's area has no agreements: null, not zero.
    auto other = Statistics(*m_db).compute(StatsQuery{QStringLiteral("QH-XH"), {}, {}, d(6, 30)});
    ASSERT_OK(other);
    EXPECT_FALSE(other->fulfilmentRate.has_value());
    EXPECT_FALSE(other->voluntaryPerformanceRate.has_value());
}
