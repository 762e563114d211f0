// Arrows routed around obstacles: only right angles, never through an icon or a label,
// beside an earlier arrow rather than on it, with a label where nothing else is.

#include "model/layout/OrthogonalRouter.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

/// Ports of a box: the middle of each side.
std::vector<Port> sides(const Geometry& b)
{
    return {{{b.x + b.w, b.y + b.h / 2}, Side::Right},
            {{b.x, b.y + b.h / 2}, Side::Left},
            {{b.x + b.w / 2, b.y + b.h}, Side::Bottom},
            {{b.x + b.w / 2, b.y}, Side::Top}};
}

bool orthogonal(const std::vector<RoutePoint>& pts)
{
    for (size_t i = 0; i + 1 < pts.size(); ++i)
        if (pts[i].x != pts[i + 1].x && pts[i].y != pts[i + 1].y) return false;
    return true;
}

bool crossesInside(const RoutePoint& a, const RoutePoint& b, const Geometry& r)
{
    const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
    const double y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    return x0 < r.x + r.w && x1 > r.x && y0 < r.y + r.h && y1 > r.y;
}

bool clearOf(const std::vector<RoutePoint>& pts, const Geometry& r)
{
    for (size_t i = 0; i + 1 < pts.size(); ++i)
        if (crossesInside(pts[i], pts[i + 1], r)) return false;
    return true;
}

} // namespace

TEST(OrthogonalRouter, GoesAroundWhatStandsBetween)
{
    OrthogonalRouter router;
    const Geometry a{0, 0, 40, 40}, b{400, 0, 40, 40}, wall{180, -60, 60, 160};
    router.setObstacles("a", {a});
    router.setObstacles("b", {b});
    router.setObstacles("wall", {wall});
    const Route r = router.route("c1", sides(a), sides(b));
    ASSERT_GE(r.points.size(), 2u);
    EXPECT_TRUE(orthogonal(r.points));
    EXPECT_TRUE(clearOf(r.points, wall));
    EXPECT_LE(r.points.size(), 6u); // around the wall: four bends at most
}

TEST(OrthogonalRouter, AStraightLineWhenNothingIsInTheWay)
{
    OrthogonalRouter router;
    const Geometry a{0, 0, 40, 40}, b{400, 0, 40, 40};
    router.setObstacles("a", {a});
    router.setObstacles("b", {b});
    const Route r = router.route("c1", sides(a), sides(b));
    ASSERT_EQ(r.points.size(), 2u);
    EXPECT_EQ(r.points.front(), (RoutePoint{40, 20}));
    EXPECT_EQ(r.points.back(), (RoutePoint{400, 20}));
}

TEST(OrthogonalRouter, ParallelArrowsRunInSeparateLanes)
{
    OrthogonalRouter router;
    // Two sources above, two targets below: both arrows would take the same vertical.
    const Geometry s1{0, 0, 40, 40}, s2{0, 200, 40, 40}, t1{400, 0, 40, 40}, t2{400, 200, 40, 40};
    const Geometry block{100, -200, 200, 180}, block2{100, 260, 200, 180};
    for (const auto& [name, g] : std::vector<std::pair<std::string, Geometry>>{
             {"s1", s1}, {"s2", s2}, {"t1", t1}, {"t2", t2}, {"x", block}, {"y", block2}})
        router.setObstacles(name, {g});
    const Route r1 = router.route("c1", sides(s1), sides(t2));
    const Route r2 = router.route("c2", sides(s2), sides(t1));
    // No stretch of one lies on a stretch of the other.
    for (size_t i = 0; i + 1 < r1.points.size(); ++i)
        for (size_t j = 0; j + 1 < r2.points.size(); ++j) {
            const RoutePoint a = r1.points[i], b = r1.points[i + 1];
            const RoutePoint c = r2.points[j], d = r2.points[j + 1];
            if (a.x == b.x && c.x == d.x && a.x == c.x) {
                const double overlap = std::min(std::max(a.y, b.y), std::max(c.y, d.y)) -
                                       std::max(std::min(a.y, b.y), std::min(c.y, d.y));
                EXPECT_LE(overlap, 0) << "both run along x = " << a.x;
            }
            if (a.y == b.y && c.y == d.y && a.y == c.y) {
                const double overlap = std::min(std::max(a.x, b.x), std::max(c.x, d.x)) -
                                       std::max(std::min(a.x, b.x), std::min(c.x, d.x));
                EXPECT_LE(overlap, 0) << "both run along y = " << a.y;
            }
        }
}

TEST(OrthogonalRouter, LabelsGoWhereNothingElseIs)
{
    OrthogonalRouter router;
    const Geometry a{0, 0, 40, 40}, b{300, 0, 40, 40}, c{0, 200, 40, 40}, d{300, 200, 40, 40};
    for (const auto& [name, g] :
         std::vector<std::pair<std::string, Geometry>>{{"a", a}, {"b", b}, {"c", c}, {"d", d}})
        router.setObstacles(name, {g});
    const Route r1 = router.route("c1", sides(a), sides(b), 60, 16);
    const Route r2 = router.route("c2", sides(c), sides(d), 60, 16);
    ASSERT_TRUE(r1.label && r2.label);
    for (const Route* r : {&r1, &r2}) {
        for (const Geometry& g : {a, b, c, d})
            EXPECT_FALSE(crossesInside({r->label->x, r->label->y},
                                       {r->label->x + r->label->w, r->label->y + r->label->h}, g));
        EXPECT_TRUE(clearOf(r1.points, *r->label));
        EXPECT_TRUE(clearOf(r2.points, *r->label));
    }
    // A later arrow keeps clear of an earlier one's label.
    const Route r3 = router.route("c3", sides(a), sides(d));
    EXPECT_TRUE(clearOf(r3.points, *r1.label));
    EXPECT_TRUE(clearOf(r3.points, *r2.label));
}

TEST(OrthogonalRouter, SameRequestsSameRoutes)
{
    auto run = [] {
        OrthogonalRouter router;
        const Geometry a{0, 0, 40, 40}, b{400, 160, 40, 40}, wall{180, 0, 60, 160};
        router.setObstacles("a", {a});
        router.setObstacles("b", {b});
        router.setObstacles("wall", {wall});
        std::vector<Route> out;
        for (int i = 0; i < 4; ++i)
            out.push_back(router.route("c" + std::to_string(i), sides(a), sides(b), 40, 14));
        return out;
    };
    const auto first = run(), second = run();
    for (size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].points, second[i].points);
        EXPECT_EQ(first[i].label, second[i].label);
    }
}

TEST(OrthogonalRouter, ForgottenRoutesAndObstaclesNoLongerCount)
{
    OrthogonalRouter router;
    const Geometry a{0, 0, 40, 40}, b{400, 0, 40, 40}, wall{180, -60, 60, 160};
    router.setObstacles("a", {a});
    router.setObstacles("b", {b});
    router.setObstacles("wall", {wall});
    EXPECT_GT(router.route("c1", sides(a), sides(b)).points.size(), 2u);
    router.setObstacles("wall", {});
    EXPECT_EQ(router.route("c1", sides(a), sides(b)).points.size(), 2u);
}
