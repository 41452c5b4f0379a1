#include "cases/caseservice.h"
#include "db/query.h"
#include "demo/generator.h"
#include "parties/identifiers.h"

#include "testsupport.h"

#include <QRegularExpression>

using namespace tj;

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    Query q(db.connection(), sql, Query::Trusted);
    EXPECT_TRUE(q.exec().ok()) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

class GeneratorTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        TJ_SKIP_ON_POSTGRES("the bulk generator writes SQLite files directly");
        DbFixture::SetUp();
        GeneratorOptions options;
        options.cases = 2000;
        options.seed = 7;
        options.until = QDate(2026, 1, 31);
        options.years = 1;
        options.batch = 700; // several transactions
        auto summary = DemoGenerator(*m_db).generate(options);
        ASSERT_OK(summary);
        m_summary = summary.value();
    }
    qint64 count(const char *sql) { return scalar(*m_db, QString::fromUtf8(sql)); }

    GeneratorSummary m_summary;
};
} // namespace

TEST_F(GeneratorTest, WritesTheRequestedCasesWithTheirRows)
{
    EXPECT_EQ(m_summary.cases, 2000);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases"), 2000);
    EXPECT_EQ(count("SELECT COUNT(*) FROM parties"), m_summary.parties);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events"), m_summary.events);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), m_summary.sessions);
    EXPECT_EQ(count("SELECT COUNT(*) FROM agreements"), m_summary.agreements);
    EXPECT_GT(count("SELECT COUNT(*) FROM organisations"), 30);
    EXPECT_EQ(count("PRAGMA foreign_key_check"), -1) << "no row breaks a foreign key";
    // Every status of the workflow occurs.
    EXPECT_EQ(count("SELECT COUNT(DISTINCT status) FROM cases"), 9);
    EXPECT_EQ(count("SELECT MIN(received_on) < '2025-02-15' FROM cases"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases WHERE length(facts) < 150"), 0);
}

TEST_F(GeneratorTest, EveryCaseHasItsIntakeFirstAndAHistoryEndingInItsState)
{
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c WHERE (SELECT action FROM case_events e"
                    " WHERE e.case_id = c.id ORDER BY e.id LIMIT 1) IS NOT 'intake'"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE action = 'intake'"), 2000);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c JOIN case_events e ON e.id = (SELECT MAX(id)"
                    " FROM case_events WHERE case_id = c.id) WHERE e.after_status <> c.status"
                    " OR e.after_org <> c.handling_org"), 0);
    // Each change bumped the version once, as CaseStore::updateState does.
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c WHERE version <> (SELECT COUNT(*) FROM"
                    " case_events e WHERE e.case_id = c.id)"), 0);
    // Events chain: each one starts where the previous one ended, on a later or equal date.
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events e JOIN case_events p ON p.id = (SELECT"
                    " MAX(id) FROM case_events WHERE case_id = e.case_id AND id < e.id)"
                    " WHERE e.before_status <> p.after_status OR e.before_org <> p.after_org"
                    " OR e.on_date < p.on_date OR e.at < p.at"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE on_date > '2026-01-31'"), 0);
}

TEST_F(GeneratorTest, CaseNumbersAreUniquePerOrganisationAndYearAndCountersFollow)
{
    EXPECT_EQ(count("SELECT COUNT(*) FROM (SELECT registering_org, number_year, number_seq FROM"
                    " cases GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases WHERE number <> '（' || number_year || '）' ||"
                    " registering_org || '调字第' || number_seq || '号'"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM (SELECT registering_org, number_year, MAX(number_seq) m,"
                    " COUNT(*) n FROM cases GROUP BY 1, 2) s LEFT JOIN case_number_counters k ON"
                    " k.org_code = s.registering_org AND k.year = s.number_year WHERE k.last_seq"
                    " IS NOT s.m OR s.m <> s.n"), 0);
}

TEST_F(GeneratorTest, PendingTransferExactlyWhenReferredOrDelegated)
{
    EXPECT_GT(count("SELECT COUNT(*) FROM referrals"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c WHERE (c.status IN ('referred', 'delegated')) <>"
                    " EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = c.id AND r.state = 'pending')"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM referrals r JOIN cases c ON c.id = r.case_id WHERE"
                    " r.state = 'accepted' AND NOT EXISTS (SELECT 1 FROM case_events e WHERE"
                    " e.case_id = c.id AND e.action = 'receive' AND e.after_org = r.to_org)"), 0);
    // Refer goes up to an ancestor; delegate goes down into the sender's area.
    EXPECT_EQ(count("SELECT COUNT(*) FROM referrals r JOIN organisations f ON f.code = r.from_org"
                    " JOIN organisations t ON t.code = r.to_org WHERE (r.kind = 'refer' AND"
                    " substr(f.path, 1, length(t.path)) <> t.path) OR (r.kind = 'delegate' AND"
                    " substr(t.path, 1, length(f.path)) <> f.path) OR f.code = t.code"), 0);
}

TEST_F(GeneratorTest, AgreementsBelongToSettledCasesAndInstalmentsAddUp)
{
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c WHERE (c.status = 'settled') <> EXISTS (SELECT 1"
                    " FROM agreements a WHERE a.case_id = c.id)"), 0);
    EXPECT_GT(count("SELECT COUNT(*) FROM instalments"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM obligations o WHERE EXISTS (SELECT 1 FROM instalments i"
                    " WHERE i.obligation_id = o.id) AND o.amount_fen <> (SELECT SUM(amount_fen)"
                    " FROM instalments i WHERE i.obligation_id = o.id)"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM agreements a WHERE a.amount_fen <> (SELECT"
                    " COALESCE(SUM(amount_fen), 0) FROM obligations o WHERE o.case_id = a.case_id)"), 0);
    // A failed case referred up keeps its closing date until the township receives it.
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases WHERE status <> 'referred' AND (status IN ('settled',"
                    " 'failed', 'withdrawn', 'filed', 'not_accepted')) <> (closed_on IS NOT NULL)"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c JOIN organisations o ON o.code = c.handling_org"
                    " WHERE c.status = 'filed' AND o.tier NOT IN ('court', 'tribunal')"), 0);
}

TEST_F(GeneratorTest, PartiesCarryValidIdentitiesAndSomePeopleReturn)
{
    Query q(m_db->connection(), "SELECT id_number, credit_code, sex, birth_date FROM parties");
    ASSERT_OK(q.exec());
    int checked = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString code = q.value(1).toString();
        if (!id.isEmpty()) {
            EXPECT_EQ(Identifiers::checkResidentId(id), QString()) << id.toStdString();
            EXPECT_EQ(q.value(2).toString(), Identifiers::sexOfResidentId(id));
            EXPECT_EQ(q.value(3).toString(), Identifiers::birthDateOfResidentId(id).toString(Qt::ISODate));
            ++checked;
        }
        if (!code.isEmpty()) {
            EXPECT_EQ(Identifiers::checkCreditCode(code), QString()) << code.toStdString();
        }
    }
    EXPECT_GT(checked, 3000);
    EXPECT_GT(count("SELECT COUNT(*) FROM (SELECT id_number FROM parties WHERE id_number IS NOT"
                    " NULL GROUP BY id_number HAVING COUNT(DISTINCT case_id) > 1)"), 20);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM parties p WHERE"
                    " p.case_id = c.id AND p.role = 'applicant') OR NOT EXISTS (SELECT 1 FROM"
                    " parties p WHERE p.case_id = c.id AND p.role = 'respondent')"), 0);
}

TEST_F(GeneratorTest, TheServicesWorkOnGeneratedCases)
{
    CaseService cases(*m_db);
    CaseFilter filter;
    filter.status = CaseStatus::Registered;
    filter.limit = 1;
    auto page = cases.list(Actor::system(), filter);
    ASSERT_OK(page);
    ASSERT_EQ(page->cases.size(), 1);
    const Case c = page->cases.first();
    auto accepted = cases.accept(Actor::system(), c.number, QDate(2026, 1, 31));
    ASSERT_OK(accepted);
    EXPECT_EQ(accepted->version, c.version + 1);
    auto history = cases.history(Actor::system(), c.id);
    ASSERT_OK(history);
    EXPECT_EQ(history->first().action, QStringLiteral("intake"));
    EXPECT_EQ(history->last().action, QStringLiteral("accept"));
}

TEST_F(GeneratorTest, TheSameSeedGivesTheSameCases)
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("again.sqlite")));
    ASSERT_OK(db);
    GeneratorOptions options;
    options.cases = 2000;
    options.seed = 7;
    options.until = QDate(2026, 1, 31);
    options.years = 1;
    ASSERT_OK(DemoGenerator(*db.value()).generate(options));
    const QString digest = QStringLiteral(
        "SELECT group_concat(id || number || status || handling_org || title, '|') FROM"
        " (SELECT * FROM cases ORDER BY id)");
    Query a(m_db->connection(), digest, Query::Trusted);
    Query b(db.value()->connection(), digest, Query::Trusted);
    ASSERT_OK(a.exec());
    ASSERT_OK(b.exec());
    ASSERT_TRUE(a.next() && b.next());
    EXPECT_EQ(a.value(0).toString(), b.value(0).toString());
}

TEST_F(GeneratorTest, RefusesBadOptionsAndChangesNothing)
{
    GeneratorOptions options;
    options.cases = 0;
    auto none = DemoGenerator(*m_db).generate(options);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().kind, ErrorKind::Validation);
    options.cases = 5;
    options.until = QDate::currentDate().addDays(3);
    EXPECT_FALSE(DemoGenerator(*m_db).generate(options).ok());
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases"), 2000);
}
