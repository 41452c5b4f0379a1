#pragma once

#include "cases/case.h"

#include <QString>

namespace tj {

/// Personal identifiers shown in part. Lists, exports and documents show resident ID numbers
/// as 110105********002X and phone numbers as 138****5678; showing them whole is an audited
/// "reveal" (CaseService::reveal).
class Masking
{
public:
    static QString residentId(const QString &id);
    static QString phone(const QString &phone);
    /// Masks the ID and phone numbers of a case's persons (credit codes of organisations are
    /// public and stay whole).
    static void maskCase(Case &c);
};

} // namespace tj
