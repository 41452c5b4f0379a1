#include "cases/caselistquery.h"
#include "cases/caseservice.h"
#include "db/query.h"
#include "db/walcheckpointer.h"
#include "demo/generator.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>
#include <QSqlQuery>

using namespace tj;

namespace {
QStringList ids(Database &db, const QString &sql)
{
    Query q(db.connection(), sql, Query::Trusted);
    EXPECT_TRUE(q.exec().ok()) << sql.toStdString();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

const char kDirect[] =
    "SELECT c.id FROM cases c JOIN organisations o ON o.code = c.handling_org WHERE %1"
    " ORDER BY c.received_on DESC, c.id DESC";

const char kSummaryDiff[] =
    "SELECT COUNT(*) FROM (SELECT org_code, month, status, category, cases, amount_fen FROM case_counts"
    " EXCEPT SELECT handling_org, substr(received_on, 1, 7), status, category, COUNT(*), SUM(amount_fen)"
    " FROM cases GROUP BY 1, 2, 3, 4) UNION ALL SELECT COUNT(*) FROM (SELECT handling_org,"
    " substr(received_on, 1, 7), status, category, COUNT(*), SUM(amount_fen) FROM cases GROUP BY 1, 2, 3, 4"
    " EXCEPT SELECT org_code, month, status, category, cases, amount_fen FROM case_counts)";

class ScaleCaseListTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        TJ_SKIP_ON_POSTGRES("the bulk generator writes SQLite files directly");
        DbFixture::SetUp();
        GeneratorOptions options;
        options.cases = 2000;
        options.seed = 5;
        options.until = QDate(2026, 1, 31);
        options.years = 3;
        ASSERT_OK(DemoGenerator(*m_db).generate(options));
    }

    // Walks every page with keyset paging, as the list view does.
    QStringList walk(CaseFilter filter, int mergeLimit = CaseListQuery::kMergeLimit, qint64 *total = nullptr)
    {
        filter.limit = 37;
        const CaseListQuery query(m_db->connection(), mergeLimit);
        QStringList out;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = query.pageIds(filter);
            EXPECT_TRUE(page.ok());
            if (!page || page->isEmpty())
                break;
            out += page.value();
            auto last = CaseService(*m_db).get(Actor::system(), page->last());
            EXPECT_TRUE(last.ok());
            filter.afterReceivedOn = last->receivedOn;
            filter.afterId = last->id;
        }
        if (total) {
            auto t = query.total(filter);
            EXPECT_TRUE(t.ok());
            *total = t.ok() ? t.value() : -1;
        }
        return out;
    }

    void expectWalkEqualsDirect(const CaseFilter &filter, const QString &where, int mergeLimit)
    {
        const QStringList expected = ids(*m_db, QString::fromLatin1(kDirect).arg(where));
        qint64 total = -1;
        EXPECT_EQ(walk(filter, mergeLimit, &total), expected) << where.toStdString();
        EXPECT_EQ(total, expected.size()) << where.toStdString();
    }

    qint64 summaryDifferences()
    {
        Query q(m_db->connection(), kSummaryDiff);
        EXPECT_TRUE(q.exec().ok());
        qint64 n = 0;
        while (q.next())
            n += q.value(0).toLongLong();
        return n;
    }
};
} // namespace

TEST_F(ScaleCaseListTest, KeysetPagesOfAJurisdictionEqualTheDirectQuery)
{
    const QString township = QStringLiteral("substr(o.path, 1, length((SELECT path FROM organisations"
                                            " WHERE code = 'QH-DS'))) = (SELECT path FROM organisations"
                                            " WHERE code = 'QH-DS')");
    CaseFilter filter;
    filter.org = QStringLiteral("QH-DS");
    // Merged per-organisation ranges and the date-index walk give the same pages.
    for (int mergeLimit : {CaseListQuery::kMergeLimit, 1}) {
        expectWalkEqualsDirect(filter, township, mergeLimit);
        CaseFilter settled = filter;
        settled.status = CaseStatus::Settled;
        expectWalkEqualsDirect(settled, township + QStringLiteral(" AND c.status = 'settled'"), mergeLimit);
        CaseFilter neighbours = filter;
        neighbours.category = QStringLiteral("邻里");
        expectWalkEqualsDirect(neighbours, township + QStringLiteral(" AND c.category = '邻里'"), mergeLimit);
    }
}

TEST_F(ScaleCaseListTest, KeysetPagesOfTheCountyEqualTheDirectQuery)
{
    expectWalkEqualsDirect(CaseFilter{}, QStringLiteral("1 = 1"), CaseListQuery::kMergeLimit);
    CaseFilter referred;
    referred.status = CaseStatus::Referred;
    expectWalkEqualsDirect(referred, QStringLiteral("c.status = 'referred'"), CaseListQuery::kMergeLimit);
    CaseFilter court;
    court.org = QStringLiteral("QH-FY");
    court.status = CaseStatus::InMediation;
    expectWalkEqualsDirect(court, QStringLiteral("c.status = 'in_mediation'"), CaseListQuery::kMergeLimit);
}

TEST_F(ScaleCaseListTest, AnUnknownOrganisationListsNothing)
{
    CaseFilter filter;
    filter.org = QStringLiteral("NO-SUCH");
    auto page = CaseService(*m_db).list(Actor::system(), filter);
    ASSERT_OK(page);
    EXPECT_TRUE(page->cases.isEmpty());
    EXPECT_EQ(page->total, 0);
}

TEST_F(ScaleCaseListTest, ListedCasesCarryTheirPartiesAndOrganisation)
{
    CaseFilter filter;
    filter.limit = 20;
    auto page = CaseService(*m_db).list(Actor::system(), filter);
    ASSERT_OK(page);
    ASSERT_EQ(page->cases.size(), 20);
    EXPECT_EQ(page->total, 2000);
    for (const Case &c : page->cases) {
        auto full = CaseService(*m_db).get(Actor::system(), c.id);
        ASSERT_OK(full);
        EXPECT_EQ(c.parties.size(), full->parties.size());
        EXPECT_EQ(c.parties.first().name, full->parties.first().name);
        EXPECT_EQ(c.handlingOrgName, full->handlingOrgName);
    }
}

TEST_F(ScaleCaseListTest, SummaryCountsEqualADirectAggregationThroughEveryChange)
{
    EXPECT_EQ(summaryDifferences(), 0);
    CaseService cases(*m_db);
    const Actor system = Actor::system();
    auto created = cases.intake(system, sampleIntake(QStringLiteral("QH-DS-LS")));
    ASSERT_OK(created);
    const QString id = created->record.id;
    const QDate day(2026, 3, 5);
    ASSERT_OK(cases.accept(system, id, day));
    ASSERT_OK(cases.refer(system, id, QStringLiteral("QH-DS"), QStringLiteral("复杂"), day));
    EXPECT_EQ(summaryDifferences(), 0);
    ASSERT_OK(cases.receive(system, id, day));
    CloseInput close;
    close.outcome = Outcome::Failed;
    close.reason = QStringLiteral("调解不成");
    close.on = day;
    ASSERT_OK(cases.close(system, id, close));
    EXPECT_EQ(summaryDifferences(), 0);
    // A refused change leaves the summary as it was.
    EXPECT_FALSE(cases.accept(system, id, day).ok());
    Query remove(m_db->connection(), "DELETE FROM cases WHERE id = :id");
    remove.bind("id", id);
    ASSERT_OK(remove.exec());
    EXPECT_EQ(summaryDifferences(), 0);
    Query fts(m_db->connection(), "SELECT (SELECT COUNT(*) FROM case_fts) - (SELECT COUNT(*) FROM cases)");
    ASSERT_OK(fts.exec());
    ASSERT_TRUE(fts.next());
    EXPECT_EQ(fts.value(0).toInt(), 0);
}

TEST(CaseSearchMigration, UpgradingAVersionOneDatabaseIndexesItsCases)
{
    TJ_SKIP_ON_POSTGRES("builds a version-1 SQLite file by hand");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QFile script(QStringLiteral(":/tiaojie/migrations/001_initial.sql"));
        ASSERT_TRUE(script.open(QIODevice::ReadOnly));
        QSqlQuery q(raw);
        for (const QString &statement : QString::fromUtf8(script.readAll()).split(QStringLiteral(";\n")))
            if (!statement.trimmed().isEmpty()) {
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
            }
        for (const char *sql : {
                 "INSERT INTO organisations VALUES ('V', '柳树村', 'village', NULL, '/V/', NULL, 'x')",
                 "INSERT INTO cases (id, number, registering_org, number_year, number_seq, handling_org,"
                 " status, source, category, title, facts, received_on, created_at, updated_at) VALUES"
                 " ('c1', 'N1', 'V', 2020, 1, 'V', 'registered', 'application', '邻里', '通行纠纷',"
                 " '院墙外通道', '2020-01-02', 'x', 'x')",
                 "INSERT INTO parties (id, case_id, seq, role, kind, name) VALUES"
                 " ('p1', 'c1', 1, 'applicant', 'person', '鲍一鸣')",
                 "PRAGMA user_version = 1"})
            ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto db = Database::openSqlite(path);
    ASSERT_OK(db);
    CaseFilter filter;
    filter.search = QStringLiteral("一鸣");
    auto page = CaseService(*db.value()).list(Actor::system(), filter);
    ASSERT_OK(page);
    ASSERT_EQ(page->cases.size(), 1);
    EXPECT_EQ(page->total, 1);
    filter.search.clear();
    filter.org = QStringLiteral("V");
    auto all = CaseService(*db.value()).list(Actor::system(), filter);
    ASSERT_OK(all);
    EXPECT_EQ(all->total, 1);
}

TEST(Durability, EveryConnectionCommitsWithSynchronousFull)
{
    TJ_SKIP_ON_POSTGRES("PRAGMA synchronous of SQLite connections");
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("d.sqlite")));
    ASSERT_OK(db);
    auto level = [&] {
        Query q(db.value()->connection(), "PRAGMA synchronous");
        return q.exec().ok() && q.next() ? q.value(0).toInt() : -1;
    };
    EXPECT_EQ(level(), 2); // FULL: the WAL is synced at every commit
    int worker = -1;
    QThread *thread = QThread::create([&] {
        worker = level(); // a list loader's connection is configured the same way
        db.value()->closeThreadConnection();
    });
    thread->start();
    ASSERT_TRUE(thread->wait(10000));
    delete thread;
    EXPECT_EQ(worker, 2);
    // Generating cases leaves the setting alone.
    GeneratorOptions options;
    options.cases = 10;
    ASSERT_OK(DemoGenerator(*db.value()).generate(options));
    EXPECT_EQ(level(), 2);
}

namespace {
int pragmaValue(Database &db, const char *pragma)
{
    Query q(db.connection(), pragma, Query::Trusted);
    return q.exec().ok() && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

TEST(Durability, BackgroundCheckpointsCopyTheWalWhileSavesDoNot)
{
    TJ_SKIP_ON_POSTGRES("the WAL of an SQLite file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        auto db = Database::openSqlite(path);
        ASSERT_OK(db);
        EXPECT_EQ(pragmaValue(*db.value(), "PRAGMA wal_autocheckpoint"), 1000); // SQLite's default
        ASSERT_OK(db.value()->startBackgroundCheckpoints(50));
        ASSERT_NE(db.value()->checkpointer(), nullptr);
        EXPECT_EQ(pragmaValue(*db.value(), "PRAGMA wal_autocheckpoint"), 0);
        int worker = -1;
        QThread *thread = QThread::create([&] {
            worker = pragmaValue(*db.value(), "PRAGMA wal_autocheckpoint"); // opened afterwards
            db.value()->closeThreadConnection();
        });
        thread->start();
        ASSERT_TRUE(thread->wait(10000));
        delete thread;
        EXPECT_EQ(worker, 0);
        EXPECT_EQ(pragmaValue(*db.value(), "PRAGMA synchronous"), 2); // still FULL

        GeneratorOptions options;
        options.cases = 40;
        ASSERT_OK(DemoGenerator(*db.value()).generate(options));
        // The thread copies every committed frame into the file on one of its next rounds.
        QElapsedTimer waited;
        waited.start();
        const WalCheckpointer *checkpointer = db.value()->checkpointer();
        while ((checkpointer->busyRounds() == 0
                || checkpointer->lastBusyRound().copiedFrames < checkpointer->lastBusyRound().walFrames)
               && waited.elapsed() < 30000)
            QThread::msleep(20);
        ASSERT_GT(checkpointer->busyRounds(), 0);
        EXPECT_GT(checkpointer->lastBusyRound().walFrames, 0);
        EXPECT_EQ(checkpointer->lastBusyRound().copiedFrames, checkpointer->lastBusyRound().walFrames);
    } // the thread stops with the database
    // The file alone holds everything: read it without its WAL.
    ASSERT_TRUE(!QFile::exists(path + QStringLiteral("-wal")) || QFile::remove(path + QStringLiteral("-wal")));
    QFile::remove(path + QStringLiteral("-shm"));
    auto again = Database::openSqlite(path);
    ASSERT_OK(again);
    EXPECT_EQ(pragmaValue(*again.value(), "SELECT COUNT(*) FROM cases"), 40);
    EXPECT_EQ(pragmaValue(*again.value(), "PRAGMA wal_autocheckpoint"), 1000); // per process, not per file
}

TEST(Durability, BackgroundCheckpointsAreNotStartedForAnInMemoryDatabase)
{
    auto db = Database::openSqlite(QStringLiteral(":memory:"));
    ASSERT_OK(db);
    ASSERT_OK(db.value()->startBackgroundCheckpoints());
    EXPECT_EQ(db.value()->checkpointer(), nullptr);
    EXPECT_EQ(pragmaValue(*db.value(), "PRAGMA wal_autocheckpoint"), 1000);
}
