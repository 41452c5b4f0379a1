#pragma once

#include "common/result.h"
#include "statistics.h"

namespace tj {

class Database;

/// The figures on performing agreements and on feedback (docs/metrics.md): fulfilment rate,
/// voluntary performance rate, feedback answered in time and satisfaction. `root` is the
/// materialised path of the area's organisation ("" for the whole county).
Result<void> computePerformance(Database &db, const QString &root, Figures &f);

} // namespace tj
