#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace tj {

/// The case code (一案一码): derived from the case id, stored on first use so that parties'
/// feedback can name the case by it. Form "TJ-XXXX-XXXX-XXXX" (Crockford base 32).
QString caseCodeFor(const QString &caseId);
/// Stores the code of a case if it is not stored yet and returns it.
Result<QString> ensureCaseCode(QSqlDatabase db, const QString &caseId);
/// The case id for a code; an empty string when no case has it.
Result<QString> caseIdForCode(QSqlDatabase db, const QString &code);

} // namespace tj
