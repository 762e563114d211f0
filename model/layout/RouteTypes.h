#pragma once
// The vocabulary of connection routing: points, the sides an arrow leaves or enters by,
// and the finished route with its label's box. Qt-free.

#include "model/core/Geometry.h"

#include <optional>
#include <vector>

namespace azimuth::model {

struct RoutePoint
{
    double x = 0;
    double y = 0;
    friend bool operator==(const RoutePoint&, const RoutePoint&) = default;
};

/// The way out of a box through one of its sides.
enum class Side
{
    Left,
    Right,
    Top,
    Bottom
};

/// A place on a component's outline an arrow may start or end at.
struct Port
{
    RoutePoint at;
    Side side = Side::Right;
};

/// A routed connection: corner points from source to target, and where its label goes.
struct Route
{
    std::vector<RoutePoint> points;
    std::optional<Geometry> label;
};

} // namespace azimuth::model
