#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tj {

/// Checks of the identifiers parties carry. Each returns an empty string when the value is
/// valid, or a translated message saying what is wrong.
class Identifiers
{
    Q_DECLARE_TR_FUNCTIONS(Identifiers)
public:
    /// Resident identity number (GB 11643-1999): 17 digits, a real birth date in positions
    /// 7–14, and an ISO 7064 MOD 11-2 check character (0–9 or X).
    static QString checkResidentId(const QString &id);
    /// Unified social credit code (GB 32100-2015): 18 characters over the 31-character
    /// alphabet with a MOD 31 check character.
    static QString checkCreditCode(const QString &code);

    /// The check character a 17-digit resident ID prefix should end with.
    static QChar residentIdCheckChar(const QString &first17);
    /// The check character a 17-character credit code prefix should end with.
    static QChar creditCodeCheckChar(const QString &first17);

    static QDate birthDateOfResidentId(const QString &id);
    /// "male" or "female" from the 17th digit.
    static QString sexOfResidentId(const QString &id);
    /// 110105********002X: keeps the area code and the last four characters.
    static QString maskResidentId(const QString &id);
};

} // namespace tj
