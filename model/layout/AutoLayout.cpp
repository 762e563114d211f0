#include "AutoLayout.h"

#include "EstimatedLabelMetrics.h"
#include "model/catalog/DesignQueries.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_set>

namespace azimuth::model {

namespace {

using M = LayoutMetrics;

struct Size
{
    double w = 0;
    double h = 0;
};

constexpr int kTiers = static_cast<int>(LayoutTier::Data) + 1;

/// Lays a design out in two passes: sizes and parent-relative places bottom-up, then
/// absolute boxes top-down.
class Layouter
{
  public:
    Layouter(const Design& design, const KindCatalog& catalog, const LabelMetrics& labels)
        : m_design(design), m_catalog(catalog), m_labels(labels)
    {
        for (const auto& c : design.components())
            m_children[c.parent].push_back(&c);
    }

    Layout run()
    {
        const auto& roots = kids(ComponentId{});
        placeTopLevel(roots);
        Layout out;
        out.boxes.reserve(m_design.components().size());
        for (const Component* c : roots)
            place(*c, 0, 0, out, 0);
        return out;
    }

  private:
    const std::vector<const Component*>& kids(const ComponentId& id) const
    {
        static const std::vector<const Component*> none;
        auto it = m_children.find(id);
        return it == m_children.end() ? none : it->second;
    }

    static bool pinned(const Component& c) { return c.geometry.has_value(); }

    const KindSpec* spec(const Component& c) const { return m_catalog.find(c.kind); }
    LayoutRole role(const Component& c) const
    {
        const KindSpec* s = spec(c);
        return s ? s->layoutRole : LayoutRole::Item;
    }
    int tier(const Component& c) const
    {
        const KindSpec* s = spec(c);
        return static_cast<int>(s ? s->layoutTier : LayoutTier::Compute);
    }

    /// Tier first, then kind, then file order: replicas of one kind sit in the same
    /// places of their rows.
    std::vector<const Component*> byTier(std::vector<const Component*> items) const
    {
        std::stable_sort(items.begin(), items.end(), [&](const Component* a, const Component* b) {
            const int ta = tier(*a), tb = tier(*b);
            if (ta != tb) return ta < tb;
            return a->kind < b->kind;
        });
        return items;
    }

    /// The least a component's box may be so every word of its name shows.
    Size needed(const Component& c) const
    {
        if (drawnAsBand(m_catalog, c))
            return {
                ceilToGrid(std::max(M::nodeW, M::bandTextInset + m_labels.bandTextWidth(c) + 8)),
                M::bandH};
        return {ceilToGrid(std::max(M::nodeW, m_labels.nodeTextWidth(c) + 16)), M::nodeH};
    }

    /// Places pinned children where they say and returns the bottom of the lowest one.
    double placePinned(const std::vector<const Component*>& items, double& right)
    {
        double bottom = 0;
        for (const Component* k : items) {
            if (!pinned(*k)) continue;
            Size s = measure(*k);
            m_rel[k->id] = {k->geometry->x, k->geometry->y, s.w, s.h};
            right = std::max(right, k->geometry->x + s.w);
            bottom = std::max(bottom, k->geometry->y + s.h);
        }
        return bottom;
    }

    /// Rows by tier from (x0, y0), each at most `cols` wide; returns the extents reached.
    /// Twice the usual gap between them: arrows among a block of services need lanes.
    Size tierRows(const std::vector<const Component*>& items, double x0, double y0, int cols)
    {
        Size reach{x0, y0};
        double x = x0, y = y0, rowH = 0;
        int col = 0, lastTier = -1;
        for (const Component* k : byTier(items)) {
            const int t = tier(*k);
            if (col > 0 && (col == cols || t != lastTier)) {
                x = x0;
                y += rowH + 2 * M::gap;
                rowH = 0;
                col = 0;
            }
            lastTier = t;
            Size s = measure(*k);
            m_rel[k->id] = {x, y, s.w, s.h};
            reach.w = std::max(reach.w, x + s.w);
            reach.h = std::max(reach.h, y + s.h);
            rowH = std::max(rowH, s.h);
            x += s.w + 2 * M::gap;
            ++col;
        }
        return reach;
    }

    static int squareColumns(size_t n)
    {
        return std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n)))));
    }

    Size measure(const Component& c)
    {
        if (auto it = m_size.find(c.id); it != m_size.end()) return it->second;
        const bool hasSize = c.geometry && c.geometry->w > 0 && c.geometry->h > 0;
        if (!isContainerKind(m_catalog, c.kind)) {
            Size need = needed(c);
            Size size = hasSize ? Size{std::max(c.geometry->w, need.w), c.geometry->h} : need;
            size.h = std::max(size.h, drawnAsBand(m_catalog, c) ? 48.0 : M::nodeH);
            m_size[c.id] = size;
            return size;
        }
        const auto& all = kids(c.id);
        double right = 0;
        const double pinnedBottom = placePinned(all, right);
        std::vector<const Component*> autos;
        for (const Component* k : all)
            if (!pinned(*k)) autos.push_back(k);
        double top = M::header;
        if (pinnedBottom > 0) top = std::max(top, pinnedBottom + M::gap);
        Size reach = role(c) == LayoutRole::Region || role(c) == LayoutRole::Network
                         ? layoutRegion(autos, all, top)
                         : tierRows(autos, M::pad, top, squareColumns(autos.size()));
        Size grown{std::max(reach.w, right) + M::pad, std::max(reach.h, pinnedBottom) + M::pad};
        const double titleW = m_labels.titleWidth(c, !hasSize) + 24;
        Size size = hasSize
                        ? Size{std::max(c.geometry->w, grown.w), std::max(c.geometry->h, grown.h)}
                        : Size{std::max(M::zoneMinW, grown.w), std::max(M::nodeH, grown.h)};
        size.w = ceilToGrid(std::max(size.w, titleW));
        size.h = ceilToGrid(size.h);
        m_size[c.id] = size;
        return size;
    }

    /// Zones as equal columns side by side, rows by tier shared by all of them (a fleet in
    /// each zone sits at the same height), spanning groups as bands in their tier's row,
    /// and the region's own services in tier rows to the right.
    Size layoutRegion(const std::vector<const Component*>& autos,
                      const std::vector<const Component*>& all, double top)
    {
        std::unordered_set<std::string> zonesHere;
        for (const Component* k : all)
            if (role(*k) == LayoutRole::Zone) zonesHere.insert(k->id.value);
        std::vector<const Component*> zones, others;
        std::vector<std::pair<const Component*, std::vector<std::string>>> bands;
        for (const Component* k : autos) {
            if (role(*k) == LayoutRole::Zone) {
                zones.push_back(k);
                continue;
            }
            std::vector<std::string> spans;
            const KindSpec* s = spec(*k);
            if (s && s->spansZones)
                for (const auto& z : zonesOf(m_design, m_catalog, *k))
                    if (zonesHere.count(z.value)) spans.push_back(z.value);
            if (spans.empty())
                others.push_back(k);
            else
                bands.emplace_back(k, std::move(spans));
        }
        double right = M::pad, bottom = top;
        if (!zones.empty()) {
            Size z = layoutZones(zones, bands, top);
            right = z.w;
            bottom = z.h;
        } else {
            for (auto& b : bands)
                others.push_back(b.first);
        }
        if (!others.empty()) {
            const double x0 = zones.empty() ? M::pad : right + M::gap;
            Size r = tierRows(others, x0, top, squareColumns(others.size()));
            right = std::max(right, r.w);
            bottom = std::max(bottom, r.h);
        }
        return {right, bottom};
    }

    Size
    layoutZones(const std::vector<const Component*>& zones,
                const std::vector<std::pair<const Component*, std::vector<std::string>>>& bands,
                double top)
    {
        // Each zone's own content: pinned children where they are, the rest by tier.
        std::vector<std::array<std::vector<const Component*>, kTiers>> rows(zones.size());
        double start = M::header, width = M::zoneMinW;
        std::map<std::string, size_t> column;
        for (size_t i = 0; i < zones.size(); ++i) {
            const Component& z = *zones[i];
            column[z.id.value] = i;
            double pinnedRight = 0;
            const double pinnedBottom = placePinned(kids(z.id), pinnedRight);
            if (pinnedBottom > 0) start = std::max(start, pinnedBottom + M::gap);
            width = std::max({width, pinnedRight + M::pad, m_labels.titleWidth(z, true) + 24});
            for (const Component* k : byTier(kids(z.id)))
                if (!pinned(*k)) rows[i][static_cast<size_t>(tier(*k))].push_back(k);
        }
        // A tier's members wrap at the same count in every zone, so the k-th of each
        // zone sits in the same row and column.
        std::array<size_t, kTiers> perRow{};
        for (size_t t = 0; t < kTiers; ++t) {
            size_t most = 0;
            for (const auto& r : rows)
                most = std::max(most, r[t].size());
            perRow[t] =
                most <= 4 ? std::max<size_t>(most, 1) : static_cast<size_t>(squareColumns(most));
        }
        for (size_t i = 0; i < zones.size(); ++i)
            for (size_t t = 0; t < kTiers; ++t) {
                const auto& row = rows[i][t];
                for (size_t from = 0; from < row.size(); from += perRow[t]) {
                    double w = M::pad;
                    for (size_t k = from; k < std::min(row.size(), from + perRow[t]); ++k)
                        w += measure(*row[k]).w + M::gap;
                    width = std::max(width, w - M::gap + M::pad);
                }
            }
        // A band must be wide enough for its title across the columns it spans.
        for (const auto& [b, spans] : bands) {
            size_t lo = zones.size(), hi = 0;
            for (const auto& z : spans)
                if (auto it = column.find(z); it != column.end()) {
                    lo = std::min(lo, it->second);
                    hi = std::max(hi, it->second);
                }
            if (lo > hi) continue;
            const double k = static_cast<double>(hi - lo + 1);
            width = std::max(width, (needed(*b).w + 2 * M::pad - (k - 1) * M::gap) / k);
        }
        width = ceilToGrid(width);
        // Rows from the top, tier by tier: the tier's bands, each below what is already in
        // the columns it spans; then the tier's zone members, one row shared by every zone
        // that has some, so replicas line up. A zone no band crosses starts at the top.
        std::vector<double> cursor(zones.size(), start);
        for (int t = 0; t < kTiers; ++t) {
            for (const auto& [b, spans] : bands) {
                if (tier(*b) != t) continue;
                size_t lo = zones.size(), hi = 0;
                for (const auto& z : spans)
                    if (auto it = column.find(z); it != column.end()) {
                        lo = std::min(lo, it->second);
                        hi = std::max(hi, it->second);
                    }
                if (lo > hi) continue;
                const double by = *std::max_element(cursor.begin() + static_cast<long>(lo),
                                                    cursor.begin() + static_cast<long>(hi) + 1);
                const double left = M::pad + static_cast<double>(lo) * (width + M::gap);
                const double w = static_cast<double>(hi - lo + 1) * (width + M::gap) - M::gap;
                const Geometry g{left + M::pad, top + by, w - 2 * M::pad, M::bandH};
                m_rel[b->id] = g;
                m_size[b->id] = {g.w, g.h};
                for (size_t i = lo; i <= hi; ++i)
                    cursor[i] = by + M::bandH + M::gap;
            }
            const auto tierIndex = static_cast<size_t>(t);
            double y = -1;
            for (size_t i = 0; i < zones.size(); ++i)
                if (!rows[i][tierIndex].empty()) y = std::max(y, cursor[i]);
            if (y < 0) continue;
            const size_t n = perRow[tierIndex];
            for (size_t from = 0;; from += n) {
                double rowH = 0;
                bool any = false;
                for (size_t i = 0; i < zones.size(); ++i) {
                    const auto& row = rows[i][tierIndex];
                    if (from >= row.size()) continue;
                    any = true;
                    const size_t to = std::min(row.size(), from + n);
                    double rowW = -M::gap;
                    for (size_t k = from; k < to; ++k)
                        rowW += measure(*row[k]).w + M::gap;
                    double x = std::max(M::pad, snapToGrid((width - rowW) / 2));
                    for (size_t k = from; k < to; ++k) {
                        const Size s = measure(*row[k]);
                        m_rel[row[k]->id] = {x, y, s.w, s.h};
                        x += s.w + M::gap;
                        rowH = std::max(rowH, s.h);
                    }
                }
                if (!any) break;
                y += rowH + M::gap;
            }
            for (size_t i = 0; i < zones.size(); ++i)
                if (!rows[i][tierIndex].empty()) cursor[i] = y;
        }
        const double y = *std::max_element(cursor.begin(), cursor.end());
        const double height = ceilToGrid(std::max(y - M::gap + M::pad, M::nodeH + M::header));
        double x = M::pad;
        for (const Component* z : zones) {
            m_rel[z->id] = {x, top, width, height};
            m_size[z->id] = {width, height};
            x += width + M::gap;
        }
        return {x - M::gap, top + height};
    }

    void placeTopLevel(const std::vector<const Component*>& roots)
    {
        double right = 0;
        const double pinnedBottom = placePinned(roots, right);
        double top = pinnedBottom > 0 ? pinnedBottom + 2 * M::gap : 0;
        std::vector<const Component*> edge, regions, others;
        for (const Component* c : roots) {
            if (pinned(*c)) continue;
            if (role(*c) == LayoutRole::Region)
                regions.push_back(c);
            else if (tier(*c) == static_cast<int>(LayoutTier::Edge))
                edge.push_back(c);
            else
                others.push_back(c);
        }
        // Where traffic comes from, centred above the regions it enters.
        double edgeW = -2 * M::gap, edgeH = 0;
        for (const Component* c : edge) {
            const Size s = measure(*c);
            edgeW += s.w + 2 * M::gap;
            edgeH = std::max(edgeH, s.h);
        }
        const double edgeTop = top;
        if (!edge.empty()) top += edgeH + 3 * M::gap;
        const int cols = squareColumns(regions.size());
        double x = 0, rowH = 0, widest = 0;
        int col = 0;
        for (const Component* c : regions) {
            if (col == cols) {
                x = 0;
                top += rowH + 2 * M::gap;
                rowH = 0;
                col = 0;
            }
            const Size s = measure(*c);
            m_rel[c->id] = {x, top, s.w, s.h};
            x += s.w + 2 * M::gap;
            widest = std::max(widest, x - 2 * M::gap);
            rowH = std::max(rowH, s.h);
            ++col;
        }
        if (!regions.empty()) top += rowH + 2 * M::gap;
        x = std::max(0.0, snapToGrid((widest - edgeW) / 2));
        for (const Component* c : edge) {
            const Size s = measure(*c);
            m_rel[c->id] = {x, edgeTop, s.w, s.h};
            x += s.w + 2 * M::gap;
        }
        tierRows(others, 0, top, squareColumns(others.size()));
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
    const LabelMetrics& m_labels;
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
    const KindSpec* spec = KindCatalog::builtin().find(kind);
    return spec && spec->layoutRole == LayoutRole::Zone;
}

bool isRegionKind(const KindCatalog& catalog, std::string_view kind)
{
    const KindSpec* spec = catalog.find(kind);
    return spec && spec->layoutRole == LayoutRole::Region;
}

bool drawnAsBand(const KindCatalog& catalog, const Component& c)
{
    const KindSpec* spec = catalog.find(c.kind);
    return spec && spec->spansZones && !spec->container &&
           (!catalog.idList(c, "zones").empty() || !catalog.idList(c, "subnets").empty());
}

double snapToGrid(double v)
{
    return std::round(v / LayoutMetrics::grid) * LayoutMetrics::grid;
}

double ceilToGrid(double v)
{
    return std::ceil(v / LayoutMetrics::grid - 1e-9) * LayoutMetrics::grid;
}

Layout computeLayout(const Design& design, const KindCatalog& catalog, const LabelMetrics* labels)
{
    const EstimatedLabelMetrics estimate(catalog);
    return Layouter(design, catalog, labels ? *labels : estimate).run();
}

} // namespace azimuth::model
