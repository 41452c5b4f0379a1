#pragma once

#include "agreement.h"
#include "common/result.h"
#include "deadlines/rules.h"
#include "users/user.h"

#include <QCoreApplication>
#include <QHash>

namespace tj {

class Database;
class CaseStore;
class AgreementStore;

/// Everything the workstation shows about an agreement on a day.
struct AgreementView
{
    Case record;
    Agreement agreement;
    Fulfilment fulfilment;
    QString caseCode;
    QStringList missingSignatures;
    Due confirmationDeadline; ///< invalid date while the agreement has not taken effect
    bool confirmationEligible = true;
    QString ineligibleReason;
    bool enforceable = false;                 ///< confirmed valid by a court
    QHash<QString, Due> enforcementUntil;      ///< by instalment id, when enforceable
    QStringList nextSteps;                    ///< codes: confirmation, enforcement, re_mediation, suit
};

struct PaymentInput
{
    qint64 amountFen = 0;
    QDate on;
    int obligation = 0;  ///< 1-based; 0 picks the only obligation
    QString proofPath;   ///< optional file
    QString note;
};

struct VisitInput
{
    QDate on;
    QString performance; ///< performed | partly | not_performed
    std::optional<int> satisfaction;
    QString risks;
    QString note;
    QString visitor;
    QString method;  ///< phone | on_site (empty: not said, as before schema 6)
    QString visited; ///< whom the visitor reached
};

/// Fulfilment of settlement agreements: signatures, payments with proofs, follow-up visits.
/// Each change runs in one transaction, adds an event to the case history and an audit entry;
/// only case roles whose jurisdiction holds the agreement's organisation record (CaseGuard).
class AgreementService
{
    Q_DECLARE_TR_FUNCTIONS(AgreementService)
public:
    explicit AgreementService(Database &db) : m_db(db) {}

    /// The agreement of a case as it stands on `asOf` (today when invalid), for an actor who
    /// may read the case (Access::mayRead); audited as agreement.view, refusals as denied.
    Result<AgreementView> show(const Actor &actor, const QString &ref, const QDate &asOf = {}) const;
    /// The same without an access check, for services that have checked the actor already.
    Result<AgreementView> compute(const QString &ref, const QDate &asOf = {}) const;
    /// Records a signature; `role` may be empty to infer it from the name.
    Result<AgreementView> sign(const Actor &actor, const QString &ref, const QString &who,
                               const QDate &on, const QString &role = {});
    /// Turns an oral agreement into a written one (art. 28: the parties may want the paper):
    /// it keeps its content and its effective date; the signatures are then recorded on it.
    Result<AgreementView> convertToWritten(const Actor &actor, const QString &ref, const QDate &on);
    Result<Payment> pay(const Actor &actor, const QString &ref, const PaymentInput &input);
    Result<Visit> visit(const Actor &actor, const QString &ref, const VisitInput &input);
    /// The stored bytes of a payment proof, for an actor who may read its case (audited).
    Result<QByteArray> proof(const Actor &actor, const QString &sha256) const;

    /// Names of the mediators a signer may be (session mediators and the organisation's users).
    static Result<QStringList> mediatorNames(CaseStore &store, Database &db, const Case &c);

private:
    using Change = std::function<Result<void>(const Case &, Agreement &, CaseEvent &,
                                              AgreementStore &, CaseStore &)>;
    Result<Case> change(const Actor &actor, const QString &ref, const QDate &on,
                        const QString &action, const Change &apply);

    Database &m_db;
};

} // namespace tj
