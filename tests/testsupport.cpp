#include "testsupport.h"

#include "orgs/organisation.h"
#include "parties/identifiers.h"

namespace tj::test {

QString makeResidentId(const QString &area, const QString &birth, const QString &seq)
{
    const QString first = area + birth + seq;
    return first + Identifiers::residentIdCheckChar(first);
}

QString makeCreditCode(const QString &first17)
{
    return first17 + Identifiers::creditCodeCheckChar(first17);
}

void DbFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    auto db = Database::openSqlite(m_path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    m_db = std::move(db.value());
}

void DbFixture::buildSmallCounty()
{
    OrganisationService orgs(*m_db);
    struct O { const char *code, *name, *parent; OrgTier tier; };
    const O list[] = {
        {"QH-FY", "青禾县人民法院", "", OrgTier::Court},
        {"QH-FT", "东山人民法庭", "QH-FY", OrgTier::Tribunal},
        {"QH-DS", "东山镇矛盾纠纷联合调解中心", "QH-FT", OrgTier::Township},
        {"QH-DS-A", "柳树村调解室", "QH-DS", OrgTier::Village},
        {"QH-DS-B", "杏花村调解室", "QH-DS", OrgTier::Village},
        {"QH-XH", "西河镇矛盾纠纷联合调解中心", "QH-FT", OrgTier::Township},
        {"QH-XH-A", "河口村调解室", "QH-XH", OrgTier::Village},
    };
    for (const O &o : list) {
        Organisation org;
        org.code = QString::fromUtf8(o.code);
        org.name = QString::fromUtf8(o.name);
        org.parentCode = QString::fromUtf8(o.parent);
        org.tier = o.tier;
        ASSERT_OK(orgs.add(org));
    }
    UserService users(*m_db);
    struct U { const char *login, *org; Role role; };
    const U us[] = {{"admin", "QH-FY", Role::Admin},    {"judge", "QH-FT", Role::Judge},
                    {"courtjudge", "QH-FY", Role::Judge}, {"staff", "QH-DS", Role::Staff},
                    {"xhstaff", "QH-XH", Role::Staff},  {"vma", "QH-DS-A", Role::Mediator},
                    {"vmb", "QH-DS-B", Role::Mediator}};
    for (const U &u : us)
        ASSERT_OK(users.add(User{QString::fromUtf8(u.login), QStringLiteral("测试用户"),
                                 QString::fromUtf8(u.org), u.role}));
}

Actor DbFixture::actor(const QString &login) const
{
    auto a = UserService(*m_db).actorFor(login);
    EXPECT_TRUE(a.ok());
    return a.ok() ? a.value() : Actor::system();
}

CaseIntake DbFixture::sampleIntake(const QString &org, const QString &applicantId) const
{
    CaseIntake in;
    in.org = org;
    in.receivedOn = QDate(2026, 3, 2);
    in.source = CaseSource::Application;
    in.category = QStringLiteral("邻里");
    in.title = QStringLiteral("张某某与李某某相邻通行纠纷");
    in.facts = QStringLiteral("双方因院墙外通道通行问题发生争执，多次口角。");
    in.claims = QStringLiteral("请求恢复通行。");
    in.amountFen = 500000;
    Party a;
    a.role = PartyRole::Applicant;
    a.name = QStringLiteral("张某某");
    a.idNumber = applicantId.isEmpty() ? makeResidentId(QStringLiteral("131121"), QStringLiteral("19800101"), QStringLiteral("123"))
                                       : applicantId;
    Party r;
    r.role = PartyRole::Respondent;
    r.kind = PartyKind::Organisation;
    r.name = QStringLiteral("青禾县某某服饰有限公司");
    r.creditCode = makeCreditCode(QStringLiteral("91131121MA0ABCDE1"));
    in.parties = {a, r};
    return in;
}

} // namespace tj::test
