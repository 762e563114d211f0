#include "SpatialHash.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace azimuth::model {

namespace {
// A rect over more cells than this (a Region millions of units across in a hostile file) is
// kept in one bucket of its own that every query reads, so no size can exhaust memory.
constexpr std::int64_t kMaxCells = 4096;
constexpr std::int64_t kLargeKey = std::numeric_limits<std::int64_t>::min();
} // namespace

bool SpatialHash::isLarge(const Geometry& r) const
{
    const double cells = (std::floor((r.x + r.w) / m_cell) - std::floor(r.x / m_cell) + 1) *
                         (std::floor((r.y + r.h) / m_cell) - std::floor(r.y / m_cell) + 1);
    return !(cells <= double(kMaxCells)); // NaN counts as large
}

template <class F> void SpatialHash::forCells(const Geometry& r, F&& f) const
{
    if (isLarge(r)) {
        f(kLargeKey);
        return;
    }
    const auto lo = [&](double v) { return static_cast<std::int64_t>(std::floor(v / m_cell)); };
    const std::int64_t x0 = lo(r.x), x1 = lo(r.x + r.w), y0 = lo(r.y), y1 = lo(r.y + r.h);
    for (std::int64_t y = y0; y <= y1; ++y)
        for (std::int64_t x = x0; x <= x1; ++x)
            f((y << 32) ^ (x & 0xffffffff));
}

size_t SpatialHash::insert(const Geometry& r)
{
    size_t h;
    if (!m_free.empty()) {
        h = m_free.back();
        m_free.pop_back();
        m_rects[h] = r;
        m_live[h] = 1;
    } else {
        h = m_rects.size();
        m_rects.push_back(r);
        m_live.push_back(1);
    }
    const size_t before = m_entries;
    addToBuckets(h);
    m_liveEntries += m_entries - before;
    return h;
}

void SpatialHash::remove(size_t h)
{
    if (h >= m_rects.size() || !m_live[h]) return;
    // Left in its buckets until the next compaction: queries skip dead and moved slots by
    // their rect, so a remove costs nothing where thousands of rects share a bucket.
    m_live[h] = 0;
    m_free.push_back(h);
    m_liveEntries -= cellCount(m_rects[h]);
    if (m_entries > 2 * m_liveEntries + 4096) compact();
}

size_t SpatialHash::cellCount(const Geometry& r) const
{
    size_t n = 0;
    forCells(r, [&](std::int64_t) { ++n; });
    return n;
}

void SpatialHash::compact()
{
    m_buckets.clear();
    m_entries = 0;
    for (size_t h = 0; h < m_rects.size(); ++h)
        if (m_live[h]) addToBuckets(h);
    m_liveEntries = m_entries;
}

void SpatialHash::addToBuckets(size_t h)
{
    forCells(m_rects[h], [&](std::int64_t key) {
        m_buckets[key].push_back(h);
        ++m_entries;
    });
}

void SpatialHash::clear()
{
    m_rects.clear();
    m_live.clear();
    m_free.clear();
    m_buckets.clear();
    m_entries = 0;
    m_liveEntries = 0;
}

std::vector<size_t> SpatialHash::query(const Geometry& area) const
{
    std::vector<size_t> out;
    const auto meets = [&](size_t h) {
        if (!m_live[h]) return false;
        const Geometry& r = m_rects[h];
        return r.x <= area.x + area.w && area.x <= r.x + r.w && r.y <= area.y + area.h &&
               area.y <= r.y + r.h;
    };
    if (isLarge(area)) {
        // A question wider than the cells reads every rect instead of every cell.
        for (size_t h = 0; h < m_rects.size(); ++h)
            if (m_live[h] && meets(h)) out.push_back(h);
        return out;
    }
    const auto visit = [&](std::int64_t key) {
        auto it = m_buckets.find(key);
        if (it == m_buckets.end()) return;
        for (size_t h : it->second)
            if (meets(h)) out.push_back(h);
    };
    visit(kLargeKey);
    forCells(area, visit);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace azimuth::model
