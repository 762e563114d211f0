// One money formatter for people: the designer, the reports and the command line's
// tables all write amounts this way.

#include "model/cost/Money.h"

#include <gtest/gtest.h>

using azimuth::model::formatAmount;
using azimuth::model::formatMoney;

TEST(Money, GroupsThousandsWithCommasAndShowsCents)
{
    EXPECT_EQ(formatMoney(1234.56), "$1,234.56");
    EXPECT_EQ(formatMoney(1234567.891), "$1,234,567.89");
    EXPECT_EQ(formatMoney(0), "$0.00");
    EXPECT_EQ(formatMoney(0.5), "$0.50");
    EXPECT_EQ(formatMoney(999.999), "$1,000.00");
    EXPECT_EQ(formatMoney(100), "$100.00");
    EXPECT_EQ(formatMoney(100000), "$100,000.00");
}

TEST(Money, RoundsAsABillIsCheckedInDecimal)
{
    // 730 h x $0.0225 is 16.424999... in binary, 16.425 on paper: half a cent goes up.
    EXPECT_EQ(formatAmount(730 * 0.0225), "16.43");
    EXPECT_EQ(formatAmount(-730 * 0.0225), "-16.43");
    EXPECT_EQ(formatAmount(0.125), "0.13");
}

TEST(Money, PutsTheSignBeforeTheSymbolAndNeverShowsMinusZero)
{
    EXPECT_EQ(formatMoney(-42.1), "-$42.10");
    EXPECT_EQ(formatMoney(-0.001), "$0.00");
    EXPECT_EQ(formatAmount(-0.004), "0.00");
    EXPECT_EQ(formatAmount(-1234.5), "-1,234.50");
}

TEST(Money, NamesOtherCurrenciesByCode)
{
    EXPECT_EQ(formatMoney(1500, "EUR"), "EUR 1,500.00");
    EXPECT_EQ(formatMoney(-1500, "EUR"), "-EUR 1,500.00");
    EXPECT_EQ(formatMoney(2, ""), "$2.00") << "no currency means dollars";
}

TEST(Money, WholeUnitsForAxesAndPlainAmountsForTables)
{
    EXPECT_EQ(formatMoney(12300.4, "USD", 0), "$12,300");
    EXPECT_EQ(formatMoney(999.5, "USD", 0), "$1,000");
    EXPECT_EQ(formatAmount(1234.5), "1,234.50");
    EXPECT_EQ(formatAmount(12.0, 0), "12");
}
