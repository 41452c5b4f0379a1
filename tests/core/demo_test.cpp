#include "agreements/agreementservice.h"
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

TEST_F(DemoTest, ReplaysPaymentsSoSomeAgreementsArePerformedAndSomeBreached)
{
    auto summary = DemoLoader(*m_db).load();
    ASSERT_OK(summary);
    EXPECT_GT(summary->payments, 50);
    Query q(m_db->connection(), "SELECT case_id FROM agreements WHERE case_id IN"
                                " (SELECT case_id FROM obligations)");
    ASSERT_OK(q.exec());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    AgreementService agreements(*m_db);
    int performed = 0, breached = 0, partlyPaid = 0;
    for (const QString &id : std::as_const(ids)) {
        auto v = agreements.compute(id);
        ASSERT_OK(v);
        performed += v->fulfilment.state == AgreementState::Performed ? 1 : 0;
        breached += v->fulfilment.state == AgreementState::Breached ? 1 : 0;
        qint64 paid = 0;
        for (const Payment &p : v->agreement.payments)
            paid += p.amountFen;
        partlyPaid += paid > 0 && paid < v->agreement.amountFen ? 1 : 0;
    }
    EXPECT_GT(performed, 10);
    EXPECT_GT(breached, 0);
    EXPECT_GT(partlyPaid, 0);
    // The payments were recorded by users of the organisations keeping the agreements.
    Query by(m_db->connection(), "SELECT COUNT(*) FROM payments WHERE created_by IS NULL");
    ASSERT_OK(by.exec());
    ASSERT_TRUE(by.next());
    EXPECT_EQ(by.value(0).toInt(), 0);
}
