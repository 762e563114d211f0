// The always-free allowances of Step Functions and CloudFront (docs/price-catalog.md, "Free
// tiers"), worked by hand from the built-in catalog: taken once per design, in file order,
// only when settings.freeTier is true.

#include "CostTestSupport.h"
#include "model/cost/PriceCatalog.h"

#include <gtest/gtest.h>

namespace {

using namespace azimuth;
using model::PriceCatalog;
using test::costOf;
using test::regionDesign;

const std::string kFree = R"({"freeTier":true})";

std::string stateMachine(const std::string& id, const std::string& props)
{
    return R"({"id":")" + id + R"(","kind":"step-functions-state-machine","parent":"r","props":)" +
           props + "}";
}

std::string distribution(const std::string& id, double requests, double gb)
{
    return R"({"id":")" + id +
           R"(","kind":"cloudfront-distribution","props":{"requestsPerMonth":)" +
           std::to_string(static_cast<long long>(requests)) + R"(,"dataOutGbPerMonth":)" +
           std::to_string(static_cast<long long>(gb)) + "}}";
}

TEST(FreeTierFlowEdge, TheBuiltinCatalogHoldsTheAlwaysFreeAllowances)
{
    const auto& p = PriceCatalog::builtin();
    EXPECT_DOUBLE_EQ(p.freeTier("stepFunctionsTransitions"), 4000);
    EXPECT_DOUBLE_EQ(p.freeTier("cloudfrontRequests"), 10000000);
    EXPECT_DOUBLE_EQ(p.freeTier("cloudfrontDataOutGb"), 1024);
    // A 12-month offer for new accounts is not an always-free allowance.
    EXPECT_DOUBLE_EQ(p.freeTier("ecrStorageGb"), 0);
}

TEST(FreeTierFlowEdge, StepFunctionsStandardTransitionsShareTheFreeFourThousandInFileOrder)
{
    // sfn1: 400 x 5 = 2,000 transitions; an express machine between them takes none; sfn2:
    // 8,400 x 5 = 42,000. Rate $0.025 per 1,000 transitions.
    const std::string components =
        stateMachine("sfn1", R"({"executionsPerMonth":400,"transitionsPerExecution":5})") + "," +
        stateMachine("fast", R"({"type":"express","executionsPerMonth":1000000})") + "," +
        stateMachine("sfn2", R"({"executionsPerMonth":8400,"transitionsPerExecution":5})");
    auto with = regionDesign(components, "us-east-1", kFree);
    auto without = regionDesign(components);

    // With the free tier: sfn1's 2,000 are free, sfn2 gets the 2,000 left:
    // (42,000 - 2,000) / 1,000 x 0.025 = 1.00.
    auto sfn1 = costOf(with, "sfn1");
    ASSERT_EQ(sfn1.lines.size(), 1u);
    EXPECT_EQ(sfn1.lines[0].item, "Standard state transitions (2000 free)");
    EXPECT_DOUBLE_EQ(sfn1.lines[0].quantity, 0);
    EXPECT_DOUBLE_EQ(sfn1.monthly, 0);
    auto sfn2 = costOf(with, "sfn2");
    EXPECT_EQ(sfn2.lines[0].item, "Standard state transitions (2000 free)");
    EXPECT_DOUBLE_EQ(sfn2.lines[0].quantity, 40);
    EXPECT_DOUBLE_EQ(sfn2.monthly, 1.00);
    // Express requests are not transitions: the same bill with or without the free tier.
    EXPECT_DOUBLE_EQ(costOf(with, "fast").monthly, costOf(without, "fast").monthly);

    // Without it: 2 x 0.025 = 0.05 and 42 x 0.025 = 1.05, and no line says "free".
    auto paid1 = costOf(without, "sfn1");
    EXPECT_EQ(paid1.lines[0].item, "Standard state transitions");
    EXPECT_DOUBLE_EQ(paid1.monthly, 0.05);
    EXPECT_DOUBLE_EQ(costOf(without, "sfn2").monthly, 1.05);
}

TEST(FreeTierFlowEdge, CloudFrontRequestsAndDataOutShareTheAlwaysFreeTierInFileOrder)
{
    // Price class 100: $0.0100 per 10,000 HTTPS requests, $0.085 per GB out.
    const std::string components =
        distribution("cdn1", 6000000, 600) + "," + distribution("cdn2", 20000000, 1000);
    auto with = regionDesign(components, "us-east-1", kFree);
    auto without = regionDesign(components);

    // cdn1 is all free: 6M of the 10M requests, 600 of the 1,024 GB.
    auto cdn1 = costOf(with, "cdn1");
    ASSERT_EQ(cdn1.lines.size(), 2u);
    EXPECT_EQ(cdn1.lines[0].item, "HTTPS requests (6000000 free)");
    EXPECT_EQ(cdn1.lines[1].item, "Data out to viewers (600 GB free)");
    EXPECT_DOUBLE_EQ(cdn1.monthly, 0);
    // cdn2 gets what is left: (20M - 4M) / 10,000 x 0.01 = 16.00 and
    // (1,000 - 424) GB x 0.085 = 48.96.
    auto cdn2 = costOf(with, "cdn2");
    ASSERT_EQ(cdn2.lines.size(), 2u);
    EXPECT_EQ(cdn2.lines[0].item, "HTTPS requests (4000000 free)");
    EXPECT_DOUBLE_EQ(cdn2.lines[0].quantity, 1600);
    EXPECT_DOUBLE_EQ(*cdn2.lines[0].monthly, 16.00);
    EXPECT_EQ(cdn2.lines[1].item, "Data out to viewers (424 GB free)");
    EXPECT_DOUBLE_EQ(cdn2.lines[1].quantity, 576);
    EXPECT_DOUBLE_EQ(*cdn2.lines[1].monthly, 48.96);
    EXPECT_DOUBLE_EQ(cdn2.monthly, 64.96);

    // Without it: 600 x 0.01 + 600 x 0.085 = 57.00; 2,000 x 0.01 + 1,000 x 0.085 = 105.00.
    auto paid1 = costOf(without, "cdn1");
    EXPECT_EQ(paid1.lines[0].item, "HTTPS requests");
    EXPECT_EQ(paid1.lines[1].item, "Data out to viewers");
    EXPECT_DOUBLE_EQ(paid1.monthly, 57.00);
    EXPECT_DOUBLE_EQ(costOf(without, "cdn2").monthly, 105.00);
}

TEST(FreeTierFlowEdge, OneDistributionAloneNeverGetsTheAccountsFreeTier)
{
    auto design = regionDesign(distribution("cdn", 1000000, 10), "us-east-1", kFree);
    auto alone =
        model::computeComponentCost(design, *design.component(model::ComponentId("cdn")),
                                    PriceCatalog::builtin(), model::KindCatalog::builtin());
    // 100 x 0.01 + 10 x 0.085 = 1.85.
    EXPECT_DOUBLE_EQ(alone.monthly, 1.85);
}

} // namespace
