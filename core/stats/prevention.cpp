#include "prevention.h"

#include "security/access.h"
#include "security/caseguard.h"

#include "cases/casestore.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"

namespace tj {

QString preventionKindCode(PreventionKind kind)
{
    return kind == PreventionKind::Criminal ? QStringLiteral("criminal")
                                            : QStringLiteral("mass_petition");
}

std::optional<PreventionKind> preventionKindFromCode(const QString &code)
{
    if (code == QLatin1String("criminal"))
        return PreventionKind::Criminal;
    if (code == QLatin1String("mass_petition"))
        return PreventionKind::MassPetition;
    return std::nullopt;
}

Result<void> PreventionService::record(const Actor &actor, const QString &caseRef,
                                       const Prevention &input)
{
    if (input.persons < 0 || input.persons > 100000)
        return makeError(ErrorKind::Validation,
                         tr("The number of persons must lie between 0 and 100000."));
    const QDate on = input.on.isValid() ? input.on : QDate::currentDate();
    if (on > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("The date %1 lies in the future.").arg(isoDate(on)));
    QSqlDatabase db = m_db.connection();
    CaseStore store(db);
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto c = store.load(caseRef.trimmed());
    if (!c)
        return c.error();
    if (auto allowed = mayRecord(actor, c.value()); !allowed) {
        tx.rollback();
        TJ_TRY(CaseGuard(m_db).denied(actor, QStringLiteral("case.prevention"), c.value()));
        return allowed.error();
    }
    if (on < c->receivedOn)
        return makeError(ErrorKind::Validation,
                         tr("The date %1 is before the case was received (%2).")
                             .arg(isoDate(on), isoDate(c->receivedOn)));
    Query q(db, "INSERT INTO case_preventions (case_id, kind, persons, recorded_on, recorded_by,"
                " note) VALUES (:case, :kind, :persons, :on, :by, :note) ON CONFLICT (case_id, kind)"
                " DO UPDATE SET persons = excluded.persons, recorded_on = excluded.recorded_on,"
                " recorded_by = excluded.recorded_by, note = excluded.note");
    q.bind("case", c->id)
        .bind("kind", preventionKindCode(input.kind))
        .bind("persons", input.persons)
        .bind("on", isoDate(on))
        .bind("by", nullIfEmpty(actor.login))
        .bind("note", input.note.trimmed());
    TJ_TRY(q.exec());
    CaseEvent e;
    e.caseId = c->id;
    e.on = on;
    e.user = actor.login;
    e.org = actor.isSystem() ? c->handlingOrg : actor.orgCode;
    e.action = QStringLiteral("prevention");
    e.detail = input.kind == PreventionKind::Criminal
                   ? tr("Prevented from turning criminal (%n person(s))", nullptr, input.persons)
                   : tr("Mass petition prevented (%n person(s))", nullptr, input.persons);
    e.data = QJsonObject{{QStringLiteral("kind"), preventionKindCode(input.kind)},
                         {QStringLiteral("persons"), input.persons}};
    TJ_TRY(store.appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("case.prevention"), c.value(),
                             preventionKindCode(input.kind)));
    return tx.commit();
}

Result<void> PreventionService::mayRecord(const Actor &actor, const Case &c)
{
    TJ_TRY(Access::requireCaseRole(actor));
    if (actor.isSystem() || actor.orgCode == c.handlingOrg)
        return {};
    return makeError(ErrorKind::Denied, tr("Case %1 is handled by %2; %3 cannot record on it.")
                                            .arg(c.number, c.handlingOrg, actor.login));
}

Result<QList<Prevention>> PreventionService::list(const Actor &actor, const QString &caseRef) const
{
    QSqlDatabase db = m_db.connection();
    auto c = CaseGuard(m_db).read(actor, caseRef, QStringLiteral("case.prevention_list"), false);
    if (!c)
        return c.error();
    Query q(db, "SELECT kind, persons, recorded_on, note FROM case_preventions WHERE case_id = :case"
                " ORDER BY kind");
    q.bind("case", c->id);
    TJ_TRY(q.exec());
    QList<Prevention> out;
    while (q.next())
        out.append(Prevention{preventionKindFromCode(q.value(0).toString()).value_or(PreventionKind::Criminal),
                              q.value(1).toInt(), parseIsoDate(q.value(2).toString()),
                              q.value(3).toString()});
    return out;
}

} // namespace tj
