// Arrange > Tidy on the real window: one undoable step that lays the design out afresh,
// or only the selection while everything else stays where it was put.

#include "GuiHarness.h"
#include "views/canvas/ConnectionItem.h"

#include <QAction>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::text;
using guitest::windowWith;

namespace {

// Hand-placed, badly: the queue on top of the region's title, the table far off.
const char* kMessy = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "name": "Main", "geometry": { "x": 0, "y": 0, "w": 900, "h": 500 } },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1", "name": "us-east-1a", "geometry": { "x": 400, "y": 40, "w": 208, "h": 200 } },
    { "id": "az-b", "kind": "availability-zone", "parent": "r1", "name": "us-east-1b", "geometry": { "x": 16, "y": 260, "w": 208, "h": 200 } },
    { "id": "f1", "kind": "ec2-fleet", "parent": "az-a", "name": "Web A", "geometry": { "x": 40, "y": 60, "w": 144, "h": 88 } },
    { "id": "f2", "kind": "ec2-fleet", "parent": "az-b", "name": "Web B", "geometry": { "x": 16, "y": 90, "w": 144, "h": 88 } },
    { "id": "q1", "kind": "sqs-queue", "parent": "r1", "name": "Jobs", "geometry": { "x": 8, "y": 8, "w": 144, "h": 88 } },
    { "id": "t1", "kind": "dynamodb-table", "parent": "r1", "name": "Sessions", "geometry": { "x": 700, "y": 380, "w": 144, "h": 88 } }
  ],
  "connections": [ { "id": "c1", "from": "f1", "to": "q1", "label": "jobs" } ]
})";

QAction* tidyAction(app::MainWindow& w)
{
    return w.findChild<QAction*>("tidy");
}

model::Geometry geometryOf(app::MainWindow& w, const char* id)
{
    return *w.controller().design().component(model::ComponentId{id})->geometry;
}

} // namespace

TEST(Tidy, WholeDesignIsOneUndoableStepThatLinesZonesUp)
{
    auto w = windowWith(kMessy);
    ASSERT_NE(tidyAction(*w), nullptr);
    const std::string before = text(*w);
    const int steps = w->undoStack()->count();
    tidyAction(*w)->trigger();
    w->scene()->ensureLayout();
    EXPECT_EQ(w->undoStack()->count(), steps + 1);
    EXPECT_NE(text(*w), before);
    // Zones side by side at one height, the fleets in them lined up.
    EXPECT_EQ(geometryOf(*w, "az-a").y, geometryOf(*w, "az-b").y);
    EXPECT_LT(geometryOf(*w, "az-a").x, geometryOf(*w, "az-b").x);
    EXPECT_EQ(geometryOf(*w, "f1").y, geometryOf(*w, "f2").y);
    // The queue no longer sits over the region's title, and is beside the zones.
    EXPECT_GE(geometryOf(*w, "q1").y, model::LayoutMetrics::header);
    EXPECT_GE(geometryOf(*w, "q1").x, geometryOf(*w, "az-b").x + geometryOf(*w, "az-b").w);
    // A second tidy has nothing to do.
    tidyAction(*w)->trigger();
    EXPECT_EQ(w->undoStack()->count(), steps + 1);
    w->undoStack()->undo();
    EXPECT_EQ(text(*w), before);
    w->undoStack()->redo();
    EXPECT_NE(text(*w), before);
}

TEST(Tidy, SelectionOnlyMovesWhatIsSelectedAndWhatItHolds)
{
    auto w = windowWith(kMessy);
    const model::Geometry tableBefore = geometryOf(*w, "t1");
    const model::Geometry queueBefore = geometryOf(*w, "q1");
    const model::Geometry zoneBefore = geometryOf(*w, "az-a");
    w->scene()->selectComponents({model::ComponentId{"az-b"}});
    tidyAction(*w)->trigger();
    w->scene()->ensureLayout();
    EXPECT_EQ(geometryOf(*w, "t1"), tableBefore);
    EXPECT_EQ(geometryOf(*w, "q1"), queueBefore);
    EXPECT_EQ(geometryOf(*w, "az-a"), zoneBefore);
    // The selected zone and its fleet were laid out again, clear of what stayed.
    EXPECT_NE(geometryOf(*w, "f2").y, 90);
}

TEST(Tidy, ArrowsAfterTidyMissEveryIcon)
{
    auto w = windowWith(kMessy);
    tidyAction(*w)->trigger();
    w->scene()->ensureLayout();
    auto* c = w->scene()->connectionItem(model::ConnectionId{"c1"});
    ASSERT_NE(c, nullptr);
    const auto pts = c->points();
    ASSERT_GE(pts.size(), 2);
    for (int i = 0; i + 1 < pts.size(); ++i)
        EXPECT_TRUE(pts[i].x() == pts[i + 1].x() || pts[i].y() == pts[i + 1].y());
    for (const char* id : {"f2", "t1"})
        for (const auto& g : guitest::item(*w, id)->obstacles())
            for (int i = 0; i + 1 < pts.size(); ++i)
                EXPECT_FALSE(QRectF(pts[i], pts[i + 1])
                                 .normalized()
                                 .adjusted(-0.5, -0.5, 0.5, 0.5)
                                 .intersects(QRectF(g.x + 1, g.y + 1, g.w - 2, g.h - 2)))
                    << id;
}
