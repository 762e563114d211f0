// Data transfer on connections (networking.md), each rule's figures worked by hand with a
// price catalog of the test's own, so they do not move with the shipped figures.

#include "CostTestSupport.h"
#include "model/export/CostCsv.h"

#include <gtest/gtest.h>
#include <numeric>

using namespace azimuth;

namespace {

/// networking.md's us-east-1 figures; us-east-2 and eu-west-1 with their inter-region rates.
const model::PriceCatalog& prices()
{
    static const model::PriceCatalog catalog = model::PriceCatalog::fromJson(
        R"({"format":"azimuth-prices","version":1,"asOf":"2030-01-01","currency":"USD",
            "freeTier":{"dataOutGb":100},
            "regions":{
              "us-east-1":{"network":{"natGatewayHour":0.045,"natGatewayPerGb":0.045,
                "interAzPerGbEachWay":0.01,
                "egress":{"tier1PerGb":0.09,"tier2PerGb":0.085,"tier3PerGb":0.07,"tier4PerGb":0.05,
                          "tier1UpToGb":10240,"tier2UpToGb":51200,"tier3UpToGb":153600},
                "interRegion":{"defaultPerGb":0.02,"to":{"us-east-2":0.01}},
                "interfaceEndpoint":{"hourPerZone":0.01,"perGb":0.01}}},
              "us-east-2":{"network":{"interAzPerGbEachWay":0.01,"interRegion":{"defaultPerGb":0.02}}},
              "eu-west-1":{"network":{"interAzPerGbEachWay":0.01,"interRegion":{"defaultPerGb":0.02}}}
            }})",
        "test-prices.json");
    return catalog;
}

std::string conn(const std::string& id, const std::string& from, const std::string& to, double gb,
                 double gbReturn = 0)
{
    std::string props = R"("gbPerMonth":)" + model::formatFigure(gb);
    if (gbReturn > 0) props += R"(,"gbPerMonthReturn":)" + model::formatFigure(gbReturn);
    return R"({"id":")" + id + R"(","from":")" + from + R"(","to":")" + to + R"(","props":{)" +
           props + "}}";
}

std::string comp(const std::string& id, const std::string& kind, const std::string& parent,
                 const std::string& props = "")
{
    std::string s = R"({"id":")" + id + R"(","kind":")" + kind + "\"";
    if (!parent.empty()) s += R"(,"parent":")" + parent + "\"";
    return s + R"(,"props":{)" + props + "}}";
}

const model::ConnectionCost* connectionCost(const model::DesignCost& cost, const std::string& id)
{
    for (const auto& c : cost.connections)
        if (c.id.value == id) return &c;
    return nullptr;
}

const model::ComponentCost& componentCost(const model::DesignCost& cost, const std::string& id)
{
    for (const auto& c : cost.components)
        if (c.id.value == id) return c;
    static const model::ComponentCost none;
    ADD_FAILURE() << "no component " << id;
    return none;
}

double monthly(const model::CostLine& l)
{
    return l.monthly ? *l.monthly : -1;
}

/// The design's monthly is its components' plus its connections'.
void expectTotalsInclude(const model::DesignCost& cost)
{
    double sum = 0;
    for (const auto& c : cost.components)
        sum += c.monthly;
    for (const auto& c : cost.connections)
        sum += c.monthly;
    EXPECT_NEAR(cost.monthly, sum, 0.005);
}

/// A VPC "v" in region "r" with AZs a and b, a public subnet in a holding NAT gateway "nat"
/// (and an internet gateway), private subnets in a and b; `more` are further components.
model::Design vpcDesign(const std::string& more, const std::string& connections,
                        bool withNat = true)
{
    std::string c = comp("v", "vpc", "r") + "," + comp("igw", "internet-gateway", "v") + "," +
                    comp("az-1", "availability-zone", "v") + "," +
                    comp("az-2", "availability-zone", "v") + "," +
                    comp("pub-1", "subnet", "az-1", R"("public":true)") + "," +
                    comp("priv-1", "subnet", "az-1") + "," + comp("priv-2", "subnet", "az-2") +
                    "," + comp("u", "users", "");
    if (withNat) c += "," + comp("nat", "nat-gateway", "pub-1");
    if (!more.empty()) c += "," + more;
    return test::regionDesign(c, "us-east-1", "", connections);
}

} // namespace

TEST(TransferCost, EgressTiersAreCountedAcrossTheDesignInFileOrder)
{
    // web sends 10,000 GB to users, api 500: the first 240 GB of api's are the last of
    // tier 1 (10,240 GB), its other 260 GB are tier 2.
    auto design = test::regionDesign(
        comp("web", "ec2-fleet", "az-a") + "," + comp("api", "ec2-fleet", "az-a") + "," +
            comp("u", "users", ""),
        "us-east-1", "", conn("c1", "web", "u", 10000) + "," + conn("c2", "api", "u", 500));
    auto cost = model::computeCost(design, prices());
    ASSERT_EQ(cost.connections.size(), 2u);
    const auto* c1 = connectionCost(cost, "c1");
    ASSERT_NE(c1, nullptr);
    ASSERT_EQ(c1->lines.size(), 1u);
    EXPECT_EQ(c1->lines[0].quantity, 10000);
    EXPECT_DOUBLE_EQ(*c1->lines[0].rate, 0.09);
    EXPECT_DOUBLE_EQ(monthly(c1->lines[0]), 900.00); // 10,000 x 0.09
    const auto* c2 = connectionCost(cost, "c2");
    ASSERT_NE(c2, nullptr);
    ASSERT_EQ(c2->lines.size(), 2u);
    EXPECT_EQ(c2->lines[0].quantity, 240);
    EXPECT_DOUBLE_EQ(monthly(c2->lines[0]), 21.60); // 240 x 0.09
    EXPECT_EQ(c2->lines[1].quantity, 260);
    EXPECT_DOUBLE_EQ(*c2->lines[1].rate, 0.085);
    EXPECT_DOUBLE_EQ(monthly(c2->lines[1]), 22.10); // 260 x 0.085
    EXPECT_DOUBLE_EQ(c2->monthly, 43.70);
    EXPECT_EQ(c2->from.value, "api");
    EXPECT_EQ(c2->to.value, "u");
    expectTotalsInclude(cost);
    EXPECT_GE(cost.monthly, 943.70);
}

TEST(TransferCost, SourceToTargetBytesComeBeforeTheReturnBytes)
{
    // c1: users -> web 100 GB in (free), web -> users 10,300 GB back: 10,240 in tier 1.
    auto design =
        test::regionDesign(comp("web", "ec2-fleet", "az-a") + "," + comp("u", "users", ""),
                           "us-east-1", "", conn("c1", "u", "web", 100, 10300));
    auto cost = model::computeCost(design, prices());
    const auto* c1 = connectionCost(cost, "c1");
    ASSERT_NE(c1, nullptr);
    ASSERT_EQ(c1->lines.size(), 2u);
    EXPECT_DOUBLE_EQ(monthly(c1->lines[0]), 921.60); // 10,240 x 0.09
    EXPECT_DOUBLE_EQ(monthly(c1->lines[1]), 5.10);   // 60 x 0.085
    EXPECT_DOUBLE_EQ(c1->monthly, 926.70);
}

TEST(TransferCost, TheFreeTierTakesTheFirst100GbOfEgress)
{
    auto design = test::regionDesign(
        comp("web", "ec2-fleet", "az-a") + "," + comp("u", "users", ""), "us-east-1",
        R"({"freeTier":true})", conn("c1", "web", "u", 150) + "," + conn("c2", "web", "u", 20));
    auto cost = model::computeCost(design, prices());
    const auto* c1 = connectionCost(cost, "c1");
    ASSERT_NE(c1, nullptr);
    ASSERT_EQ(c1->lines.size(), 1u);
    EXPECT_EQ(c1->lines[0].quantity, 50);
    EXPECT_NE(std::string(c1->lines[0].item).find("100 GB free"), std::string::npos)
        << c1->lines[0].item;
    EXPECT_DOUBLE_EQ(c1->monthly, 4.50); // (150 - 100) x 0.09
    const auto* c2 = connectionCost(cost, "c2");
    ASSERT_NE(c2, nullptr);
    EXPECT_DOUBLE_EQ(c2->monthly, 1.80); // the allowance is spent: 20 x 0.09
    // Without the free tier all 150 GB are billed.
    auto paid = model::computeCost(
        test::regionDesign(comp("web", "ec2-fleet", "az-a") + "," + comp("u", "users", ""),
                           "us-east-1", "", conn("c1", "web", "u", 150)),
        prices());
    EXPECT_DOUBLE_EQ(connectionCost(paid, "c1")->monthly, 13.50);
}

TEST(TransferCost, DataInIsFree)
{
    auto design =
        test::regionDesign(comp("web", "ec2-fleet", "az-a") + "," + comp("u", "users", ""),
                           "us-east-1", "", conn("c1", "u", "web", 5000));
    auto cost = model::computeCost(design, prices());
    EXPECT_TRUE(cost.connections.empty());
}

TEST(TransferCost, InterRegionAtTheSendersRateToTheReceiversRegion)
{
    const std::string text =
        R"("components":[{"id":"r1","kind":"region","props":{"code":"us-east-1"}},)"
        R"({"id":"a1","kind":"availability-zone","parent":"r1"},)"
        R"({"id":"r2","kind":"region","props":{"code":"us-east-2"}},)"
        R"({"id":"a2","kind":"availability-zone","parent":"r2"},)"
        R"({"id":"r3","kind":"region","props":{"code":"eu-west-1"}},)"
        R"({"id":"a3","kind":"availability-zone","parent":"r3"},)"
        R"({"id":"east","kind":"ec2-fleet","parent":"a1"},)"
        R"({"id":"ohio","kind":"ec2-fleet","parent":"a2"},)"
        R"({"id":"dublin","kind":"ec2-fleet","parent":"a3"}],)"
        R"("connections":[)" +
        conn("to-ohio", "east", "ohio", 1000) + "," + conn("to-dublin", "east", "dublin", 1000) +
        "," + conn("from-dublin", "dublin", "east", 0, 500) + "]";
    auto cost = model::computeCost(test::designFromJson(text), prices());
    ASSERT_EQ(cost.connections.size(), 3u);
    EXPECT_DOUBLE_EQ(connectionCost(cost, "to-ohio")->monthly, 10.00);   // 1,000 x 0.01
    EXPECT_DOUBLE_EQ(connectionCost(cost, "to-dublin")->monthly, 20.00); // 1,000 x 0.02
    // The return bytes are sent by east: us-east-1's rate to eu-west-1.
    EXPECT_DOUBLE_EQ(connectionCost(cost, "from-dublin")->monthly, 10.00); // 500 x 0.02
    EXPECT_NE(std::string(connectionCost(cost, "to-ohio")->lines[0].item).find("us-east-2"),
              std::string::npos);
}

TEST(TransferCost, CrossAzOnTheShareThatChangesZone)
{
    // A 2-zone group talking to a 3-zone group: 2 of the 6 zone pairs stay in a zone, so
    // 2/3 of the bytes cross: 900 GB x 2/3 = 600 GB x $0.02 = $12.00.
    auto design = test::regionDesign(
        comp("az-b", "availability-zone", "r") + "," + comp("az-c", "availability-zone", "r") +
            "," + comp("two", "auto-scaling-group", "r", R"("zones":["az-a","az-b"])") + "," +
            comp("three", "auto-scaling-group", "r", R"("zones":["az-a","az-b","az-c"])"),
        "us-east-1", "", conn("c1", "two", "three", 900));
    auto cost = model::computeCost(design, prices());
    const auto* c1 = connectionCost(cost, "c1");
    ASSERT_NE(c1, nullptr);
    ASSERT_EQ(c1->lines.size(), 1u);
    EXPECT_DOUBLE_EQ(c1->lines[0].quantity, 600);
    EXPECT_DOUBLE_EQ(*c1->lines[0].rate, 0.02);
    EXPECT_DOUBLE_EQ(c1->monthly, 12.00);
    expectTotalsInclude(cost);
}

TEST(TransferCost, AnRdsDatabaseSendsFromItsPrimaryZoneOnly)
{
    // Multi-AZ in az-a (primary) and az-b: a fleet in az-a pays nothing, one in az-b pays
    // for all its bytes (100 GB x $0.02).
    auto design = test::regionDesign(
        comp("az-b", "availability-zone", "r") + "," +
            comp("db", "rds-database", "r", R"("multiAz":true,"zones":["az-a","az-b"])") + "," +
            comp("near", "ec2-fleet", "az-a") + "," + comp("far", "ec2-fleet", "az-b"),
        "us-east-1", "", conn("c-near", "near", "db", 100) + "," + conn("c-far", "far", "db", 100));
    auto cost = model::computeCost(design, prices());
    EXPECT_EQ(connectionCost(cost, "c-near"), nullptr);
    ASSERT_NE(connectionCost(cost, "c-far"), nullptr);
    EXPECT_DOUBLE_EQ(connectionCost(cost, "c-far")->monthly, 2.00);
}

TEST(TransferCost, ZonelessServicesAndZonelessEndsAreFree)
{
    auto design = test::regionDesign(
        comp("web", "ec2-fleet", "az-a") + "," + comp("b", "s3-bucket", "r") + "," +
            comp("q", "sqs-queue", "r"),
        "us-east-1", "", conn("c1", "web", "b", 1000, 1000) + "," + conn("c2", "web", "q", 50));
    EXPECT_TRUE(model::computeCost(design, prices()).connections.empty());
}

TEST(TransferCost, ALoadBalancersTrafficNeverPaysCrossAz)
{
    // Rule 4: an Application Load Balancer over az-a and az-b sending to a fleet in az-b pays
    // nothing between zones, though half its bytes would change zone by rule 5.
    auto design =
        test::regionDesign(comp("az-b", "availability-zone", "r") + "," +
                               comp("lb", "load-balancer", "r", R"("zones":["az-a","az-b"])") +
                               "," + comp("web", "ec2-fleet", "az-b"),
                           "us-east-1", "", conn("c1", "lb", "web", 1000, 1000));
    EXPECT_TRUE(model::computeCost(design, prices()).connections.empty());
}

TEST(TransferCost, APrivateFleetThroughANatGatewayInAnotherZone)
{
    // web is private in az-2; its route's NAT gateway is in az-1. 1,000 GB to users: egress
    // on the connection (1,000 x 0.09 = 90.00) and the hop to the NAT gateway across AZs
    // (1,000 x 0.02 = 20.00); the NAT gateway bills its hours (730 x 0.045 = 32.85) and the
    // GB it processes (1,000 x 0.045 = 45.00).
    auto design = vpcDesign(comp("web", "ec2-fleet", "priv-2"), conn("c1", "web", "u", 1000));
    auto cost = model::computeCost(design, prices());
    const auto* c1 = connectionCost(cost, "c1");
    ASSERT_NE(c1, nullptr);
    ASSERT_EQ(c1->lines.size(), 2u);
    EXPECT_DOUBLE_EQ(monthly(c1->lines[0]), 90.00);
    EXPECT_DOUBLE_EQ(c1->lines[1].quantity, 1000);
    EXPECT_DOUBLE_EQ(monthly(c1->lines[1]), 20.00);
    EXPECT_NE(std::string(c1->lines[1].item).find("NAT"), std::string::npos);
    EXPECT_DOUBLE_EQ(c1->monthly, 110.00);
    const auto& nat = componentCost(cost, "nat");
    ASSERT_EQ(nat.lines.size(), 2u);
    EXPECT_DOUBLE_EQ(monthly(nat.lines[0]), 32.85);
    EXPECT_EQ(nat.lines[1].quantity, 1000);
    EXPECT_DOUBLE_EQ(monthly(nat.lines[1]), 45.00);
    EXPECT_DOUBLE_EQ(nat.monthly, 77.85);
    // The component's own cost, outside the bill, counts the same GB.
    auto alone = model::computeComponentCost(design, *design.component(model::ComponentId{"nat"}),
                                             prices(), model::KindCatalog::builtin());
    EXPECT_DOUBLE_EQ(alone.monthly, 77.85);
    expectTotalsInclude(cost);
}

TEST(TransferCost, ANatGatewayInTheSameZoneAddsNoHop)
{
    auto design = vpcDesign(comp("web", "ec2-fleet", "priv-1"), conn("c1", "web", "u", 1000));
    auto cost = model::computeCost(design, prices());
    ASSERT_NE(connectionCost(cost, "c1"), nullptr);
    EXPECT_EQ(connectionCost(cost, "c1")->lines.size(), 1u);
    EXPECT_DOUBLE_EQ(connectionCost(cost, "c1")->monthly, 90.00);
    EXPECT_DOUBLE_EQ(componentCost(cost, "nat").monthly, 77.85);
}

TEST(TransferCost, AGatewayEndpointMakesS3Free)
{
    const std::string more = comp("web", "ec2-fleet", "priv-1") + "," +
                             comp("b", "s3-bucket", "r") + "," +
                             comp("ep", "vpc-endpoint", "v", R"("service":"s3")");
    auto cost = model::computeCost(vpcDesign(more, conn("c1", "web", "b", 500, 500)), prices());
    EXPECT_TRUE(cost.connections.empty());
    // The NAT gateway processes none of it: its hours only.
    EXPECT_EQ(componentCost(cost, "nat").lines.size(), 1u);
    EXPECT_TRUE(componentCost(cost, "ep").lines.empty());
    // Without the endpoint the 1,000 GB go through the NAT gateway: 1,000 x 0.045 = 45.00.
    auto without = model::computeCost(
        vpcDesign(comp("web", "ec2-fleet", "priv-1") + "," + comp("b", "s3-bucket", "r"),
                  conn("c1", "web", "b", 500, 500)),
        prices());
    EXPECT_TRUE(without.connections.empty());
    ASSERT_EQ(componentCost(without, "nat").lines.size(), 2u);
    EXPECT_DOUBLE_EQ(monthly(componentCost(without, "nat").lines[1]), 45.00);
}

TEST(TransferCost, AnInterfaceEndpointBillsTheGbItProcesses)
{
    // 200 GB to SQS from a private fleet in az-1, through an interface endpoint in one
    // zone: 730 x 0.01 = 7.30 for its zone-hours, 200 x 0.01 = 2.00 for the GB.
    const std::string more = comp("web", "ec2-fleet", "priv-1") + "," +
                             comp("q", "sqs-queue", "r") + "," +
                             comp("ep", "vpc-endpoint", "v", R"("service":"sqs","zones":["az-1"])");
    auto cost = model::computeCost(vpcDesign(more, conn("c1", "web", "q", 200)), prices());
    EXPECT_TRUE(cost.connections.empty());
    const auto& ep = componentCost(cost, "ep");
    ASSERT_EQ(ep.lines.size(), 2u);
    EXPECT_DOUBLE_EQ(monthly(ep.lines[0]), 7.30);
    EXPECT_EQ(ep.lines[1].quantity, 200);
    EXPECT_DOUBLE_EQ(*ep.lines[1].rate, 0.01);
    EXPECT_DOUBLE_EQ(monthly(ep.lines[1]), 2.00);
    EXPECT_EQ(componentCost(cost, "nat").lines.size(), 1u);
}

TEST(TransferCost, APrivateEndWithNoWayOutCostsNothingMore)
{
    // No NAT gateway, no endpoint: a finding for the rules, not a cost.
    auto cost = model::computeCost(
        vpcDesign(comp("web", "ec2-fleet", "priv-1") + "," + comp("b", "s3-bucket", "r"),
                  conn("c1", "web", "b", 500), false),
        prices());
    EXPECT_TRUE(cost.connections.empty());
}

TEST(TransferCost, AMissingPriceMakesTheBillIncomplete)
{
    // eu-west-1 of the test catalog has no egress rates.
    const std::string text =
        R"("components":[{"id":"r","kind":"region","props":{"code":"eu-west-1"}},)"
        R"({"id":"a","kind":"availability-zone","parent":"r"},)"
        R"({"id":"web","kind":"ec2-fleet","parent":"a"},{"id":"u","kind":"users"}],)"
        R"("connections":[)" +
        conn("c1", "web", "u", 10) + "]";
    auto cost = model::computeCost(test::designFromJson(text), prices());
    ASSERT_EQ(cost.connections.size(), 1u);
    EXPECT_FALSE(cost.connections[0].complete);
    EXPECT_FALSE(cost.connections[0].lines[0].rate.has_value());
    EXPECT_FALSE(cost.complete);
}

TEST(TransferCost, JsonListsConnectionsBesideComponents)
{
    auto design =
        test::regionDesign(comp("web", "ec2-fleet", "az-a") + "," + comp("u", "users", ""),
                           "us-east-1", "", conn("c1", "web", "u", 150));
    const std::string json = model::costToJson(model::computeCost(design, prices()));
    const std::string expected =
        ",\n  \"connections\": [\n"
        "    { \"id\": \"c1\", \"from\": \"web\", \"to\": \"u\",\n"
        "      \"monthly\": 13.5,\n"
        "      \"lines\": [ { \"item\": \"Internet egress, tier 1, web to u\", \"quantity\": 150,\n"
        "                   \"unit\": \"GB\", \"rate\": 0.09, \"monthly\": 13.5 } ] } ] }\n";
    ASSERT_GE(json.size(), expected.size());
    EXPECT_EQ(json.substr(json.size() - expected.size()), expected) << json;
    // A design without traffic has no "connections" key at all.
    const std::string quiet = model::costToJson(model::computeCost(
        test::regionDesign(comp("web", "ec2-fleet", "az-a") + "," + comp("u", "users", ""),
                           "us-east-1", "", conn("c1", "u", "web", 150)),
        prices()));
    EXPECT_EQ(quiet.find("connections"), std::string::npos);
}

TEST(TransferCost, CsvRowsOfAConnectionHaveKindConnection)
{
    auto design =
        test::regionDesign(comp("web", "ec2-fleet", "az-a") + "," + comp("u", "users", ""),
                           "us-east-1", "", conn("c1", "web", "u", 150));
    const std::string csv = model::costToCsv(model::computeCost(design, prices()));
    EXPECT_NE(csv.find("c1,connection,web to u,\"Internet egress, tier 1, web to u\",150,GB,0.09,"
                       "13.50\r\n"),
              std::string::npos)
        << csv;
}
