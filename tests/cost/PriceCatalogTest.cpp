// The built-in catalog holds the reference's figures with their sources; a user's
// catalog is read with the same care as a design file.

#include "CostTestSupport.h"
#include "model/io/LoadError.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace azimuth;
using azimuth::test::expectKnownSources;
using model::PriceCatalog;

namespace {

const PriceCatalog& builtin()
{
    return PriceCatalog::builtin();
}

/// The message of the LoadError a catalog text is refused with ("" when accepted).
std::string refusal(const std::string& text)
{
    try {
        PriceCatalog::fromJson(text, "mine.json");
    } catch (const model::LoadError& e) {
        return e.what();
    }
    return "";
}

const std::string kMinimal =
    R"({"format":"azimuth-prices","version":1,"asOf":"2030-01-01","currency":"USD","regions":{)";

/// The network paths the transfer pricing reads (networking.md), in every region.
const char* const kNetworkPaths[] = {
    "network.natGatewayHour",           "network.natGatewayPerGb",
    "network.interAzPerGbEachWay",      "network.egress.tier1PerGb",
    "network.egress.tier2PerGb",        "network.egress.tier3PerGb",
    "network.egress.tier4PerGb",        "network.egress.tier1UpToGb",
    "network.egress.tier2UpToGb",       "network.egress.tier3UpToGb",
    "network.interRegion.defaultPerGb", "network.interfaceEndpoint.hourPerZone",
    "network.interfaceEndpoint.perGb"};

} // namespace

TEST(PriceCatalog, BuiltinIsDatedAndSourced)
{
    EXPECT_EQ(builtin().asOf(), "2026-07-20");
    EXPECT_EQ(builtin().currency(), "USD");
    for (const char* id :
         {"karpenter", "skypilot", "infracost", "selector", "elb-page", "lightsail-doc"}) {
        const auto* s = builtin().source(id);
        ASSERT_NE(s, nullptr) << id;
        EXPECT_FALSE(s->asOf.empty()) << id;
        EXPECT_FALSE(s->title.empty()) << id;
    }
    EXPECT_EQ(builtin().source("selector")->grade, "A");
}

TEST(PriceCatalog, Ec2OnDemandTablesByRegion)
{
    EXPECT_EQ(builtin().regionCodes(),
              (std::vector<std::string>{"ap-southeast-1", "eu-west-1", "us-east-1"}));
    EXPECT_DOUBLE_EQ(builtin().onDemand("us-east-1", "m5.large")->rate, 0.096);
    EXPECT_EQ(builtin().onDemand("us-east-1", "m5.large")->source, "karpenter, skypilot, selector");
    EXPECT_DOUBLE_EQ(builtin().onDemand("eu-west-1", "c6i.large")->rate, 0.0912);
    EXPECT_DOUBLE_EQ(builtin().onDemand("ap-southeast-1", "r5.large")->rate, 0.152);
    EXPECT_DOUBLE_EQ(builtin().onDemand("us-east-1", "d2.xlarge")->rate, 0.69);
    // The reference's 22 types and the small ones real templates use (t2.nano to t3.nano).
    EXPECT_EQ(builtin().instanceTypes("us-east-1").size(), 26u);
    // An empty cell of the reference is a type not offered in that region's table.
    EXPECT_FALSE(builtin().hasInstanceType("eu-west-1", "m7i.large"));
    EXPECT_TRUE(builtin().hasInstanceType("us-east-1", "m7i.large"));
    EXPECT_FALSE(builtin().hasInstanceType("us-west-2", "m5.large"));
    const auto* info = builtin().instanceTypeInfo("i3.large");
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->family, "storage optimized");
    EXPECT_DOUBLE_EQ(info->memoryGiB, 15.25);
}

TEST(PriceCatalog, CommitmentsFromTheM5LargeRecord)
{
    auto s3p =
        builtin().commitment("us-east-1", "m5.large", "reserved-standard-3y", "partial-upfront");
    ASSERT_TRUE(s3p);
    EXPECT_DOUBLE_EQ(s3p->hourly, 0.019);
    EXPECT_DOUBLE_EQ(s3p->upfront, 505);
    EXPECT_EQ(s3p->months, 36);
    EXPECT_FALSE(s3p->estimate);
    auto c1a =
        builtin().commitment("us-east-1", "m5.large", "reserved-convertible-1y", "all-upfront");
    EXPECT_DOUBLE_EQ(c1a->upfront, 577);
    EXPECT_DOUBLE_EQ(c1a->hourly, 0);
    // Savings Plans are estimates that follow an RI rate.
    auto sp =
        builtin().commitment("us-east-1", "m5.large", "savings-plan-compute-3y", "no-upfront");
    EXPECT_DOUBLE_EQ(sp->hourly, 0.049);
    EXPECT_TRUE(sp->estimate);
    // Elsewhere: the ratios applied to the local On-Demand rate, as estimates.
    auto eu = builtin().commitment("eu-west-1", "m5.large", "reserved-standard-1y", "no-upfront");
    EXPECT_NEAR(eu->hourly, 0.107 * 0.060 / 0.096, 1e-12);
    EXPECT_TRUE(eu->estimate);
    EXPECT_FALSE(
        builtin().commitment("us-east-1", "m5.large", "reserved-standard-2y", "no-upfront"));
    EXPECT_FALSE(
        builtin().commitment("us-east-1", "nope.large", "reserved-standard-1y", "no-upfront"));
}

TEST(PriceCatalog, OtherServicesAndEstimates)
{
    const auto& p = builtin();
    EXPECT_DOUBLE_EQ(p.price("us-east-1", "ebs.gp3GbMonth")->rate, 0.08);
    EXPECT_DOUBLE_EQ(p.price("us-east-1", "elb.network.lcuHourly")->rate, 0.006);
    EXPECT_DOUBLE_EQ(p.price("eu-west-1", "elb.classic.hourly")->rate, 0.028);
    EXPECT_DOUBLE_EQ(p.price("us-east-1", "sns.emailDeliveriesPer100k")->rate, 2.00);
    EXPECT_DOUBLE_EQ(p.price("us-east-1", "network.natGatewayHour")->rate, 0.045);
    EXPECT_DOUBLE_EQ(p.price("ap-southeast-1", "network.dataOutPerGb")->rate, 0.12);
    EXPECT_DOUBLE_EQ(p.price("us-east-1", "eks.extendedSupportClusterHour")->rate, 0.60);
    EXPECT_DOUBLE_EQ(p.lambdaDuration("us-east-1", "arm64")->at(1).price.rate, 0.0000120001);
    EXPECT_DOUBLE_EQ(p.lightsailBundle("us-east-1", "2xlarge")->rate, 164);
    EXPECT_TRUE(p.hasLightsailBundle("us-east-1", "nano_3_0"));
    EXPECT_TRUE(p.hasRdsClass("us-east-1", "mysql", "db.r5.large", true));
    EXPECT_FALSE(p.hasRdsClass("us-east-1", "postgres", "db.t3.small", false));
    // Derived figures are marked as estimates; measured ones are not.
    EXPECT_TRUE(p.rdsInstance("us-east-1", "mysql", "db.t3.micro", true)->estimate);
    EXPECT_FALSE(p.rdsInstance("us-east-1", "mysql", "db.t3.small", true)->estimate);
    EXPECT_TRUE(p.spot("us-east-1", "m5.large")->estimate);
    EXPECT_DOUBLE_EQ(p.spot("us-east-1", "t3.micro")->rate, 0.0047);
    auto host = p.dedicatedHost("us-east-1", "m5.xlarge");
    ASSERT_TRUE(host);
    EXPECT_EQ(host->instancesPerHost, 24);
    EXPECT_DOUBLE_EQ(host->hourly, 5.07);
    EXPECT_TRUE(host->estimate);
    EXPECT_DOUBLE_EQ(p.price("us-east-1", "dedicatedHosts.m5.reserved3yNoUpfrontHourly")->rate,
                     2.19);
    EXPECT_DOUBLE_EQ(p.freeTier("lambdaGbSeconds"), 400000);
    EXPECT_DOUBLE_EQ(p.freeTier("dynamodbStorageGb"), 25);
}

TEST(PriceCatalog, EveryRegionHasTheNetworkFiguresWithSources)
{
    for (const std::string& region : builtin().regionCodes()) {
        for (const char* path : kNetworkPaths) {
            const model::PriceFact* fact = builtin().price(region, path);
            ASSERT_NE(fact, nullptr) << region << " " << path;
            EXPECT_GT(fact->rate, 0) << region << " " << path;
            expectKnownSources(*fact, region + " " + path);
            // An estimate says how it was made.
            if (fact->estimate) {
                EXPECT_FALSE(fact->note.empty()) << region << " " << path;
            }
        }
        // Egress gets cheaper as the month's GB grow, over the same boundaries everywhere.
        auto rate = [&](const char* path) { return builtin().price(region, path)->rate; };
        EXPECT_GE(rate("network.egress.tier1PerGb"), rate("network.egress.tier2PerGb")) << region;
        EXPECT_GE(rate("network.egress.tier2PerGb"), rate("network.egress.tier3PerGb")) << region;
        EXPECT_GE(rate("network.egress.tier3PerGb"), rate("network.egress.tier4PerGb")) << region;
        EXPECT_DOUBLE_EQ(rate("network.egress.tier1UpToGb"), 10240) << region;
        EXPECT_DOUBLE_EQ(rate("network.egress.tier2UpToGb"), 51200) << region;
        EXPECT_DOUBLE_EQ(rate("network.egress.tier3UpToGb"), 153600) << region;
    }
    EXPECT_EQ(builtin().source("infracost-golden")->grade, "B");
    EXPECT_EQ(builtin().source("privatelink-page")->grade, "A");
}

TEST(PriceCatalog, NetworkFiguresOfTheSpecInUsEast1)
{
    const auto& p = builtin();
    auto rate = [&](const char* path) { return p.price("us-east-1", path)->rate; };
    EXPECT_DOUBLE_EQ(rate("network.natGatewayHour"), 0.045);
    EXPECT_DOUBLE_EQ(rate("network.natGatewayPerGb"), 0.045);
    EXPECT_DOUBLE_EQ(rate("network.interAzPerGbEachWay"), 0.01);
    EXPECT_DOUBLE_EQ(rate("network.egress.tier1PerGb"), 0.09);
    EXPECT_DOUBLE_EQ(rate("network.egress.tier2PerGb"), 0.085);
    EXPECT_DOUBLE_EQ(rate("network.egress.tier3PerGb"), 0.07);
    EXPECT_DOUBLE_EQ(rate("network.egress.tier4PerGb"), 0.05);
    EXPECT_DOUBLE_EQ(rate("network.interRegion.defaultPerGb"), 0.02);
    EXPECT_DOUBLE_EQ(rate("network.interRegion.to.us-east-2"), 0.01);
    EXPECT_DOUBLE_EQ(rate("network.interfaceEndpoint.hourPerZone"), 0.01);
    EXPECT_DOUBLE_EQ(rate("network.interfaceEndpoint.perGb"), 0.01);
    for (const char* path : kNetworkPaths)
        EXPECT_FALSE(p.price("us-east-1", path)->estimate) << path;
    EXPECT_EQ(p.price("us-east-1", "network.egress.tier4PerGb")->source, "s3-page");
    EXPECT_EQ(p.price("us-east-1", "network.interRegion.to.us-east-2")->source,
              "s3-page, infracost-golden");
    // A destination without its own rate has none: the engine falls back to defaultPerGb.
    EXPECT_EQ(p.price("us-east-1", "network.interRegion.to.eu-west-1"), nullptr);
    EXPECT_DOUBLE_EQ(p.freeTier("dataOutGb"), 100);
}

TEST(PriceCatalog, NetworkFiguresOfTheOtherRegions)
{
    const auto& p = builtin();
    EXPECT_DOUBLE_EQ(p.price("eu-west-1", "network.natGatewayHour")->rate, 0.048);
    EXPECT_EQ(p.price("eu-west-1", "network.natGatewayPerGb")->source, "price-list-euw1");
    EXPECT_DOUBLE_EQ(p.price("eu-west-1", "network.egress.tier3PerGb")->rate, 0.07);
    EXPECT_DOUBLE_EQ(p.price("eu-west-1", "network.interRegion.defaultPerGb")->rate, 0.02);
    // eu-west-1's interface endpoint rates were not found: us-east-1's, marked as estimates.
    EXPECT_TRUE(p.price("eu-west-1", "network.interfaceEndpoint.hourPerZone")->estimate);
    EXPECT_TRUE(p.price("eu-west-1", "network.interfaceEndpoint.perGb")->estimate);
    EXPECT_FALSE(p.price("eu-west-1", "network.natGatewayHour")->estimate);
    EXPECT_DOUBLE_EQ(p.price("ap-southeast-1", "network.natGatewayPerGb")->rate, 0.059);
    EXPECT_DOUBLE_EQ(p.price("ap-southeast-1", "network.egress.tier1PerGb")->rate, 0.12);
    EXPECT_DOUBLE_EQ(p.price("ap-southeast-1", "network.egress.tier4PerGb")->rate, 0.08);
    EXPECT_DOUBLE_EQ(p.price("ap-southeast-1", "network.interRegion.defaultPerGb")->rate, 0.09);
    EXPECT_DOUBLE_EQ(p.price("ap-southeast-1", "network.interfaceEndpoint.hourPerZone")->rate,
                     0.013);
    EXPECT_EQ(p.price("ap-southeast-1", "network.interfaceEndpoint.hourPerZone")->source,
              "price-list-aps1");
    // The figure kept for reference still agrees with the first egress tier.
    EXPECT_DOUBLE_EQ(p.price("ap-southeast-1", "network.dataOutPerGb")->rate,
                     p.price("ap-southeast-1", "network.egress.tier1PerGb")->rate);
}

TEST(PriceCatalog, AUserCatalogMayNameRegionsInAPath)
{
    // Region codes have dashes; as keys of a table they are path segments like any other.
    auto mine = PriceCatalog::fromJson(
        kMinimal +
            R"("eu-west-1":{"network":{"interRegion":{"defaultPerGb":0.02,"to":{"eu-west-2":{"rate":0.015,"source":"mine"}}}}}}})",
        "mine.json");
    const model::PriceFact* toLondon = mine.price("eu-west-1", "network.interRegion.to.eu-west-2");
    ASSERT_NE(toLondon, nullptr);
    EXPECT_DOUBLE_EQ(toLondon->rate, 0.015);
    EXPECT_EQ(toLondon->source, "mine");
    EXPECT_NE(refusal(kMinimal + R"("eu-west-1":{"network":{"egress":{"tier1PerGb":[0.09]}}}}})")
                  .find("network.egress.tier1PerGb"),
              std::string::npos);
}

TEST(PriceCatalog, AUserCatalogReplacesTheBuiltinOne)
{
    auto mine = PriceCatalog::fromJson(
        kMinimal +
            R"("us-east-1":{"ec2":{"m5.large":{"onDemand":0.2}},"ebs":{"gp3GbMonth":0.1}}}})",
        "mine.json");
    EXPECT_EQ(mine.asOf(), "2030-01-01");
    auto design = test::regionDesign(test::fleet("m5.large", 1, "on-demand"));
    auto cost = model::computeCost(design, mine);
    // 730 x 0.2 = 146.00 + 8 x 0.1 = 0.80.
    EXPECT_DOUBLE_EQ(cost.monthly, 146.80);
    EXPECT_EQ(cost.pricesAsOf, "2030-01-01");
    // What that catalog lacks is unknown, not 0.
    auto ri = model::computeCost(
        test::regionDesign(test::fleet("m5.large", 1, "reserved-standard-1y")), mine);
    EXPECT_FALSE(ri.complete);
}

TEST(PriceCatalog, RefusesBadCatalogsWithFileLineAndColumn)
{
    EXPECT_EQ(refusal(kMinimal + "}}"), "");
    EXPECT_TRUE(refusal("{\n  \"format\": \"azimuth-prices\",\n  \"version\": 1,\n")
                    .starts_with("mine.json:4:"));
    EXPECT_NE(refusal("[1]").find("a price catalog is a JSON object"), std::string::npos);
    EXPECT_NE(refusal(R"({"format":"azimuth","version":1})")
                  .find("\"format\" must be \"azimuth-prices\""),
              std::string::npos);
    EXPECT_NE(
        refusal(
            R"({"format":"azimuth-prices","version":2,"asOf":"x","currency":"USD","regions":{}})")
            .find("version 2 is newer than this build reads (version 1)"),
        std::string::npos);
    EXPECT_NE(refusal(R"({"format":"azimuth-prices","version":1,"currency":"USD","regions":{}})")
                  .find("has no \"asOf\""),
              std::string::npos);
    // A negative price, named by its path, at its line and column.
    EXPECT_EQ(refusal(kMinimal + "\n\"us-east-1\":{\"ec2\":{\"m5.large\":{\"onDemand\":-1}}}}}"),
              "mine.json:2:44: \"m5.large.onDemand\" cannot be negative");
    EXPECT_NE(refusal(kMinimal + R"("us-east-1":{"ebs":{"gp3GbMonth":"cheap"}}}})")
                  .find("ebs.gp3GbMonth"),
              std::string::npos);
    EXPECT_NE(
        refusal(kMinimal + R"("us-east-1":{"ec2":{"m5.large":{}}}}})").find("has no \"onDemand\""),
        std::string::npos);
    EXPECT_NE(
        refusal(kMinimal +
                R"("us-east-1":{"lambda":{"duration":{"arm64":[{"upToGbSeconds":5,"rate":1}]}}}}})")
            .find("must have no upper bound"),
        std::string::npos);
    EXPECT_NE(refusal(kMinimal + R"("us-east-1":{"dedicatedHosts":{"m5":{"hourly":5}}}}})")
                  .find("vcpuPerHost"),
              std::string::npos);
}

TEST(PriceCatalog, FromFileNamesTheFile)
{
    const std::string dir = AZIMUTH_TEST_DATA;
    auto good = PriceCatalog::fromFile(dir + "/cost/small-prices.json");
    EXPECT_TRUE(good.hasInstanceType("us-east-1", "t3.micro"));
    try {
        PriceCatalog::fromFile(dir + "/cost/bad-prices.json");
        FAIL() << "a bad catalog was accepted";
    } catch (const model::LoadError& e) {
        EXPECT_EQ(std::string(e.what()),
                  dir + "/cost/bad-prices.json:6:59: \"t3.micro.spot.rate\" must be a number");
    }
    EXPECT_THROW(PriceCatalog::fromFile(dir + "/cost/no-such-file.json"), model::LoadError);
}

TEST(PriceCatalog, EveryBuiltinRegionNamesItsZones)
{
    EXPECT_EQ(builtin().zoneNames("us-east-1"),
              (std::vector<std::string>{"us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d",
                                        "us-east-1e", "us-east-1f"}));
    EXPECT_EQ(builtin().zoneNames("eu-west-1"),
              (std::vector<std::string>{"eu-west-1a", "eu-west-1b", "eu-west-1c"}));
    for (const auto& code : builtin().regionCodes()) {
        SCOPED_TRACE(code);
        EXPECT_GE(builtin().zoneNames(code).size(), 2u);
    }
    EXPECT_TRUE(builtin().zoneNames("mars-north-9").empty());
    ASSERT_NE(builtin().source("aws-zones"), nullptr);
}

TEST(PriceCatalog, RefusesZonesThatAreNotTheRegions)
{
    EXPECT_NE(refusal(kMinimal + R"("us-east-1":{"zones":["eu-west-1a"]}}})").find("eu-west-1a"),
              std::string::npos);
    EXPECT_NE(
        refusal(kMinimal + R"("us-east-1":{"zones":["us-east-1a","us-east-1a"]}}})").find("twice"),
        std::string::npos);
    EXPECT_NE(refusal(kMinimal + R"("us-east-1":{"zones":"us-east-1a"}}})").find("zones"),
              std::string::npos);
    EXPECT_EQ(refusal(kMinimal + R"("us-east-1":{"zones":["us-east-1a","us-east-1b"]}}})"), "");
}
