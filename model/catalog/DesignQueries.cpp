#include "DesignQueries.h"

#include <algorithm>

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
    if (!spec || spec->zoneless) return out;
    // Its parent zone, directly or through its subnet.
    if (const Component* zone = zoneAncestor(design, catalog, component)) {
        out.push_back(zone->id);
        return out;
    }
    auto add = [&](const ComponentId& id) {
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    };
    if (spec->prop("subnets")) {
        for (const auto& s : catalog.idList(component, "subnets"))
            if (const Component* subnet = design.component(ComponentId(s)))
                if (const Component* zone = zoneAncestor(design, catalog, *subnet)) add(zone->id);
        if (!out.empty()) return out;
    }
    if (spec->prop("zones"))
        for (const auto& z : catalog.idList(component, "zones"))
            add(ComponentId(z));
    return out;
}

const Component* zoneAncestor(const Design& design, const KindCatalog& catalog,
                              const Component& component)
{
    const Component* c = component.parent.empty() ? nullptr : design.component(component.parent);
    for (size_t steps = 0; c && steps <= design.components().size(); ++steps) {
        const KindSpec* spec = catalog.find(c->kind);
        if (!spec || spec->failureDomain == FailureDomain::Region) return nullptr;
        if (spec->failureDomain == FailureDomain::Zone) return c;
        c = c->parent.empty() ? nullptr : design.component(c->parent);
    }
    return nullptr;
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
