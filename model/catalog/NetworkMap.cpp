#include "NetworkMap.h"

#include "model/catalog/DesignQueries.h"
#include "model/catalog/OtherStacks.h"

#include <algorithm>

namespace azimuth::model {

namespace {

NetworkRole roleOf(const KindCatalog& catalog, const Component& c)
{
    const KindSpec* spec = catalog.find(c.kind);
    return spec ? spec->networkRole : NetworkRole::None;
}

} // namespace

NetworkMap::NetworkMap(const Design& design, const KindCatalog& catalog)
    : m_design(design), m_catalog(catalog)
{
    std::map<std::pair<std::string, std::string>, ComponentId> firstByName; // (region, name)
    for (const Component& c : design.components()) {
        const KindSpec* spec = catalog.find(c.kind);
        if (!spec) continue;
        if (spec->failureDomain == FailureDomain::Zone && c.name && !c.name->empty()) {
            const Component* region = regionOf(design, catalog, c);
            const auto key = std::make_pair(region ? region->id.value : std::string(), *c.name);
            auto [it, fresh] = firstByName.emplace(key, c.id);
            if (!fresh) m_sameZone[c.id.value] = it->second;
        }
        const NetworkRole role = spec->networkRole;
        if (role == NetworkRole::None || role == NetworkRole::Vpc) continue;
        const Component* vpc = vpcOf(c);
        if (!vpc) continue;
        if (role == NetworkRole::Subnet) m_subnets[vpc->id.value].push_back(&c);
        if (role == NetworkRole::NatGateway) m_nats[vpc->id.value].push_back(&c);
        if (role == NetworkRole::Endpoint) m_endpoints[vpc->id.value].push_back(&c);
        if (role == NetworkRole::InternetGateway) m_igw.emplace(vpc->id.value, &c);
    }
}

const Component* NetworkMap::vpcOf(const Component& c) const
{
    const Component* p = c.parent.empty() ? nullptr : m_design.component(c.parent);
    for (size_t steps = 0; p && steps <= m_design.components().size(); ++steps) {
        if (roleOf(m_catalog, *p) == NetworkRole::Vpc) return p;
        p = p->parent.empty() ? nullptr : m_design.component(p->parent);
    }
    return nullptr;
}

std::vector<const Component*> NetworkMap::subnetsOf(const Component& c) const
{
    std::vector<const Component*> out;
    const Component* p = c.parent.empty() ? nullptr : m_design.component(c.parent);
    for (size_t steps = 0; p && steps <= m_design.components().size(); ++steps) {
        const NetworkRole role = roleOf(m_catalog, *p);
        if (role == NetworkRole::Subnet) return {p};
        if (role == NetworkRole::Vpc) break;
        p = p->parent.empty() ? nullptr : m_design.component(p->parent);
    }
    const KindSpec* spec = m_catalog.find(c.kind);
    if (!spec || !spec->prop("subnets")) return out;
    for (const auto& id : m_catalog.idList(c, "subnets"))
        if (const Component* s = m_design.component(ComponentId(id));
            s && roleOf(m_catalog, *s) == NetworkRole::Subnet &&
            std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(s);
    return out;
}

bool NetworkMap::isPrivate(const Component& c) const
{
    const auto subnets = subnetsOf(c);
    if (subnets.empty()) return false;
    return std::none_of(subnets.begin(), subnets.end(), [&](const Component* s) {
        return m_catalog.boolean(*s, "public").value_or(false);
    });
}

ComponentId NetworkMap::sameZone(const ComponentId& zone) const
{
    auto it = m_sameZone.find(zone.value);
    return it == m_sameZone.end() ? zone : it->second;
}

std::vector<ComponentId> NetworkMap::zones(const Component& c) const
{
    std::vector<ComponentId> out;
    for (const ComponentId& z : zonesOf(m_design, m_catalog, c)) {
        ComponentId same = sameZone(z);
        if (std::find(out.begin(), out.end(), same) == out.end()) out.push_back(std::move(same));
    }
    return out;
}

std::vector<ComponentId> NetworkMap::sendingZones(const Component& c) const
{
    std::vector<ComponentId> z = zones(c);
    const KindSpec* spec = m_catalog.find(c.kind);
    if (spec && !spec->failover.empty() && z.size() > 1) z.resize(1);
    return z;
}

double NetworkMap::crossZoneShare(const Component& from, const Component& to) const
{
    const auto s = sendingZones(from);
    const auto r = sendingZones(to);
    if (s.empty() || r.empty()) return 0;
    size_t both = 0;
    for (const auto& z : s)
        both += static_cast<size_t>(std::count(r.begin(), r.end(), z));
    return 1.0 - static_cast<double>(both) / static_cast<double>(s.size() * r.size());
}

bool NetworkMap::leavesVpc(const Component& privateEnd, const Component& other) const
{
    const KindSpec* spec = m_catalog.find(other.kind);
    if (!spec) return false;
    if (spec->entryPoint || spec->zoneless) return true;
    const Component* here = regionOf(m_design, m_catalog, privateEnd);
    const Component* there = regionOf(m_design, m_catalog, other);
    return here && there && here != there;
}

WayOut NetworkMap::wayOut(const Component& privateEnd, const ComponentId& zone,
                          const Component& other) const
{
    WayOut out;
    // A component drawn in its Region that names subnets is in their VPC.
    const Component* vpc = vpcOf(privateEnd);
    if (const auto subnets = subnetsOf(privateEnd); !vpc && !subnets.empty())
        vpc = vpcOf(*subnets.front());
    if (!vpc) return out;
    const KindSpec* spec = m_catalog.find(other.kind);
    const bool sameRegion =
        regionOf(m_design, m_catalog, privateEnd) == regionOf(m_design, m_catalog, other);
    if (spec && sameRegion && !spec->endpointService.empty())
        if (const Component* e = endpointFor(*vpc, spec->endpointService)) {
            out.via = WayOut::Via::Endpoint;
            out.through = e;
            out.gatewayEndpoint = isGatewayService(m_catalog.string(*e, "service").value_or("s3"));
            return out;
        }
    if (const Component* nat = natFor(*vpc, zone)) {
        out.via = WayOut::Via::Nat;
        out.through = nat;
        const auto natZones = zones(*nat);
        out.crossesZone =
            std::find(natZones.begin(), natZones.end(), sameZone(zone)) == natZones.end();
    }
    return out;
}

const Component* NetworkMap::natFor(const Component& vpc, const ComponentId& zone) const
{
    const auto& nats = natGateways(vpc);
    if (nats.empty()) return nullptr;
    const ComponentId want = sameZone(zone);
    for (const Component* nat : nats) {
        const auto subnets = subnetsOf(*nat);
        const bool inPublic =
            !subnets.empty() && m_catalog.boolean(*subnets.front(), "public").value_or(false);
        const auto z = zones(*nat);
        if (inPublic && std::find(z.begin(), z.end(), want) != z.end()) return nat;
    }
    return nats.front();
}

const std::vector<const Component*>& NetworkMap::subnets(const Component& vpc) const
{
    static const std::vector<const Component*> none;
    auto it = m_subnets.find(vpc.id.value);
    return it == m_subnets.end() ? none : it->second;
}

const Component* NetworkMap::subnetIn(const Component& vpc, const ComponentId& zone) const
{
    const ComponentId want = sameZone(zone);
    const Component* any = nullptr;
    for (const Component* s : subnets(vpc)) {
        const auto z = zones(*s);
        if (z.empty() || z.front() != want) continue;
        if (!m_catalog.boolean(*s, "public").value_or(false)) return s;
        if (!any) any = s;
    }
    return any;
}

const Component* NetworkMap::endpointFor(const Component& vpc, std::string_view service) const
{
    auto it = m_endpoints.find(vpc.id.value);
    if (it == m_endpoints.end()) return nullptr;
    for (const Component* e : it->second)
        if (m_catalog.string(*e, "service").value_or("s3") == service) return e;
    return nullptr;
}

bool NetworkMap::hasInternetGateway(const Component& vpc) const
{
    return internetGatewayOf(vpc) || isFromOtherStack(m_design, vpc.id);
}

const Component* NetworkMap::internetGatewayOf(const Component& vpc) const
{
    auto it = m_igw.find(vpc.id.value);
    return it == m_igw.end() ? nullptr : it->second;
}

const std::vector<const Component*>& NetworkMap::natGateways(const Component& vpc) const
{
    static const std::vector<const Component*> none;
    auto it = m_nats.find(vpc.id.value);
    return it == m_nats.end() ? none : it->second;
}

bool NetworkMap::isGatewayService(std::string_view service)
{
    return service == "s3" || service == "dynamodb";
}

} // namespace azimuth::model
