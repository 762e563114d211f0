// The grid that arrow routing and drop targets ask "what is near here": every entry whose
// rectangle meets the area, once each, following entries as they move and go.

#include "views/canvas/SpatialGrid.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

using azimuth::views::SpatialGrid;

namespace {
struct Box
{
    int id;
};

std::vector<int> near(const SpatialGrid<Box>& grid, const QRectF& area)
{
    std::vector<int> out;
    grid.forEachNear(area, [&](Box* b, const QRectF&) { out.push_back(b->id); });
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

TEST(SpatialGrid, FindsWhatMeetsTheAreaOnceEvenAcrossManyCells)
{
    SpatialGrid<Box> grid(100);
    Box small{1}, wide{2}, far{3};
    grid.place(&small, QRectF(10, 10, 20, 20));
    grid.place(&wide, QRectF(-250, 50, 700, 30)); // spans eight cells
    grid.place(&far, QRectF(5000, 5000, 10, 10));
    EXPECT_EQ(near(grid, QRectF(0, 0, 400, 400)), (std::vector<int>{1, 2}));
    EXPECT_EQ(near(grid, QRectF(300, 60, 10, 10)), (std::vector<int>{2}));
    // Same cell, but the rectangles do not meet.
    EXPECT_EQ(near(grid, QRectF(50, 10, 10, 10)), (std::vector<int>{}));
    EXPECT_EQ(near(grid, QRectF(4990, 4990, 30, 30)), (std::vector<int>{3}));
}

TEST(SpatialGrid, FollowsAMoveAndForgetsWhatIsRemovedOrEmptied)
{
    SpatialGrid<Box> grid(100);
    Box a{1}, b{2};
    grid.place(&a, QRectF(10, 10, 20, 20));
    grid.place(&b, QRectF(20, 20, 20, 20));
    grid.place(&a, QRectF(810, 810, 20, 20)); // to other cells
    EXPECT_EQ(near(grid, QRectF(0, 0, 100, 100)), (std::vector<int>{2}));
    EXPECT_EQ(near(grid, QRectF(800, 800, 50, 50)), (std::vector<int>{1}));
    grid.place(&a, QRectF(820, 820, 5, 5)); // within the same cells: the rect still updates
    EXPECT_EQ(near(grid, QRectF(810, 810, 5, 5)), (std::vector<int>{}));
    grid.remove(&b);
    EXPECT_EQ(near(grid, QRectF(0, 0, 100, 100)), (std::vector<int>{}));
    grid.place(&a, QRectF()); // an empty rect takes it out
    EXPECT_EQ(near(grid, QRectF(0, 0, 2000, 2000)), (std::vector<int>{}));
}
