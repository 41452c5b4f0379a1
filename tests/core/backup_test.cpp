#include "db/query.h"
#include "security/accounts.h"
#include "security/audit.h"
#include "security/backup.h"
#include "security/settings.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace tj;

class BackupTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        TJ_SKIP_ON_POSTGRES("backups copy the SQLite file (VACUUM INTO); a server is backed up with pg_dump");
        DbFixture::SetUp();
        buildSmallCounty();
        ASSERT_OK(addCase());
    }
    Result<IntakeResult> addCase()
    {
        return CaseService(*m_db).intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    }
    qint64 caseCount(Database &db)
    {
        Query q(db.connection(), "SELECT COUNT(*) FROM cases");
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QString backupPath(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    std::function<QString()> noPassword() const
    {
        return [] { return QString(); };
    }
    /// Closes the fixture's database, runs `f`, and opens it again.
    template<typename F>
    auto withClosed(F f)
    {
        m_db.reset();
        auto r = f();
        auto db = Database::openSqlite(m_path);
        EXPECT_TRUE(db.ok());
        if (db.ok())
            m_db = std::move(db.value());
        return r;
    }
};

TEST_F(BackupTest, RoundTripRestoresTheBackedUpState)
{
    const QString file = backupPath("one.sqlite");
    auto written = BackupService(*m_db).backup(actor(QStringLiteral("admin")), file);
    ASSERT_OK(written);
    auto check = BackupService::verify(file);
    ASSERT_OK(check);
    EXPECT_EQ(check->cases, 1);
    EXPECT_EQ(check->schemaVersion, m_db->schemaVersion());
    ASSERT_OK(addCase());
    ASSERT_EQ(caseCount(*m_db), 2);

    auto restored = withClosed([&] {
        return BackupService::restore(file, m_path, QStringLiteral("admin"), noPassword());
    });
    ASSERT_OK(restored);
    EXPECT_EQ(caseCount(*m_db), 1);
    auto chain = AuditLog(m_db->connection()).verify();
    ASSERT_OK(chain);
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
    auto last = AuditLog(m_db->connection()).recent(1);
    EXPECT_EQ(last->first().action, QStringLiteral("backup.restore"));
    // The replaced database is kept beside, not destroyed.
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("test.sqlite.replaced-*")});
    EXPECT_FALSE(aside.isEmpty());
}

TEST_F(BackupTest, OnlyAdministrationDutiesBackUpAndABackupIsNeverOverwritten)
{
    EXPECT_EQ(BackupService(*m_db).backup(actor(QStringLiteral("vma")), backupPath("x.sqlite")).error().kind,
              ErrorKind::Denied);
    EXPECT_FALSE(QFile::exists(backupPath("x.sqlite")));
    ASSERT_OK(BackupService(*m_db).backup(actor(QStringLiteral("admin")), backupPath("x.sqlite")));
    EXPECT_EQ(BackupService(*m_db).backup(actor(QStringLiteral("admin")), backupPath("x.sqlite")).error().kind,
              ErrorKind::Validation);
}

TEST_F(BackupTest, ADamagedCandidateIsRefusedAndTheDatabaseStays)
{
    const QString file = backupPath("damaged.sqlite");
    ASSERT_OK(BackupService(*m_db).backup(actor(QStringLiteral("admin")), file));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        ASSERT_GT(size, 8192);
        // Scribble over the middle pages, keeping the header so it still looks like SQLite.
        f.seek(4096);
        f.write(QByteArray(int(size - 4096), '\x5a'));
    }
    EXPECT_FALSE(BackupService::verify(file).ok());
    auto restored = withClosed([&] {
        return BackupService::restore(file, m_path, QStringLiteral("admin"), noPassword());
    });
    EXPECT_FALSE(restored.ok());
    EXPECT_EQ(caseCount(*m_db), 1);
    EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp*")}).isEmpty());

    QFile junk(backupPath("junk.sqlite"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all");
    junk.close();
    EXPECT_EQ(BackupService::verify(junk.fileName()).error().kind, ErrorKind::Validation);
    EXPECT_EQ(BackupService::verify(backupPath("missing.sqlite")).error().kind, ErrorKind::NotFound);
}

TEST_F(BackupTest, ADamagedFileIsRefusedAtOpenOrByTheDeferredCheck)
{
    const QString file = backupPath("index-damaged.sqlite");
    ASSERT_OK(BackupService(*m_db).backup(actor(QStringLiteral("admin")), file));
    qint64 page = 0;
    {
        auto copy = Database::openSqlite(file);
        ASSERT_OK(copy);
        Query q(copy.value()->connection(), "SELECT rootpage FROM sqlite_schema WHERE name = 'parties_name'");
        ASSERT_OK(q.exec());
        ASSERT_TRUE(q.next());
        page = q.value(0).toLongLong();
    } // closing the last connection folds the WAL back into the file
    ASSERT_GT(page, 1);
    {
        // One index page becomes garbage; the schema and the tables stay readable.
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek((page - 1) * 4096);
        f.write(QByteArray(4096, '\x5a'));
    }
    auto atOpen = Database::openSqlite(file);
    ASSERT_FALSE(atOpen.ok());
    EXPECT_EQ(atOpen.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(atOpen.error().message.contains(QStringLiteral("Restore it from a backup")));

    auto deferred = Database::openSqlite(file, Database::IntegrityCheck::Deferred);
    ASSERT_OK(deferred);
    auto checked = deferred.value()->quickCheck();
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("Restore it from a backup")));
    EXPECT_OK(m_db->quickCheck()); // the sound file passes
}

TEST_F(BackupTest, ACandidateWithATamperedAuditTrailIsRefused)
{
    const QString file = backupPath("tampered.sqlite");
    ASSERT_OK(BackupService(*m_db).backup(actor(QStringLiteral("admin")), file));
    {
        auto other = Database::openSqlite(file);
        ASSERT_OK(other);
        Query drop(other.value()->connection(), "DROP TRIGGER audit_log_no_update");
        ASSERT_OK(drop.exec());
        Query q(other.value()->connection(), "UPDATE audit_log SET user_login = 'vmb' WHERE id = 1");
        ASSERT_OK(q.exec());
    }
    auto check = BackupService::verify(file);
    ASSERT_FALSE(check.ok());
    EXPECT_TRUE(check.error().message.contains(QStringLiteral("audit")));
}

TEST_F(BackupTest, ACandidateNewerThanTheProgramIsRefused)
{
    const QString file = backupPath("newer.sqlite");
    ASSERT_OK(BackupService(*m_db).backup(actor(QStringLiteral("admin")), file));
    {
        auto other = Database::openSqlite(file);
        ASSERT_OK(other);
        Query q(other.value()->connection(), "PRAGMA user_version = 999");
        ASSERT_OK(q.exec());
    }
    auto restored = withClosed([&] {
        return BackupService::restore(file, m_path, QStringLiteral("admin"), noPassword());
    });
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("999")));
    EXPECT_EQ(caseCount(*m_db), 1);
}

TEST_F(BackupTest, RestoringSignsInAgainstTheBackupsAccounts)
{
    AccountService accounts(*m_db);
    ASSERT_OK(accounts.changeOwnPassword(actor(QStringLiteral("admin")), QString(), QStringLiteral("Admin-pass-1")));
    ASSERT_OK(accounts.setPassword(actor(QStringLiteral("admin")), QStringLiteral("vma"), QStringLiteral("Vma-pass-123")));
    const QString file = backupPath("protected.sqlite");
    ASSERT_OK(BackupService(*m_db).backup(actor(QStringLiteral("admin")), file));
    auto wrong = withClosed([&] {
        return BackupService::restore(file, m_path, QStringLiteral("admin"), [] { return QStringLiteral("guess-guess"); });
    });
    EXPECT_EQ(wrong.error().kind, ErrorKind::Denied);
    auto mediator = withClosed([&] {
        return BackupService::restore(file, m_path, QStringLiteral("vma"), [] { return QStringLiteral("Vma-pass-123"); });
    });
    EXPECT_EQ(mediator.error().kind, ErrorKind::Denied);
    auto admin = withClosed([&] {
        return BackupService::restore(file, m_path, QStringLiteral("admin"), [] { return QStringLiteral("Admin-pass-1"); });
    });
    EXPECT_OK(admin);
}

TEST_F(BackupTest, DailyBackupsRotateInTheConfiguredFolder)
{
    BackupService backups(*m_db);
    auto none = backups.runDaily(QDate(2026, 3, 1));
    ASSERT_OK(none);
    EXPECT_FALSE(none->has_value()); // no folder set
    const QString folder = m_dir.filePath(QStringLiteral("usb/tiaojie"));
    Settings settings(*m_db);
    ASSERT_OK(settings.set(Actor::system(), Settings::kBackupFolder, folder));
    ASSERT_OK(settings.set(Actor::system(), Settings::kBackupKeep, QStringLiteral("2")));
    for (int day = 1; day <= 4; ++day) {
        auto written = backups.runDaily(QDate(2026, 3, day));
        ASSERT_OK(written);
        ASSERT_TRUE(written->has_value());
        auto again = backups.runDaily(QDate(2026, 3, day));
        ASSERT_OK(again);
        EXPECT_FALSE(again->has_value());
    }
    EXPECT_EQ(QDir(folder).entryList(QDir::Files),
              (QStringList{QStringLiteral("tiaojie-2026-03-03.sqlite"), QStringLiteral("tiaojie-2026-03-04.sqlite")}));
    EXPECT_OK(BackupService::verify(QDir(folder).filePath(QStringLiteral("tiaojie-2026-03-04.sqlite"))));
}
