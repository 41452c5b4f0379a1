#pragma once

#include "common/result.h"
#include "statistics.h"

namespace tj {

class Database;

/// The figures on performing agreements and on feedback (docs/metrics.md): fulfilment rate,
/// voluntary performance rate, feedback answered in time and satisfaction. `root` is the
/// materialised path of the area's organisation ("" for the whole county).
Result<void> computePerformance(Database &db, const QString &root, Figures &f);

/// The same figures given the counts the summary holds (stats_counts, stats_due, stats_done):
/// the instalments of the agreements of the disputes settled in the area and period that are
/// due by the reference day and those of them performed by it, and the agreements whose last
/// instalment is due by that day and those of them performed voluntarily by it.
struct PerformanceCounts
{
    qint64 dueInstalments = 0;
    qint64 performedInstalments = 0;
    qint64 dueAgreements = 0;
    qint64 voluntaryAgreements = 0;
};
Result<void> computePerformanceFromSummary(Database &db, const QString &root,
                                           const PerformanceCounts &counts, Figures &f);

} // namespace tj
