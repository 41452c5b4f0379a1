#pragma once

#include "agreement.h"
#include "common/result.h"
#include "deadlines/rules.h"
#include "orgs/organisation.h"
#include "users/user.h"

#include <QCoreApplication>

namespace tj {

class Database;

/// An application waiting at a court, as the judge's queue lists it.
struct ConfirmationApplication
{
    QString caseId;
    QString caseNumber;
    QString title;
    QString mediatingOrg;      ///< organisation that made the agreement
    QString mediatingOrgName;
    Confirmation confirmation;
    Due acceptanceDue;         ///< 3 days (setting) from the application
    Due rulingDue;             ///< 15 (+10) days from acceptance; invalid until accepted
    bool awaitingAcceptance() const
    {
        return !confirmation.acceptedOn.isValid() && !confirmation.refusedOn.isValid();
    }
};

/// Judicial confirmation of a mediation agreement (司法确认): the parties' joint application
/// within 30 days of the agreement taking effect, to the court over the mediating organisation
/// or, for a court-delegated case, the delegating court; the court's acceptance or refusal
/// within 3 days and its ruling within 15 (+10) days (SPC 2011 rules).
class ConfirmationService
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationService)
public:
    explicit ConfirmationService(Database &db) : m_db(db) {}

    /// Documents the application needs (codes); translated labels from documentLabel().
    static QStringList checklist();
    static QString documentLabel(const QString &code);
    /// Why a case cannot be confirmed (marriage, adoption, personal status); empty if it can.
    static QString ineligibility(const Case &c);
    /// The court the application goes to.
    Result<Organisation> courtFor(const Case &c) const;

    /// Records the joint application; `documents` empty means the whole checklist was supplied.
    Result<Confirmation> apply(const Actor &actor, const QString &ref, const QDate &on,
                               const QStringList &documents = {});
    Result<Confirmation> accept(const Actor &actor, const QString &ref, const QDate &on);
    Result<Confirmation> refuse(const Actor &actor, const QString &ref, const QString &reason,
                                const QDate &on);
    /// Approves the extension of the ruling period.
    Result<Confirmation> extend(const Actor &actor, const QString &ref, const QDate &on);
    /// `result` is valid or rejected; a rejection gives its `reason`.
    Result<Confirmation> rule(const Actor &actor, const QString &ref, const QString &result,
                              const QDate &on, const QString &number,
                              const QString &reason = QString());
    /// Applications at the actor's court still waiting for acceptance or a ruling, oldest
    /// first (the system actor sees every court's); judges of that court only.
    Result<QList<ConfirmationApplication>> pending(const Actor &actor) const;

    /// The court side (accept, refuse, extend, rule) is for judges of the court applied to.
    static Result<void> mayDecide(const Actor &actor, const Confirmation &conf);

private:
    using Step = std::function<Result<void>(const Case &, Confirmation &, CaseEvent &)>;
    Result<Confirmation> courtStep(const Actor &actor, const QString &ref, const QDate &on,
                                   const QString &action, const Step &step);

    Database &m_db;
};

} // namespace tj
