#include "model/drill/DrillReport.h"

#include "model/core/Json.h"
#include "model/drill/Drill.h"
#include "support/TestDesigns.h"

#include <gtest/gtest.h>

namespace {

using azimuth::model::ComponentId;
using azimuth::model::parseJson;
using azimuth::test::designFromJson;

const char* kDesign = R"("components": [
    { "id": "use1", "kind": "region" },
    { "id": "use1-a", "kind": "availability-zone", "parent": "use1", "name": "us-east-1a" },
    { "id": "use1-b", "kind": "availability-zone", "parent": "use1", "name": "us-east-1b" },
    { "id": "web", "kind": "auto-scaling-group", "parent": "use1", "name": "Web servers",
      "props": { "zones": ["use1-a", "use1-b"], "min": 2, "desired": 4, "max": 8 } },
    { "id": "cron", "kind": "ec2-fleet", "parent": "use1-a", "name": "Cron box" },
    { "id": "users", "kind": "users", "name": "Customers" } ],
  "connections": [
    { "id": "c1", "from": "users", "to": "web" },
    { "id": "c2", "from": "cron", "to": "web" } ])";

TEST(DrillReport, JsonHasTheShapeOfTheSpec)
{
    auto d = designFromJson(kDesign);
    auto json = parseJson(azimuth::model::drillJson(runDrill(d, ComponentId("use1-a"))));
    ASSERT_TRUE(json.isObject());
    ASSERT_EQ(json.asObject().size(), 4u);
    EXPECT_EQ(json.asObject()[0].key, "failed");
    EXPECT_EQ(json.find("failed")->asString(), "use1-a");
    const auto& comps = json.find("components")->asArray();
    ASSERT_EQ(comps.size(), 6u);
    EXPECT_EQ(comps[0].find("id")->asString(), "use1");
    EXPECT_EQ(comps[0].find("capacityBefore"), nullptr) << "no capacity for a region";
    const auto& web = comps[3];
    EXPECT_EQ(web.find("id")->asString(), "web");
    EXPECT_EQ(web.find("status")->asString(), "degraded");
    EXPECT_EQ(web.find("capacityBefore")->asNumber(), 4);
    EXPECT_EQ(web.find("capacityAfter")->asNumber(), 2);
    EXPECT_EQ(web.find("recoversTo")->asNumber(), 4);
    EXPECT_EQ(comps[4].find("status")->asString(), "lost");
    const auto& conns = json.find("connections")->asArray();
    ASSERT_EQ(conns.size(), 2u);
    EXPECT_FALSE(conns[0].find("broken")->asBool());
    EXPECT_TRUE(conns[1].find("broken")->asBool());
    const auto& entries = json.find("entryPoints")->asArray();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].find("id")->asString(), "users");
    EXPECT_TRUE(entries[0].find("served")->asBool());
}

TEST(DrillReport, SeveralFailuresAreListed)
{
    auto d = designFromJson(kDesign);
    auto json = parseJson(
        azimuth::model::drillJson(runDrill(d, {ComponentId("use1-a"), ComponentId("use1-b")})));
    const auto& failed = json.find("failed")->asArray();
    ASSERT_EQ(failed.size(), 2u);
    EXPECT_EQ(failed[1].asString(), "use1-b");
    EXPECT_FALSE(json.find("entryPoints")->asArray()[0].find("served")->asBool());
}

TEST(DrillReport, NarrativeTellsWhatFailsAndWhetherUsersAreServed)
{
    auto d = designFromJson(kDesign);
    std::string text = azimuth::model::drillNarrative(d, runDrill(d, ComponentId("use1-a")));
    EXPECT_EQ(text.rfind("us-east-1a fails.\n", 0), 0u) << text;
    EXPECT_NE(text.find("Lost: Cron box (1 instance).\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Degraded: Web servers 2/4 instances, recovering to 4.\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Broken connections: Cron box -> Web servers.\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Customers are still served.\n"), std::string::npos) << text;

    std::string region = azimuth::model::drillNarrative(d, runDrill(d, ComponentId("use1")));
    EXPECT_NE(region.find("Customers are no longer served"), std::string::npos) << region;
}

} // namespace
