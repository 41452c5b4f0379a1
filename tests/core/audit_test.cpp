#include "db/query.h"
#include "security/audit.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

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

// The canonical form that every hash covers must stay byte for byte what it was: a JSON array of
// the fields as QJsonDocument writes it. Entries of every kind of text — plain Chinese and ASCII
// (written directly), and quotes, backslashes, control characters, DEL and surrogate pairs
// (written by QJsonDocument) — give exactly that.
TEST(AuditCanonical, IsTheCompactJsonArrayOfTheFieldsForAnyText)
{
    QRandomGenerator rng(20261206);
    const QString alphabet = QStringLiteral("abcXYZ019 -_:./()（）、，。调解协议王芳柳树村纠纷¥é")
                             + QChar(u'"') + QChar(u'\\') + QChar(u'\n') + QChar(u'\t') + QChar(0x01)
                             + QChar(0x1f) + QChar(0x7f) + QChar(0x2028);
    const auto text = [&](bool special) {
        QString out;
        const int n = int(rng.bounded(0, 40));
        for (int i = 0; i < n; ++i) {
            const int limit = special ? int(alphabet.size()) : int(alphabet.size()) - 8;
            out += alphabet.at(int(rng.bounded(0, limit)));
            if (special && rng.bounded(0, 20) == 0)
                out += QString::fromUtf8("😀"); // a surrogate pair
        }
        return out;
    };
    for (int i = 0; i < 2000; ++i) {
        const bool special = i % 3 == 0;
        AuditEntry e;
        e.id = qint64(rng.bounded(1, 1'000'000));
        e.at = text(special);
        e.user = text(special);
        e.action = text(false);
        e.objectType = text(false);
        e.objectId = text(special);
        e.result = text(false);
        e.detail = text(special);
        const QJsonArray fields{QString::number(e.id), e.at, e.user, e.action, e.objectType,
                                e.objectId, e.result, e.detail};
        const QString expected = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        ASSERT_EQ(AuditLog::canonical(e), expected) << i;
    }
}
