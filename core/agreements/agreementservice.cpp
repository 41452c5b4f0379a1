#include "agreementservice.h"

#include "agreementstore.h"
#include "attachments/attachmentstore.h"
#include "casecode.h"
#include "cases/casestore.h"
#include "common/clock.h"
#include "common/money.h"
#include "confirmation.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "fulfilment.h"
#include "orgs/organisation.h"
#include "security/caseguard.h"
#include "security/masking.h"
#include "signing.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace tj {

namespace {
constexpr qint64 kMaxProofBytes = 20 * 1024 * 1024;

// The proof of a payment also joins the case's attachments as a receipt (unless the case holds
// that file already), so every file of a case is listed, previewed and exported in one place.
Result<void> attachReceipt(QSqlDatabase db, const Case &c, const Payment &p,
                           const QByteArray &proof, const Actor &actor, const QString &org)
{
    AttachmentStore store(std::move(db));
    auto existing = store.findByHash(c.id, p.proofSha256);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return {};
    Attachment a;
    a.id = newId();
    a.caseId = c.id;
    a.kind = QStringLiteral("receipt");
    a.fileName = p.proofName;
    a.mime = QMimeDatabase().mimeTypeForFileNameAndData(p.proofName, proof).name();
    a.size = proof.size();
    a.sha256 = p.proofSha256;
    a.note = AgreementService::tr("Proof of the payment of %1 yuan on %2")
                 .arg(money::formatYuan(p.amountFen), isoDate(p.on));
    a.addedBy = actor.login;
    a.addedOrg = org;
    a.addedAt = nowStamp();
    return store.insert(a, proof);
}

QStringList nextStepsFor(const AgreementView &v)
{
    if (v.fulfilment.state != AgreementState::Breached)
        return {};
    QStringList steps;
    if (v.enforceable)
        steps << QStringLiteral("enforcement");
    else if (!v.agreement.confirmation && v.confirmationEligible
             && v.confirmationDeadline.computable()
             && v.fulfilment.asOf <= v.confirmationDeadline.date)
        steps << QStringLiteral("confirmation");
    steps << QStringLiteral("re_mediation") << QStringLiteral("suit");
    return steps;
}
} // namespace

Result<AgreementView> AgreementService::show(const Actor &actor, const QString &ref,
                                             const QDate &asOf) const
{
    auto c = CaseGuard(m_db).read(actor, ref, QStringLiteral("agreement.view"), true);
    if (!c)
        return c.error();
    auto v = compute(c->id, asOf);
    if (v)
        Masking::maskCase(v->record);
    return v;
}

Result<AgreementView> AgreementService::compute(const QString &ref, const QDate &asOf) const
{
    QSqlDatabase db = m_db.connection();
    CaseStore cases(db);
    auto c = cases.load(ref.trimmed());
    if (!c)
        return c.error();
    auto a = AgreementStore(db).load(c->id, c->number);
    if (!a)
        return a.error();
    auto rules = DeadlineRules::load(m_db);
    if (!rules)
        return rules.error();
    auto code = ensureCaseCode(db, c->id);
    if (!code)
        return code.error();

    AgreementView v;
    v.record = c.value();
    v.agreement = a.value();
    v.caseCode = code.value();
    v.fulfilment = computeFulfilment(v.agreement, asOf.isValid() ? asOf : QDate::currentDate());
    if (v.agreement.kind == QLatin1String("written"))
        v.missingSignatures = Signing::missing(v.record, v.agreement.signatures);
    if (v.agreement.effectiveOn.isValid())
        v.confirmationDeadline = rules->confirmationWindow(v.agreement.effectiveOn);
    v.ineligibleReason = ConfirmationService::ineligibility(v.record);
    if (v.ineligibleReason.isEmpty() && v.agreement.kind != QLatin1String("written"))
        v.ineligibleReason = tr("An oral agreement cannot be confirmed; record it in writing first.");
    v.confirmationEligible = v.ineligibleReason.isEmpty();
    v.enforceable = v.agreement.confirmation
                    && v.agreement.confirmation->result == QLatin1String("valid");
    if (v.enforceable)
        for (const ObligationStatus &o : v.fulfilment.obligations)
            for (const InstalmentStatus &i : o.instalments)
                if (i.instalment.due.isValid())
                    v.enforcementUntil.insert(i.instalment.id, rules->enforcement(i.instalment.due));
    v.nextSteps = nextStepsFor(v);
    return v;
}

Result<QStringList> AgreementService::mediatorNames(CaseStore &store, Database &db, const Case &c)
{
    QStringList names;
    auto sessions = store.sessions(c.id);
    if (!sessions)
        return sessions.error();
    for (const Session &s : sessions.value())
        names += s.mediators;
    Query q(db.connection(), "SELECT name FROM users WHERE org_code IN (:handling, :closed)"
                             " AND active = 1");
    q.bind("handling", c.handlingOrg).bind("closed", c.closedOrg);
    TJ_TRY(q.exec());
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<Case> AgreementService::change(const Actor &actor, const QString &ref, const QDate &on,
                                      const QString &action, const Change &apply)
{
    if (!on.isValid())
        return makeError(ErrorKind::Validation, tr("Give the date."));
    if (on > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("The date %1 lies in the future.").arg(isoDate(on)));
    QSqlDatabase db = m_db.connection();
    CaseStore cases(db);
    AgreementStore agreements(db);
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto c = cases.load(ref.trimmed());
    if (!c)
        return c.error();
    auto a = agreements.load(c->id, c->number);
    if (!a)
        return a.error();
    const CaseGuard guard(m_db);
    if (auto allowed = guard.mayRecord(actor, a->orgCode); !allowed) {
        tx.rollback();
        TJ_TRY(guard.denied(actor, QStringLiteral("agreement.") + action, c.value()));
        return allowed.error();
    }
    if (on < c->receivedOn)
        return makeError(ErrorKind::Validation,
                         tr("The date %1 is before the case was received (%2).")
                             .arg(isoDate(on), isoDate(c->receivedOn)));
    CaseEvent e;
    e.caseId = c->id;
    e.on = on;
    e.user = actor.login;
    e.org = actor.isSystem() ? a->orgCode : actor.orgCode;
    e.action = action;
    TJ_TRY(apply(c.value(), a.value(), e, agreements, cases));
    TJ_TRY(cases.appendEvent(e));
    TJ_TRY(CaseGuard::append(db, actor, QStringLiteral("agreement.") + action, c.value(), e.detail));
    TJ_TRY(tx.commit());
    return c.value();
}

Result<AgreementView> AgreementService::convertToWritten(const Actor &actor, const QString &ref,
                                                         const QDate &on)
{
    auto changed = change(actor, ref, on, QStringLiteral("agreement_convert"),
                          [&](const Case &c, Agreement &a, CaseEvent &e, AgreementStore &store,
                              CaseStore &) -> Result<void> {
                              if (a.kind != QLatin1String("oral"))
                                  return makeError(ErrorKind::Rule,
                                                   tr("The agreement of case %1 is already written.")
                                                       .arg(c.number));
                              a.kind = QStringLiteral("written");
                              e.detail = tr("oral agreement written down");
                              e.data = QJsonObject{{QStringLiteral("kind"), a.kind}};
                              return store.setKind(c.id, a.kind);
                          });
    if (!changed)
        return changed.error();
    return compute(changed->id, on);
}

Result<AgreementView> AgreementService::sign(const Actor &actor, const QString &ref,
                                             const QString &who, const QDate &on,
                                             const QString &role)
{
    const QString name = who.trimmed();
    if (name.isEmpty())
        return makeError(ErrorKind::Validation, tr("Name who signed."));
    if (!role.isEmpty() && role != Signing::kParty && role != Signing::kMediator
        && role != Signing::kSeal)
        return makeError(ErrorKind::Validation,
                         tr("A signer signs as party, mediator or seal, not \"%1\".").arg(role));
    auto changed = change(
        actor, ref, on, QStringLiteral("agreement_sign"),
        [&](const Case &c, Agreement &a, CaseEvent &e, AgreementStore &store,
            CaseStore &cases) -> Result<void> {
            if (a.kind != QLatin1String("written"))
                return makeError(ErrorKind::Rule, tr("An oral agreement has no signatures."));
            auto mediators = mediatorNames(cases, m_db, c);
            if (!mediators)
                return mediators.error();
            QString as = role;
            if (as.isEmpty())
                as = Signing::roleOf(c, mediators.value(), c.handlingOrgName, name);
            if (as.isEmpty())
                return makeError(ErrorKind::Validation,
                                 tr("%1 is neither a party of case %2 nor one of its mediators; "
                                    "say how they sign with --as party|mediator|seal.")
                                     .arg(name, c.number));
            const StoredSignature s{name, on, as};
            a.signatures.append(s);
            TJ_TRY(store.insertSignature(c.id, s));
            const QDate effective = Signing::effectiveOn(c, a.signatures);
            e.detail = name;
            e.data = QJsonObject{{QStringLiteral("who"), name}, {QStringLiteral("role"), as}};
            if (effective != a.effectiveOn) {
                e.data.insert(QStringLiteral("effective_on"), isoDate(effective));
                TJ_TRY(store.setEffectiveOn(c.id, effective));
            }
            return {};
        });
    if (!changed)
        return changed.error();
    auto v = compute(changed->id);
    if (v)
        Masking::maskCase(v->record);
    return v;
}

Result<Payment> AgreementService::pay(const Actor &actor, const QString &ref,
                                      const PaymentInput &input)
{
    if (input.amountFen <= 0)
        return makeError(ErrorKind::Validation, tr("A payment has a positive amount."));
    QByteArray proof;
    Payment payment;
    payment.id = newId();
    payment.on = input.on;
    payment.amountFen = input.amountFen;
    payment.note = input.note.trimmed();
    if (!input.proofPath.isEmpty()) {
        QFile file(input.proofPath);
        if (QFileInfo(file).size() > kMaxProofBytes)
            return makeError(ErrorKind::Validation, tr("The proof file is larger than 20 MB."));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Validation,
                             tr("The proof file %1 cannot be read.").arg(input.proofPath));
        proof = file.readAll();
        payment.proofName = QFileInfo(input.proofPath).fileName();
        payment.proofSha256 = QString::fromLatin1(
            QCryptographicHash::hash(proof, QCryptographicHash::Sha256).toHex());
        payment.proofSize = proof.size();
    }
    auto changed = change(
        actor, ref, input.on, QStringLiteral("payment"),
        [&](const Case &c, Agreement &a, CaseEvent &e, AgreementStore &store,
            CaseStore &) -> Result<void> {
            if (a.obligations.isEmpty())
                return makeError(ErrorKind::Rule, tr("The agreement of %1 has no money obligation.")
                                                      .arg(c.number));
            int index = input.obligation - 1;
            if (input.obligation == 0 && a.obligations.size() == 1)
                index = 0;
            if (index < 0 || index >= a.obligations.size())
                return makeError(ErrorKind::Validation,
                                 tr("Name the obligation paid (1 to %1).").arg(a.obligations.size()));
            const StoredObligation &o = a.obligations[index];
            qint64 paid = 0;
            for (const Payment &p : std::as_const(a.payments))
                paid += p.obligationId == o.id ? p.amountFen : 0;
            if (paid + input.amountFen > o.amountFen)
                return makeError(ErrorKind::Validation,
                                 tr("%1 yuan is more than the %2 yuan still owed by %3.")
                                     .arg(money::formatYuan(input.amountFen),
                                          money::formatYuan(o.amountFen - paid), o.debtor));
            payment.obligationId = o.id;
            if (!proof.isNull()) {
                TJ_TRY(store.insertProof(payment.proofSha256, proof));
                TJ_TRY(attachReceipt(m_db.connection(), c, payment, proof, actor, e.org));
            }
            e.detail = tr("%1 paid %2 yuan to %3")
                           .arg(o.debtor, money::formatYuan(input.amountFen), o.creditor);
            e.data = QJsonObject{{QStringLiteral("payment"), payment.id},
                                 {QStringLiteral("amount"), money::formatYuan(input.amountFen)},
                                 {QStringLiteral("proof_sha256"), payment.proofSha256}};
            return store.insertPayment(c.id, payment, actor.login);
        });
    if (!changed)
        return changed.error();
    return payment;
}

Result<Visit> AgreementService::visit(const Actor &actor, const QString &ref, const VisitInput &input)
{
    static const QStringList performances = {QStringLiteral("performed"), QStringLiteral("partly"),
                                             QStringLiteral("not_performed")};
    if (!performances.contains(input.performance))
        return makeError(ErrorKind::Validation,
                         tr("Performance is performed, partly or not_performed, not \"%1\".")
                             .arg(input.performance));
    if (input.satisfaction && (*input.satisfaction < 1 || *input.satisfaction > 5))
        return makeError(ErrorKind::Validation, tr("Satisfaction is rated from 1 to 5."));
    const QString method = input.method.trimmed();
    if (!method.isEmpty() && method != QLatin1String("phone") && method != QLatin1String("on_site"))
        return makeError(ErrorKind::Validation,
                         tr("A visit is made by phone or on_site, not \"%1\".").arg(method));
    Visit v;
    v.id = newId();
    v.on = input.on;
    v.performance = input.performance;
    v.satisfaction = input.satisfaction;
    v.risks = input.risks.trimmed();
    v.note = input.note.trimmed();
    v.visitor = input.visitor.trimmed();
    v.method = method;
    v.visited = input.visited.trimmed();
    auto changed = change(actor, ref, input.on, QStringLiteral("visit"),
                          [&](const Case &c, Agreement &, CaseEvent &e, AgreementStore &store,
                              CaseStore &) -> Result<void> {
                              e.detail = v.risks.isEmpty() ? v.note : v.risks;
                              e.data = QJsonObject{{QStringLiteral("performance"), v.performance}};
                              if (!v.method.isEmpty())
                                  e.data.insert(QStringLiteral("method"), v.method);
                              return store.insertVisit(c.id, v, actor.login);
                          });
    if (!changed)
        return changed.error();
    return v;
}

Result<QByteArray> AgreementService::proof(const Actor &actor, const QString &sha256) const
{
    Query q(m_db.connection(), "SELECT case_id FROM payments WHERE proof_sha256 = :sha LIMIT 1");
    q.bind("sha", sha256);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no payment proof %1.").arg(sha256));
    TJ_TRY(CaseGuard(m_db).read(actor, q.value(0).toString(), QStringLiteral("agreement.proof"), true));
    return AgreementStore(m_db.connection()).proofContent(sha256);
}

} // namespace tj
