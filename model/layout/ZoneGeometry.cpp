#include "ZoneGeometry.h"

#include "AutoLayout.h"

#include <algorithm>

namespace azimuth::model {

std::vector<const Component*> zoneColumns(const Design& design, const KindCatalog& catalog,
                                          const ComponentId& region)
{
    std::vector<const Component*> out;
    for (const Component* c : design.children(region))
        if (catalog.isZone(c->kind) && c->geometry) out.push_back(c);
    std::stable_sort(out.begin(), out.end(), [](const Component* a, const Component* b) {
        return a->geometry->x < b->geometry->x;
    });
    return out;
}

bool zonesFollowGeometry(const Design& design, const KindCatalog& catalog, const Component& c)
{
    const KindSpec* spec = catalog.find(c.kind);
    if (!spec || !spec->prop("zones")) return false;
    if (!spec->spansZones && spec->failover.empty()) return false;
    const Component* parent = design.component(c.parent);
    return parent && catalog.isRegion(parent->kind);
}

std::optional<Geometry> boxForZones(const Design& design, const KindCatalog& catalog,
                                    const Component& c, const std::vector<std::string>& zones)
{
    using M = LayoutMetrics;
    const KindSpec* spec = catalog.find(c.kind);
    if (!spec || !c.geometry) return std::nullopt;
    double left = 0, right = 0, top = 0;
    bool any = false;
    for (const Component* z : zoneColumns(design, catalog, c.parent)) {
        if (std::find(zones.begin(), zones.end(), z->id.value) == zones.end()) continue;
        const Geometry& g = *z->geometry;
        if (!spec->spansZones && z->id.value != zones.front()) continue; // the primary's
        left = any ? std::min(left, g.x) : g.x;
        right = any ? std::max(right, g.x + g.w) : g.x + g.w;
        top = any ? std::min(top, g.y) : g.y;
        any = true;
    }
    if (!any) return std::nullopt;
    Geometry out = *c.geometry;
    out.y = std::max(out.y, top + M::header + M::grid);
    if (spec->spansZones) {
        out.x = left + M::grid;
        out.w = right - left - 2 * M::grid;
    } else {
        out.x = snapToGrid((left + right) / 2 - out.w / 2);
    }
    return out;
}

std::vector<std::string> failoverZones(const Design& design, const KindCatalog& catalog,
                                       const Component& c, const std::string& primary,
                                       bool failover)
{
    std::vector<std::string> out{primary};
    if (!failover) return out;
    const auto columns = zoneColumns(design, catalog, c.parent);
    const auto had = catalog.idList(c, "zones");
    for (size_t i = 1; i < had.size(); ++i)
        for (const Component* z : columns)
            if (z->id.value == had[i] && had[i] != primary) {
                out.push_back(had[i]);
                return out;
            }
    // The next column to the right of the primary, else the one before it.
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i]->id.value != primary) continue;
        if (i + 1 < columns.size())
            out.push_back(columns[i + 1]->id.value);
        else if (i > 0)
            out.push_back(columns[i - 1]->id.value);
    }
    return out;
}

} // namespace azimuth::model
