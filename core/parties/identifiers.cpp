#include "identifiers.h"

namespace tj {

namespace {
constexpr int kIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kIdChecks[] = "10X98765432";
constexpr char kCreditAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kCreditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int creditValue(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (c == QLatin1Char(kCreditAlphabet[i]))
            return i;
    return -1;
}
} // namespace

QChar Identifiers::residentIdCheckChar(const QString &first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!first17[i].isDigit())
            return {};
        sum += first17[i].digitValue() * kIdWeights[i];
    }
    return QLatin1Char(kIdChecks[sum % 11]);
}

QChar Identifiers::creditCodeCheckChar(const QString &first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = creditValue(first17[i]);
        if (v < 0)
            return {};
        sum += v * kCreditWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(kCreditAlphabet[check]);
}

QDate Identifiers::birthDateOfResidentId(const QString &id)
{
    if (id.size() < 14)
        return {};
    return QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

QString Identifiers::sexOfResidentId(const QString &id)
{
    if (id.size() < 17 || !id[16].isDigit())
        return {};
    return id[16].digitValue() % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
}

QString Identifiers::checkResidentId(const QString &id)
{
    if (id.size() != 18)
        return tr("A resident ID number has 18 characters; \"%1\" has %2.").arg(id).arg(id.size());
    for (int i = 0; i < 17; ++i)
        if (!id[i].isDigit() || id[i].unicode() > 127)
            return tr("The first 17 characters of a resident ID number are digits (\"%1\").")
                .arg(id);
    const QChar last = id[17];
    if (!(last.isDigit() && last.unicode() <= 127) && last != u'X')
        return tr("A resident ID number ends with a digit or a capital X (\"%1\").").arg(id);
    const QDate birth = birthDateOfResidentId(id);
    if (!birth.isValid() || birth.year() < 1900)
        return tr("The birth date %1 inside the resident ID number %2 is not a real date.")
            .arg(id.mid(6, 8), id);
    if (birth > QDate::currentDate())
        return tr("The birth date %1 inside the resident ID number %2 lies in the future.")
            .arg(id.mid(6, 8), id);
    const QChar expected = residentIdCheckChar(id);
    if (expected != last)
        return tr("The check character of the resident ID number %1 is wrong (it should be %2); "
                  "please check the number.")
            .arg(id, QString(expected));
    return {};
}

QString Identifiers::checkCreditCode(const QString &code)
{
    if (code.size() != 18)
        return tr("A unified social credit code has 18 characters; \"%1\" has %2.")
            .arg(code)
            .arg(code.size());
    for (int i = 0; i < 18; ++i)
        if (creditValue(code[i]) < 0)
            return tr("The unified social credit code %1 contains \"%2\", which is not allowed "
                      "(digits and capital letters except I, O, Z, S and V).")
                .arg(code, QString(code[i]));
    for (int i = 2; i < 8; ++i)
        if (!code[i].isDigit())
            return tr("Characters 3–8 of the unified social credit code %1 are the area code "
                      "and must be digits.")
                .arg(code);
    const QChar expected = creditCodeCheckChar(code);
    if (expected != code[17])
        return tr("The check character of the unified social credit code %1 is wrong (it should "
                  "be %2); please check the code.")
            .arg(code, QString(expected));
    return {};
}

QString Identifiers::maskResidentId(const QString &id)
{
    if (id.size() <= 10)
        return QString(id.size(), u'*');
    return id.left(6) + QString(id.size() - 10, u'*') + id.right(4);
}

} // namespace tj
