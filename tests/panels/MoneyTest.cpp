#include "views/analysis/Money.h"

#include <gtest/gtest.h>

using azimuth::views::formatMoney;
using azimuth::views::formatMoneyWhole;

TEST(Money, GroupsThousandsWithCommasAndShowsCents)
{
    EXPECT_EQ(formatMoney(1234.56).toStdString(), "$1,234.56");
    EXPECT_EQ(formatMoney(1234567.891).toStdString(), "$1,234,567.89");
    EXPECT_EQ(formatMoney(0).toStdString(), "$0.00");
    EXPECT_EQ(formatMoney(0.5).toStdString(), "$0.50");
    EXPECT_EQ(formatMoney(999.999).toStdString(), "$1,000.00");
}

TEST(Money, PutsTheSignBeforeTheSymbolAndNeverShowsMinusZero)
{
    EXPECT_EQ(formatMoney(-42.1).toStdString(), "-$42.10");
    EXPECT_EQ(formatMoney(-0.001).toStdString(), "$0.00");
}

TEST(Money, NamesOtherCurrenciesByCode)
{
    EXPECT_EQ(formatMoney(1500, "EUR").toStdString(), "EUR 1,500.00");
}

TEST(Money, WholeUnitsForAxes)
{
    EXPECT_EQ(formatMoneyWhole(12300.4).toStdString(), "$12,300");
}
