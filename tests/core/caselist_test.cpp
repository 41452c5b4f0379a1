#include "cases/caseservice.h"
#include "cases/transfertargets.h"

#include "testsupport.h"

using namespace tj;

// The case list's filters (tier, date range) and sort order, and the transfer target lists the
// referral and delegation pickers show.
class CaseListTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
        CaseService cases(*m_db);
        const struct
        {
            const char *org;
            int day;
        } rows[] = {{"QH-DS-A", 2}, {"QH-DS-A", 5}, {"QH-DS", 3}, {"QH-FT", 4}, {"QH-XH-A", 6}};
        for (const auto &r : rows) {
            CaseIntake in = sampleIntake(QString::fromUtf8(r.org));
            in.receivedOn = QDate(2026, 3, r.day);
            auto done = cases.intake(Actor::system(), in);
            ASSERT_OK(done);
            m_ids.append(done->record.id);
        }
    }

    QList<QDate> datesOf(const CaseFilter &filter)
    {
        QList<QDate> out;
        auto page = CaseService(*m_db).list(actor(QStringLiteral("courtjudge")), filter);
        EXPECT_OK(page);
        if (page)
            for (const Case &c : page->cases)
                out.append(c.receivedOn);
        return out;
    }

    QStringList m_ids;
};

TEST_F(CaseListTest, TierFilterKeepsCasesHandledAtThatTier)
{
    CaseFilter f;
    f.tier = CaseTier::Village;
    EXPECT_EQ(datesOf(f).size(), 3);
    f.tier = CaseTier::Township;
    EXPECT_EQ(datesOf(f), QList<QDate>{QDate(2026, 3, 3)});
    f.tier = CaseTier::Court;
    EXPECT_EQ(datesOf(f), QList<QDate>{QDate(2026, 3, 4)});
}

TEST_F(CaseListTest, DateRangeIsInclusiveAndTotalFollowsIt)
{
    CaseFilter f;
    f.receivedFrom = QDate(2026, 3, 3);
    f.receivedTo = QDate(2026, 3, 5);
    EXPECT_EQ(datesOf(f), (QList<QDate>{QDate(2026, 3, 5), QDate(2026, 3, 4), QDate(2026, 3, 3)}));
    auto page = CaseService(*m_db).list(actor(QStringLiteral("courtjudge")), f);
    ASSERT_OK(page);
    EXPECT_EQ(page->total, 3);
}

TEST_F(CaseListTest, ReversedDateRangeIsRefused)
{
    CaseFilter f;
    f.receivedFrom = QDate(2026, 3, 5);
    f.receivedTo = QDate(2026, 3, 3);
    auto page = CaseService(*m_db).list(actor(QStringLiteral("courtjudge")), f);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().kind, ErrorKind::Validation);
}

TEST_F(CaseListTest, OldestFirstPagesWithKeysetInAscendingOrder)
{
    CaseFilter f;
    f.oldestFirst = true;
    f.limit = 2;
    QList<QDate> seen;
    for (int guard = 0; guard < 5; ++guard) {
        auto page = CaseService(*m_db).list(actor(QStringLiteral("courtjudge")), f);
        ASSERT_OK(page);
        for (const Case &c : page->cases)
            seen.append(c.receivedOn);
        if (page->cases.size() < f.limit)
            break;
        f.afterReceivedOn = page->cases.last().receivedOn;
        f.afterId = page->cases.last().id;
    }
    EXPECT_EQ(seen, (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 3), QDate(2026, 3, 4),
                                  QDate(2026, 3, 5), QDate(2026, 3, 6)}));
}

TEST_F(CaseListTest, ReferTargetsAreTheAncestorsNearestFirst)
{
    auto c = CaseService(*m_db).get(actor(QStringLiteral("courtjudge")), m_ids[0]);
    ASSERT_OK(c);
    auto targets = TransferTargets::forRefer(*m_db, c.value());
    ASSERT_OK(targets);
    QStringList codes;
    for (const Organisation &o : targets.value())
        codes.append(o.code);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("QH-DS"), QStringLiteral("QH-FT"),
                                  QStringLiteral("QH-FY")}));
}

TEST_F(CaseListTest, DelegateTargetsAreTheCourtsAreaAndNothingBelowACourt)
{
    auto atTribunal = CaseService(*m_db).get(actor(QStringLiteral("courtjudge")), m_ids[3]);
    ASSERT_OK(atTribunal);
    auto targets = TransferTargets::forDelegate(*m_db, atTribunal.value());
    ASSERT_OK(targets);
    EXPECT_EQ(targets->size(), 5);
    for (const Organisation &o : targets.value())
        EXPECT_NE(o.code, QStringLiteral("QH-FT"));
    auto atVillage = CaseService(*m_db).get(actor(QStringLiteral("courtjudge")), m_ids[0]);
    ASSERT_OK(atVillage);
    auto none = TransferTargets::forDelegate(*m_db, atVillage.value());
    ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());
}
