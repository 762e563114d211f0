#include "AutoLayout.h"

#include <algorithm>
#include <cmath>

namespace azimuth::model {

namespace {

using M = LayoutMetrics;

struct Size
{
    double w = 0;
    double h = 0;
};

/// Lays a design out in two passes: sizes and parent-relative places bottom-up, then
/// absolute boxes top-down.
class Layouter
{
  public:
    Layouter(const Design& design, const KindCatalog& catalog)
        : m_design(design), m_catalog(catalog)
    {
        for (const auto& c : design.components())
            m_children[c.parent].push_back(&c);
    }

    Layout run()
    {
        const auto& roots = m_children[ComponentId{}];
        placeTopLevel(roots);
        Layout out;
        out.boxes.reserve(m_design.components().size());
        for (const Component* c : roots)
            place(*c, 0, 0, out, 0);
        return out;
    }

  private:
    const std::vector<const Component*>& kids(const ComponentId& id)
    {
        static const std::vector<const Component*> none;
        auto it = m_children.find(id);
        return it == m_children.end() ? none : it->second;
    }

    static bool hasBox(const Component& c) { return c.geometry.has_value(); }

    /// Places explicit children where they say and returns the bottom of the lowest one.
    double placeExplicit(const std::vector<const Component*>& items, double& right)
    {
        double bottom = 0;
        for (const Component* k : items) {
            if (!hasBox(*k)) continue;
            Size s = measure(*k, 0);
            m_rel[k->id] = {k->geometry->x, k->geometry->y, s.w, s.h};
            right = std::max(right, k->geometry->x + s.w);
            bottom = std::max(bottom, k->geometry->y + s.h);
        }
        return bottom;
    }

    /// A tidy grid of about square shape from (x0, y0); returns the extents it reached.
    Size flow(const std::vector<const Component*>& items, double x0, double y0)
    {
        Size reach{x0, y0};
        if (items.empty()) return reach;
        const int cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(items.size()))));
        double x = x0, y = y0, rowH = 0;
        int col = 0;
        for (const Component* k : items) {
            Size s = measure(*k, 0);
            m_rel[k->id] = {x, y, s.w, s.h};
            reach.w = std::max(reach.w, x + s.w);
            reach.h = std::max(reach.h, y + s.h);
            rowH = std::max(rowH, s.h);
            x += s.w + M::gap;
            if (++col == cols) {
                col = 0;
                x = x0;
                y += rowH + M::gap;
                rowH = 0;
            }
        }
        return reach;
    }

    Size measure(const Component& c, double extraTop)
    {
        Size size{M::nodeW, M::nodeH};
        if (c.geometry && c.geometry->w > 0 && c.geometry->h > 0)
            size = {c.geometry->w, c.geometry->h};
        if (!isContainerKind(m_catalog, c.kind)) {
            m_size[c.id] = size;
            return size;
        }
        const auto& all = kids(c.id);
        double right = 0;
        double explicitBottom = placeExplicit(all, right);
        std::vector<const Component*> autos;
        for (const Component* k : all)
            if (!hasBox(*k)) autos.push_back(k);
        double top = M::header + extraTop;
        if (explicitBottom > 0) top = std::max(top, explicitBottom + M::gap);
        Size reach = c.kind == "region" ? layoutRegion(autos, all, top) : flow(autos, M::pad, top);
        Size grown{std::max({reach.w, right}) + M::pad, std::max(reach.h, explicitBottom) + M::pad};
        if (!c.geometry)
            size = {std::max(M::zoneMinW, grown.w), std::max(M::nodeH, grown.h)};
        else
            size = {std::max(size.w, grown.w), std::max(size.h, grown.h)};
        size.w = std::ceil(size.w / M::grid) * M::grid;
        size.h = std::ceil(size.h / M::grid) * M::grid;
        m_size[c.id] = size;
        return size;
    }

    /// Zones in columns, spanning groups as bands across the zones they use, the rest in a
    /// grid to the right.
    Size layoutRegion(const std::vector<const Component*>& autos,
                      const std::vector<const Component*>& all, double top)
    {
        std::vector<const Component*> zones, bands, others;
        for (const Component* k : autos)
            if (isZoneKind(k->kind)) zones.push_back(k);
        auto isZoneHere = [&](const std::string& id) {
            return std::any_of(all.begin(), all.end(), [&](const Component* k) {
                return k->id.value == id && isZoneKind(k->kind);
            });
        };
        for (const Component* k : autos) {
            if (isZoneKind(k->kind)) continue;
            const KindSpec* spec = m_catalog.find(k->kind);
            bool band = false;
            if (spec && spec->spansZones)
                for (const auto& z : m_catalog.idList(*k, "zones"))
                    if (isZoneHere(z)) band = true;
            (band ? bands : others).push_back(k);
        }
        const double bandArea = static_cast<double>(bands.size()) * (M::bandH + M::gap);
        double x = M::pad, maxH = 0;
        for (const Component* z : zones) {
            Size s = measure(*z, bandArea);
            s.w = std::max(s.w, M::zoneMinW);
            m_rel[z->id] = {x, top, s.w, s.h};
            x += s.w + M::gap;
            maxH = std::max(maxH, s.h);
        }
        for (const Component* z : zones) {
            m_rel[z->id].h = maxH;
            m_size[z->id].h = maxH;
        }
        Size reach{zones.empty() ? M::pad : x - M::gap, top + maxH};
        for (size_t i = 0; i < bands.size(); ++i) {
            double left = 1e300, right = -1e300;
            for (const auto& zid : m_catalog.idList(*bands[i], "zones")) {
                auto it = m_rel.find(ComponentId{zid});
                if (it == m_rel.end() || !isZoneHere(zid)) continue;
                left = std::min(left, it->second.x);
                right = std::max(right, it->second.x + it->second.w);
            }
            Geometry b{left + M::pad,
                       top + M::header + static_cast<double>(i) * (M::bandH + M::gap),
                       right - left - 2 * M::pad, M::bandH};
            m_rel[bands[i]->id] = b;
            m_size[bands[i]->id] = {b.w, b.h};
        }
        if (!others.empty()) {
            Size r = flow(others, zones.empty() ? M::pad : reach.w + M::gap, top);
            reach = {std::max(reach.w, r.w), std::max(reach.h, r.h)};
        }
        return reach;
    }

    void placeTopLevel(const std::vector<const Component*>& roots)
    {
        double right = 0;
        double explicitBottom = placeExplicit(roots, right);
        double top = explicitBottom > 0 ? explicitBottom + 2 * M::gap : 0;
        std::vector<const Component*> regions, others;
        for (const Component* c : roots)
            if (!hasBox(*c)) (c->kind == "region" ? regions : others).push_back(c);
        double x = 0;
        for (const Component* c : others) {
            Size s = measure(*c, 0);
            m_rel[c->id] = {x, top, s.w, s.h};
            x += s.w + 2 * M::gap;
        }
        if (!others.empty()) top += M::nodeH + 2 * M::gap;
        x = 0;
        for (const Component* c : regions) {
            Size s = measure(*c, 0);
            m_rel[c->id] = {x, top, s.w, s.h};
            x += s.w + 2 * M::gap;
        }
    }

    void place(const Component& c, double px, double py, Layout& out, int depth)
    {
        if (depth > 64) return; // the reader caps nesting; this guards a hand-made design
        const Geometry& r = m_rel[c.id];
        const Size& s = m_size[c.id];
        Geometry abs{px + r.x, py + r.y, s.w, s.h};
        out.boxes[c.id] = abs;
        for (const Component* k : kids(c.id))
            place(*k, abs.x, abs.y, out, depth + 1);
    }

    const Design& m_design;
    const KindCatalog& m_catalog;
    std::unordered_map<ComponentId, std::vector<const Component*>> m_children;
    std::unordered_map<ComponentId, Geometry> m_rel;
    std::unordered_map<ComponentId, Size> m_size;
};

} // namespace

bool isContainerKind(const KindCatalog& catalog, std::string_view kind)
{
    const KindSpec* spec = catalog.find(kind);
    return spec && spec->container;
}

bool isZoneKind(std::string_view kind)
{
    return kind == "availability-zone" || kind == "wavelength-zone";
}

double snapToGrid(double v)
{
    return std::round(v / LayoutMetrics::grid) * LayoutMetrics::grid;
}

Layout computeLayout(const Design& design, const KindCatalog& catalog)
{
    return Layouter(design, catalog).run();
}

} // namespace azimuth::model
