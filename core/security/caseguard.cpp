#include "caseguard.h"

#include "access.h"
#include "agreements/casecode.h"
#include "audit.h"
#include "cases/casestore.h"
#include "db/database.h"

namespace tj {

Result<Case> CaseGuard::read(const Actor &actor, const QString &ref, const QString &action,
                             bool audit) const
{
    QSqlDatabase db = m_db.connection();
    auto byCode = caseIdForCode(db, ref.trimmed());
    if (!byCode)
        return byCode.error();
    auto c = CaseStore(db).load(byCode->isEmpty() ? ref.trimmed() : byCode.value());
    if (!c)
        return c.error();
    auto allowed = Access(m_db).mayRead(actor, c.value());
    if (!allowed || audit) {
        AuditEntry entry = AuditEntry::of(actor, action, QStringLiteral("case"), c->id, c->number);
        if (!allowed)
            entry.result = QStringLiteral("denied");
        TJ_TRY(AuditLog(db).record(entry));
    }
    if (!allowed)
        return allowed.error();
    return c;
}

Result<void> CaseGuard::mayRecord(const Actor &actor, const QString &orgCode) const
{
    TJ_TRY(Access::requireCaseRole(actor));
    if (actor.isSystem())
        return {};
    auto inside = Access(m_db).inScope(actor.orgCode, orgCode);
    if (!inside)
        return inside.error();
    if (inside.value())
        return {};
    return makeError(ErrorKind::Denied, tr("%1 belongs to %2 and cannot record for %3.")
                                            .arg(actor.login, actor.orgCode, orgCode));
}

Result<void> CaseGuard::denied(const Actor &actor, const QString &action, const Case &c) const
{
    return AuditLog(m_db.connection())
        .record(AuditEntry::of(actor, action, QStringLiteral("case"), c.id, c.number)
                    .withResult(QStringLiteral("denied")));
}

Result<void> CaseGuard::append(QSqlDatabase db, const Actor &actor, const QString &action,
                               const Case &c, const QString &detail)
{
    return AuditLog(std::move(db))
        .append(AuditEntry::of(actor, action, QStringLiteral("case"), c.id,
                               detail.isEmpty() ? c.number : c.number + QStringLiteral(" ") + detail));
}

} // namespace tj
