#include "demoloader.h"

#include "agreements/agreementservice.h"
#include "cases/casejson.h"
#include "cases/caseservice.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "orgs/organisation.h"
#include "users/user.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tj {

namespace {
Result<QJsonArray> readArray(const QString &dir, const QString &name)
{
    const QString path = QDir(dir.isEmpty() ? QStringLiteral(":/seeds") : dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, DemoLoader::tr("Cannot read the demo file %1.").arg(path));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorKind::Validation,
                         DemoLoader::tr("The demo file %1 is not a JSON list: %2").arg(path, error.errorString()));
    return doc.array();
}

Result<void> replayStep(CaseService &cases, const Actor &actor, const QString &caseId,
                        const QJsonObject &step)
{
    const QString action = step.value(u"action").toString();
    const QDate on = parseIsoDate(step.value(u"on").toString());
    const QString reason = step.value(u"reason").toString();
    Result<void> done;
    auto keep = [&done](const auto &r) {
        if (!r)
            done = r.error();
    };
    if (action == u"accept") {
        keep(cases.accept(actor, caseId, on));
    } else if (action == u"reject") {
        keep(cases.reject(actor, caseId, reason, on));
    } else if (action == u"session") {
        auto input = CaseJson::sessionFromJson(step.value(u"session").toObject());
        if (!input)
            return input.error();
        keep(cases.addSession(actor, caseId, input.value()));
    } else if (action == u"refer") {
        keep(cases.refer(actor, caseId, step.value(u"to").toString(), reason, on));
    } else if (action == u"delegate") {
        keep(cases.delegate(actor, caseId, step.value(u"to").toString(), reason, on));
    } else if (action == u"receive") {
        keep(cases.receive(actor, caseId, on));
    } else if (action == u"return") {
        keep(cases.returnToSender(actor, caseId, reason, on));
    } else if (action == u"close") {
        CloseInput close;
        const auto outcome = outcomeFromCode(step.value(u"outcome").toString());
        if (!outcome)
            return makeError(ErrorKind::Validation,
                             DemoLoader::tr("Unknown outcome %1.").arg(step.value(u"outcome").toString()));
        close.outcome = *outcome;
        close.reason = reason;
        close.on = on;
        close.filedNumber = step.value(u"filed_number").toString();
        if (step.contains(u"agreement")) {
            auto agreement = CaseJson::agreementFromJson(step.value(u"agreement").toObject());
            if (!agreement)
                return agreement.error();
            close.agreement = agreement.value();
        }
        keep(cases.close(actor, caseId, close));
    } else {
        return makeError(ErrorKind::Validation, DemoLoader::tr("Unknown demo step %1.").arg(action));
    }
    return done;
}
/// The user who records fulfilment for an agreement: a case role of the organisation that
/// keeps it (the handling organisation when the case was closed).
Result<Actor> recorderFor(Database &db, const QString &orgCode)
{
    Query q(db.connection(), "SELECT login FROM users WHERE org_code = :org AND active = 1"
                             " AND role IN ('mediator', 'staff', 'judge') ORDER BY login LIMIT 1");
    q.bind("org", orgCode);
    TJ_TRY(q.exec());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         DemoLoader::tr("No user of %1 can record the payments.").arg(orgCode));
    return UserService(db).actorFor(q.value(0).toString());
}

/// Replays the `payments` of a demo case ({on, amount, payer, payee}) through the fulfilment
/// service; payments dated after today are left for later.
Result<int> replayPayments(Database &db, const QString &caseId, const QJsonArray &payments)
{
    if (payments.isEmpty())
        return 0;
    AgreementService agreements(db);
    auto view = agreements.compute(caseId);
    if (!view)
        return view.error();
    auto recorder = recorderFor(db, view->agreement.orgCode);
    if (!recorder)
        return recorder.error();
    const QList<StoredObligation> &obligations = view->agreement.obligations;
    int replayed = 0;
    for (const QJsonValue &v : payments) {
        const QJsonObject p = v.toObject();
        PaymentInput in;
        in.on = parseIsoDate(p.value(u"on").toString());
        in.amountFen = money::parseYuan(p.value(u"amount").toString()).value_or(0);
        if (in.on.isValid() && in.on > QDate::currentDate())
            continue;
        for (int i = 0; i < obligations.size(); ++i)
            if (obligations[i].debtor == p.value(u"payer").toString()
                && obligations[i].creditor == p.value(u"payee").toString())
                in.obligation = i + 1;
        if (in.obligation == 0)
            return makeError(ErrorKind::Validation,
                             DemoLoader::tr("No obligation of %1 to %2.")
                                 .arg(p.value(u"payer").toString(), p.value(u"payee").toString()));
        auto paid = agreements.pay(recorder.value(), caseId, in);
        if (!paid)
            return paid.error();
        ++replayed;
    }
    return replayed;
}
} // namespace

Result<DemoSummary> DemoLoader::loadCounty(const QString &dir)
{
    auto orgs = readArray(dir, QStringLiteral("organisations.json"));
    if (!orgs)
        return orgs.error();
    auto users = readArray(dir, QStringLiteral("users.json"));
    if (!users)
        return users.error();

    DemoSummary summary;
    // One transaction for the organisations and users keeps a failed load from leaving half a tree.
    {
        Transaction tx(m_db.connection());
        TJ_TRY(tx.begin());
        OrganisationService orgService(m_db);
        for (const QJsonValue &v : orgs.value()) {
            const QJsonObject o = v.toObject();
            Organisation org;
            org.code = o.value(u"code").toString();
            org.name = o.value(u"name").toString();
            org.tier = tierFromCode(o.value(u"tier").toString()).value_or(OrgTier::Village);
            org.parentCode = o.value(u"parent").toString();
            if (o.value(u"population").isDouble())
                org.population = qint64(o.value(u"population").toDouble());
            auto added = orgService.add(org);
            if (!added)
                return added.error();
            ++summary.organisations;
        }
        UserService userService(m_db);
        for (const QJsonValue &v : users.value()) {
            const QJsonObject o = v.toObject();
            User user{o.value(u"login").toString(), o.value(u"name").toString(),
                      o.value(u"org").toString(),
                      roleFromCode(o.value(u"role").toString()).value_or(Role::Mediator)};
            auto added = userService.add(user);
            if (!added)
                return added.error();
            ++summary.users;
        }
        TJ_TRY(tx.commit());
    }
    return summary;
}

Result<DemoSummary> DemoLoader::load(const QString &dir)
{
    Query existing(m_db.connection(), "SELECT COUNT(*) FROM cases");
    TJ_TRY(existing.exec());
    if (existing.next() && existing.value(0).toInt() > 0)
        return makeError(ErrorKind::Rule, tr("The database already holds cases; the demo data is loaded only into an empty one."));

    auto cases = readArray(dir, QStringLiteral("cases.json"));
    if (!cases)
        return cases.error();
    auto county = loadCounty(dir);
    if (!county)
        return county.error();
    DemoSummary summary = county.value();

    CaseService caseService(m_db);
    UserService userService(m_db);
    for (const QJsonValue &v : cases.value()) {
        const QJsonObject o = v.toObject();
        auto intake = CaseJson::intakeFromJson(o);
        if (!intake)
            return makeError(intake.error().kind, tr("Demo case %1: %2").arg(summary.cases + 1).arg(intake.error().message));
        auto registrar = userService.actorFor(o.value(u"user").toString());
        if (!registrar)
            return registrar.error();
        auto created = caseService.intake(registrar.value(), intake.value());
        if (!created)
            return makeError(created.error().kind, tr("Demo case %1: %2").arg(summary.cases + 1).arg(created.error().message));
        const QString id = created->record.id;
        for (const QJsonValue &s : o.value(u"steps").toArray()) {
            const QJsonObject step = s.toObject();
            auto actor = userService.actorFor(step.value(u"user").toString());
            if (!actor)
                return actor.error();
            auto done = replayStep(caseService, actor.value(), id, step);
            if (!done)
                return makeError(done.error().kind,
                                 tr("Demo case %1 (%2), step %3: %4")
                                     .arg(summary.cases + 1)
                                     .arg(created->record.number, step.value(u"action").toString(),
                                          done.error().message));
            ++summary.steps;
        }
        auto paid = replayPayments(m_db, id, o.value(u"payments").toArray());
        if (!paid)
            return makeError(paid.error().kind, tr("Demo case %1 (%2), payments: %3")
                                                    .arg(summary.cases + 1)
                                                    .arg(created->record.number, paid.error().message));
        summary.payments += paid.value();
        ++summary.cases;
    }
    return summary;
}

} // namespace tj
