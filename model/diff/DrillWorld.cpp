#include "DrillWorld.h"

#include "StructureDiff.h"
#include "model/catalog/DesignQueries.h"
#include "model/catalog/NetworkMap.h"
#include "model/drill/Drill.h"

#include <algorithm>
#include <deque>
#include <set>

namespace azimuth::model {

namespace {

/// The connections between members, as (from, to).
std::multiset<std::pair<std::string, std::string>>
arrows(const DesignLinks& links, const std::vector<int>& members,
       const std::unordered_set<std::string>& ids)
{
    std::multiset<std::pair<std::string, std::string>> out;
    for (int i : members)
        for (int k : links.outgoing(i)) {
            const Connection& c = links.design().connections()[static_cast<size_t>(k)];
            if (ids.count(c.to.value)) out.emplace(c.from.value, c.to.value);
        }
    return out;
}

} // namespace

DrillWorld::DrillWorld(const DesignLinks& links, const ComponentId& users,
                       const KindCatalog& catalog)
    : m_links(links), m_design(links.design()), m_catalog(catalog), m_users(users)
{
    const Design& design = m_design;
    if (!design.component(users)) return;
    std::deque<const Component*> queue;
    auto take = [&](const Component* c) {
        if (!c || !m_ids.insert(c->id.value).second) return false;
        m_members.push_back(design.indexOf(c->id));
        return true;
    };
    // Along connections, as the drill walks them; it never walks past compute.
    const Component* start = design.component(users);
    take(start);
    queue.push_back(start);
    while (!queue.empty()) {
        const Component* at = queue.front();
        queue.pop_front();
        if (at != start)
            if (const KindSpec* spec = catalog.find(at->kind); spec && spec->compute) continue;
        for (int k : links.outgoing(design.indexOf(at->id))) {
            const Component* next =
                design.component(design.connections()[static_cast<size_t>(k)].to);
            if (take(next)) queue.push_back(next);
        }
    }
    // Then what decides whether each of them is lost.
    const std::vector<int> reached = m_members;
    std::vector<const Component*> regions;
    auto withContainers = [&](const Component* c) {
        for (size_t depth = 0; c && depth <= design.components().size(); ++depth) {
            take(c);
            c = c->parent.empty() ? nullptr : design.component(c->parent);
        }
    };
    for (int i : reached) {
        const Component& c = design.components()[static_cast<size_t>(i)];
        withContainers(&c);
        for (const ComponentId& zone : zonesOf(design, catalog, c)) {
            const Component* z = design.component(zone);
            withContainers(z);
            if (const Component* region = z ? regionOf(design, catalog, *z) : nullptr)
                regions.push_back(region);
        }
        if (const Component* region = regionOf(design, catalog, c)) regions.push_back(region);
    }
    // A component in a VPC, or naming its subnets, depends on the VPC's routes: its
    // subnets, NAT gateways, endpoints and gateways come along, with their containers.
    const NetworkMap network(design, catalog);
    std::set<const Component*> vpcs;
    for (int i : reached) {
        const Component& c = design.components()[static_cast<size_t>(i)];
        if (const Component* vpc = network.vpcOf(c)) vpcs.insert(vpc);
        for (const Component* subnet : network.subnetsOf(c))
            if (const Component* vpc = network.vpcOf(*subnet)) vpcs.insert(vpc);
    }
    if (!vpcs.empty())
        for (const Component& c : design.components())
            if (const Component* vpc = network.vpcOf(c); vpc && vpcs.count(vpc)) withContainers(&c);
    for (const Component* region : regions) {
        take(region);
        for (int child : links.children(design.indexOf(region->id)))
            if (isDrillTarget(catalog, design.components()[static_cast<size_t>(child)]))
                take(&design.components()[static_cast<size_t>(child)]);
    }
    std::sort(m_members.begin(), m_members.end());

    m_world.reserve(m_members.size(), m_members.size());
    for (int i : m_members) {
        const Component& c = design.components()[static_cast<size_t>(i)];
        m_world.insertComponent(c);
        if (isDrillTarget(catalog, c)) m_targets.push_back(c.id);
    }
    for (int i : m_members)
        for (int k : links.outgoing(i)) {
            const Connection& conn = design.connections()[static_cast<size_t>(k)];
            if (m_ids.count(conn.to.value)) m_world.insertConnection(conn);
        }
}

std::optional<bool> DrillWorld::servedWhen(const ComponentId& failed) const
{
    const Component* target = m_design.component(failed);
    if (!target || !isDrillTarget(m_catalog, *target) || !m_world.component(m_users))
        return std::nullopt;
    DrillResult result;
    if (m_world.component(failed)) {
        result = runDrill(m_world, failed, m_catalog);
    } else {
        // Nothing the users depend on is in it: fail it beside them, to the same effect
        // as failing it in the whole design.
        Design wider = m_world;
        std::vector<Component> chain;
        for (const Component* c = target; c && !wider.component(c->id);
             c = c->parent.empty() ? nullptr : m_design.component(c->parent))
            chain.push_back(*c);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            wider.insertComponent(*it);
        result = runDrill(wider, failed, m_catalog);
    }
    for (const auto& e : result.entryPoints)
        if (e.id == m_users) return e.served;
    return std::nullopt;
}

bool DrillWorld::sameAs(const DrillWorld& other) const
{
    if (m_ids != other.m_ids) return false;
    for (int i : m_members) {
        const Component& mine = m_design.components()[static_cast<size_t>(i)];
        const Component* theirs = other.m_design.component(mine.id);
        if (!theirs || !componentChanges(mine, *theirs, m_catalog).empty()) return false;
    }
    return arrows(m_links, m_members, m_ids) == arrows(other.m_links, other.m_members, other.m_ids);
}

} // namespace azimuth::model
