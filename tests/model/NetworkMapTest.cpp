// networking.md's network layer as the model reads it: a component's zones through its
// subnet or its `subnets`, which components are private, and the way out of a VPC.

#include "model/catalog/NetworkMap.h"

#include "model/catalog/DesignQueries.h"
#include "model/io/DesignReader.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

/// Two AZs in a VPC, each with a public and a private subnet; a NAT gateway in the public
/// subnet of AZ a only, an S3 gateway endpoint; a second VPC whose AZ is also "us-east-1a".
const char* kVpc = R"({ "format": "azimuth", "version": 2, "components": [
  { "id": "r", "kind": "region", "props": { "code": "us-east-1" } },
  { "id": "v", "kind": "vpc", "parent": "r" },
  { "id": "igw", "kind": "internet-gateway", "parent": "v" },
  { "id": "az-a", "kind": "availability-zone", "name": "us-east-1a", "parent": "v" },
  { "id": "az-b", "kind": "availability-zone", "name": "us-east-1b", "parent": "v" },
  { "id": "pub-a", "kind": "subnet", "parent": "az-a", "props": { "public": true } },
  { "id": "priv-a", "kind": "subnet", "parent": "az-a" },
  { "id": "pub-b", "kind": "subnet", "parent": "az-b", "props": { "public": true } },
  { "id": "priv-b", "kind": "subnet", "parent": "az-b" },
  { "id": "nat-a", "kind": "nat-gateway", "parent": "pub-a" },
  { "id": "s3e", "kind": "vpc-endpoint", "parent": "v", "props": { "service": "s3" } },
  { "id": "web-a", "kind": "ec2-fleet", "parent": "priv-a" },
  { "id": "web-b", "kind": "ec2-fleet", "parent": "priv-b" },
  { "id": "bastion", "kind": "ec2-fleet", "parent": "pub-b" },
  { "id": "app", "kind": "auto-scaling-group", "parent": "v",
    "props": { "subnets": ["priv-a", "priv-b"], "zones": ["az-a"] } },
  { "id": "lb", "kind": "load-balancer", "parent": "v", "props": { "subnets": ["pub-a", "priv-b"] } },
  { "id": "bucket", "kind": "s3-bucket", "parent": "v" },
  { "id": "table", "kind": "dynamodb-table", "parent": "r" },
  { "id": "users", "kind": "users" },
  { "id": "v2", "kind": "vpc", "parent": "r" },
  { "id": "az-a2", "kind": "availability-zone", "name": "us-east-1a", "parent": "v2" }
], "connections": [] })";

struct Fixture
{
    Design design = readDesign(kVpc, "vpc.azimuth");
    const KindCatalog& catalog = KindCatalog::builtin();
    NetworkMap net{design, catalog};
    const Component& at(const char* id) const { return *design.component(ComponentId(id)); }
};

std::vector<std::string> ids(const std::vector<ComponentId>& list)
{
    std::vector<std::string> out;
    for (const auto& id : list)
        out.push_back(id.value);
    return out;
}

} // namespace

TEST(NetworkMap, AComponentsZoneIsItsSubnetsAzElseItsSubnetsAzsElseItsZones)
{
    Fixture f;
    EXPECT_EQ(ids(zonesOf(f.design, f.catalog, f.at("web-a"))), std::vector<std::string>{"az-a"});
    EXPECT_EQ(ids(zonesOf(f.design, f.catalog, f.at("nat-a"))), std::vector<std::string>{"az-a"});
    // `subnets` wins over `zones`.
    EXPECT_EQ(ids(zonesOf(f.design, f.catalog, f.at("app"))),
              (std::vector<std::string>{"az-a", "az-b"}));
    // A zoneless service has no zone, even drawn in a VPC.
    EXPECT_TRUE(zonesOf(f.design, f.catalog, f.at("bucket")).empty());
}

TEST(NetworkMap, PrivateMeansInAPrivateSubnetOrNamingOnlyPrivateOnes)
{
    Fixture f;
    EXPECT_TRUE(f.net.isPrivate(f.at("web-a")));
    EXPECT_FALSE(f.net.isPrivate(f.at("bastion")));
    EXPECT_TRUE(f.net.isPrivate(f.at("app")));
    EXPECT_FALSE(f.net.isPrivate(f.at("lb"))) << "one of its subnets is public";
    EXPECT_FALSE(f.net.isPrivate(f.at("table"))) << "not in a VPC at all";
}

TEST(NetworkMap, TwoVpcsAzsOfOneNameAreOneZone)
{
    Fixture f;
    EXPECT_EQ(f.net.sameZone(ComponentId("az-a2")).value, "az-a");
    EXPECT_EQ(f.net.sameZone(ComponentId("az-b")).value, "az-b");
}

TEST(NetworkMap, TheWayOutIsTheEndpointForTheServiceElseTheZonesNatElseTheFirst)
{
    Fixture f;
    EXPECT_TRUE(f.net.hasInternetGateway(f.at("v")));
    EXPECT_FALSE(f.net.hasInternetGateway(f.at("v2")));
    // To S3: the gateway endpoint, free.
    WayOut s3 = f.net.wayOut(f.at("web-a"), ComponentId("az-a"), f.at("bucket"));
    EXPECT_EQ(s3.via, WayOut::Via::Endpoint);
    EXPECT_TRUE(s3.gatewayEndpoint);
    // To DynamoDB, which has no endpoint here: the NAT gateway.
    WayOut table = f.net.wayOut(f.at("web-a"), ComponentId("az-a"), f.at("table"));
    EXPECT_EQ(table.via, WayOut::Via::Nat);
    EXPECT_EQ(table.through, &f.at("nat-a"));
    EXPECT_FALSE(table.crossesZone);
    // From AZ b, whose public subnet has no NAT gateway: the VPC's first, across zones.
    WayOut fromB = f.net.wayOut(f.at("web-b"), ComponentId("az-b"), f.at("users"));
    EXPECT_EQ(fromB.through, &f.at("nat-a"));
    EXPECT_TRUE(fromB.crossesZone);
    EXPECT_TRUE(f.net.leavesVpc(f.at("web-b"), f.at("users")));
    EXPECT_TRUE(f.net.leavesVpc(f.at("web-b"), f.at("table")));
    EXPECT_FALSE(f.net.leavesVpc(f.at("web-b"), f.at("web-a")));
}

TEST(NetworkMap, AVpcWithoutNatOrEndpointHasNoWayOut)
{
    Fixture f;
    Design d = f.design;
    Component fleet;
    fleet.id = ComponentId("lonely");
    fleet.kind = "ec2-fleet";
    fleet.parent = ComponentId("az-a2");
    d.insertComponent(fleet);
    NetworkMap net(d, f.catalog);
    EXPECT_EQ(net.wayOut(*d.component(ComponentId("lonely")), ComponentId("az-a2"),
                         *d.component(ComponentId("users")))
                  .via,
              WayOut::Via::None);
}

TEST(NetworkMap, TheCrossZoneShareOfATwoZoneGroupTalkingToAThreeZoneGroup)
{
    const char* text = R"({ "format": "azimuth", "version": 1, "components": [
      { "id": "r", "kind": "region" },
      { "id": "a", "kind": "availability-zone", "parent": "r" },
      { "id": "b", "kind": "availability-zone", "parent": "r" },
      { "id": "c", "kind": "availability-zone", "parent": "r" },
      { "id": "two", "kind": "auto-scaling-group", "parent": "r", "props": { "zones": ["a", "b"] } },
      { "id": "three", "kind": "auto-scaling-group", "parent": "r",
        "props": { "zones": ["a", "b", "c"] } },
      { "id": "db", "kind": "rds-database", "parent": "r",
        "props": { "zones": ["b", "a"], "multiAz": true } },
      { "id": "fleet", "kind": "ec2-fleet", "parent": "a" }
    ], "connections": [] })";
    const Design d = readDesign(text, "x");
    const NetworkMap net(d, KindCatalog::builtin());
    auto at = [&](const char* id) -> const Component& { return *d.component(ComponentId(id)); };
    // Pairs of {a,b} x {a,b,c}: 6, of which 2 stay in their zone.
    EXPECT_DOUBLE_EQ(net.crossZoneShare(at("two"), at("three")), 1.0 - 2.0 / 6.0);
    EXPECT_DOUBLE_EQ(net.crossZoneShare(at("three"), at("two")), 1.0 - 2.0 / 6.0);
    // A Multi-AZ database counts its primary zone only (b): all of a fleet in a crosses.
    EXPECT_DOUBLE_EQ(net.crossZoneShare(at("fleet"), at("db")), 1.0);
    EXPECT_DOUBLE_EQ(net.crossZoneShare(at("two"), at("db")), 0.5);
    EXPECT_DOUBLE_EQ(net.crossZoneShare(at("fleet"), at("fleet")), 0.0);
}

TEST(NetworkMap, AComponentDrawnInItsRegionNamingSubnetsLeavesThroughTheirVpc)
{
    Fixture f;
    Design d = f.design;
    Component group;
    group.id = ComponentId("regional");
    group.kind = "auto-scaling-group";
    group.parent = ComponentId("r");
    group.props.set("subnets", Json(Json::Array{Json("priv-b")}));
    d.insertComponent(group);
    NetworkMap net(d, f.catalog);
    const Component& g = *d.component(ComponentId("regional"));
    EXPECT_TRUE(net.isPrivate(g));
    WayOut out = net.wayOut(g, ComponentId("az-b"), *d.component(ComponentId("users")));
    EXPECT_EQ(out.via, WayOut::Via::Nat);
    EXPECT_EQ(out.through, d.component(ComponentId("nat-a")));
    EXPECT_TRUE(out.crossesZone);
}
