#include "RuleContext.h"

#include "model/rules/RuleRegistry.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace azimuth::model {

namespace {

/// Fills a compressed list-of-lists from (owner, item) pairs given as two arrays.
template <typename Owner>
void buildCsr(size_t owners, size_t count, Owner ownerOf, std::vector<uint32_t>& offsets,
              std::vector<uint32_t>& items)
{
    offsets.assign(owners + 1, 0);
    for (size_t k = 0; k < count; ++k)
        if (int o = ownerOf(k); o >= 0) ++offsets[static_cast<size_t>(o) + 1];
    for (size_t i = 0; i < owners; ++i)
        offsets[i + 1] += offsets[i];
    items.assign(offsets[owners], 0);
    std::vector<uint32_t> next(offsets.begin(), offsets.end() - 1);
    for (size_t k = 0; k < count; ++k)
        if (int o = ownerOf(k); o >= 0)
            items[next[static_cast<size_t>(o)]++] = static_cast<uint32_t>(k);
}

} // namespace

RuleContext::RuleContext(const Design& design, const PriceCatalog& prices,
                         const KindCatalog& catalog)
    : m_design(&design), m_prices(prices), m_catalog(catalog)
{
    const auto& comps = design.components();
    const size_t n = comps.size();
    const auto& kinds = catalog.kinds();

    std::unordered_map<std::string_view, uint16_t> kindIndex;
    for (size_t k = 0; k < kinds.size(); ++k)
        kindIndex.emplace(kinds[k].kind, static_cast<uint16_t>(k));
    m_rules.resize(kinds.size() + 1);
    for (const Rule& rule : allRules()) {
        for (size_t k = 0; k < kinds.size(); ++k)
            if (rule.isFor(kinds[k])) m_rules[k].push_back(&rule);
        if (rule.isFor(m_unknown)) m_rules.back().push_back(&rule);
    }

    size_t slots = 16;
    while (slots < 2 * n)
        slots *= 2;
    m_idSlots.assign(slots, 0);
    for (size_t i = 0; i < n; ++i) {
        size_t s = std::hash<std::string_view>{}(comps[i].id.value) & (slots - 1);
        while (m_idSlots[s] != 0)
            s = (s + 1) & (slots - 1);
        m_idSlots[s] = static_cast<uint32_t>(i + 1);
    }

    m_kind.resize(n);
    m_parent.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
        auto it = kindIndex.find(comps[i].kind);
        m_kind[i] = it == kindIndex.end() ? static_cast<uint16_t>(kinds.size()) : it->second;
        if (!comps[i].parent.empty()) m_parent[i] = find(comps[i].parent.value);
    }

    // Regions: walk up to the first ancestor already known; parents may come later in
    // file order, and a loop (refused by the reader) must not hang a hand-made design.
    constexpr int kUnknown = -2;
    m_region.assign(n, kUnknown);
    std::vector<uint32_t> path;
    for (size_t start = 0; start < n; ++start) {
        path.clear();
        int c = static_cast<int>(start);
        int found = -1;
        while (c >= 0 && m_region[c] == kUnknown && path.size() <= n) {
            if (isRegion(static_cast<uint32_t>(c))) {
                found = c;
                break;
            }
            path.push_back(static_cast<uint32_t>(c));
            c = m_parent[c];
        }
        if (c >= 0 && m_region[c] != kUnknown) found = m_region[c];
        if (c >= 0 && isRegion(static_cast<uint32_t>(c))) m_region[c] = c;
        for (uint32_t p : path)
            m_region[p] = found;
    }

    buildCsr(
        n, n, [&](size_t k) { return m_parent[k]; }, m_children.offsets, m_children.items);
    const auto& conns = design.connections();
    m_connFrom.resize(conns.size());
    m_connTo.resize(conns.size());
    for (size_t k = 0; k < conns.size(); ++k) {
        m_connFrom[k] = static_cast<uint32_t>(find(conns[k].from.value));
        m_connTo[k] = static_cast<uint32_t>(find(conns[k].to.value));
    }
    // A connection to a missing component (only a hand-made design has one) is left out.
    auto valid = [&](size_t k) { return m_connFrom[k] < n && m_connTo[k] < n; };
    buildCsr(
        n, conns.size(), [&](size_t k) { return valid(k) ? static_cast<int>(m_connFrom[k]) : -1; },
        m_outgoing.offsets, m_outgoing.items);
    buildCsr(
        n, conns.size(), [&](size_t k) { return valid(k) ? static_cast<int>(m_connTo[k]) : -1; },
        m_incoming.offsets, m_incoming.items);

    m_zones.resize(n);
    m_zoneUsers.resize(n);
    m_placedCompute.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_zones[i] = readZones(static_cast<uint32_t>(i));
        if (zoneAbove(static_cast<uint32_t>(i)) < 0)
            for (uint32_t z : m_zones[i])
                m_zoneUsers[z].push_back(static_cast<uint32_t>(i));
        if (spec(static_cast<uint32_t>(i)).placedCompute && m_region[i] >= 0)
            m_placedCompute[m_region[i]].push_back(static_cast<uint32_t>(i));
    }
}

std::vector<uint32_t> RuleContext::readZones(uint32_t i) const
{
    // networking.md: none for a zoneless service; its zone through its containers; else
    // its subnets' zones; else its `zones`.
    std::vector<uint32_t> out;
    if (spec(i).zoneless) return out;
    if (const int zone = zoneAbove(i); zone >= 0) {
        out.push_back(static_cast<uint32_t>(zone));
        return out;
    }
    auto add = [&](int idx) {
        if (idx >= 0 && std::find(out.begin(), out.end(), static_cast<uint32_t>(idx)) == out.end())
            out.push_back(static_cast<uint32_t>(idx));
    };
    const Component& c = component(i);
    for (const char* list : {"subnets", "zones"}) {
        if (!out.empty() || !spec(i).prop(list)) continue;
        const Json& ids = m_catalog.prop(c, list);
        if (!ids.isArray()) continue;
        for (const Json& z : ids.asArray()) {
            if (!z.isString()) continue;
            const int idx = find(z.asString());
            add(list[0] == 's' && idx >= 0 ? zoneAbove(static_cast<uint32_t>(idx)) : idx);
        }
    }
    return out;
}

int RuleContext::zoneAbove(uint32_t i) const
{
    int p = m_parent[i];
    for (size_t steps = 0; p >= 0 && steps <= m_kind.size(); ++steps) {
        const KindSpec& s = spec(static_cast<uint32_t>(p));
        if (s.failureDomain == FailureDomain::Region) return -1;
        if (s.failureDomain == FailureDomain::Zone) return p;
        p = m_parent[static_cast<size_t>(p)];
    }
    return -1;
}

int RuleContext::find(std::string_view id) const
{
    const size_t mask = m_idSlots.size() - 1;
    const auto& comps = m_design->components();
    for (size_t s = std::hash<std::string_view>{}(id)&mask; m_idSlots[s] != 0; s = (s + 1) & mask)
        if (comps[m_idSlots[s] - 1].id.value == id) return static_cast<int>(m_idSlots[s] - 1);
    return -1;
}

std::string RuleContext::regionCode(uint32_t i) const
{
    if (m_region[i] < 0) return {};
    return m_catalog.string(component(static_cast<uint32_t>(m_region[i])), "code")
        .value_or("us-east-1");
}

bool RuleContext::fits(const Design& design) const
{
    return design.components().size() == m_kind.size() &&
           design.connections().size() == m_connFrom.size();
}

const NetworkMap& RuleContext::network() const
{
    if (!m_network) m_network = std::make_unique<NetworkMap>(*m_design, m_catalog);
    return *m_network;
}

const Component* RuleContext::vpcOf(uint32_t i) const
{
    const NetworkMap& net = network();
    const Component& c = component(i);
    if (const Component* vpc = net.vpcOf(c)) return vpc;
    const auto subnets = net.subnetsOf(c);
    return subnets.empty() ? nullptr : net.vpcOf(*subnets.front());
}

void RuleContext::refresh(uint32_t i)
{
    m_network.reset(); // a subnet's `public` or a component's `subnets` may have changed
    if (zoneAbove(i) >= 0) return; // its zone is where it sits: not a property
    for (uint32_t z : m_zones[i])
        std::erase(m_zoneUsers[z], i);
    m_zones[i] = readZones(i);
    for (uint32_t z : m_zones[i])
        m_zoneUsers[z].push_back(i);
}

} // namespace azimuth::model
