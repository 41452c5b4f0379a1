#pragma once

#include "case.h"
#include "common/result.h"
#include "users/user.h"
#include "workflow.h"

#include <QCoreApplication>
#include <functional>

namespace tj {

class Database;
class CaseStore;

struct IntakeResult
{
    Case record;
    QList<RelatedCase> warnings;
};

/// The case workflow: intake, acceptance, sessions, referral up, delegation down, receipt,
/// return and closing. Every call validates, checks the state machine and the actor, runs in
/// one transaction and appends an event to the case history — or changes nothing.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    explicit CaseService(Database &db) : m_db(db) {}
    Database &database() const { return m_db; }

    Result<IntakeResult> intake(const Actor &actor, const CaseIntake &input);
    /// Related-case warnings for a dispute before it is saved (intake forms show them).
    Result<QList<RelatedCase>> checkRelated(const CaseIntake &input) const;

    // Reads are decided by Access (core/security/access.h) for the acting user: outside their
    // jurisdiction, or without a case role, they are Denied. Resident ID and phone numbers come
    // masked; each read of personal data is an audit entry.

    /// One case, identifiers masked (audited as case.view).
    Result<Case> get(const Actor &actor, const QString &idOrNumber) const;
    /// One case with ID and phone numbers whole (audited as case.reveal).
    Result<Case> reveal(const Actor &actor, const QString &idOrNumber) const;
    /// The actor's jurisdiction narrows the filter; identifiers masked (audited as case.list).
    Result<CasePage> list(const Actor &actor, const CaseFilter &filter) const;
    Result<QList<CaseEvent>> history(const Actor &actor, const QString &idOrNumber) const;
    Result<QList<Session>> sessions(const Actor &actor, const QString &idOrNumber) const;
    /// Related cases; those outside the actor's jurisdiction show no title.
    Result<QList<RelatedCase>> related(const Actor &actor, const QString &idOrNumber) const;
    Result<QList<InboxItem>> inbox(const Actor &actor, const QString &orgCode) const;

    Result<Case> accept(const Actor &actor, const QString &ref, const QDate &on = {});
    Result<Case> reject(const Actor &actor, const QString &ref, const QString &reason,
                        const QDate &on = {});
    Result<Session> addSession(const Actor &actor, const QString &ref, const SessionInput &input);
    Result<Case> refer(const Actor &actor, const QString &ref, const QString &toOrg,
                       const QString &reason, const QDate &on = {});
    Result<Case> delegate(const Actor &actor, const QString &ref, const QString &toOrg,
                          const QString &reason, const QDate &on = {});
    Result<Case> receive(const Actor &actor, const QString &ref, const QDate &on = {});
    Result<Case> returnToSender(const Actor &actor, const QString &ref, const QString &reason,
                                const QDate &on = {});
    Result<Case> close(const Actor &actor, const QString &ref, const CloseInput &input);

    // The rules each call checks before it touches the database, shared with writers that
    // replay the workflow in bulk (ledger import), so both refuse with the same words.

    static Result<void> validateIntake(const CaseIntake &input);
    /// The case number "（YEAR）ORG调字第N号".
    static QString caseNumber(int year, const QString &orgCode, int seq);
    /// The history row an intake writes (the case as registered, its number set).
    static CaseEvent intakeEvent(const Actor &actor, const Case &c);
    static Result<void> validateSession(const SessionInput &input);
    static Result<void> validateClose(const CloseInput &input);
    /// The business date of a change: not before the case was received, not in the future.
    static Result<void> checkDay(const Case &c, const QDate &day);

private:
    /// One change to one case: loads it inside a write transaction, checks the workflow and
    /// (for a `ref` of the form "REF@N") that the case is still at version N the caller saw;
    /// the actor, lets `apply` change it and fill the event, saves, appends the event, commits.
    using Apply = std::function<Result<void>(Case &, CaseEvent &, CaseStore &)>;
    Result<Case> change(const Actor &actor, const QString &ref, CaseAction action,
                        std::optional<Outcome> outcome, const QDate &on, const Apply &apply);
    Result<Case> transfer(const Actor &actor, const QString &ref, TransferKind kind,
                          const QString &toOrg, const QString &reason, const QDate &on);
    /// Loads a case the actor may read (refusals audited); `action` names the audit entry.
    Result<Case> readable(const Actor &actor, const QString &ref, const QString &action,
                          bool audit) const;
    /// Re-reads a case after a change: masked, no audit entry (the change has one).
    Result<Case> reload(const QString &id) const;

    Database &m_db;
};

} // namespace tj
