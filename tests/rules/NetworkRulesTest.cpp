// networking.md's rules: the way in and out of a VPC, NAT gateways, and traffic whose
// path costs more than it needs to.

#include "RuleTestSupport.h"
#include "model/controller/DocumentController.h"
#include "model/rules/IncrementalChecker.h"
#include "model/rules/RuleRegistry.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::test;
using model::ComponentId;
using model::Finding;
using model::Json;
using model::Severity;

namespace {

/// A VPC "vpc" ("Main") in us-east-1 with zones a and b, a public and a private subnet in
/// each (pub-a, priv-a, pub-b, priv-b), users "u" outside it and an S3 bucket "bucket";
/// `igw` adds the internet gateway.
std::string network(bool igw = true)
{
    std::string out =
        R"({"id":"use1","kind":"region","name":"US East","props":{"code":"us-east-1"}},
           {"id":"vpc","kind":"vpc","parent":"use1","name":"Main"},
           {"id":"az-a","kind":"availability-zone","parent":"vpc","name":"us-east-1a"},
           {"id":"az-b","kind":"availability-zone","parent":"vpc","name":"us-east-1b"},
           {"id":"pub-a","kind":"subnet","parent":"az-a","name":"Public A","props":{"public":true}},
           {"id":"pub-b","kind":"subnet","parent":"az-b","name":"Public B","props":{"public":true}},
           {"id":"priv-a","kind":"subnet","parent":"az-a","name":"Private A"},
           {"id":"priv-b","kind":"subnet","parent":"az-b","name":"Private B"},
           {"id":"u","kind":"users","parent":"use1","name":"Visitors"},
           {"id":"bucket","kind":"s3-bucket","parent":"use1","name":"Assets"})";
    if (igw) out += R"(,{"id":"igw","kind":"internet-gateway","parent":"vpc","name":"Gateway"})";
    return out;
}

/// Web servers in the private subnets of both zones, behind a load balancer in the
/// public ones.
const std::string kWebTier =
    R"({"id":"lb","kind":"load-balancer","parent":"vpc","name":"Front","props":{"subnets":["pub-a","pub-b"]}},
       {"id":"web","kind":"auto-scaling-group","parent":"vpc","name":"Web servers",
        "props":{"subnets":["priv-a","priv-b"],"min":2,"desired":2,"max":4}})";
const std::string kNatA = R"({"id":"nat-a","kind":"nat-gateway","parent":"pub-a","name":"NAT A"})";
const std::string kNatB = R"({"id":"nat-b","kind":"nat-gateway","parent":"pub-b","name":"NAT B"})";

model::Design netDesign(const std::string& components, const std::string& connections,
                        bool igw = true)
{
    return designFromJson(R"("components":[)" + network(igw) +
                          (components.empty() ? "" : "," + components) + R"(],"connections":[)" +
                          connections + "]");
}

/// A price catalog with just the network figures the rules read.
const model::PriceCatalog& testPrices()
{
    static const model::PriceCatalog prices = model::PriceCatalog::fromJson(
        R"({"format":"azimuth-prices","version":1,"asOf":"2030-01-01","currency":"USD",
            "regions":{"us-east-1":{"network":{"interAzPerGbEachWay":0.01,"natGatewayPerGb":0.045,
            "natGatewayHour":0.045}}}})",
        "test-prices.json");
    return prices;
}

std::vector<Finding> netFindings(const model::Design& d, const std::string& rule)
{
    return findingsOf(model::checkDesign(d, testPrices()), rule);
}

std::vector<std::string> ids(const Finding& f)
{
    std::vector<std::string> out;
    for (const auto& c : f.components)
        out.push_back(c.value);
    return out;
}

using Ids = std::vector<std::string>;

const std::string kUsersToLb =
    R"({"id":"c1","from":"u","to":"lb"},{"id":"c2","from":"lb","to":"web"})";

} // namespace

TEST(NetworkRules, AreRegisteredWithTheirSeverities)
{
    const std::pair<const char*, Severity> expected[] = {
        {"network.no-route-to-internet", Severity::Error},
        {"network.nat-single-az", Severity::Warning},
        {"network.nat-in-private-subnet", Severity::Error},
        {"cost.cross-az-chatty", Severity::Info},
        {"cost.endpoint-would-save", Severity::Info},
    };
    for (const auto& [id, severity] : expected) {
        const model::RuleInfo* info = model::findRuleInfo(id);
        ASSERT_NE(info, nullptr) << id;
        EXPECT_EQ(info->severity, severity) << id;
        EXPECT_FALSE(info->why.empty()) << id;
    }
}

TEST(NetworkRules, AWellBuiltVpcHasNoNetworkFindings)
{
    auto d = netDesign(kWebTier + "," + kNatA + "," + kNatB,
                       kUsersToLb +
                           R"(,{"id":"c3","from":"web","to":"bucket","props":{"gbPerMonth":50}})");
    for (const Finding& f : model::checkDesign(d, testPrices()))
        EXPECT_FALSE(f.rule.starts_with("network.")) << f.rule << ": " << f.message;
}

TEST(NoRouteToInternet, PrivateServersWithoutNatCannotReachS3)
{
    auto d = netDesign(kWebTier, kUsersToLb + R"(,{"id":"c3","from":"web","to":"bucket"})");
    auto f = netFindings(d, "network.no-route-to-internet");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(ids(f[0]), (Ids{"web", "bucket", "vpc"}));
    EXPECT_NE(f[0].message.find("no NAT gateway and no endpoint for s3"), std::string::npos)
        << f[0].message;
}

TEST(NoRouteToInternet, AnEndpointOrANatGatewayIsAWayOut)
{
    const std::string conns = kUsersToLb + R"(,{"id":"c3","from":"bucket","to":"web"})";
    EXPECT_TRUE(
        netFindings(netDesign(kWebTier + "," + kNatA, conns), "network.no-route-to-internet")
            .empty());
    const std::string endpoint =
        R"({"id":"ep","kind":"vpc-endpoint","parent":"vpc","name":"S3 endpoint","props":{"service":"s3"}})";
    EXPECT_TRUE(
        netFindings(netDesign(kWebTier + "," + endpoint, conns), "network.no-route-to-internet")
            .empty());
    // An endpoint for another service is no way to S3.
    const std::string sqsEndpoint =
        R"({"id":"ep","kind":"vpc-endpoint","parent":"vpc","props":{"service":"sqs","zones":["az-a"]}})";
    EXPECT_EQ(
        netFindings(netDesign(kWebTier + "," + sqsEndpoint, conns), "network.no-route-to-internet")
            .size(),
        1u);
}

TEST(NoRouteToInternet, PrivateServersSendingToUsersOrAnotherRegionNeedANat)
{
    const std::string otherRegion =
        R"({"id":"euw1","kind":"region","name":"Ireland","props":{"code":"eu-west-1"}},
           {"id":"euw1-a","kind":"availability-zone","parent":"euw1","name":"eu-west-1a"},
           {"id":"far","kind":"ec2-fleet","parent":"euw1-a","name":"Far away"})";
    auto d = netDesign(
        kWebTier + "," + otherRegion,
        kUsersToLb + R"(,{"id":"c3","from":"web","to":"u"},{"id":"c4","from":"web","to":"far"})");
    auto f = netFindings(d, "network.no-route-to-internet");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(ids(f[0]), (Ids{"web", "far", "vpc"}));
    EXPECT_EQ(ids(f[1]), (Ids{"web", "u", "vpc"}));
    EXPECT_EQ(f[1].message.find("endpoint"), std::string::npos) << f[1].message;
}

TEST(NoRouteToInternet, UsersCannotConnectToAPrivateComponent)
{
    auto d = netDesign(kWebTier + "," + kNatA, R"({"id":"c1","from":"u","to":"web"})");
    auto f = netFindings(d, "network.no-route-to-internet");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(ids(f[0]), (Ids{"web", "u"}));
    EXPECT_NE(f[0].hint.find("load balancer in public subnets"), std::string::npos);
    // A fleet placed in a private subnet is private too; in a public one it is not.
    const std::string fleet = R"({"id":"app","kind":"ec2-fleet","parent":"priv-b","name":"App"})";
    EXPECT_EQ(netFindings(netDesign(fleet, R"({"id":"c1","from":"u","to":"app"})"),
                          "network.no-route-to-internet")
                  .size(),
              1u);
    const std::string publicFleet =
        R"({"id":"app","kind":"ec2-fleet","parent":"pub-b","name":"App"})";
    EXPECT_TRUE(netFindings(netDesign(publicFleet, R"({"id":"c1","from":"u","to":"app"})"),
                            "network.no-route-to-internet")
                    .empty());
}

TEST(NoRouteToInternet, APublicSubnetServingUsersNeedsAnInternetGateway)
{
    auto d = netDesign(kWebTier + "," + kNatA, kUsersToLb, /*igw=*/false);
    auto f = netFindings(d, "network.no-route-to-internet");
    // The load balancer facing users, and the NAT gateway with nowhere to forward.
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(ids(f[0]), (Ids{"lb", "u", "vpc"}));
    EXPECT_NE(f[0].message.find("no internet gateway"), std::string::npos);
    EXPECT_EQ(ids(f[1]), (Ids{"nat-a", "vpc"}));
    // Nothing facing users and no NAT gateway: a VPC may well be private.
    EXPECT_TRUE(
        netFindings(netDesign(kWebTier, "", false), "network.no-route-to-internet").empty());
}

TEST(NatInPrivateSubnet, FlagsANatGatewayInAPrivateSubnet)
{
    // Refused on drop; a file can still hold one.
    const std::string nat = R"({"id":"nat","kind":"nat-gateway","parent":"priv-a","name":"NAT"})";
    auto f = netFindings(netDesign(nat, ""), "network.nat-in-private-subnet");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(ids(f[0]), (Ids{"nat", "priv-a"}));
    EXPECT_TRUE(netFindings(netDesign(kNatA, ""), "network.nat-in-private-subnet").empty());
}

TEST(NatSingleAz, PrivateServersInTwoZonesThroughOneNat)
{
    const std::string conns = kUsersToLb + R"(,{"id":"c3","from":"web","to":"bucket"})";
    auto f = netFindings(netDesign(kWebTier + "," + kNatA, conns), "network.nat-single-az");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    // The VPC, the NAT gateway its routes use, and who routes through another zone.
    EXPECT_EQ(ids(f[0]), (Ids{"vpc", "nat-a", "web"}));
    EXPECT_NE(f[0].message.find("us-east-1a and us-east-1b"), std::string::npos) << f[0].message;
    // One NAT gateway a zone: no finding.
    EXPECT_TRUE(
        netFindings(netDesign(kWebTier + "," + kNatA + "," + kNatB, conns), "network.nat-single-az")
            .empty());
    // Servers that never reach outside do not need a NAT gateway at all.
    EXPECT_TRUE(netFindings(netDesign(kWebTier + "," + kNatA, kUsersToLb), "network.nat-single-az")
                    .empty());
    // A NAT gateway in a zone the private servers do not use serves neither of theirs.
    const std::string fleets =
        R"({"id":"a1","kind":"ec2-fleet","parent":"priv-a","name":"A1"},
           {"id":"b1","kind":"ec2-fleet","parent":"priv-b","name":"B1"})";
    auto two = netFindings(
        netDesign(fleets + "," + kNatB,
                  R"({"id":"c1","from":"a1","to":"u"},{"id":"c2","from":"b1","to":"u"})"),
        "network.nat-single-az");
    ASSERT_EQ(two.size(), 1u);
    EXPECT_EQ(ids(two[0]), (Ids{"vpc", "nat-b", "a1"}));
}

TEST(CrossAzChatty, FlagsAConnectionWhoseCrossZoneTransferPassesFiftyDollars)
{
    // Web servers in a and b, a database in a: half the bytes change zone. 3,000 GB x 0.5 x
    // $0.02 = $30; 6,000 GB = $60.
    const std::string db =
        R"({"id":"db","kind":"rds-database","parent":"vpc","name":"Orders","props":{"subnets":["priv-a"]}})";
    auto quiet = netDesign(
        kWebTier + "," + db,
        R"({"id":"c1","from":"web","to":"db","props":{"gbPerMonth":2000,"gbPerMonthReturn":1000}})");
    EXPECT_TRUE(netFindings(quiet, "cost.cross-az-chatty").empty());
    auto chatty = netDesign(
        kWebTier + "," + db,
        R"({"id":"c1","from":"web","to":"db","props":{"gbPerMonth":2000,"gbPerMonthReturn":4000}})");
    auto f = netFindings(chatty, "cost.cross-az-chatty");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_EQ(ids(f[0]), (Ids{"web", "db"}));
    EXPECT_NE(f[0].message.find("$60.00 a month"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("50%"), std::string::npos) << f[0].message;
}

TEST(CrossAzChatty, StaysQuietWhenTheTransferIsFreeOrItsPriceUnknown)
{
    // Both in one zone: nothing crosses.
    const std::string sameZone =
        R"({"id":"a1","kind":"ec2-fleet","parent":"priv-a"},{"id":"a2","kind":"ec2-fleet","parent":"priv-a"})";
    EXPECT_TRUE(
        netFindings(netDesign(sameZone,
                              R"({"id":"c1","from":"a1","to":"a2","props":{"gbPerMonth":100000}})"),
                    "cost.cross-az-chatty")
            .empty());
    // Through a load balancer, or to a zoneless service: free.
    EXPECT_TRUE(
        netFindings(
            netDesign(kWebTier, R"({"id":"c1","from":"lb","to":"web","props":{"gbPerMonth":100000}},
                                                  {"id":"c2","from":"web","to":"bucket","props":{"gbPerMonth":100000}})"),
            "cost.cross-az-chatty")
            .empty());
    // The price is unknown: no claim.
    const std::string apart =
        R"({"id":"a1","kind":"ec2-fleet","parent":"priv-a"},{"id":"b1","kind":"ec2-fleet","parent":"priv-b"})";
    auto d = netDesign(apart, R"({"id":"c1","from":"a1","to":"b1","props":{"gbPerMonth":100000}})");
    EXPECT_EQ(netFindings(d, "cost.cross-az-chatty").size(), 1u);
    static const auto noNetwork = model::PriceCatalog::fromJson(
        R"({"format":"azimuth-prices","version":1,"asOf":"2030-01-01","currency":"USD","regions":{"us-east-1":{"ebs":{"gp3GbMonth":0.08}}}})",
        "bare.json");
    EXPECT_TRUE(findingsOf(model::checkDesign(d, noNetwork), "cost.cross-az-chatty").empty());
}

TEST(EndpointWouldSave, PrivateServersSendingToS3ThroughANat)
{
    const std::string conn = R"({"id":"c1","from":"web","to":"bucket","props":{"gbPerMonth":500}})";
    auto f = netFindings(netDesign(kWebTier + "," + kNatA + "," + kNatB, conn),
                         "cost.endpoint-would-save");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_EQ(ids(f[0]), (Ids{"web", "bucket", "nat-a"}));
    // 500 GB x $0.045.
    EXPECT_NE(f[0].message.find("$22.50 a month"), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].hint.find("endpoint for s3"), std::string::npos);
    // The bytes it receives back are not what it sends.
    EXPECT_TRUE(
        netFindings(
            netDesign(
                kWebTier + "," + kNatA,
                R"({"id":"c1","from":"web","to":"bucket","props":{"gbPerMonth":100,"gbPerMonthReturn":900}})"),
            "cost.endpoint-would-save")
            .empty());
    // Sending as the target of a connection counts.
    EXPECT_EQ(
        netFindings(
            netDesign(kWebTier + "," + kNatA,
                      R"({"id":"c1","from":"bucket","to":"web","props":{"gbPerMonthReturn":101}})"),
            "cost.endpoint-would-save")
            .size(),
        1u);
    // With the endpoint already there, or to a service without a gateway endpoint: nothing.
    const std::string endpoint =
        R"({"id":"ep","kind":"vpc-endpoint","parent":"vpc","props":{"service":"s3"}})";
    EXPECT_TRUE(netFindings(netDesign(kWebTier + "," + kNatA + "," + endpoint, conn),
                            "cost.endpoint-would-save")
                    .empty());
    const std::string queue = R"({"id":"q","kind":"sqs-queue","parent":"use1"})";
    EXPECT_TRUE(
        netFindings(netDesign(kWebTier + "," + kNatA + "," + queue,
                              R"({"id":"c1","from":"web","to":"q","props":{"gbPerMonth":5000}})"),
                    "cost.endpoint-would-save")
            .empty());
}

namespace {

struct LiveNetwork
{
    model::DocumentController ctrl;
    model::IncrementalChecker checker{testPrices()};

    explicit LiveNetwork(model::Design d)
    {
        ctrl.reset(std::move(d));
        ctrl.addObserver(&checker);
        checker.update(ctrl.design());
    }
    ~LiveNetwork() { ctrl.removeObserver(&checker); }

    std::vector<Finding> expectUpToDate(const char* step)
    {
        SCOPED_TRACE(step);
        const auto incremental = checker.update(ctrl.design());
        EXPECT_EQ(incremental, model::checkDesign(ctrl.design(), testPrices()));
        return incremental;
    }
};

} // namespace

TEST(NetworkRules, IncrementalChecksFollowNetworkEdits)
{
    LiveNetwork live(netDesign(
        kWebTier + "," + kNatA + "," + kNatB,
        kUsersToLb + R"(,{"id":"c3","from":"web","to":"bucket","props":{"gbPerMonth":50}})"));
    EXPECT_TRUE(findingsOf(live.checker.findings(), "network.nat-in-private-subnet").empty());

    // Subnet B turns private: its NAT gateway is flagged, and zone b's route now goes
    // through NAT A, so the VPC is flagged too.
    ASSERT_TRUE(live.ctrl.setProperty(ComponentId("pub-b"), "public", Json(false)));
    auto f = live.expectUpToDate("pub-b private");
    EXPECT_EQ(findingsOf(f, "network.nat-in-private-subnet").size(), 1u);
    EXPECT_EQ(findingsOf(f, "network.nat-single-az").size(), 1u);
    ASSERT_TRUE(live.ctrl.setProperty(ComponentId("pub-b"), "public", Json(true)));
    f = live.expectUpToDate("pub-b public again");
    EXPECT_TRUE(findingsOf(f, "network.nat-single-az").empty());

    // The web servers move to public subnets: no longer private.
    ASSERT_TRUE(live.ctrl.setProperty(ComponentId("web"), "subnets",
                                      Json(Json::Array{Json("pub-a"), Json("pub-b")})));
    live.expectUpToDate("web public");
    ASSERT_TRUE(live.ctrl.setProperty(ComponentId("web"), "subnets",
                                      Json(Json::Array{Json("priv-a"), Json("priv-b")})));
    live.expectUpToDate("web private again");

    // A NAT gateway moves to the other zone's public subnet.
    ASSERT_TRUE(live.ctrl.reparent(ComponentId("nat-b"), ComponentId("pub-a"), std::nullopt));
    f = live.expectUpToDate("nat-b moved");
    EXPECT_EQ(findingsOf(f, "network.nat-single-az").size(), 1u);
}

TEST(NetworkRules, IncrementalChecksFollowTrafficEdits)
{
    // No setter for connection props yet: edit a copy and report the change as the
    // controller does.
    model::Design d =
        netDesign(kWebTier + "," + kNatA + "," + kNatB,
                  R"({"id":"c3","from":"web","to":"bucket","props":{"gbPerMonth":50}})");
    model::IncrementalChecker checker(testPrices());
    checker.update(d);
    EXPECT_TRUE(findingsOf(checker.findings(), "cost.endpoint-would-save").empty());
    d.mutableConnection(model::ConnectionId("c3"))->props.set("gbPerMonth", Json(500));
    checker.connectionChanged(model::ConnectionId("c3"));
    const auto& f = checker.update(d);
    EXPECT_EQ(f, model::checkDesign(d, testPrices()));
    EXPECT_EQ(findingsOf(f, "cost.endpoint-would-save").size(), 1u);
}

TEST(NetworkRules, AGroupDrawnInItsRegionNamingPrivateSubnetsIsInTheirVpc)
{
    const std::string regional =
        R"({"id":"web","kind":"auto-scaling-group","parent":"use1","name":"Web servers",
            "props":{"subnets":["priv-a","priv-b"],"min":2,"desired":2,"max":4}})";
    const std::string conn = R"({"id":"c1","from":"web","to":"bucket","props":{"gbPerMonth":500}})";
    auto withNat = netDesign(regional + "," + kNatA, conn);
    EXPECT_TRUE(netFindings(withNat, "network.no-route-to-internet").empty());
    auto save = netFindings(withNat, "cost.endpoint-would-save");
    ASSERT_EQ(save.size(), 1u);
    EXPECT_EQ(ids(save[0]), (Ids{"web", "bucket", "nat-a"}));
    auto none = netFindings(netDesign(regional, conn), "network.no-route-to-internet");
    ASSERT_EQ(none.size(), 1u);
    EXPECT_EQ(ids(none[0]), (Ids{"web", "bucket", "vpc"}));
}
