#pragma once

#include "cases/caseservice.h"
#include "db/database.h"
#include "users/user.h"

#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace tj::test {

/// The conninfo of a throw-away PostgreSQL cluster (env TIAOJIE_TEST_PG; scripts/
/// pg_test_cluster.sh sets it), or empty: the tests then run on SQLite.
QString testPostgres();
inline bool onPostgres()
{
    return !testPostgres().isEmpty();
}
/// A fresh, migrated database: an SQLite file at `sqlitePath`, or with TIAOJIE_TEST_PG a new
/// PostgreSQL database copied from a migrated template (its name in *pgName, to drop).
Result<std::unique_ptr<Database>> openTestDatabase(const QString &sqlitePath, QString *pgName = nullptr);
/// Drops a database made by openTestDatabase (its Database must be gone).
void dropTestDatabase(const QString &pgName);

/// A fresh database built by the real migrations: a file in its own temporary folder, or a
/// new PostgreSQL database when TIAOJIE_TEST_PG is set.
class DbFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// A second, independent Database on the same data (another seat on the server, another
    /// process on the file): its own connections.
    Result<std::unique_ptr<Database>> openSecondSeat() const;

    /// A small tree: court QH-FY > tribunal QH-FT > township QH-DS > villages QH-DS-A, QH-DS-B;
    /// a second township QH-XH > village QH-XH-A; users for each.
    void buildSmallCounty();
    Actor actor(const QString &login) const;
    /// A valid intake at `org`: one person applicant, one organisation respondent.
    CaseIntake sampleIntake(const QString &org, const QString &applicantId = QString()) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QString m_pgName; ///< the PostgreSQL database of this test, when on PostgreSQL
    QStringList m_extraPgNames; ///< further databases the test made (dropped at the end)
};

/// Skips a test that is about SQLite files only (backup copies, file checks, disk full…).
#define TJ_SKIP_ON_POSTGRES(reason)                                                                \
    do {                                                                                           \
        if (::tj::test::onPostgres())                                                              \
            GTEST_SKIP() << "SQLite only: " << reason;                                             \
    } while (false)

/// Builds a valid resident ID from area, birth date and sequence (adds the check character).
QString makeResidentId(const QString &area, const QString &birth, const QString &seq);
/// Builds a valid credit code from its first 17 characters.
QString makeCreditCode(const QString &first17);

} // namespace tj::test

#define EXPECT_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &tj_r_ = (expr);                                                                \
        EXPECT_TRUE(tj_r_.ok()) << (tj_r_.ok() ? "" : tj_r_.error().message.toStdString());        \
    } while (false)
#define ASSERT_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &tj_r_ = (expr);                                                                \
        ASSERT_TRUE(tj_r_.ok()) << (tj_r_.ok() ? "" : tj_r_.error().message.toStdString());        \
    } while (false)
