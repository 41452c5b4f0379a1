#include "statsfixture.h"

#include "db/query.h"
#include "db/transaction.h"

using namespace tj;
using namespace tj::test;

namespace {
qint64 caseCount(Database &db)
{
    Query q(db.connection(), "SELECT COUNT(*) FROM cases");
    EXPECT_TRUE(q.exec().ok());
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_F(StatsFixture, ServiceCallsInsideAnOuterTransactionVanishWhenItRollsBack)
{
    buildSmallCounty();
    {
        Transaction outer(m_db->connection());
        ASSERT_OK(outer.begin());
        registerCase("QH-DS-A", QDate(2026, 3, 2), "邻里");
        registerCase("QH-DS-A", QDate(2026, 3, 3), "邻里");
        EXPECT_EQ(caseCount(*m_db), 2);
    } // not committed
    EXPECT_EQ(caseCount(*m_db), 0);
}

TEST_F(StatsFixture, AFailedNestedCallUndoesOnlyItselfAndTheOuterCommitKeepsTheRest)
{
    buildSmallCounty();
    Transaction outer(m_db->connection());
    ASSERT_OK(outer.begin());
    const QString id = registerCase("QH-DS-A", QDate(2026, 3, 2), "邻里");
    // Closing a case that was never accepted is refused inside its own savepoint.
    CloseInput close;
    close.outcome = Outcome::Failed;
    close.reason = QStringLiteral("不成");
    close.on = QDate(2026, 3, 5);
    EXPECT_FALSE(cases().close(Actor::system(), id, close).ok());
    ASSERT_OK(outer.commit());
    EXPECT_EQ(caseCount(*m_db), 1);
    auto c = cases().get(Actor::system(), id);
    ASSERT_OK(c);
    EXPECT_EQ(c->status, CaseStatus::Registered);
    // The connection is back in autocommit mode: a new top-level transaction can begin.
    Transaction next(m_db->connection());
    EXPECT_OK(next.begin());
    EXPECT_OK(next.commit());
}
