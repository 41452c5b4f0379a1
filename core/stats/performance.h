#pragma once

#include "common/result.h"
#include "statistics.h"

namespace tj {

class Database;

/// The figures on performing agreements and on feedback (docs/metrics.md): fulfilment rate,
/// voluntary performance rate, feedback answered in time and satisfaction. `root` is the
/// materialised path of the area's organisation ("" for the whole county).
Result<void> computePerformance(Database &db, const QString &root, Figures &f);

/// The same figures given, from the summary, the number of instalments of the agreements of
/// the disputes settled in the area and period and how many of those agreements have any: the
/// instalments due after the reference day (and the agreements with one) are subtracted, and
/// what was performed is read from the payments (nothing is performed unpaid).
Result<void> computePerformanceFromSummary(Database &db, const QString &root,
                                           qint64 instalments, qint64 instAgreements,
                                           qint64 laterInstalments, qint64 laterAgreements,
                                           Figures &f);

} // namespace tj
