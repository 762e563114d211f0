#include "model/drill/Drill.h"

#include "model/drill/DrillError.h"
#include "support/TestDesigns.h"

#include <gtest/gtest.h>

namespace {

using azimuth::model::ComponentId;
using azimuth::model::ConnectionId;
using azimuth::model::Design;
using azimuth::model::DrillError;
using azimuth::model::DrillResult;
using azimuth::model::DrillStatus;
using azimuth::model::runDrill;
using azimuth::test::designFromJson;

// The web tier of file-format.md: users -> ALB over two AZs -> ASG over the same two AZs,
// plus a single-instance fleet in az-a and a Multi-AZ database.
const char* kWebTier = R"(
  "components": [
    { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
    { "id": "az-a", "kind": "availability-zone", "parent": "use1", "name": "us-east-1a" },
    { "id": "az-b", "kind": "availability-zone", "parent": "use1", "name": "us-east-1b" },
    { "id": "web", "kind": "auto-scaling-group", "parent": "use1", "name": "Web servers",
      "props": { "zones": ["az-a", "az-b"], "min": 2, "desired": 4, "max": 8 } },
    { "id": "alb", "kind": "load-balancer", "parent": "use1",
      "props": { "zones": ["az-a", "az-b"] } },
    { "id": "batch", "kind": "ec2-fleet", "parent": "az-a", "props": { "count": 1 } },
    { "id": "db", "kind": "rds-database", "parent": "use1",
      "props": { "multiAz": true, "zones": ["az-a", "az-b"] } },
    { "id": "users", "kind": "users", "name": "Customers" }
  ],
  "connections": [
    { "id": "c1", "from": "users", "to": "alb" },
    { "id": "c2", "from": "alb", "to": "web" },
    { "id": "c3", "from": "web", "to": "db" },
    { "id": "c4", "from": "batch", "to": "db" }
  ])";

DrillStatus statusOf(const DrillResult& r, const char* id)
{
    const auto* o = r.outcome(ComponentId(id));
    EXPECT_NE(o, nullptr) << id;
    return o ? o->status : DrillStatus::Ok;
}

bool brokenOf(const DrillResult& r, const char* id)
{
    for (const auto& c : r.connections)
        if (c.id == ConnectionId(id)) return c.broken;
    ADD_FAILURE() << "no connection " << id;
    return false;
}

bool servedOf(const DrillResult& r, const char* id)
{
    for (const auto& e : r.entryPoints)
        if (e.id == ComponentId(id)) return e.served;
    ADD_FAILURE() << "no entry point " << id;
    return false;
}

TEST(Drill, ZoneLossDegradesASpanningGroupAndKeepsUsersServed)
{
    Design d = designFromJson(kWebTier);
    DrillResult r = runDrill(d, ComponentId("az-a"));
    const auto* web = r.outcome(ComponentId("web"));
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->status, DrillStatus::Degraded);
    ASSERT_TRUE(web->capacity);
    EXPECT_EQ(web->capacity->before, 4);
    EXPECT_EQ(web->capacity->after, 2);
    EXPECT_EQ(web->capacity->recoversTo, 4);
    EXPECT_EQ(statusOf(r, "alb"), DrillStatus::Degraded);
    EXPECT_EQ(r.outcome(ComponentId("alb"))->capacity->after, 1);
    EXPECT_EQ(statusOf(r, "az-a"), DrillStatus::Lost);
    EXPECT_EQ(statusOf(r, "az-b"), DrillStatus::Ok);
    EXPECT_EQ(statusOf(r, "use1"), DrillStatus::Ok);
    EXPECT_TRUE(servedOf(r, "users"));
    EXPECT_FALSE(brokenOf(r, "c1"));
    EXPECT_FALSE(brokenOf(r, "c2"));
}

TEST(Drill, EveryComponentAppearsOnceInFileOrder)
{
    Design d = designFromJson(kWebTier);
    DrillResult r = runDrill(d, ComponentId("az-b"));
    ASSERT_EQ(r.components.size(), d.components().size());
    for (size_t i = 0; i < r.components.size(); ++i)
        EXPECT_EQ(r.components[i].id, d.components()[i].id);
    ASSERT_EQ(r.connections.size(), d.connections().size());
    ASSERT_EQ(r.entryPoints.size(), 1u);
}

TEST(Drill, UnevenSpreadLosesTheShareOfTheFailedZone)
{
    Design d = designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "a", "kind": "availability-zone", "parent": "r" },
        { "id": "b", "kind": "availability-zone", "parent": "r" },
        { "id": "c", "kind": "availability-zone", "parent": "r" },
        { "id": "asg", "kind": "auto-scaling-group", "parent": "r",
          "props": { "zones": ["a", "b", "c"], "min": 1, "desired": 5, "max": 6 } },
        { "id": "svc", "kind": "container-service", "parent": "r",
          "props": { "zones": ["a", "b"], "tasks": 6 } },
        { "id": "small", "kind": "auto-scaling-group", "parent": "r",
          "props": { "zones": ["a", "b"], "min": 1, "desired": 6, "max": 3 } } ])");
    DrillResult r = runDrill(d, ComponentId("c"));
    // 5 over three zones is 2, 2, 1: zone c held one.
    EXPECT_EQ(r.outcome(ComponentId("asg"))->capacity->after, 4);
    EXPECT_EQ(r.outcome(ComponentId("asg"))->capacity->recoversTo, 5);
    EXPECT_EQ(statusOf(r, "svc"), DrillStatus::Ok);
    EXPECT_EQ(r.outcome(ComponentId("svc"))->capacity->after, 6);

    DrillResult ra = runDrill(d, ComponentId("a"));
    EXPECT_EQ(r.outcome(ComponentId("asg"))->status, DrillStatus::Degraded);
    EXPECT_EQ(ra.outcome(ComponentId("asg"))->capacity->after, 3);
    const auto* svc = ra.outcome(ComponentId("svc"));
    EXPECT_EQ(svc->status, DrillStatus::Degraded);
    EXPECT_EQ(svc->capacity->before, 6);
    EXPECT_EQ(svc->capacity->after, 3);
    EXPECT_EQ(svc->capacity->recoversTo, 6);
    // Replacements stop at max.
    EXPECT_EQ(ra.outcome(ComponentId("small"))->capacity->recoversTo, 3);

    DrillResult both = runDrill(d, {ComponentId("a"), ComponentId("b")});
    EXPECT_EQ(statusOf(both, "svc"), DrillStatus::Lost);
    EXPECT_EQ(both.outcome(ComponentId("svc"))->capacity->recoversTo, 0);
    EXPECT_EQ(statusOf(both, "asg"), DrillStatus::Degraded);
    EXPECT_EQ(both.outcome(ComponentId("asg"))->capacity->after, 1);
}

TEST(Drill, SingleInstanceFleetIsLostWithItsZone)
{
    Design d = designFromJson(kWebTier);
    DrillResult r = runDrill(d, ComponentId("az-a"));
    const auto* batch = r.outcome(ComponentId("batch"));
    EXPECT_EQ(batch->status, DrillStatus::Lost);
    ASSERT_TRUE(batch->capacity);
    EXPECT_EQ(batch->capacity->before, 1);
    EXPECT_EQ(batch->capacity->after, 0);
    EXPECT_EQ(batch->capacity->recoversTo, 0);
    EXPECT_TRUE(brokenOf(r, "c4"));
    EXPECT_FALSE(brokenOf(r, "c3"));

    DrillResult other = runDrill(d, ComponentId("az-b"));
    EXPECT_EQ(statusOf(other, "batch"), DrillStatus::Ok);
    EXPECT_EQ(other.outcome(ComponentId("batch"))->capacity->after, 1);
}

TEST(Drill, MultiAzDatabaseFailsOverAndSingleAzDatabaseIsLost)
{
    Design d = designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "a", "kind": "availability-zone", "parent": "r" },
        { "id": "b", "kind": "availability-zone", "parent": "r" },
        { "id": "multi", "kind": "rds-database", "parent": "r",
          "props": { "multiAz": true, "zones": ["a", "b"] } },
        { "id": "single", "kind": "rds-database", "parent": "r", "props": { "zones": ["a"] } },
        { "id": "singleB", "kind": "rds-database", "parent": "r", "props": { "zones": ["b"] } },
        { "id": "nowhere", "kind": "rds-database", "parent": "r" },
        { "id": "fn", "kind": "lambda-function", "parent": "r" },
        { "id": "q", "kind": "sqs-queue", "parent": "r" },
        { "id": "site", "kind": "lightsail-instance", "parent": "r" } ])");
    DrillResult r = runDrill(d, ComponentId("a"));
    EXPECT_EQ(statusOf(r, "multi"), DrillStatus::Ok);
    EXPECT_EQ(r.outcome(ComponentId("multi"))->failedOverTo, ComponentId("b"));
    EXPECT_FALSE(r.outcome(ComponentId("multi"))->capacity);
    EXPECT_EQ(statusOf(r, "single"), DrillStatus::Lost);
    EXPECT_EQ(statusOf(r, "singleB"), DrillStatus::Ok);
    EXPECT_EQ(statusOf(r, "nowhere"), DrillStatus::Lost);
    EXPECT_EQ(statusOf(r, "fn"), DrillStatus::Ok);
    EXPECT_EQ(statusOf(r, "q"), DrillStatus::Ok);
    EXPECT_EQ(statusOf(r, "site"), DrillStatus::Ok);

    DrillResult rb = runDrill(d, ComponentId("b"));
    EXPECT_EQ(statusOf(rb, "multi"), DrillStatus::Ok);
    EXPECT_TRUE(rb.outcome(ComponentId("multi"))->failedOverTo.empty()) << "the primary survived";

    DrillResult both = runDrill(d, {ComponentId("a"), ComponentId("b")});
    EXPECT_EQ(statusOf(both, "multi"), DrillStatus::Lost);
}

TEST(Drill, RegionLossLosesEverythingInside)
{
    Design d = designFromJson(kWebTier);
    DrillResult r = runDrill(d, ComponentId("use1"));
    for (const char* id : {"use1", "az-a", "az-b", "web", "alb", "batch", "db"})
        EXPECT_EQ(statusOf(r, id), DrillStatus::Lost) << id;
    EXPECT_EQ(statusOf(r, "users"), DrillStatus::Ok) << "users outside the region stay";
    EXPECT_EQ(r.outcome(ComponentId("web"))->capacity->after, 0);
    EXPECT_EQ(r.outcome(ComponentId("web"))->capacity->recoversTo, 0);
    EXPECT_FALSE(servedOf(r, "users"));
    for (const char* id : {"c1", "c2", "c3", "c4"})
        EXPECT_TRUE(brokenOf(r, id)) << id;
}

TEST(Drill, TwoRegionsKeepUsersServedThroughTheOther)
{
    Design d = designFromJson(R"("components": [
        { "id": "east", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "ea", "kind": "availability-zone", "parent": "east" },
        { "id": "eb", "kind": "availability-zone", "parent": "east" },
        { "id": "eweb", "kind": "auto-scaling-group", "parent": "east",
          "props": { "zones": ["ea", "eb"] } },
        { "id": "west", "kind": "region", "props": { "code": "eu-west-1" } },
        { "id": "wa", "kind": "availability-zone", "parent": "west" },
        { "id": "wb", "kind": "availability-zone", "parent": "west" },
        { "id": "wweb", "kind": "auto-scaling-group", "parent": "west",
          "props": { "zones": ["wa", "wb"] } },
        { "id": "users", "kind": "users" } ],
      "connections": [
        { "id": "ce", "from": "users", "to": "eweb" },
        { "id": "cw", "from": "users", "to": "wweb" } ])");
    DrillResult r = runDrill(d, ComponentId("east"));
    EXPECT_EQ(statusOf(r, "eweb"), DrillStatus::Lost);
    EXPECT_EQ(statusOf(r, "wweb"), DrillStatus::Ok);
    EXPECT_TRUE(brokenOf(r, "ce"));
    EXPECT_FALSE(brokenOf(r, "cw"));
    EXPECT_TRUE(servedOf(r, "users"));

    DrillResult zone = runDrill(d, ComponentId("ea"));
    EXPECT_EQ(statusOf(zone, "wweb"), DrillStatus::Ok) << "a zone of another region";

    DrillResult both = runDrill(d, {ComponentId("east"), ComponentId("west")});
    EXPECT_FALSE(servedOf(both, "users"));
}

TEST(Drill, LoadBalancerWithNoSurvivingTargetLeavesUsersUnserved)
{
    Design d = designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "a", "kind": "availability-zone", "parent": "r" },
        { "id": "b", "kind": "availability-zone", "parent": "r" },
        { "id": "alb", "kind": "load-balancer", "parent": "r", "props": { "zones": ["a", "b"] } },
        { "id": "app", "kind": "ec2-fleet", "parent": "a", "props": { "count": 3 } },
        { "id": "db", "kind": "rds-database", "parent": "r", "props": { "zones": ["b"] } },
        { "id": "users", "kind": "users" } ],
      "connections": [
        { "id": "c1", "from": "users", "to": "alb" },
        { "id": "c2", "from": "alb", "to": "app" },
        { "id": "c3", "from": "users", "to": "db" } ])");
    DrillResult r = runDrill(d, ComponentId("a"));
    EXPECT_EQ(statusOf(r, "alb"), DrillStatus::Degraded);
    EXPECT_EQ(statusOf(r, "app"), DrillStatus::Lost);
    EXPECT_EQ(r.outcome(ComponentId("app"))->capacity->before, 3);
    EXPECT_FALSE(brokenOf(r, "c1"));
    EXPECT_TRUE(brokenOf(r, "c2"));
    EXPECT_FALSE(servedOf(r, "users")) << "a database alone is not compute";

    DrillResult rb = runDrill(d, ComponentId("b"));
    EXPECT_TRUE(servedOf(rb, "users"));
}

TEST(Drill, PathsFollowConnectionsThroughQueuesToCompute)
{
    Design d = designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "a", "kind": "availability-zone", "parent": "r" },
        { "id": "b", "kind": "availability-zone", "parent": "r" },
        { "id": "bucket", "kind": "s3-bucket", "parent": "r" },
        { "id": "q", "kind": "sqs-queue", "parent": "r" },
        { "id": "worker", "kind": "ec2-fleet", "parent": "a", "props": { "count": 2 } },
        { "id": "users", "kind": "users" },
        { "id": "back", "kind": "users" } ],
      "connections": [
        { "id": "c1", "from": "users", "to": "bucket" },
        { "id": "c2", "from": "bucket", "to": "q" },
        { "id": "c3", "from": "q", "to": "worker" },
        { "id": "c4", "from": "worker", "to": "back" } ])");
    EXPECT_TRUE(servedOf(runDrill(d, ComponentId("b")), "users"));
    DrillResult r = runDrill(d, ComponentId("a"));
    EXPECT_FALSE(servedOf(r, "users"));
    EXPECT_FALSE(servedOf(r, "back")) << "connections are followed from -> to only";
}

TEST(Drill, WavelengthZoneLossLosesWhatRunsInIt)
{
    Design d = designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "wl1", "kind": "wavelength-zone", "parent": "r" },
        { "id": "wl2", "kind": "wavelength-zone", "parent": "r" },
        { "id": "edge1", "kind": "container-service", "parent": "wl1", "props": { "tasks": 2 } },
        { "id": "edge2", "kind": "ec2-fleet", "parent": "wl2", "props": { "count": 2 } },
        { "id": "mobile", "kind": "users", "props": { "source": "mobile" } } ],
      "connections": [
        { "id": "c1", "from": "mobile", "to": "edge1" },
        { "id": "c2", "from": "mobile", "to": "edge2" } ])");
    DrillResult r = runDrill(d, ComponentId("wl1"));
    EXPECT_EQ(statusOf(r, "edge1"), DrillStatus::Lost);
    EXPECT_EQ(r.outcome(ComponentId("edge1"))->capacity->after, 0);
    EXPECT_EQ(statusOf(r, "edge2"), DrillStatus::Ok);
    EXPECT_TRUE(servedOf(r, "mobile"));
    EXPECT_FALSE(servedOf(runDrill(d, {ComponentId("wl1"), ComponentId("wl2")}), "mobile"));
}

TEST(Drill, SpanningKindWithNoZonesIsLostWhenAZoneOfItsRegionFails)
{
    Design d = designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "a", "kind": "availability-zone", "parent": "r" },
        { "id": "asg", "kind": "auto-scaling-group", "parent": "r" },
        { "id": "r2", "kind": "region" },
        { "id": "a2", "kind": "availability-zone", "parent": "r2" } ])");
    EXPECT_EQ(statusOf(runDrill(d, ComponentId("a")), "asg"), DrillStatus::Lost);
    EXPECT_EQ(statusOf(runDrill(d, ComponentId("a2")), "asg"), DrillStatus::Ok);
}

TEST(Drill, RefusesAnUnknownIdAndAComponentThatCannotFail)
{
    Design d = designFromJson(kWebTier);
    try {
        runDrill(d, ComponentId("nope"));
        FAIL() << "an unknown id was accepted";
    } catch (const DrillError& e) {
        EXPECT_NE(std::string(e.what()).find("\"nope\""), std::string::npos) << e.what();
    }
    try {
        runDrill(d, ComponentId("web"));
        FAIL() << "an auto scaling group was failed like a zone";
    } catch (const DrillError& e) {
        EXPECT_NE(std::string(e.what()).find("auto-scaling-group"), std::string::npos);
    }
    EXPECT_THROW(runDrill(d, std::vector<ComponentId>{}), DrillError);
}

} // namespace
