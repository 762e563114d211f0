#pragma once
// Where a bill keeps its text and lines (ComponentCost::store).

#include "CostEngine.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace azimuth::model {

/// Text kept in blocks that never move, so views into it stay valid as it grows.
class TextBlocks
{
  public:
    std::string_view keep(std::string_view s)
    {
        if (s.empty()) return {};
        if (m_left < s.size()) grow(s.size());
        char* at = m_next;
        std::memcpy(at, s.data(), s.size());
        m_next += s.size();
        m_left -= s.size();
        return {at, s.size()};
    }

  private:
    void grow(size_t atLeast)
    {
        // Small for one component's cost, up to 64 KiB blocks for a large design's.
        m_blockSize = std::min<size_t>(m_blockSize * 2, 64 * 1024);
        const size_t size = std::max(m_blockSize, atLeast);
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
        m_next = m_blocks.back().get();
        m_left = size;
    }

    std::vector<std::unique_ptr<char[]>> m_blocks;
    char* m_next = nullptr;
    size_t m_left = 0;
    size_t m_blockSize = 256;
};

struct CostStore
{
    TextBlocks text;
    std::vector<CostLine> lines; ///< every component's, one after another
};

} // namespace azimuth::model
