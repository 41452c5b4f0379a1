#include "common/money.h"

#include <gtest/gtest.h>

using namespace tj;

TEST(Money, ParsesYuanStringsIntoExactFen)
{
    EXPECT_EQ(money::parseYuan(QStringLiteral("135105.00")), 13510500);
    EXPECT_EQ(money::parseYuan(QStringLiteral("135105")), 13510500);
    EXPECT_EQ(money::parseYuan(QStringLiteral("0.5")), 50);
    EXPECT_EQ(money::parseYuan(QStringLiteral("0.07")), 7);
}

TEST(Money, RefusesMalformedAmounts)
{
    for (const char *bad : {"", "-1.00", "1.234", "1,000.00", "abc", "1e5", "12.", ".5"})
        EXPECT_FALSE(money::parseYuan(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(Money, FormatsFenAsYuanWithTwoDecimals)
{
    EXPECT_EQ(money::formatYuan(13510500), QStringLiteral("135105.00"));
    EXPECT_EQ(money::formatYuan(7), QStringLiteral("0.07"));
    EXPECT_EQ(money::formatYuan(0), QStringLiteral("0.00"));
}

TEST(Money, WritesCapitalNumeralsAsLegalDocumentsDo)
{
    EXPECT_EQ(money::capitals(13510500), QStringLiteral("壹拾叁万伍仟壹佰零伍元整"));
    EXPECT_EQ(money::capitals(6000000), QStringLiteral("陆万元整"));
    EXPECT_EQ(money::capitals(7510500), QStringLiteral("柒万伍仟壹佰零伍元整"));
    EXPECT_EQ(money::capitals(100000100), QStringLiteral("壹佰万零壹元整"));
    EXPECT_EQ(money::capitals(1000500000), QStringLiteral("壹仟万零伍仟元整"));
    EXPECT_EQ(money::capitals(10000000000), QStringLiteral("壹亿元整"));
    EXPECT_EQ(money::capitals(1005), QStringLiteral("壹拾元零伍分"));
    EXPECT_EQ(money::capitals(1050), QStringLiteral("壹拾元伍角整"));
    EXPECT_EQ(money::capitals(5), QStringLiteral("伍分"));
    EXPECT_EQ(money::capitals(0), QStringLiteral("零元整"));
    EXPECT_EQ(money::capitals(38600), QStringLiteral("叁佰捌拾陆元整"));
    EXPECT_EQ(money::capitals(1001000), QStringLiteral("壹万零壹拾元整"));
}
