#include "agreements/agreementstore.h"
#include "agreements/confirmation.h"
#include "agreements/fulfilment.h"
#include "cases/caseservice.h"
#include "cases/casestore.h"
#include "common/clock.h"
#include "db/query.h"
#include "deadlines/rules.h"
#include "demo/generator.h"
#include "parties/identifiers.h"
#include "stats/statistics.h"

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
                    " FROM case_events WHERE case_id = c.id AND after_status IS NOT NULL)"
                    " WHERE e.after_status <> c.status OR e.after_org <> c.handling_org"), 0);
    // Each change of the case bumped the version once, as CaseStore::updateState does; the
    // payments, visits and confirmation steps (no status) leave the case row alone.
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c WHERE version <> (SELECT COUNT(*) FROM"
                    " case_events e WHERE e.case_id = c.id AND e.after_status IS NOT NULL)"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE (after_status IS NULL) <> (action IN"
                    " ('payment', 'visit', 'confirmation_apply', 'confirmation_accept',"
                    " 'confirmation_refuse', 'confirmation_extend', 'confirmation_rule'))"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases c WHERE updated_at <> (SELECT MAX(at) FROM"
                    " case_events e WHERE e.case_id = c.id AND e.after_status IS NOT NULL)"), 0);
    // Changes of the case chain: each one starts where the previous one ended.
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events e JOIN case_events p ON p.id = (SELECT"
                    " MAX(id) FROM case_events WHERE case_id = e.case_id AND id < e.id AND"
                    " after_status IS NOT NULL) WHERE e.after_status IS NOT NULL AND"
                    " (e.before_status <> p.after_status OR e.before_org <> p.after_org)"), 0);
    // Every event of a case follows the one before it, on a later or equal date.
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events e JOIN case_events p ON p.id = (SELECT"
                    " MAX(id) FROM case_events WHERE case_id = e.case_id AND id < e.id)"
                    " WHERE e.on_date < p.on_date OR e.at < p.at"), 0);
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

TEST_F(GeneratorTest, PaymentsSettleMostInstalmentsAndNeverRunAheadOrOverpay)
{
    EXPECT_GT(m_summary.payments, 300);
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments"), m_summary.payments);
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments WHERE paid_on > '2026-01-31'"), 0);
    // On the agreement's own obligation, not before it took effect, never more than it owes.
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments p JOIN agreements a ON a.case_id = p.case_id"
                    " JOIN obligations o ON o.id = p.obligation_id WHERE p.paid_on < a.effective_on"
                    " OR o.case_id <> p.case_id"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM obligations o WHERE o.amount_fen < (SELECT"
                    " COALESCE(SUM(amount_fen), 0) FROM payments p WHERE p.obligation_id = o.id)"), 0);
    // As AgreementService::pay writes them: by a user, with the history event naming the payment.
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments WHERE created_by IS NULL OR note <> '' OR"
                    " proof_sha256 IS NOT NULL OR length(created_at) <> 24 OR"
                    " substr(created_at, 1, 10) <> paid_on"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE action = 'payment'"), m_summary.payments);
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments p WHERE NOT EXISTS (SELECT 1 FROM case_events e"
                    " WHERE e.case_id = p.case_id AND e.action = 'payment' AND e.on_date = p.paid_on"
                    " AND json_extract(e.data, '$.payment') = p.id AND e.at = p.created_at"
                    " AND e.user_login = p.created_by AND e.before_status IS NULL)"), 0);

    // Performance as the deadlines page and the agreement view compute it on the last date.
    Query q(m_db->connection(), "SELECT a.case_id, c.number FROM agreements a JOIN cases c ON"
                                " c.id = a.case_id WHERE a.amount_fen > 0 ORDER BY a.case_id");
    ASSERT_OK(q.exec());
    QList<QPair<QString, QString>> agreements;
    while (q.next())
        agreements.append({q.value(0).toString(), q.value(1).toString()});
    const QDate until(2026, 1, 31);
    AgreementStore store(m_db->connection());
    int due = 0, paid = 0, old = 0, oldUnpaid = 0, recent = 0, recentUnpaid = 0, performed = 0;
    for (const auto &[id, number] : std::as_const(agreements)) {
        auto a = store.load(id, number);
        ASSERT_OK(a);
        const Fulfilment f = computeFulfilment(a.value(), until);
        performed += f.state == AgreementState::Performed;
        for (const ObligationStatus &o : f.obligations) {
            EXPECT_LE(o.paidFen, o.obligation.amountFen);
            for (const InstalmentStatus &i : o.instalments) {
                if (!i.instalment.due.isValid() || i.instalment.due > until)
                    continue;
                ++due;
                paid += i.state == InstalmentState::Paid;
                const bool isOld = i.instalment.due < until.addDays(-60);
                (isOld ? old : recent) += 1;
                (isOld ? oldUnpaid : recentUnpaid) += i.state != InstalmentState::Paid;
            }
        }
    }
    ASSERT_GT(due, 300);
    EXPECT_GE(double(paid) / due, 0.85) << paid << " of " << due;
    EXPECT_LE(double(paid) / due, 0.98) << paid << " of " << due;
    // What stays unpaid is mostly recent: old instalments are left unpaid only by a few debtors.
    EXPECT_LE(double(oldUnpaid) / old, 0.08) << oldUnpaid << " of " << old;
    EXPECT_GT(double(recentUnpaid) / recent, double(oldUnpaid) / old);
    EXPECT_GE(double(performed) / agreements.size(), 0.75) << performed << " of " << agreements.size();

    // The summary tables give what the direct aggregation gives, and the fulfilment rate of the
    // county is the plausible one above.
    Statistics stats(*m_db);
    for (const StatsQuery &sq : {StatsQuery{QString(), QDate(), QDate(), until},
                                 StatsQuery{QStringLiteral("QH-DS"), QDate(2025, 3, 1),
                                            QDate(2025, 9, 30), QDate(2025, 10, 15)}}) {
        auto fast = stats.compute(sq);
        auto direct = stats.computeDirect(sq);
        ASSERT_OK(fast);
        ASSERT_OK(direct);
        EXPECT_TRUE(fast->fulfilmentRate == direct->fulfilmentRate) << "fulfilmentRate";
        EXPECT_TRUE(fast->voluntaryPerformanceRate == direct->voluntaryPerformanceRate) << "voluntaryPerformanceRate";
        EXPECT_EQ(fast->agreements, direct->agreements);
        EXPECT_EQ(fast->agreementAmountFen, direct->agreementAmountFen);
        EXPECT_EQ(fast->totals.registered, direct->totals.registered);
        EXPECT_EQ(fast->totals.settled, direct->totals.settled);
        EXPECT_EQ(fast->totals.overdue, direct->totals.overdue);
        EXPECT_TRUE(fast->cycleDaysMedian == direct->cycleDaysMedian) << "cycleDaysMedian";
        EXPECT_TRUE(fast->satisfaction == direct->satisfaction) << "satisfaction";
        ASSERT_TRUE(fast->fulfilmentRate.has_value());
        if (sq.org.isEmpty()) {
            EXPECT_GE(*fast->fulfilmentRate, 0.85);
            EXPECT_LE(*fast->fulfilmentRate, 0.98);
        }
    }
}

TEST_F(GeneratorTest, VisitsSeeThePerformanceOfTheirDay)
{
    EXPECT_GT(m_summary.visits, 100);
    EXPECT_EQ(count("SELECT COUNT(*) FROM visits"), m_summary.visits);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE action = 'visit'"), m_summary.visits);
    EXPECT_EQ(count("SELECT COUNT(*) FROM visits v JOIN agreements a ON a.case_id = v.case_id"
                    " WHERE v.visited_on > '2026-01-31' OR v.visited_on < a.effective_on"
                    " OR v.created_by IS NULL OR v.method NOT IN ('phone', 'on_site')"
                    " OR v.visitor = '' OR v.visited = ''"), 0);
    // Performed when the obligation was paid in full by the visit, partly when in part.
    EXPECT_EQ(count("SELECT COUNT(*) FROM (SELECT v.performance, o.amount_fen, (SELECT"
                    " COALESCE(SUM(p.amount_fen), 0) FROM payments p WHERE p.obligation_id = o.id"
                    " AND p.paid_on <= v.visited_on) AS paid FROM visits v JOIN obligations o ON"
                    " o.case_id = v.case_id) WHERE performance <> CASE WHEN paid >= amount_fen"
                    " THEN 'performed' WHEN paid > 0 THEN 'partly' ELSE 'not_performed' END"), 0);
    // Agreements without money take their state from visits: most of them were performed.
    EXPECT_GT(count("SELECT COUNT(*) FROM visits v JOIN agreements a ON a.case_id = v.case_id"
                    " WHERE a.amount_fen = 0 AND v.performance = 'performed'"), 20);
    EXPECT_GT(count("SELECT COUNT(*) FROM visits WHERE performance = 'not_performed'"), 0);
}

TEST_F(GeneratorTest, ConfirmationsOnlyForEligibleAgreementsAtTheRightCourtInTime)
{
    EXPECT_GT(m_summary.confirmations, 20);
    EXPECT_EQ(count("SELECT COUNT(*) FROM confirmations"), m_summary.confirmations);
    EXPECT_EQ(count("SELECT COUNT(*) FROM confirmations k JOIN agreements a ON a.case_id ="
                    " k.case_id WHERE a.kind <> 'written' OR k.applied_on < a.effective_on"), 0);
    // The court's steps in order, each once, by then.
    EXPECT_EQ(count("SELECT COUNT(*) FROM confirmations WHERE (accepted_on IS NOT NULL AND"
                    " refused_on IS NOT NULL) OR accepted_on < applied_on OR refused_on < applied_on"
                    " OR ruled_on < accepted_on OR extended_on < accepted_on OR extended_on > ruled_on"
                    " OR (ruled_on IS NULL) <> (result IS NULL) OR (ruled_on IS NULL) <>"
                    " (ruling_number IS NULL) OR (result = 'rejected') <> (ruling_reason IS NOT NULL)"
                    " OR (refused_on IS NULL) <> (refusal_reason IS NULL)"
                    " OR max(applied_on, coalesce(accepted_on, ''), coalesce(refused_on, ''),"
                    " coalesce(ruled_on, '')) > '2026-01-31'"), 0);
    EXPECT_GT(count("SELECT COUNT(*) FROM confirmations WHERE result = 'valid'"), 10);
    EXPECT_GT(count("SELECT COUNT(*) FROM confirmations WHERE refused_on IS NOT NULL"
                    " OR result = 'rejected'"), 0);
    // Only recent applications still wait for the court (3 days to accept, 15 + 10 to rule).
    EXPECT_EQ(count("SELECT COUNT(*) FROM confirmations WHERE refused_on IS NULL AND ruled_on IS"
                    " NULL AND applied_on < '2025-12-20'"), 0);
    // Each step has its history event; the court's by a judge of that court.
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE action = 'confirmation_apply'"),
              m_summary.confirmations);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events WHERE action = 'confirmation_rule'"),
              count("SELECT COUNT(*) FROM confirmations WHERE ruled_on IS NOT NULL"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events e JOIN confirmations k ON k.case_id ="
                    " e.case_id LEFT JOIN users u ON u.login = e.user_login WHERE e.action IN"
                    " ('confirmation_accept', 'confirmation_refuse', 'confirmation_extend',"
                    " 'confirmation_rule') AND (u.role IS NOT 'judge' OR u.org_code <> k.court_org"
                    " OR e.org_code <> k.court_org)"), 0);

    // Eligibility, court and window exactly as ConfirmationService decides them.
    auto rules = DeadlineRules::load(*m_db);
    ASSERT_OK(rules);
    ConfirmationService service(*m_db);
    CaseStore cases(m_db->connection());
    Query q(m_db->connection(), "SELECT k.case_id, k.court_org, k.applied_on, a.effective_on"
                                " FROM confirmations k JOIN agreements a ON a.case_id = k.case_id");
    ASSERT_OK(q.exec());
    QList<QStringList> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    for (const QStringList &row : std::as_const(rows)) {
        auto c = cases.load(row[0]);
        ASSERT_OK(c);
        EXPECT_EQ(ConfirmationService::ineligibility(c.value()), QString());
        auto court = service.courtFor(c.value());
        ASSERT_OK(court);
        EXPECT_EQ(court->code, row[1]);
        const Due window = rules->confirmationWindow(QDate::fromString(row[3], Qt::ISODate));
        ASSERT_TRUE(window.computable());
        EXPECT_LE(row[2], isoDate(window.date));
    }
}

namespace {
// Differences between the derived rows (summary counts, search documents, trigram vocabulary
// and content, triggers) of `db` and of the database attached as `ref`.
QStringList derivedDifferences(Database &db)
{
    const char *const checks[] = {
        "SELECT * FROM %1.case_counts EXCEPT SELECT * FROM %2.case_counts",
        "SELECT * FROM %1.stats_counts EXCEPT SELECT * FROM %2.stats_counts",
        "SELECT * FROM %1.stats_cycle EXCEPT SELECT * FROM %2.stats_cycle",
        "SELECT * FROM %1.stats_due EXCEPT SELECT * FROM %2.stats_due",
        "SELECT * FROM %1.stats_done_case EXCEPT SELECT * FROM %2.stats_done_case",
        // The triggers leave a month whose cases moved on at zero; the load writes none.
        "SELECT * FROM %1.stats_done WHERE instalments <> 0 OR agreements <> 0 EXCEPT SELECT *"
        " FROM %2.stats_done WHERE instalments <> 0 OR agreements <> 0",
        "SELECT * FROM %1.case_fts_docs EXCEPT SELECT * FROM %2.case_fts_docs",
        "SELECT rowid, body FROM %1.case_fts EXCEPT SELECT rowid, body FROM %2.case_fts",
        "SELECT term, doc, cnt FROM %1.case_fts_terms EXCEPT SELECT term, doc, cnt FROM"
        " %2.case_fts_terms",
        "SELECT name, sql FROM %1.sqlite_master WHERE type = 'trigger' EXCEPT SELECT name, sql"
        " FROM %2.sqlite_master WHERE type = 'trigger'",
    };
    QStringList out;
    for (const char *text : checks) {
        const QString check = QString::fromUtf8(text);
        for (const auto &[a, b] : {std::pair{"main", "ref"}, std::pair{"ref", "main"}}) {
            const QString sql = QStringLiteral("SELECT COUNT(*) FROM (%1)")
                                    .arg(check.arg(QLatin1String(a), QLatin1String(b)));
            const qint64 n = scalar(db, sql);
            if (n != 0)
                out << QStringLiteral("%1 rows: %2").arg(n).arg(check.arg(QLatin1String(a), QLatin1String(b)));
        }
    }
    return out;
}
} // namespace

TEST_F(GeneratorTest, ALoadWithTheTriggersSetAsideDerivesExactlyWhatTheTriggersDerive)
{
    QTemporaryDir dir;
    const QString refPath = dir.filePath(QStringLiteral("triggers.sqlite"));
    auto fast = Database::openSqlite(dir.filePath(QStringLiteral("set-aside.sqlite")));
    auto ref = Database::openSqlite(refPath);
    ASSERT_OK(fast);
    ASSERT_OK(ref);
    GeneratorOptions options;
    options.cases = 1500;
    options.seed = 11;
    options.until = QDate(2026, 1, 31);
    options.years = 3;
    options.batch = 400;
    ASSERT_OK(DemoGenerator(*fast.value()).generate(options));
    options.setAsideTriggers = false;
    ASSERT_OK(DemoGenerator(*ref.value()).generate(options));
    Database &db = *fast.value();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")),
              scalar(*ref.value(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")));
    EXPECT_GT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stats_due")), 100);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT SUM(instalments) FROM stats_done_case")), 100);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT SUM(agreements) FROM stats_done_case")), 10);
    {
        Query attach(db.connection(), QStringLiteral("ATTACH DATABASE '%1' AS ref").arg(refPath),
                     Query::Trusted);
        ASSERT_OK(attach.exec());
    }
    const QStringList diff = derivedDifferences(db);
    EXPECT_TRUE(diff.isEmpty()) << diff.join(u'\n').toStdString();
    // Searches find the same cases, through the trigram index and by scanning.
    for (const char *term : {"纠纷", "王", "赔偿款", "调解", "110", "邻里纠纷", "欠款"}) {
        const QString sql = QString::fromUtf8(term).size() >= 3
                                ? QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM"
                                                 " %1.case_fts WHERE case_fts MATCH '\"%2\"'"
                                                 " ORDER BY rowid)")
                                : QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM"
                                                 " %1.case_fts WHERE body LIKE '%%2%' ORDER BY rowid)");
        const QString like = QString::fromUtf8(term);
        Query a(db.connection(), sql.arg(QStringLiteral("main"), like), Query::Trusted);
        Query b(db.connection(), sql.arg(QStringLiteral("ref"), like), Query::Trusted);
        ASSERT_OK(a.exec());
        ASSERT_OK(b.exec());
        ASSERT_TRUE(a.next() && b.next());
        EXPECT_EQ(a.value(0).toString(), b.value(0).toString()) << term;
    }
    {
        Query detach(db.connection(), QStringLiteral("DETACH DATABASE ref"), Query::Trusted);
        ASSERT_OK(detach.exec());
    }

    // The triggers are back: a service change and a second load (into a database that is not
    // empty, so through the triggers) derive the same rows in both.
    for (Database *each : {fast.value().get(), ref.value().get()}) {
        CaseFilter filter;
        filter.status = CaseStatus::Registered;
        filter.limit = 1;
        auto page = CaseService(*each).list(Actor::system(), filter);
        ASSERT_OK(page);
        ASSERT_EQ(page->cases.size(), 1);
        ASSERT_OK(CaseService(*each).accept(Actor::system(), page->cases.first().number,
                                            QDate(2026, 1, 31)));
        options.cases = 300;
        options.seed = 12;
        options.setAsideTriggers = each == fast.value().get();
        ASSERT_OK(DemoGenerator(*each).generate(options));
    }
    Query attach(db.connection(), QStringLiteral("ATTACH DATABASE '%1' AS ref").arg(refPath),
                 Query::Trusted);
    ASSERT_OK(attach.exec());
    const QStringList after = derivedDifferences(db);
    EXPECT_TRUE(after.isEmpty()) << after.join(u'\n').toStdString();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases")), 1800);
}
