#pragma once

#include "cases/case.h"
#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>

namespace tj {

class Database;

/// A court's guidance to the mediators of a lower tier on one of their cases (the tribunal
/// guides, trains and assesses the lower tiers and may join a difficult mediation without
/// taking the case): a note in the case's history, with no change of status or custody.
class Guidance
{
    Q_DECLARE_TR_FUNCTIONS(Guidance)
public:
    explicit Guidance(Database &db) : m_db(db) {}

    /// Records the note of a judge whose court's jurisdiction holds the case (or who decides
    /// its confirmation application) on a case handled by another organisation. Audited.
    Result<CaseEvent> note(const Actor &actor, const QString &caseRef, const QString &text,
                           const QDate &on);

private:
    Database &m_db;
};

} // namespace tj
