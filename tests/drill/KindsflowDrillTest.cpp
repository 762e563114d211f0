// Regional flow kinds in an outage drill: they have no zone of their own, so they survive
// the loss of any AZ of their Region and fail with the Region.

#include "model/drill/Drill.h"
#include "support/TestDesigns.h"

#include <gtest/gtest.h>

namespace {

using azimuth::model::ComponentId;
using azimuth::model::Design;
using azimuth::model::DrillResult;
using azimuth::model::DrillStatus;
using azimuth::model::runDrill;
using azimuth::test::designFromJson;

// Users -> Lambda -> EventBridge -> Step Functions -> Lambda; the first Lambda also writes a
// Kinesis stream that a second Lambda reads; a container service pulls from ECR. A second
// region holds a Lambda fed by its own stream.
const char* kFlow = R"(
  "components": [
    { "id": "east", "kind": "region", "props": { "code": "us-east-1" } },
    { "id": "a", "kind": "availability-zone", "parent": "east" },
    { "id": "b", "kind": "availability-zone", "parent": "east" },
    { "id": "api", "kind": "lambda-function", "parent": "east" },
    { "id": "bus", "kind": "eventbridge-bus", "parent": "east" },
    { "id": "sm", "kind": "step-functions-state-machine", "parent": "east" },
    { "id": "work", "kind": "lambda-function", "parent": "east" },
    { "id": "clicks", "kind": "kinesis-data-stream", "parent": "east" },
    { "id": "reader", "kind": "lambda-function", "parent": "east" },
    { "id": "repo", "kind": "ecr-repository", "parent": "east" },
    { "id": "svc", "kind": "container-service", "parent": "east",
      "props": { "zones": ["a", "b"], "tasks": 4 } },
    { "id": "west", "kind": "region", "props": { "code": "eu-west-1" } },
    { "id": "wa", "kind": "availability-zone", "parent": "west" },
    { "id": "wclicks", "kind": "kinesis-data-stream", "parent": "west" },
    { "id": "wreader", "kind": "lambda-function", "parent": "west" },
    { "id": "shoppers", "kind": "users" },
    { "id": "feed", "kind": "users" },
    { "id": "wfeed", "kind": "users" }
  ],
  "connections": [
    { "id": "c1", "from": "shoppers", "to": "bus" },
    { "id": "c2", "from": "bus", "to": "sm" },
    { "id": "c3", "from": "sm", "to": "work" },
    { "id": "c4", "from": "feed", "to": "clicks" },
    { "id": "c5", "from": "clicks", "to": "reader" },
    { "id": "c6", "from": "svc", "to": "repo" },
    { "id": "c7", "from": "api", "to": "bus" },
    { "id": "c8", "from": "wfeed", "to": "wclicks" },
    { "id": "c9", "from": "wclicks", "to": "wreader" }
  ])";

DrillStatus statusOf(const DrillResult& r, const char* id)
{
    const auto* o = r.outcome(ComponentId(id));
    EXPECT_NE(o, nullptr) << id;
    return o ? o->status : DrillStatus::Ok;
}

bool servedOf(const DrillResult& r, const char* id)
{
    for (const auto& e : r.entryPoints)
        if (e.id == ComponentId(id)) return e.served;
    ADD_FAILURE() << "no entry point " << id;
    return false;
}

} // namespace

TEST(FlowKindsDrill, AnAzLossLeavesRegionalServicesAndWhatTheyFeedServed)
{
    Design d = designFromJson(kFlow);
    for (const char* zone : {"a", "b"}) {
        DrillResult r = runDrill(d, ComponentId(zone));
        for (const char* id : {"bus", "sm", "clicks", "repo", "api", "work", "reader"})
            EXPECT_EQ(statusOf(r, id), DrillStatus::Ok) << id << " when " << zone << " fails";
        EXPECT_EQ(statusOf(r, "svc"), DrillStatus::Degraded) << "the service spans the zones";
        EXPECT_TRUE(servedOf(r, "feed")) << "a Lambda fed by Kinesis still runs";
        EXPECT_TRUE(servedOf(r, "shoppers")) << "EventBridge -> Step Functions -> Lambda";
    }
}

TEST(FlowKindsDrill, ARegionLossTakesThemAndLeavesTheOtherRegionServing)
{
    Design d = designFromJson(kFlow);
    DrillResult r = runDrill(d, ComponentId("east"));
    for (const char* id : {"bus", "sm", "clicks", "repo", "reader", "work", "svc"})
        EXPECT_EQ(statusOf(r, id), DrillStatus::Lost) << id;
    EXPECT_FALSE(servedOf(r, "feed")) << "the stream went with its region";
    EXPECT_FALSE(servedOf(r, "shoppers"));
    EXPECT_EQ(statusOf(r, "wclicks"), DrillStatus::Ok);
    EXPECT_TRUE(servedOf(r, "wfeed")) << "the other region's stream and reader";

    DrillResult west = runDrill(d, ComponentId("west"));
    EXPECT_EQ(statusOf(west, "wclicks"), DrillStatus::Lost);
    EXPECT_FALSE(servedOf(west, "wfeed"));
    EXPECT_TRUE(servedOf(west, "feed"));
}

TEST(FlowKindsDrill, AZoneOfTheRegionIsNotAZoneOfTheStreamEvenInsideAVpc)
{
    // Drawn inside a VPC, a stream is still regional: losing the VPC's zone leaves it.
    Design d = designFromJson(R"("components": [
        { "id": "r", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "v", "kind": "vpc", "parent": "r" },
        { "id": "a", "kind": "availability-zone", "parent": "v" },
        { "id": "s", "kind": "kinesis-data-stream", "parent": "v" },
        { "id": "fn", "kind": "lambda-function", "parent": "v" },
        { "id": "u", "kind": "users" } ],
      "connections": [ { "id": "c1", "from": "u", "to": "s" },
                       { "id": "c2", "from": "s", "to": "fn" } ])");
    DrillResult zone = runDrill(d, ComponentId("a"));
    EXPECT_EQ(statusOf(zone, "s"), DrillStatus::Ok);
    EXPECT_TRUE(servedOf(zone, "u"));
    DrillResult region = runDrill(d, ComponentId("r"));
    EXPECT_EQ(statusOf(region, "s"), DrillStatus::Lost);
    EXPECT_FALSE(servedOf(region, "u"));
}
