#pragma once

#include "case.h"
#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>

namespace tj {

enum class CaseAction { Accept, Reject, Session, Refer, Delegate, Receive, Return, Close };

QString actionCode(CaseAction action);
QString actionName(CaseAction action);

/// The case state machine. Pure rules over a case's current state: which actions the
/// workflow allows now, and who may take them. Every service call checks here first.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    /// Whether `action` is allowed for the case's current status and handling tier.
    static Result<void> allows(const Case &c, CaseAction action,
                               std::optional<Outcome> outcome = std::nullopt);
    /// Whether the actor may act on the case for `action` (organisation that handles it, or
    /// for receive/return the organisation it was sent to). Only case roles act on cases.
    static Result<void> mayAct(const Actor &actor, const Case &c, CaseAction action);
    /// The actions the workflow offers the actor now (for menus and buttons).
    static QList<CaseAction> available(const Actor &actor, const Case &c);
};

} // namespace tj
