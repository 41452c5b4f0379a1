#include "orgs/organisation.h"

#include "testsupport.h"

using namespace tj;

class OrganisationTest : public test::DbFixture
{};

TEST_F(OrganisationTest, BuildsATreeWithSubtreePaths)
{
    buildSmallCounty();
    OrganisationService orgs(*m_db);
    auto village = orgs.find(QStringLiteral("QH-DS-A"));
    ASSERT_OK(village);
    EXPECT_EQ(village->path, QStringLiteral("/QH-FY/QH-FT/QH-DS/QH-DS-A/"));
    EXPECT_TRUE(orgs.isAncestor(QStringLiteral("QH-FT"), QStringLiteral("QH-DS-A")).value());
    EXPECT_FALSE(orgs.isAncestor(QStringLiteral("QH-XH"), QStringLiteral("QH-DS-A")).value());
    EXPECT_FALSE(orgs.isAncestor(QStringLiteral("QH-DS-A"), QStringLiteral("QH-DS-A")).value());
    EXPECT_EQ(orgs.courtOver(QStringLiteral("QH-DS-A"))->code, QStringLiteral("QH-FT"));
}

TEST_F(OrganisationTest, RefusesAVillageAboveATownshipAndBadCodes)
{
    buildSmallCounty();
    OrganisationService orgs(*m_db);
    Organisation township{QStringLiteral("QH-BAD"), QStringLiteral("坏镇"), OrgTier::Township,
                          QStringLiteral("QH-DS-A"), std::nullopt, {}};
    auto r = orgs.add(township);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Rule);
    Organisation lower{QStringLiteral("qh x"), QStringLiteral("x"), OrgTier::Village,
                       QStringLiteral("QH-DS"), std::nullopt, {}};
    EXPECT_EQ(orgs.add(lower).error().kind, ErrorKind::Validation);
    Organisation orphan{QStringLiteral("QH-O"), QStringLiteral("o"), OrgTier::Village, {}, std::nullopt, {}};
    EXPECT_FALSE(orgs.add(orphan).ok());
    EXPECT_EQ(orgs.list()->size(), 7);
}

TEST_F(OrganisationTest, AJudgeMustSitAtACourt)
{
    buildSmallCounty();
    auto r = UserService(*m_db).add(User{QStringLiteral("wrongjudge"), QStringLiteral("某法官"),
                                         QStringLiteral("QH-DS"), Role::Judge});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Rule);
}
