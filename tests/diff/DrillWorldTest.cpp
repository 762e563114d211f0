#include "model/diff/DrillWorld.h"

#include "DiffPairs.h"
#include "model/diff/DesignLinks.h"
#include "model/drill/Drill.h"
#include "model/io/DesignReader.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace {

using namespace azimuth::model;

/// The diff drills a group's own world instead of the whole design: both must agree on
/// every zone and region, for every group of users. A drill that comes to read more of a
/// design than DrillWorld gathers fails here.
void expectWorldsAgree(const Design& design, const std::string& what)
{
    const DesignLinks links(design);
    for (const auto& target : design.components()) {
        if (!isDrillTarget(KindCatalog::builtin(), target)) continue;
        const DrillResult whole = runDrill(design, target.id);
        for (const auto& entry : whole.entryPoints) {
            const DrillWorld world(links, entry.id, KindCatalog::builtin());
            EXPECT_EQ(world.servedWhen(target.id), std::optional<bool>(entry.served))
                << what << ": " << target.id.value << " fails, " << entry.id.value;
        }
    }
}

TEST(DrillWorld, AgreesWithTheWholeDesignOnEverySample)
{
    int designs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(AZIMUTH_SAMPLES)) {
        if (entry.path().extension() != ".azimuth") continue;
        expectWorldsAgree(readDesignFile(entry.path().string()), entry.path().filename());
        ++designs;
    }
    EXPECT_GE(designs, 10);
}

TEST(DrillWorld, AgreesOnTheReviewPairs)
{
    azimuth::test::WebTier single, noAlb;
    single.webZones = R"(["az-a"])";
    noAlb.withAlb = false;
    expectWorldsAgree(azimuth::test::webTier(), "web tier");
    expectWorldsAgree(azimuth::test::webTier(single), "one zone");
    expectWorldsAgree(azimuth::test::webTier(noAlb), "no ALB");
}

TEST(DrillWorld, HoldsWhatThePathDependsOnAndNothingElse)
{
    const Design d = azimuth::test::designFromJson(R"("components": [
        { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "a", "kind": "availability-zone", "parent": "use1" },
        { "id": "b", "kind": "availability-zone", "parent": "use1" },
        { "id": "euw1", "kind": "region", "props": { "code": "eu-west-1" } },
        { "id": "e", "kind": "availability-zone", "parent": "euw1" },
        { "id": "vm", "kind": "ec2-fleet", "parent": "a" },
        { "id": "far", "kind": "ec2-fleet", "parent": "e" },
        { "id": "users", "kind": "users" } ],
      "connections": [ { "from": "users", "to": "vm" }, { "from": "vm", "to": "far" } ])");
    const DesignLinks links(d);
    const DrillWorld world(links, ComponentId("users"), KindCatalog::builtin());
    // The path stops at the first compute: the fleet in eu-west-1 is never reached.
    EXPECT_EQ(world.ids(), (std::unordered_set<std::string>{"users", "vm", "a", "use1", "b"}));
    EXPECT_EQ(world.targets(),
              (std::vector<ComponentId>{ComponentId("use1"), ComponentId("a"), ComponentId("b")}));
    EXPECT_EQ(world.servedWhen(ComponentId("a")), std::optional<bool>(false));
    EXPECT_EQ(world.servedWhen(ComponentId("b")), std::optional<bool>(true));
    // A zone outside the world is failed beside it, to no effect.
    EXPECT_EQ(world.servedWhen(ComponentId("e")), std::optional<bool>(true));
    EXPECT_EQ(world.servedWhen(ComponentId("vm")), std::nullopt);
}

} // namespace
