#include "agreementcli.h"

#include "agreements/agreementservice.h"
#include "agreements/confirmation.h"
#include "agreements/feedback.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "deadlines/rules.h"

#include <QJsonArray>

namespace tj::cli {

namespace opt {
Result<QDate> date(const Context &ctx, const QString &name, const QDate &fallback)
{
    if (!ctx.args.has(name))
        return fallback;
    const QString text = ctx.args.option(name);
    const QDate d = parseIsoDate(text);
    if (!d.isValid())
        return Commands::usage(Commands::tr("--%1 takes a date YYYY-MM-DD, not \"%2\".").arg(name, text));
    return d;
}

Result<QString> caseRef(const Context &ctx)
{
    const QString ref = ctx.args.words.value(2);
    if (ref.isEmpty())
        return Commands::usage(Commands::tr("Name the case by its id or number."));
    return ref;
}

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue(QJsonValue::Null);
}
} // namespace opt

namespace {
QJsonValue dueValue(const Due &due)
{
    return opt::dateValue(due.date);
}

QJsonObject confirmationJson(const Confirmation &c, const DeadlineRules *rules)
{
    QJsonObject o{{QStringLiteral("court"), c.courtOrg},
                  {QStringLiteral("court_name"), c.courtName},
                  {QStringLiteral("applied_on"), opt::dateValue(c.appliedOn)},
                  {QStringLiteral("documents"), QJsonArray::fromStringList(c.documents)},
                  {QStringLiteral("accepted_on"), opt::dateValue(c.acceptedOn)},
                  {QStringLiteral("refused_on"), opt::dateValue(c.refusedOn)},
                  {QStringLiteral("refusal_reason"), c.refusalReason},
                  {QStringLiteral("extended_on"), opt::dateValue(c.extendedOn)},
                  {QStringLiteral("ruled_on"), opt::dateValue(c.ruledOn)},
                  {QStringLiteral("result"), c.result.isEmpty() ? QJsonValue() : QJsonValue(c.result)},
                  {QStringLiteral("ruling_number"), c.rulingNumber},
                  {QStringLiteral("ruling_reason"), c.rulingReason}};
    if (rules) {
        o.insert(QStringLiteral("acceptance_due"), dueValue(rules->courtAcceptance(c.appliedOn)));
        if (c.acceptedOn.isValid())
            o.insert(QStringLiteral("ruling_due"),
                     dueValue(rules->courtRuling(c.acceptedOn, c.extendedOn.isValid())));
    }
    return o;
}

QJsonArray obligationsJson(const AgreementView &v)
{
    QJsonArray obligations;
    for (const ObligationStatus &o : v.fulfilment.obligations) {
        QJsonArray instalments;
        for (const InstalmentStatus &i : o.instalments) {
            QJsonObject io{{QStringLiteral("seq"), i.instalment.seq},
                           {QStringLiteral("due"), opt::dateValue(i.instalment.due)},
                           {QStringLiteral("amount"), money::formatYuan(i.instalment.amountFen)},
                           {QStringLiteral("paid"), money::formatYuan(i.paidFen)},
                           {QStringLiteral("state"), instalmentStateCode(i.state)},
                           {QStringLiteral("paid_on"), opt::dateValue(i.paidOn)}};
            if (v.enforceable && v.enforcementUntil.contains(i.instalment.id)) {
                const Due until = v.enforcementUntil.value(i.instalment.id);
                io.insert(QStringLiteral("enforcement_until"), dueValue(until));
                if (!until.computable())
                    io.insert(QStringLiteral("enforcement_until_error"), until.error);
            }
            instalments.append(io);
        }
        obligations.append(QJsonObject{
            {QStringLiteral("seq"), o.obligation.seq},
            {QStringLiteral("debtor"), o.obligation.debtor},
            {QStringLiteral("creditor"), o.obligation.creditor},
            {QStringLiteral("amount"), money::formatYuan(o.obligation.amountFen)},
            {QStringLiteral("amount_words"), money::capitals(o.obligation.amountFen)},
            {QStringLiteral("paid"), money::formatYuan(o.paidFen)},
            {QStringLiteral("outstanding"), money::formatYuan(o.obligation.amountFen - o.paidFen)},
            {QStringLiteral("instalments"), instalments}});
    }
    return obligations;
}

QJsonObject paymentJson(const Payment &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("on"), isoDate(p.on)},
            {QStringLiteral("amount"), money::formatYuan(p.amountFen)},
            {QStringLiteral("note"), p.note},
            {QStringLiteral("proof"), p.proofSha256.isEmpty()
                                          ? QJsonValue()
                                          : QJsonValue(QJsonObject{{QStringLiteral("name"), p.proofName},
                                                                   {QStringLiteral("sha256"), p.proofSha256},
                                                                   {QStringLiteral("size"), p.proofSize}})}};
}

QJsonObject visitJson(const Visit &v)
{
    return {{QStringLiteral("on"), isoDate(v.on)},
            {QStringLiteral("performance"), v.performance},
            {QStringLiteral("satisfaction"), v.satisfaction ? QJsonValue(*v.satisfaction) : QJsonValue()},
            {QStringLiteral("risks"), v.risks},
            {QStringLiteral("note"), v.note},
            {QStringLiteral("visitor"), v.visitor},
            {QStringLiteral("method"), v.method},
            {QStringLiteral("visited"), v.visited}};
}

Result<Output> agreementOutput(const AgreementView &v, Database &db)
{
    const Agreement &a = v.agreement;
    auto rules = DeadlineRules::load(db);
    if (!rules)
        return rules.error();
    QJsonArray signatures;
    for (const StoredSignature &s : a.signatures)
        signatures.append(QJsonObject{{QStringLiteral("who"), s.who},
                                      {QStringLiteral("on"), isoDate(s.on)},
                                      {QStringLiteral("role"), s.role}});
    QJsonArray payments;
    for (const Payment &p : a.payments)
        payments.append(paymentJson(p));
    QJsonArray visits;
    for (const Visit &visit : a.visits)
        visits.append(visitJson(visit));
    QJsonObject o{
        {QStringLiteral("case"), v.record.id},
        {QStringLiteral("number"), v.record.number},
        {QStringLiteral("case_code"), v.caseCode},
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("org"), a.orgCode},
        {QStringLiteral("effective_on"), opt::dateValue(a.effectiveOn)},
        {QStringLiteral("amount"), money::formatYuan(a.amountFen)},
        {QStringLiteral("amount_words"), money::capitals(a.amountFen)},
        {QStringLiteral("facts"), a.facts},
        {QStringLiteral("responsibilities"), a.responsibilities},
        {QStringLiteral("content"), a.content},
        {QStringLiteral("performance"), QJsonObject{{QStringLiteral("manner"), a.manner},
                                                    {QStringLiteral("place"), a.place}}},
        {QStringLiteral("signatures"), signatures},
        {QStringLiteral("missing_signatures"), QJsonArray::fromStringList(v.missingSignatures)},
        {QStringLiteral("obligations"), obligationsJson(v)},
        {QStringLiteral("payments"), payments},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("state"), agreementStateCode(v.fulfilment.state)},
        {QStringLiteral("as_of"), isoDate(v.fulfilment.asOf)},
        {QStringLiteral("confirmation_deadline"), dueValue(v.confirmationDeadline)},
        {QStringLiteral("confirmation_eligible"), v.confirmationEligible},
        {QStringLiteral("confirmation"), a.confirmation ? QJsonValue(confirmationJson(*a.confirmation, &rules.value()))
                                                        : QJsonValue()},
        {QStringLiteral("enforceable"), v.enforceable},
        {QStringLiteral("next_steps"), QJsonArray::fromStringList(v.nextSteps)},
    };
    if (!v.confirmationDeadline.error.isEmpty())
        o.insert(QStringLiteral("confirmation_deadline_error"), v.confirmationDeadline.error);
    if (!v.ineligibleReason.isEmpty())
        o.insert(QStringLiteral("ineligible_reason"), v.ineligibleReason);
    QString text = Commands::tr("Agreement of %1 (%2): %3 yuan, %4\n")
                       .arg(v.record.number, a.kind, money::formatYuan(a.amountFen), money::capitals(a.amountFen));
    text += Commands::tr("Effective on: %1  State: %2  Confirmation deadline: %3\n")
                .arg(a.effectiveOn.isValid() ? isoDate(a.effectiveOn) : Commands::tr("not yet"),
                     agreementStateName(v.fulfilment.state),
                     v.confirmationDeadline.computable() ? isoDate(v.confirmationDeadline.date)
                                                         : v.confirmationDeadline.error);
    for (const ObligationStatus &ob : v.fulfilment.obligations)
        for (const InstalmentStatus &i : ob.instalments)
            text += QStringLiteral("  %1 → %2  %3  %4/%5  %6\n")
                        .arg(ob.obligation.debtor, ob.obligation.creditor, isoDate(i.instalment.due),
                             money::formatYuan(i.paidFen), money::formatYuan(i.instalment.amountFen),
                             instalmentStateCode(i.state));
    return Output{o, text};
}

Result<Output> visit(Context &ctx, AgreementService &agreements, const Actor &actor, const QString &ref)
{
    auto json = Commands::readJsonFile(ctx.args.option(QStringLiteral("file")));
    if (!json)
        return json.error();
    VisitInput in;
    in.on = parseIsoDate(json->value(u"date").toString());
    if (!in.on.isValid())
        return makeError(ErrorKind::Validation, Commands::tr("The visit needs a \"date\" YYYY-MM-DD."));
    in.performance = json->value(u"performance").toString();
    if (json->contains(u"satisfaction"))
        in.satisfaction = json->value(u"satisfaction").toInt(0);
    in.risks = json->value(u"risks").toString();
    in.note = json->value(u"note").toString();
    in.visitor = json->value(u"visitor").toString();
    in.method = json->value(u"method").toString();
    in.visited = json->value(u"visited").toString();
    auto v = agreements.visit(actor, ref, in);
    if (!v)
        return v.error();
    return Output{visitJson(v.value()), Commands::tr("Visit of %1 recorded.").arg(isoDate(v->on))};
}

Result<Output> pay(Context &ctx, AgreementService &agreements, const Actor &actor, const QString &ref)
{
    PaymentInput in;
    const QString amount = ctx.args.option(QStringLiteral("amount"));
    const auto fen = money::parseYuan(amount);
    if (!fen)
        return Commands::usage(Commands::tr("--amount takes a yuan amount such as 6000.00, not \"%1\".").arg(amount));
    in.amountFen = *fen;
    auto on = opt::date(ctx, QStringLiteral("on"));
    if (!on)
        return on.error();
    in.on = on.value();
    in.proofPath = ctx.args.option(QStringLiteral("proof"));
    in.note = ctx.args.option(QStringLiteral("note"));
    if (ctx.args.has(QStringLiteral("obligation"))) {
        bool ok = false;
        in.obligation = ctx.args.option(QStringLiteral("obligation")).toInt(&ok);
        if (!ok || in.obligation <= 0)
            return Commands::usage(Commands::tr("--obligation takes the obligation's number (1, 2, …)."));
    }
    auto p = agreements.pay(actor, ref, in);
    if (!p)
        return p.error();
    return Output{paymentJson(p.value()),
                  Commands::tr("Payment of %1 yuan on %2 recorded.").arg(money::formatYuan(p->amountFen), isoDate(p->on))};
}
} // namespace

Result<Output> Commands::agreement(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    if (sub != QLatin1String("show") && sub != QLatin1String("sign") && sub != QLatin1String("pay")
        && sub != QLatin1String("visit") && sub != QLatin1String("convert"))
        return usage(tr("Unknown agreement command \"%1\"; use show, sign, pay, visit or convert.")
                         .arg(sub));
    auto ref = opt::caseRef(ctx);
    if (!ref)
        return ref.error();
    AgreementService agreements(*ctx.db);
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    if (sub == QLatin1String("show")) {
        auto on = opt::date(ctx, QStringLiteral("on"));
        if (!on)
            return on.error();
        auto v = agreements.show(actor.value(), ref.value(), on.value());
        if (!v)
            return v.error();
        return agreementOutput(v.value(), *ctx.db);
    }
    if (sub == QLatin1String("pay"))
        return pay(ctx, agreements, actor.value(), ref.value());
    if (sub == QLatin1String("visit"))
        return visit(ctx, agreements, actor.value(), ref.value());
    if (sub == QLatin1String("convert")) {
        auto on = opt::date(ctx, QStringLiteral("on"));
        if (!on)
            return on.error();
        auto v = agreements.convertToWritten(actor.value(), ref.value(), on.value());
        if (!v)
            return v.error();
        return agreementOutput(v.value(), *ctx.db);
    }
    const QString who = ctx.args.option(QStringLiteral("who"));
    if (who.isEmpty())
        return usage(tr("Name who signed with --who."));
    auto on = opt::date(ctx, QStringLiteral("on"));
    if (!on)
        return on.error();
    auto v = agreements.sign(actor.value(), ref.value(), who, on.value(), ctx.args.option(QStringLiteral("as")));
    if (!v)
        return v.error();
    return agreementOutput(v.value(), *ctx.db);
}

namespace {
// The applications waiting at the acting judge's court.
Result<Output> pendingConfirmations(Context &ctx)
{
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    auto pending = ConfirmationService(*ctx.db).pending(actor.value());
    if (!pending)
        return pending.error();
    QJsonArray rows;
    QString text;
    for (const ConfirmationApplication &a : pending.value()) {
        QJsonObject o = confirmationJson(a.confirmation, nullptr);
        o.insert(QStringLiteral("case"), a.caseId);
        o.insert(QStringLiteral("number"), a.caseNumber);
        o.insert(QStringLiteral("title"), a.title);
        o.insert(QStringLiteral("mediating_org"), a.mediatingOrg);
        o.insert(QStringLiteral("acceptance_due"), dueValue(a.acceptanceDue));
        o.insert(QStringLiteral("ruling_due"), a.confirmation.acceptedOn.isValid()
                                                   ? dueValue(a.rulingDue)
                                                   : QJsonValue());
        o.insert(QStringLiteral("stage"), a.awaitingAcceptance() ? QStringLiteral("acceptance")
                                                                 : QStringLiteral("ruling"));
        rows.append(o);
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(a.caseNumber, isoDate(a.confirmation.appliedOn), a.mediatingOrgName, a.title);
    }
    if (text.isEmpty())
        text = Commands::tr("No application is waiting.");
    return Output{{{QStringLiteral("applications"), rows}}, text};
}
} // namespace

Result<Output> Commands::confirm(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    const QStringList known = {QStringLiteral("apply"), QStringLiteral("accept"), QStringLiteral("refuse"),
                               QStringLiteral("extend"), QStringLiteral("rule"), QStringLiteral("pending")};
    if (!known.contains(sub))
        return usage(tr("Unknown confirm command \"%1\"; use %2.").arg(sub, known.join(QStringLiteral(", "))));
    if (sub == QLatin1String("pending"))
        return pendingConfirmations(ctx);
    auto ref = opt::caseRef(ctx);
    if (!ref)
        return ref.error();
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    auto on = opt::date(ctx, QStringLiteral("on"));
    if (!on)
        return on.error();
    ConfirmationService confirm(*ctx.db);
    Result<Confirmation> r = makeError(ErrorKind::Usage, QString());
    if (sub == QLatin1String("apply")) {
        const QString docs = ctx.args.option(QStringLiteral("documents"));
        r = confirm.apply(actor.value(), ref.value(), on.value(),
                          docs.isEmpty() ? QStringList() : docs.split(u',', Qt::SkipEmptyParts));
    } else if (sub == QLatin1String("accept")) {
        r = confirm.accept(actor.value(), ref.value(), on.value());
    } else if (sub == QLatin1String("refuse")) {
        r = confirm.refuse(actor.value(), ref.value(), ctx.args.option(QStringLiteral("reason")), on.value());
    } else if (sub == QLatin1String("extend")) {
        r = confirm.extend(actor.value(), ref.value(), on.value());
    } else {
        const QString result = ctx.args.option(QStringLiteral("result"));
        if (result != QLatin1String("valid") && result != QLatin1String("rejected"))
            return usage(tr("--result is valid or rejected."));
        r = confirm.rule(actor.value(), ref.value(), result, on.value(),
                         ctx.args.option(QStringLiteral("number")),
                         ctx.args.option(QStringLiteral("reason")));
    }
    if (!r)
        return r.error();
    auto rules = DeadlineRules::load(*ctx.db);
    if (!rules)
        return rules.error();
    QJsonObject o = confirmationJson(r.value(), &rules.value());
    o.insert(QStringLiteral("case"), ref.value());
    return Output{o, tr("Confirmation of %1: %2 at %3.").arg(ref.value(), sub, r->courtName)};
}

namespace {
QJsonObject feedbackJson(const FeedbackItem &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("case"), f.caseId},
            {QStringLiteral("number"), f.caseNumber},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("rating"), f.rating ? QJsonValue(*f.rating) : QJsonValue()},
            {QStringLiteral("received_on"), opt::dateValue(f.receivedOn)},
            {QStringLiteral("due"), opt::dateValue(f.due.date)},
            {QStringLiteral("answer"), f.answer},
            {QStringLiteral("answered_on"), opt::dateValue(f.answeredOn)},
            {QStringLiteral("callback_on"), opt::dateValue(f.callbackOn)},
            {QStringLiteral("in_time"), f.answeredOn.isValid() && f.due.computable() && f.answeredOn <= f.due.date}};
}
} // namespace

Result<Output> Commands::feedback(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    FeedbackService service(*ctx.db);
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    if (sub == QLatin1String("list")) {
        auto items = service.list(actor.value(), ctx.args.words.value(2), ctx.args.option(QStringLiteral("org")));
        if (!items)
            return items.error();
        QJsonArray array;
        for (const FeedbackItem &f : items.value())
            array.append(feedbackJson(f));
        const Satisfaction s = FeedbackService::satisfaction(items.value());
        return Output{QJsonObject{{QStringLiteral("items"), array},
                                  {QStringLiteral("satisfaction"),
                                   QJsonObject{{QStringLiteral("ratings"), s.ratings},
                                               {QStringLiteral("average"), s.average},
                                               {QStringLiteral("satisfied_share"), s.satisfiedShare}}}},
                      QString()};
    }
    if (sub != QLatin1String("add") && sub != QLatin1String("answer"))
        return usage(tr("Unknown feedback command \"%1\"; use add, answer or list.").arg(sub));
    auto on = opt::date(ctx, QStringLiteral("on"));
    if (!on)
        return on.error();
    const QString target = ctx.args.words.value(2);
    if (target.isEmpty())
        return usage(sub == QLatin1String("add") ? tr("Name the case or its code.") : tr("Give the feedback item's id."));
    Result<FeedbackItem> r = makeError(ErrorKind::Usage, QString());
    if (sub == QLatin1String("add")) {
        std::optional<int> rating;
        if (ctx.args.has(QStringLiteral("rating"))) {
            bool ok = false;
            rating = ctx.args.option(QStringLiteral("rating")).toInt(&ok);
            if (!ok)
                return usage(tr("--rating takes a number from 1 to 5."));
        }
        r = service.add(actor.value(), target, ctx.args.option(QStringLiteral("kind")),
                        ctx.args.option(QStringLiteral("text")), rating, on.value());
    } else {
        bool ok = false;
        const qint64 id = target.toLongLong(&ok);
        if (!ok)
            return usage(tr("Give the feedback item's id."));
        auto callback = opt::date(ctx, QStringLiteral("callback-on"), QDate());
        if (!callback)
            return callback.error();
        r = service.answer(actor.value(), id, ctx.args.option(QStringLiteral("text")), on.value(), callback.value());
    }
    if (!r)
        return r.error();
    return Output{feedbackJson(r.value()), tr("Feedback %1 on %2, answer due %3.")
                                               .arg(r->id)
                                               .arg(r->caseNumber, r->due.computable() ? isoDate(r->due.date) : r->due.error)};
}

} // namespace tj::cli
