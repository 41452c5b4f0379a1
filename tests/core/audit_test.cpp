#include "db/query.h"
#include "security/audit.h"

#include "testsupport.h"

using namespace tj;

class AuditTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
        CaseService cases(*m_db);
        for (int i = 0; i < 3; ++i) {
            auto c = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
            ASSERT_OK(c);
            ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), c->record.id, QDate(2026, 3, 3)));
            m_case = c->record.id;
        }
    }

    AuditVerification verify()
    {
        auto v = AuditLog(m_db->connection()).verify();
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value() : AuditVerification{};
    }
    // Tampering goes around the append-only triggers, as someone with the file and sqlite3 (or
    // the server's owner role and psql) could.
    void dropGuard(const char *trigger)
    {
        const QString on = test::onPostgres() ? QStringLiteral(" ON audit_log") : QString();
        Query drop(m_db->connection(), QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger) + on,
                   Query::Trusted);
        ASSERT_OK(drop.exec());
    }
    void tamper(const char *sql)
    {
        dropGuard("audit_log_no_update");
        dropGuard("audit_log_no_delete");
        Query q(m_db->connection(), sql, Query::Trusted);
        ASSERT_OK(q.exec());
    }
    qint64 count(const char *action)
    {
        Query q(m_db->connection(), "SELECT COUNT(*) FROM audit_log WHERE action = :a");
        q.bind("a", QString::fromUtf8(action));
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QString m_case;
};

TEST_F(AuditTest, EveryChangeAndViewIsAnEntryAndTheChainVerifies)
{
    EXPECT_EQ(count("case.intake"), 3);
    EXPECT_EQ(count("case.accept"), 3);
    ASSERT_OK(CaseService(*m_db).get(actor(QStringLiteral("vma")), m_case));
    EXPECT_EQ(count("case.view"), 1);
    auto entries = AuditLog(m_db->connection()).recent(1);
    ASSERT_OK(entries);
    EXPECT_EQ(entries->first().user, QStringLiteral("vma"));
    EXPECT_EQ(entries->first().objectId, m_case);
    EXPECT_EQ(entries->first().result, QStringLiteral("ok"));
    const AuditVerification v = verify();
    EXPECT_TRUE(v.intact) << v.problem.toStdString();
    EXPECT_EQ(v.entries, 7);
    EXPECT_EQ(v.head, entries->first().hash);
}

TEST_F(AuditTest, ARefusedChangeLeavesARefusalAndNoChangeEntry)
{
    CaseService cases(*m_db);
    CaseIntake bad = sampleIntake(QStringLiteral("QH-DS-A"));
    bad.title.clear();
    EXPECT_FALSE(cases.intake(actor(QStringLiteral("vma")), bad).ok());
    EXPECT_EQ(count("case.intake"), 3);
    EXPECT_FALSE(cases.reject(actor(QStringLiteral("vmb")), m_case, QStringLiteral("x")).ok());
    Query q(m_db->connection(), "SELECT user_login, result FROM audit_log WHERE action = 'case.reject'");
    ASSERT_OK(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("vmb"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("denied"));
    EXPECT_FALSE(q.next());
    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditTest, TheTrailRefusesUpdatesAndDeletes)
{
    Query update(m_db->connection(), "UPDATE audit_log SET user_login = 'nobody' WHERE id = 2");
    EXPECT_FALSE(update.exec().ok());
    Query del(m_db->connection(), "DELETE FROM audit_log WHERE id = 2");
    EXPECT_FALSE(del.exec().ok());
    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditTest, AnEditedEntryIsNamed)
{
    tamper("UPDATE audit_log SET user_login = 'vmb' WHERE id = 4");
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 4);
    EXPECT_TRUE(v.problem.contains(QStringLiteral("4")));
}

TEST_F(AuditTest, AnEditThatAlsoRecomputesItsOwnHashBreaksTheNextLink)
{
    const AuditEntry forged = [&] {
        Query q(m_db->connection(), "SELECT id, at, user_login, action, object_type, object_id,"
                                    " result, detail, prev_hash FROM audit_log WHERE id = 3");
        EXPECT_TRUE(q.exec().ok() && q.next());
        AuditEntry e;
        e.id = 3;
        e.at = q.value(1).toString();
        e.user = QStringLiteral("vmb");
        e.action = q.value(3).toString();
        e.objectType = q.value(4).toString();
        e.objectId = q.value(5).toString();
        e.result = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.hash = AuditLog::chainHash(q.value(8).toString(), e);
        return e;
    }();
    dropGuard("audit_log_no_update");
    Query q(m_db->connection(), "UPDATE audit_log SET user_login = 'vmb', hash = :hash WHERE id = 3");
    q.bind("hash", forged.hash);
    ASSERT_OK(q.exec());
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 4);
}

TEST_F(AuditTest, ADeletedEntryIsNamed)
{
    tamper("DELETE FROM audit_log WHERE id = 3");
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 3);
}

TEST_F(AuditTest, CuttingOffTheNewestEntriesIsCaught)
{
    tamper("DELETE FROM audit_log WHERE id >= 5");
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 5);
    // An entry appended afterwards does not paper over the cut.
    ASSERT_OK(CaseService(*m_db).get(actor(QStringLiteral("vma")), m_case));
    EXPECT_FALSE(verify().intact);
}

TEST_F(AuditTest, AnInsertedEntryIsNamed)
{
    tamper("INSERT INTO audit_log (at, user_login, action, object_type, object_id, result, detail,"
           " prev_hash, hash) SELECT at, 'vmb', 'case.view', object_type, object_id, 'ok', '',"
           " hash, hash FROM audit_log WHERE id = 6");
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 7);
}

TEST_F(AuditTest, AnEntryMovedOutOfOrderIsNamed)
{
    tamper("UPDATE audit_log SET id = 100 WHERE id = 2");
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBroken, 2);
}
