#include "access.h"

#include "transfer/transferservice.h"

#include "db/database.h"
#include "db/query.h"

namespace tj {

Result<bool> Access::inScope(const QString &scope, const QString &org) const
{
    if (scope.isEmpty() || org.isEmpty())
        return false;
    if (scope == org)
        return true;
    Query q(m_db.connection(),
            "SELECT (SELECT path FROM organisations WHERE code = :org)"
            " LIKE (SELECT path FROM organisations WHERE code = :scope) || '%'");
    q.bind("org", org).bind("scope", scope);
    TJ_TRY(q.exec());
    return q.next() && q.value(0).toInt() == 1;
}

Result<void> Access::requireCaseRole(const Actor &actor)
{
    if (actor.hasCaseRole())
        return {};
    return makeError(ErrorKind::Denied,
                     tr("%1 (%2) reads no case content; case work needs a mediator, staff or "
                        "judge account.")
                         .arg(actor.login, roleName(actor.role)));
}

Result<void> Access::mayRead(const Actor &actor, const Case &c) const
{
    TJ_TRY(requireCaseRole(actor));
    if (actor.isSystem())
        return {};
    QStringList orgs{c.handlingOrg, c.registeringOrg};
    if (c.pending)
        orgs.append(c.pending->toOrg);
    for (const QString &org : std::as_const(orgs)) {
        auto inside = inScope(actor.orgCode, org);
        if (!inside)
            return inside.error();
        if (inside.value())
            return {};
    }
    // A confirmation application makes the case readable by the court applied to.
    Query q(m_db.connection(), "SELECT court_org FROM confirmations WHERE case_id = :case");
    q.bind("case", c.id);
    TJ_TRY(q.exec());
    if (q.next()) {
        auto inside = inScope(actor.orgCode, q.value(0).toString());
        if (!inside)
            return inside.error();
        if (inside.value())
            return {};
    }
    return makeError(ErrorKind::Denied, tr("Case %1 lies outside the jurisdiction of %2 (%3).")
                                            .arg(c.number, actor.login, actor.orgCode));
}

Result<void> Access::mayChange(const Actor &actor, const Case &c, CaseAction action) const
{
    TJ_TRY(requireCaseRole(actor));
    // A case sent away in a transfer package is read-only here until it comes back.
    auto away = transfer::TransferService::isAway(m_db.connection(), c.id);
    if (!away)
        return away.error();
    if (*away)
        return makeError(ErrorKind::Rule, tr("Case %1 is away in a transfer package; it is "
                                             "read-only here until it comes back.")
                                              .arg(c.number));
    return Workflow::mayAct(actor, c, action);
}

Result<void> Access::mayRegisterAt(const Actor &actor, const QString &org) const
{
    TJ_TRY(requireCaseRole(actor));
    if (actor.isSystem() || actor.orgCode == org)
        return {};
    return makeError(ErrorKind::Denied, tr("%1 belongs to %2 and cannot register a dispute at %3.")
                                            .arg(actor.login, actor.orgCode, org));
}

Result<CaseFilter> Access::scoped(const Actor &actor, CaseFilter filter) const
{
    TJ_TRY(requireCaseRole(actor));
    if (!actor.isSystem())
        filter.scope = actor.orgCode;
    return filter;
}

Result<QString> Access::jurisdiction(const Actor &actor, const QString &org) const
{
    TJ_TRY(requireCaseRole(actor));
    if (actor.isSystem())
        return org;
    if (org.isEmpty())
        return actor.orgCode;
    auto inside = inScope(actor.orgCode, org);
    if (!inside)
        return inside.error();
    if (inside.value())
        return org;
    return makeError(ErrorKind::Denied, tr("%1 lies outside the jurisdiction of %2 (%3).")
                                            .arg(org, actor.login, actor.orgCode));
}

Result<void> Access::mayReadInbox(const Actor &actor, const QString &org) const
{
    TJ_TRY(requireCaseRole(actor));
    if (actor.isSystem())
        return {};
    auto inside = inScope(actor.orgCode, org);
    if (!inside)
        return inside.error();
    if (inside.value())
        return {};
    return makeError(ErrorKind::Denied, tr("The inbox of %1 lies outside the jurisdiction of %2.")
                                            .arg(org, actor.login));
}

Result<void> Access::mayReveal(const Actor &actor, const Case &c) const
{
    return mayRead(actor, c);
}

Result<void> Access::mayAdminister(const Actor &actor)
{
    if (actor.isSystem() || actor.role == Role::Admin)
        return {};
    return makeError(ErrorKind::Denied, tr("Only an administrator manages organisations and users."));
}

Result<void> Access::mayAudit(const Actor &actor)
{
    if (actor.isSystem() || actor.role == Role::Auditor || actor.role == Role::Security)
        return {};
    return makeError(ErrorKind::Denied, tr("Only an auditor or a security officer reads the audit trail."));
}

Result<void> Access::mayBackUp(const Actor &actor)
{
    if (actor.isSystem() || actor.role == Role::Admin || actor.role == Role::Security)
        return {};
    return makeError(ErrorKind::Denied, tr("Only an administrator or a security officer makes backups."));
}

Result<void> Access::mayRestore(const Actor &actor)
{
    if (actor.isSystem() || actor.role == Role::Security || actor.role == Role::Admin)
        return {};
    return makeError(ErrorKind::Denied,
                     tr("Only an administrator or a security officer restores a backup."));
}

} // namespace tj
