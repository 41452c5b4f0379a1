#include "db/query.h"
#include "security/audit.h"
#include "vfsshim.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <memory>

using namespace tj;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class DiskFullTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        TJ_SKIP_ON_POSTGRES("simulates a full disk under the SQLite file (VFS shim)");
        m_shim = std::make_unique<test::VfsShim>();
        DbFixture::SetUp();
        buildSmallCounty();
        ASSERT_OK(CaseService(*m_db).intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A"))));
    }
    void TearDown() override
    {
        m_db.reset();
        m_shim.reset();
    }
    qint64 scalar(const char *sql)
    {
        Query q(m_db->connection(), sql, Query::Trusted);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    void expectWhole()
    {
        Query check(m_db->connection(), "PRAGMA integrity_check");
        ASSERT_OK(check.exec());
        ASSERT_TRUE(check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
        auto chain = AuditLog(m_db->connection()).verify();
        ASSERT_OK(chain);
        EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
        EXPECT_EQ(scalar("SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e"
                         " WHERE e.case_id = c.id AND e.action = 'intake')"
                         " OR (SELECT COUNT(*) FROM parties p WHERE p.case_id = c.id) < 2"),
                  0);
    }

    std::unique_ptr<test::VfsShim> m_shim;
};

TEST_F(DiskFullTest, AFullDiskRefusesTheChangeClearlyAndLeavesTheDatabaseAsItWas)
{
    qint64 expected = scalar("SELECT COUNT(*) FROM cases");
    int refused = 0;
    for (int n = 0; n < 12; ++n) {
        test::VfsShim::failures = 0;
        m_shim->failWritesAfter(n);
        auto r = CaseService(*m_db).intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
        m_shim->failWritesAfter(-1);
        if (r.ok()) {
            ++expected;
        } else {
            ++refused;
            EXPECT_EQ(r.error().kind, ErrorKind::Storage);
            EXPECT_TRUE(r.error().message.contains(QStringLiteral("full"))) << r.error().message.toStdString();
        }
        EXPECT_EQ(scalar("SELECT COUNT(*) FROM cases"), expected) << "after failing write " << n;
        expectWhole();
    }
    EXPECT_GE(refused, 1);
    // Reopening (recovery from the WAL) finds the same, whole database.
    m_db.reset();
    auto again = Database::openSqlite(m_path);
    ASSERT_OK(again);
    m_db = std::move(again.value());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM cases"), expected);
    expectWhole();
    EXPECT_OK(CaseService(*m_db).intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A"))));
}

TEST_F(DiskFullTest, ReadOnlyMediaGiveAClearErrorAndChangeNothing)
{
    m_db.reset(); // closing folds the WAL into the file
    const QByteArray before = fileHash(m_path);
    m_shim->setReadOnly(true);
    auto opened = Database::openSqlite(m_path);
    if (opened) {
        m_db = std::move(opened.value());
        auto r = CaseService(*m_db).intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::Storage);
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("read-only"))) << r.error().message.toStdString();
        m_db.reset();
    } else {
        EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
        EXPECT_FALSE(opened.error().message.isEmpty());
    }
    m_shim->setReadOnly(false);
    EXPECT_EQ(fileHash(m_path), before);
    auto again = Database::openSqlite(m_path);
    ASSERT_OK(again);
    m_db = std::move(again.value());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM cases"), 1);
    expectWhole();
}
