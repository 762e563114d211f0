#pragma once

#include "model/core/Component.h"
#include "model/core/Connection.h"

#include <utility>
#include <vector>

namespace azimuth::model {

/// Everything a removal took away, with where it stood, so it can be put back exactly.
struct RemovalSnapshot
{
    std::vector<std::pair<int, Component>> components;   ///< ascending original index
    std::vector<std::pair<int, Connection>> connections; ///< ascending original index
    /// Components whose `zones` lost an entry, with their props before.
    std::vector<std::pair<ComponentId, Json>> propsBefore;

    bool empty() const { return components.empty() && connections.empty(); }
};

} // namespace azimuth::model
