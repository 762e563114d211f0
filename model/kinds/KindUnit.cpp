#include "KindUnit.h"

#include <unordered_map>

namespace azimuth::model {

const KindUnit* kindUnit(std::string_view kind)
{
    static const auto byKind = [] {
        std::unordered_map<std::string_view, const KindUnit*> map;
        for (const KindUnit* unit : allKindUnits())
            map.emplace(unit->kind, unit);
        return map;
    }();
    auto it = byKind.find(kind);
    return it == byKind.end() ? nullptr : it->second;
}

std::string componentSummary(const KindCatalog& catalog, const Component& component)
{
    const KindUnit* unit = kindUnit(component.kind);
    return unit && unit->summary ? unit->summary(catalog, component) : std::string();
}

} // namespace azimuth::model
