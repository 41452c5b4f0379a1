#include "commands_stats.h"

#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "stats/metrics.h"
#include "stats/prevention.h"
#include "stats/statistics.h"
#include "stats/statsjson.h"

#include <QJsonArray>

namespace tj::cli {

namespace {
QString percent(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1%").arg(*v * 100.0, 0, 'f', 2) : QStringLiteral("—");
}

QString figuresText(const Figures &f)
{
    const StatsCounts &t = f.totals;
    QString text;
    auto line = [&](const char *field, const QString &value) {
        text += QStringLiteral("%1: %2\n").arg(Metrics::find(QString::fromLatin1(field)).title, value);
    };
    line("registered", QString::number(t.registered));
    line("accepted", QString::number(f.accepted));
    line("concluded", QString::number(t.concluded));
    line("settled", QString::number(t.settled));
    line("failed", QString::number(t.failed));
    line("withdrawn", QString::number(t.withdrawn));
    line("filed", QString::number(t.filed));
    line("referred_up", QString::number(f.referredUp));
    line("delegated", QString::number(f.delegated));
    line("success_rate", percent(f.successRate));
    line("mediation_withdrawal_rate", percent(f.mediationWithdrawalRate));
    line("litigation_rate", percent(f.litigationRate));
    line("settled_in_village_share", percent(f.settledInVillageShare));
    line("settled_at_or_below_township_share", percent(f.settledAtOrBelowTownshipShare));
    line("cycle_days_average", f.cycleDaysAverage ? QString::number(*f.cycleDaysAverage, 'f', 2)
                                                   : QStringLiteral("—"));
    line("overdue", QString::number(t.overdue));
    line("agreement_amount", money::formatYuan(f.agreementAmountFen));
    return text;
}
} // namespace

Result<QDate> dateOption(const Context &ctx, const QString &name)
{
    const QString text = ctx.args.option(name);
    if (text.isEmpty())
        return QDate();
    const QDate date = parseIsoDate(text);
    if (!date.isValid())
        return Commands::usage(
            Commands::tr("--%1 takes a date YYYY-MM-DD, not \"%2\".").arg(name, text));
    return date;
}

Result<Output> statsCommand(Context &ctx)
{
    StatsQuery query;
    query.org = ctx.args.option(QStringLiteral("org"));
    auto from = dateOption(ctx, QStringLiteral("from"));
    auto to = dateOption(ctx, QStringLiteral("to"));
    auto asOf = dateOption(ctx, QStringLiteral("as-of"));
    for (const auto *r : {&from, &to, &asOf})
        if (!r->ok())
            return r->error();
    query.from = from.value();
    query.to = to.value();
    query.asOf = asOf.value();
    auto figures = Statistics(*ctx.db).compute(query);
    if (!figures)
        return figures.error();
    return Output{StatsJson::toJson(figures.value()), figuresText(figures.value())};
}

Result<Output> preventionCommand(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    const QString ref = ctx.args.words.value(2);
    if ((sub != QLatin1String("record") && sub != QLatin1String("list")) || ref.isEmpty())
        return Commands::usage(Commands::tr(
            "Use: prevention record CASE --kind criminal|mass_petition [--persons N] [--on D] "
            "[--note T], or prevention list CASE."));
    PreventionService service(*ctx.db);
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    if (sub == QLatin1String("record")) {
        Prevention p;
        const auto kind = preventionKindFromCode(ctx.args.option(QStringLiteral("kind")));
        if (!kind)
            return Commands::usage(Commands::tr("--kind must be criminal or mass_petition."));
        p.kind = *kind;
        bool ok = true;
        if (ctx.args.has(QStringLiteral("persons")))
            p.persons = ctx.args.option(QStringLiteral("persons")).toInt(&ok);
        if (!ok)
            return Commands::usage(Commands::tr("--persons takes a whole number."));
        auto on = dateOption(ctx, QStringLiteral("on"));
        if (!on)
            return on.error();
        p.on = on.value();
        p.note = ctx.args.option(QStringLiteral("note"));
        TJ_TRY(service.record(actor.value(), ref, p));
    }
    auto list = service.list(actor.value(), ref);
    if (!list)
        return list.error();
    QJsonArray array;
    QString text;
    for (const Prevention &p : list.value()) {
        array.append(QJsonObject{{QStringLiteral("kind"), preventionKindCode(p.kind)},
                                 {QStringLiteral("persons"), p.persons},
                                 {QStringLiteral("on"), isoDate(p.on)},
                                 {QStringLiteral("note"), p.note}});
        text += QStringLiteral("%1  %2  %3\n").arg(preventionKindCode(p.kind)).arg(p.persons).arg(isoDate(p.on));
    }
    return Output{QJsonObject{{QStringLiteral("preventions"), array}}, text};
}

} // namespace tj::cli
