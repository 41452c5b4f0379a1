#pragma once

#include "cli.h"

#include <QDate>

namespace tj::cli {

/// Shared helpers of the agreement, deadline and document commands.
namespace opt {
/// A date option; `fallback` when absent, a usage error when malformed.
Result<QDate> date(const Context &ctx, const QString &name, const QDate &fallback = QDate::currentDate());
/// The case named by the third word.
Result<QString> caseRef(const Context &ctx);
/// A JSON date or null.
QJsonValue dateValue(const QDate &d);
} // namespace opt

} // namespace tj::cli
