#pragma once

#include "cases/case.h"
#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tj {

class Database;

/// Access and audit for the services built around a case (agreements, fulfilment,
/// confirmation, feedback, documents, prevention flags), in the pattern of CaseService:
/// reads go through Access::mayRead and refusals are audited; changes need a case role whose
/// jurisdiction holds the organisation that keeps the record, and each change appends an
/// audit entry inside its own transaction.
class CaseGuard
{
    Q_DECLARE_TR_FUNCTIONS(CaseGuard)
public:
    explicit CaseGuard(Database &db) : m_db(db) {}

    /// Loads the case named by id, number or case code if the actor may read it. A refusal is
    /// recorded as `action` with result denied; `audit` records an allowed read as well.
    Result<Case> read(const Actor &actor, const QString &ref, const QString &action,
                      bool audit) const;
    /// Whether the actor may record for a case kept by `orgCode`: a case role whose
    /// jurisdiction holds that organisation (the system actor always).
    Result<void> mayRecord(const Actor &actor, const QString &orgCode) const;
    /// Records a refused change (call after rolling back).
    Result<void> denied(const Actor &actor, const QString &action, const Case &c) const;
    /// Appends the audit entry of a change inside the caller's open transaction.
    static Result<void> append(QSqlDatabase db, const Actor &actor, const QString &action,
                               const Case &c, const QString &detail = QString());

private:
    Database &m_db;
};

} // namespace tj
