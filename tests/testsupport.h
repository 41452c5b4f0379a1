#pragma once

#include "cases/caseservice.h"
#include "db/database.h"
#include "users/user.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace tj::test {

/// A fresh database file built by the real migrations, in its own temporary folder.
class DbFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    /// A small tree: court QH-FY > tribunal QH-FT > township QH-DS > villages QH-DS-A, QH-DS-B;
    /// a second township QH-XH > village QH-XH-A; users for each.
    void buildSmallCounty();
    Actor actor(const QString &login) const;
    /// A valid intake at `org`: one person applicant, one organisation respondent.
    CaseIntake sampleIntake(const QString &org, const QString &applicantId = QString()) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

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
