#include "cases/caselistmodel.h"
#include "cases/caselistquery.h"
#include "db/query.h"
#include "demo/generator.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tj;

class CaseListModelTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        GeneratorOptions options;
        options.cases = 1500;
        options.seed = 3;
        options.until = QDate(2026, 1, 31);
        ASSERT_OK(DemoGenerator(*m_db).generate(options));
    }

    // The cases whose title, facts or a party's name contain 纠纷, counted with LIKE.
    qint64 disputesByScan()
    {
        Query q(m_db->connection(), "SELECT COUNT(*) FROM cases WHERE title LIKE '%纠纷%' OR facts LIKE '%纠纷%'"
                                    " OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = cases.id AND p.name LIKE '%纠纷%')");
        EXPECT_OK(q.exec());
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // Shows the cases that say 纠纷 (more than the count cap of 100) and waits for the exact
    // count; the number the LIKE scan finds.
    qint64 searchDisputes(CaseListModel &model)
    {
        model.setCountCap(100);
        CaseFilter filter;
        filter.search = QStringLiteral("纠纷");
        model.setFilter(filter);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.totalIsExact(); }, 10000));
        const qint64 expected = disputesByScan();
        EXPECT_GT(expected, 100);
        return expected;
    }

    // Scrolls to the end, as a view asking for more rows does.
    static void fetchAll(CaseListModel &model)
    {
        for (int guard = 0; guard < 100 && model.canFetchMore({}); ++guard) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        }
    }
};

TEST_F(CaseListModelTest, ScrollingEverythingKeepsOrderAndOnlyAFewPagesInMemory)
{
    CaseService cases(*m_db);
    CaseListModel model(cases, Actor::system());
    model.setResidentPageLimit(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.total(), 1500, 10000);
    // Scroll to the end, as a view asking for more rows does.
    for (int guard = 0; guard < 100 && model.canFetchMore({}); ++guard) {
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        // The view reads the rows it shows: the newest page.
        EXPECT_FALSE(model.data(model.index(model.rowCount() - 1, 0)).toString().isEmpty());
    }
    ASSERT_EQ(model.rowCount(), 1500);
    EXPECT_LE(model.residentPages(), 3);
    // Pages the view has not asked for lately are dropped (the tester keeps reading row 0).
    const int middle = 2 * CaseListModel::kPageSize + 50;

    Query q(m_db->connection(), "SELECT id FROM cases ORDER BY received_on DESC, id DESC");
    ASSERT_OK(q.exec());
    int row = 0;
    while (q.next()) {
        EXPECT_EQ(model.data(model.index(row, 0), CaseListModel::CaseIdRole).toString(),
                  q.value(0).toString());
        ++row;
    }
    // Scrolling back reads a dropped page again from its key.
    QSignalSpy reloaded(&model, &CaseListModel::pageLoaded);
    EXPECT_EQ(model.caseAt(middle), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(model.caseAt(middle) != nullptr, 10000);
    EXPECT_EQ(model.caseAt(middle)->id,
              model.data(model.index(middle, 0), CaseListModel::CaseIdRole).toString());
    EXPECT_FALSE(model.data(model.index(middle, int(CaseListModel::Column::Number))).toString().isEmpty());
    EXPECT_GE(reloaded.count(), 1);
}

TEST_F(CaseListModelTest, ANewFilterDropsAnswersToTheOldOne)
{
    CaseService cases(*m_db);
    CaseListModel model(cases, Actor::system());
    CaseFilter first;
    first.search = QStringLiteral("纠纷");
    model.setFilter(first);
    CaseFilter second;
    second.status = CaseStatus::Referred;
    model.setFilter(second);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.total() >= 0, 10000);
    Query q(m_db->connection(), "SELECT COUNT(*) FROM cases WHERE status = 'referred'");
    ASSERT_OK(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(model.total(), q.value(0).toLongLong());
    EXPECT_EQ(model.rowCount(), q.value(0).toInt());
    for (int row = 0; row < model.rowCount(); ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(model.caseAt(row) != nullptr, 5000);
        EXPECT_EQ(model.caseAt(row)->status, CaseStatus::Referred);
    }
}

TEST_F(CaseListModelTest, ACommonTermIsCountedUpToTheCapFirstThenExactly)
{
    CaseService cases(*m_db);
    CaseListModel model(cases, Actor::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &CaseListModel::totalChanged);
    const qint64 expected = searchDisputes(model);
    // "More than 100" first, then the exact count replaces it.
    ASSERT_EQ(counts.count(), 2);
    EXPECT_EQ(counts.at(0).at(0).toLongLong(), 100);
    EXPECT_EQ(counts.at(1).at(0).toLongLong(), expected);
    EXPECT_EQ(model.total(), expected);
    // Pages load as before; scrolling to the end gives every match.
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), expected);
}

// The same with the search paths' limits set low, as a large county has them: the pages of the
// common term walk the date index and its exact count runs in two halves on two connections
// (the model's counting thread and one more); what the list shows is the same.
TEST_F(CaseListModelTest, ACommonTermCountedInTwoHalvesShowsTheSameTotalAndRows)
{
    struct Reset
    {
        ~Reset() { CaseListQuery::setSearchLimitsForTests(0, 0); }
    } reset;
    CaseListQuery::setSearchLimitsForTests(10, 40);
    CaseService cases(*m_db);
    CaseListModel model(cases, Actor::system());
    const qint64 expected = searchDisputes(model);
    EXPECT_EQ(model.total(), expected);
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), expected);
}

TEST_F(CaseListModelTest, AnExactCountOfAReplacedFilterIsSkipped)
{
    CaseService cases(*m_db);
    CaseListModel model(cases, Actor::system());
    model.setCountCap(1);
    CaseFilter common;
    common.search = QStringLiteral("纠纷");
    CaseFilter referred;
    referred.status = CaseStatus::Referred;
    // The capped count of the first filter may ask for an exact one; the second filter replaces
    // it before or while that runs, and only the second filter's count is shown.
    model.setFilter(common);
    QTRY_VERIFY_WITH_TIMEOUT(model.total() >= 0, 10000);
    model.setFilter(referred);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.total() >= 0, 10000);
    Query q(m_db->connection(), "SELECT COUNT(*) FROM cases WHERE status = 'referred'");
    ASSERT_OK(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(model.total(), q.value(0).toLongLong());
    EXPECT_TRUE(model.totalIsExact());
}
