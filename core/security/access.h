#pragma once

#include "cases/case.h"
#include "cases/workflow.h"
#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>

namespace tj {

class Database;

/// Who may see and do what, decided in core for every query and command (not by hiding
/// buttons). An actor's jurisdiction is the subtree of their organisation:
/// - case roles (mediator, staff, judge) read the cases handled, registered or waiting to be
///   received inside their jurisdiction, with their whole history; they change a case only when
///   their organisation handles it (or, to receive or return it, when it was sent there);
/// - the administrator manages organisations and users, the security officer passwords,
///   lock-outs, settings and restores, the auditor reads the audit trail — none of them reads
///   case content;
/// - the system actor (an installation without users) may do everything.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)
public:
    explicit Access(Database &db) : m_db(db) {}

    /// Whether `org` is `scope` or lies below it in the organisation tree.
    Result<bool> inScope(const QString &scope, const QString &org) const;

    Result<void> mayRead(const Actor &actor, const Case &c) const;
    Result<void> mayChange(const Actor &actor, const Case &c, CaseAction action) const;
    Result<void> mayRegisterAt(const Actor &actor, const QString &org) const;
    /// A filter narrowed to the actor's jurisdiction (Denied for roles without case content).
    Result<CaseFilter> scoped(const Actor &actor, CaseFilter filter) const;
    /// The organisation subtree a list of case records covers: `org` when the actor's
    /// jurisdiction holds it, the actor's own organisation when `org` is empty (the whole
    /// installation, "", for the system actor); Denied otherwise.
    Result<QString> jurisdiction(const Actor &actor, const QString &org) const;
    /// The inbox of `org`: only for case roles whose jurisdiction holds it.
    Result<void> mayReadInbox(const Actor &actor, const QString &org) const;
    /// Showing resident ID and phone numbers whole: case roles that may read the case.
    Result<void> mayReveal(const Actor &actor, const Case &c) const;

    static Result<void> requireCaseRole(const Actor &actor);
    static Result<void> mayAdminister(const Actor &actor);
    static Result<void> mayAudit(const Actor &actor);
    static Result<void> mayBackUp(const Actor &actor);
    static Result<void> mayRestore(const Actor &actor);

private:
    Database &m_db;
};

} // namespace tj
