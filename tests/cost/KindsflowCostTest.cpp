// The bill lines of the flow kinds (Kinesis, Step Functions, EventBridge, ECR), worked by
// hand from a small price catalog, and the built-in catalog's regions without a figure.

#include "CostTestSupport.h"
#include "model/cost/PriceCatalog.h"

#include <gtest/gtest.h>

using namespace azimuth;
using azimuth::test::costOf;
using azimuth::test::regionDesign;

namespace {

/// Round figures so that each line can be worked out by hand.
const model::PriceCatalog& prices()
{
    static const model::PriceCatalog catalog = model::PriceCatalog::fromJson(
        R"({"format":"azimuth-prices","version":1,"asOf":"2030-01-01","currency":"USD",
            "regions":{"us-east-1":{
              "kinesis":{"provisioned":{"shardHour":0.02,"putUnitsPerMillion":0.01},
                         "onDemand":{"streamHour":0.05,"dataInGb":0.1,"dataOutGb":0.04}},
              "stepFunctions":{"standard":{"transitionsPer1000":0.03},
                               "express":{"requestsPerMillion":2,"gbHourFirst1000":0.06,
                                          "gbHourNext4000":0.03,"gbHourOver5000":0.015}},
              "eventbridge":{"customEventsPerMillion":1.5},
              "ecr":{"storageGbMonth":0.2}}}})",
        "flow-prices.json");
    return catalog;
}

model::ComponentCost one(const std::string& component)
{
    return costOf(regionDesign(component), "x", prices());
}

void expectLine(const model::CostLine& line, const std::string& item, double quantity,
                double monthly)
{
    EXPECT_EQ(line.item, item);
    EXPECT_NEAR(line.quantity, quantity, 1e-9) << item;
    ASSERT_TRUE(line.monthly) << item;
    EXPECT_NEAR(*line.monthly, monthly, 0.005) << item;
}

} // namespace

TEST(KinesisCost, ProvisionedShardHoursAndPutUnits)
{
    auto c = one(R"({"id":"x","kind":"kinesis-data-stream","parent":"r","props":{
        "mode":"provisioned","shards":3,"putUnitsPerMonth":50000000}})");
    ASSERT_EQ(c.lines.size(), 2u);
    // 3 shards x 730 h x $0.02 = $43.80; 50 million units x $0.01 = $0.50.
    expectLine(c.lines[0], "Shard-hours, 3 shards", 2190, 43.80);
    EXPECT_EQ(c.lines[0].unit, "shard-hours");
    expectLine(c.lines[1], "PUT payload units", 50, 0.50);
    EXPECT_NEAR(c.monthly, 44.30, 0.005);
    EXPECT_TRUE(c.complete);
}

TEST(KinesisCost, OnDemandStreamHoursAndGigabytes)
{
    auto c = one(R"({"id":"x","kind":"kinesis-data-stream","parent":"r","props":{
        "dataInGbPerMonth":200,"dataOutGbPerMonth":600}})");
    ASSERT_EQ(c.lines.size(), 3u) << "on-demand is the default mode";
    // 730 h x $0.05 = $36.50; 200 GB x $0.10 = $20; 600 GB x $0.04 = $24.
    expectLine(c.lines[0], "On-demand stream-hours", 730, 36.50);
    expectLine(c.lines[1], "Data written", 200, 20.00);
    expectLine(c.lines[2], "Data read", 600, 24.00);
    EXPECT_NEAR(c.monthly, 80.50, 0.005);
}

TEST(StepFunctionsCost, StandardPaysPerThousandTransitions)
{
    auto c = one(R"({"id":"x","kind":"step-functions-state-machine","parent":"r","props":{
        "executionsPerMonth":200000,"transitionsPerExecution":8}})");
    ASSERT_EQ(c.lines.size(), 1u);
    // 200,000 x 8 = 1.6 million transitions = 1,600 thousand x $0.03 = $48.
    expectLine(c.lines[0], "Standard state transitions", 1600, 48.00);
}

TEST(StepFunctionsCost, ExpressPaysRequestsAndTieredGbHours)
{
    // 10 million runs of 1,750 ms (billed 1.8 s) at 100 MB (billed 128 MB = 0.125 GB):
    // 10e6 x 1.8 x 0.125 / 3600 = 625 GB-hours, all in the first tier.
    auto small = one(R"({"id":"x","kind":"step-functions-state-machine","parent":"r","props":{
        "type":"express","executionsPerMonth":10000000,"avgDurationMs":1750,"memoryMb":100}})");
    ASSERT_EQ(small.lines.size(), 2u);
    expectLine(small.lines[0], "Express requests", 10, 20.00);
    expectLine(small.lines[1], "Express duration, first 1,000 GB-hours", 625, 37.50);

    // 100 million runs of 3.6 s at 64 MB: 100e6 x 3.6 x 0.0625 / 3600 = 6,250 GB-hours:
    // 1,000 x $0.06 + 4,000 x $0.03 + 1,250 x $0.015 = $60 + $120 + $18.75.
    auto big = one(R"({"id":"x","kind":"step-functions-state-machine","parent":"r","props":{
        "type":"express","executionsPerMonth":100000000,"avgDurationMs":3600}})");
    ASSERT_EQ(big.lines.size(), 4u);
    expectLine(big.lines[0], "Express requests", 100, 200.00);
    expectLine(big.lines[1], "Express duration, first 1,000 GB-hours", 1000, 60.00);
    expectLine(big.lines[2], "Express duration, next 4,000 GB-hours", 4000, 120.00);
    expectLine(big.lines[3], "Express duration, over 5,000 GB-hours", 1250, 18.75);
    EXPECT_NEAR(big.monthly, 398.75, 0.005);
}

TEST(EventBridgeCost, CustomEventsPerMillion)
{
    auto c = one(R"({"id":"x","kind":"eventbridge-bus","parent":"r","props":{
        "eventsPerMonth":4000000}})");
    ASSERT_EQ(c.lines.size(), 1u);
    expectLine(c.lines[0], "Custom events published", 4, 6.00);
}

TEST(EcrCost, GigabyteMonthsStored)
{
    auto c = one(R"({"id":"x","kind":"ecr-repository","parent":"r","props":{"storageGb":35}})");
    ASSERT_EQ(c.lines.size(), 1u);
    expectLine(c.lines[0], "Image storage", 35, 7.00);
    EXPECT_EQ(c.lines[0].unit, "GB-months");
}

TEST(FlowKindsBuiltinPrices, UsEast1IsCompleteAndOtherRegionsSayUnknown)
{
    const std::string kinds[] = {"kinesis-data-stream", "step-functions-state-machine",
                                 "eventbridge-bus", "ecr-repository"};
    for (const std::string& kind : kinds) {
        const std::string c = R"({"id":"x","kind":")" + kind + R"(","parent":"r"})";
        auto east = costOf(regionDesign(c, "us-east-1"), "x");
        EXPECT_TRUE(east.complete) << kind;
        EXPECT_GT(east.monthly, 0) << kind;
    }
    // Only Step Functions' standard transitions are published for eu-west-1 here; the
    // others have no figure there, so their bill is incomplete rather than guessed.
    auto sfn = costOf(regionDesign(R"({"id":"x","kind":"step-functions-state-machine",
        "parent":"r"})",
                                   "eu-west-1"),
                      "x");
    EXPECT_TRUE(sfn.complete);
    // 100,000 x 5 transitions = 500 thousand x $0.025 = $12.50.
    EXPECT_NEAR(sfn.monthly, 12.50, 0.005);
    // Singapore has no sourced Kinesis rates (its ECR rate is in SingaporePricesTest).
    auto kinesis = costOf(
        regionDesign(R"({"id":"x","kind":"kinesis-data-stream","parent":"r"})", "ap-southeast-1"),
        "x");
    EXPECT_FALSE(kinesis.complete);
    ASSERT_FALSE(kinesis.lines.empty());
    EXPECT_FALSE(kinesis.lines[0].monthly);
}
