// The SIGKILL loop: a writer process doing case operations is killed at random moments, many
// times; after each kill the database must pass integrity_check, hold every acknowledged
// operation, have no half-written case and an intact audit chain.
#include "db/query.h"
#include "security/audit.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace tj;

namespace {
constexpr int kRuns = 200;
constexpr qint64 kBudgetMs = 45000;

struct Acks
{
    QStringList intakes, accepts, refers;
};

Acks parseAcks(const QByteArray &out)
{
    Acks a;
    // A line cut off by the kill has no newline: it was not acknowledged.
    const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(QLatin1String("intake ")))
            a.intakes.append(text.mid(7));
        else if (text.startsWith(QLatin1String("accept ")))
            a.accepts.append(text.mid(7));
        else if (text.startsWith(QLatin1String("refer ")))
            a.refers.append(text.mid(6));
    }
    return a;
}
} // namespace

class CrashTest : public test::DbFixture
{
protected:
    QString statusOf(const QString &id)
    {
        Query q(m_db->connection(), "SELECT status FROM cases WHERE id = :id");
        q.bind("id", id);
        return q.exec().ok() && q.next() ? q.value(0).toString() : QString();
    }
    qint64 scalar(const char *sql)
    {
        Query q(m_db->connection(), sql, Query::Trusted);
        return q.exec().ok() && q.next() ? q.value(0).toLongLong() : -1;
    }
    // Returns what is wrong with the database after a kill (empty when all is well).
    QStringList problemsAfter(const Acks &acks)
    {
        QStringList problems;
        Query check(m_db->connection(), "PRAGMA integrity_check");
        if (!check.exec().ok() || !check.next() || check.value(0).toString() != QLatin1String("ok"))
            problems << QStringLiteral("integrity_check failed");
        for (const QString &id : acks.intakes)
            if (statusOf(id).isEmpty())
                problems << QStringLiteral("acknowledged intake %1 missing").arg(id);
        for (const QString &id : acks.accepts)
            if (statusOf(id) == QLatin1String("registered"))
                problems << QStringLiteral("acknowledged accept %1 missing").arg(id);
        for (const QString &id : acks.refers)
            if (statusOf(id) != QLatin1String("referred"))
                problems << QStringLiteral("acknowledged refer %1 missing").arg(id);
        if (scalar("SELECT COUNT(*) FROM cases c WHERE (SELECT COUNT(*) FROM parties p"
                   " WHERE p.case_id = c.id) <> 2 OR NOT EXISTS (SELECT 1 FROM case_events e"
                   " WHERE e.case_id = c.id AND e.action = 'intake')")
            != 0)
            problems << QStringLiteral("a case is half-written");
        if (scalar("SELECT COUNT(*) FROM cases c WHERE c.status = 'referred' AND NOT EXISTS"
                   " (SELECT 1 FROM referrals r WHERE r.case_id = c.id AND r.state = 'pending')")
            != 0)
            problems << QStringLiteral("a referred case has no pending referral");
        auto chain = AuditLog(m_db->connection()).verify();
        if (!chain || !chain->intact)
            problems << QStringLiteral("audit chain broken");
        return problems;
    }
};

TEST_F(CrashTest, KilledWritersLoseNothingAcknowledgedAndLeaveNoHalfWrittenCase)
{
    buildSmallCounty();
    m_db.reset();
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    QElapsedTimer clock;
    clock.start();
    int runs = 0;
    int failures = 0;
    int acknowledged = 0;
    while (runs < kRuns && clock.elapsed() < kBudgetMs) {
        QProcess writer;
        writer.start(QStringLiteral(TIAOJIE_CRASH_WRITER), {m_path, QString::number(runs * 1000)});
        ASSERT_TRUE(writer.waitForStarted(5000));
        // Every fourth run may die while the writer opens the file; the others once it has
        // acknowledged a first operation, so a loaded machine's slow start still leaves the
        // kill among the writes.
        if (runs % 4 != 0)
            writer.waitForReadyRead(10000);
        QThread::msleep(random.bounded(10, 130));
        writer.kill(); // SIGKILL
        writer.waitForFinished(5000);
        const Acks acks = parseAcks(writer.readAllStandardOutput());
        acknowledged += int(acks.intakes.size() + acks.accepts.size() + acks.refers.size());
        ++runs;
        auto db = Database::openSqlite(m_path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db.value());
        const QStringList problems = problemsAfter(acks);
        if (!problems.isEmpty()) {
            ++failures;
            ADD_FAILURE() << "run " << runs << ": " << problems.join(u';').toStdString();
        }
        m_db.reset();
    }
    std::printf("crash test: seed %u, %d runs, %d acknowledged operations, %d failures, %lld ms\n",
                seed, runs, acknowledged, failures, static_cast<long long>(clock.elapsed()));
    EXPECT_GE(runs, 100);
    EXPECT_GT(acknowledged, runs);
    EXPECT_EQ(failures, 0);
}
