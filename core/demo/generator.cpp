#include "generator.h"

#include "demoloader.h"

#include "bulkwriter.h"
#include "casesim.h"
#include "derivedtables.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "deadlines/rules.h"
#include "orgs/organisation.h"
#include "users/user.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tj {

namespace {
/// Keeps freed memory in the process during a bulk load. The load frees and re-allocates large
/// blocks at the top of the heap over and over, and glibc handed them back to the kernel each
/// time (brk shrinking: a TLB shoot-down on every CPU, then page faults to touch the memory
/// again). perf at 20,000 cases: a quarter of the CPU time went there, and the wall time on a
/// busy 2-core machine was ten times longer (docs/scale.md, "Generating data").
class HeapKeeper
{
public:
    HeapKeeper()
    {
#if defined(__GLIBC__)
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
    }
    ~HeapKeeper()
    {
#if defined(__GLIBC__)
        mallopt(M_TRIM_THRESHOLD, 128 * 1024); // glibc's default
        malloc_trim(0);
#endif
    }
    HeapKeeper(const HeapKeeper &) = delete;
    HeapKeeper &operator=(const HeapKeeper &) = delete;
};

Result<gen::County> loadCounty(const QSqlDatabase &db)
{
    gen::County county;
    Query q(db, "SELECT o.code, o.name, o.tier, o.parent_code, o.path,"
                " (SELECT u.login FROM users u WHERE u.org_code = o.code AND u.active = 1"
                "  ORDER BY u.role = 'admin', u.login LIMIT 1),"
                " (SELECT u.name FROM users u WHERE u.org_code = o.code AND u.active = 1"
                "  ORDER BY u.role = 'admin', u.login LIMIT 1)"
                " FROM organisations o ORDER BY o.path");
    TJ_TRY(q.exec());
    while (q.next()) {
        gen::Org o;
        o.code = q.value(0).toString();
        o.name = q.value(1).toString();
        o.tier = tierFromCode(q.value(2).toString()).value_or(OrgTier::Village);
        o.parent = q.value(3).toString();
        o.path = q.value(4).toString();
        o.login = q.value(5).toString();
        o.userName = q.value(6).toString();
        county.orgs.insert(o.code, o);
    }
    Query admin(db, "SELECT u.login, u.org_code FROM users u WHERE u.role = 'admin'"
                    " AND u.active = 1 ORDER BY u.login LIMIT 1");
    TJ_TRY(admin.exec());
    if (admin.next()) {
        county.adminLogin = admin.value(0).toString();
        county.adminOrg = admin.value(1).toString();
    }
    Query judges(db, "SELECT org_code, MIN(login) FROM users WHERE role = 'judge' AND active = 1"
                     " GROUP BY org_code");
    TJ_TRY(judges.exec());
    while (judges.next())
        county.judges.insert(judges.value(0).toString(), judges.value(1).toString());
    Query counters(db, "SELECT org_code, year, last_seq FROM case_number_counters");
    TJ_TRY(counters.exec());
    while (counters.next())
        county.counters.insert({counters.value(0).toString(), counters.value(1).toInt()},
                               counters.value(2).toInt());
    county.prepare();
    return county;
}
// Writes the cases in batches; parties go before their case so the search trigger indexes the
// case once. Into an empty database the whole load is one transaction with the deriving
// triggers set aside and the derived tables built at its end (gen::DerivedTables); a crash or
// an error rolls all of it back, triggers included. Otherwise one transaction per batch, through
// the triggers, as a service write.
Result<qint64> loadCases(sqlite3 *handle, const GeneratorOptions &options,
                         const std::function<Result<void>(qint64)> &simulate,
                         const std::function<Result<void>()> &saveCounters,
                         const DemoGenerator::Progress &progress)
{
    gen::DerivedTables derived;
    bool setAside = false;
    const auto fail = [&](const Error &e) -> Result<qint64> {
        static_cast<void>(gen::execRaw(handle, "ROLLBACK"));
        return e;
    };
    if (options.setAsideTriggers) {
        TJ_TRY(gen::execRaw(handle, "BEGIN IMMEDIATE"));
        auto empty = gen::DerivedTables::empty(handle);
        if (!empty)
            return fail(empty.error());
        setAside = empty.value();
        auto ok = setAside ? derived.setAside(handle) : gen::execRaw(handle, "ROLLBACK");
        if (!ok)
            return fail(ok.error());
    }
    qint64 done = 0;
    while (done < options.cases) {
        const qint64 end = std::min<qint64>(options.cases, done + std::max(1, options.batch));
        if (!setAside)
            TJ_TRY(gen::execRaw(handle, "BEGIN IMMEDIATE"));
        auto ok = gen::execRaw(handle, "PRAGMA defer_foreign_keys = ON");
        for (qint64 i = done; ok && i < end; ++i)
            ok = simulate(i);
        if (ok)
            ok = saveCounters();
        if (ok && !setAside)
            ok = gen::execRaw(handle, "COMMIT");
        if (!ok)
            return fail(ok.error());
        done = end;
        if (progress)
            progress(done);
    }
    if (setAside) {
        auto ok = derived.rebuild(handle);
        if (ok)
            ok = gen::execRaw(handle, "COMMIT");
        if (!ok)
            return fail(ok.error());
    }
    return done;
}
} // namespace

Result<void> DemoGenerator::ensureCounty()
{
    Query q(m_db.connection(), "SELECT COUNT(*) FROM organisations");
    TJ_TRY(q.exec());
    if (q.next() && q.value(0).toInt() > 0)
        return {};
    auto county = DemoLoader(m_db).loadCounty();
    if (!county)
        return county.error();
    return {};
}

Result<GeneratorSummary> DemoGenerator::generate(const GeneratorOptions &options,
                                                 const Progress &progress)
{
    if (options.cases < 1 || options.cases > 20'000'000)
        return makeError(ErrorKind::Validation, tr("Generate between 1 and 20000000 cases."));
    if (options.years < 1 || options.years > 50 || !options.until.isValid())
        return makeError(ErrorKind::Validation, tr("Give between 1 and 50 years before a valid date."));
    if (options.until > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("The generated cases cannot end in the future."));
    QElapsedTimer timer;
    timer.start();
    TJ_TRY(ensureCounty());
    QSqlDatabase db = m_db.connection();
    auto county = loadCounty(db);
    if (!county)
        return county.error();
    if (county->registrars.isEmpty())
        return makeError(ErrorKind::Rule, tr("The organisation tree has no organisation that registers disputes."));
    if (m_db.isPostgres())
        return makeError(ErrorKind::Usage,
                         tr("The bulk generator writes an SQLite file directly; generate into a "
                            "file (--db) instead of a PostgreSQL server."));
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return makeError(ErrorKind::Storage, tr("The database connection is not open."));

    // The confirmation window is counted on the holiday calendar, as the service counts it.
    auto rules = DeadlineRules::load(m_db);
    if (!rules)
        return rules.error();

    const HeapKeeper heap;
    gen::Rng rng(options.seed);
    // Received dates first, sorted, so case numbers grow with the date as at a real desk.
    const QDate first = options.until.addYears(-options.years);
    const int span = int(first.daysTo(options.until));
    std::vector<int> days(size_t(options.cases));
    for (int &d : days)
        d = rng.below(span);
    std::sort(days.begin(), days.end());

    // A large page cache keeps the random-key indexes (UUIDs) of a big load in memory.
    TJ_TRY(gen::execRaw(handle, "PRAGMA cache_size = -1000000"));
    // The search index buffers many documents before it writes a segment (fewer merges).
    TJ_TRY(gen::execRaw(handle, "INSERT INTO case_fts (case_fts, rank) VALUES ('hashsize', 268435456)"));
    gen::CaseWriter writer(handle);
    gen::FulfilmentStatements after(handle);
    gen::Rng afterRng(options.seed ^ 0x9e3779b97f4a7c15ULL);
    gen::CaseSimulator sim(county.value(), writer, after, rng, afterRng, options.until,
                           options.cases, &rules.value());
    GeneratorSummary summary;
    auto done = loadCases(handle, options, [&](qint64 i) {
        return sim.simulate(first.addDays(days[size_t(i)]));
    }, [&] { return writer.saveCounters(county->counters); }, progress);
    if (!done)
        return done.error();
    // One segment instead of one per batch: a short term's trigrams are then one seek each, not
    // one per segment (searching a loaded county 2-4x faster; at 100,000 cases 26 segments).
    TJ_TRY(gen::execRaw(handle, "INSERT INTO case_fts (case_fts) VALUES ('optimize')"));
    static_cast<void>(gen::execRaw(handle, "INSERT INTO case_fts (case_fts, rank) VALUES ('hashsize', 1048576)"));
    static_cast<void>(gen::execRaw(handle, "PRAGMA cache_size = -2000"));
    summary.cases = done.value();
    summary.parties = sim.stats().parties;
    summary.events = sim.stats().events + sim.fulfilment().events;
    summary.sessions = sim.stats().sessions;
    summary.referrals = sim.stats().referrals;
    summary.agreements = sim.stats().agreements;
    summary.payments = sim.fulfilment().payments;
    summary.visits = sim.fulfilment().visits;
    summary.confirmations = sim.fulfilment().confirmations;
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace tj
