// Every pricing option of an EC2 fleet, worked by hand from aws-prices.md at 730 hours.
// The fleet: 2 x m5.large in us-east-1 with the default 8 GB of EBS gp3 each, so every
// option carries an EBS line of 2 x 8 GB x $0.08 = $1.28.

#include "CostTestSupport.h"

#include <gtest/gtest.h>
#include <ostream>

using namespace azimuth;
using azimuth::test::costOf;
using azimuth::test::fleet;
using azimuth::test::regionDesign;

namespace {

struct Expected
{
    const char* pricing;
    const char* payment;
    double monthly, upfront, effectiveMonthly;
    bool estimate;
};

// Reserved: instance-hours 2 x 730 = 1460 x the option's hourly; upfront 2 x the
// option's upfront; effective = monthly + round(upfront / 12 or 36).
// e.g. Standard 1 yr partial: 1460 x 0.029 = 42.34 + 1.28 = 43.62; 504 / 12 = 42 -> 85.62.
// Standard 3 yr partial: 1460 x 0.019 = 27.74 + 1.28 = 29.02; 1010 / 36 = 28.06 -> 57.08.
// Convertible 1 yr all: 0 + 1.28; 1154 / 12 = 96.17 -> 97.45.
// Savings Plans take the Standard (EC2 Instance) or Convertible (Compute) RI rate, as
// estimates.
const Expected kOptions[] = {
    {"reserved-standard-1y", "no-upfront", 88.88, 0.00, 88.88, false},
    {"reserved-standard-1y", "partial-upfront", 43.62, 504.00, 85.62, false},
    {"reserved-standard-1y", "all-upfront", 1.28, 988.00, 83.61, false},
    {"reserved-standard-3y", "no-upfront", 61.14, 0.00, 61.14, false},
    {"reserved-standard-3y", "partial-upfront", 29.02, 1010.00, 57.08, false},
    {"reserved-standard-3y", "all-upfront", 1.28, 1898.00, 54.00, false},
    {"reserved-convertible-1y", "no-upfront", 104.94, 0.00, 104.94, false},
    {"reserved-convertible-1y", "partial-upfront", 50.92, 588.00, 99.92, false},
    {"reserved-convertible-1y", "all-upfront", 1.28, 1154.00, 97.45, false},
    {"reserved-convertible-3y", "no-upfront", 72.82, 0.00, 72.82, false},
    {"reserved-convertible-3y", "partial-upfront", 34.86, 1184.00, 67.75, false},
    {"reserved-convertible-3y", "all-upfront", 1.28, 2322.00, 65.78, false},
    {"savings-plan-ec2-1y", "no-upfront", 88.88, 0.00, 88.88, true},
    {"savings-plan-ec2-1y", "partial-upfront", 43.62, 504.00, 85.62, true},
    {"savings-plan-ec2-1y", "all-upfront", 1.28, 988.00, 83.61, true},
    {"savings-plan-ec2-3y", "partial-upfront", 29.02, 1010.00, 57.08, true},
    {"savings-plan-compute-1y", "no-upfront", 104.94, 0.00, 104.94, true},
    {"savings-plan-compute-3y", "all-upfront", 1.28, 2322.00, 65.78, true},
    // On-Demand: 1460 x 0.096 = 140.16 + 1.28.
    {"on-demand", "no-upfront", 141.44, 0.00, 141.44, false},
    // Spot: the typical m5.large rate 0.0386: 1460 x 0.0386 = 56.356 -> 56.36 + 1.28.
    {"spot", "no-upfront", 57.64, 0.00, 57.64, true},
    // Dedicated Host: ceil(2 / 48) = 1 m5 host x 730 x 5.07 (derived) = 3701.10 + 1.28.
    {"dedicated-host", "no-upfront", 3702.38, 0.00, 3702.38, true},
};

/// How gtest (and ctest's test names) show an option: "spot no-upfront", not its bytes.
void PrintTo(const Expected& e, std::ostream* os)
{
    *os << e.pricing << ' ' << e.payment;
}

class PricingOption : public ::testing::TestWithParam<Expected>
{
};

} // namespace

TEST_P(PricingOption, FleetOfTwoM5LargeInUsEast1)
{
    const Expected& e = GetParam();
    auto design = regionDesign(fleet("m5.large", 2, e.pricing, e.payment));
    auto cost = costOf(design, "f");
    SCOPED_TRACE(std::string(e.pricing) + " " + e.payment);
    EXPECT_TRUE(cost.complete);
    EXPECT_DOUBLE_EQ(cost.monthly, e.monthly);
    EXPECT_DOUBLE_EQ(cost.upfront, e.upfront);
    EXPECT_DOUBLE_EQ(cost.effectiveMonthly, e.effectiveMonthly);
    EXPECT_EQ(cost.estimate, e.estimate);
    ASSERT_EQ(cost.lines.size(), 2u);
    EXPECT_DOUBLE_EQ(*cost.lines[1].monthly, 1.28);
}

namespace {

/// "reserved_standard_1y_partial_upfront": a stable name, so ctest runs each option by name
/// (gtest's default would print the struct's bytes, pointers included).
std::string optionName(const ::testing::TestParamInfo<Expected>& info)
{
    std::string name = std::string(info.param.pricing) + "_" + info.param.payment;
    for (char& ch : name)
        if (ch == '-') ch = '_';
    return name;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(AllOptions, PricingOption, ::testing::ValuesIn(kOptions), optionName);

TEST(PricingOptions, ReservedLineNamesTermPaymentAndCount)
{
    auto cost =
        costOf(regionDesign(fleet("m5.large", 2, "reserved-standard-3y", "partial-upfront")), "f");
    EXPECT_EQ(cost.lines[0].item, "m5.large Reserved Standard 3 yr, partial upfront, 2 instances");
    EXPECT_EQ(cost.lines[0].unit, "instance-hours");
    EXPECT_DOUBLE_EQ(cost.lines[0].quantity, 1460);
    EXPECT_DOUBLE_EQ(*cost.lines[0].rate, 0.019);
    EXPECT_DOUBLE_EQ(cost.lines[0].upfront, 1010);
    EXPECT_EQ(cost.commitmentMonths, 36);
}

TEST(PricingOptions, M5XlargeCommitmentsAreTwiceM5LargeAsEstimates)
{
    // 1 x m5.xlarge Standard 1 yr no upfront: 730 x (2 x 0.060) = 87.60, EBS 0.64.
    auto cost = costOf(regionDesign(fleet("m5.xlarge", 1, "reserved-standard-1y")), "f");
    EXPECT_NEAR(*cost.lines[0].rate, 0.12, 1e-12);
    EXPECT_DOUBLE_EQ(*cost.lines[0].monthly, 87.60);
    EXPECT_DOUBLE_EQ(cost.monthly, 88.24);
    EXPECT_TRUE(cost.lines[0].estimate);
    // All upfront: 2 x 494 = 988 for one m5.xlarge.
    auto all =
        costOf(regionDesign(fleet("m5.xlarge", 1, "reserved-standard-1y", "all-upfront")), "f");
    EXPECT_DOUBLE_EQ(all.upfront, 988.00);
}

TEST(PricingOptions, OtherTypesTakeM5LargeDiscountRatios)
{
    // c5.large (On-Demand 0.085) Convertible 3 yr partial: hourly 0.085 x 0.023 / 0.096 =
    // 0.0203645833; 730 x that = 14.866 -> 14.87; upfront 0.085 x 592 / 0.096 = 524.17;
    // EBS 0.64 -> monthly 15.51; 524.17 / 36 = 14.56 -> effective 30.07.
    auto cost = costOf(
        regionDesign(fleet("c5.large", 1, "reserved-convertible-3y", "partial-upfront")), "f");
    EXPECT_DOUBLE_EQ(*cost.lines[0].monthly, 14.87);
    EXPECT_DOUBLE_EQ(cost.upfront, 524.17);
    EXPECT_DOUBLE_EQ(cost.monthly, 15.51);
    EXPECT_DOUBLE_EQ(cost.effectiveMonthly, 30.07);
    EXPECT_TRUE(cost.estimate);
}

TEST(PricingOptions, SpotWithoutATypicalRateUsesTheFamilyDiscount)
{
    // r5.large 0.126 less R5's typical 66%: 0.04284 x 730 = 31.2732 -> 31.27, + EBS 0.64.
    auto cost = costOf(regionDesign(fleet("r5.large", 1, "spot")), "f");
    EXPECT_NEAR(*cost.lines[0].rate, 0.04284, 1e-12);
    EXPECT_DOUBLE_EQ(cost.monthly, 31.91);
    EXPECT_TRUE(cost.lines[0].estimate);
    // A family with no Spot figure at all is unknown, not 0.
    auto gpu = costOf(regionDesign(fleet("p3.2xlarge", 1, "spot")), "f");
    EXPECT_FALSE(gpu.complete);
    EXPECT_FALSE(gpu.lines[0].monthly.has_value());
}

TEST(PricingOptions, DedicatedHostsRoundUpToWholeHosts)
{
    // 40 x c5.large: a c5 host holds 72 / 2 = 36 -> 2 hosts x 730 x 3.366 = 4914.36;
    // EBS 40 x 8 x 0.08 = 25.60.
    auto cost = costOf(regionDesign(fleet("c5.large", 40, "dedicated-host")), "f");
    EXPECT_EQ(cost.lines[0].item, "c5 Dedicated Host, 2 hosts for 40 instances");
    EXPECT_EQ(cost.lines[0].unit, "host-hours");
    EXPECT_DOUBLE_EQ(cost.lines[0].quantity, 1460);
    EXPECT_DOUBLE_EQ(*cost.lines[0].monthly, 4914.36);
    EXPECT_DOUBLE_EQ(cost.monthly, 4939.96);
    // 50 x m5.large: 48 a host -> 2 hosts x 730 x 5.07 = 7402.20.
    auto m5 = costOf(regionDesign(fleet("m5.large", 50, "dedicated-host")), "f");
    EXPECT_DOUBLE_EQ(*m5.lines[0].monthly, 7402.20);
    // No host price for r5: unknown.
    EXPECT_FALSE(costOf(regionDesign(fleet("r5.large", 1, "dedicated-host")), "f").complete);
}

TEST(PricingOptions, ComparePricingCoversEveryOptionForFleetsAndGroups)
{
    auto design = regionDesign(fleet("m5.large", 2, "on-demand"));
    auto options =
        model::comparePricing(design, *design.component(model::ComponentId("f")),
                              model::PriceCatalog::builtin(), model::KindCatalog::builtin());
    // on-demand, 4 reserved x 3, 4 savings plans x 3, spot, dedicated host.
    ASSERT_EQ(options.size(), 27u);
    EXPECT_EQ(options.front().pricing, "on-demand");
    EXPECT_EQ(options.front().payment, "");
    EXPECT_DOUBLE_EQ(*options.front().effectiveMonthly, 141.44);
    for (const Expected& e : kOptions) {
        std::string payment = std::string(e.pricing).starts_with("reserved-") ||
                                      std::string(e.pricing).starts_with("savings-plan-")
                                  ? e.payment
                                  : "";
        auto it = std::find_if(options.begin(), options.end(), [&](const auto& o) {
            return o.pricing == e.pricing && o.payment == payment;
        });
        ASSERT_NE(it, options.end()) << e.pricing << " " << e.payment;
        EXPECT_DOUBLE_EQ(*it->effectiveMonthly, e.effectiveMonthly)
            << e.pricing << " " << e.payment;
        EXPECT_EQ(it->estimate, e.estimate) << e.pricing;
    }
    // Other kinds have no comparison.
    EXPECT_TRUE(model::comparePricing(design, *design.component(model::ComponentId("az-a")),
                                      model::PriceCatalog::builtin(), model::KindCatalog::builtin())
                    .empty());
}

TEST(PricingOptions, CompareMarksUnknownOptionsEmpty)
{
    // p3.2xlarge has no Spot figure and no host price: those options are unknown.
    auto design = regionDesign(fleet("p3.2xlarge", 1, "on-demand"));
    auto options =
        model::comparePricing(design, *design.component(model::ComponentId("f")),
                              model::PriceCatalog::builtin(), model::KindCatalog::builtin());
    ASSERT_EQ(options.size(), 27u);
    EXPECT_FALSE(options[25].effectiveMonthly.has_value());
    EXPECT_EQ(options[25].pricing, "spot");
    EXPECT_FALSE(options[26].effectiveMonthly.has_value());
    // 730 x 3.06 = 2233.80 + 0.64.
    EXPECT_DOUBLE_EQ(*options[0].effectiveMonthly, 2234.44);
}
