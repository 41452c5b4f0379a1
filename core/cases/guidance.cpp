#include "guidance.h"

#include "cases/casestore.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "security/caseguard.h"

namespace tj {

Result<CaseEvent> Guidance::note(const Actor &actor, const QString &caseRef, const QString &text,
                                 const QDate &on)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return makeError(ErrorKind::Validation, tr("Write the guidance for the mediators."));
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("Give the date (not in the future)."));
    const CaseGuard guard(m_db);
    auto c = guard.read(actor, caseRef, QStringLiteral("case.guidance"), false);
    if (!c)
        return c.error();
    if (!actor.isSystem() && actor.role != Role::Judge) {
        TJ_TRY(guard.denied(actor, QStringLiteral("case.guidance"), c.value()));
        return makeError(ErrorKind::Denied, tr("Only a judge gives guidance to the lower tiers."));
    }
    if (!actor.isSystem() && c->handlingOrg == actor.orgCode)
        return makeError(ErrorKind::Rule, tr("Case %1 is handled by your own court; record a "
                                             "session instead of guidance.")
                                              .arg(c->number));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    CaseEvent e;
    e.caseId = c->id;
    e.on = on;
    e.user = actor.login;
    e.org = actor.isSystem() ? c->handlingOrg : actor.orgCode;
    e.action = QStringLiteral("guidance");
    e.detail = body;
    e.data = QJsonObject{{QStringLiteral("to"), c->handlingOrg}};
    TJ_TRY(CaseStore(db).appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("case.guidance"), c.value()));
    TJ_TRY(tx.commit());
    return e;
}

} // namespace tj
