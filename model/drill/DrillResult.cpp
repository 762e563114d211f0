#include "DrillResult.h"

#include <algorithm>

namespace azimuth::model {

const char* drillStatusName(DrillStatus status)
{
    switch (status) {
    case DrillStatus::Ok:
        return "ok";
    case DrillStatus::Degraded:
        return "degraded";
    case DrillStatus::Lost:
        return "lost";
    }
    return "ok";
}

const DrillComponentOutcome* DrillResult::outcome(const ComponentId& id) const
{
    for (const auto& o : components)
        if (o.id == id) return &o;
    return nullptr;
}

bool DrillResult::allServed() const
{
    return std::all_of(entryPoints.begin(), entryPoints.end(),
                       [](const DrillEntryPoint& e) { return e.served; });
}

} // namespace azimuth::model
