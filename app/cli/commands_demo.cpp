#include "cli.h"

#include "common/clock.h"
#include "db/database.h"
#include "demo/generator.h"

#include <QTextStream>

namespace tj::cli {

namespace {
Result<qint64> numberOption(const Args &args, const QString &name, qint64 fallback)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const qint64 value = args.option(name).toLongLong(&ok);
    if (!ok)
        return Commands::usage(Commands::tr("--%1 needs a whole number, not \"%2\".").arg(name, args.option(name)));
    return value;
}
} // namespace

Result<Output> Commands::demo(Context &ctx)
{
    const Args &args = ctx.args;
    if (args.words.value(1) != QLatin1String("generate"))
        return usage(tr("Use: demo generate --cases N [--seed S] [--until DATE] [--years Y]"));
    GeneratorOptions options;
    auto cases = numberOption(args, QStringLiteral("cases"), 0);
    auto seed = numberOption(args, QStringLiteral("seed"), 1);
    auto years = numberOption(args, QStringLiteral("years"), 10);
    if (!cases)
        return cases.error();
    if (!seed)
        return seed.error();
    if (!years)
        return years.error();
    if (!args.has(QStringLiteral("cases")))
        return usage(tr("Say how many cases to generate with --cases N."));
    options.cases = cases.value();
    options.seed = quint64(seed.value());
    options.years = int(years.value());
    if (args.has(QStringLiteral("until"))) {
        options.until = parseIsoDate(args.option(QStringLiteral("until")));
        if (!options.until.isValid())
            return usage(tr("--until needs a date YYYY-MM-DD."));
    }
    QTextStream err(stderr);
    auto summary = DemoGenerator(*ctx.db).generate(options, [&](qint64 done) {
        if (!ctx.json)
            err << tr("%1 of %2 cases written").arg(done).arg(options.cases) << Qt::endl;
    });
    if (!summary)
        return summary.error();
    Output out;
    out.json = QJsonObject{{QStringLiteral("database"), ctx.dbPath},
                           {QStringLiteral("cases"), summary->cases},
                           {QStringLiteral("parties"), summary->parties},
                           {QStringLiteral("events"), summary->events},
                           {QStringLiteral("sessions"), summary->sessions},
                           {QStringLiteral("referrals"), summary->referrals},
                           {QStringLiteral("agreements"), summary->agreements},
                           {QStringLiteral("payments"), summary->payments},
                           {QStringLiteral("visits"), summary->visits},
                           {QStringLiteral("confirmations"), summary->confirmations},
                           {QStringLiteral("seconds"), double(summary->milliseconds) / 1000.0}};
    out.text = tr("Generated %1 cases (%2 parties, %3 events) in %4 s.")
                   .arg(summary->cases)
                   .arg(summary->parties)
                   .arg(summary->events)
                   .arg(double(summary->milliseconds) / 1000.0, 0, 'f', 1);
    return out;
}

} // namespace tj::cli
