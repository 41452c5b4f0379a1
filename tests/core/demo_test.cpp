#include "cases/caseservice.h"
#include "db/query.h"
#include "demo/demoloader.h"

#include "testsupport.h"

using namespace tj;

class DemoTest : public test::DbFixture
{};

TEST_F(DemoTest, LoadsTheDemoCountyThroughTheRealWorkflow)
{
    auto summary = DemoLoader(*m_db).load();
    ASSERT_OK(summary);
    EXPECT_GE(summary->organisations, 30);
    EXPECT_GE(summary->cases, 150);

    // Cases in every state.
    Query q(m_db->connection(), "SELECT status, COUNT(*) FROM cases GROUP BY status");
    ASSERT_OK(q.exec());
    QSet<QString> states;
    while (q.next())
        states.insert(q.value(0).toString());
    for (CaseStatus s : allStatuses())
        EXPECT_TRUE(states.contains(statusCode(s))) << statusCode(s).toStdString();

    // The 35 workers' wage claim is there, collective, with its instalment agreement.
    CaseFilter filter;
    filter.search = QStringLiteral("服饰");
    auto page = CaseService(*m_db).list(actor(QStringLiteral("huminxue")), filter);
    ASSERT_OK(page);
    bool found35 = false;
    for (const Case &c : page->cases)
        found35 |= c.parties.size() >= 36;
    EXPECT_TRUE(found35);
}

TEST_F(DemoTest, RefusesToLoadTwice)
{
    ASSERT_OK(DemoLoader(*m_db).load());
    auto again = DemoLoader(*m_db).load();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Rule);
}
