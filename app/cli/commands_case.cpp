#include "cli.h"

#include "cases/guidance.h"
#include "agreements/casecode.h"

#include "cases/casejson.h"
#include "cases/caseservice.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"

#include <QJsonArray>

namespace tj::cli {

namespace {
Result<QDate> optionalDate(const Context &ctx)
{
    const QString text = ctx.args.option(QStringLiteral("on"));
    if (text.isEmpty())
        return QDate();
    const QDate d = parseIsoDate(text);
    if (!d.isValid())
        return Commands::usage(Commands::tr("--on takes a date YYYY-MM-DD, not \"%1\".").arg(text));
    return d;
}

QString caseLine(const Case &c)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(c.number, statusName(c.status), c.handlingOrg, c.category, isoDate(c.receivedOn), c.title);
}

QString caseText(const Case &c)
{
    QString t;
    t += Commands::tr("Case %1 (%2)\n").arg(c.number, c.id);
    t += Commands::tr("Status: %1 at %2 %3 (%4 tier)\n")
             .arg(statusName(c.status), c.handlingOrg, c.handlingOrgName, caseTierName(c.tier()));
    t += Commands::tr("Title: %1\n").arg(c.title);
    t += Commands::tr("Category: %1  Source: %2  Received: %3  Amount: %4 yuan\n")
             .arg(c.category, sourceName(c.source), isoDate(c.receivedOn), money::formatYuan(c.amountFen));
    t += Commands::tr("Facts: %1\n").arg(c.facts);
    if (!c.claims.isEmpty())
        t += Commands::tr("Claims: %1\n").arg(c.claims);
    for (const Party &p : c.parties)
        t += QStringLiteral("  - %1: %2 %3\n")
                 .arg(partyRoleName(p.role), p.name, p.kind == PartyKind::Person ? p.idNumber : p.creditCode);
    if (c.pending)
        t += Commands::tr("Waiting at %1 since %2: %3\n")
                 .arg(c.pending->toOrg, isoDate(c.pending->sentOn), c.pending->reason);
    if (!c.outcomeReason.isEmpty())
        t += Commands::tr("Reason: %1\n").arg(c.outcomeReason);
    if (!c.filedNumber.isEmpty())
        t += Commands::tr("Filed as %1\n").arg(c.filedNumber);
    return t;
}

Output caseOutput(const Case &c)
{
    return Output{CaseJson::toJson(c), caseText(c)};
}

Result<Output> wrap(const Result<Case> &r)
{
    if (!r)
        return r.error();
    return caseOutput(r.value());
}

Result<QString> caseRef(const Context &ctx)
{
    const QString ref = ctx.args.words.value(2);
    if (ref.isEmpty())
        return Commands::usage(Commands::tr("Name the case by its id or number."));
    // --version N: the version the caller last saw; a change made by someone else since is refused.
    if (ctx.args.has(QStringLiteral("version"))) {
        bool numeric = false;
        const int version = ctx.args.option(QStringLiteral("version")).toInt(&numeric);
        if (!numeric || version < 1)
            return Commands::usage(Commands::tr("--version takes the case version, a number from 1."));
        return ref + u'@' + QString::number(version);
    }
    return ref;
}

Result<Output> intake(Context &ctx, CaseService &cases, const Actor &actor)
{
    auto json = Commands::readJsonFile(ctx.args.option(QStringLiteral("file")));
    if (!json)
        return json.error();
    auto input = CaseJson::intakeFromJson(json.value());
    if (!input)
        return input.error();
    auto created = cases.intake(actor, input.value());
    if (!created)
        return created.error();
    Output out = caseOutput(created->record);
    QJsonArray warnings;
    for (const RelatedCase &r : created->warnings) {
        warnings.append(CaseJson::toJson(r));
        out.text += Commands::tr("Warning: %1 — %2\n").arg(r.number, r.reason);
    }
    out.json.insert(QStringLiteral("warnings"), warnings);
    return out;
}

Result<Output> list(Context &ctx, CaseService &cases, const Actor &actor)
{
    CaseFilter filter;
    filter.org = ctx.args.option(QStringLiteral("org"));
    filter.search = ctx.args.option(QStringLiteral("search"));
    filter.category = ctx.args.option(QStringLiteral("category"));
    if (ctx.args.has(QStringLiteral("status"))) {
        filter.status = statusFromCode(ctx.args.option(QStringLiteral("status")));
        if (!filter.status)
            return Commands::usage(Commands::tr("Unknown status \"%1\".").arg(ctx.args.option(QStringLiteral("status"))));
    }
    filter.limit = 100;
    if (ctx.args.has(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = ctx.args.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return Commands::usage(Commands::tr("--limit takes a positive number."));
    }
    auto page = cases.list(actor, filter);
    if (!page)
        return page.error();
    QJsonArray array;
    QString text;
    for (const Case &c : page->cases) {
        array.append(CaseJson::toJson(c));
        text += caseLine(c) + u'\n';
    }
    text += Commands::tr("%1 of %2 cases shown.\n").arg(page->cases.size()).arg(page->total);
    return Output{QJsonObject{{QStringLiteral("cases"), array}, {QStringLiteral("total"), double(page->total)}}, text};
}

Result<Output> showOrHistory(const Context &ctx, const QString &sub, const QString &ref,
                             CaseService &cases, const Actor &actor)
{
    if (sub == QLatin1String("show")) {
        // --reveal shows ID and phone numbers whole; core audits it as case.reveal.
        const bool reveal = ctx.args.flags.contains(QStringLiteral("reveal"));
        auto c = reveal ? cases.reveal(actor, ref) : cases.get(actor, ref);
        if (!c)
            return c.error();
        Output out = caseOutput(c.value());
        out.json.insert(QStringLiteral("revealed"), reveal);
        // The case code (一案一码) parties use for feedback; issued on first show.
        auto code = ensureCaseCode(ctx.db->connection(), c->id);
        if (!code)
            return code.error();
        out.json.insert(QStringLiteral("case_code"), code.value());
        auto sessions = cases.sessions(actor, c->id);
        if (!sessions)
            return sessions.error();
        QJsonArray array;
        for (const Session &s : sessions.value()) {
            array.append(CaseJson::toJson(s));
            out.text += Commands::tr("Session %1 at %2: %3\n").arg(isoDate(s.heldOn), s.place, s.record);
        }
        out.json.insert(QStringLiteral("sessions"), array);
        return out;
    }
    if (sub == QLatin1String("history")) {
        auto events = cases.history(actor, ref);
        if (!events)
            return events.error();
        QJsonArray array;
        QString text;
        for (const CaseEvent &e : events.value()) {
            array.append(CaseJson::toJson(e));
            text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(isoDate(e.on), e.user.isEmpty() ? QStringLiteral("system") : e.user, e.org,
                             e.action, e.detail);
        }
        return Output{QJsonObject{{QStringLiteral("events"), array}}, text};
    }
    auto related = cases.related(actor, ref);
    if (!related)
        return related.error();
    QJsonArray array;
    QString text;
    for (const RelatedCase &r : related.value()) {
        array.append(CaseJson::toJson(r));
        text += QStringLiteral("%1  %2  %3\n").arg(r.number, statusName(r.status), r.reason);
    }
    return Output{QJsonObject{{QStringLiteral("cases"), array}}, text};
}

Result<Output> closeCase(Context &ctx, CaseService &cases, const Actor &actor, const QString &ref)
{
    CloseInput input;
    const auto outcome = outcomeFromCode(ctx.args.option(QStringLiteral("outcome")));
    if (!outcome)
        return Commands::usage(Commands::tr("--outcome must be settled, failed, withdrawn or filed."));
    input.outcome = *outcome;
    input.reason = ctx.args.option(QStringLiteral("reason"));
    input.filedNumber = ctx.args.option(QStringLiteral("filed-number"));
    auto on = optionalDate(ctx);
    if (!on)
        return on.error();
    input.on = on.value();
    if (ctx.args.has(QStringLiteral("agreement"))) {
        auto json = Commands::readJsonFile(ctx.args.option(QStringLiteral("agreement")));
        if (!json)
            return json.error();
        auto agreement = CaseJson::agreementFromJson(json.value());
        if (!agreement)
            return agreement.error();
        input.agreement = agreement.value();
    }
    return wrap(cases.close(actor, ref, input));
}
} // namespace

Result<Output> Commands::caseCommand(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    CaseService cases(*ctx.db);
    const QStringList known = {QStringLiteral("intake"), QStringLiteral("show"), QStringLiteral("history"),
                               QStringLiteral("related"), QStringLiteral("accept"), QStringLiteral("reject"),
                               QStringLiteral("session"), QStringLiteral("refer"), QStringLiteral("delegate"),
                               QStringLiteral("receive"), QStringLiteral("return"), QStringLiteral("close"),
                               QStringLiteral("list"), QStringLiteral("inbox"), QStringLiteral("guide")};
    if (!known.contains(sub))
        return usage(tr("Unknown case command \"%1\".").arg(sub));
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    if (sub == QLatin1String("list"))
        return list(ctx, cases, actor.value());
    if (sub == QLatin1String("inbox")) {
        const QString org = ctx.args.has(QStringLiteral("org")) ? ctx.args.option(QStringLiteral("org"))
                                                                : actor->orgCode;
        if (org.isEmpty())
            return usage(tr("Name the organisation with --org."));
        auto items = cases.inbox(actor.value(), org);
        if (!items)
            return items.error();
        QJsonArray array;
        QString text;
        for (const InboxItem &item : items.value()) {
            QJsonObject o = CaseJson::toJson(item.summary);
            array.append(o);
            text += QStringLiteral("%1  %2 → %3  %4  %5\n")
                        .arg(item.summary.number, item.transfer.fromOrg, item.transfer.toOrg,
                             isoDate(item.transfer.sentOn), item.transfer.reason);
        }
        return Output{QJsonObject{{QStringLiteral("cases"), array}}, text};
    }
    if (sub == QLatin1String("intake"))
        return intake(ctx, cases, actor.value());

    auto ref = caseRef(ctx);
    if (!ref)
        return ref.error();
    if (sub == QLatin1String("show") || sub == QLatin1String("history") || sub == QLatin1String("related"))
        return showOrHistory(ctx, sub, ref.value(), cases, actor.value());
    auto on = optionalDate(ctx);
    if (!on)
        return on.error();
    const QString reason = ctx.args.option(QStringLiteral("reason"));
    if (sub == QLatin1String("accept"))
        return wrap(cases.accept(actor.value(), ref.value(), on.value()));
    if (sub == QLatin1String("reject"))
        return wrap(cases.reject(actor.value(), ref.value(), reason, on.value()));
    if (sub == QLatin1String("refer") || sub == QLatin1String("delegate")) {
        const QString to = ctx.args.option(QStringLiteral("to"));
        if (to.isEmpty())
            return usage(tr("Name the receiving organisation with --to."));
        return wrap(sub == QLatin1String("refer")
                        ? cases.refer(actor.value(), ref.value(), to, reason, on.value())
                        : cases.delegate(actor.value(), ref.value(), to, reason, on.value()));
    }
    if (sub == QLatin1String("receive"))
        return wrap(cases.receive(actor.value(), ref.value(), on.value()));
    if (sub == QLatin1String("return"))
        return wrap(cases.returnToSender(actor.value(), ref.value(), reason, on.value()));
    if (sub == QLatin1String("guide")) {
        auto note = Guidance(*ctx.db).note(actor.value(), ref.value(),
                                           ctx.args.option(QStringLiteral("text")),
                                           on->isValid() ? on.value() : QDate::currentDate());
        if (!note)
            return note.error();
        return Output{{{QStringLiteral("case"), note->caseId},
                       {QStringLiteral("on"), isoDate(note->on)},
                       {QStringLiteral("org"), note->org},
                       {QStringLiteral("to"), note->data.value(QStringLiteral("to"))},
                       {QStringLiteral("text"), note->detail}},
                      tr("Guidance recorded for %1.").arg(ref.value())};
    }
    if (sub == QLatin1String("session")) {
        auto json = readJsonFile(ctx.args.option(QStringLiteral("file")));
        if (!json)
            return json.error();
        auto input = CaseJson::sessionFromJson(json.value());
        if (!input)
            return input.error();
        auto session = cases.addSession(actor.value(), ref.value(), input.value());
        if (!session)
            return session.error();
        return Output{CaseJson::toJson(session.value()),
                      tr("Session of %1 recorded.").arg(isoDate(session->heldOn))};
    }
    return closeCase(ctx, cases, actor.value(), ref.value());
}

} // namespace tj::cli
