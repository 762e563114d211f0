#include "DesignQueries.h"

namespace azimuth::model {

const Component* regionOf(const Design& design, const KindCatalog& catalog,
                          const Component& component)
{
    // Bounded walk: loaders refuse cycles, but a walk must never hang.
    const Component* c = &component;
    for (size_t steps = 0; c && steps <= design.components().size(); ++steps) {
        if (catalog.isRegion(c->kind)) return c;
        c = c->parent.empty() ? nullptr : design.component(c->parent);
    }
    return nullptr;
}

std::string regionCode(const Design& design, const KindCatalog& catalog, const Component& component)
{
    const Component* region = regionOf(design, catalog, component);
    if (!region) return {};
    return catalog.string(*region, "code").value_or("us-east-1");
}

std::vector<ComponentId> zonesOf(const Design& design, const KindCatalog& catalog,
                                 const Component& component)
{
    std::vector<ComponentId> out;
    const KindSpec* spec = catalog.find(component.kind);
    if (spec && spec->zoneIsParent) {
        if (!component.parent.empty()) out.push_back(component.parent);
        return out;
    }
    if (spec && spec->prop("zones"))
        for (const auto& z : catalog.idList(component, "zones"))
            out.emplace_back(z);
    (void)design;
    return out;
}

bool isAsync(const Design& design, const KindCatalog& catalog, const Connection& connection)
{
    if (connection.mode) return *connection.mode == "async";
    for (const ComponentId* end : {&connection.from, &connection.to}) {
        const Component* c = design.component(*end);
        const KindSpec* spec = c ? catalog.find(c->kind) : nullptr;
        if (spec && spec->async) return true;
    }
    return false;
}

} // namespace azimuth::model
