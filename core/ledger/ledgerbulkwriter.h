#pragma once

#include "cases/case.h"
#include "cases/workflow.h"
#include "common/result.h"
#include "demo/derivedtables.h"
#include "orgs/organisation.h"
#include "security/audit.h"
#include "users/user.h"

#include <QHash>
#include <QPair>

#include <functional>
#include <memory>

struct sqlite3;

namespace tj {

class Database;
struct LedgerImportRow;

/// The ledger import's write path on SQLite. Each row becomes exactly the rows the services
/// write when the import replays it through CaseService (intake → accept or not accepted →
/// session → close): the case with its number from the organisation's yearly counter, its
/// parties, the case_events history with actor, before and after, the session, the agreement
/// with obligations and signatures, one audit entry per step, the ledger_imports row — checked
/// by the same rules in the same order (CaseService's validators, Access, Workflow), so a row
/// is refused with the service's words.
///
/// What differs is only how it is written: statements are prepared once per import instead of
/// once per call, nothing is read back, the case number counters and the audit chain's head are
/// kept in memory, and the case row is written once in its final state, before its parties and
/// history (foreign keys deferred to the commit all the same). The triggers that derive rows (the search
/// index and the summaries: case_fts, case_counts, stats_*) are set aside for the import, in its
/// transaction, and finish() adds the imported cases to those tables set-based — grouped, as the
/// migrations' backfills do — before creating the triggers again; an error rolls all of it back,
/// triggers included. The related-case warnings of intake are not looked up: the import ignores
/// them.
///
/// Runs inside the caller's write transaction; the caller rolls back on any error.
class LedgerBulkWriter
{
public:
    LedgerBulkWriter(Database &db, const Actor &actor, const QString &sourceName);
    ~LedgerBulkWriter();
    LedgerBulkWriter(const LedgerBulkWriter &) = delete;
    LedgerBulkWriter &operator=(const LedgerBulkWriter &) = delete;

    /// Sets the connection up for a large write (page cache; statement journals in memory when
    /// no transaction is open yet, so that the import's own is the outermost); called before the
    /// import's transaction begins, undone by the destructor.
    void tune();
    /// True when tune() moved the statement journals into memory.
    bool journalsInMemory() const { return m_journalsInMemory; }
    /// Prepares the statements and reads the audit chain's head; refuses PostgreSQL.
    Result<void> begin();
    /// Writes one row's case; an error is the service's for the same row.
    Result<void> write(const LedgerImportRow &row);
    /// Stores the case number counters, adds the imported cases to the search index and the
    /// summaries, and puts the deriving triggers back.
    Result<void> finish();

    struct Statements;
    struct Planned;

private:
    Result<void> intake(const LedgerImportRow &row, Planned &p);
    Result<void> replay(const LedgerImportRow &row, Planned &p);
    Result<void> change(Planned &p, CaseAction action, std::optional<Outcome> outcome,
                        const QDate &on, const std::function<Result<void>(Case &, CaseEvent &)> &apply);
    Result<void> close(const LedgerImportRow &row, Planned &p);
    Result<void> store(const Planned &p);
    Result<void> storeAgreement(const Planned &p);
    Result<int> nextNumber(const QString &org, int year);
    Result<QStringList> orgUsers(const QString &org);
    qint64 pragmaValue(const char *sql) const;

    Database &m_db;
    Actor m_actor;
    QString m_source;
    sqlite3 *m_sqlite = nullptr;
    qint64 m_cacheSize = 0; ///< the connection's page cache setting before tune()
    qint64 m_tempStore = 0; ///< and its temp_store setting
    bool m_tuned = false;
    bool m_journalsInMemory = false;
    std::unique_ptr<Statements> m_stmt;
    AuditLog::Head m_head;
    QString m_closer;
    QHash<QString, Organisation> m_orgs;       ///< registrable organisations seen so far
    QHash<QString, QStringList> m_users;       ///< organisation -> active users' names
    QHash<QPair<QString, int>, int> m_counters; ///< (organisation, year) -> last number
    gen::DerivedTables m_derived;               ///< the deriving triggers, set aside
    QStringList m_batch;                        ///< the imported cases, in the order written
};

} // namespace tj
