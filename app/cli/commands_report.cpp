#include "commands_stats.h"

#include "db/database.h"
#include "stats/monthlyreport.h"
#include "stats/statsjson.h"

#include <QFileInfo>

namespace tj::cli {

Result<Output> reportCommand(Context &ctx)
{
    if (ctx.args.words.value(1) != QLatin1String("monthly"))
        return Commands::usage(Commands::tr("Use: report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx."));
    const QString month = ctx.args.option(QStringLiteral("month"));
    const QString out = ctx.args.option(QStringLiteral("out"));
    if (month.isEmpty() || out.isEmpty())
        return Commands::usage(Commands::tr("Give --month YYYY-MM and --out F.pdf or F.xlsx."));
    MonthlyReportService service(*ctx.db);
    auto report = service.build(ctx.args.option(QStringLiteral("org")), month);
    if (!report)
        return report.error();
    TJ_TRY(MonthlyReportService::write(report.value(), out));
    QJsonObject json{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                     {QStringLiteral("month"), month},
                     {QStringLiteral("figures"), StatsJson::toJson(report->figures)}};
    return Output{json, Commands::tr("Monthly report %1 of %2 written to %3.").arg(month, report->orgName, out)};
}

} // namespace tj::cli
