#include "db/database.h"
#include "db/migrations.h"
#include "db/query.h"

#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tj;

namespace {
QStringList schemaOf(Database &db)
{
    Query q(db.connection(), "SELECT type || ' ' || name || ': ' || IFNULL(sql, '') FROM sqlite_master"
                             " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    EXPECT_TRUE(q.exec().ok());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

TEST(Database, MigratesAnEmptyFileToTheLatestSchema)
{
    TJ_SKIP_ON_POSTGRES("opens and checks database files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(path).open(QIODevice::WriteOnly); // a zero-byte file, as a user might create
    auto db = Database::openSqlite(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 1);
    Query q(db.value()->connection(), "SELECT COUNT(*) FROM cases");
    ASSERT_TRUE(q.exec().ok());
}

TEST(Database, OpensWithWalAndForeignKeys)
{
    TJ_SKIP_ON_POSTGRES("opens and checks database files");
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(db.ok());
    Query wal(db.value()->connection(), "PRAGMA journal_mode");
    ASSERT_TRUE(wal.exec().ok());
    ASSERT_TRUE(wal.next());
    EXPECT_EQ(wal.value(0).toString(), QStringLiteral("wal"));
    Query fk(db.value()->connection(), "PRAGMA foreign_keys");
    ASSERT_TRUE(fk.exec().ok());
    ASSERT_TRUE(fk.next());
    EXPECT_EQ(fk.value(0).toInt(), 1);
}

TEST(Database, SteppedMigrationEqualsFreshSchema)
{
    TJ_SKIP_ON_POSTGRES("opens and checks database files");
    QTemporaryDir dir;
    auto fresh = Database::openSqlite(dir.filePath(QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(fresh.ok());
    // Build a second file one version at a time, reopening between steps as an upgrade would.
    const QString steppedPath = dir.filePath(QStringLiteral("stepped.sqlite"));
    for (int v = 1; v <= Migrator::latestVersion(); ++v) {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(steppedPath);
            ASSERT_TRUE(raw.open());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto stepped = Database::openSqlite(steppedPath);
        ASSERT_TRUE(stepped.ok());
    }
    auto stepped = Database::openSqlite(steppedPath);
    ASSERT_TRUE(stepped.ok());
    EXPECT_EQ(schemaOf(*fresh.value()), schemaOf(*stepped.value()));
}

TEST(Database, RefusesADatabaseNewerThanTheProgram)
{
    TJ_SKIP_ON_POSTGRES("opens and checks database files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        auto db = Database::openSqlite(path);
        ASSERT_TRUE(db.ok());
        Query q(db.value()->connection(), "PRAGMA user_version = 999");
        ASSERT_TRUE(q.exec().ok());
    }
    auto again = Database::openSqlite(path);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("999")));
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    TJ_SKIP_ON_POSTGRES("opens and checks database files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto db = Database::openSqlite(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::Storage);
}

TEST(Database, FailedTransactionLeavesNothingBehind)
{
    TJ_SKIP_ON_POSTGRES("opens and checks database files");
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("t.sqlite")));
    ASSERT_TRUE(db.ok());
    // An organisation whose parent does not exist breaks a foreign key.
    Query bad(db.value()->connection(),
              "INSERT INTO organisations (code, name, tier, parent_code, path, created_at)"
              " VALUES ('X', 'x', 'village', 'NOPE', '/NOPE/X/', 'now')");
    EXPECT_FALSE(bad.exec().ok());
    Query count(db.value()->connection(), "SELECT COUNT(*) FROM organisations");
    ASSERT_TRUE(count.exec().ok());
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
}
