#pragma once
// What the rules read, indexed once per design so that each rule is a few lookups:
// kinds, parents, regions, children, connections and the zones each component uses.

#include "model/catalog/KindCatalog.h"
#include "model/catalog/NetworkMap.h"
#include "model/core/Design.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace azimuth::model {

class PriceCatalog;
struct Rule;

class RuleContext
{
  public:
    RuleContext(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog);

    const Design& design() const { return *m_design; }
    const PriceCatalog& prices() const { return m_prices; }
    const KindCatalog& catalog() const { return m_catalog; }

    size_t size() const { return m_kind.size(); }
    const Component& component(uint32_t i) const { return m_design->components()[i]; }
    /// The kind's catalog entry; an empty one for a kind the catalog does not know.
    /// Whether component `i` is a Region (its kind's failure domain).
    bool isRegion(uint32_t i) const { return spec(i).failureDomain == FailureDomain::Region; }
    const KindSpec& spec(uint32_t i) const
    {
        return m_kind[i] < m_catalog.kinds().size() ? m_catalog.kinds()[m_kind[i]] : m_unknown;
    }
    const std::string& kind(uint32_t i) const { return component(i).kind; }
    /// Index of a component in the design, or -1.
    int indexOf(const ComponentId& id) const { return find(id.value); }
    /// Parent index, or -1 at the top level.
    int parent(uint32_t i) const { return m_parent[i]; }
    /// Index of the region the component sits in (itself for a region), or -1.
    int region(uint32_t i) const { return m_region[i]; }
    /// The region code of its region's price table; "" outside any region.
    std::string regionCode(uint32_t i) const;

    std::span<const uint32_t> children(uint32_t i) const { return span(m_children, i); }
    /// Indexes of connections that start (end) at a component.
    std::span<const uint32_t> outgoing(uint32_t i) const { return span(m_outgoing, i); }
    std::span<const uint32_t> incoming(uint32_t i) const { return span(m_incoming, i); }
    const Connection& connection(uint32_t c) const { return m_design->connections()[c]; }
    uint32_t connectionFrom(uint32_t c) const { return m_connFrom[c]; }
    uint32_t connectionTo(uint32_t c) const { return m_connTo[c]; }

    /// The distinct zones a component uses (rules.md), as component indexes.
    const std::vector<uint32_t>& zones(uint32_t i) const { return m_zones[i]; }
    /// Components whose `zones` name this one.
    const std::vector<uint32_t>& zoneUsers(uint32_t i) const { return m_zoneUsers[i]; }
    /// Placed compute inside a region, in file order.
    const std::vector<uint32_t>& placedComputeIn(uint32_t region) const
    {
        return m_placedCompute[region];
    }

    /// The rules that apply to a component's kind.
    const std::vector<const Rule*>& rulesFor(uint32_t i) const { return m_rules[m_kind[i]]; }

    /// Whether this index still fits `design`: same components and connections, so only
    /// properties can have changed.
    bool fits(const Design& design) const;
    /// Points at `design`, a design that fits (the same one, or an equal copy).
    void rebind(const Design& design)
    {
        m_design = &design;
        m_network.reset();
    }
    /// The design's VPCs, subnets and ways out (networking.md), built when first asked.
    const NetworkMap& network() const;
    /// The VPC a component is in: the one it sits in, else that of the subnets it names.
    const Component* vpcOf(uint32_t i) const;
    /// Re-reads what a property edit of component i can change: the zones it uses.
    void refresh(uint32_t i);

  private:
    struct Csr
    {
        std::vector<uint32_t> offsets;
        std::vector<uint32_t> items;
    };
    static std::span<const uint32_t> span(const Csr& csr, uint32_t i)
    {
        return {csr.items.data() + csr.offsets[i], csr.offsets[i + 1] - csr.offsets[i]};
    }
    std::vector<uint32_t> readZones(uint32_t i) const;
    /// The zone it sits in through its containers (short of a region), or -1.
    int zoneAbove(uint32_t i) const;
    /// Index of the component with this id, or -1 (an open-addressing table: a full
    /// check looks up every parent, connection end and zone).
    int find(std::string_view id) const;

    const Design* m_design;
    const PriceCatalog& m_prices;
    const KindCatalog& m_catalog;
    std::vector<uint32_t> m_idSlots; ///< component index + 1; 0 = empty
    std::vector<uint16_t> m_kind;
    std::vector<int> m_parent;
    std::vector<int> m_region;
    Csr m_children, m_outgoing, m_incoming;
    std::vector<uint32_t> m_connFrom, m_connTo;
    std::vector<std::vector<uint32_t>> m_zones;
    std::vector<std::vector<uint32_t>> m_zoneUsers;
    std::vector<std::vector<uint32_t>> m_placedCompute;
    std::vector<std::vector<const Rule*>> m_rules; ///< by kind index; the last for unknown kinds
    KindSpec m_unknown;
    /// Only the network rules need it, so a design without a VPC never builds it.
    mutable std::unique_ptr<NetworkMap> m_network;
};

} // namespace azimuth::model
