#pragma once
// Routes connections as orthogonal arrows that keep clear of obstacles (icons, names,
// container titles, other arrows' labels), run beside earlier arrows rather than on top
// of them, cross as few as they can and bend as little as they can. A* over a sparse grid
// made of the obstacles' edges near the two ends; a label goes where nothing else is.
// Routes depend on the order they are asked for; asked in the same order, they come out
// the same. Qt-free: the canvas and every export route alike.

#include "RouteTypes.h"
#include "SpatialHash.h"

#include <string>
#include <unordered_map>

namespace azimuth::model {

class OrthogonalRouter
{
  public:
    /// Room kept between an arrow and an obstacle.
    static constexpr double kClearance = 8;
    /// Distance between arrows that run side by side.
    static constexpr double kLane = 8;
    /// What a bend costs, in units of length.
    static constexpr double kBend = 40;
    /// What crossing another arrow costs, in units of length.
    static constexpr double kCrossing = 48;

    /// Replaces the obstacles `owner` puts in arrows' way (empty: none).
    void setObstacles(const std::string& owner, const std::vector<Geometry>& rects);
    /// Replaces the frames `owner` draws (containers, bands): arrows may cross their
    /// outlines but keep off running along them.
    void setFrames(const std::string& owner, const std::vector<Geometry>& rects);
    /// Forgets every route and label (before routing everything again).
    void clearRoutes();
    /// Forgets one route and its label.
    void forget(const std::string& id);
    /// Routes connection `id` from one of `from` to one of `to`, replacing its old route,
    /// and places a label of `labelW` x `labelH` (none when zero) beside it.
    Route route(const std::string& id, const std::vector<Port>& from, const std::vector<Port>& to,
                double labelW = 0, double labelH = 0);

    /// Whether a segment passes through any obstacle (edges may touch).
    bool blocked(const RoutePoint& a, const RoutePoint& b) const;

  private:
    struct Segment
    {
        RoutePoint a, b;
    };
    std::vector<RoutePoint> search(const std::vector<Port>& from, const std::vector<Port>& to,
                                   double margin, double clearance) const;
    std::optional<Geometry> placeLabel(const std::vector<RoutePoint>& pts, double w,
                                       double h) const;
    void remember(const std::string& id, const Route& r);

    SpatialHash m_obstacles;
    SpatialHash m_segments; ///< every routed segment, for lanes and crossings
    SpatialHash m_frames;
    std::unordered_map<std::string, std::vector<size_t>> m_frameIds;
    std::unordered_map<std::string, std::vector<size_t>> m_obstacleIds;
    std::unordered_map<std::string, std::vector<size_t>> m_segmentIds;
};

} // namespace azimuth::model
