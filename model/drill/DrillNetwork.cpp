#include "DrillNetwork.h"

#include "model/catalog/DesignQueries.h"
#include "model/catalog/NetworkMap.h"
#include "model/cost/CostEngine.h"

#include <algorithm>
#include <memory>

namespace azimuth::model {

namespace {

double gbOf(const Connection& conn, std::string_view key)
{
    const Json* v = conn.props.isObject() ? conn.props.find(key) : nullptr;
    return v && v->isNumber() ? v->asNumber() : 0.0;
}

bool carriesTraffic(const Connection& conn)
{
    return gbOf(conn, "gbPerMonth") > 0 || gbOf(conn, "gbPerMonthReturn") > 0;
}

/// The VPC a component is in: the one it sits in, else that of the subnets it names.
const Component* vpcFor(const NetworkMap& net, const Component& c)
{
    if (const Component* vpc = net.vpcOf(c)) return vpc;
    const auto subnets = net.subnetsOf(c);
    return subnets.empty() ? nullptr : net.vpcOf(*subnets.front());
}

/// Keeps the ids of a list prop for which `keep` holds; whether anything was dropped.
bool filterIds(const KindCatalog& catalog, Component& c, const std::string& prop,
               const std::function<bool(const std::string&)>& keep)
{
    const auto ids = catalog.idList(c, prop);
    Json kept = Json::array();
    for (const auto& id : ids)
        if (keep(id)) kept.asArray().push_back(Json(id));
    if (kept.asArray().size() == ids.size()) return false;
    c.props.set(prop, std::move(kept));
    return true;
}

} // namespace

ZoneDown zoneDownOf(const Design& design, const KindCatalog& catalog,
                    const std::vector<ComponentId>& failed)
{
    auto net = std::make_shared<NetworkMap>(design, catalog);
    return [&design, &catalog, &failed, net](const ComponentId& zone) {
        const ComponentId same = net->sameZone(zone);
        for (const ComponentId& f : failed)
            if (f == zone || net->sameZone(f) == same) return true;
        const Component* z = design.component(zone);
        const Component* region = z ? regionOf(design, catalog, *z) : nullptr;
        return region && std::find(failed.begin(), failed.end(), region->id) != failed.end();
    };
}

std::vector<DrillCutOff> findCutOff(const Design& design, const KindCatalog& catalog,
                                    const ZoneDown& zoneDown,
                                    const std::unordered_set<ComponentId>& lost)
{
    std::vector<DrillCutOff> out;
    const NetworkMap net(design, catalog);
    for (const Component& c : design.components()) {
        if (lost.count(c.id) || !net.isPrivate(c) || !vpcFor(net, c)) continue;
        std::vector<ComponentId> surviving;
        for (const ComponentId& z : net.zones(c))
            if (!zoneDown(z)) surviving.push_back(z);
        if (surviving.empty()) continue;
        DrillCutOff cut;
        cut.id = c.id;
        for (const Connection& conn : design.connections()) {
            if (conn.from != c.id && conn.to != c.id) continue;
            const ComponentId& otherId = conn.from == c.id ? conn.to : conn.from;
            const Component* other = design.component(otherId);
            if (!other || other == &c || lost.count(otherId) || !net.leavesVpc(c, *other)) continue;
            // Users cannot open a connection into a private subnet: no route to lose.
            if (const KindSpec* spec = catalog.find(other->kind);
                spec && spec->entryPoint && conn.to == c.id)
                continue;
            const Component* through = nullptr;
            const bool allDown =
                std::all_of(surviving.begin(), surviving.end(), [&](const auto& z) {
                    const WayOut way = net.wayOut(c, z, *other);
                    if (way.via == WayOut::Via::None || !way.through) return false; // never had one
                    if (!lost.count(way.through->id)) return false;
                    through = way.through;
                    return true;
                });
            if (!allDown || !through) continue;
            if (cut.through.empty()) cut.through = through->id;
            cut.connections.push_back(conn.id);
        }
        if (!cut.connections.empty()) out.push_back(std::move(cut));
    }
    return out;
}

Design designAfterDrill(const Design& design, const DrillResult& result, const KindCatalog& catalog,
                        const ZoneDown& zoneDown)
{
    Design after = design;
    for (const DrillComponentOutcome& o : result.components) {
        Component* c = after.mutableComponent(o.id);
        const KindSpec* spec = c ? catalog.find(c->kind) : nullptr;
        if (!spec || o.status == DrillStatus::Lost) continue;
        auto subnetUp = [&](const std::string& id) {
            const Component* s = design.component(ComponentId(id));
            const Component* zone = s ? zoneAncestor(design, catalog, *s) : nullptr;
            return !zone || !zoneDown(zone->id);
        };
        if (o.status == DrillStatus::Degraded) {
            // Its traffic moves to the zones that survive.
            if (spec->prop("subnets") && !catalog.idList(*c, "subnets").empty())
                filterIds(catalog, *c, "subnets", subnetUp);
            else if (spec->prop("zones"))
                filterIds(catalog, *c, "zones",
                          [&](const std::string& id) { return !zoneDown(ComponentId(id)); });
        }
        if (!o.failedOverTo.empty()) {
            // The standby's zone is the primary now: it sends from there.
            const std::string prop = spec->prop("subnets") && !catalog.idList(*c, "subnets").empty()
                                         ? "subnets"
                                         : "zones";
            auto ids = catalog.idList(*c, prop);
            std::stable_partition(ids.begin(), ids.end(), [&](const std::string& id) {
                if (prop == "zones") return ComponentId(id) == o.failedOverTo;
                const Component* s = design.component(ComponentId(id));
                const Component* zone = s ? zoneAncestor(design, catalog, *s) : nullptr;
                return zone && zone->id == o.failedOverTo;
            });
            Json list = Json::array();
            for (const auto& id : ids)
                list.asArray().push_back(Json(id));
            c->props.set(prop, std::move(list));
        }
    }
    for (const DrillConnectionOutcome& o : result.connections) {
        if (!o.broken) continue;
        if (Connection* conn = after.mutableConnection(o.id)) conn->props = Json::object();
    }
    return after;
}

double transferMonthly(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog)
{
    double total = 0;
    for (const ConnectionCost& c : computeCost(design, prices, catalog).connections)
        total += c.monthly;
    return roundCents(total);
}

void priceDrillTransfer(const Design& design, DrillResult& result, const PriceCatalog& prices,
                        const KindCatalog& catalog)
{
    const auto& conns = design.connections();
    if (std::none_of(conns.begin(), conns.end(), carriesTraffic)) return;
    const ZoneDown zoneDown = zoneDownOf(design, catalog, result.failed);
    result.transferMonthlyBefore = transferMonthly(design, prices, catalog);
    result.transferMonthlyAfter =
        transferMonthly(designAfterDrill(design, result, catalog, zoneDown), prices, catalog);
}

} // namespace azimuth::model
