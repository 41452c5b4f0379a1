#include "ledgerbulkwriter.h"

#include "agreements/signing.h"
#include "cases/caseservice.h"
#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "db/query.h"
#include "demo/bulkwriter.h"
#include "ledgerimport.h"
#include "parties/identifiers.h"
#include "security/access.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace tj {

namespace {
// One statement prepared for the whole import. Values bind in order, with the Query wrapper's
// meaning: text() binds '' for an empty string, textOrNull() binds NULL for it.
class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Stmt &text(const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, ++m_index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &textOrNull(const QString &value) { return value.isEmpty() ? null() : text(value); }
    Stmt &date(const QDate &value) { return value.isValid() ? text(isoDate(value)) : null(); }
    Stmt &integerOrNull(const std::optional<qint64> &value) { return value ? integer(*value) : null(); }
    Stmt &integer(qint64 value)
    {
        sqlite3_bind_int64(m_stmt, ++m_index, value);
        return *this;
    }
    Stmt &null()
    {
        sqlite3_bind_null(m_stmt, ++m_index);
        return *this;
    }
    /// Runs the statement; the row it returns, if any, is read with column().
    Result<void> run()
    {
        m_index = 0;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_row = sqlite3_column_int64(m_stmt, 0);
            m_hasRow = true;
        } else {
            m_hasRow = false;
        }
        const bool failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (failed)
            return failure(m_db);
        return {};
    }
    bool hasRow() const { return m_hasRow; }
    qint64 column() const { return m_row; }

    static Error failure(sqlite3 *db) { return sqliteError(db, "ledger import write"); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
    bool m_hasRow = false;
    qint64 m_row = 0;
};

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

struct LedgerBulkWriter::Statements
{
    explicit Statements(sqlite3 *db)
        : counter(db, "SELECT last_seq FROM case_number_counters WHERE org_code = ?1 AND year = ?2")
        , storeCounter(db, "INSERT INTO case_number_counters (org_code, year, last_seq) VALUES (?1, ?2, ?3)"
                           " ON CONFLICT (org_code, year) DO UPDATE SET last_seq = excluded.last_seq")
        , party(db, "INSERT INTO parties (id, case_id, seq, role, kind, name, id_number, credit_code, sex,"
                    " birth_date, ethnicity, phone, address, legal_representative, agent, claim_amount_fen,"
                    " representative) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                    " ?15, ?16, ?17)")
        , session(db, "INSERT INTO sessions (id, case_id, org_code, held_on, place, mediators, participants,"
                      " record, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        , event(db, "INSERT INTO case_events (case_id, at, on_date, user_login, org_code, action, detail,"
                    " before_status, after_status, before_org, after_org, data) VALUES (?1, ?2, ?3, ?4,"
                    " ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
        , agreement(db, "INSERT INTO agreements (case_id, kind, org_code, facts, responsibilities, content,"
                        " manner, place, amount_fen, effective_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5,"
                        " ?6, ?7, ?8, ?9, ?10, ?11)")
        , obligation(db, "INSERT INTO obligations (id, case_id, seq, debtor, creditor, amount_fen)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , instalment(db, "INSERT INTO instalments (id, obligation_id, seq, due_on, amount_fen)"
                         " VALUES (?1, ?2, ?3, ?4, ?5)")
        , signature(db, "INSERT INTO signatures (case_id, who, signed_on, role) VALUES (?1, ?2, ?3, ?4)")
        , caseRow(db, "INSERT INTO cases (id, number, registering_org, number_year, number_seq, handling_org,"
                      " status, source, category, subcategory, title, facts, claims, amount_fen, risk,"
                      " received_on, accepted_on, closed_on, closed_org, outcome_reason, filed_number,"
                      " created_by, created_at, updated_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                      " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,"
                      " ?25)")
        , imported(db, "INSERT INTO ledger_imports (fingerprint, case_id, source_file, source_row,"
                       " imported_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        , audit(db, "INSERT INTO audit_log (id, at, user_login, action, object_type, object_id, result,"
                    " detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
    {}

    bool ok() const
    {
        for (const Stmt *s : {&counter, &storeCounter, &party, &session, &event, &agreement,
                              &obligation, &instalment, &signature, &caseRow, &imported, &audit})
            if (!s->ok())
                return false;
        return true;
    }

    Stmt counter, storeCounter, party, session, event, agreement, obligation, instalment,
        signature, caseRow, imported, audit;
};

/// One row's case as the services would leave it, with everything they write on the way.
struct LedgerBulkWriter::Planned
{
    Case c;
    int seq = 0;
    QString now;
    QString fingerprint;
    int sourceRow = 0;
    QList<CaseEvent> events;
    std::optional<Session> session;
    std::optional<AgreementInput> agreement;
    QDate effectiveOn;
    QList<AuditEntry> audit;
};

LedgerBulkWriter::LedgerBulkWriter(Database &db, const Actor &actor, const QString &sourceName)
    : m_db(db), m_actor(actor), m_source(sourceName)
{}

LedgerBulkWriter::~LedgerBulkWriter()
{
    if (!m_sqlite || !m_tuned)
        return;
    static_cast<void>(gen::execRaw(m_sqlite, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_cacheSize)).constData()));
    if (m_journalsInMemory)
        static_cast<void>(gen::execRaw(m_sqlite, QByteArray("PRAGMA temp_store = " + QByteArray::number(m_tempStore)).constData()));
}

qint64 LedgerBulkWriter::pragmaValue(const char *sql) const
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = 0;
    if (sqlite3_prepare_v2(m_sqlite, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

void LedgerBulkWriter::tune()
{
    m_sqlite = m_db.isPostgres() ? nullptr : sqliteHandle(m_db.connection());
    if (!m_sqlite)
        return;
    // For the import only (restored by the destructor; speed settings, so a refusal is harmless):
    // a page cache large enough for the random-key indexes (UUIDs) the rows go into.
    m_cacheSize = pragmaValue("PRAGMA cache_size");
    m_tuned = gen::execRaw(m_sqlite, "PRAGMA cache_size = -262144").ok();
    // Statement journals in memory — every insert that fires triggers keeps one, and above
    // 64 KB SQLite writes it to a temporary file — but only when the import's transaction will
    // be the outermost one (BEGIN IMMEDIATE). Then each statement's journal holds the pages of
    // that statement alone and is emptied when it ends. Inside a caller's transaction the import
    // is a savepoint, and the statement journal (SQLite's sub-journal) must keep every page the
    // import changes until the savepoint ends; SQLite 3.40 shortens an in-memory journal at the
    // end of each statement by walking its 1 KB chunks from the start, so the import would slow
    // down with every page it touched (30x at 2,000 rows, docs/scale.md "Ledger import"); a
    // journal in a file is not shortened, only written over. SQLite reads temp_store when the
    // write transaction begins, hence before it.
    if (m_tuned && sqlite3_get_autocommit(m_sqlite) != 0) {
        m_tempStore = pragmaValue("PRAGMA temp_store");
        m_journalsInMemory = gen::execRaw(m_sqlite, "PRAGMA temp_store = MEMORY").ok();
    }
}

Result<void> LedgerBulkWriter::begin()
{
    QSqlDatabase db = m_db.connection();
    m_sqlite = m_db.isPostgres() ? nullptr : sqliteHandle(db);
    if (!m_sqlite)
        return makeError(ErrorKind::Storage, QStringLiteral("the ledger bulk writer needs SQLite"));
    // The search index and the summaries are derived set-based in finish() (in this
    // transaction: a rollback brings the triggers back).
    TJ_TRY(m_derived.setAside(m_sqlite));
    m_stmt = std::make_unique<Statements>(m_sqlite);
    if (!m_stmt->ok())
        return Stmt::failure(m_sqlite);
    // Foreign keys checked at the commit (the case row is written before its other rows, so
    // none waits in practice; deferred all the same, as a bulk load's safety margin).
    TJ_TRY(gen::execRaw(m_sqlite, "PRAGMA defer_foreign_keys = ON"));
    // A search index buffer that takes many documents per segment (a setting of the index: set
    // back in finish(), or undone with the transaction).
    TJ_TRY(gen::execRaw(m_sqlite, "INSERT INTO case_fts (case_fts, rank) VALUES ('hashsize', 134217728)"));
    auto head = AuditLog(db).head();
    if (!head)
        return head.error();
    m_head = head.value();
    // Recording a written agreement is the closing user's signature as mediator (as close()).
    m_closer = m_actor.login;
    if (auto user = UserService(m_db).find(m_actor.login); user)
        m_closer = user->name;
    return {};
}

Result<int> LedgerBulkWriter::nextNumber(const QString &org, int year)
{
    const QPair<QString, int> key{org, year};
    auto it = m_counters.find(key);
    if (it == m_counters.end()) {
        TJ_TRY(m_stmt->counter.text(org).integer(year).run());
        it = m_counters.insert(key, m_stmt->counter.hasRow() ? int(m_stmt->counter.column()) : 0);
    }
    return ++it.value();
}

Result<QStringList> LedgerBulkWriter::orgUsers(const QString &org)
{
    if (const auto it = m_users.constFind(org); it != m_users.constEnd())
        return it.value();
    QStringList names;
    Query q(m_db.connection(), "SELECT name FROM users WHERE org_code = :org AND active = 1");
    q.bind("org", org);
    TJ_TRY(q.exec());
    while (q.next())
        names.append(q.value(0).toString());
    m_users.insert(org, names);
    return names;
}

Result<void> LedgerBulkWriter::finish()
{
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        TJ_TRY(m_stmt->storeCounter.text(it.key().first).integer(it.key().second).integer(it.value()).run());
    TJ_TRY(m_derived.addCases(m_sqlite, m_batch));
    m_batch.clear();
    // The search index's default buffer (FTS5's 1 MB) for the writes after the import.
    TJ_TRY(gen::execRaw(m_sqlite, "INSERT INTO case_fts (case_fts, rank) VALUES ('hashsize', 1048576)"));
    return m_derived.restore(m_sqlite);
}

Result<void> LedgerBulkWriter::write(const LedgerImportRow &row)
{
    Planned p;
    p.now = nowStamp();
    p.fingerprint = row.fingerprint;
    p.sourceRow = row.row;
    TJ_TRY(intake(row, p));
    TJ_TRY(replay(row, p));
    return store(p);
}

// CaseService::intake without the reads: the organisation and the actor's right to register
// there are looked up once per organisation.
Result<void> LedgerBulkWriter::intake(const LedgerImportRow &row, Planned &p)
{
    const CaseIntake &input = row.intake;
    TJ_TRY(CaseService::validateIntake(input));
    if (!m_orgs.contains(input.org)) {
        auto org = OrganisationService(m_db).find(input.org);
        if (!org)
            return org.error();
        TJ_TRY(Access(m_db).mayRegisterAt(m_actor, input.org));
        m_orgs.insert(input.org, org.value());
    }
    const Organisation &org = m_orgs[input.org];
    Case &c = p.c;
    c.id = newId();
    c.status = CaseStatus::Registered;
    c.registeringOrg = c.handlingOrg = input.org;
    c.handlingOrgName = org.name;
    c.handlingOrgTier = org.tier;
    c.source = input.source;
    c.category = CategoryCatalog::instance().find(input.category)->name;
    c.subcategory = input.subcategory.trimmed();
    c.title = input.title.trimmed();
    c.facts = input.facts.trimmed();
    c.claims = input.claims.trimmed();
    c.amountFen = input.amountFen;
    c.risk = input.risk;
    c.receivedOn = input.receivedOn;
    c.version = 1;
    c.parties = input.parties;
    for (Party &party : c.parties) {
        party.id = newId();
        party.name = party.name.trimmed();
        if (!party.idNumber.isEmpty()) {
            party.birthDate = Identifiers::birthDateOfResidentId(party.idNumber);
            party.sex = Identifiers::sexOfResidentId(party.idNumber);
        }
    }
    auto seq = nextNumber(c.registeringOrg, c.receivedOn.year());
    if (!seq)
        return seq.error();
    p.seq = seq.value();
    c.number = CaseService::caseNumber(c.receivedOn.year(), c.registeringOrg, p.seq);
    p.events.append(CaseService::intakeEvent(m_actor, c));
    p.audit.append(AuditEntry::of(m_actor, QStringLiteral("case.intake"), QStringLiteral("case"), c.id, c.number));
    return {};
}

// The steps LedgerImport's service path calls after intake, in its order.
Result<void> LedgerBulkWriter::replay(const LedgerImportRow &row, Planned &p)
{
    if (row.status == CaseStatus::NotAccepted) {
        if (row.reason.trimmed().isEmpty())
            return makeError(ErrorKind::Validation, QCoreApplication::translate(
                                                        "CaseService", "Give the reason the dispute is not accepted."));
        TJ_TRY(change(p, CaseAction::Reject, std::nullopt, row.closedOn, [&](Case &c, CaseEvent &e) -> Result<void> {
            c.status = CaseStatus::NotAccepted;
            c.closedOn = e.on;
            c.closedOrg = c.handlingOrg;
            c.outcomeReason = row.reason.trimmed();
            e.detail = c.outcomeReason;
            return {};
        }));
    } else if (row.status != CaseStatus::Registered && row.status != CaseStatus::Filed) {
        TJ_TRY(change(p, CaseAction::Accept, std::nullopt, row.acceptedOn, [&](Case &c, CaseEvent &e) -> Result<void> {
            c.status = CaseStatus::InMediation;
            c.acceptedOn = e.on;
            return {};
        }));
        if (!row.mediators.isEmpty()) {
            const SessionInput input{row.closedOn.isValid() ? row.closedOn : row.acceptedOn, QString(),
                                     row.mediators, {}, LedgerImport::tr("Mediation recorded in the ledger.")};
            TJ_TRY(CaseService::validateSession(input));
            TJ_TRY(change(p, CaseAction::Session, std::nullopt, input.date, [&](Case &c, CaseEvent &e) -> Result<void> {
                Session s;
                s.id = newId();
                s.caseId = c.id;
                s.orgCode = c.handlingOrg;
                s.heldOn = input.date;
                s.place = input.place.trimmed();
                s.mediators = input.mediators;
                s.participants = input.participants;
                s.record = input.record.trimmed();
                s.createdBy = m_actor.login;
                e.detail = s.record.left(200);
                e.data = QJsonObject{{QStringLiteral("session"), s.id},
                                     {QStringLiteral("place"), s.place},
                                     {QStringLiteral("mediators"), QJsonArray::fromStringList(s.mediators)}};
                p.session = s;
                return {};
            }));
        }
    }
    if (isClosed(row.status) && row.status != CaseStatus::NotAccepted)
        TJ_TRY(close(row, p));
    return {};
}

// CaseService::change on the case in memory: the actor, the workflow, the date, the event.
Result<void> LedgerBulkWriter::change(Planned &p, CaseAction action, std::optional<Outcome> outcome,
                                      const QDate &on, const std::function<Result<void>(Case &, CaseEvent &)> &apply)
{
    Case &c = p.c;
    // Access::mayChange less the custody check: a case created in this import is never away.
    TJ_TRY(Workflow::mayAct(m_actor, c, action));
    TJ_TRY(Workflow::allows(c, action, outcome));
    const QDate day = on.isValid() ? on : QDate::currentDate();
    TJ_TRY(CaseService::checkDay(c, day));
    CaseEvent e;
    e.caseId = c.id;
    e.on = day;
    e.user = m_actor.login;
    e.org = m_actor.isSystem() ? c.handlingOrg : m_actor.orgCode;
    e.action = actionCode(action);
    e.beforeStatus = statusCode(c.status);
    e.beforeOrg = c.handlingOrg;
    TJ_TRY(apply(c, e));
    e.afterStatus = statusCode(c.status);
    e.afterOrg = c.handlingOrg;
    ++c.version;
    p.events.append(e);
    p.audit.append(AuditEntry::of(m_actor, QStringLiteral("case.") + e.action, QStringLiteral("case"), c.id,
                                  QStringLiteral("%1 %2 → %3").arg(c.number, e.beforeStatus, e.afterStatus)));
    return {};
}

Result<void> LedgerBulkWriter::close(const LedgerImportRow &row, Planned &p)
{
    CloseInput input;
    input.outcome = row.status == CaseStatus::Settled ? Outcome::Settled
                    : row.status == CaseStatus::Failed ? Outcome::Failed
                    : row.status == CaseStatus::Withdrawn ? Outcome::Withdrawn : Outcome::Filed;
    input.on = row.closedOn;
    input.reason = row.reason;
    input.filedNumber = row.reason;
    if (row.status == CaseStatus::Settled)
        input.agreement = LedgerImport::ledgerAgreement(row);
    TJ_TRY(CaseService::validateClose(input));
    const Outcome outcome = input.outcome;
    return change(p, CaseAction::Close, outcome, input.on, [&](Case &c, CaseEvent &e) -> Result<void> {
        c.status = statusOf(outcome);
        c.closedOn = e.on;
        c.closedOrg = c.handlingOrg;
        c.outcomeReason = input.reason.trimmed();
        e.detail = c.outcomeReason;
        e.data = QJsonObject{{QStringLiteral("outcome"), statusCode(c.status)}};
        if (outcome == Outcome::Filed) {
            c.filedNumber = input.filedNumber.trimmed();
            e.data.insert(QStringLiteral("filed_number"), c.filedNumber);
        }
        if (outcome != Outcome::Settled)
            return {};
        // AgreementService::mediatorNames: the sessions' mediators and the organisation's users.
        QStringList mediators = p.session ? p.session->mediators : QStringList();
        auto users = orgUsers(c.handlingOrg);
        if (!users)
            return users.error();
        mediators += users.value();
        AgreementInput a = *input.agreement;
        p.effectiveOn = Signing::prepareAtClose(c, mediators, m_closer, e.on, a);
        e.detail = a.content.left(200);
        if (p.effectiveOn.isValid())
            e.data.insert(QStringLiteral("effective_on"), isoDate(p.effectiveOn));
        p.agreement = a;
        return {};
    });
}

Result<void> LedgerBulkWriter::store(const Planned &p)
{
    const Case &c = p.c;
    Statements &s = *m_stmt;
    // The case row first, in its final state (the replay is done and the deriving triggers are
    // set aside): every row after it finds its parent at once, so no foreign key waits for the
    // commit and inserting the case scans no child table for rows that were waiting.
    TJ_TRY(s.caseRow.text(c.id).text(c.number).text(c.registeringOrg).integer(c.receivedOn.year())
               .integer(p.seq).text(c.handlingOrg).text(statusCode(c.status)).text(sourceCode(c.source))
               .text(c.category).textOrNull(c.subcategory).text(c.title).text(c.facts).text(c.claims)
               .integer(c.amountFen).integer(c.risk ? 1 : 0).text(isoDate(c.receivedOn)).date(c.acceptedOn)
               .date(c.closedOn).textOrNull(c.closedOrg).textOrNull(c.outcomeReason)
               .textOrNull(c.filedNumber).textOrNull(m_actor.login).text(p.now).text(p.now)
               .integer(c.version).run());
    int seq = 0;
    for (const Party &party : c.parties)
        TJ_TRY(s.party.text(party.id).text(c.id).integer(++seq).text(partyRoleCode(party.role))
                   .text(partyKindCode(party.kind)).text(party.name).textOrNull(party.idNumber)
                   .textOrNull(party.creditCode).textOrNull(party.sex).date(party.birthDate)
                   .textOrNull(party.ethnicity).textOrNull(party.phone).textOrNull(party.address)
                   .textOrNull(party.legalRepresentative).textOrNull(party.agent)
                   .integerOrNull(party.claimAmountFen).integer(party.representative ? 1 : 0).run());
    if (const auto &session = p.session)
        TJ_TRY(s.session.text(session->id).text(c.id).text(session->orgCode).text(isoDate(session->heldOn))
                   .text(session->place)
                   .text(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(session->mediators)).toJson(QJsonDocument::Compact)))
                   .text(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(session->participants)).toJson(QJsonDocument::Compact)))
                   .text(session->record).textOrNull(session->createdBy).text(p.now).run());
    for (const CaseEvent &e : p.events)
        TJ_TRY(s.event.text(e.caseId).text(p.now).text(isoDate(e.on)).textOrNull(e.user).textOrNull(e.org)
                   .text(e.action).text(e.detail).textOrNull(e.beforeStatus).textOrNull(e.afterStatus)
                   .textOrNull(e.beforeOrg).textOrNull(e.afterOrg)
                   .textOrNull(e.data.isEmpty() ? QString() : jsonText(e.data)).run());
    TJ_TRY(storeAgreement(p));
    TJ_TRY(s.imported.text(p.fingerprint).text(c.id).text(m_source).integer(p.sourceRow).text(p.now).run());
    m_batch.append(c.id);
    for (AuditEntry entry : p.audit) {
        entry.at = p.now;
        AuditLog::chain(m_head, entry);
        TJ_TRY(s.audit.integer(entry.id).text(entry.at).text(entry.user).text(entry.action)
                   .text(entry.objectType).text(entry.objectId).text(entry.result).text(entry.detail)
                   .text(entry.prevHash).text(entry.hash).run());
    }
    return {};
}

Result<void> LedgerBulkWriter::storeAgreement(const Planned &p)
{
    if (!p.agreement)
        return {};
    const AgreementInput &a = *p.agreement;
    const Case &c = p.c;
    Statements &s = *m_stmt;
    qint64 total = 0;
    for (const Obligation &o : a.obligations)
        total += o.amountFen;
    TJ_TRY(s.agreement.text(c.id).text(a.kind).text(c.handlingOrg).text(a.facts).text(a.responsibilities)
               .text(a.content).text(a.manner).text(a.place).integer(total).date(p.effectiveOn).text(p.now).run());
    int seq = 0;
    for (const Obligation &o : a.obligations) {
        const QString obligationId = newId();
        TJ_TRY(s.obligation.text(obligationId).text(c.id).integer(++seq).text(o.debtor).text(o.creditor)
                   .integer(o.amountFen).run());
        int iseq = 0;
        for (const Instalment &i : o.instalments)
            TJ_TRY(s.instalment.text(newId()).text(obligationId).integer(++iseq).text(isoDate(i.due)).integer(i.amountFen).run());
    }
    for (const Signature &sig : a.signatures)
        TJ_TRY(s.signature.text(c.id).text(sig.who).text(isoDate(sig.on))
                   .text(sig.role.isEmpty() ? QStringLiteral("party") : sig.role).run());
    return {};
}

} // namespace tj
