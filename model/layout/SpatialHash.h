#pragma once
// Rectangles in buckets of a fixed grid: what lies near a point or an area, without
// looking at everything. Slots are reused after removal; a removed rect leaves its buckets
// at the next compaction, when they hold twice what they should. Qt-free.

#include "model/core/Geometry.h"

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace azimuth::model {

class SpatialHash
{
  public:
    explicit SpatialHash(double cell = 256) : m_cell(cell) {}

    /// Adds a rectangle; returns its handle.
    size_t insert(const Geometry& r);
    void remove(size_t handle);
    void clear();
    const Geometry& rect(size_t handle) const { return m_rects[handle]; }

    /// Handles of the rectangles that meet `area` (edges touching count), each once, in
    /// handle order (the same edits give the same order).
    std::vector<size_t> query(const Geometry& area) const;

  private:
    template <class F> void forCells(const Geometry& r, F&& f) const;
    bool isLarge(const Geometry& r) const;
    size_t cellCount(const Geometry& r) const;
    void addToBuckets(size_t handle);
    void compact();

    double m_cell;
    std::vector<Geometry> m_rects;
    std::vector<char> m_live;
    std::vector<size_t> m_free;
    std::unordered_map<std::int64_t, std::vector<size_t>> m_buckets;
    size_t m_entries = 0;     ///< handles in all buckets, stale ones included
    size_t m_liveEntries = 0; ///< the live rects' share of them
};

} // namespace azimuth::model
