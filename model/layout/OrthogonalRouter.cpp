#include "OrthogonalRouter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace azimuth::model {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
/// How far around the two ends the first search looks.
constexpr double kNearMargin = 96;
/// The most grid points a wider search may use (150 x 150).
constexpr size_t kMaxWideGridPoints = 22500;
/// How far off a frame's outline the lanes beside it run.
constexpr double kFrameLane = 12;
constexpr int kDx[4] = {-1, 1, 0, 0};
constexpr int kDy[4] = {0, 0, -1, 1};

int outward(Side s)
{
    switch (s) {
    case Side::Left:
        return 0;
    case Side::Right:
        return 1;
    case Side::Top:
        return 2;
    case Side::Bottom:
        return 3;
    }
    return 1;
}

int opposite(int d)
{
    return d ^ 1;
}

/// Coordinates a half unit apart are one: routes computed from the same numbers meet.
double quantize(double v)
{
    return std::round(v * 2) / 2;
}

void sortUnique(std::vector<double>& v)
{
    for (double& x : v)
        x = quantize(x);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

size_t indexOf(const std::vector<double>& v, double x)
{
    return static_cast<size_t>(std::lower_bound(v.begin(), v.end(), quantize(x)) - v.begin());
}

Geometry inflate(const Geometry& r, double by)
{
    return {r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by};
}

/// An obstacle as the search grid sees it: grown by the clearance, on half units.
Geometry wall(const Geometry& r, double clearance)
{
    const double x0 = quantize(r.x - clearance), y0 = quantize(r.y - clearance);
    return {x0, y0, quantize(r.x + r.w + clearance) - x0, quantize(r.y + r.h + clearance) - y0};
}

Geometry segmentBox(const RoutePoint& a, const RoutePoint& b)
{
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)};
}

/// Whether the open segment a-b passes through the inside of `r`.
bool crosses(const RoutePoint& a, const RoutePoint& b, const Geometry& r)
{
    if (a.y == b.y) {
        if (!(r.y < a.y && a.y < r.y + r.h)) return false;
        return std::max(std::min(a.x, b.x), r.x) < std::min(std::max(a.x, b.x), r.x + r.w);
    }
    if (!(r.x < a.x && a.x < r.x + r.w)) return false;
    return std::max(std::min(a.y, b.y), r.y) < std::min(std::max(a.y, b.y), r.y + r.h);
}

bool overlaps(const Geometry& a, const Geometry& b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

std::vector<RoutePoint> simplified(const std::vector<RoutePoint>& pts)
{
    std::vector<RoutePoint> out;
    for (const RoutePoint& p : pts) {
        if (!out.empty() && out.back() == p) continue;
        if (out.size() >= 2) {
            const RoutePoint& a = out[out.size() - 2];
            const RoutePoint& b = out.back();
            if ((a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y)) {
                out.back() = p;
                continue;
            }
        }
        out.push_back(p);
    }
    return out;
}

/// Whether a segment keeps `by` clear of every obstacle.
bool clearOfObstacles(const SpatialHash& obstacles, const RoutePoint& a, const RoutePoint& b,
                      double by)
{
    for (size_t h : obstacles.query(inflate(segmentBox(a, b), by)))
        if (crosses(a, b, inflate(obstacles.rect(h), by))) return false;
    return true;
}

/// Whether a segment neither runs on or beside (within a lane) nor crosses an earlier arrow.
bool clearOfRoutes(const SpatialHash& segments, const RoutePoint& a, const RoutePoint& b,
                   double lane)
{
    const bool horizontal = a.y == b.y;
    const double lo = horizontal ? std::min(a.x, b.x) : std::min(a.y, b.y);
    const double hi = horizontal ? std::max(a.x, b.x) : std::max(a.y, b.y);
    for (size_t h : segments.query(inflate(segmentBox(a, b), lane))) {
        const Geometry& g = segments.rect(h);
        const bool gh = g.h == 0;
        if (gh == horizontal) {
            const double d = horizontal ? std::abs(g.y - a.y) : std::abs(g.x - a.x);
            const double glo = horizontal ? g.x : g.y, ghi = horizontal ? g.x + g.w : g.y + g.h;
            if (d < lane && std::min(hi, ghi) - std::max(lo, glo) > 0) return false;
        } else if (horizontal) {
            if (g.x > lo && g.x < hi && a.y > g.y && a.y < g.y + g.h) return false;
        } else if (g.y > lo && g.y < hi && a.x > g.x && a.x < g.x + g.w) {
            return false;
        }
    }
    return true;
}

/// A straight arrow or one with a single bend, when one is free: no obstacle within the
/// clearance, no earlier arrow on it, beside it or across it. Most arrows of a laid-out
/// design are one of these, and finding them needs no search.
std::vector<RoutePoint> directRoute(const SpatialHash& obstacles, const SpatialHash& segments,
                                    const std::vector<Port>& from, const std::vector<Port>& to)
{
    constexpr double clearance = OrthogonalRouter::kClearance;
    constexpr double stub = clearance + 8;
    std::vector<RoutePoint> best;
    double bestCost = kInf;
    auto along = [](const RoutePoint& p, int d, double by) {
        return RoutePoint{p.x + kDx[d] * by, p.y + kDy[d] * by};
    };
    auto ahead = [](const RoutePoint& p, int d, const RoutePoint& q) {
        return (q.x - p.x) * kDx[d] + (q.y - p.y) * kDy[d];
    };
    for (const Port& p : from) {
        const int d = outward(p.side);
        const RoutePoint sp = along(p.at, d, stub);
        for (const Port& q : to) {
            const int e = opposite(outward(q.side)); // the way the arrow arrives
            const RoutePoint sq = along(q.at, outward(q.side), stub);
            std::vector<RoutePoint> pts;
            if (d == e && (kDx[d] != 0 ? p.at.y == q.at.y : p.at.x == q.at.x)) {
                if (ahead(p.at, d, q.at) < 2 * stub) continue;
                pts = {p.at, q.at};
            } else if ((kDx[d] != 0) != (kDx[e] != 0)) {
                const RoutePoint c =
                    kDx[d] != 0 ? RoutePoint{q.at.x, p.at.y} : RoutePoint{p.at.x, q.at.y};
                if (ahead(p.at, d, c) < stub || ahead(c, e, q.at) < stub) continue;
                pts = {p.at, c, q.at};
            } else {
                continue;
            }
            const double length = std::abs(q.at.x - p.at.x) + std::abs(q.at.y - p.at.y);
            const double cost =
                length + static_cast<double>(pts.size() - 2) * OrthogonalRouter::kBend;
            if (cost >= bestCost) continue;
            // The stubs at the ends only need to miss what they do not start from; the rest
            // keeps the clearance.
            std::vector<RoutePoint> inner = pts;
            inner.front() = sp;
            inner.back() = sq;
            bool ok = clearOfObstacles(obstacles, p.at, sp, 0) &&
                      clearOfObstacles(obstacles, sq, q.at, 0);
            for (size_t i = 0; ok && i + 1 < inner.size(); ++i)
                ok = clearOfObstacles(obstacles, inner[i], inner[i + 1], clearance - 1);
            for (size_t i = 0; ok && i + 1 < pts.size(); ++i)
                ok = clearOfRoutes(segments, pts[i], pts[i + 1], OrthogonalRouter::kLane);
            if (!ok) continue;
            best = pts;
            bestCost = cost;
        }
    }
    return best;
}

} // namespace

void OrthogonalRouter::setObstacles(const std::string& owner, const std::vector<Geometry>& rects)
{
    auto& ids = m_obstacleIds[owner];
    for (size_t h : ids)
        m_obstacles.remove(h);
    ids.clear();
    for (const Geometry& r : rects)
        if (r.w > 0 && r.h > 0) ids.push_back(m_obstacles.insert(r));
    if (ids.empty()) m_obstacleIds.erase(owner);
}

void OrthogonalRouter::setFrames(const std::string& owner, const std::vector<Geometry>& rects)
{
    auto& ids = m_frameIds[owner];
    for (size_t h : ids)
        m_frames.remove(h);
    ids.clear();
    for (const Geometry& r : rects)
        if (r.w > 0 && r.h > 0) ids.push_back(m_frames.insert(r));
    if (ids.empty()) m_frameIds.erase(owner);
}

void OrthogonalRouter::clearRoutes()
{
    for (auto& [id, handles] : m_segmentIds)
        setObstacles("\x01" + id, {});
    m_segments.clear();
    m_segmentIds.clear();
}

void OrthogonalRouter::forget(const std::string& id)
{
    auto it = m_segmentIds.find(id);
    if (it != m_segmentIds.end()) {
        for (size_t h : it->second)
            m_segments.remove(h);
        m_segmentIds.erase(it);
    }
    setObstacles("\x01" + id, {});
}

bool OrthogonalRouter::blocked(const RoutePoint& a, const RoutePoint& b) const
{
    for (size_t h : m_obstacles.query(segmentBox(a, b)))
        if (crosses(a, b, m_obstacles.rect(h))) return true;
    return false;
}

std::vector<RoutePoint> OrthogonalRouter::search(const std::vector<Port>& from,
                                                 const std::vector<Port>& to, double margin,
                                                 double clearance) const
{
    const double stubLen = clearance + 8;
    auto stubOf = [&](const Port& p) {
        const int d = outward(p.side);
        return RoutePoint{quantize(p.at.x + kDx[d] * stubLen), quantize(p.at.y + kDy[d] * stubLen)};
    };
    std::vector<Port> starts, ends;
    for (const Port& p : from)
        if (!blocked(p.at, stubOf(p))) starts.push_back(p);
    for (const Port& p : to)
        if (!blocked(p.at, stubOf(p))) ends.push_back(p);
    if (starts.empty() || ends.empty()) return {};

    double x0 = kInf, y0 = kInf, x1 = -kInf, y1 = -kInf;
    for (const auto* set : {&starts, &ends})
        for (const Port& p : *set)
            for (const RoutePoint& q : {p.at, stubOf(p)}) {
                x0 = std::min(x0, q.x);
                y0 = std::min(y0, q.y);
                x1 = std::max(x1, q.x);
                y1 = std::max(y1, q.y);
            }
    const Geometry area{x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin};

    std::vector<double> xs{area.x, area.x + area.w}, ys{area.y, area.y + area.h};
    for (const auto* set : {&starts, &ends})
        for (const Port& p : *set) {
            const RoutePoint s = stubOf(p);
            xs.push_back(s.x);
            ys.push_back(s.y);
        }
    std::vector<Geometry> walls;
    for (size_t h : m_obstacles.query(area)) {
        const Geometry r = wall(m_obstacles.rect(h), clearance);
        walls.push_back(r);
        for (double x : {r.x, r.x + r.w})
            if (x > area.x && x < area.x + area.w) xs.push_back(x);
        for (double y : {r.y, r.y + r.h})
            if (y > area.y && y < area.y + area.h) ys.push_back(y);
    }
    std::vector<Segment> near;
    for (size_t h : m_segments.query(area)) {
        const Geometry& g = m_segments.rect(h);
        const Segment s{{g.x, g.y}, {g.x + g.w, g.y + g.h}};
        near.push_back(s);
        auto& line = g.h == 0 ? ys : xs;
        const double at = g.h == 0 ? g.y : g.x;
        for (double v : {at - kLane, at, at + kLane})
            line.push_back(v);
    }
    // Frame outlines: lanes just off them, so an arrow need not run on one.
    std::vector<Geometry> frames;
    for (size_t h : m_frames.query(area)) {
        const Geometry& f = m_frames.rect(h);
        frames.push_back(f);
        for (double x : {f.x, f.x + f.w})
            for (double v : {x - kFrameLane, x + kFrameLane})
                if (v > area.x && v < area.x + area.w) xs.push_back(v);
        for (double y : {f.y, f.y + f.h})
            for (double v : {y - kFrameLane, y + kFrameLane})
                if (v > area.y && v < area.y + area.h) ys.push_back(v);
    }
    sortUnique(xs);
    sortUnique(ys);
    // Channels between obstacles get a middle line: arrows run down the middle of a gap
    // rather than along one side of it.
    for (auto* line : {&xs, &ys}) {
        const size_t n = line->size();
        for (size_t i = 0; i + 1 < n; ++i)
            if ((*line)[i + 1] - (*line)[i] > 4 * clearance)
                line->push_back(((*line)[i] + (*line)[i + 1]) / 2);
        sortUnique(*line);
    }
    const size_t nx = xs.size(), ny = ys.size();
    // A wider look in a crowd would take longer than the canvas can wait: the caller
    // falls back to a plainer route.
    if (margin > kNearMargin && nx * ny > kMaxWideGridPoints) return {};
    std::vector<char> hBlocked(nx * ny, 0), vBlocked(nx * ny, 0);
    std::vector<float> hPen(nx * ny, 0), vPen(nx * ny, 0);
    for (const Geometry& r : walls) {
        const size_t i0 = indexOf(xs, r.x), i1 = std::min(indexOf(xs, r.x + r.w), nx - 1);
        const size_t j0 = indexOf(ys, r.y), j1 = std::min(indexOf(ys, r.y + r.h), ny - 1);
        for (size_t j = j0; j <= j1 && j < ny; ++j) {
            const bool inY = ys[j] > r.y && ys[j] < r.y + r.h;
            for (size_t i = i0; i <= i1 && i < nx; ++i) {
                const bool inX = xs[i] > r.x && xs[i] < r.x + r.w;
                if (inY && i < i1 && xs[i] >= r.x && xs[i + 1] <= r.x + r.w)
                    hBlocked[j * nx + i] = 1;
                if (inX && j < j1 && ys[j] >= r.y && ys[j + 1] <= r.y + r.h)
                    vBlocked[j * nx + i] = 1;
            }
        }
    }
    for (const Segment& s : near) {
        if (s.a.y == s.b.y) {
            const size_t j = indexOf(ys, s.a.y);
            if (j >= ny || ys[j] != quantize(s.a.y)) continue;
            for (size_t i = indexOf(xs, s.a.x); i + 1 < nx && xs[i + 1] <= s.b.x; ++i)
                hPen[j * nx + i] += static_cast<float>(4 * (xs[i + 1] - xs[i]) + 2 * kBend);
            if (j == 0) continue;
            for (size_t i = indexOf(xs, s.a.x); i < nx && xs[i] < s.b.x; ++i)
                if (xs[i] > s.a.x) vPen[(j - 1) * nx + i] += static_cast<float>(kCrossing);
        } else {
            const size_t i = indexOf(xs, s.a.x);
            if (i >= nx || xs[i] != quantize(s.a.x)) continue;
            for (size_t j = indexOf(ys, s.a.y); j + 1 < ny && ys[j + 1] <= s.b.y; ++j)
                vPen[j * nx + i] += static_cast<float>(4 * (ys[j + 1] - ys[j]) + 2 * kBend);
            if (i == 0) continue;
            for (size_t j = indexOf(ys, s.a.y); j < ny && ys[j] < s.b.y; ++j)
                if (ys[j] > s.a.y) hPen[j * nx + (i - 1)] += static_cast<float>(kCrossing);
        }
    }

    // Running along a frame's outline (closer than a lane) costs as much again.
    for (const Geometry& f : frames) {
        for (double y : {f.y, f.y + f.h})
            for (size_t j = indexOf(ys, y - kLane + 0.5); j < ny && ys[j] < y + kLane; ++j)
                for (size_t i = indexOf(xs, f.x); i + 1 < nx && xs[i + 1] <= f.x + f.w; ++i)
                    hPen[j * nx + i] += static_cast<float>(xs[i + 1] - xs[i]);
        for (double x : {f.x, f.x + f.w})
            for (size_t i = indexOf(xs, x - kLane + 0.5); i < nx && xs[i] < x + kLane; ++i)
                for (size_t j = indexOf(ys, f.y); j + 1 < ny && ys[j + 1] <= f.y + f.h; ++j)
                    vPen[j * nx + i] += static_cast<float>(ys[j + 1] - ys[j]);
    }

    struct Target
    {
        size_t node;
        int inward;
        const Port* port;
    };
    std::vector<Target> targets;
    for (const Port& p : ends) {
        const RoutePoint s = stubOf(p);
        targets.push_back(
            {indexOf(ys, s.y) * nx + indexOf(xs, s.x), opposite(outward(p.side)), &p});
    }
    // Distance to the box around the target stubs: never more than the way left, and
    // cheap however many ports the target offers.
    double tx0 = kInf, ty0 = kInf, tx1 = -kInf, ty1 = -kInf;
    std::vector<char> isTarget(nx * ny, 0);
    for (const Target& t : targets) {
        const double x = xs[t.node % nx], y = ys[t.node / nx];
        tx0 = std::min(tx0, x);
        tx1 = std::max(tx1, x);
        ty0 = std::min(ty0, y);
        ty1 = std::max(ty1, y);
        isTarget[t.node] = 1;
    }
    auto heuristic = [&](size_t node) {
        const double x = xs[node % nx], y = ys[node / nx];
        return std::max({0.0, tx0 - x, x - tx1}) + std::max({0.0, ty0 - y, y - ty1});
    };
    const size_t states = nx * ny * 4;
    std::vector<double> dist(states, kInf);
    std::vector<size_t> prev(states, states);
    using Item = std::pair<double, size_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    for (const Port& p : starts) {
        const RoutePoint s = stubOf(p);
        const size_t st = (indexOf(ys, s.y) * nx + indexOf(xs, s.x)) * 4 + outward(p.side);
        if (dist[st] == 0) continue;
        dist[st] = 0;
        open.emplace(heuristic(st / 4), st);
    }
    double best = kInf;
    size_t bestState = states;
    const Target* bestTarget = nullptr;
    while (!open.empty()) {
        const auto [f, st] = open.top();
        open.pop();
        if (f >= best) break;
        const double g = dist[st];
        if (f > g + heuristic(st / 4) + 1e-9) continue; // a stale entry
        const size_t node = st / 4;
        const int d = static_cast<int>(st % 4);
        for (const Target& t : targets) {
            if (!isTarget[node] || t.node != node) continue;
            const double extra = d == t.inward ? 0 : d == opposite(t.inward) ? 2 * kBend : kBend;
            if (g + extra < best) {
                best = g + extra;
                bestState = st;
                bestTarget = &t;
            }
        }
        const size_t i = node % nx, j = node / nx;
        for (int nd = 0; nd < 4; ++nd) {
            if (nd == opposite(d)) continue;
            size_t ni = i, nj = j;
            double len = 0;
            float pen = 0;
            if (nd == 0) {
                if (i == 0 || hBlocked[j * nx + i - 1]) continue;
                ni = i - 1;
                len = xs[i] - xs[ni];
                pen = hPen[j * nx + ni];
            } else if (nd == 1) {
                if (i + 1 >= nx || hBlocked[j * nx + i]) continue;
                ni = i + 1;
                len = xs[ni] - xs[i];
                pen = hPen[j * nx + i];
            } else if (nd == 2) {
                if (j == 0 || vBlocked[(j - 1) * nx + i]) continue;
                nj = j - 1;
                len = ys[j] - ys[nj];
                pen = vPen[nj * nx + i];
            } else {
                if (j + 1 >= ny || vBlocked[j * nx + i]) continue;
                nj = j + 1;
                len = ys[nj] - ys[j];
                pen = vPen[j * nx + i];
            }
            const size_t nn = nj * nx + ni;
            const size_t ns = nn * 4 + static_cast<size_t>(nd);
            const double ng = g + len + pen + (nd == d ? 0 : kBend);
            if (ng < dist[ns]) {
                dist[ns] = ng;
                prev[ns] = st;
                open.emplace(ng + heuristic(nn), ns);
            }
        }
    }
    if (!bestTarget) return {};
    std::vector<RoutePoint> pts{bestTarget->port->at};
    size_t st = bestState;
    size_t first = st;
    for (size_t guard = 0; st != states && guard < states; ++guard) {
        pts.push_back({xs[(st / 4) % nx], ys[(st / 4) / nx]});
        first = st;
        st = prev[st];
    }
    const Port* source = &starts.front();
    for (const Port& p : starts) {
        const RoutePoint s = stubOf(p);
        if ((indexOf(ys, s.y) * nx + indexOf(xs, s.x)) * 4 + outward(p.side) == first) source = &p;
    }
    pts.push_back(source->at);
    std::reverse(pts.begin(), pts.end());
    return simplified(pts);
}

std::optional<Geometry> OrthogonalRouter::placeLabel(const std::vector<RoutePoint>& pts, double w,
                                                     double h) const
{
    if (pts.size() < 2) return std::nullopt;
    std::vector<size_t> order(pts.size() - 1);
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto length = [&](size_t i) {
        return std::abs(pts[i + 1].x - pts[i].x) + std::abs(pts[i + 1].y - pts[i].y);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return length(a) > length(b); });
    auto clearOfArrows = [&](const Geometry& probe) {
        for (size_t hnd : m_segments.query(probe)) {
            const Geometry& g = m_segments.rect(hnd);
            if (crosses({g.x, g.y}, {g.x + g.w, g.y + g.h}, probe)) return false;
        }
        return true;
    };
    auto isFree = [&](const Geometry& box, bool strict) {
        const Geometry probe = inflate(box, 2);
        if (strict)
            for (size_t hnd : m_obstacles.query(probe))
                if (overlaps(probe, m_obstacles.rect(hnd))) return false;
        return clearOfArrows(probe);
    };
    const double fractions[] = {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9};
    // First where nothing at all is; failing that, at least where no arrow runs through
    // the label (a label over an arrow hides who talks to whom).
    for (bool strict : {true, false})
        for (size_t i : order) {
            const RoutePoint a = pts[i], b = pts[i + 1];
            for (double off : {4.0, 16.0})
                for (double t : fractions) {
                    const double cx = a.x + t * (b.x - a.x), cy = a.y + t * (b.y - a.y);
                    std::vector<Geometry> boxes;
                    if (a.y == b.y)
                        boxes = {{cx - w / 2, cy - h - off, w, h}, {cx - w / 2, cy + off, w, h}};
                    else
                        boxes = {{cx + off + 2, cy - h / 2, w, h},
                                 {cx - off - 2 - w, cy - h / 2, w, h}};
                    for (const Geometry& box : boxes)
                        if (isFree(box, strict)) return box;
                }
        }
    // Nowhere free: beside the middle of the longest stretch, where it is easiest to read.
    const RoutePoint a = pts[order.front()], b = pts[order.front() + 1];
    const double cx = (a.x + b.x) / 2, cy = (a.y + b.y) / 2;
    if (a.y == b.y) return Geometry{cx - w / 2, cy - h - 4, w, h};
    return Geometry{cx + 6, cy - h / 2, w, h};
}

void OrthogonalRouter::remember(const std::string& id, const Route& r)
{
    auto& handles = m_segmentIds[id];
    for (size_t i = 0; i + 1 < r.points.size(); ++i) {
        RoutePoint a = r.points[i], b = r.points[i + 1];
        if (a.x > b.x || a.y > b.y) std::swap(a, b);
        handles.push_back(m_segments.insert(segmentBox(a, b)));
    }
}

Route OrthogonalRouter::route(const std::string& id, const std::vector<Port>& fromPorts,
                              const std::vector<Port>& toPorts, double labelW, double labelH)
{
    forget(id);
    // On half units, like the search grid: the first and last stretches stay straight.
    auto onGrid = [](std::vector<Port> ports) {
        for (Port& p : ports)
            p.at = {quantize(p.at.x), quantize(p.at.y)};
        return ports;
    };
    const std::vector<Port> from = onGrid(fromPorts), to = onGrid(toPorts);
    Route r;
    r.points = directRoute(m_obstacles, m_segments, from, to);
    if (r.points.empty()) r.points = search(from, to, kNearMargin, kClearance);
    if (r.points.empty()) r.points = search(from, to, 480, kClearance);
    if (r.points.empty()) r.points = search(from, to, 480, 2);
    if (r.points.empty() && !from.empty() && !to.empty()) {
        // Walled in on every side: an elbow, so the arrow still shows who talks to whom.
        const RoutePoint a = from.front().at, b = to.front().at;
        r.points = simplified({a, {b.x, a.y}, b});
    }
    remember(id, r);
    if (labelW > 0 && labelH > 0) {
        r.label = placeLabel(r.points, labelW, labelH);
        if (r.label) setObstacles("\x01" + id, {*r.label});
    }
    return r;
}

} // namespace azimuth::model
