#include "parties/identifiers.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tj;

TEST(ResidentId, AcceptsAValidNumberIncludingCheckCharacterX)
{
    // 11010519491231002X is the standard's worked example.
    EXPECT_TRUE(Identifiers::checkResidentId(QStringLiteral("11010519491231002X")).isEmpty());
    const QString built = test::makeResidentId(QStringLiteral("131121"), QStringLiteral("19850612"),
                                               QStringLiteral("031"));
    EXPECT_TRUE(Identifiers::checkResidentId(built).isEmpty()) << built.toStdString();
}

TEST(ResidentId, RefusesAWrongCheckCharacterWithAClearMessage)
{
    const QString message = Identifiers::checkResidentId(QStringLiteral("110105194912310021"));
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(message.contains(QStringLiteral("X"))) << message.toStdString();
}

TEST(ResidentId, RefusesAnImpossibleBirthDate)
{
    const QString first = QStringLiteral("13112119850230031"); // 30 February
    const QString id = first + Identifiers::residentIdCheckChar(first);
    const QString message = Identifiers::checkResidentId(id);
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(message.contains(QStringLiteral("19850230")));
}

TEST(ResidentId, RefusesWrongLengthAndLetters)
{
    EXPECT_FALSE(Identifiers::checkResidentId(QStringLiteral("1101051949123100")).isEmpty());
    EXPECT_FALSE(Identifiers::checkResidentId(QStringLiteral("11010519491231A02X")).isEmpty());
    EXPECT_FALSE(Identifiers::checkResidentId(QStringLiteral("11010519491231002x")).isEmpty());
}

TEST(ResidentId, DerivesBirthDateSexAndMask)
{
    const QString id = QStringLiteral("11010519491231002X");
    EXPECT_EQ(Identifiers::birthDateOfResidentId(id), QDate(1949, 12, 31));
    EXPECT_EQ(Identifiers::sexOfResidentId(id), QStringLiteral("female"));
    EXPECT_EQ(Identifiers::maskResidentId(id), QStringLiteral("110105********002X"));
}

TEST(CreditCode, AcceptsValidCodes)
{
    // A published code of a state organ: 91350100M000100Y43 (GB 32100 example layout).
    EXPECT_TRUE(Identifiers::checkCreditCode(QStringLiteral("91350100M000100Y43")).isEmpty());
    const QString built = test::makeCreditCode(QStringLiteral("91131121MA0ABCDE1"));
    EXPECT_TRUE(Identifiers::checkCreditCode(built).isEmpty()) << built.toStdString();
}

TEST(CreditCode, RefusesAWrongCheckCharacter)
{
    const QString good = test::makeCreditCode(QStringLiteral("91131121MA0ABCDE1"));
    QString bad = good;
    bad[17] = good[17] == u'1' ? u'2' : u'1';
    const QString message = Identifiers::checkCreditCode(bad);
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(message.contains(QString(good[17]))) << message.toStdString();
}

TEST(CreditCode, RefusesForbiddenLettersAndWrongLength)
{
    EXPECT_FALSE(Identifiers::checkCreditCode(QStringLiteral("91350100M000100YI3")).isEmpty());
    EXPECT_FALSE(Identifiers::checkCreditCode(QStringLiteral("91350100M000100Y4")).isEmpty());
    EXPECT_FALSE(Identifiers::checkCreditCode(QStringLiteral("913501X0M000100Y43")).isEmpty());
}
