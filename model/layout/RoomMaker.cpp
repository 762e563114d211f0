#include "RoomMaker.h"

#include "AutoLayout.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace azimuth::model {

namespace {

using M = LayoutMetrics;

enum class Sort
{
    Frame,
    Band,
    Node
};

Sort sortOf(const KindCatalog& catalog, const Component& c)
{
    if (isContainerKind(catalog, c.kind)) return Sort::Frame;
    if (drawnAsBand(catalog, c)) return Sort::Band;
    return Sort::Node;
}

double snapUp(double v)
{
    return std::ceil(v / M::grid) * M::grid;
}

bool overlaps(const Geometry& a, const Geometry& b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

class Room
{
  public:
    Room(const Design& design, const KindCatalog& catalog, const Layout* drawn)
        : m_design(design), m_catalog(catalog)
    {
        for (const Component& c : design.components()) {
            if (!c.geometry) continue;
            Geometry g = *c.geometry;
            // A container's drawn box already grew around what it holds: only what the
            // name widens counts, which is a node's or band's drawn size.
            const Geometry* d =
                drawn && !isContainerKind(catalog, c.kind) ? drawn->box(c.id) : nullptr;
            if (d) {
                m_drawnW[c.id] = d->w;
                g.w = std::max(g.w, d->w);
                g.h = std::max(g.h, d->h);
            }
            m_boxes[c.id] = g;
        }
    }

    void run(const std::vector<ComponentId>& edited)
    {
        m_touched.insert(edited.begin(), edited.end());
        std::deque<ComponentId> queue(edited.begin(), edited.end());
        // Every step only grows a box or moves one right or down, so this ends; the cap
        // guards against a design that keeps pushing in circles.
        for (int round = 0; round < 8 && !queue.empty(); ++round) {
            std::unordered_set<ComponentId> regions;
            for (int steps = 0; !queue.empty() && steps < 4000; ++steps) {
                const ComponentId id = queue.front();
                queue.pop_front();
                settle(id, queue);
                if (const Component* c = m_design.component(id)) {
                    regions.insert(c->parent);
                    regions.insert(id);
                }
            }
            queue.clear();
            for (const ComponentId& r : regions)
                fitColumns(r, queue);
        }
    }

    std::vector<std::pair<ComponentId, Geometry>> changes() const
    {
        std::vector<std::pair<ComponentId, Geometry>> out;
        for (const Component& c : m_design.components()) {
            auto it = m_boxes.find(c.id);
            if (it != m_boxes.end() && c.geometry && m_touched.count(c.id) &&
                !(*c.geometry == it->second))
                out.emplace_back(c.id, it->second);
        }
        return out;
    }

  private:
    void touch(const ComponentId& id, std::deque<ComponentId>& queue)
    {
        m_touched.insert(id);
        queue.push_back(id);
    }

    Geometry* box(const ComponentId& id)
    {
        auto it = m_boxes.find(id);
        return it == m_boxes.end() ? nullptr : &it->second;
    }

    /// Siblings step aside from `id`; its container grows around it.
    void settle(const ComponentId& id, std::deque<ComponentId>& queue)
    {
        const Component* c = m_design.component(id);
        Geometry* g = c ? box(id) : nullptr;
        if (!g) return;
        const Sort sort = sortOf(m_catalog, *c);
        for (const Component* s : m_design.children(c->parent)) {
            if (s->id == id) continue;
            const Sort other = sortOf(m_catalog, *s);
            if ((sort == Sort::Node && other == Sort::Band) ||
                (sort == Sort::Band && other == Sort::Node)) {
                // A node never sits on a band's title: it goes below the band.
                Geometry* sg = box(s->id);
                if (!sg || !overlaps(*g, *sg)) continue;
                Geometry& node = sort == Sort::Node ? *g : *sg;
                const Geometry& band = sort == Sort::Node ? *sg : *g;
                node.y = snapUp(band.y + band.h + M::gap);
                touch(sort == Sort::Node ? id : s->id, queue);
                continue;
            }
            if (other != sort) continue;
            Geometry* sg = box(s->id);
            if (!sg || !overlaps(*g, *sg)) continue;
            // Bands share their columns, so they stack; others go right when they are
            // more to the right, else below.
            if (sort != Sort::Band && sg->x + sg->w / 2 >= g->x + g->w / 2)
                sg->x = snapUp(g->x + g->w + M::gap);
            else
                sg->y = snapUp(g->y + g->h + M::gap);
            touch(s->id, queue);
        }
        if (c->parent.empty()) return;
        Geometry* p = box(c->parent);
        if (!p) return;
        const double needW = snapUp(g->x + g->w + M::pad);
        const double needH = snapUp(g->y + g->h + M::pad);
        if (p->w >= needW && p->h >= needH) return;
        p->w = std::max(p->w, needW);
        p->h = std::max(p->h, needH);
        touch(c->parent, queue);
    }

    /// A region's zone columns: as tall as the tallest and as what is drawn across them;
    /// its spanning groups run across the columns they name.
    void fitColumns(const ComponentId& region, std::deque<ComponentId>& queue)
    {
        const Component* r = m_design.component(region);
        if (!r || !m_catalog.isRegion(r->kind)) return;
        std::vector<const Component*> columns;
        for (const Component* z : m_design.children(region))
            if (m_catalog.isZone(z->kind) && box(z->id)) columns.push_back(z);
        if (columns.empty()) return;
        for (const Component* c : m_design.children(region)) {
            Geometry* g = box(c->id);
            if (!g || !drawnAsBand(m_catalog, *c)) continue;
            const auto zones = m_catalog.idList(*c, "zones");
            double left = 0, right = 0;
            bool any = false;
            for (const Component* z : columns) {
                if (std::find(zones.begin(), zones.end(), z->id.value) == zones.end()) continue;
                const Geometry& zg = *box(z->id);
                left = any ? std::min(left, zg.x) : zg.x;
                right = any ? std::max(right, zg.x + zg.w) : zg.x + zg.w;
                any = true;
            }
            if (!any) continue;
            // A band's title is never cut: the last column it spans widens to fit it.
            const auto drawnW = m_drawnW.find(c->id);
            const double short_ =
                drawnW == m_drawnW.end() ? 0 : drawnW->second - (right - left - 2 * M::grid);
            if (short_ > 0) {
                const Component* last = nullptr;
                for (const Component* z : columns)
                    if (std::find(zones.begin(), zones.end(), z->id.value) != zones.end() &&
                        (!last || box(z->id)->x > box(last->id)->x))
                        last = z;
                box(last->id)->w = snapUp(box(last->id)->w + short_);
                right += snapUp(short_);
                touch(last->id, queue);
            }
            const Geometry want{left + M::grid, g->y, right - left - 2 * M::grid, g->h};
            if (!(want == *g)) {
                *g = want;
                touch(c->id, queue);
            }
        }
        double bottom = 0;
        for (const Component* z : columns)
            bottom = std::max(bottom, box(z->id)->y + box(z->id)->h);
        for (const Component* c : m_design.children(region)) {
            const Geometry* g = box(c->id);
            if (!g || m_catalog.isZone(c->kind) || m_catalog.idList(*c, "zones").empty()) continue;
            for (const Component* z : columns) {
                const Geometry& zg = *box(z->id);
                if (g->x < zg.x + zg.w && zg.x < g->x + g->w && g->y < zg.y + zg.h + M::pad)
                    bottom = std::max(bottom, snapUp(g->y + g->h + M::pad));
            }
        }
        for (const Component* z : columns) {
            Geometry& zg = *box(z->id);
            if (zg.y + zg.h < bottom) {
                zg.h = bottom - zg.y;
                touch(z->id, queue);
            }
        }
    }

    const Design& m_design;
    const KindCatalog& m_catalog;
    std::unordered_map<ComponentId, Geometry> m_boxes;
    std::unordered_set<ComponentId> m_touched;        ///< what the edit placed or made room with
    std::unordered_map<ComponentId, double> m_drawnW; ///< nodes' and bands' drawn widths
};

} // namespace

std::vector<std::pair<ComponentId, Geometry>> makeRoom(const Design& design,
                                                       const KindCatalog& catalog,
                                                       const std::vector<ComponentId>& edited,
                                                       const Layout* drawn)
{
    Room room(design, catalog, drawn);
    room.run(edited);
    return room.changes();
}

} // namespace azimuth::model
