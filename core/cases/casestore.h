#pragma once

#include "case.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace tj {

struct Actor;

/// The SQL of the cases feature: reading and writing cases, parties, sessions, referrals,
/// agreements and the history. Callers hold the transaction; nothing here checks rules.
class CaseStore
{
public:
    explicit CaseStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Finds a case by UUID or by case number.
    Result<Case> load(const QString &idOrNumber) const;
    Result<CasePage> list(const CaseFilter &filter) const;
    Result<QList<CaseEvent>> history(const QString &caseId) const;
    Result<QList<Session>> sessions(const QString &caseId) const;
    Result<QList<InboxItem>> inbox(const QString &orgCode) const;
    /// Cases sharing a party identity (ID number, credit code) or respondent name with `parties`.
    Result<QList<RelatedCase>> relatedTo(const QList<Party> &parties, const QString &category,
                                         const QString &excludeId) const;

    Result<int> nextNumber(const QString &orgCode, int year);
    Result<void> insertCase(const Case &c, int seq, const QString &createdBy);
    Result<void> insertParties(const QString &caseId, const QList<Party> &parties);
    /// Writes the state fields back; Conflict when the stored version differs from c.version.
    Result<void> updateState(const Case &c);
    Result<void> insertSession(const Session &s);
    Result<void> insertTransfer(const QString &caseId, const PendingTransfer &t,
                                const QString &sentBy);
    Result<void> answerTransfer(const QString &transferId, bool accepted, const QDate &on,
                                const QString &by, const QString &returnReason);
    Result<void> insertAgreement(const QString &caseId, const QString &orgCode,
                                 const AgreementInput &a, const QDate &effectiveOn);
    Result<void> appendEvent(const CaseEvent &e);

private:
    Result<QList<Party>> loadParties(const QString &caseId) const;
    Result<std::optional<PendingTransfer>> loadPending(const QString &caseId) const;

    QSqlDatabase m_db;
};

} // namespace tj
