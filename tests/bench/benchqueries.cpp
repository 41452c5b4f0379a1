// Query benchmarks: each figure through the services, and beside it (suffix _BareSql) the same
// work as plain SQL through the SQLite C API, so the overhead shows as a ratio.
#include "benchsupport.h"

#include "cases/caselistquery.h"
#include "cases/caseservice.h"
#include "db/query.h"
#include "deadlines/deadlinelist.h"
#include "search/casesearch.h"
#include "stats/statistics.h"
#include "stats/statsjson.h"

#include <QElapsedTimer>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include <sqlite3.h>

using namespace tj;
using namespace tj::bench;

namespace {
constexpr int kPage = 50;

std::string s(const QString &text)
{
    return text.toStdString();
}

// The merged, keyset page of the township as one statement.
std::string townshipPageSql(bool keyset)
{
    QStringList arms;
    for (const QString &org : env().township)
        arms.append(QStringLiteral("SELECT received_on, id FROM cases WHERE handling_org = '%1'%2")
                        .arg(org, keyset ? QStringLiteral(" AND (received_on, id) < (?1, ?2)") : QString()));
    const QString ids = QStringLiteral("SELECT id FROM (%1 ORDER BY 1 DESC, 2 DESC LIMIT %2)")
                            .arg(arms.join(QStringLiteral(" UNION ALL "))).arg(kPage);
    return s(QStringLiteral("SELECT c.*, o.name, o.tier, (SELECT group_concat(p.name) FROM parties p"
                            " WHERE p.case_id = c.id) FROM (%1) k JOIN cases c ON c.id = k.id JOIN"
                            " organisations o ON o.code = c.handling_org ORDER BY c.received_on DESC,"
                            " c.id DESC").arg(ids));
}

CaseFilter township()
{
    CaseFilter f;
    f.org = QStringLiteral("QH-DS");
    f.limit = kPage;
    f.withTotal = false;
    return f;
}

std::pair<QDate, QString> page500Key()
{
    // The key of the last row of page 499 (set-up only: an OFFSET the list itself never uses).
    static std::pair<QDate, QString> key;
    if (key.first.isValid())
        return key;
    Query q(env().db->connection(),
            "SELECT received_on, id FROM cases WHERE handling_org IN (SELECT o.code FROM organisations o,"
            " organisations top WHERE top.code = 'QH-DS' AND substr(o.path, 1, length(top.path)) = top.path)"
            " ORDER BY received_on DESC, id DESC LIMIT 1 OFFSET :offset");
    q.bind("offset", kPage * 499 - 1);
    if (q.exec().ok() && q.next())
        key = {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()};
    return key;
}

const QStringList &sampleIds()
{
    static QStringList ids;
    if (!ids.isEmpty())
        return ids;
    Query q(env().db->connection(), "SELECT id FROM cases WHERE rowid % 997 = 1 LIMIT 1000");
    if (q.exec().ok())
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

void BM_ListFirstPage(benchmark::State &state)
{
    CaseService cases(*env().db);
    for (auto _ : state)
        benchmark::DoNotOptimize(cases.list(Actor::system(), township()));
}
void BM_ListFirstPage_BareSql(benchmark::State &state)
{
    const std::string sql = townshipPageSql(false);
    for (auto _ : state)
        benchmark::DoNotOptimize(bare(sql));
}
void BM_ListTotal(benchmark::State &state)
{
    CaseService cases(*env().db);
    CaseFilter f = township();
    f.withTotal = true;
    f.limit = 1;
    for (auto _ : state)
        benchmark::DoNotOptimize(cases.list(Actor::system(), f));
}
void BM_ListTotal_BareSql(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(bare("SELECT COALESCE(SUM(k.cases), 0) FROM case_counts k WHERE"
                                      " k.org_code IN (SELECT o.code FROM organisations o,"
                                      " organisations top WHERE top.code = 'QH-DS' AND"
                                      " substr(o.path, 1, length(top.path)) = top.path)"));
}
void BM_ListPage500(benchmark::State &state)
{
    CaseService cases(*env().db);
    CaseFilter f = township();
    std::tie(f.afterReceivedOn, f.afterId) = page500Key();
    for (auto _ : state)
        benchmark::DoNotOptimize(cases.list(Actor::system(), f));
}
void BM_ListPage500_BareSql(benchmark::State &state)
{
    const std::string sql = townshipPageSql(true);
    const auto key = page500Key();
    for (auto _ : state)
        benchmark::DoNotOptimize(bare(sql, {s(key.first.toString(Qt::ISODate)), s(key.second)}));
}

void BM_OpenCase(benchmark::State &state)
{
    CaseService cases(*env().db);
    int i = 0;
    for (auto _ : state) {
        const QString &id = sampleIds()[i++ % sampleIds().size()];
        benchmark::DoNotOptimize(cases.get(Actor::system(), id));
        benchmark::DoNotOptimize(cases.history(Actor::system(), id));
        benchmark::DoNotOptimize(cases.sessions(Actor::system(), id));
    }
}
void BM_OpenCase_BareSql(benchmark::State &state)
{
    int i = 0;
    for (auto _ : state) {
        const std::string id = s(sampleIds()[i++ % sampleIds().size()]);
        bare("SELECT c.*, o.name, o.tier FROM cases c JOIN organisations o ON o.code = c.handling_org"
             " WHERE c.id = ?1 OR c.number = ?1", {id});
        bare("SELECT * FROM parties WHERE case_id = ?1 ORDER BY seq", {id});
        bare("SELECT * FROM referrals WHERE case_id = ?1 AND state = 'pending'", {id});
        bare("SELECT * FROM case_events WHERE case_id = ?1 ORDER BY id", {id});
        bare("SELECT * FROM sessions WHERE case_id = ?1 ORDER BY held_on, created_at", {id});
    }
}

const char *const kTerms[] = {"王芳", "王芳华", "口角", "网格员", "分期履行", "柳树村调", "合伙"};

// Milliseconds per iteration, averaged, as a counter beside the row's time.
benchmark::Counter perIteration(double ms)
{
    return benchmark::Counter(ms, benchmark::Counter::kAvgIterations);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// What the list does for a search, in three steps timed apart: the first page (page_ms), the
// capped count the list shows with it (shown_ms = page + capped count, the time until the user
// sees rows and a number), and the exact count that replaces "more than N" (exact_ms).
void BM_Search(benchmark::State &state)
{
    CaseService cases(*env().db);
    CaseFilter f;
    f.search = QString::fromUtf8(kTerms[state.range(0)]);
    f.limit = kPage;
    f.withTotal = false;
    // What the list shows first (CaseListModel): the first page with the count up to the cap,
    // in one call.
    CaseFilter capped = f;
    capped.withTotal = true;
    capped.totalCap = CaseListQuery::kCountCap;
    CaseFilter exact = capped;
    exact.limit = 1;
    exact.totalCap = 0;
    // The first page with its exact total in one call, as `case list --search … --json` asks.
    CaseFilter together = f;
    together.withTotal = true;
    together.totalCap = 0;
    double page = 0, shown = 0, count = 0, both = 0;
    qint64 total = 0;
    bool wasCapped = false;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        benchmark::DoNotOptimize(cases.list(Actor::system(), f));
        page += msSince(t);
        t.restart();
        auto c = cases.list(Actor::system(), capped);
        shown += msSince(t);
        wasCapped = c && !c->totalExact;
        t.restart();
        auto e = cases.list(Actor::system(), exact);
        count += msSince(t);
        total = e ? e->total : -1;
        t.restart();
        auto pt = cases.list(Actor::system(), together);
        both += msSince(t);
        if (!pt || pt->total != total)
            state.SkipWithError("the page's total differs from the count");
    }
    state.SetLabel(kTerms[state.range(0)]);
    state.counters["matches"] = double(total);
    state.counters["shown_capped"] = wasCapped ? 1 : 0;
    state.counters["page_ms"] = perIteration(page);
    state.counters["shown_ms"] = perIteration(shown);
    state.counters["exact_ms"] = perIteration(count);
    state.counters["page_and_total_ms"] = perIteration(both);
}

// Rows of one text column of a statement with text parameters.
QStringList bareTexts(const char *sql, std::initializer_list<std::string> binds)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(env().bare, sql, -1, &stmt, nullptr);
    int i = 0;
    for (const std::string &b : binds)
        sqlite3_bind_text(stmt, ++i, b.c_str(), int(b.size()), SQLITE_TRANSIENT);
    QStringList out;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    return out;
}

// The MATCH expression as CaseSearch builds it, with the vocabulary expansion as plain SQL:
// the 'instance' vocabulary stepped trigram by trigram, the 'row' table past 32 trigrams.
std::string bareMatch(const QString &term)
{
    if (term.toUcs4().size() >= 3)
        return s(u'"' + term + u'"');
    sqlite3_exec(env().bare, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_fts_instances USING"
                             " fts5vocab(main, case_fts, instance)", nullptr, nullptr, nullptr);
    const std::string t = s(term);
    const std::string high = s(term + QString::fromUcs4(U"\U0010FFFF\U0010FFFF", 2));
    QStringList terms = bareTexts(
        "WITH RECURSIVE t(term) AS (SELECT (SELECT i.term FROM temp.case_fts_instances i WHERE"
        " i.term >= ?1 AND i.term <= ?2 LIMIT 1) UNION ALL SELECT (SELECT i.term FROM"
        " temp.case_fts_instances i WHERE i.term >= t.term || char(1) AND i.term <= ?2 LIMIT 1)"
        " FROM t WHERE t.term IS NOT NULL LIMIT 33) SELECT term FROM t WHERE term IS NOT NULL",
        {t, high});
    if (terms.size() > 32)
        terms = bareTexts("SELECT term FROM case_fts_terms WHERE term >= ?1 AND term <= ?2", {t, high});
    for (QString &x : terms)
        x = u'"' + x + u'"';
    return s(terms.join(QStringLiteral(" OR ")));
}

qint64 bareCount(const std::string &match, qint64 cap)
{
    sqlite3_stmt *count = nullptr;
    const std::string sql = cap > 0 ? "SELECT COUNT(*) FROM (SELECT 1 FROM case_fts WHERE case_fts MATCH ?1 LIMIT "
                                          + std::to_string(cap + 1) + ")"
                                    : "SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH ?1";
    sqlite3_prepare_v2(env().bare, sql.c_str(), -1, &count, nullptr);
    sqlite3_bind_text(count, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    const qint64 n = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : 0;
    sqlite3_finalize(count);
    return n;
}

// The matching documents' numbers, stopping after cap + 1 (CaseListQuery::sortedOrProbedPage).
std::vector<qint64> bareDocs(const std::string &match, qint64 cap)
{
    sqlite3_stmt *rows = nullptr;
    const std::string sql = "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 LIMIT " + std::to_string(cap + 1);
    sqlite3_prepare_v2(env().bare, sql.c_str(), -1, &rows, nullptr);
    sqlite3_bind_text(rows, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    std::vector<qint64> docs;
    while (sqlite3_step(rows) == SQLITE_ROW)
        docs.push_back(sqlite3_column_int64(rows, 0));
    sqlite3_finalize(rows);
    return docs;
}

void BM_Search_BareSql(benchmark::State &state)
{
    const QString term = QString::fromUtf8(kTerms[state.range(0)]);
    const std::string like = s(u'%' + term + u'%');
    // As CaseListQuery::probeThreshold and memberWalkUpTo: walking pays above ~sqrt(30 N)
    // matches, looking cases up among the matches up to five times that.
    const qint64 probeAbove = std::max<qint64>(CaseListQuery::kProbeAbove, qint64(std::sqrt(30.0 * double(env().cases))));
    const qint64 upTo = CaseListQuery::kMemberWalkFactor * probeAbove;
    double page = 0, shown = 0, count = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const std::string match = bareMatch(term);
        const std::vector<qint64> docs = bareDocs(match, upTo);
        std::string json = "[";
        for (const qint64 doc : docs) {
            if (json.size() > 1)
                json += ',';
            json += std::to_string(doc);
        }
        json += "]";
        if (qint64(docs.size()) > upTo)
            bare("SELECT c.*, (SELECT group_concat(p.name) FROM parties p WHERE p.case_id = c.id) FROM"
                 " cases c WHERE (c.facts LIKE ?1 OR c.title LIKE ?1 OR c.number LIKE ?1 OR EXISTS"
                 " (SELECT 1 FROM parties p WHERE p.case_id = c.id AND (p.name LIKE ?1 OR"
                 " p.id_number LIKE ?1 OR p.credit_code LIKE ?1))) ORDER BY c.received_on DESC,"
                 " c.id DESC LIMIT 50", {like});
        else if (qint64(docs.size()) > probeAbove)
            bare("SELECT c.*, (SELECT group_concat(p.name) FROM parties p WHERE p.case_id = c.id) FROM"
                 " cases c WHERE (SELECT d.doc FROM case_fts_docs d WHERE d.case_id = c.id) IN"
                 " (SELECT value FROM json_each(?1)) ORDER BY c.received_on DESC, c.id DESC LIMIT 50", {json});
        else
            bare("SELECT c.*, (SELECT group_concat(p.name) FROM parties p WHERE p.case_id = c.id) FROM"
                 " json_each(?1) m CROSS JOIN case_fts_docs d ON d.doc = m.value CROSS JOIN cases c"
                 " ON c.id = d.case_id ORDER BY c.received_on DESC, c.id DESC LIMIT 50", {json});
        page += msSince(t);
        benchmark::DoNotOptimize(bareCount(bareMatch(term), CaseListQuery::kCountCap));
        shown += msSince(t);
        t.restart();
        benchmark::DoNotOptimize(bareCount(bareMatch(term), 0));
        count += msSince(t);
    }
    state.SetLabel(kTerms[state.range(0)]);
    state.counters["page_ms"] = perIteration(page);
    state.counters["shown_ms"] = perIteration(shown);
    state.counters["exact_ms"] = perIteration(count);
}

// Sum per organisation first, then join the few groups to the organisations for the tier.
const char kDashboard[] =
    "SELECT k.category, k.status, o.tier, SUM(k.n), SUM(k.a) FROM (SELECT org_code, category,"
    " status, SUM(cases) AS n, SUM(amount_fen) AS a FROM case_counts WHERE month BETWEEN :from AND"
    " :to GROUP BY org_code, status, category) k JOIN organisations o ON o.code = k.org_code"
    " GROUP BY 1, 2, 3";

void BM_Dashboard(benchmark::State &state)
{
    const QString from = state.range(0) == 1 ? QStringLiteral("2025-07") : QStringLiteral("2016-07");
    for (auto _ : state) {
        Query q(env().db->connection(), kDashboard);
        q.bind("from", from).bind("to", QStringLiteral("2026-06"));
        if (!q.exec().ok())
            state.SkipWithError("dashboard query failed");
        int rows = 0;
        while (q.next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
    state.SetLabel(state.range(0) == 1 ? "one year" : "ten years");
}
void BM_Dashboard_BareSql(benchmark::State &state)
{
    const std::string from = state.range(0) == 1 ? "2025-07" : "2016-07";
    for (auto _ : state)
        bare("SELECT k.category, k.status, o.tier, SUM(k.n), SUM(k.a) FROM (SELECT org_code, category,"
             " status, SUM(cases) AS n, SUM(amount_fen) AS a FROM case_counts WHERE month BETWEEN ?1 AND"
             " '2026-06' GROUP BY org_code, status, category) k JOIN organisations o ON o.code ="
             " k.org_code GROUP BY 1, 2, 3", {from});
    state.SetLabel(state.range(0) == 1 ? "one year" : "ten years");
}
void BM_Dashboard_FromCasesBareSql(benchmark::State &state)
{
    const std::string from = state.range(0) == 1 ? "2025-07-01" : "2016-07-01";
    for (auto _ : state)
        bare("SELECT c.category, c.status, o.tier, COUNT(*), SUM(c.amount_fen) FROM cases c JOIN"
             " organisations o ON o.code = c.handling_org WHERE c.received_on BETWEEN ?1 AND"
             " '2026-06-30' GROUP BY 1, 2, 3", {from});
    state.SetLabel("without the summary table");
}

// The real Statistics service for the county (every figure of docs/metrics.md), one year and
// ten years of whole months ending 2026-06-30, reference day 2026-06-30.
// Arg 11: ten years with partial months at both ends and a reference day inside a month.
StatsQuery countyQuery(int years)
{
    if (years == 11)
        return StatsQuery{QString(), QDate(2016, 7, 15), QDate(2026, 6, 20), QDate(2026, 6, 20)};
    return StatsQuery{QString(), years == 1 ? QDate(2025, 7, 1) : QDate(2016, 7, 1),
                      QDate(2026, 6, 30), QDate(2026, 6, 30)};
}

const char *statsLabel(int64_t arg)
{
    return arg == 1 ? "one year" : arg == 10 ? "ten years" : "ten years, partial months, as of mid-month";
}

void BM_Statistics(benchmark::State &state)
{
    const Statistics stats(*env().db);
    const StatsQuery q = countyQuery(int(state.range(0)));
    for (auto _ : state) {
        auto f = stats.compute(q);
        if (!f)
            state.SkipWithError("statistics failed");
        benchmark::DoNotOptimize(f);
    }
    state.SetLabel(statsLabel(state.range(0)));
}
void BM_Statistics_Direct(benchmark::State &state)
{
    const Statistics stats(*env().db);
    const StatsQuery q = countyQuery(int(state.range(0)));
    Result<Figures> direct = makeError(ErrorKind::Usage, QString());
    for (auto _ : state) {
        direct = stats.computeDirect(q);
        if (!direct)
            state.SkipWithError("statistics failed");
    }
    // The fast path must give the same figures on this database too (every field of the JSON).
    auto fast = stats.compute(q);
    state.counters["equal_to_compute"] =
        direct && fast && StatsJson::toJson(direct.value()) == StatsJson::toJson(fast.value()) ? 1 : 0;
    state.SetLabel(state.range(0) == 1 ? "one year, direct aggregation (before)"
                                       : "ten years, direct aggregation (before)");
}
// The statements compute() runs for the county and a period of whole months, as plain SQL.
void BM_Statistics_BareSql(benchmark::State &state)
{
    static std::string area, roots;
    if (area.empty()) {
        QStringList a, r;
        Query q(env().db->connection(), "SELECT code, parent_code IS NULL FROM organisations ORDER BY path");
        if (q.exec().ok())
            while (q.next()) {
                a << QStringLiteral("'%1'").arg(q.value(0).toString());
                if (q.value(1).toBool())
                    r << QStringLiteral("'%1'").arg(q.value(0).toString());
            }
        area = s(a.join(u','));
        roots = s(r.join(u','));
    }
    const bool one = state.range(0) == 1;
    // One arm per range of whole years or months (as Statistics builds it).
    const std::vector<std::string> ranges =
        one ? std::vector<std::string>{"grain = 'm' AND period BETWEEN '2025-07' AND '2026-06'"}
            : std::vector<std::string>{"grain = 'y' AND period BETWEEN '2017' AND '2025'",
                                       "grain = 'm' AND period BETWEEN '2016-07' AND '2016-12'",
                                       "grain = 'm' AND period BETWEEN '2026-01' AND '2026-06'"};
    const auto arms = [&](const std::string &select) {
        std::string out;
        for (const std::string &r : ranges)
            out += (out.empty() ? "" : " UNION ALL ") + select + r;
        return out;
    };
    const std::string from = one ? "2025-07-01" : "2016-07-01";
    const std::string monthFrom = one ? "2025-07" : "2016-07";
    for (auto _ : state) {
        qint64 rows = 0;
        rows += bare("SELECT code, parent_code, tier, path, name, population FROM organisations"
                     " ORDER BY path");
        rows += bare("SELECT org_code, fact, SUM(cases), SUM(amount_fen), SUM(cycle_days),"
                     " SUM(agreements), SUM(agreement_fen), SUM(instalments), SUM(inst_agreements)"
                     " FROM (" + arms("SELECT org_code, fact, cases, amount_fen, cycle_days,"
                                      " agreements, agreement_fen, instalments, inst_agreements"
                                      " FROM stats_counts WHERE org_code IN (" + area
                                      + ") AND dim = '' AND ")
                     + ") GROUP BY org_code, fact");
        rows += bare("SELECT dim, value, fact, SUM(cases), SUM(amount_fen) FROM ("
                     + arms("SELECT dim, value, fact, cases, amount_fen FROM stats_counts WHERE"
                            " org_code IN (" + roots + ") AND dim IN ('c', 's') AND ")
                     + ") GROUP BY dim, value, fact");
        rows += bare("SELECT period, fact, SUM(cases), SUM(amount_fen) FROM stats_counts WHERE"
                     " org_code IN (" + roots + ") AND grain = 'm' AND dim = '' AND period BETWEEN ?1"
                     " AND '2026-06' GROUP BY period, fact", {monthFrom});
        rows += bare("SELECT days, SUM(cases) FROM (" + arms("SELECT days, cases FROM stats_cycle"
                     " WHERE org_code IN (" + roots + ") AND fact IN ('settled', 'failed',"
                     " 'withdrawn', 'filed') AND ") + ") GROUP BY days");
        rows += bare("SELECT c.handling_org, c.category, c.source, COUNT(*) FROM cases c WHERE"
                     " c.status IN ('registered', 'in_mediation', 'referred', 'delegated') AND"
                     " COALESCE(c.accepted_on, c.received_on) < '2026-05-31' GROUP BY 1, 2, 3");
        rows += bare("SELECT p.kind, COUNT(*), SUM(p.persons) FROM case_preventions p CROSS JOIN"
                     " cases c WHERE c.id = p.case_id AND c.handling_org IN (" + area + ") AND"
                     " p.recorded_on BETWEEN ?1 AND '2026-06-30' GROUP BY p.kind", {from});
        rows += bare("SELECT SUM(instalments), SUM(last_agreements) FROM (" + arms("SELECT"
                     " instalments, last_agreements FROM stats_due WHERE org_code IN (" + roots
                     + ") AND due_month > '2026-06' AND ") + ")");
        rows += bare("SELECT COUNT(*), COUNT(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM"
                     " obligations o2 JOIN instalments i2 ON i2.obligation_id = o2.id WHERE"
                     " o2.case_id = o.case_id AND i2.due_on > '2026-06-30') THEN o.case_id END)"
                     " FROM instalments i CROSS JOIN obligations o CROSS JOIN cases c WHERE o.id ="
                     " i.obligation_id AND c.id = o.case_id AND i.due_on > '2026-06-30' AND"
                     " i.due_on <= '2026-06-30' AND c.status = 'settled' AND c.closed_org IN ("
                     + area + ") AND c.closed_on BETWEEN ?1 AND '2026-06-30'", {from});
        rows += bare("SELECT SUM(instalments), SUM(agreements) FROM (" + arms("SELECT instalments,"
                     " agreements FROM stats_done WHERE org_code IN (" + roots + ") AND done_month"
                     " < '2026-06' AND ") + ")");
        rows += bare("SELECT SUM(instalments), SUM(agreements) FROM stats_done_case WHERE done_on"
                     " BETWEEN '2026-06-01' AND '2026-06-30' AND org IN (" + area + ") AND"
                     " (closed_on || '') BETWEEN ?1 AND '2026-06-30'", {from});
        rows += bare("SELECT f.received_on, f.answered_on, f.rating FROM feedback f CROSS JOIN"
                     " cases c WHERE c.id = f.case_id AND c.handling_org IN (" + area + ") AND"
                     " f.received_on BETWEEN ?1 AND '2026-06-30'", {from});
        benchmark::DoNotOptimize(rows);
    }
    state.SetLabel(one ? "one year" : "ten years");
}

QString sampleIdNumber()
{
    static QString id;
    if (id.isEmpty()) {
        Query q(env().db->connection(), "SELECT id_number FROM parties WHERE id_number IS NOT NULL"
                                        " AND rowid % 1009 = 7 LIMIT 1");
        if (q.exec().ok() && q.next())
            id = q.value(0).toString();
    }
    return id;
}

void BM_PartyLookupById(benchmark::State &state)
{
    CaseService cases(*env().db);
    CaseFilter f;
    f.search = sampleIdNumber();
    f.limit = kPage;
    for (auto _ : state)
        benchmark::DoNotOptimize(cases.list(Actor::system(), f));
}
void BM_PartyLookupById_BareSql(benchmark::State &state)
{
    const std::string id = s(sampleIdNumber());
    for (auto _ : state)
        bare("SELECT c.*, p.name FROM parties p JOIN cases c ON c.id = p.case_id WHERE p.id_number = ?1",
             {id});
}
// The deadlines page on the generator's last day: arg 0 the county, 1 the township QH-DS.
const QDate kDeadlineDay(2026, 6, 30);

void BM_Deadlines(benchmark::State &state)
{
    const QString org = state.range(0) ? QStringLiteral("QH-DS") : QString();
    qsizetype items = 0;
    for (auto _ : state) {
        auto list = DeadlineList(*env().db).open(Actor::system(), org, kDeadlineDay);
        items = list ? list->size() : -1;
    }
    state.counters["items"] = double(items);
}
/// The reads of the list as plain SQL: open cases, pending referrals and feedback, the
/// obligations not paid off with their schedules and payments, recent written agreements.
void BM_Deadlines_BareSql(benchmark::State &state)
{
    const std::string day = s(kDeadlineDay.toString(Qt::ISODate));
    const std::string from = s(kDeadlineDay.addDays(-31).toString(Qt::ISODate));
    for (auto _ : state) {
        bare("SELECT c.id, c.number, c.handling_org, o.tier, c.received_on, c.accepted_on,"
             " (SELECT MAX(r.answered_on) FROM referrals r WHERE r.case_id = c.id AND r.state ="
             " 'accepted' AND r.to_org = c.handling_org) FROM cases c JOIN organisations o ON"
             " o.code = c.handling_org WHERE c.status IN ('registered', 'in_mediation')");
        bare("SELECT r.case_id, c.number, r.to_org, r.sent_on FROM referrals r JOIN cases c ON"
             " c.id = r.case_id WHERE r.state = 'pending'");
        bare("SELECT f.case_id, f.received_on FROM feedback f WHERE f.answered_on IS NULL");
        bare("SELECT o.id, c.number, i.due_on, i.amount_fen, (SELECT SUM(p.amount_fen) FROM"
             " payments p WHERE p.obligation_id = o.id AND p.paid_on <= ?1) FROM obligations o"
             " CROSS JOIN instalments i CROSS JOIN cases c WHERE i.obligation_id = o.id AND"
             " c.id = o.case_id AND (o.paid_off_on IS NULL OR o.paid_off_on > ?1)", {day});
        bare("SELECT a.case_id, a.effective_on FROM agreements a CROSS JOIN cases c WHERE"
             " c.id = a.case_id AND a.kind = 'written' AND a.effective_on >= ?1 AND c.status = 'settled' AND NOT"
             " EXISTS (SELECT 1 FROM confirmations k WHERE k.case_id = a.case_id)", {from});
    }
}
} // namespace

BENCHMARK(BM_Deadlines)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Deadlines_BareSql)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListFirstPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListFirstPage_BareSql)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPage500)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPage500_BareSql)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListTotal)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListTotal_BareSql)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenCase)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenCase_BareSql)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Search)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Search_BareSql)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dashboard)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dashboard_BareSql)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dashboard_FromCasesBareSql)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Statistics)->Arg(1)->Arg(10)->Arg(11)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Statistics_BareSql)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Statistics_Direct)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PartyLookupById)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PartyLookupById_BareSql)->Unit(benchmark::kMillisecond);

namespace {
CaseIntake benchIntake(int i)
{
    CaseIntake in;
    in.org = QStringLiteral("QH-DS-LS");
    in.receivedOn = QDate(2026, 6, 30);
    in.category = QStringLiteral("邻里");
    in.title = QStringLiteral("基准测试相邻通行纠纷%1").arg(i);
    in.facts = QString(20, u'事') + QStringLiteral("双方因院墙外通道通行问题发生争执，多次口角。");
    in.amountFen = 500000;
    Party a;
    a.name = QStringLiteral("测试甲");
    Party r;
    r.role = PartyRole::Respondent;
    r.name = QStringLiteral("测试乙");
    in.parties = {a, r};
    return in;
}

void reportPercentiles(benchmark::State &state, std::vector<double> &ms)
{
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[ms.size() * 99 / 100];
}

void BM_IntakeSave(benchmark::State &state)
{
    CaseService cases(*env().db);
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        if (!cases.intake(Actor::system(), benchIntake(++i)).ok())
            state.SkipWithError("intake failed");
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    reportPercentiles(state, ms);
}

void BM_IntakeSave_BareSql(benchmark::State &state)
{
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const std::string id = s(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const std::string n = std::to_string(++i);
        bare("BEGIN IMMEDIATE");
        bare("INSERT INTO case_number_counters (org_code, year, last_seq) VALUES ('QH-DS-LS', 2026, 1)"
             " ON CONFLICT (org_code, year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq");
        bare("INSERT INTO cases (id, number, registering_org, number_year, number_seq, handling_org,"
             " status, source, category, title, facts, claims, amount_fen, received_on, created_at,"
             " updated_at) VALUES (?1, 'bare-' || ?1, 'QH-DS-LS', 2026, -abs(random() % 1000000000),"
             " 'QH-DS-LS', 'registered', 'application', '邻里', '基准' || ?2, '事实', '', 500000,"
             " '2026-06-30', 'x', 'x')", {id, n});
        bare("INSERT INTO parties (id, case_id, seq, role, kind, name) VALUES (?1 || 'a', ?1, 1,"
             " 'applicant', 'person', '测试甲')", {id});
        bare("INSERT INTO parties (id, case_id, seq, role, kind, name) VALUES (?1 || 'b', ?1, 2,"
             " 'respondent', 'person', '测试乙')", {id});
        bare("INSERT INTO case_events (case_id, at, on_date, action) VALUES (?1, 'x', '2026-06-30',"
             " 'intake')", {id});
        bare("COMMIT");
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    reportPercentiles(state, ms);
}
} // namespace

BENCHMARK(BM_IntakeSave)->Iterations(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IntakeSave_BareSql)->Iterations(200)->Unit(benchmark::kMillisecond);
