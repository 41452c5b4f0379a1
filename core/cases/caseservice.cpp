#include "caseservice.h"

#include "casestore.h"
#include "agreements/agreementservice.h"
#include "agreements/signing.h"
#include "categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "db/transaction.h"
#include "orgs/organisation.h"
#include "parties/identifiers.h"
#include "security/access.h"
#include "security/audit.h"
#include "security/masking.h"

#include <QJsonArray>

namespace tj {

namespace {
constexpr int kMaxTitle = 200;
constexpr int kMaxText = 20000;

QDate effectiveDate(const QDate &on)
{
    return on.isValid() ? on : QDate::currentDate();
}
} // namespace

QString CaseService::caseNumber(int year, const QString &orgCode, int seq)
{
    return QStringLiteral("（%1）%2调字第%3号").arg(year).arg(orgCode).arg(seq);
}

CaseEvent CaseService::intakeEvent(const Actor &actor, const Case &c)
{
    CaseEvent e;
    e.caseId = c.id;
    e.on = c.receivedOn;
    e.user = actor.login;
    e.org = actor.isSystem() ? c.registeringOrg : actor.orgCode;
    e.action = QStringLiteral("intake");
    e.detail = c.title;
    e.afterStatus = statusCode(c.status);
    e.afterOrg = c.handlingOrg;
    e.data = QJsonObject{{QStringLiteral("number"), c.number},
                         {QStringLiteral("source"), sourceCode(c.source)},
                         {QStringLiteral("category"), c.category},
                         {QStringLiteral("amount"), money::formatYuan(c.amountFen)},
                         {QStringLiteral("parties"), int(c.parties.size())}};
    return e;
}

Result<void> CaseService::validateIntake(const CaseIntake &in)
{
    if (in.org.isEmpty())
        return makeError(ErrorKind::Validation, tr("Name the registering organisation."));
    if (!in.receivedOn.isValid())
        return makeError(ErrorKind::Validation, tr("Give the date the dispute was received."));
    if (in.receivedOn > QDate::currentDate())
        return makeError(ErrorKind::Validation,
                         tr("The date received (%1) lies in the future.").arg(isoDate(in.receivedOn)));
    if (!CategoryCatalog::instance().find(in.category))
        return makeError(ErrorKind::Validation,
                         tr("\"%1\" is not one of the dispute categories.").arg(in.category));
    if (in.subcategory.size() > 40)
        return makeError(ErrorKind::Validation, tr("The subcategory is too long (40 characters at most)."));
    if (in.title.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Give the dispute a title."));
    if (in.title.size() > kMaxTitle)
        return makeError(ErrorKind::Validation, tr("The title is too long (%1 characters at most).").arg(kMaxTitle));
    if (in.facts.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Describe the facts of the dispute."));
    if (in.facts.size() > kMaxText || in.claims.size() > kMaxText)
        return makeError(ErrorKind::Validation, tr("The facts or claims are too long (%1 characters at most).").arg(kMaxText));
    if (in.amountFen < 0)
        return makeError(ErrorKind::Validation, tr("The amount cannot be negative."));

    bool hasApplicant = false;
    bool hasRespondent = false;
    int representatives = 0;
    int index = 0;
    for (const Party &p : in.parties) {
        ++index;
        const QString who = p.name.trimmed().isEmpty() ? tr("party %1").arg(index) : p.name;
        if (p.name.trimmed().isEmpty())
            return makeError(ErrorKind::Validation, tr("Party %1 has no name.").arg(index));
        if (p.kind == PartyKind::Person) {
            if (!p.creditCode.isEmpty())
                return makeError(ErrorKind::Validation, tr("%1 is a person and has no credit code.").arg(who));
            if (!p.idNumber.isEmpty()) {
                const QString problem = Identifiers::checkResidentId(p.idNumber);
                if (!problem.isEmpty())
                    return makeError(ErrorKind::Validation, tr("%1: %2").arg(who, problem));
            }
        } else {
            if (!p.idNumber.isEmpty())
                return makeError(ErrorKind::Validation,
                                 tr("%1 is an organisation: give its unified social credit code, not an ID number.").arg(who));
            if (!p.creditCode.isEmpty()) {
                const QString problem = Identifiers::checkCreditCode(p.creditCode);
                if (!problem.isEmpty())
                    return makeError(ErrorKind::Validation, tr("%1: %2").arg(who, problem));
            }
        }
        if (p.claimAmountFen && *p.claimAmountFen < 0)
            return makeError(ErrorKind::Validation, tr("The claim of %1 cannot be negative.").arg(who));
        if (p.phone.size() > 30)
            return makeError(ErrorKind::Validation, tr("The phone number of %1 is too long.").arg(who));
        hasApplicant |= p.role == PartyRole::Applicant;
        hasRespondent |= p.role == PartyRole::Respondent;
        representatives += p.representative ? 1 : 0;
    }
    if (!hasApplicant)
        return makeError(ErrorKind::Validation, tr("A dispute needs at least one applicant."));
    if (!hasRespondent)
        return makeError(ErrorKind::Validation, tr("A dispute needs at least one respondent."));
    if (representatives > 1)
        return makeError(ErrorKind::Validation, tr("Only one claimant can be the representative."));
    return {};
}

Result<QList<RelatedCase>> CaseService::checkRelated(const CaseIntake &input) const
{
    const CaseStore store(m_db.connection());
    const Category *category = CategoryCatalog::instance().find(input.category);
    return store.relatedTo(input.parties, category ? category->name : input.category, QString());
}

Result<IntakeResult> CaseService::intake(const Actor &actor, const CaseIntake &input)
{
    TJ_TRY(validateIntake(input));
    OrganisationService orgs(m_db);
    auto org = orgs.find(input.org);
    if (!org)
        return org.error();
    if (auto allowed = Access(m_db).mayRegisterAt(actor, input.org); !allowed) {
        TJ_TRY(AuditLog(m_db.connection())
                   .record(AuditEntry::of(actor, QStringLiteral("case.intake"),
                                          QStringLiteral("case"), QString(), input.org)
                               .withResult(QStringLiteral("denied"))));
        return allowed.error();
    }

    Case c;
    c.id = newId();
    c.status = CaseStatus::Registered;
    c.registeringOrg = input.org;
    c.handlingOrg = input.org;
    c.handlingOrgName = org->name;
    c.handlingOrgTier = org->tier;
    c.source = input.source;
    c.category = CategoryCatalog::instance().find(input.category)->name;
    c.subcategory = input.subcategory.trimmed();
    c.title = input.title.trimmed();
    c.facts = input.facts.trimmed();
    c.claims = input.claims.trimmed();
    c.amountFen = input.amountFen;
    c.risk = input.risk;
    c.receivedOn = input.receivedOn;
    c.parties = input.parties;
    for (Party &p : c.parties) {
        p.id = newId();
        p.name = p.name.trimmed();
        if (!p.idNumber.isEmpty()) {
            p.birthDate = Identifiers::birthDateOfResidentId(p.idNumber);
            p.sex = Identifiers::sexOfResidentId(p.idNumber);
        }
    }

    auto warnings = checkRelated(input);
    if (!warnings)
        return warnings.error();

    QSqlDatabase db = m_db.connection();
    CaseStore store(db);
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto seq = store.nextNumber(c.registeringOrg, c.receivedOn.year());
    if (!seq)
        return seq.error();
    c.number = caseNumber(c.receivedOn.year(), c.registeringOrg, seq.value());
    TJ_TRY(store.insertCase(c, seq.value(), actor.login));
    TJ_TRY(store.insertParties(c.id, c.parties));
    TJ_TRY(store.appendEvent(intakeEvent(actor, c)));
    TJ_TRY(AuditLog(db).append(AuditEntry::of(actor, QStringLiteral("case.intake"),
                                              QStringLiteral("case"), c.id, c.number)));
    TJ_TRY(tx.commit());

    auto stored = reload(c.id);
    if (!stored)
        return stored.error();
    return IntakeResult{stored.value(), warnings.value()};
}

Result<Case> CaseService::readable(const Actor &actor, const QString &ref, const QString &action,
                                   bool audit) const
{
    QString key = ref.trimmed();
    if (const qsizetype at = key.lastIndexOf(u'@'); at > 0)
        key.truncate(at); // "REF@N" names the case as well; the version matters only to changes
    auto c = CaseStore(m_db.connection()).load(key);
    if (!c)
        return c.error();
    auto allowed = Access(m_db).mayRead(actor, c.value());
    if (!allowed || audit) {
        AuditEntry entry = AuditEntry::of(actor, action, QStringLiteral("case"), c->id, c->number);
        if (!allowed)
            entry.result = QStringLiteral("denied");
        TJ_TRY(AuditLog(m_db.connection()).record(entry));
    }
    if (!allowed)
        return allowed.error();
    return c;
}

Result<Case> CaseService::reload(const QString &id) const
{
    auto c = CaseStore(m_db.connection()).load(id);
    if (c)
        Masking::maskCase(c.value());
    return c;
}

Result<Case> CaseService::get(const Actor &actor, const QString &idOrNumber) const
{
    auto c = readable(actor, idOrNumber, QStringLiteral("case.view"), true);
    if (c)
        Masking::maskCase(c.value());
    return c;
}

Result<Case> CaseService::reveal(const Actor &actor, const QString &idOrNumber) const
{
    return readable(actor, idOrNumber, QStringLiteral("case.reveal"), true);
}

Result<CasePage> CaseService::list(const Actor &actor, const CaseFilter &filter) const
{
    if (filter.limit > 10000)
        return makeError(ErrorKind::Validation, tr("At most 10000 cases can be listed at once."));
    if (filter.receivedFrom.isValid() && filter.receivedTo.isValid()
        && filter.receivedFrom > filter.receivedTo)
        return makeError(ErrorKind::Validation,
                         tr("The date range is reversed: %1 is after %2.")
                             .arg(isoDate(filter.receivedFrom), isoDate(filter.receivedTo)));
    auto scoped = Access(m_db).scoped(actor, filter);
    if (!scoped) {
        TJ_TRY(AuditLog(m_db.connection())
                   .record(AuditEntry::of(actor, QStringLiteral("case.list"), QStringLiteral("case"),
                                          QString())
                               .withResult(QStringLiteral("denied"))));
        return scoped.error();
    }
    auto page = CaseStore(m_db.connection()).list(scoped.value());
    if (!page)
        return page.error();
    for (Case &c : page->cases)
        Masking::maskCase(c);
    if (!page->cases.isEmpty())
        TJ_TRY(AuditLog(m_db.connection())
                   .record(AuditEntry::of(actor, QStringLiteral("case.list"), QStringLiteral("case"),
                                          QString(),
                                          QStringLiteral("%1 of %2; search \"%3\"")
                                              .arg(page->cases.size())
                                              .arg(page->totalExact
                                                       ? QString::number(page->total)
                                                       : QStringLiteral("more than %1").arg(page->total))
                                              .arg(filter.search))));
    return page;
}

Result<QList<CaseEvent>> CaseService::history(const Actor &actor, const QString &idOrNumber) const
{
    auto c = readable(actor, idOrNumber, QStringLiteral("case.history"), true);
    if (!c)
        return c.error();
    return CaseStore(m_db.connection()).history(c->id);
}

Result<QList<Session>> CaseService::sessions(const Actor &actor, const QString &idOrNumber) const
{
    auto c = readable(actor, idOrNumber, QStringLiteral("case.sessions"), false);
    if (!c)
        return c.error();
    return CaseStore(m_db.connection()).sessions(c->id);
}

Result<QList<RelatedCase>> CaseService::related(const Actor &actor, const QString &idOrNumber) const
{
    auto c = readable(actor, idOrNumber, QStringLiteral("case.related"), false);
    if (!c)
        return c.error();
    auto related = CaseStore(m_db.connection()).relatedTo(c->parties, c->category, c->id);
    if (!related)
        return related.error();
    const Access access(m_db);
    for (RelatedCase &r : related.value()) {
        auto other = CaseStore(m_db.connection()).load(r.caseId);
        if (!other || !access.mayRead(actor, other.value()))
            r.title.clear();
    }
    return related;
}

Result<QList<InboxItem>> CaseService::inbox(const Actor &actor, const QString &orgCode) const
{
    TJ_TRY(Access(m_db).mayReadInbox(actor, orgCode));
    auto items = CaseStore(m_db.connection()).inbox(orgCode);
    if (items)
        for (InboxItem &item : items.value())
            Masking::maskCase(item.summary);
    return items;
}

Result<void> CaseService::checkDay(const Case &c, const QDate &day)
{
    if (day < c.receivedOn)
        return makeError(ErrorKind::Validation,
                         tr("The date %1 is before the case was received (%2).")
                             .arg(isoDate(day), isoDate(c.receivedOn)));
    if (day > QDate::currentDate())
        return makeError(ErrorKind::Validation, tr("The date %1 lies in the future.").arg(isoDate(day)));
    return {};
}

Result<void> CaseService::validateSession(const SessionInput &input)
{
    if (!input.date.isValid())
        return makeError(ErrorKind::Validation, tr("Give the session's date."));
    if (input.record.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Write the record of the session."));
    if (input.mediators.isEmpty())
        return makeError(ErrorKind::Validation, tr("Name at least one mediator of the session."));
    return {};
}

Result<void> CaseService::validateClose(const CloseInput &input)
{
    const Outcome outcome = input.outcome;
    if ((outcome == Outcome::Failed || outcome == Outcome::Withdrawn) && input.reason.trimmed().isEmpty())
        return makeError(ErrorKind::Validation,
                         outcome == Outcome::Failed ? tr("Say why the mediation failed and which routes the parties were advised of.")
                                                    : tr("Give the reason the dispute was withdrawn."));
    if (outcome == Outcome::Filed && input.filedNumber.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Give the court's case number of the filed case."));
    if (outcome == Outcome::Settled) {
        if (!input.agreement)
            return makeError(ErrorKind::Validation, tr("A settled case needs its agreement."));
        const AgreementInput &a = *input.agreement;
        if (a.kind != QLatin1String("written") && a.kind != QLatin1String("oral"))
            return makeError(ErrorKind::Validation, tr("An agreement is written or oral, not \"%1\".").arg(a.kind));
        if (a.content.trimmed().isEmpty())
            return makeError(ErrorKind::Validation, tr("Write what the parties agreed."));
        for (const Obligation &o : a.obligations) {
            if (o.debtor.trimmed().isEmpty() || o.creditor.trimmed().isEmpty())
                return makeError(ErrorKind::Validation, tr("Each obligation names its debtor and creditor."));
            if (o.amountFen <= 0)
                return makeError(ErrorKind::Validation, tr("Each obligation has a positive amount."));
            qint64 sum = 0;
            for (const Instalment &i : o.instalments) {
                if (!i.due.isValid() || i.amountFen <= 0)
                    return makeError(ErrorKind::Validation, tr("Each instalment has a due date and a positive amount."));
                sum += i.amountFen;
            }
            if (!o.instalments.isEmpty() && sum != o.amountFen)
                return makeError(ErrorKind::Validation,
                                 tr("The instalments of %1 add up to %2 yuan, not the obligation's %3 yuan.")
                                     .arg(o.debtor, money::formatYuan(sum), money::formatYuan(o.amountFen)));
        }
        for (const Signature &s : a.signatures)
            if (s.who.trimmed().isEmpty() || !s.on.isValid())
                return makeError(ErrorKind::Validation, tr("Each signature names who signed and when."));
    }
    return {};
}

Result<Case> CaseService::change(const Actor &actor, const QString &ref, CaseAction action,
                                 std::optional<Outcome> outcome, const QDate &on,
                                 const Apply &apply)
{
    QSqlDatabase db = m_db.connection();
    CaseStore store(db);
    // "REF@N": the caller saw version N of the case (a seat's open case page, the command line's
    // --version); if another seat changed it since, this change is refused, not applied on top.
    QString key = ref.trimmed();
    std::optional<int> seenVersion;
    if (const qsizetype at = key.lastIndexOf(u'@'); at > 0) {
        bool numeric = false;
        const int v = key.mid(at + 1).toInt(&numeric);
        if (!numeric || v < 1)
            return makeError(ErrorKind::Usage, tr("\"%1\" is not a case version.").arg(key.mid(at + 1)));
        seenVersion = v;
        key.truncate(at);
    }
    Transaction tx(db);
    TJ_TRY(tx.begin());
    auto loaded = store.load(key);
    if (!loaded)
        return loaded.error();
    Case c = loaded.value();
    if (seenVersion && *seenVersion != c.version)
        return makeError(ErrorKind::Conflict,
                         tr("Case %1 was changed by someone else since you opened it (version %2, "
                            "now %3); reload it and try again.")
                             .arg(c.number)
                             .arg(*seenVersion)
                             .arg(c.version));
    if (auto allowed = Access(m_db).mayChange(actor, c, action); !allowed) {
        tx.rollback();
        TJ_TRY(AuditLog(db).record(AuditEntry::of(actor, QStringLiteral("case.") + actionCode(action),
                                                  QStringLiteral("case"), c.id, c.number)
                                       .withResult(QStringLiteral("denied"))));
        return allowed.error();
    }
    TJ_TRY(Workflow::allows(c, action, outcome));
    const QDate day = effectiveDate(on);
    TJ_TRY(checkDay(c, day));

    CaseEvent e;
    e.caseId = c.id;
    e.on = day;
    e.user = actor.login;
    e.org = actor.isSystem() ? c.handlingOrg : actor.orgCode;
    e.action = actionCode(action);
    e.beforeStatus = statusCode(c.status);
    e.beforeOrg = c.handlingOrg;
    TJ_TRY(apply(c, e, store));
    e.afterStatus = statusCode(c.status);
    e.afterOrg = c.handlingOrg;
    TJ_TRY(store.updateState(c));
    TJ_TRY(store.appendEvent(e));
    TJ_TRY(AuditLog(db).append(AuditEntry::of(actor, QStringLiteral("case.") + actionCode(action),
                                              QStringLiteral("case"), c.id,
                                              QStringLiteral("%1 %2 → %3")
                                                  .arg(c.number, e.beforeStatus, e.afterStatus))));
    TJ_TRY(tx.commit());
    return reload(c.id);
}

Result<Case> CaseService::accept(const Actor &actor, const QString &ref, const QDate &on)
{
    return change(actor, ref, CaseAction::Accept, std::nullopt, on,
                  [&](Case &c, CaseEvent &e, CaseStore &) -> Result<void> {
                      c.status = CaseStatus::InMediation;
                      c.acceptedOn = e.on;
                      return {};
                  });
}

Result<Case> CaseService::reject(const Actor &actor, const QString &ref, const QString &reason,
                                 const QDate &on)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Give the reason the dispute is not accepted."));
    return change(actor, ref, CaseAction::Reject, std::nullopt, on,
                  [&](Case &c, CaseEvent &e, CaseStore &) -> Result<void> {
                      c.status = CaseStatus::NotAccepted;
                      c.closedOn = e.on;
                      c.closedOrg = c.handlingOrg;
                      c.outcomeReason = reason.trimmed();
                      e.detail = c.outcomeReason;
                      return {};
                  });
}

Result<Session> CaseService::addSession(const Actor &actor, const QString &ref,
                                        const SessionInput &input)
{
    TJ_TRY(validateSession(input));
    Session session;
    auto changed = change(actor, ref, CaseAction::Session, std::nullopt, input.date,
                          [&](Case &c, CaseEvent &e, CaseStore &store) -> Result<void> {
                              session.id = newId();
                              session.caseId = c.id;
                              session.orgCode = c.handlingOrg;
                              session.heldOn = input.date;
                              session.place = input.place.trimmed();
                              session.mediators = input.mediators;
                              session.participants = input.participants;
                              session.record = input.record.trimmed();
                              session.createdBy = actor.login;
                              e.detail = session.record.left(200);
                              e.data = QJsonObject{
                                  {QStringLiteral("session"), session.id},
                                  {QStringLiteral("place"), session.place},
                                  {QStringLiteral("mediators"),
                                   QJsonArray::fromStringList(session.mediators)}};
                              return store.insertSession(session);
                          });
    if (!changed)
        return changed.error();
    return session;
}

Result<Case> CaseService::refer(const Actor &actor, const QString &ref, const QString &toOrg,
                                const QString &reason, const QDate &on)
{
    return transfer(actor, ref, TransferKind::Refer, toOrg, reason, on);
}

Result<Case> CaseService::delegate(const Actor &actor, const QString &ref, const QString &toOrg,
                                   const QString &reason, const QDate &on)
{
    return transfer(actor, ref, TransferKind::Delegate, toOrg, reason, on);
}

Result<Case> CaseService::transfer(const Actor &actor, const QString &ref, TransferKind kind,
                                   const QString &toOrg, const QString &reason, const QDate &on)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Validation,
                         kind == TransferKind::Refer ? tr("Give the reason for referring the case up.")
                                                     : tr("Give the reason for delegating the case."));
    OrganisationService orgs(m_db);
    auto target = orgs.find(toOrg);
    if (!target)
        return target.error();
    const CaseAction action = kind == TransferKind::Refer ? CaseAction::Refer : CaseAction::Delegate;
    return change(actor, ref, action, std::nullopt, on,
                  [&](Case &c, CaseEvent &e, CaseStore &store) -> Result<void> {
                      if (kind == TransferKind::Refer) {
                          auto up = orgs.isAncestor(toOrg, c.handlingOrg);
                          if (!up)
                              return up.error();
                          if (!up.value())
                              return makeError(ErrorKind::Rule,
                                               tr("%1 is not above %2 in the organisation tree; a case is "
                                                  "referred up only to a higher tier over it.")
                                                   .arg(toOrg, c.handlingOrg));
                      } else {
                          auto down = orgs.isAncestor(c.handlingOrg, toOrg);
                          if (!down)
                              return down.error();
                          if (!down.value())
                              return makeError(ErrorKind::Rule,
                                               tr("%1 is not in the area of %2; a court delegates only "
                                                  "to organisations in its area.")
                                                   .arg(toOrg, c.handlingOrg));
                      }
                      PendingTransfer t;
                      t.id = newId();
                      t.kind = kind;
                      t.fromOrg = c.handlingOrg;
                      t.toOrg = toOrg;
                      t.reason = reason.trimmed();
                      t.sentOn = e.on;
                      t.previousStatus = c.status;
                      c.status = kind == TransferKind::Refer ? CaseStatus::Referred
                                                             : CaseStatus::Delegated;
                      e.detail = t.reason;
                      e.data = QJsonObject{{QStringLiteral("to"), toOrg},
                                           {QStringLiteral("to_name"), target->name},
                                           {QStringLiteral("transfer"), t.id}};
                      return store.insertTransfer(c.id, t, actor.login);
                  });
}

Result<Case> CaseService::receive(const Actor &actor, const QString &ref, const QDate &on)
{
    return change(actor, ref, CaseAction::Receive, std::nullopt, on,
                  [&](Case &c, CaseEvent &e, CaseStore &store) -> Result<void> {
                      const PendingTransfer t = *c.pending;
                      if (e.on < t.sentOn)
                          return makeError(ErrorKind::Validation,
                                           tr("The case cannot be received before it was sent (%1).")
                                               .arg(isoDate(t.sentOn)));
                      c.handlingOrg = t.toOrg;
                      c.status = CaseStatus::InMediation;
                      c.closedOn = {};
                      c.closedOrg.clear();
                      c.outcomeReason.clear();
                      if (!c.acceptedOn.isValid())
                          c.acceptedOn = e.on;
                      e.detail = t.reason;
                      e.data = QJsonObject{{QStringLiteral("from"), t.fromOrg},
                                           {QStringLiteral("kind"), transferKindCode(t.kind)},
                                           {QStringLiteral("transfer"), t.id}};
                      return store.answerTransfer(t.id, true, e.on, actor.login, QString());
                  });
}

Result<Case> CaseService::returnToSender(const Actor &actor, const QString &ref,
                                         const QString &reason, const QDate &on)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Validation, tr("Give the reason for returning the case."));
    return change(actor, ref, CaseAction::Return, std::nullopt, on,
                  [&](Case &c, CaseEvent &e, CaseStore &store) -> Result<void> {
                      const PendingTransfer t = *c.pending;
                      if (e.on < t.sentOn)
                          return makeError(ErrorKind::Validation,
                                           tr("The case cannot be returned before it was sent (%1).")
                                               .arg(isoDate(t.sentOn)));
                      c.status = t.previousStatus;
                      e.detail = reason.trimmed();
                      e.data = QJsonObject{{QStringLiteral("to"), t.fromOrg},
                                           {QStringLiteral("kind"), transferKindCode(t.kind)},
                                           {QStringLiteral("transfer"), t.id}};
                      return store.answerTransfer(t.id, false, e.on, actor.login, reason.trimmed());
                  });
}

Result<Case> CaseService::close(const Actor &actor, const QString &ref, const CloseInput &input)
{
    const Outcome outcome = input.outcome;
    TJ_TRY(validateClose(input));
    // Recording a written agreement is the closing user's signature as mediator.
    QString closer = actor.login;
    if (auto user = UserService(m_db).find(actor.login); user)
        closer = user->name;
    return change(actor, ref, CaseAction::Close, outcome, input.on,
                  [&](Case &c, CaseEvent &e, CaseStore &store) -> Result<void> {
                      c.status = statusOf(outcome);
                      c.closedOn = e.on;
                      c.closedOrg = c.handlingOrg;
                      c.outcomeReason = input.reason.trimmed();
                      e.detail = c.outcomeReason;
                      e.data = QJsonObject{{QStringLiteral("outcome"), statusCode(c.status)}};
                      if (outcome == Outcome::Filed) {
                          c.filedNumber = input.filedNumber.trimmed();
                          e.data.insert(QStringLiteral("filed_number"), c.filedNumber);
                      }
                      if (outcome == Outcome::Settled) {
                          AgreementInput a = *input.agreement;
                          auto mediators = AgreementService::mediatorNames(store, m_db, c);
                          if (!mediators)
                              return mediators.error();
                          const QDate effective =
                              Signing::prepareAtClose(c, mediators.value(), closer, e.on, a);
                          e.detail = a.content.left(200);
                          if (effective.isValid())
                              e.data.insert(QStringLiteral("effective_on"), isoDate(effective));
                          return store.insertAgreement(c.id, c.handlingOrg, a, effective);
                      }
                      return {};
                  });
}

} // namespace tj
