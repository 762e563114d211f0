// A design with more arrows than the scene routes at once opens with straight arrows and
// routes the rest from the event loop; what it ends with is what routing it all at once
// draws, and an export never sees a straight arrow.

#include "model/io/DesignReader.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/ConnectionItem.h"
#include "views/core/ModelSignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace azimuth;

namespace {

/// A region with an AZ of `n` fleets and `n` queues, each fleet sending to two queues.
std::string manyArrows(int n)
{
    std::string components = R"({ "id": "r1", "kind": "region", "name": "Main" },
      { "id": "az-a", "kind": "availability-zone", "parent": "r1" })";
    std::string connections;
    for (int i = 0; i < n; ++i) {
        const std::string k = std::to_string(i);
        components += R"(, { "id": "f)" + k +
                      R"(", "kind": "ec2-fleet", "parent": "az-a", "name": "Web )" + k + R"(" })";
        components += R"(, { "id": "q)" + k +
                      R"(", "kind": "sqs-queue", "parent": "r1", "name": "Jobs )" + k + R"(" })";
        for (int j : {i, (i + 1) % n}) {
            if (!connections.empty()) connections += ", ";
            connections += R"({ "id": "c)" + k + "-" + std::to_string(j) + R"(", "from": "f)" + k +
                           R"(", "to": "q)" + std::to_string(j) + R"(", "label": "jobs" })";
        }
    }
    return R"({ "format": "azimuth", "version": 1, "components": [ )" + components +
           R"( ], "connections": [ )" + connections + " ] }";
}

struct Fixture
{
    model::DocumentController controller;
    views::ModelSignals relay{controller};

    explicit Fixture(int n) { controller.reset(model::readDesign(manyArrows(n), "many.azimuth")); }
};

std::vector<QVector<QPointF>> routesOf(const views::CanvasScene& scene, const model::Design& design)
{
    std::vector<QVector<QPointF>> out;
    for (const auto& c : design.connections())
        out.push_back(scene.connectionItem(c.id)->points());
    return out;
}

} // namespace

TEST(ProgressiveRouting, OpensWithStraightArrowsAndRoutesTheRestLikeAllAtOnce)
{
    Fixture f(60); // 120 arrows, more than are routed at once
    const auto& connections = f.controller.design().connections();
    ASSERT_GT(connections.size(), views::CanvasScene::kRoutedAtOnce);

    views::CanvasScene progressive(f.relay);
    QSignalSpy routed(&progressive, &views::CanvasScene::routed);
    progressive.ensureLayout();
    ASSERT_TRUE(progressive.routingPending());
    EXPECT_EQ(routed.count(), 0);
    // Waiting: two points, border to border, and no label yet.
    const views::ConnectionItem* last = progressive.connectionItem(connections.back().id);
    EXPECT_EQ(last->points().size(), 2);
    EXPECT_TRUE(last->labelBox().isEmpty());

    QElapsedTimer clock;
    clock.start();
    while (progressive.routingPending() && clock.elapsed() < 120000)
        QCoreApplication::processEvents();
    ASSERT_FALSE(progressive.routingPending());
    EXPECT_EQ(routed.count(), 1);
    EXPECT_FALSE(last->labelBox().isEmpty());

    views::CanvasScene atOnce(f.relay);
    atOnce.finishRouting();
    EXPECT_FALSE(atOnce.routingPending());
    EXPECT_EQ(routesOf(progressive, f.controller.design()),
              routesOf(atOnce, f.controller.design()));
}

TEST(ProgressiveRouting, ASmallDesignIsRoutedBeforeTheSceneIsShown)
{
    Fixture f(10); // 20 arrows
    views::CanvasScene scene(f.relay);
    scene.ensureLayout();
    EXPECT_FALSE(scene.routingPending());
    for (const auto& c : f.controller.design().connections())
        EXPECT_FALSE(scene.connectionItem(c.id)->labelBox().isEmpty()) << c.id.value;
}
