#include "model/rules/IncrementalChecker.h"

#include "RuleTestSupport.h"
#include "model/controller/DocumentController.h"
#include "model/io/DesignReader.h"

#include <gtest/gtest.h>
#include <random>

using namespace azimuth;
using namespace azimuth::test;
using model::ComponentId;
using model::ConnectionId;
using model::Json;

namespace {

/// A controller on a design and a checker that listens to it.
struct Live
{
    model::DocumentController ctrl;
    model::IncrementalChecker checker{model::PriceCatalog::builtin()};

    explicit Live(model::Design d)
    {
        ctrl.setCheckInvariants(true);
        ctrl.reset(std::move(d));
        ctrl.addObserver(&checker);
        checker.update(ctrl.design());
    }
    ~Live() { ctrl.removeObserver(&checker); }

    /// The incremental result must equal a full check of the same design.
    void expectUpToDate(const char* step)
    {
        SCOPED_TRACE(step);
        const auto& incremental = checker.update(ctrl.design());
        EXPECT_EQ(incremental, check(ctrl.design()));
    }
};

model::Design webDesign()
{
    return regionDesign(
        R"({"id":"u","kind":"users"},
           {"id":"alb","kind":"load-balancer","parent":"use1","props":{"zones":["az-a","az-b"]}},
           {"id":"web","kind":"auto-scaling-group","parent":"use1","name":"Web",
            "props":{"zones":["az-a","az-b"],"min":2,"desired":4,"max":8}},
           {"id":"vm","kind":"ec2-fleet","parent":"az-c","name":"Admin"},
           {"id":"q","kind":"sqs-queue","parent":"use1"},
           {"id":"fn","kind":"lambda-function","parent":"use1"},
           {"id":"db","kind":"rds-database","parent":"use1","props":{"zones":["az-a"]}})",
        R"({"id":"c1","from":"u","to":"alb"},{"id":"c2","from":"alb","to":"web"},
           {"id":"c3","from":"web","to":"db"},{"id":"c4","from":"web","to":"q"},
           {"id":"c5","from":"q","to":"fn"},{"id":"c6","from":"u","to":"vm"},
           {"id":"c7","from":"fn","to":"vm"})");
}

} // namespace

TEST(IncrementalChecker, FirstUpdateIsAFullCheck)
{
    Live live(webDesign());
    EXPECT_EQ(live.checker.findings(), check(live.ctrl.design()));
    EXPECT_FALSE(live.checker.findings().empty());
}

TEST(IncrementalChecker, PropertyEditsMatchAFullCheck)
{
    Live live(webDesign());
    live.ctrl.setProperty(ComponentId("web"), "zones", Json(Json::Array{Json("az-a")}));
    live.expectUpToDate("group down to one zone: the ALB's targets and the Region change too");
    live.ctrl.setName(ComponentId("az-a"), std::string("Zone A renamed"));
    live.expectUpToDate("a zone renamed: messages that name it");
    live.ctrl.setName(ComponentId("web"), std::string("Front end"));
    live.expectUpToDate("a target renamed: the load balancer's message names it");
    live.ctrl.setProperty(ComponentId("vm"), "count", Json(2));
    live.expectUpToDate("fleet count");
    live.ctrl.setProperty(ComponentId("vm"), "count", Json("lots"));
    live.expectUpToDate("a wrong type");
    live.ctrl.setProperty(ComponentId("fn"), "timeoutSec", Json(2000));
    live.expectUpToDate("lambda timeout");
    live.ctrl.setProperty(ComponentId("use1"), "code", Json("eu-west-1"));
    live.expectUpToDate("region code: the price table of everything in it");
    live.ctrl.setConnectionMode(ConnectionId("c7"), std::string("async"));
    live.expectUpToDate("a connection's mode");
    live.ctrl.setProperty(ComponentId("web"), "zones", Json());
    live.expectUpToDate("back to the default zones");
}

TEST(IncrementalChecker, StructuralEditsRecheckEverything)
{
    Live live(webDesign());
    model::Component queue;
    queue.id = ComponentId("q2");
    queue.kind = "sqs-queue";
    queue.parent = ComponentId("use1");
    ASSERT_TRUE(live.ctrl.addComponent(queue));
    live.expectUpToDate("added a queue");
    ASSERT_TRUE(live.ctrl.reparent(ComponentId("vm"), ComponentId("az-a"), std::nullopt));
    live.expectUpToDate("moved the fleet");
    model::Connection c;
    c.from = ComponentId("fn");
    c.to = ComponentId("q2");
    ASSERT_TRUE(live.ctrl.addConnection(c));
    live.expectUpToDate("connected the queue");
    live.ctrl.removeComponents({ComponentId("az-b")});
    live.expectUpToDate("removed a zone");
    auto settings = live.ctrl.design().settings;
    settings.termMonths = 6;
    live.ctrl.setSettings(settings);
    live.expectUpToDate("settings");
}

TEST(IncrementalChecker, RandomPropertyEditsStayEqualToAFullCheck)
{
    Live live(webDesign());
    std::mt19937 rng(7);
    const std::vector<std::string> ids = {"alb", "web", "vm", "q", "fn", "db", "az-a", "use1"};
    const std::vector<std::pair<std::string, Json>> edits = {
        {"zones", Json(Json::Array{Json("az-a")})},
        {"zones", Json(Json::Array{Json("az-b"), Json("az-c")})},
        {"count", Json(1)},
        {"desired", Json(1)},
        {"min", Json(3)},
        {"type", Json("network")},
        {"multiAz", Json(true)},
        {"pricing", Json("spot")},
        {"avgDurationMs", Json(10000)},
        {"code", Json("ap-southeast-1")},
    };
    for (int step = 0; step < 200; ++step) {
        const std::string& id = ids[rng() % ids.size()];
        if (rng() % 4 == 0) {
            live.ctrl.setName(ComponentId(id), "n" + std::to_string(step));
        } else {
            const auto& [name, value] = edits[rng() % edits.size()];
            live.ctrl.setProperty(ComponentId(id), name, value);
        }
        if (rng() % 3 == 0) continue; // several edits before one update
        ASSERT_EQ(live.checker.update(live.ctrl.design()), check(live.ctrl.design()))
            << "step " << step << " editing " << id;
    }
}
