#include "cases/caselistquery.h"
#include "cases/caseservice.h"
#include "db/query.h"
#include "db/transaction.h"
#include "cases/categories.h"
#include "demo/demoloader.h"
#include "demo/generator.h"
#include "demo/generatortext.h"

#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>

using namespace tj;

namespace {
// The exhaustive reference: LIKE over every searchable field, newest first.
QStringList scan(Database &db, const QString &term, const QString &org = QString())
{
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    const QString like = u'%' + escaped + u'%';
    // Search ignores the case of ASCII letters, as SQLite's LIKE does; PostgreSQL's LIKE does not,
    // its ILIKE does (and for every cased letter, of which the test data has only ASCII ones).
    QString sql = QStringLiteral(
            "SELECT c.id FROM cases c JOIN organisations o ON o.code = c.handling_org WHERE"
            " (:org = '' OR substr(o.path, 1, length((SELECT path FROM organisations WHERE code = :org2)))"
            " = (SELECT path FROM organisations WHERE code = :org3)) AND (c.number LIKE :l1 ESCAPE '\\'"
            " OR c.title LIKE :l2 ESCAPE '\\' OR c.facts LIKE :l3 ESCAPE '\\' OR EXISTS (SELECT 1"
            " FROM parties p WHERE p.case_id = c.id AND (p.name LIKE :l4 ESCAPE '\\' OR p.id_number"
            " LIKE :l5 ESCAPE '\\' OR p.credit_code LIKE :l6 ESCAPE '\\')))"
            " ORDER BY c.received_on DESC, c.id DESC");
    if (test::onPostgres())
        sql.replace(QStringLiteral(" LIKE "), QStringLiteral(" ILIKE "));
    Query q(db.connection(), sql, Query::Trusted);
    q.bind("org", org).bind("org2", org).bind("org3", org);
    for (const char *name : {"l1", "l2", "l3", "l4", "l5", "l6"})
        q.bind(name, like);
    EXPECT_TRUE(q.exec().ok());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

class SearchTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        if (test::onPostgres()) {
            populateThroughTheServices();
            return;
        }
        GeneratorOptions options;
        options.cases = 2000;
        options.seed = 11;
        options.until = QDate(2026, 1, 31);
        ASSERT_OK(DemoGenerator(*m_db).generate(options));
    }

    // The bulk generator writes SQLite files only: on the server, the demo county and a few
    // hundred generated disputes go in through CaseService, so the search table is filled by the
    // server's triggers exactly as at a desk.
    void populateThroughTheServices()
    {
        ASSERT_OK(DemoLoader(*m_db).loadCounty());
        const QStringList villages = texts("SELECT code FROM organisations WHERE tier = 'village' ORDER BY code");
        ASSERT_FALSE(villages.isEmpty());
        const auto &categories = CategoryCatalog::instance().categories();
        gen::Rng rng(11);
        gen::TextMaker text(rng);
        CaseService cases(*m_db);
        for (int i = 0; i < 200; ++i) {
            const QString village = rng.pick(villages);
            const QString category = rng.pick(categories).name;
            const gen::Person applicant = text.person(village);
            CaseIntake in;
            in.org = village;
            in.receivedOn = QDate(2025, 1, 1).addDays(rng.below(390));
            in.category = category;
            in.amountFen = 100 * (1000 + rng.below(200000));
            Party a;
            a.role = PartyRole::Applicant;
            a.name = applicant.name;
            a.idNumber = applicant.idNumber;
            Party r;
            r.role = PartyRole::Respondent;
            if (rng.chance(30)) {
                const gen::Company company = text.company();
                r.kind = PartyKind::Organisation;
                r.name = company.name;
                r.creditCode = company.creditCode;
            } else {
                const gen::Person respondent = text.person(village);
                r.name = respondent.name;
                r.idNumber = respondent.idNumber;
            }
            in.title = text.title(category, a.name, r.name);
            in.facts = text.facts(category, a.name, r.name, village, in.receivedOn, in.amountFen);
            in.claims = text.claims(in.amountFen);
            in.parties = {a, r};
            ASSERT_OK(cases.intake(Actor::system(), in));
        }
    }

    QStringList texts(const char *sql)
    {
        Query q(m_db->connection(), sql, Query::Trusted);
        EXPECT_TRUE(q.exec().ok());
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    void expectSameAsScan(const QString &term, const QString &org = QString())
    {
        CaseFilter filter;
        filter.search = term;
        filter.org = org;
        filter.limit = 0;
        auto page = CaseService(*m_db).list(Actor::system(), filter);
        ASSERT_OK(page);
        QStringList ids;
        for (const Case &c : page->cases)
            ids.append(c.id);
        const QStringList expected = scan(*m_db, term, org);
        EXPECT_EQ(ids, expected) << "term " << term.toStdString() << " org " << org.toStdString();
        EXPECT_EQ(page->total, expected.size()) << "term " << term.toStdString();
        // A first page and the next one, as the list shows them (common terms take the probe path).
        filter.limit = 50;
        auto first = CaseService(*m_db).list(Actor::system(), filter);
        ASSERT_OK(first);
        EXPECT_EQ(first->total, expected.size()) << "first page's total, term " << term.toStdString();
        QStringList paged;
        for (const Case &c : first->cases)
            paged.append(c.id);
        if (!first->cases.isEmpty()) {
            filter.afterReceivedOn = first->cases.last().receivedOn;
            filter.afterId = first->cases.last().id;
            auto second = CaseService(*m_db).list(Actor::system(), filter);
            ASSERT_OK(second);
            for (const Case &c : second->cases)
                paged.append(c.id);
        }
        EXPECT_EQ(paged, expected.mid(0, 100)) << "paged term " << term.toStdString();
        expectCappedTotals(term, org, expected.size());
        ++m_checked;
        m_found += expected.isEmpty() ? 0 : 1;
    }

    // The list's first count stops at a cap: below it the total is exact, above it the cap is
    // returned and marked as "more than"; caps around the true number and far from it.
    void expectCappedTotals(const QString &term, const QString &org, qint64 expected)
    {
        for (const qint64 cap : {qint64(1), qint64(7), expected - 1, expected, expected + 1, qint64(100000)}) {
            if (cap < 1)
                continue;
            CaseFilter filter;
            filter.search = term;
            filter.org = org;
            filter.limit = 1;
            filter.totalCap = cap;
            auto page = CaseService(*m_db).list(Actor::system(), filter);
            ASSERT_OK(page);
            EXPECT_EQ(page->total, std::min(cap, expected)) << "term " << term.toStdString() << " cap " << cap;
            EXPECT_EQ(page->totalExact, expected <= cap) << "term " << term.toStdString() << " cap " << cap;
        }
    }

    int m_checked = 0;
    int m_found = 0;
};
} // namespace

TEST_F(SearchTest, RandomTermsOfOneToFourCharactersEqualAnExhaustiveScan)
{
    QRandomGenerator rng(42);
    const QStringList sources = texts("SELECT facts FROM cases ORDER BY id LIMIT 300")
                                + texts("SELECT name FROM parties ORDER BY id LIMIT 300")
                                + texts("SELECT title FROM cases ORDER BY id LIMIT 100")
                                + texts("SELECT number FROM cases ORDER BY id LIMIT 100")
                                + texts("SELECT id_number FROM parties WHERE id_number IS NOT NULL ORDER BY id LIMIT 50");
    for (int i = 0; i < 160; ++i) {
        const QString source = sources[rng.bounded(int(sources.size()))];
        const int length = 1 + i % 4;
        if (source.size() < length)
            continue;
        expectSameAsScan(source.mid(rng.bounded(int(source.size()) - length + 1), length));
    }
    // Combinations that rarely or never occur, and terms built from two random names' characters.
    const QStringList names = texts("SELECT name FROM parties ORDER BY id LIMIT 200");
    for (int i = 0; i < 40; ++i)
        expectSameAsScan(names[rng.bounded(int(names.size()))].left(1)
                         + names[rng.bounded(int(names.size()))].right(1));
    EXPECT_GT(m_checked, 170);
    EXPECT_GT(m_found, test::onPostgres() ? 120 : 150); // the server's set is ten times smaller
}

// The three page paths of a search (read and sort the matches; walk the date index looking
// each case up among them; walk it testing LIKE) chosen by match counts that a small county
// reaches only with small limits: terms of every frequency then take every path.
TEST_F(SearchTest, EveryPagePathEqualsTheScan)
{
    struct Reset
    {
        ~Reset() { CaseListQuery::setSearchLimitsForTests(0, 0); }
    } reset;
    CaseListQuery::setSearchLimitsForTests(20, 150);
    QRandomGenerator rng(7);
    const QStringList sources = texts("SELECT facts FROM cases ORDER BY id LIMIT 200")
                                + texts("SELECT name FROM parties ORDER BY id LIMIT 200");
    QSet<int> sizes;
    for (int i = 0; i < 60; ++i) {
        const QString source = sources[rng.bounded(int(sources.size()))];
        const int length = 1 + i % 3;
        if (source.size() < length)
            continue;
        const QString term = source.mid(rng.bounded(int(source.size()) - length + 1), length);
        expectSameAsScan(term);
        expectSameAsScan(term, QStringLiteral("QH-DS"));
        const qint64 n = scan(*m_db, term).size();
        sizes.insert(n <= 20 ? 0 : n <= 150 ? 1 : 2);
    }
    for (const QString &term : {QStringLiteral("纠纷"), QStringLiteral("双方"), QStringLiteral("王")})
        expectSameAsScan(term, QStringLiteral("QH-DS"));
    // A common term's exact total is counted in two halves at once outside a transaction; inside
    // one (whose changes a second connection would not see) on this connection alone.
    CaseIntake in = sampleIntake(QStringLiteral("QH-DS-LS"));
    in.facts += QStringLiteral("双方纠纷");
    {
        Transaction open(m_db->connection());
        ASSERT_OK(open.begin());
        ASSERT_OK(CaseService(*m_db).intake(Actor::system(), in));
        for (const QString &term : {QStringLiteral("纠纷"), QStringLiteral("双方")}) {
            CaseFilter filter;
            filter.search = term;
            filter.limit = 1;
            auto page = CaseService(*m_db).list(Actor::system(), filter);
            ASSERT_OK(page);
            EXPECT_EQ(page->total, scan(*m_db, term).size()) << term.toStdString();
        }
        open.rollback();
    }
    // The SQLite county has terms on each side of both limits (the server's set is smaller).
    if (!test::onPostgres()) {
        EXPECT_EQ(sizes.size(), 3);
    }
}

TEST_F(SearchTest, NamesIdNumbersAndCaseNumbersAreFound)
{
    const QString name = texts("SELECT name FROM parties WHERE length(name) = 2 ORDER BY id LIMIT 1").first();
    expectSameAsScan(name);
    const QString id = texts("SELECT id_number FROM parties WHERE id_number LIKE '%X' ORDER BY id LIMIT 1").first();
    expectSameAsScan(id); // a whole identifier takes the identifier index
    expectSameAsScan(id.toLower());
    expectSameAsScan(id.left(17)); // not an identifier: the text index
    const QStringList codes = texts("SELECT credit_code FROM parties WHERE credit_code IS NOT NULL ORDER BY id LIMIT 1");
    ASSERT_FALSE(codes.isEmpty());
    expectSameAsScan(codes.first());
    expectSameAsScan(id.right(4).toLower()); // ASCII letters match without case, as LIKE does
    const QString number = texts("SELECT number FROM cases ORDER BY id LIMIT 1").first();
    expectSameAsScan(number);
    expectSameAsScan(QStringLiteral("qh-ds"));
    expectSameAsScan(QStringLiteral("QH-DS-L"));
}

TEST_F(SearchTest, SearchInsideAJurisdictionEqualsTheScan)
{
    for (const QString &term : {QStringLiteral("王"), QStringLiteral("纠纷"), QStringLiteral("赔偿"),
                                QStringLiteral("双方"), QStringLiteral("村委会门口")})
        expectSameAsScan(term, QStringLiteral("QH-DS"));
}

TEST_F(SearchTest, OddTermsAreExactToo)
{
    for (const QString &term : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\""),
                                QStringLiteral("a\"b"), QStringLiteral("50%"), QStringLiteral("OR"),
                                QStringLiteral("NEAR("), QStringLiteral("*"), QStringLiteral("x\x1fy"),
                                QStringLiteral("不存在的词语"), QStringLiteral("\\")})
        expectSameAsScan(term);
}

TEST_F(SearchTest, TheIndexFollowsNewCasesAndParties)
{
    CaseService cases(*m_db);
    CaseIntake in = sampleIntake(QStringLiteral("QH-DS-LS"));
    in.title = QStringLiteral("鲍氏兄弟分家析产纠纷");
    in.parties.first().name = QStringLiteral("鲍一鸣");
    ASSERT_OK(cases.intake(Actor::system(), in));
    expectSameAsScan(QStringLiteral("鲍"));
    expectSameAsScan(QStringLiteral("一鸣"));
    expectSameAsScan(QStringLiteral("兄弟分家"));
    EXPECT_EQ(scan(*m_db, QStringLiteral("一鸣")).size(), 1);
}

TEST_F(SearchTest, CappedTotalsOfThePlainQueryEqualTheScan)
{
    // Oldest first takes the plain query (not the search paths): its count is capped the same way.
    for (const QString &term : {QStringLiteral("纠纷"), QStringLiteral("王"), QStringLiteral("村委会门口")}) {
        const qint64 expected = scan(*m_db, term).size();
        for (const qint64 cap : {qint64(0), qint64(1), expected, expected + 1, std::max<qint64>(1, expected - 1)}) {
            CaseFilter filter;
            filter.search = term;
            filter.oldestFirst = true;
            filter.limit = 1;
            filter.totalCap = cap;
            auto page = CaseService(*m_db).list(Actor::system(), filter);
            ASSERT_OK(page);
            const bool capped = cap > 0 && expected > cap;
            EXPECT_EQ(page->total, capped ? cap : expected) << term.toStdString() << " cap " << cap;
            EXPECT_EQ(page->totalExact, !capped) << term.toStdString() << " cap " << cap;
        }
    }
}
