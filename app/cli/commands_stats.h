#pragma once

#include "cli.h"

namespace tj::cli {

/// `stats`, `prevention`, `report monthly` and `ledger export|import` (docs/metrics.md,
/// docs/ledgers.md). Kept apart from cli.h so the feature stays in its own files.
Result<Output> statsCommand(Context &ctx);
Result<Output> preventionCommand(Context &ctx);
Result<Output> reportCommand(Context &ctx);
Result<Output> ledgerCommand(Context &ctx);

/// Parses the option `name` as YYYY-MM-DD; an invalid date when absent.
Result<QDate> dateOption(const Context &ctx, const QString &name);

} // namespace tj::cli
