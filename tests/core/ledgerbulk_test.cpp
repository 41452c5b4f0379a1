// The ledger import's bulk path (LedgerBulkWriter, SQLite) against its reference, the same
// import through CaseService per row: the same ledger into two fresh databases must give the
// same rows apart from ids and timestamps — cases, parties, history, sessions, agreements,
// signatures, counters, audit entries, search documents and every summary table.
#include "statsfixture.h"

#include "cases/casestore.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/query.h"
#include "db/transaction.h"
#include "demo/generatortext.h"
#include "ledger/ledgerbulkwriter.h"
#include "ledger/ledgercolumns.h"
#include "ledger/ledgerimport.h"
#include "security/audit.h"
#include "stats/statistics.h"
#include "stats/statsjson.h"

#include <QRegularExpression>
#include <QSqlRecord>

using namespace tj;
using namespace tj::test;

namespace {
const QList<LedgerField> kFields = {
    LedgerField::Org,       LedgerField::ReceivedOn, LedgerField::AcceptedOn, LedgerField::ClosedOn,
    LedgerField::Source,    LedgerField::Category,   LedgerField::Subcategory, LedgerField::Title,
    LedgerField::Applicants, LedgerField::Respondents, LedgerField::Facts,    LedgerField::Claims,
    LedgerField::Mediators, LedgerField::Outcome,    LedgerField::OutcomeReason, LedgerField::Amount,
    LedgerField::AgreementAmount};

QString who(const QString &name, const QString &id)
{
    return id.isEmpty() ? name : QStringLiteral("%1(%2)").arg(name, id);
}

// A ledger with every outcome at every tier, transfers that arrive in mediation, rows with and
// without mediators, agreement amounts, reasons, identities and co-parties.
LedgerTable makeLedger(int rows, quint64 seed, const QStringList &orgs)
{
    gen::Rng rng(seed);
    gen::TextMaker text(rng);
    const QStringList statuses = {QStringLiteral("已登记"), QStringLiteral("不予受理"), QStringLiteral("调解中"),
                                  QStringLiteral("已上报"), QStringLiteral("调解成功"), QStringLiteral("调解不成"),
                                  QStringLiteral("撤回"),   QStringLiteral("已立案")};
    const QStringList sources = {QString(), QStringLiteral("当事人申请"), QStringLiteral("主动调解"),
                                 QStringLiteral("热线")};
    const QStringList categories = {QStringLiteral("邻里"), QStringLiteral("婚姻家庭"), QStringLiteral("合同")};
    LedgerTable t;
    for (LedgerField f : kFields)
        t.header.append(LedgerVocabulary::column(f).header);
    for (int i = 0; i < rows; ++i) {
        QString status = rng.pick(statuses);
        QString org = rng.pick(orgs);
        if (status == QStringLiteral("已立案"))
            org = QStringLiteral("QH-FT"); // only a court or tribunal files
        const QDate received = QDate(2025, 1, 1).addDays(rng.below(300));
        const QDate accepted = received.addDays(rng.below(3));
        const QDate closed = accepted.addDays(rng.below(40));
        const bool open = status == QStringLiteral("已登记") || status == QStringLiteral("调解中")
                          || status == QStringLiteral("已上报");
        const gen::Person a = text.person(QStringLiteral("柳树村"));
        const gen::Person a2 = text.person(QStringLiteral("柳树村"));
        const gen::Company co = text.company();
        const gen::Person r = text.person(QStringLiteral("杏花村"));
        const qint64 amount = rng.chance(20) ? 0 : 100 * (1 + rng.below(90000));
        const QString applicants = who(a.name, a.idNumber) + (rng.chance(20) ? QStringLiteral("；") + who(a2.name, a2.idNumber) : QString());
        const QString respondents = rng.chance(25) ? who(co.name, rng.chance(80) ? co.creditCode : QString()) : who(r.name, r.idNumber);
        t.rows.append({org, isoDate(received), rng.chance(30) ? QString() : isoDate(accepted),
                       open ? QString() : isoDate(closed), rng.pick(sources), rng.pick(categories),
                       rng.chance(30) ? QStringLiteral("子类%1").arg(rng.below(5)) : QString(),
                       rng.chance(10) ? QString() : text.title(QStringLiteral("邻里"), a.name, r.name) + QStringLiteral("（台账号%1）").arg(i),
                       applicants, respondents,
                       text.facts(QStringLiteral("邻里"), a.name, r.name, QStringLiteral("柳树村"), received, amount)
                           + QStringLiteral("（台账号%1）").arg(i),
                       rng.chance(50) ? text.claims(amount) : QString(),
                       rng.chance(40) ? QString() : text.personName() + QStringLiteral("、") + text.personName(),
                       status, rng.chance(30) ? QString() : text.failureReason(), money::formatYuan(amount),
                       rng.chance(70) ? money::formatYuan(amount / 2) : QString()});
    }
    t.rows.append(t.rows.first()); // the same dispute twice in one file: imported once
    return t;
}

// The ledger of one village for its mediator: a row the generator put at the tribunal (filed)
// is settled there instead.
LedgerTable onlyAt(LedgerTable t, const QString &org)
{
    const int outcome = int(kFields.indexOf(LedgerField::Outcome));
    for (QStringList &row : t.rows) {
        row[0] = org;
        if (row[outcome] == QStringLiteral("已立案"))
            row[outcome] = QStringLiteral("调解成功");
    }
    return t;
}

// Rows of a query as text, the case named by its number, ids and timestamps left out.
QStringList dump(Database &db, const QString &sql, bool sorted = true)
{
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList out;
    Query q(db.connection(), sql, Query::Trusted);
    EXPECT_TRUE(q.exec().ok()) << sql.toStdString();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.raw().record().count(); ++i)
            cells.append(q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
        out.append(cells.join(u'|').replace(uuid, QStringLiteral("<id>")));
    }
    if (sorted)
        out.sort();
    return out;
}

const char *const kTables[] = {
    "SELECT number, registering_org, number_year, number_seq, handling_org, status, source, category,"
    " subcategory, title, facts, claims, amount_fen, risk, received_on, accepted_on, closed_on, closed_org,"
    " outcome_reason, filed_number, created_by, version FROM cases",
    "SELECT c.number, p.seq, p.role, p.kind, p.name, p.id_number, p.credit_code, p.sex, p.birth_date,"
    " p.ethnicity, p.phone, p.address, p.legal_representative, p.agent, p.claim_amount_fen, p.representative"
    " FROM parties p JOIN cases c ON c.id = p.case_id",
    "SELECT c.number, e.on_date, e.user_login, e.org_code, e.action, e.detail, e.before_status,"
    " e.after_status, e.before_org, e.after_org, e.data FROM case_events e JOIN cases c ON c.id = e.case_id"
    " ORDER BY c.number, e.id",
    "SELECT c.number, s.org_code, s.held_on, s.place, s.mediators, s.participants, s.record, s.created_by"
    " FROM sessions s JOIN cases c ON c.id = s.case_id",
    "SELECT c.number, a.kind, a.org_code, a.facts, a.responsibilities, a.content, a.manner, a.place,"
    " a.amount_fen, a.effective_on FROM agreements a JOIN cases c ON c.id = a.case_id",
    "SELECT c.number, o.seq, o.debtor, o.creditor, o.amount_fen FROM obligations o JOIN cases c ON c.id = o.case_id",
    "SELECT c.number, s.who, s.signed_on, s.role FROM signatures s JOIN cases c ON c.id = s.case_id",
    "SELECT l.fingerprint, c.number, l.source_file, l.source_row FROM ledger_imports l JOIN cases c ON c.id = l.case_id",
    "SELECT org_code, year, last_seq FROM case_number_counters",
    "SELECT c.number, f.body FROM case_fts f JOIN case_fts_docs d ON d.doc = f.rowid JOIN cases c ON c.id = d.case_id",
    "SELECT * FROM case_counts",
    "SELECT * FROM stats_counts",
    "SELECT * FROM stats_cycle",
    "SELECT * FROM stats_due",
    "SELECT * FROM stats_done WHERE instalments <> 0 OR agreements <> 0",
    "SELECT c.number, s.done_on, s.org, s.closed_on, s.instalments, s.agreements FROM stats_done_case s"
    " JOIN cases c ON c.id = s.case_id",
};

// The audit trail in order, cases by number.
QStringList auditTrail(Database &db)
{
    return dump(db, QStringLiteral("SELECT a.user_login, a.action, a.object_type, coalesce(c.number, a.object_id),"
                                   " a.result, a.detail FROM audit_log a LEFT JOIN cases c ON c.id = a.object_id"
                                   " ORDER BY a.id"),
                false);
}

class LedgerBulkTest : public StatsFixture
{
protected:
    void SetUp() override
    {
        StatsFixture::SetUp();
        if (onPostgres())
            GTEST_SKIP() << "the bulk writer is SQLite's; PostgreSQL imports through CaseService";
        buildSmallCounty();
    }

    Result<LedgerPreview> importAs(const Actor &actor, const LedgerTable &table, LedgerImport::WritePath path)
    {
        LedgerImport importer(*m_db);
        importer.setWritePath(path);
        return importer.import(actor, table, LedgerMapping::detect(table.header), QStringLiteral("/tmp/台账.csv"));
    }

    /// Imports `table` through the service path here and through the bulk path into a fresh
    /// county, twice each (the second time everything is a duplicate), and compares.
    void expectSamePaths(const QString &login, const LedgerTable &table)
    {
        for (LedgerImport::WritePath path : {LedgerImport::WritePath::Service, LedgerImport::WritePath::Auto}) {
            const Actor a = login.isEmpty() ? Actor::system() : actor(login);
            auto first = importAs(a, table, path);
            ASSERT_OK(first);
            EXPECT_EQ(first->duplicates, 1);
            auto again = importAs(a, table, path);
            ASSERT_OK(again);
            EXPECT_EQ(again->duplicates, again->rows.size());
            if (path == LedgerImport::WritePath::Service)
                m_reference = switchToFreshCounty();
        }
        for (const char *sql : kTables) {
            const QStringList service = dump(*m_reference, QString::fromUtf8(sql));
            const QStringList bulk = dump(*m_db, QString::fromUtf8(sql));
            EXPECT_EQ(bulk, service) << sql;
        }
        EXPECT_EQ(auditTrail(*m_db), auditTrail(*m_reference));
        auto chain = AuditLog(m_db->connection()).verify();
        ASSERT_OK(chain);
        EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
    }

    std::unique_ptr<Database> m_reference;
};
} // namespace

TEST_F(LedgerBulkTest, BulkPathWritesWhatTheServicePathWrites)
{
    const QStringList orgs = {QStringLiteral("QH-DS-A"), QStringLiteral("QH-DS-B"), QStringLiteral("QH-DS"),
                              QStringLiteral("QH-XH-A"), QStringLiteral("QH-FT")};
    expectSamePaths(QString(), makeLedger(300, 11, orgs));
}

TEST_F(LedgerBulkTest, BulkPathWritesWhatTheServicePathWritesForAUser)
{
    // A mediator imports the ledger of its village: events name the user and its organisation,
    // and a written agreement carries the user's name as the mediator's signature.
    expectSamePaths(QStringLiteral("vma"), onlyAt(makeLedger(80, 12, {QStringLiteral("QH-DS-A")}), QStringLiteral("QH-DS-A")));
}

TEST_F(LedgerBulkTest, BothPathsRefuseTheSameRowWithTheSameWords)
{
    const LedgerTable table = onlyAt(makeLedger(40, 13, {QStringLiteral("QH-DS-A")}), QStringLiteral("QH-DS-A"));
    // A village cannot file a lawsuit; another organisation's row is not the mediator's to register.
    const int filed = int(kFields.indexOf(LedgerField::Outcome));
    const int acceptedOn = int(kFields.indexOf(LedgerField::AcceptedOn));
    const int closedOn = int(kFields.indexOf(LedgerField::ClosedOn));
    for (const QString &org : {QStringLiteral("QH-DS-A"), QStringLiteral("QH-DS-B")}) {
        LedgerTable bad = table;
        bad.rows[25][0] = org;
        if (org == QLatin1String("QH-DS-A")) {
            bad.rows[25][filed] = QStringLiteral("已立案");
            bad.rows[25][acceptedOn] = QString();
            bad.rows[25][closedOn] = bad.rows[25][1];
        }
        QString messages[2];
        int i = 0;
        for (LedgerImport::WritePath path : {LedgerImport::WritePath::Service, LedgerImport::WritePath::Auto}) {
            auto refused = importAs(actor(QStringLiteral("vma")), bad, path);
            ASSERT_FALSE(refused.ok());
            messages[i++] = refused.error().message;
            EXPECT_EQ(dump(*m_db, QStringLiteral("SELECT COUNT(*) FROM cases")), QStringList{QStringLiteral("0")});
            EXPECT_EQ(dump(*m_db, QStringLiteral("SELECT COUNT(*) FROM ledger_imports")), QStringList{QStringLiteral("0")});
        }
        EXPECT_TRUE(messages[0].contains(QStringLiteral("row 27"))) << messages[0].toStdString();
        EXPECT_EQ(messages[1], messages[0]);
    }
    auto chain = AuditLog(m_db->connection()).verify();
    ASSERT_OK(chain);
    EXPECT_TRUE(chain->intact);
}

TEST_F(LedgerBulkTest, SummariesAndSearchAreExactAfterALargeImport)
{
    const QStringList orgs = {QStringLiteral("QH-DS-A"), QStringLiteral("QH-DS-B"), QStringLiteral("QH-DS"),
                              QStringLiteral("QH-XH-A"), QStringLiteral("QH-XH"), QStringLiteral("QH-FT")};
    // Cases already there continue their counters.
    registerCase("QH-DS-A", QDate(2025, 2, 1), "邻里");
    const LedgerTable table = makeLedger(2000, 14, orgs);
    auto imported = importAs(Actor::system(), table, LedgerImport::WritePath::Auto);
    ASSERT_OK(imported);
    EXPECT_EQ(dump(*m_db, QStringLiteral("SELECT COUNT(*) FROM cases")), QStringList{QStringLiteral("2001")});
    for (const StatsQuery &q : {StatsQuery{{}, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2026, 6, 30)},
                                StatsQuery{QStringLiteral("QH-DS"), QDate(2025, 3, 1), QDate(2025, 8, 31), QDate(2025, 9, 15)},
                                StatsQuery{QStringLiteral("QH-XH-A"), QDate(2025, 1, 1), QDate(2025, 6, 30), {}}}) {
        auto summary = Statistics(*m_db).compute(q);
        auto direct = Statistics(*m_db).computeDirect(q);
        ASSERT_OK(summary);
        ASSERT_OK(direct);
        EXPECT_EQ(StatsJson::toJson(summary.value()), StatsJson::toJson(direct.value())) << q.org.toStdString();
    }
    // Numbers continue the counter with no gap or repeat, per organisation and year.
    EXPECT_EQ(dump(*m_db, QStringLiteral("SELECT registering_org, number_year, COUNT(*), MAX(number_seq) FROM cases"
                                         " GROUP BY 1, 2 HAVING COUNT(*) <> MAX(number_seq)")),
              QStringList());
    EXPECT_EQ(dump(*m_db, QStringLiteral("SELECT k.org_code FROM case_number_counters k WHERE k.last_seq <>"
                                         " (SELECT MAX(number_seq) FROM cases c WHERE c.registering_org = k.org_code"
                                         " AND c.number_year = k.year)")),
              QStringList());
    // Search finds an imported case by a word of its facts, an identity and its number.
    for (int row : {7, 1234, 1999}) {
        CaseFilter f;
        f.search = QStringLiteral("（台账号%1）").arg(row);
        auto found = cases().list(Actor::system(), f);
        ASSERT_OK(found);
        ASSERT_EQ(found->cases.size(), 1) << row;
        const Case c = found->cases.first();
        f.search = c.number;
        auto byNumber = cases().list(Actor::system(), f);
        ASSERT_OK(byNumber);
        ASSERT_EQ(byNumber->cases.size(), 1);
        EXPECT_EQ(byNumber->cases.first().id, c.id);
        auto history = cases().history(Actor::system(), c.id);
        ASSERT_OK(history);
        EXPECT_EQ(history->first().action, QStringLiteral("intake"));
        EXPECT_EQ(history->size(), c.version);
    }
    auto chain = AuditLog(m_db->connection()).verify();
    ASSERT_OK(chain);
    EXPECT_TRUE(chain->intact);
}

// The statement journals of a bulk import go to memory only when the import's transaction is the
// outermost one. Inside a caller's transaction the import is a savepoint whose journal keeps
// every page the import changes, and SQLite shortens an in-memory journal at each statement's
// end by walking it from the start: a nested import on a connection that let temp_store change
// ran 30x slower (docs/scale.md "Ledger import"). Which one it got depended on whether the file
// was checked at open (quick_check opens the temporary schema, after which temp_store cannot
// change inside a transaction), so both open modes are checked, and the import still works and
// rolls back with its caller.
TEST_F(LedgerBulkTest, StatementJournalsAreInMemoryOnlyWhenTheImportIsTheOutermostTransaction)
{
    for (const auto check : {Database::IntegrityCheck::AtOpen, Database::IntegrityCheck::Deferred}) {
        SCOPED_TRACE(check == Database::IntegrityCheck::AtOpen ? "checked at open" : "check deferred");
        auto opened = Database::openSqlite(m_path, check);
        ASSERT_OK(opened);
        Database &db = *opened.value();
        const auto tempStore = [&db] { return dump(db, QStringLiteral("PRAGMA temp_store")); };
        const QStringList before = tempStore();
        ASSERT_NE(before, QStringList{QStringLiteral("2")});
        {
            LedgerBulkWriter alone(db, Actor::system(), QStringLiteral("alone.csv"));
            alone.tune();
            EXPECT_TRUE(alone.journalsInMemory());
            EXPECT_EQ(tempStore(), QStringList{QStringLiteral("2")});
        }
        EXPECT_EQ(tempStore(), before);

        Transaction outer(db.connection());
        ASSERT_OK(outer.begin());
        {
            LedgerBulkWriter nested(db, Actor::system(), QStringLiteral("nested.csv"));
            nested.tune();
            EXPECT_FALSE(nested.journalsInMemory());
            EXPECT_EQ(tempStore(), before);
        }
        const LedgerTable table = makeLedger(30, 15, {QStringLiteral("QH-DS-A"), QStringLiteral("QH-DS")});
        auto imported = LedgerImport(db).import(Actor::system(), table, LedgerMapping::detect(table.header),
                                                QStringLiteral("nested.csv"));
        ASSERT_OK(imported);
        EXPECT_EQ(dump(db, QStringLiteral("SELECT COUNT(*) FROM cases")), QStringList{QStringLiteral("30")});
        EXPECT_EQ(tempStore(), before);
        outer.rollback();
        EXPECT_EQ(dump(db, QStringLiteral("SELECT COUNT(*) FROM cases")), QStringList{QStringLiteral("0")});
    }
}
