// Ledger import rate. A ledger of fresh disputes (generated text, a unique title per row, so no
// row is a duplicate) is imported into the benchmark database and undone after each iteration:
// the shared database neither grows nor keeps anything, and every iteration imports the same
// rows into the same state. The second argument says how it is undone. 0: the import's own
// transaction is the outermost one (BEGIN IMMEDIATE, as in the workstation and the CLI) and a
// commit hook turns its COMMIT into a rollback (Transaction then logs that its own ROLLBACK found
// no transaction: SQLite had rolled back already). 1: the import runs inside an outer transaction
// that is rolled back, so its own becomes a savepoint (as for a caller that imports inside its
// transaction). Neither ends in an fsync (a real import has one, at its commit).
// BM_LedgerImport: LedgerImport::import as the CLI and the GUI call it (bulk path on SQLite);
// BM_LedgerImport_Service: the same through CaseService per row (the path before the bulk
// writer, still the PostgreSQL path); BM_LedgerImport_BareSql: the rows the import writes,
// prepared beforehand, inserted through the SQLite C API on the second connection. Its second
// argument drops triggers inside the rolled-back transaction to show what they cost:
// 0 all triggers, 1 without the search index's, 2 without the summaries', 3 without both;
// 4 the bulk writer's work as bare SQL: the triggers it sets aside dropped, then the derived
// tables added set-based for the batch (gen::DerivedTables::addCases, its statements run through the C API), with the
// import's page cache (256 MB) and search index buffer — the twin of BM_LedgerImport.
#include "benchsupport.h"

#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/query.h"
#include "demo/bulkwriter.h"
#include "demo/derivedtables.h"
#include "demo/generatortext.h"
#include "ledger/ledgercolumns.h"
#include "ledger/ledgerimport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>

#include <benchmark/benchmark.h>

#include <ctime>
#include <string>
#include <vector>

#include <sqlite3.h>

using namespace tj;
using namespace tj::bench;

namespace {
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

const QList<LedgerField> kFields = {
    LedgerField::Org,      LedgerField::ReceivedOn, LedgerField::AcceptedOn,  LedgerField::ClosedOn,
    LedgerField::Source,   LedgerField::Category,   LedgerField::Title,       LedgerField::Applicants,
    LedgerField::Respondents, LedgerField::Facts,   LedgerField::Claims,      LedgerField::Mediators,
    LedgerField::Outcome,  LedgerField::OutcomeReason, LedgerField::Amount,   LedgerField::AgreementAmount};

// One ledger row: a township or village of QH-DS, 2025, half settled, the rest failed,
// withdrawn, not accepted, in mediation or only registered.
QStringList ledgerRow(gen::Rng &rng, gen::TextMaker &text, int i)
{
    const QString org = rng.pick(env().township);
    const QString category = rng.pick(CategoryCatalog::instance().categories()).name;
    const QDate received = QDate(2025, 1, 1).addDays(rng.below(330));
    const QDate accepted = received.addDays(rng.below(4));
    const QDate closed = accepted.addDays(1 + rng.below(30));
    const gen::Person a = text.person(QStringLiteral("柳树村"));
    const bool company = rng.chance(20);
    const gen::Company co = company ? text.company() : gen::Company{};
    const gen::Person r = company ? gen::Person{} : text.person(QStringLiteral("柳树村"));
    const QString respondentName = company ? co.name : r.name;
    const QString respondentId = company ? co.creditCode : r.idNumber;
    const qint64 amount = 1000 * (1 + rng.below(5000));
    const int roll = rng.below(100);
    const CaseStatus status = roll < 50 ? CaseStatus::Settled : roll < 60 ? CaseStatus::Failed
                              : roll < 70 ? CaseStatus::Withdrawn : roll < 78 ? CaseStatus::NotAccepted
                              : roll < 95 ? CaseStatus::InMediation : CaseStatus::Registered;
    const bool open = status == CaseStatus::InMediation || status == CaseStatus::Registered;
    const QString reason = status == CaseStatus::Settled ? text.agreementContent(respondentName, a.name, amount)
                           : status == CaseStatus::Failed ? text.failureReason()
                           : status == CaseStatus::Withdrawn ? text.withdrawReason()
                           : status == CaseStatus::NotAccepted ? text.rejectReason() : QString();
    auto who = [](const QString &name, const QString &id) {
        return id.isEmpty() ? name : QStringLiteral("%1(%2)").arg(name, id);
    };
    return {org,
            isoDate(received),
            status == CaseStatus::Registered || status == CaseStatus::NotAccepted ? QString() : isoDate(accepted),
            open ? QString() : isoDate(closed),
            LedgerVocabulary::sourceTerm(CaseSource::Application),
            category,
            text.title(category, a.name, respondentName) + QStringLiteral("（台账%1）").arg(i),
            who(a.name, a.idNumber),
            who(respondentName, respondentId),
            text.facts(category, a.name, respondentName, QStringLiteral("柳树村"), received, amount),
            text.claims(amount),
            status == CaseStatus::Registered || status == CaseStatus::NotAccepted
                ? QString()
                : text.personName() + (rng.chance(50) ? QStringLiteral("、") + text.personName() : QString()),
            LedgerVocabulary::statusTerm(status),
            reason,
            money::formatYuan(amount),
            status == CaseStatus::Settled ? money::formatYuan(amount / 2) : QString()};
}

const LedgerTable &benchLedger(int rows)
{
    static QHash<int, LedgerTable> ledgers;
    if (const auto it = ledgers.constFind(rows); it != ledgers.constEnd())
        return it.value();
    gen::Rng rng(quint64(rows) * 7919);
    gen::TextMaker text(rng);
    LedgerTable t;
    for (LedgerField f : kFields)
        t.header.append(LedgerVocabulary::column(f).header);
    for (int i = 0; i < rows; ++i)
        t.rows.append(ledgerRow(rng, text, i));
    return ledgers.insert(rows, t).value();
}

// A commit hook that refuses every commit (SQLite then rolls the transaction back).
int refuseCommit(void *calls)
{
    ++*static_cast<int *>(calls);
    return 1;
}

void runImport(benchmark::State &state, LedgerImport::WritePath path)
{
    const LedgerTable &table = benchLedger(int(state.range(0)));
    const bool nested = state.range(1) != 0;
    const LedgerMapping mapping = LedgerMapping::detect(table.header);
    QSqlDatabase db = env().db->connection();
    sqlite3 *handle = sqliteHandle(db);
    LedgerImport importer(*env().db);
    importer.setWritePath(path);
    double wall = 0;
    double cpu = 0;
    qint64 cases = 0;
    for (auto _ : state) {
        // A deferred outer transaction: the import's write transaction starts inside it, after
        // the import has set the connection up (LedgerBulkWriter::tune), as it does alone.
        if (nested && !Query(db, "SAVEPOINT bench_import").exec().ok()) {
            state.SkipWithError("begin failed");
            break;
        }
        int commits = 0;
        if (!nested)
            sqlite3_commit_hook(handle, refuseCommit, &commits);
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        auto imported = importer.import(Actor::system(), table, mapping, QStringLiteral("bench.csv"));
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        cpu += cpuSeconds() - cpu0;
        state.SetIterationTime(seconds);
        wall += seconds;
        if (nested) {
            const bool rolledBack = Query(db, "ROLLBACK").exec().ok();
            if (!imported || !rolledBack) {
                state.SkipWithError(imported ? "rollback failed" : imported.error().message.toStdString().c_str());
                break;
            }
            cases += imported->rows.size() - imported->duplicates;
            continue;
        }
        sqlite3_commit_hook(handle, nullptr, nullptr);
        // Everything was written when the import reached its commit, which was refused once.
        if (commits != 1 || imported || sqlite3_get_autocommit(handle) == 0) {
            state.SkipWithError(imported ? "the commit was not refused" : imported.error().message.toStdString().c_str());
            break;
        }
        cases += table.rows.size();
    }
    state.counters["cases"] = double(cases) / double(std::max<qint64>(1, state.iterations()));
    state.counters["cases_per_s"] = wall > 0 ? double(cases) / wall : 0;
    state.counters["cases_per_cpu_s"] = cpu > 0 ? double(cases) / cpu : 0;
}

void BM_LedgerImport(benchmark::State &state)
{
    runImport(state, LedgerImport::WritePath::Auto);
}

void BM_LedgerImport_Service(benchmark::State &state)
{
    runImport(state, LedgerImport::WritePath::Service);
}
} // namespace

BENCHMARK(BM_LedgerImport)
    ->Args({2000, 0})->Args({2000, 1})->Args({20000, 0})->Args({20000, 1})
    ->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LedgerImport_Service)->Args({2000, 1})->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

namespace {
// The bare twin: every row the import writes, with its values computed before the clock runs.
struct BareValue
{
    enum Kind { Text, Int, Null } kind = Null;
    std::string text;
    qint64 number = 0;
};

struct BareOp
{
    int statement = 0;
    std::vector<BareValue> values;
};

enum BareStatement { kParty, kSession, kEvent, kAgreement, kObligation, kSignature, kCase, kImported, kAudit, kCounter };

const char *const kBareSql[] = {
    "INSERT INTO parties (id, case_id, seq, role, kind, name, id_number, credit_code, sex, birth_date)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    "INSERT INTO sessions (id, case_id, org_code, held_on, place, mediators, participants, record, created_by,"
    " created_at) VALUES (?1, ?2, ?3, ?4, '', ?5, '[]', ?6, NULL, ?7)",
    "INSERT INTO case_events (case_id, at, on_date, user_login, org_code, action, detail, before_status,"
    " after_status, before_org, after_org, data) VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "INSERT INTO agreements (case_id, kind, org_code, content, amount_fen, created_at) VALUES (?1, 'written',"
    " ?2, ?3, ?4, ?5)",
    "INSERT INTO obligations (id, case_id, seq, debtor, creditor, amount_fen) VALUES (?1, ?2, 1, ?3, ?4, ?5)",
    "INSERT INTO signatures (case_id, who, signed_on, role) VALUES (?1, ?2, ?3, ?4)",
    "INSERT INTO cases (id, number, registering_org, number_year, number_seq, handling_org, status, source,"
    " category, title, facts, claims, amount_fen, received_on, accepted_on, closed_on, closed_org,"
    " outcome_reason, created_at, updated_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?3, ?6, 'application', ?7,"
    " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17, ?18)",
    "INSERT INTO ledger_imports (fingerprint, case_id, source_file, source_row, imported_at) VALUES (?1, ?2,"
    " 'bench.csv', ?3, ?4)",
    "INSERT INTO audit_log (id, at, user_login, action, object_type, object_id, result, detail, prev_hash, hash)"
    " VALUES (?1, ?2, '', ?3, 'case', ?4, 'ok', ?5, ?6, ?7)",
    "INSERT INTO case_number_counters (org_code, year, last_seq) VALUES (?1, ?2, ?3) ON CONFLICT (org_code, year)"
    " DO UPDATE SET last_seq = excluded.last_seq",
};

BareValue t(const QString &s)
{
    return BareValue{BareValue::Text, s.toStdString(), 0};
}
BareValue tn(const QString &s)
{
    return s.isEmpty() ? BareValue{} : t(s);
}
BareValue n(qint64 v)
{
    return BareValue{BareValue::Int, {}, v};
}

qint64 bareScalar(const char *sql, const std::string &a = {}, qint64 b = 0)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(env().bare, sql, -1, &s, nullptr);
    if (!a.empty())
        sqlite3_bind_text(s, 1, a.c_str(), int(a.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, b);
    const qint64 v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_finalize(s);
    return v;
}

// What LedgerBulkWriter writes for one previewed row (ids, numbers, JSON, hashes made here).
void bareCase(const LedgerImportRow &row, QHash<QPair<QString, int>, int> &counters, qint64 &auditId,
              std::vector<BareOp> &ops)
{
    const CaseIntake &in = row.intake;
    const QString id = newId();
    const QString now = nowStamp();
    auto counter = counters.find({in.org, in.receivedOn.year()});
    if (counter == counters.end())
        counter = counters.insert({in.org, in.receivedOn.year()},
                                  int(bareScalar("SELECT last_seq FROM case_number_counters WHERE org_code = ?1"
                                                 " AND year = ?2", in.org.toStdString(), in.receivedOn.year())));
    const int seq = ++counter.value();
    const QString number = QStringLiteral("（%1）%2调字第%3号").arg(in.receivedOn.year()).arg(in.org).arg(seq);
    int partySeq = 0;
    for (const Party &p : in.parties)
        ops.push_back({kParty, {t(newId()), t(id), n(++partySeq), t(partyRoleCode(p.role)), t(partyKindCode(p.kind)),
                                t(p.name), tn(p.idNumber), tn(p.creditCode), BareValue{}, BareValue{}}});
    const bool accepted = row.status != CaseStatus::Registered && row.status != CaseStatus::NotAccepted
                          && row.status != CaseStatus::Filed;
    QList<std::pair<QString, QDate>> steps{{QStringLiteral("intake"), in.receivedOn}};
    if (row.status == CaseStatus::NotAccepted)
        steps.append({QStringLiteral("reject"), row.closedOn});
    if (accepted)
        steps.append({QStringLiteral("accept"), row.acceptedOn});
    if (accepted && !row.mediators.isEmpty()) {
        const QDate held = row.closedOn.isValid() ? row.closedOn : row.acceptedOn;
        steps.append({QStringLiteral("session"), held});
        ops.push_back({kSession, {t(newId()), t(id), t(in.org), t(isoDate(held)),
                                  t(QStringLiteral("[\"%1\"]").arg(row.mediators.join(QStringLiteral("\",\"")))),
                                  t(LedgerImport::tr("Mediation recorded in the ledger.")), t(now)}});
    }
    if (isClosed(row.status) && row.status != CaseStatus::NotAccepted)
        steps.append({QStringLiteral("close"), row.closedOn});
    for (const auto &[action, on] : steps)
        ops.push_back({kEvent, {t(id), t(now), t(isoDate(on)), t(in.org), t(action), t(row.reason), t(QStringLiteral("registered")),
                                t(statusCode(row.status)), t(in.org), t(in.org),
                                t(QStringLiteral("{\"number\":\"%1\",\"outcome\":\"%2\"}").arg(number, statusCode(row.status)))}});
    if (row.status == CaseStatus::Settled) {
        const AgreementInput a = LedgerImport::ledgerAgreement(row);
        ops.push_back({kAgreement, {t(id), t(in.org), t(a.content), n(row.agreementFen), t(now)}});
        for (const Obligation &o : a.obligations)
            ops.push_back({kObligation, {t(newId()), t(id), t(o.debtor), t(o.creditor), n(o.amountFen)}});
        ops.push_back({kSignature, {t(id), t(QStringLiteral("调解员")), t(isoDate(row.closedOn)), t(QStringLiteral("mediator"))}});
        ops.push_back({kSignature, {t(id), t(in.org), t(isoDate(row.closedOn)), t(QStringLiteral("seal"))}});
    }
    const bool closed = isClosed(row.status);
    ops.push_back({kCase, {t(id), t(number), t(in.org), n(in.receivedOn.year()), n(seq), t(statusCode(row.status)),
                           t(in.category), t(in.title), t(in.facts), t(in.claims), n(in.amountFen),
                           t(isoDate(in.receivedOn)), accepted ? t(isoDate(row.acceptedOn)) : BareValue{},
                           closed ? t(isoDate(row.closedOn)) : BareValue{}, closed ? t(in.org) : BareValue{},
                           tn(row.reason), t(now), n(steps.size())}});
    ops.push_back({kImported, {t(row.fingerprint), t(id), n(row.row), t(now)}});
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
    for (const auto &[action, on] : steps)
        ops.push_back({kAudit, {n(++auditId), t(now), t(QStringLiteral("case.") + action), t(id), t(number), t(hash), t(hash)}});
}

bool bareExec(sqlite3_stmt *s, const BareOp &op)
{
    int i = 0;
    for (const BareValue &v : op.values) {
        ++i;
        if (v.kind == BareValue::Text)
            sqlite3_bind_text(s, i, v.text.data(), int(v.text.size()), SQLITE_STATIC);
        else if (v.kind == BareValue::Int)
            sqlite3_bind_int64(s, i, v.number);
        else
            sqlite3_bind_null(s, i);
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE;
}

void BM_LedgerImport_BareSql(benchmark::State &state)
{
    const LedgerTable &table = benchLedger(int(state.range(0)));
    auto preview = LedgerImport(*env().db).preview(table, LedgerMapping::detect(table.header));
    if (!preview) {
        state.SkipWithError("preview failed");
        return;
    }
    std::vector<sqlite3_stmt *> statements;
    for (const char *sql : kBareSql) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v3(env().bare, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
        statements.push_back(s);
    }
    // Triggers to drop for this run (inside the transaction that is rolled back).
    std::vector<std::string> drop;
    const int variant = int(state.range(1));
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(env().bare, "SELECT name FROM sqlite_master WHERE type = 'trigger'", -1, &s, nullptr);
        while (sqlite3_step(s) == SQLITE_ROW) {
            const std::string name = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
            const bool fts = name.rfind("case_fts", 0) == 0;
            const bool summary = name.rfind("stats_", 0) == 0 || name.rfind("case_counts", 0) == 0;
            if ((fts && (variant & 1)) || (summary && (variant & 2)))
                drop.push_back("DROP TRIGGER " + name);
        }
        sqlite3_finalize(s);
    }
    double wall = 0;
    qint64 cases = 0;
    for (auto _ : state) {
        std::vector<BareOp> ops;
        QHash<QPair<QString, int>, int> counters;
        qint64 auditId = bareScalar("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
        qint64 rows = 0;
        if (variant == 4)
            sqlite3_exec(env().bare, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
        sqlite3_exec(env().bare, "BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON", nullptr, nullptr, nullptr);
        for (const std::string &sql : drop)
            sqlite3_exec(env().bare, sql.c_str(), nullptr, nullptr, nullptr);
        // Variant 4: the triggers the bulk writer sets aside (the delta views' own stay).
        gen::DerivedTables derived;
        if (variant == 4) {
            if (!derived.setAside(env().bare).ok())
                state.SkipWithError("setting the triggers aside failed");
            sqlite3_exec(env().bare, "INSERT INTO case_fts (case_fts, rank) VALUES ('hashsize', 134217728)",
                         nullptr, nullptr, nullptr);
        }
        for (const LedgerImportRow &row : preview->rows)
            if (!row.duplicate) {
                bareCase(row, counters, auditId, ops);
                ++rows;
            }
        for (auto it = counters.cbegin(); it != counters.cend(); ++it)
            ops.push_back({kCounter, {t(it.key().first), n(it.key().second), n(it.value())}});
        QElapsedTimer timer;
        timer.start();
        bool ok = true;
        for (const BareOp &op : ops)
            ok = bareExec(statements[size_t(op.statement)], op) && ok;
        if (variant == 4) {
            QStringList ids;
            for (const BareOp &op : ops)
                if (op.statement == kCase)
                    ids.append(QString::fromStdString(op.values.front().text));
            ok = derived.addCases(env().bare, ids).ok() && ok;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!ok)
            state.SkipWithError(sqlite3_errmsg(env().bare));
        sqlite3_exec(env().bare, "ROLLBACK", nullptr, nullptr, nullptr);
        if (variant == 4)
            sqlite3_exec(env().bare, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
        state.SetIterationTime(seconds);
        wall += seconds;
        cases += rows;
    }
    for (sqlite3_stmt *s : statements)
        sqlite3_finalize(s);
    state.counters["cases_per_s"] = wall > 0 ? double(cases) / wall : 0;
}
} // namespace

BENCHMARK(BM_LedgerImport_BareSql)
    ->Args({2000, 0})->Args({2000, 1})->Args({2000, 2})->Args({2000, 3})->Args({2000, 4})->Args({20000, 0})
    ->Args({20000, 4})
    ->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
