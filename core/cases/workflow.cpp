#include "workflow.h"

namespace tj {

QString actionCode(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept: return QStringLiteral("accept");
    case CaseAction::Reject: return QStringLiteral("reject");
    case CaseAction::Session: return QStringLiteral("session");
    case CaseAction::Refer: return QStringLiteral("refer");
    case CaseAction::Delegate: return QStringLiteral("delegate");
    case CaseAction::Receive: return QStringLiteral("receive");
    case CaseAction::Return: return QStringLiteral("return");
    case CaseAction::Close: return QStringLiteral("close");
    }
    return {};
}

QString actionName(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept: return Workflow::tr("accept for mediation");
    case CaseAction::Reject: return Workflow::tr("not accept");
    case CaseAction::Session: return Workflow::tr("record a session");
    case CaseAction::Refer: return Workflow::tr("refer up");
    case CaseAction::Delegate: return Workflow::tr("delegate down");
    case CaseAction::Receive: return Workflow::tr("receive");
    case CaseAction::Return: return Workflow::tr("return");
    case CaseAction::Close: return Workflow::tr("close");
    }
    return {};
}

Result<void> Workflow::allows(const Case &c, CaseAction action, std::optional<Outcome> outcome)
{
    const CaseStatus s = c.status;
    bool allowed = false;
    switch (action) {
    case CaseAction::Accept:
    case CaseAction::Reject: allowed = s == CaseStatus::Registered; break;
    case CaseAction::Session: allowed = s == CaseStatus::InMediation; break;
    case CaseAction::Refer:
        allowed = s == CaseStatus::Registered || s == CaseStatus::InMediation
                  || s == CaseStatus::Failed;
        break;
    case CaseAction::Delegate:
        if ((s == CaseStatus::Registered || s == CaseStatus::InMediation)
            && c.tier() != CaseTier::Court)
            return makeError(ErrorKind::Rule,
                             tr("Only a court or tribunal delegates a dispute down; case %1 is "
                                "handled at the %2 tier.")
                                 .arg(c.number, caseTierName(c.tier())));
        allowed = s == CaseStatus::Registered || s == CaseStatus::InMediation;
        break;
    case CaseAction::Receive:
    case CaseAction::Return:
        allowed = (s == CaseStatus::Referred || s == CaseStatus::Delegated) && c.pending;
        break;
    case CaseAction::Close:
        if (outcome == Outcome::Filed) {
            if (c.tier() != CaseTier::Court)
                return makeError(ErrorKind::Rule,
                                 tr("Only a court or tribunal files a case; case %1 is handled "
                                    "at the %2 tier.")
                                     .arg(c.number, caseTierName(c.tier())));
            allowed = s == CaseStatus::InMediation || s == CaseStatus::Registered;
        } else {
            allowed = s == CaseStatus::InMediation;
        }
        break;
    }
    if (allowed)
        return {};
    return makeError(ErrorKind::Rule, tr("Case %1 is %2; the action \"%3\" is not allowed now.")
                                          .arg(c.number, statusName(s), actionName(action)));
}

Result<void> Workflow::mayAct(const Actor &actor, const Case &c, CaseAction action)
{
    if (actor.isSystem())
        return {};
    // Administrators, security officers and auditors do not work on cases (core/security).
    if (!actor.hasCaseRole())
        return makeError(ErrorKind::Denied, tr("%1 (%2) does not act on cases.")
                                                .arg(actor.login, roleName(actor.role)));
    if (action == CaseAction::Receive || action == CaseAction::Return) {
        if (c.pending && c.pending->toOrg == actor.orgCode)
            return {};
        return makeError(ErrorKind::Denied,
                         tr("Only the organisation case %2 was sent to may take the action \"%1\".")
                             .arg(actionName(action), c.number));
    }
    if (actor.orgCode == c.handlingOrg)
        return {};
    return makeError(ErrorKind::Denied, tr("Case %1 is handled by %2; user %3 may not take the action \"%4\" on it.")
                                            .arg(c.number, c.handlingOrg, actor.login,
                                                 actionName(action)));
}

QList<CaseAction> Workflow::available(const Actor &actor, const Case &c)
{
    QList<CaseAction> out;
    for (CaseAction a : {CaseAction::Accept, CaseAction::Reject, CaseAction::Session,
                         CaseAction::Refer, CaseAction::Delegate, CaseAction::Receive,
                         CaseAction::Return, CaseAction::Close}) {
        if (allows(c, a).ok() && mayAct(actor, c, a).ok())
            out.append(a);
        else if (a == CaseAction::Close && allows(c, a, Outcome::Filed).ok()
                 && mayAct(actor, c, a).ok())
            out.append(a);
    }
    return out;
}

} // namespace tj
