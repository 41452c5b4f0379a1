#include "commands_stats.h"

#include "cases/case.h"
#include "db/database.h"
#include "ledger/ledgerexport.h"
#include "ledger/ledgerimport.h"
#include "ledger/spreadsheetreader.h"

#include <QFile>
#include <QFileInfo>

namespace tj::cli {

namespace {
Result<Output> exportLedger(Context &ctx)
{
    const QString out = ctx.args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return Commands::usage(Commands::tr("Name the ledger file with --out F.xlsx or --out F.csv."));
    CaseFilter filter;
    filter.org = ctx.args.option(QStringLiteral("org"));
    filter.category = ctx.args.option(QStringLiteral("category"));
    if (ctx.args.has(QStringLiteral("status"))) {
        filter.status = statusFromCode(ctx.args.option(QStringLiteral("status")));
        if (!filter.status)
            return Commands::usage(Commands::tr("Unknown status \"%1\".").arg(ctx.args.option(QStringLiteral("status"))));
    }
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    LedgerExport ledger(*ctx.db, actor.value());
    ledger.setReveal(ctx.args.flags.contains(QStringLiteral("reveal")));
    auto written = ledger.write(out, filter);
    if (!written)
        return written.error();
    return Output{QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("cases"), written.value()}},
                  Commands::tr("%1 case(s) written to %2.").arg(written.value()).arg(out)};
}

// The mapping: --mapping M when M exists (the remembered preset); otherwise the columns
// recognised from the header, saved to M when one was named so the next import reuses it.
Result<LedgerMapping> mappingFor(const Context &ctx, const LedgerTable &table)
{
    const QString path = ctx.args.option(QStringLiteral("mapping"));
    LedgerMapping mapping;
    if (!path.isEmpty() && QFile::exists(path)) {
        auto loaded = LedgerMapping::load(path);
        if (!loaded)
            return loaded.error();
        mapping = loaded.value();
    } else {
        mapping = LedgerMapping::detect(table.header);
    }
    if (ctx.args.has(QStringLiteral("org")))
        mapping.defaultOrg = ctx.args.option(QStringLiteral("org"));
    if (!path.isEmpty() && !QFile::exists(path))
        TJ_TRY(mapping.save(path));
    return mapping;
}

Result<Output> importLedger(Context &ctx)
{
    const QString file = ctx.args.words.value(2);
    if (file.isEmpty())
        return Commands::usage(Commands::tr("Name the ledger file: ledger import F [--mapping M]."));
    auto table = SpreadsheetReader::read(file);
    if (!table)
        return table.error();
    auto mapping = mappingFor(ctx, table.value());
    if (!mapping)
        return mapping.error();
    LedgerImport importer(*ctx.db);
    if (ctx.args.flags.contains(QStringLiteral("dry-run"))) {
        auto preview = importer.preview(table.value(), mapping.value());
        if (!preview)
            return preview.error();
        QString text = Commands::tr("%1 row(s) read, %2 already imported, %3 with errors.\n")
                           .arg(preview->rows.size()).arg(preview->duplicates).arg(preview->errors.size());
        if (!preview->errors.isEmpty())
            text += preview->errorReport();
        return Output{preview->toJson(), text};
    }
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    auto done = importer.import(actor.value(), table.value(), mapping.value(), QFileInfo(file).fileName());
    if (!done)
        return done.error();
    const int imported = int(done->rows.size()) - done->duplicates;
    return Output{done->toJson(),
                  Commands::tr("%1 case(s) imported, %2 row(s) already imported before.")
                      .arg(imported).arg(done->duplicates)};
}
} // namespace

Result<Output> ledgerCommand(Context &ctx)
{
    const QString sub = ctx.args.words.value(1);
    if (sub == QLatin1String("export"))
        return exportLedger(ctx);
    if (sub == QLatin1String("import"))
        return importLedger(ctx);
    return Commands::usage(Commands::tr(
        "Use: ledger export [--org C] --out F.xlsx|F.csv, or ledger import F [--mapping M] "
        "[--org C] [--dry-run]."));
}

} // namespace tj::cli
