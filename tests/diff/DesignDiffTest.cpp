#include "model/diff/DesignDiff.h"

#include "DiffPairs.h"
#include "model/cost/PriceCatalog.h"
#include "model/diff/StructureDiff.h"

#include <gtest/gtest.h>

namespace {

using namespace azimuth::model;
using azimuth::test::designFromJson;
using azimuth::test::WebTier;
using azimuth::test::webTier;

DesignDiff diff(const Design& a, const Design& b)
{
    return diffDesigns(a, b, PriceCatalog::builtin());
}

TEST(DesignDiff, ADesignAgainstItselfIsEmpty)
{
    const Design d = webTier();
    const DesignDiff result = diff(d, d);
    EXPECT_TRUE(result.empty());
    EXPECT_FALSE(result.cost.totalsChanged());
    EXPECT_TRUE(result.cost.items.empty());
    EXPECT_TRUE(result.structure.empty());
    EXPECT_TRUE(result.introduced.empty());
    EXPECT_TRUE(result.resolved.empty());
    EXPECT_TRUE(result.resilience.empty());
    // cli.md's figure for this design.
    EXPECT_DOUBLE_EQ(result.cost.after.monthly, 310.99);
}

TEST(DesignDiff, MovesOnTheCanvasAreNotChanges)
{
    WebTier moved;
    Design a = webTier(), b = webTier(moved);
    b.mutableComponent(ComponentId("use1"))->geometry = Geometry{40, 40, 1200, 700};
    EXPECT_TRUE(diff(a, b).empty());
}

TEST(DesignDiff, WritingOutADefaultIsNotAChange)
{
    const Design a = designFromJson(R"("components": [
        { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "vm", "kind": "ec2-fleet", "parent": "use1", "props": { "count": 1 } } ])");
    const Design b = designFromJson(R"("components": [
        { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "vm", "kind": "ec2-fleet", "parent": "use1",
          "props": { "count": 1, "instanceType": "t3.micro" } } ])");
    EXPECT_TRUE(diff(a, b).empty());
}

// m5.large -> t3.medium, 4 instances of 730 hours: $280.32 -> 4 x 730 x $0.0416 = $121.47;
// EBS 32 GB x $0.08 = $2.56 either way. Web servers $282.88 -> $124.03, delta -$158.85 on a
// total of $310.99 (with the ALB's $28.11): $152.14, -51.1 %.
TEST(DesignDiff, InstanceTypeChangedMovesCostOfThatComponentOnly)
{
    WebTier smaller;
    smaller.instanceType = "t3.medium";
    const DesignDiff result = diff(webTier(), webTier(smaller));
    EXPECT_DOUBLE_EQ(result.cost.before.monthly, 310.99);
    EXPECT_DOUBLE_EQ(result.cost.after.monthly, 152.14);
    EXPECT_NEAR(result.cost.delta(), -158.85, 1e-9);
    ASSERT_TRUE(result.cost.percent());
    EXPECT_NEAR(*result.cost.percent(), -51.0789, 1e-3);

    ASSERT_EQ(result.cost.items.size(), 1u);
    const CostChange& web = result.cost.items[0];
    EXPECT_EQ(web.item.id, "web");
    EXPECT_EQ(web.item.change, ItemChangeKind::Changed);
    EXPECT_DOUBLE_EQ(web.before.monthly, 282.88);
    EXPECT_DOUBLE_EQ(web.after.monthly, 124.03);
    ASSERT_EQ(web.item.fields.size(), 1u);
    EXPECT_EQ(web.item.fields[0].field, "instanceType");
    EXPECT_EQ(web.item.fields[0].before, Json("m5.large"));
    EXPECT_EQ(web.item.fields[0].after, Json("t3.medium"));

    ASSERT_EQ(result.structure.size(), 1u);
    EXPECT_EQ(result.structure[0].id, "web");
    EXPECT_TRUE(result.resilience.empty());
}

// Web servers in az-a only: three availability findings, and losing az-a loses them all.
// Adding az-b resolves them and keeps Customers served when az-a fails; az-b's
// failure served them before and still does. Zones cost nothing.
TEST(DesignDiff, AnAzAddedToAGroupResolvesAFindingAndADrillLine)
{
    WebTier single;
    single.webZones = R"(["az-a"])";
    const DesignDiff result = diff(webTier(single), webTier());
    EXPECT_FALSE(result.cost.totalsChanged());
    EXPECT_TRUE(result.cost.items.empty());

    EXPECT_TRUE(result.introduced.empty());
    // The group, the ALB's targets and the region's compute were all in one zone.
    ASSERT_EQ(result.resolved.size(), 3u);
    EXPECT_EQ(result.resolved[0].rule, "availability.asg-single-az");
    EXPECT_EQ(result.resolved[0].components.front(), ComponentId("web"));
    EXPECT_EQ(result.resolved[1].rule, "availability.lb-targets-one-az");
    EXPECT_EQ(result.resolved[1].components.front(), ComponentId("alb"));
    EXPECT_EQ(result.resolved[2].rule, "availability.single-az");
    EXPECT_EQ(result.resolved[2].components.front(), ComponentId("use1"));

    ASSERT_EQ(result.resilience.size(), 1u);
    EXPECT_EQ(result.resilience[0].failed, ComponentId("az-a"));
    EXPECT_EQ(result.resilience[0].failedName, "us-east-1a");
    EXPECT_EQ(result.resilience[0].entryName, "Customers");
    EXPECT_EQ(result.resilience[0].before, std::optional<bool>(false));
    EXPECT_TRUE(result.resilience[0].after);

    ASSERT_EQ(result.structure.size(), 1u);
    const ItemChange& web = result.structure[0];
    EXPECT_EQ(web.change, ItemChangeKind::Changed);
    ASSERT_EQ(web.fields.size(), 1u);
    EXPECT_EQ(web.fields[0].field, "zones");
    EXPECT_EQ(web.fields[0].before, Json(Json::Array{Json("az-a")}));
    EXPECT_EQ(web.fields[0].after, Json(Json::Array{Json("az-a"), Json("az-b")}));
}

// Removing the ALB takes its $28.11 and both its connections; Customers reach no compute
// any more, so the zones that spared them before no longer do (the region never did).
TEST(DesignDiff, AComponentRemoved)
{
    WebTier noAlb;
    noAlb.withAlb = false;
    const DesignDiff result = diff(webTier(), webTier(noAlb));
    EXPECT_DOUBLE_EQ(result.cost.after.monthly, 282.88);
    ASSERT_EQ(result.cost.items.size(), 1u);
    const CostChange& alb = result.cost.items[0];
    EXPECT_EQ(alb.item.id, "alb");
    EXPECT_EQ(alb.item.change, ItemChangeKind::Removed);
    EXPECT_DOUBLE_EQ(alb.before.monthly, 28.11);
    EXPECT_DOUBLE_EQ(alb.after.monthly, 0);
    EXPECT_NEAR(alb.delta(), -28.11, 1e-9);

    ASSERT_EQ(result.structure.size(), 3u);
    EXPECT_EQ(result.structure[0].kind, "load-balancer");
    EXPECT_EQ(result.structure[0].change, ItemChangeKind::Removed);
    EXPECT_EQ(result.structure[1].id, "c1");
    EXPECT_EQ(result.structure[1].change, ItemChangeKind::Removed);
    EXPECT_EQ(result.structure[1].name, "HTTPS");
    EXPECT_EQ(result.structure[2].id, "c2");
    EXPECT_EQ(result.structure[2].name, "alb → Web servers");

    ASSERT_EQ(result.resilience.size(), 2u);
    EXPECT_EQ(result.resilience[0].failed, ComponentId("az-a"));
    EXPECT_EQ(result.resilience[1].failed, ComponentId("az-b"));
    for (const auto& r : result.resilience) {
        EXPECT_EQ(r.before, std::optional<bool>(true));
        EXPECT_FALSE(r.after);
    }
}

TEST(DesignDiff, AConnectionsTrafficAndLabelChanged)
{
    WebTier before, after;
    before.c1Props = R"({ "gbPerMonth": 100 })";
    after.c1Props = R"({ "gbPerMonth": 500, "gbPerMonthReturn": 20 })";
    after.c1Label = "HTTPS in";
    const DesignDiff result = diff(webTier(before), webTier(after));
    ASSERT_EQ(result.structure.size(), 1u);
    const ItemChange& c1 = result.structure[0];
    EXPECT_TRUE(c1.connection);
    EXPECT_EQ(c1.id, "c1");
    EXPECT_EQ(c1.change, ItemChangeKind::Changed);
    ASSERT_EQ(c1.fields.size(), 3u);
    EXPECT_EQ(c1.fields[0].field, "label");
    EXPECT_EQ(c1.fields[1].field, "gbPerMonth");
    EXPECT_EQ(c1.fields[1].before, Json(100));
    EXPECT_EQ(c1.fields[1].after, Json(500));
    EXPECT_EQ(c1.fields[2].field, "gbPerMonthReturn");
    EXPECT_TRUE(c1.fields[2].before.isNull());
    // Data in is free; the 20 GB back to the users are internet egress: 20 × $0.09.
    EXPECT_TRUE(result.cost.totalsChanged());
    ASSERT_EQ(result.cost.items.size(), 1u);
    EXPECT_TRUE(result.cost.items[0].item.connection);
    EXPECT_EQ(result.cost.items[0].item.id, "c1");
    EXPECT_NEAR(result.cost.items[0].delta(), 1.80, 1e-9);
}

TEST(DesignDiff, ConnectionsWithoutIdsPairByTheirEnds)
{
    const std::string components = R"("components": [
        { "id": "a", "kind": "users" }, { "id": "b", "kind": "lambda-function" },
        { "id": "q", "kind": "sqs-queue" } ],)";
    // The reader numbers id-less connections by position: inserting one first shifts them.
    const Design a = designFromJson(components + R"("connections": [
        { "from": "a", "to": "b", "label": "calls" }, { "from": "b", "to": "q" } ])");
    const Design b = designFromJson(components + R"("connections": [
        { "from": "q", "to": "b" },
        { "from": "a", "to": "b", "label": "calls" }, { "from": "b", "to": "q" } ])");
    const auto pairs = pairConnections(a, b);
    ASSERT_EQ(pairs.size(), 3u);
    const DesignDiff result = diff(a, b);
    ASSERT_EQ(result.structure.size(), 1u);
    EXPECT_EQ(result.structure[0].change, ItemChangeKind::Added);
    EXPECT_EQ(result.structure[0].name, "q → b");
}

TEST(DesignDiff, ConnectionsWithIdsPairByIdEvenWhenTheirEndsMove)
{
    const std::string components = R"("components": [
        { "id": "a", "kind": "users" }, { "id": "b", "kind": "lambda-function" },
        { "id": "c", "kind": "lambda-function" } ],)";
    const Design a =
        designFromJson(components + R"("connections": [ { "id": "k", "from": "a", "to": "b" } ])");
    const Design b =
        designFromJson(components + R"("connections": [ { "id": "k", "from": "a", "to": "c" } ])");
    const DesignDiff result = diff(a, b);
    ASSERT_EQ(result.structure.size(), 1u);
    EXPECT_EQ(result.structure[0].change, ItemChangeKind::Changed);
    ASSERT_EQ(result.structure[0].fields.size(), 1u);
    EXPECT_EQ(result.structure[0].fields[0].field, "to");
}

TEST(DesignDiff, CostLinesComeLargestDeltaFirstAddedAndRemovedIncluded)
{
    const Design a = designFromJson(R"("components": [
        { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "small", "kind": "ec2-fleet", "parent": "use1",
          "props": { "instanceType": "t3.small", "count": 1, "ebsGb": 0 } },
        { "id": "gone", "kind": "ec2-fleet", "parent": "use1",
          "props": { "instanceType": "t3.medium", "count": 1, "ebsGb": 0 } } ])");
    const Design b = designFromJson(R"("components": [
        { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "small", "kind": "ec2-fleet", "parent": "use1",
          "props": { "instanceType": "t3.small", "count": 2, "ebsGb": 0 } },
        { "id": "big", "kind": "ec2-fleet", "parent": "use1",
          "props": { "instanceType": "m5.large", "count": 1, "ebsGb": 0 } } ])");
    // small: 730 x $0.0208 = $15.18 -> 2 x that = $30.37 (+$15.19); gone: -$30.37 (730 x
    // $0.0416); big: +$70.08 (730 x $0.096).
    const DesignDiff result = diff(a, b);
    ASSERT_EQ(result.cost.items.size(), 3u);
    EXPECT_EQ(result.cost.items[0].item.id, "big");
    EXPECT_EQ(result.cost.items[0].item.change, ItemChangeKind::Added);
    EXPECT_NEAR(result.cost.items[0].delta(), 70.08, 1e-9);
    EXPECT_EQ(result.cost.items[1].item.id, "gone");
    EXPECT_NEAR(result.cost.items[1].delta(), -30.37, 1e-9);
    EXPECT_EQ(result.cost.items[2].item.id, "small");
    EXPECT_NEAR(result.cost.items[2].delta(), 15.19, 1e-9);
    EXPECT_NEAR(result.cost.delta(), 70.08 - 30.37 + 15.19, 1e-9);
}

TEST(DesignDiff, APercentFromNothingIsNew)
{
    const Design empty = designFromJson(R"("components": [])");
    const Design one = designFromJson(R"("components": [
        { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "vm", "kind": "ec2-fleet", "parent": "use1",
          "props": { "instanceType": "m5.large", "count": 1, "ebsGb": 0 } } ])");
    const DesignDiff result = diff(empty, one);
    EXPECT_FALSE(result.cost.percent());
    EXPECT_NEAR(result.cost.delta(), 70.08, 1e-9);
}

} // namespace
