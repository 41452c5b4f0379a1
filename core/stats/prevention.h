#pragma once

#include "cases/case.h"
#include "common/result.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tj {

class Database;

/// What a mediation prevented, for the MoJ report: a dispute turning criminal (防止民转刑) or a
/// mass petition (防止群体性上访).
enum class PreventionKind { Criminal, MassPetition };

QString preventionKindCode(PreventionKind kind);
std::optional<PreventionKind> preventionKindFromCode(const QString &code);

struct Prevention
{
    PreventionKind kind = PreventionKind::Criminal;
    int persons = 0; ///< persons involved
    QDate on;        ///< business date it was recorded for (counts in that period)
    QString note;
};

/// Records prevention flags on a case (one per kind; recording again replaces it) and writes
/// the change into the case history, in one transaction.
class PreventionService
{
    Q_DECLARE_TR_FUNCTIONS(PreventionService)
public:
    explicit PreventionService(Database &db) : m_db(db) {}

    /// Only a case role of the handling organisation records (audited as case.prevention).
    Result<void> record(const Actor &actor, const QString &caseRef, const Prevention &input);
    /// The flags of a case the actor may read.
    Result<QList<Prevention>> list(const Actor &actor, const QString &caseRef) const;
    static Result<void> mayRecord(const Actor &actor, const Case &c);

private:
    Database &m_db;
};

} // namespace tj
