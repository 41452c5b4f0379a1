#pragma once

#include "cases/case.h"

#include <QCoreApplication>

namespace tj {

class Workspace;

/// History events in the user's language: the action's name and a sentence for its detail.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    /// The name of a history action code; unknown codes (from newer features) as they are.
    static QString actionName(const QString &code);
    /// "registered → in mediation", or empty when the status did not change.
    static QString statusChange(const CaseEvent &e);
    /// What happened, with organisation names: "to 东山镇…: reason".
    static QString detail(const CaseEvent &e, const Workspace &ws);
};

} // namespace tj
