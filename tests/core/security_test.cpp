#include "db/migrations.h"
#include "db/query.h"
#include "security/access.h"
#include "security/accounts.h"
#include "security/audit.h"
#include "security/password.h"
#include "security/settings.h"

#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tj;

namespace {
constexpr auto kPassword = "Liushu-2026!";
constexpr auto kOther = "Xinghua-2026?";
} // namespace

class SecurityTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
        UserService users(*m_db);
        ASSERT_OK(users.add(User{QStringLiteral("sec"), QStringLiteral("安全员"), QStringLiteral("QH-FY"), Role::Security}));
        ASSERT_OK(users.add(User{QStringLiteral("aud"), QStringLiteral("审计员"), QStringLiteral("QH-FY"), Role::Auditor}));
        CaseService cases(*m_db);
        auto a = cases.intake(actor(QStringLiteral("vma")), phoneIntake(QStringLiteral("QH-DS-A")));
        ASSERT_OK(a);
        m_caseA = a->record.id;
        auto x = cases.intake(actor(QStringLiteral("xhstaff")), sampleIntake(QStringLiteral("QH-XH")));
        ASSERT_OK(x);
        m_caseX = x->record.id;
    }

    CaseIntake phoneIntake(const QString &org) const
    {
        CaseIntake in = sampleIntake(org, QStringLiteral("11010519491231002X"));
        in.parties[0].phone = QStringLiteral("13812345678");
        return in;
    }

    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    AccountService accounts()
    {
        AccountService a(*m_db);
        a.setClock([this] { return m_now; });
        return a;
    }
    ErrorKind readKind(const QString &login, const QString &caseId)
    {
        auto r = CaseService(*m_db).get(actor(login), caseId);
        return r.ok() ? ErrorKind::Usage : r.error().kind; // Usage stands for "allowed" here
    }

    QString m_caseA;
    QString m_caseX;
};

TEST_F(SecurityTest, PasswordsAreStoredAsArgon2idHashesAtOwaspStrength)
{
    const QString hash = PasswordHash::hash(QString::fromUtf8(kPassword));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,"))) << hash.toStdString();
    EXPECT_TRUE(PasswordHash::verify(hash, QString::fromUtf8(kPassword)));
    EXPECT_FALSE(PasswordHash::verify(hash, QStringLiteral("liushu-2026!")));
    EXPECT_NE(hash, PasswordHash::hash(QString::fromUtf8(kPassword))); // salted
    EXPECT_FALSE(PasswordHash::checkPolicy(QStringLiteral("vma"), QStringLiteral("short")).isEmpty());
    EXPECT_FALSE(PasswordHash::checkPolicy(QStringLiteral("zhangsan"), QStringLiteral("ZHANGSAN")).isEmpty());
    EXPECT_TRUE(PasswordHash::checkPolicy(QStringLiteral("vma"), QString::fromUtf8(kPassword)).isEmpty());
}

TEST_F(SecurityTest, AccessMatrixForReadingCasesThroughCore)
{
    const ErrorKind allowed = ErrorKind::Usage;
    // The village mediator: their village only.
    EXPECT_EQ(readKind(QStringLiteral("vma"), m_caseA), allowed);
    EXPECT_EQ(readKind(QStringLiteral("vma"), m_caseX), ErrorKind::Denied);
    EXPECT_EQ(readKind(QStringLiteral("vmb"), m_caseA), ErrorKind::Denied);
    // Township staff: the township and its villages, not the other township.
    EXPECT_EQ(readKind(QStringLiteral("staff"), m_caseA), allowed);
    EXPECT_EQ(readKind(QStringLiteral("staff"), m_caseX), ErrorKind::Denied);
    EXPECT_EQ(readKind(QStringLiteral("xhstaff"), m_caseX), allowed);
    // The tribunal judge: its whole area.
    EXPECT_EQ(readKind(QStringLiteral("judge"), m_caseA), allowed);
    EXPECT_EQ(readKind(QStringLiteral("judge"), m_caseX), allowed);
    // Administration, security and audit duties read no case content.
    for (const char *login : {"admin", "sec", "aud"}) {
        EXPECT_EQ(readKind(QString::fromUtf8(login), m_caseA), ErrorKind::Denied) << login;
        EXPECT_EQ(CaseService(*m_db).list(actor(QString::fromUtf8(login)), CaseFilter()).error().kind,
                  ErrorKind::Denied);
        EXPECT_EQ(CaseService(*m_db).history(actor(QString::fromUtf8(login)), m_caseA).error().kind,
                  ErrorKind::Denied);
    }
    CaseService cases(*m_db);
    EXPECT_EQ(cases.list(actor(QStringLiteral("vma")), CaseFilter())->total, 1);
    EXPECT_EQ(cases.list(actor(QStringLiteral("staff")), CaseFilter())->total, 1);
    EXPECT_EQ(cases.list(actor(QStringLiteral("judge")), CaseFilter())->total, 2);
    // A caller cannot widen the list: the filter's scope is the actor's, whatever is asked.
    CaseFilter wide;
    wide.scope = QStringLiteral("QH-FY");
    wide.org = QStringLiteral("QH-XH");
    EXPECT_EQ(cases.list(actor(QStringLiteral("vma")), wide)->total, 0);
    EXPECT_EQ(cases.history(actor(QStringLiteral("vmb")), m_caseA).error().kind, ErrorKind::Denied);
    EXPECT_EQ(cases.related(actor(QStringLiteral("vmb")), m_caseA).error().kind, ErrorKind::Denied);
    EXPECT_EQ(cases.inbox(actor(QStringLiteral("vma")), QStringLiteral("QH-DS")).error().kind, ErrorKind::Denied);
}

TEST_F(SecurityTest, AccessMatrixForChangingCasesThroughCore)
{
    CaseService cases(*m_db);
    for (const char *login : {"vmb", "staff", "judge", "admin", "sec", "aud"}) {
        auto r = cases.accept(actor(QString::fromUtf8(login)), m_caseA, QDate(2026, 3, 3));
        ASSERT_FALSE(r.ok()) << login;
        EXPECT_EQ(r.error().kind, ErrorKind::Denied) << login;
    }
    EXPECT_EQ(cases.intake(actor(QStringLiteral("admin")), sampleIntake(QStringLiteral("QH-FY"))).error().kind,
              ErrorKind::Denied);
    ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), m_caseA, QDate(2026, 3, 3)));
    // Referred up, the case is still the village's to read (it registered it) but no longer to change.
    ASSERT_OK(cases.refer(actor(QStringLiteral("vma")), m_caseA, QStringLiteral("QH-DS"), QStringLiteral("疑难")));
    ASSERT_OK(cases.receive(actor(QStringLiteral("staff")), m_caseA));
    EXPECT_TRUE(cases.get(actor(QStringLiteral("vma")), m_caseA).ok());
    EXPECT_EQ(cases.refer(actor(QStringLiteral("vma")), m_caseA, QStringLiteral("QH-FT"), QStringLiteral("x")).error().kind,
              ErrorKind::Denied);
}

TEST_F(SecurityTest, ADelegatedCaseIsSeenByTheReceiverWithItsWholeHistory)
{
    CaseService cases(*m_db);
    auto court = cases.intake(actor(QStringLiteral("courtjudge")), sampleIntake(QStringLiteral("QH-FY")));
    ASSERT_OK(court);
    const QString id = court->record.id;
    EXPECT_EQ(readKind(QStringLiteral("vmb"), id), ErrorKind::Denied);
    ASSERT_OK(cases.delegate(actor(QStringLiteral("courtjudge")), id, QStringLiteral("QH-DS-B"), QStringLiteral("委派调解")));
    EXPECT_EQ(readKind(QStringLiteral("vmb"), id), ErrorKind::Usage);
    EXPECT_EQ(readKind(QStringLiteral("vma"), id), ErrorKind::Denied);
    ASSERT_EQ(cases.inbox(actor(QStringLiteral("vmb")), QStringLiteral("QH-DS-B"))->size(), 1);
    ASSERT_OK(cases.receive(actor(QStringLiteral("vmb")), id));
    auto history = cases.history(actor(QStringLiteral("vmb")), id);
    ASSERT_OK(history);
    EXPECT_EQ(history->size(), 3); // intake at court, delegate, receive
    EXPECT_EQ(cases.list(actor(QStringLiteral("vmb")), CaseFilter())->total, 1);
}

TEST_F(SecurityTest, ListsMaskIdentifiersAndRevealingIsAudited)
{
    CaseService cases(*m_db);
    auto page = cases.list(actor(QStringLiteral("vma")), CaseFilter());
    ASSERT_OK(page);
    ASSERT_EQ(page->cases.size(), 1);
    const Party &p = page->cases[0].parties[0];
    EXPECT_EQ(p.idNumber, QStringLiteral("110105********002X"));
    EXPECT_EQ(p.phone, QStringLiteral("138****5678"));
    EXPECT_EQ(cases.get(actor(QStringLiteral("vma")), m_caseA)->parties[0].idNumber,
              QStringLiteral("110105********002X"));
    // Searching by the whole number still finds the case, and still shows it masked.
    CaseFilter byId;
    byId.search = QStringLiteral("11010519491231002X");
    EXPECT_EQ(cases.list(actor(QStringLiteral("judge")), byId)->cases.value(0).parties[0].idNumber,
              QStringLiteral("110105********002X"));

    auto whole = cases.reveal(actor(QStringLiteral("vma")), m_caseA);
    ASSERT_OK(whole);
    EXPECT_EQ(whole->parties[0].idNumber, QStringLiteral("11010519491231002X"));
    EXPECT_EQ(whole->parties[0].phone, QStringLiteral("13812345678"));
    EXPECT_EQ(cases.reveal(actor(QStringLiteral("admin")), m_caseA).error().kind, ErrorKind::Denied);
    auto entries = AuditLog(m_db->connection()).recent(10, m_caseA);
    ASSERT_OK(entries);
    QStringList seen;
    for (const AuditEntry &e : entries.value())
        seen.append(QStringLiteral("%1 %2 %3").arg(e.user, e.action, e.result));
    EXPECT_TRUE(seen.contains(QStringLiteral("vma case.reveal ok"))) << seen.join(u';').toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("admin case.reveal denied")));
    EXPECT_TRUE(seen.contains(QStringLiteral("vma case.view ok")));
}

TEST_F(SecurityTest, AnOpenInstallationClosesWithTheAdministratorsFirstPassword)
{
    auto acc = accounts();
    auto open = acc.signIn(QStringLiteral("vma"), QString());
    ASSERT_OK(open);
    EXPECT_TRUE(open->withoutPassword);
    EXPECT_EQ(acc.changeOwnPassword(actor(QStringLiteral("vma")), QString(), QString::fromUtf8(kPassword)).error().kind,
              ErrorKind::Rule);
    ASSERT_OK(acc.changeOwnPassword(actor(QStringLiteral("admin")), QString(), QString::fromUtf8(kPassword)));
    EXPECT_TRUE(acc.passwordsRequired().value());
    // From now on an account without a password cannot sign in, and the admin's needs it.
    EXPECT_EQ(acc.signIn(QStringLiteral("vma"), QStringLiteral("anything")).error().kind, ErrorKind::Denied);
    EXPECT_EQ(acc.signIn(QStringLiteral("admin"), QString()).error().kind, ErrorKind::Usage);
    auto admin = acc.signIn(QStringLiteral("admin"), QString::fromUtf8(kPassword));
    ASSERT_OK(admin);
    EXPECT_FALSE(admin->mustChangePassword);
    EXPECT_EQ(admin->idleMinutes, 15);
}

TEST_F(SecurityTest, AnInitialPasswordMustBeChangedAndOnlySecurityResetsOne)
{
    auto acc = accounts();
    ASSERT_OK(acc.changeOwnPassword(actor(QStringLiteral("admin")), QString(), QString::fromUtf8(kPassword)));
    ASSERT_OK(acc.setPassword(actor(QStringLiteral("admin")), QStringLiteral("vma"), QString::fromUtf8(kOther)));
    auto first = acc.signIn(QStringLiteral("vma"), QString::fromUtf8(kOther));
    ASSERT_OK(first);
    EXPECT_TRUE(first->mustChangePassword);
    EXPECT_EQ(acc.changeOwnPassword(actor(QStringLiteral("vma")), QString::fromUtf8(kOther), QString::fromUtf8(kOther))
                  .error().kind, ErrorKind::Validation);
    ASSERT_OK(acc.changeOwnPassword(actor(QStringLiteral("vma")), QString::fromUtf8(kOther), QString::fromUtf8(kPassword)));
    EXPECT_FALSE(acc.signIn(QStringLiteral("vma"), QString::fromUtf8(kPassword))->mustChangePassword);
    // The administrator sets only first passwords; a reset is the security officer's duty.
    EXPECT_EQ(acc.setPassword(actor(QStringLiteral("admin")), QStringLiteral("vma"), QString::fromUtf8(kOther)).error().kind,
              ErrorKind::Denied);
    EXPECT_EQ(acc.setPassword(actor(QStringLiteral("vmb")), QStringLiteral("vma"), QString::fromUtf8(kOther)).error().kind,
              ErrorKind::Denied);
    ASSERT_OK(acc.setPassword(actor(QStringLiteral("sec")), QStringLiteral("vma"), QString::fromUtf8(kOther)));
    EXPECT_TRUE(acc.signIn(QStringLiteral("vma"), QString::fromUtf8(kOther))->mustChangePassword);
    EXPECT_EQ(acc.setPassword(actor(QStringLiteral("sec")), QStringLiteral("vma"), QStringLiteral("short")).error().kind,
              ErrorKind::Validation);
}

TEST_F(SecurityTest, FiveFailuresWithinFifteenMinutesLockTheAccount)
{
    auto acc = accounts();
    ASSERT_OK(acc.changeOwnPassword(actor(QStringLiteral("admin")), QString(), QString::fromUtf8(kPassword)));
    ASSERT_OK(acc.setPassword(actor(QStringLiteral("admin")), QStringLiteral("vma"), QString::fromUtf8(kPassword)));
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(acc.signIn(QStringLiteral("vma"), QStringLiteral("wrong-guess")).error().kind, ErrorKind::Denied);
        m_now = m_now.addSecs(60);
    }
    EXPECT_FALSE(acc.state(QStringLiteral("vma"))->lockedUntil.isValid());
    EXPECT_EQ(acc.signIn(QStringLiteral("vma"), QStringLiteral("wrong-guess")).error().kind, ErrorKind::Denied);
    EXPECT_TRUE(acc.state(QStringLiteral("vma"))->lockedUntil.isValid());
    auto locked = acc.signIn(QStringLiteral("vma"), QString::fromUtf8(kPassword));
    ASSERT_FALSE(locked.ok());
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked")));
    m_now = m_now.addSecs(16 * 60);
    EXPECT_OK(acc.signIn(QStringLiteral("vma"), QString::fromUtf8(kPassword)));

    // Failures spread beyond the window do not add up.
    for (int i = 0; i < 8; ++i) {
        EXPECT_FALSE(acc.signIn(QStringLiteral("vma"), QStringLiteral("wrong-guess")).ok());
        m_now = m_now.addSecs(4 * 60);
    }
    EXPECT_FALSE(acc.state(QStringLiteral("vma"))->lockedUntil.isValid());
    // The security officer lifts a lock at once.
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(acc.signIn(QStringLiteral("vma"), QStringLiteral("wrong-guess")).ok());
    EXPECT_EQ(acc.unlock(actor(QStringLiteral("admin")), QStringLiteral("vma")).error().kind, ErrorKind::Denied);
    ASSERT_OK(acc.unlock(actor(QStringLiteral("sec")), QStringLiteral("vma")));
    EXPECT_OK(acc.signIn(QStringLiteral("vma"), QString::fromUtf8(kPassword)));

    auto entries = AuditLog(m_db->connection()).recent(100, QStringLiteral("vma"));
    int failed = 0;
    for (const AuditEntry &e : entries.value())
        failed += e.action == QStringLiteral("user.sign_in") && e.result == QStringLiteral("failed");
    EXPECT_EQ(failed, 18);
}

TEST_F(SecurityTest, UnknownLoginsFailLikeWrongPasswords)
{
    auto acc = accounts();
    ASSERT_OK(acc.changeOwnPassword(actor(QStringLiteral("admin")), QString(), QString::fromUtf8(kPassword)));
    auto r = acc.signIn(QStringLiteral("nobody"), QString::fromUtf8(kPassword));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, acc.signIn(QStringLiteral("admin"), QStringLiteral("wrong-guess")).error().message);
}

TEST_F(SecurityTest, DutiesAreSeparated)
{
    auto acc = accounts();
    Organisation o;
    o.code = QStringLiteral("QH-DS-C");
    o.name = QStringLiteral("桃园村调解室");
    o.parentCode = QStringLiteral("QH-DS");
    o.tier = OrgTier::Village;
    EXPECT_EQ(acc.addOrganisation(actor(QStringLiteral("sec")), o).error().kind, ErrorKind::Denied);
    EXPECT_EQ(acc.addOrganisation(actor(QStringLiteral("judge")), o).error().kind, ErrorKind::Denied);
    ASSERT_OK(acc.addOrganisation(actor(QStringLiteral("admin")), o));
    const User u{QStringLiteral("vmc"), QStringLiteral("桃园调解员"), QStringLiteral("QH-DS-C"), Role::Mediator};
    EXPECT_EQ(acc.addUser(actor(QStringLiteral("aud")), u).error().kind, ErrorKind::Denied);
    ASSERT_OK(acc.addUser(actor(QStringLiteral("admin")), u, QString::fromUtf8(kPassword)));
    EXPECT_TRUE(acc.state(QStringLiteral("vmc"))->mustChangePassword);

    Settings settings(*m_db);
    EXPECT_EQ(settings.set(actor(QStringLiteral("admin")), Settings::kIdleMinutes, QStringLiteral("5")).error().kind,
              ErrorKind::Denied);
    EXPECT_EQ(settings.set(actor(QStringLiteral("sec")), Settings::kIdleMinutes, QStringLiteral("0")).error().kind,
              ErrorKind::Validation);
    EXPECT_EQ(settings.set(actor(QStringLiteral("sec")), QStringLiteral("no.such"), QStringLiteral("1")).error().kind,
              ErrorKind::Validation);
    ASSERT_OK(settings.set(actor(QStringLiteral("sec")), Settings::kIdleMinutes, QStringLiteral("5")));
    auto signedIn = acc.signIn(QStringLiteral("vmc"), QString::fromUtf8(kPassword));
    ASSERT_OK(signedIn);
    EXPECT_EQ(signedIn->idleMinutes, 5);

    EXPECT_OK(Access::mayAudit(actor(QStringLiteral("aud"))));
    EXPECT_FALSE(Access::mayAudit(actor(QStringLiteral("admin"))).ok());
    EXPECT_FALSE(Access::mayBackUp(actor(QStringLiteral("vma"))).ok());
}

TEST_F(SecurityTest, TheSchemaAcceptsOnlyKnownRoles)
{
    Query bad(m_db->connection(), "INSERT INTO users (login, name, org_code, role, created_at)"
                                  " VALUES ('root', 'x', 'QH-FY', 'superuser', '2026-01-01')");
    EXPECT_FALSE(bad.exec().ok());
    Query good(m_db->connection(), "SELECT role FROM users WHERE login = 'sec'");
    ASSERT_OK(good.exec());
    ASSERT_TRUE(good.next());
    EXPECT_EQ(good.value(0).toString(), QStringLiteral("security"));
}

TEST(SecurityMigration, UpgradesVersionOneAccountsAcrossTheNumberingGap)
{
    TJ_SKIP_ON_POSTGRES("builds a version-1 SQLite file by hand");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QFile script(QStringLiteral(":/tiaojie/migrations/001_initial.sql"));
        ASSERT_TRUE(script.open(QIODevice::ReadOnly));
        // Version 1 has no triggers, so its statements split cleanly on ';'.
        for (const QString &sql : QString::fromUtf8(script.readAll()).split(u';')) {
            if (sql.trimmed().isEmpty())
                continue;
            QSqlQuery q(raw);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO organisations VALUES ('QH-FY', '法院', 'court', NULL, '/QH-FY/', NULL, 'now')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO users VALUES ('old', '老用户', 'QH-FY', 'judge', 1, 'then')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto db = Database::openSqlite(path);
    ASSERT_OK(db);
    EXPECT_EQ(db.value()->schemaVersion(), Migrator::latestVersion());
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".v1.bak")));
    auto old = UserService(*db.value()).find(QStringLiteral("old"));
    ASSERT_OK(old);
    EXPECT_EQ(old->role, Role::Judge);
    EXPECT_FALSE(AccountService(*db.value()).state(QStringLiteral("old"))->hasPassword);
    EXPECT_OK(UserService(*db.value()).add(User{QStringLiteral("sec"), QStringLiteral("安全员"), QStringLiteral("QH-FY"), Role::Security}));
}
