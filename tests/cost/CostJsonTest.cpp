// `cost --format json` is a contract (cli.md): the spec's example must come out exactly.

#include "CostTestSupport.h"
#include "model/io/DesignReader.h"
#include "model/io/LoadError.h"

#include <gtest/gtest.h>

using namespace azimuth;

TEST(CostJson, SpecExampleComesOutExactly)
{
    const std::string dir = std::string(AZIMUTH_TEST_DATA) + "/cost/";
    auto design = model::readDesignFile(dir + "web-tier.azimuth");
    // Regions and zones are left out of the listing, as in cli.md's example.
    auto cost = model::computeCost(design, model::PriceCatalog::builtin());
    EXPECT_EQ(model::costToJson(cost),
              model::readFileText(dir + "web-tier.cost.json", 1 << 20, "expected"));
}

TEST(CostJson, UnknownPricesAreNullAndIncomplete)
{
    auto design = test::regionDesign(test::fleet("p3.2xlarge", 1, "on-demand"), "eu-west-1");
    std::string json =
        model::costToJson(model::computeCost(design, model::PriceCatalog::builtin()));
    auto root = model::parseJson(json);
    EXPECT_FALSE(root.find("complete")->asBool());
    const auto& fleet = root.find("components")->asArray()[0];
    EXPECT_FALSE(fleet.find("complete")->asBool());
    const auto& line = fleet.find("lines")->asArray()[0];
    EXPECT_TRUE(line.find("rate")->isNull());
    EXPECT_TRUE(line.find("monthly")->isNull());
    EXPECT_TRUE(fleet.find("lines")->asArray()[1].find("estimate")->asBool());
}

TEST(CostJson, UpfrontAndEstimatesAreWrittenWhereTheyApply)
{
    auto design =
        test::regionDesign(test::fleet("m5.large", 2, "savings-plan-ec2-1y", "all-upfront"));
    auto root = model::parseJson(
        model::costToJson(model::computeCost(design, model::PriceCatalog::builtin())));
    EXPECT_DOUBLE_EQ(root.find("upfront")->asNumber(), 988);
    // 1.28 + 988 / 12 = 82.33.
    EXPECT_DOUBLE_EQ(root.find("effectiveMonthly")->asNumber(), 83.61);
    const auto& line = root.find("components")->asArray()[0].find("lines")->asArray()[0];
    EXPECT_DOUBLE_EQ(line.find("upfront")->asNumber(), 988);
    EXPECT_TRUE(line.find("estimate")->asBool());
    EXPECT_DOUBLE_EQ(line.find("monthly")->asNumber(), 0);
}
