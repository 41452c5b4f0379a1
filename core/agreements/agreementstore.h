#pragma once

#include "agreement.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace tj {

/// The SQL of agreements: schedule, signatures, payments and proofs, visits, confirmation.
/// Callers hold the transaction; nothing here checks rules.
class AgreementStore
{
public:
    explicit AgreementStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The agreement of a case; NotFound when the case has none.
    Result<Agreement> load(const QString &caseId, const QString &caseNumber) const;
    Result<void> insertSignature(const QString &caseId, const StoredSignature &s);
    Result<void> setEffectiveOn(const QString &caseId, const QDate &on);
    Result<void> setKind(const QString &caseId, const QString &kind);
    /// Stores a proof file once per content hash.
    Result<void> insertProof(const QString &sha256, const QByteArray &content);
    Result<QByteArray> proofContent(const QString &sha256) const;
    Result<void> insertPayment(const QString &caseId, const Payment &p, const QString &by);
    Result<void> insertVisit(const QString &caseId, const Visit &v, const QString &by);
    Result<void> insertConfirmation(const QString &caseId, const Confirmation &c);
    Result<void> updateConfirmation(const QString &caseId, const Confirmation &c);

private:
    Result<void> loadSchedule(Agreement &a) const;
    Result<void> loadRecords(Agreement &a) const;
    Result<void> loadConfirmation(Agreement &a) const;

    QSqlDatabase m_db;
};

} // namespace tj
