#include "confirmation.h"

#include "agreementservice.h"
#include "agreementstore.h"
#include "cases/casestore.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "deadlines/rules.h"
#include "security/access.h"
#include "security/caseguard.h"

namespace tj {

QStringList ConfirmationService::checklist()
{
    return {QStringLiteral("application"), QStringLiteral("agreement"),
            QStringLiteral("identities"), QStringLiteral("evidence"),
            QStringLiteral("service_addresses")};
}

QString ConfirmationService::documentLabel(const QString &code)
{
    if (code == QLatin1String("application"))
        return tr("Joint application signed by the parties");
    if (code == QLatin1String("agreement"))
        return tr("The mediation agreement");
    if (code == QLatin1String("identities"))
        return tr("Proof of the parties' identities");
    if (code == QLatin1String("evidence"))
        return tr("Evidence of the facts and of the mediation");
    if (code == QLatin1String("service_addresses"))
        return tr("Addresses for service and telephone numbers");
    return code;
}

QString ConfirmationService::ineligibility(const Case &c)
{
    // SPC 2011 rules art. 4: no confirmation of personal status, adoption or marriage.
    if (c.category != QStringLiteral("婚姻家庭"))
        return {};
    static const QStringList excluded = {QStringLiteral("离婚"), QStringLiteral("婚姻"),
                                         QStringLiteral("收养"), QStringLiteral("身份"),
                                         QStringLiteral("亲子")};
    for (const QString &word : excluded)
        if (c.subcategory.contains(word))
            return tr("A court does not confirm agreements on marriage, adoption or personal "
                      "status (%1 / %2).")
                .arg(c.category, c.subcategory);
    return {};
}

Result<Organisation> ConfirmationService::courtFor(const Case &c) const
{
    OrganisationService orgs(m_db);
    // A court-delegated case goes back to the delegating court.
    Query q(m_db.connection(), "SELECT r.from_org FROM referrals r JOIN organisations o"
                               " ON o.code = r.from_org WHERE r.case_id = :case"
                               " AND r.kind = 'delegate' AND r.state = 'accepted'"
                               " AND o.tier IN ('court', 'tribunal') ORDER BY r.sent_on DESC");
    q.bind("case", c.id);
    TJ_TRY(q.exec());
    if (q.next())
        return orgs.find(q.value(0).toString());
    return orgs.courtOver(c.closedOrg.isEmpty() ? c.handlingOrg : c.closedOrg);
}

Result<Confirmation> ConfirmationService::apply(const Actor &actor, const QString &ref,
                                                const QDate &on, const QStringList &documents)
{
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("Give the date of the application (not in the future)."));
    for (const QString &d : documents)
        if (!checklist().contains(d))
            return makeError(ErrorKind::Validation, tr("\"%1\" is not on the checklist (%2).")
                                                        .arg(d, checklist().join(QStringLiteral(", "))));
    const CaseGuard guard(m_db);
    auto readable = guard.read(actor, ref, QStringLiteral("confirmation.apply"), false);
    if (!readable)
        return readable.error();
    auto view = AgreementService(m_db).compute(readable->id, on);
    if (!view)
        return view.error();
    const AgreementView &v = view.value();
    if (auto allowed = guard.mayRecord(actor, v.agreement.orgCode); !allowed) {
        TJ_TRY(guard.denied(actor, QStringLiteral("confirmation.apply"), v.record));
        return allowed.error();
    }
    if (v.agreement.confirmation)
        return makeError(ErrorKind::Rule, tr("Confirmation of %1 was already applied for on %2.")
                                              .arg(v.record.number, isoDate(v.agreement.confirmation->appliedOn)));
    if (!v.confirmationEligible)
        return makeError(ErrorKind::Rule, v.ineligibleReason);
    if (!v.agreement.effectiveOn.isValid())
        return makeError(ErrorKind::Rule, tr("The agreement has not taken effect; missing: %1.")
                                              .arg(v.missingSignatures.join(QStringLiteral(", "))));
    if (on < v.agreement.effectiveOn)
        return makeError(ErrorKind::Validation, tr("The application cannot precede the agreement (%1).")
                                                    .arg(isoDate(v.agreement.effectiveOn)));
    if (!v.confirmationDeadline.computable())
        return makeError(ErrorKind::Rule, v.confirmationDeadline.error);
    if (on > v.confirmationDeadline.date)
        return makeError(ErrorKind::Rule, tr("The 30-day window for judicial confirmation ended on %1.")
                                              .arg(isoDate(v.confirmationDeadline.date)));
    auto court = courtFor(v.record);
    if (!court)
        return court.error();
    Confirmation c;
    c.courtOrg = court->code;
    c.courtName = court->name;
    c.appliedOn = on;
    c.documents = documents.isEmpty() ? checklist() : documents;

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    TJ_TRY(tx.begin());
    TJ_TRY(AgreementStore(db).insertConfirmation(v.record.id, c));
    CaseEvent e;
    e.caseId = v.record.id;
    e.on = on;
    e.user = actor.login;
    e.org = actor.isSystem() ? v.agreement.orgCode : actor.orgCode;
    e.action = QStringLiteral("confirmation_apply");
    e.detail = court->name;
    e.data = QJsonObject{{QStringLiteral("court"), court->code}};
    TJ_TRY(CaseStore(db).appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, e.action, v.record, court->code));
    TJ_TRY(tx.commit());
    return c;
}

Result<void> ConfirmationService::mayDecide(const Actor &actor, const Confirmation &conf)
{
    TJ_TRY(Access::requireCaseRole(actor));
    if (actor.isSystem() || (actor.role == Role::Judge && actor.orgCode == conf.courtOrg))
        return {};
    return makeError(ErrorKind::Denied, tr("Only a judge of %1, the court applied to, records its decisions.")
                                            .arg(conf.courtName));
}

Result<Confirmation> ConfirmationService::courtStep(const Actor &actor, const QString &ref,
                                                    const QDate &on, const QString &action,
                                                    const Step &step)
{
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("Give the date (not in the future)."));
    QSqlDatabase db = m_db.connection();
    CaseStore cases(db);
    AgreementStore agreements(db);
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto c = cases.load(ref.trimmed());
    if (!c)
        return c.error();
    auto a = agreements.load(c->id, c->number);
    if (!a)
        return a.error();
    if (!a->confirmation)
        return makeError(ErrorKind::Rule, tr("No confirmation of %1 has been applied for.").arg(c->number));
    Confirmation conf = *a->confirmation;
    if (auto allowed = mayDecide(actor, conf); !allowed) {
        tx.rollback();
        TJ_TRY(CaseGuard(m_db).denied(actor, action, c.value()));
        return allowed.error();
    }
    CaseEvent e;
    e.caseId = c->id;
    e.on = on;
    e.user = actor.login;
    e.org = actor.isSystem() ? conf.courtOrg : actor.orgCode;
    e.action = action;
    TJ_TRY(step(c.value(), conf, e));
    TJ_TRY(agreements.updateConfirmation(c->id, conf));
    TJ_TRY(cases.appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, action, c.value(), e.detail));
    TJ_TRY(tx.commit());
    return conf;
}

Result<Confirmation> ConfirmationService::accept(const Actor &actor, const QString &ref, const QDate &on)
{
    return courtStep(actor, ref, on, QStringLiteral("confirmation_accept"),
                     [&](const Case &c, Confirmation &conf, CaseEvent &) -> Result<void> {
                         if (conf.acceptedOn.isValid() || conf.refusedOn.isValid())
                             return makeError(ErrorKind::Rule, tr("The court has already decided on acceptance."));
                         const QString excluded = ineligibility(c);
                         if (!excluded.isEmpty())
                             return makeError(ErrorKind::Rule, tr("%1 Refuse the application instead.").arg(excluded));
                         if (on < conf.appliedOn)
                             return makeError(ErrorKind::Validation, tr("Acceptance cannot precede the application (%1).")
                                                                         .arg(isoDate(conf.appliedOn)));
                         conf.acceptedOn = on;
                         return {};
                     });
}

Result<Confirmation> ConfirmationService::refuse(const Actor &actor, const QString &ref,
                                                 const QString &reason, const QDate &on)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Give the reason the application is not accepted."));
    return courtStep(actor, ref, on, QStringLiteral("confirmation_refuse"),
                     [&](const Case &, Confirmation &conf, CaseEvent &e) -> Result<void> {
                         if (conf.acceptedOn.isValid() || conf.refusedOn.isValid())
                             return makeError(ErrorKind::Rule, tr("The court has already decided on acceptance."));
                         if (on < conf.appliedOn)
                             return makeError(ErrorKind::Validation, tr("The refusal cannot precede the application (%1).")
                                                                         .arg(isoDate(conf.appliedOn)));
                         conf.refusedOn = on;
                         conf.refusalReason = reason.trimmed();
                         e.detail = conf.refusalReason;
                         return {};
                     });
}

Result<Confirmation> ConfirmationService::extend(const Actor &actor, const QString &ref, const QDate &on)
{
    return courtStep(actor, ref, on, QStringLiteral("confirmation_extend"),
                     [&](const Case &, Confirmation &conf, CaseEvent &) -> Result<void> {
                         if (!conf.acceptedOn.isValid() || conf.ruledOn.isValid())
                             return makeError(ErrorKind::Rule, tr("Only an accepted application awaiting its ruling can be extended."));
                         if (conf.extendedOn.isValid())
                             return makeError(ErrorKind::Rule, tr("The ruling period was already extended."));
                         if (on < conf.acceptedOn)
                             return makeError(ErrorKind::Validation, tr("The extension cannot precede acceptance."));
                         conf.extendedOn = on;
                         return {};
                     });
}

Result<Confirmation> ConfirmationService::rule(const Actor &actor, const QString &ref,
                                               const QString &result, const QDate &on,
                                               const QString &number, const QString &reason)
{
    if (result != QLatin1String("valid") && result != QLatin1String("rejected"))
        return makeError(ErrorKind::Validation, tr("A ruling is valid or rejected, not \"%1\".").arg(result));
    if (result == QLatin1String("rejected") && reason.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Give the reasons the agreement is not confirmed."));
    return courtStep(actor, ref, on, QStringLiteral("confirmation_rule"),
                     [&](const Case &, Confirmation &conf, CaseEvent &e) -> Result<void> {
                         if (!conf.acceptedOn.isValid())
                             return makeError(ErrorKind::Rule, tr("The court rules only on an accepted application."));
                         if (conf.ruledOn.isValid())
                             return makeError(ErrorKind::Rule, tr("The court has already ruled on %1.").arg(isoDate(conf.ruledOn)));
                         if (on < conf.acceptedOn)
                             return makeError(ErrorKind::Validation, tr("The ruling cannot precede acceptance (%1).")
                                                                         .arg(isoDate(conf.acceptedOn)));
                         conf.ruledOn = on;
                         conf.result = result;
                         conf.rulingNumber = number.trimmed();
                         conf.rulingReason = reason.trimmed();
                         e.detail = conf.rulingReason.isEmpty()
                                        ? conf.rulingNumber
                                        : conf.rulingNumber + u' ' + conf.rulingReason;
                         e.data = QJsonObject{{QStringLiteral("result"), result}};
                         return {};
                     });
}

Result<QList<ConfirmationApplication>> ConfirmationService::pending(const Actor &actor) const
{
    TJ_TRY(Access::requireCaseRole(actor));
    if (!actor.isSystem() && actor.role != Role::Judge)
        return makeError(ErrorKind::Denied,
                         tr("Only judges keep the queue of confirmation applications."));
    auto rules = DeadlineRules::load(m_db);
    if (!rules)
        return rules.error();
    Query q(m_db.connection(),
            "SELECT k.case_id, c.number, c.title, a.org_code, o.name AS org_name"
            " FROM confirmations k JOIN cases c ON c.id = k.case_id"
            " JOIN agreements a ON a.case_id = k.case_id"
            " JOIN organisations o ON o.code = a.org_code"
            " WHERE k.ruled_on IS NULL AND k.refused_on IS NULL"
            " AND (:all = 1 OR k.court_org = :court) ORDER BY k.applied_on, c.number");
    q.bind("all", actor.isSystem() ? 1 : 0).bind("court", actor.orgCode);
    TJ_TRY(q.exec());
    QList<ConfirmationApplication> out;
    while (q.next())
        out.append(ConfirmationApplication{q.value("case_id").toString(),
                                           q.value("number").toString(),
                                           q.value("title").toString(),
                                           q.value("org_code").toString(),
                                           q.value("org_name").toString(), {}, {}, {}});
    AgreementStore store(m_db.connection());
    for (ConfirmationApplication &app : out) {
        auto a = store.load(app.caseId, app.caseNumber);
        if (!a)
            return a.error();
        app.confirmation = a->confirmation.value_or(Confirmation{});
        app.acceptanceDue = rules->courtAcceptance(app.confirmation.appliedOn);
        if (app.confirmation.acceptedOn.isValid())
            app.rulingDue = rules->courtRuling(app.confirmation.acceptedOn,
                                               app.confirmation.extendedOn.isValid());
    }
    return out;
}

} // namespace tj
