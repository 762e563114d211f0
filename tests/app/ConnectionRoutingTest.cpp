// Arrows on the canvas as a new user draws them: a chain from the users down to the
// database, one component under another, must not run through the boxes between, must not
// share a line, and labels grow with presentation mode's text.

#include "GuiHarness.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/ConnectionItem.h"

#include <gtest/gtest.h>

using namespace azimuth;
using guitest::windowWith;

namespace {

// One column: users, load balancer, Auto Scaling group, database; arrows skip levels too.
const char* kColumn = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "u", "kind": "users", "name": "Users", "geometry": { "x": 200, "y": 0, "w": 144, "h": 88 } },
    { "id": "r1", "kind": "region", "name": "Main", "geometry": { "x": 0, "y": 140, "w": 600, "h": 520 } },
    { "id": "lb", "kind": "load-balancer", "parent": "r1", "name": "Web LB", "geometry": { "x": 200, "y": 48, "w": 144, "h": 88 } },
    { "id": "asg", "kind": "auto-scaling-group", "parent": "r1", "name": "Web servers", "geometry": { "x": 200, "y": 200, "w": 144, "h": 88 } },
    { "id": "db", "kind": "rds-database", "parent": "r1", "name": "Orders", "geometry": { "x": 200, "y": 360, "w": 144, "h": 88 } }
  ],
  "connections": [
    { "id": "c1", "from": "u", "to": "lb", "label": "HTTPS" },
    { "id": "c2", "from": "lb", "to": "asg" },
    { "id": "c3", "from": "asg", "to": "db", "label": "SQL" },
    { "id": "c4", "from": "u", "to": "asg", "label": "admin" },
    { "id": "c5", "from": "lb", "to": "db" }
  ]
})";

const std::vector<std::string> kIds = {"u", "lb", "asg", "db"};
const std::vector<std::string> kConnections = {"c1", "c2", "c3", "c4", "c5"};

views::ConnectionItem* connection(app::MainWindow& w, const std::string& id)
{
    return w.scene()->connectionItem(model::ConnectionId{id});
}

bool segmentThrough(QPointF a, QPointF b, const QRectF& r)
{
    const QRectF seg = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
    return seg.intersects(r.adjusted(1, 1, -1, -1));
}

} // namespace

TEST(ConnectionRouting, ArrowsGoAroundTheBoxesBetweenTheirEnds)
{
    auto w = windowWith(kColumn);
    for (const auto& cid : kConnections) {
        auto* c = connection(*w, cid);
        ASSERT_NE(c, nullptr);
        const auto pts = c->points();
        const model::Connection* m = w->controller().design().connection(model::ConnectionId{cid});
        for (const auto& id : kIds) {
            if (id == m->from.value || id == m->to.value) continue;
            for (const auto& g : guitest::item(*w, id.c_str())->obstacles())
                for (int i = 0; i + 1 < pts.size(); ++i)
                    EXPECT_FALSE(segmentThrough(pts[i], pts[i + 1], QRectF(g.x, g.y, g.w, g.h)))
                        << cid << " runs through " << id;
        }
        for (int i = 0; i + 1 < pts.size(); ++i)
            EXPECT_TRUE(pts[i].x() == pts[i + 1].x() || pts[i].y() == pts[i + 1].y()) << cid;
    }
}

TEST(ConnectionRouting, NoTwoArrowsShareALine)
{
    auto w = windowWith(kColumn);
    for (size_t i = 0; i < kConnections.size(); ++i)
        for (size_t j = i + 1; j < kConnections.size(); ++j) {
            const auto a = connection(*w, kConnections[i])->points();
            const auto b = connection(*w, kConnections[j])->points();
            for (int p = 1; p + 2 < a.size(); ++p) // inner stretches: ends may meet at a port
                for (int q = 1; q + 2 < b.size(); ++q) {
                    const QLineF s(a[p], a[p + 1]), t(b[q], b[q + 1]);
                    const bool vertical = s.x1() == s.x2() && t.x1() == t.x2() && s.x1() == t.x1();
                    const bool horizontal =
                        s.y1() == s.y2() && t.y1() == t.y2() && s.y1() == t.y1();
                    if (!vertical && !horizontal) continue;
                    const QRectF rs = QRectF(s.p1(), s.p2()).normalized();
                    const QRectF rt = QRectF(t.p1(), t.p2()).normalized();
                    const double overlap =
                        vertical
                            ? std::min(rs.bottom(), rt.bottom()) - std::max(rs.top(), rt.top())
                            : std::min(rs.right(), rt.right()) - std::max(rs.left(), rt.left());
                    EXPECT_LE(overlap, 0)
                        << kConnections[i] << " and " << kConnections[j] << " run on one line";
                }
        }
}

TEST(ConnectionRouting, PresentationLabelsGrowWithTheText)
{
    auto w = windowWith(kColumn);
    const QRectF before = connection(*w, "c4")->labelBox();
    ASSERT_FALSE(before.isEmpty());
    w->scene()->setTheme(views::CanvasTheme::presentation(w->scene()->theme()));
    const QRectF after = connection(*w, "c4")->labelBox();
    EXPECT_GT(after.width(), before.width());
    EXPECT_GT(after.height(), before.height());
    // Still where nothing else is.
    for (const auto& id : kIds)
        for (const auto& g : guitest::item(*w, id.c_str())->obstacles())
            EXPECT_FALSE(after.intersects(QRectF(g.x, g.y, g.w, g.h))) << id;
}
