#pragma once
// A design's connections and containment as lists by component, found in one pass:
// Design answers these by scanning, which is too slow to ask thousands of times.

#include "model/core/Design.h"

#include <vector>

namespace azimuth::model {

class DesignLinks
{
  public:
    explicit DesignLinks(const Design& design);

    const Design& design() const { return m_design; }
    /// Connections from the component at `index`, as indexes, in file order.
    const std::vector<int>& outgoing(int index) const
    {
        return m_outgoing[static_cast<size_t>(index)];
    }
    /// Direct children of the component at `index`, as indexes, in file order.
    const std::vector<int>& children(int index) const
    {
        return m_children[static_cast<size_t>(index)];
    }

  private:
    const Design& m_design;
    std::vector<std::vector<int>> m_outgoing;
    std::vector<std::vector<int>> m_children;
};

} // namespace azimuth::model
