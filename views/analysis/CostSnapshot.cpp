#include "CostSnapshot.h"

namespace azimuth::views {

const model::ComponentCost* CostSnapshot::component(const QString& id) const
{
    const std::string key = id.toStdString();
    for (const model::ComponentCost& c : cost.components)
        if (c.id.value == key) return &c;
    return nullptr;
}

} // namespace azimuth::views
