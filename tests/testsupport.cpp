#include "testsupport.h"

#include "orgs/organisation.h"
#include "db/migrations.h"
#include "parties/identifiers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

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

QString testPostgres()
{
    // CTest runs every binary on SQLite (TIAOJIE_TEST_ENGINE=sqlite) and the core tests a
    // second time on PostgreSQL (=postgres); run by hand, the cluster's variable decides.
    if (qEnvironmentVariable("TIAOJIE_TEST_ENGINE") == QLatin1String("sqlite"))
        return QString();
    return qEnvironmentVariable("TIAOJIE_TEST_PG").trimmed();
}

bool postgresWantedButMissing()
{
    return qEnvironmentVariable("TIAOJIE_TEST_ENGINE") == QLatin1String("postgres")
           && qEnvironmentVariable("TIAOJIE_TEST_PG").trimmed().isEmpty();
}

namespace {
const char kAdminConnection[] = "tj-test-pg-admin";

// A connection to the cluster's maintenance database for CREATE / DROP DATABASE.
QSqlDatabase adminConnection()
{
    QSqlDatabase admin = QSqlDatabase::database(QString::fromLatin1(kAdminConnection), false);
    if (admin.isValid() && admin.isOpen())
        return admin;
    admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QString::fromLatin1(kAdminConnection));
    auto pairs = Database::parseConninfo(testPostgres());
    if (!pairs)
        return admin;
    QStringList options;
    for (const auto &[key, value] : pairs.value()) {
        if (key == QLatin1String("host"))
            admin.setHostName(value);
        else if (key == QLatin1String("port"))
            admin.setPort(value.toInt());
        else if (key == QLatin1String("user"))
            admin.setUserName(value);
        else if (key == QLatin1String("password"))
            admin.setPassword(value);
        else if (key != QLatin1String("dbname"))
            options.append(key + u'=' + value);
    }
    admin.setDatabaseName(QStringLiteral("postgres"));
    admin.setConnectOptions(options.join(u';'));
    if (!admin.open())
        ADD_FAILURE() << "cannot reach the test cluster: " << admin.lastError().text().toStdString();
    return admin;
}

bool adminExec(const QString &sql)
{
    QSqlQuery q(adminConnection());
    if (!q.exec(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return false;
    }
    return true;
}

// A migrated template, made once per cluster and schema version by whichever test process
// comes first (the others wait on an advisory lock); each test copies it, which is much faster
// than running the migrations again.
QString templateName()
{
    static QString name;
    if (!name.isEmpty())
        return name;
    const QString candidate = QStringLiteral("tj_tmpl_v%1").arg(Migrator::latestVersion());
    if (!adminExec(QStringLiteral("SELECT pg_advisory_lock(7301)")))
        return QString();
    QSqlQuery exists(adminConnection());
    const bool made = exists.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'")
                                      .arg(candidate))
                      && exists.next();
    bool ok = made;
    if (!made) {
        const QString building = candidate + QStringLiteral("_build");
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(building));
        // The C collation sorts text by code point, as SQLite does (docs/deployment.md).
        ok = adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"
                                      " LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'").arg(building));
        if (ok) {
            auto db = Database::openPostgres(testPostgres() + QStringLiteral(" dbname=") + building);
            if (!db) {
                ADD_FAILURE() << "migrating the template failed: " << db.error().message.toStdString();
                ok = false;
            }
        }
        ok = ok && adminExec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, candidate));
    }
    adminExec(QStringLiteral("SELECT pg_advisory_unlock(7301)"));
    if (ok)
        name = candidate;
    return name;
}
} // namespace

Result<std::unique_ptr<Database>> openTestDatabase(const QString &sqlitePath, QString *pgName)
{
    if (!onPostgres())
        return Database::openSqlite(sqlitePath);
    const QString tmpl = templateName();
    if (tmpl.isEmpty())
        return makeError(ErrorKind::Storage, QStringLiteral("no template database"));
    const QString name = QStringLiteral("tj_t_%1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(20));
    if (!adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, tmpl)))
        return makeError(ErrorKind::Storage, QStringLiteral("CREATE DATABASE failed"));
    if (pgName)
        *pgName = name;
    return Database::openPostgres(testPostgres() + QStringLiteral(" dbname=") + name);
}

void dropTestDatabase(const QString &pgName)
{
    if (!pgName.isEmpty() && onPostgres())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pgName));
}

void DbFixture::SetUp()
{
    if (postgresWantedButMissing())
        GTEST_SKIP() << "no PostgreSQL test cluster: run through scripts/pg_test_cluster.sh";
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    auto db = openTestDatabase(m_path, &m_pgName);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    m_db = std::move(db.value());
}

void DbFixture::TearDown()
{
    m_db.reset();
    dropTestDatabase(m_pgName);
    for (const QString &name : std::as_const(m_extraPgNames))
        dropTestDatabase(name);
}

Result<std::unique_ptr<Database>> DbFixture::openSecondSeat() const
{
    if (onPostgres())
        return Database::openPostgres(testPostgres() + QStringLiteral(" dbname=") + m_pgName);
    return Database::openSqlite(m_path);
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
