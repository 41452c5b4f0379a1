#include "cases/caselistmodel.h"
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
