#pragma once

#include <QString>

#include <optional>

namespace tj::money {

/// Parses a yuan amount such as "135105.00", "135105" or "0.5" into integer fen.
/// Refuses negatives, more than two decimals, separators and anything above 10^13 yuan.
std::optional<qint64> parseYuan(const QString &text);

/// Formats fen as a yuan decimal string with two decimals: 13510500 -> "135105.00".
QString formatYuan(qint64 fen);

/// Writes an amount in Chinese capital numerals as legal documents require:
/// 13510500 -> "壹拾叁万伍仟壹佰零伍元整", 1005 -> "壹拾元零伍分".
QString capitals(qint64 fen);

} // namespace tj::money
