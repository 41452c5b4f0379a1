#include "agreementcli.h"

#include "common/clock.h"
#include "db/database.h"
#include "deadlines/calendar.h"
#include "deadlines/deadlinelist.h"
#include "deadlines/timelimits.h"
#include "documents/documentrenderer.h"

#include <QJsonArray>

namespace tj::cli {

Result<Output> Commands::deadlines(Context &ctx)
{
    auto on = opt::date(ctx, QStringLiteral("on"));
    if (!on)
        return on.error();
    // Without --org, the actor's own organisation's subtree; --org must lie inside it.
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    auto items = DeadlineList(*ctx.db).open(actor.value(), ctx.args.option(QStringLiteral("org")),
                                            on.value());
    if (!items)
        return items.error();
    QJsonArray array;
    QString text;
    for (const DeadlineItem &d : items.value()) {
        QJsonObject o{{QStringLiteral("case"), d.caseId},
                      {QStringLiteral("number"), d.number},
                      {QStringLiteral("kind"), d.kind},
                      {QStringLiteral("org"), d.org},
                      {QStringLiteral("due"), opt::dateValue(d.due)},
                      {QStringLiteral("overdue"), d.overdue},
                      {QStringLiteral("detail"), d.detail}};
        if (!d.error.isEmpty())
            o.insert(QStringLiteral("error"), d.error);
        array.append(o);
        text += QStringLiteral("%1  %2%3  %4  %5  %6\n")
                    .arg(d.due.isValid() ? isoDate(d.due) : QStringLiteral("?"),
                         d.overdue ? QStringLiteral("! ") : QString(), d.kind, d.number, d.org,
                         d.error.isEmpty() ? d.detail : d.error);
    }
    return Output{QJsonObject{{QStringLiteral("deadlines"), array},
                              {QStringLiteral("on"), isoDate(on.value())}},
                  text.isEmpty() ? tr("Nothing is due.") : text};
}

Result<Output> Commands::holiday(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    HolidayService holidays(*ctx.db);
    auto toJson = [](const HolidayEntry &e) {
        return QJsonObject{{QStringLiteral("date"), isoDate(e.date)},
                           {QStringLiteral("kind"), e.work ? QStringLiteral("work") : QStringLiteral("rest")},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("source"), e.source}};
    };
    if (sub == QLatin1String("list")) {
        int year = 0;
        if (ctx.args.has(QStringLiteral("year"))) {
            bool ok = false;
            year = ctx.args.option(QStringLiteral("year")).toInt(&ok);
            if (!ok || year < 1949 || year > 2200)
                return usage(tr("--year takes a year such as 2026."));
        }
        auto list = holidays.list(year);
        if (!list)
            return list.error();
        QJsonArray array;
        QString text;
        for (const HolidayEntry &e : list.value()) {
            array.append(toJson(e));
            text += QStringLiteral("%1  %2  %3\n").arg(isoDate(e.date), e.work ? tr("work") : tr("rest"), e.name);
        }
        return Output{QJsonObject{{QStringLiteral("holidays"), array}}, text};
    }
    if (sub != QLatin1String("add"))
        return usage(tr("Unknown holiday command \"%1\"; use add or list.").arg(sub));
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    auto day = opt::date(ctx, QStringLiteral("date"), QDate());
    if (!day)
        return day.error();
    if (!day->isValid())
        return usage(tr("Give the day with --date YYYY-MM-DD."));
    const QString kind = ctx.args.option(QStringLiteral("kind"));
    if (kind != QLatin1String("rest") && kind != QLatin1String("work"))
        return usage(tr("--kind is rest or work."));
    auto added = holidays.add(actor.value(), HolidayEntry{day.value(), kind == QLatin1String("work"),
                                                          ctx.args.option(QStringLiteral("name")), {}});
    if (!added)
        return added.error();
    return Output{toJson(added.value()), tr("%1 recorded as %2.").arg(isoDate(added->date), kind)};
}

Result<Output> Commands::setting(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    TimeLimits settings(*ctx.db);
    if (sub == QLatin1String("set")) {
        auto actor = ctx.actor();
        if (!actor)
            return actor.error();
        bool ok = false;
        const int value = ctx.args.words.value(3).toInt(&ok);
        if (!ok)
            return usage(tr("Usage: setting set KEY VALUE (a whole number)."));
        TJ_TRY(settings.set(actor.value(), ctx.args.words.value(2), value));
    } else if (sub != QLatin1String("list")) {
        return usage(tr("Unknown setting command \"%1\"; use list or set.").arg(sub));
    }
    auto list = settings.list();
    if (!list)
        return list.error();
    QJsonArray array;
    QString text;
    for (const auto &[info, value] : list.value()) {
        array.append(QJsonObject{{QStringLiteral("key"), info.key},
                                 {QStringLiteral("value"), value},
                                 {QStringLiteral("default"), info.defaultValue},
                                 {QStringLiteral("description"), info.description}});
        text += QStringLiteral("%1 = %2  (%3)\n").arg(info.key).arg(value).arg(info.description);
    }
    return Output{QJsonObject{{QStringLiteral("settings"), array}}, text};
}

Result<Output> Commands::doc(Context &ctx)
{
    if (ctx.args.words.value(1) != QLatin1String("render"))
        return usage(tr("Usage: doc render CASE --kind KIND --out FILE.pdf [--reveal]"));
    auto ref = opt::caseRef(ctx);
    if (!ref)
        return ref.error();
    const QString kind = ctx.args.option(QStringLiteral("kind"));
    const QString out = ctx.args.option(QStringLiteral("out"));
    if (!DocumentRenderer::kinds().contains(kind))
        return usage(tr("--kind is one of %1.").arg(DocumentRenderer::kinds().join(QStringLiteral(", "))));
    if (out.isEmpty())
        return usage(tr("Name the PDF file with --out."));
    auto on = opt::date(ctx, QStringLiteral("on"));
    if (!on)
        return on.error();
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    const bool reveal = ctx.args.has(QStringLiteral("reveal"));
    TJ_TRY(DocumentRenderer(*ctx.db).render(actor.value(), ref.value(), kind, out, on.value(), reveal));
    return Output{QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("kind"), kind},
                              {QStringLiteral("case"), ref.value()},
                              {QStringLiteral("revealed"), reveal}},
                  tr("Wrote %1.").arg(out)};
}

} // namespace tj::cli
