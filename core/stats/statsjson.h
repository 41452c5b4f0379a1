#pragma once

#include "statistics.h"

#include <QJsonObject>

namespace tj {

/// The JSON of `tiaojie-cli stats` (fields listed in docs/metrics.md). Rates are fractions
/// rounded to four decimals (0.5229 = 52.29 %), days to two, money as yuan strings.
class StatsJson
{
public:
    static QJsonObject toJson(const Figures &f);
    static QJsonObject toJson(const StatsRow &row);
};

} // namespace tj
