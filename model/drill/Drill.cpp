#include "Drill.h"

#include "DrillError.h"
#include "DrillNetwork.h"
#include "model/catalog/DesignQueries.h"
#include "model/catalog/NetworkMap.h"
#include "model/catalog/Standby.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_set>

namespace azimuth::model {

namespace {

/// A count read from a prop: negative, fractional or missing values are read the way
/// the rules engine reports them (as errors), and counted as the nearest whole >= 0.
int wholeCount(const KindCatalog& catalog, const Component& c, std::string_view prop)
{
    double v = catalog.number(c, prop).value_or(0.0);
    if (!std::isfinite(v) || v < 0) return 0;
    return static_cast<int>(std::lround(std::min(v, 1e9)));
}

/// What one drill knows while it walks the design.
class DrillRun
{
  public:
    DrillRun(const Design& design, const KindCatalog& catalog,
             const std::vector<ComponentId>& failed)
        : m_design(design), m_catalog(catalog), m_failed(failed.begin(), failed.end())
    {
        for (const auto& id : failed) {
            const Component* c = design.component(id);
            if (!catalog.isZone(c->kind)) continue;
            if (const Component* region = regionOf(design, catalog, *c))
                m_regionsWithFailedZone.insert(region->id);
        }
    }

    DrillComponentOutcome assess(const Component& c) const
    {
        DrillComponentOutcome out;
        out.id = c.id;
        const KindSpec* spec = m_catalog.find(c.kind);
        // A global service runs outside every Region: no zone or Region takes it down.
        if (spec && spec->global) {
            out.capacity = capacityOf(c, -1, -1);
            return out;
        }
        if (insideFailed(c)) {
            out.status = DrillStatus::Lost;
            out.capacity = capacityOf(c, 0, 0);
            return out;
        }
        // A gateway endpoint (S3, DynamoDB) is part of the VPC's routing, in no zone: only
        // its region's failure takes it down. Interface endpoints span their zones.
        if (spec && spec->networkRole == NetworkRole::Endpoint &&
            NetworkMap::isGatewayService(m_catalog.string(c, "service").value_or("s3"))) {
            out.capacity = capacityOf(c, -1, -1);
            return out;
        }
        if (spec && spec->spansZones) return assessSpanning(c);
        if (spec && !spec->failover.empty()) return assessDatabase(c);
        out.capacity = capacityOf(c, -1, -1);
        return out;
    }

  private:
    bool zoneFailed(const ComponentId& zone) const
    {
        if (m_failed.count(zone)) return true;
        const Component* z = m_design.component(zone);
        const Component* region = z ? regionOf(m_design, m_catalog, *z) : nullptr;
        return region && m_failed.count(region->id);
    }

    /// The component itself, or a container it sits in, has failed.
    bool insideFailed(const Component& c) const
    {
        const Component* at = &c;
        for (size_t depth = 0; at && depth <= m_design.components().size(); ++depth) {
            if (m_failed.count(at->id)) return true;
            at = at->parent.empty() ? nullptr : m_design.component(at->parent);
        }
        return false;
    }

    /// A zone of the component's own region has failed.
    bool regionHit(const Component& c) const
    {
        const Component* region = regionOf(m_design, m_catalog, c);
        return region && m_regionsWithFailedZone.count(region->id);
    }

    /// The zones a component runs in: zonesOf, or the zone it sits in when it names none
    /// (a container service placed in a Wavelength Zone).
    std::vector<ComponentId> runsIn(const Component& c) const
    {
        std::vector<ComponentId> zones = zonesOf(m_design, m_catalog, c);
        if (zones.empty() && !c.parent.empty()) {
            const Component* parent = m_design.component(c.parent);
            if (parent && m_catalog.isZone(parent->kind)) zones.push_back(parent->id);
        }
        return zones;
    }

    /// The capacity of kinds that have one, with `after` and `recoversTo` given (-1:
    /// unchanged from before). Nullopt for kinds without a capacity.
    std::optional<DrillCapacity> capacityOf(const Component& c, int after, int recoversTo) const
    {
        const KindSpec* spec = m_catalog.find(c.kind);
        if (!spec || !spec->drillCapacity) return std::nullopt;
        const DrillCapacitySpec& counts = *spec->drillCapacity;
        DrillCapacity cap;
        cap.before = counts.prop.empty() ? static_cast<int>(runsIn(c).size())
                                         : wholeCount(m_catalog, c, counts.prop);
        cap.unit = counts.unit;
        cap.after = after < 0 ? cap.before : after;
        cap.recoversTo = recoversTo < 0 ? cap.before : recoversTo;
        return cap;
    }

    DrillComponentOutcome assessSpanning(const Component& c) const
    {
        DrillComponentOutcome out;
        out.id = c.id;
        const std::vector<ComponentId> zones = runsIn(c);
        if (zones.empty()) {
            // Nothing says where it runs, so a lost zone of its region may be all of it.
            out.status = regionHit(c) ? DrillStatus::Lost : DrillStatus::Ok;
            out.capacity =
                out.status == DrillStatus::Lost ? capacityOf(c, 0, 0) : capacityOf(c, -1, -1);
            return out;
        }
        std::vector<bool> failed;
        size_t failedCount = 0;
        for (const auto& z : zones) {
            failed.push_back(zoneFailed(z));
            failedCount += failed.back() ? 1 : 0;
        }
        if (failedCount == 0) {
            out.capacity = capacityOf(c, -1, -1);
            return out;
        }
        if (failedCount == zones.size()) {
            out.status = DrillStatus::Lost;
            out.capacity = capacityOf(c, 0, 0);
            return out;
        }
        out.status = DrillStatus::Degraded;
        const KindSpec* spec = m_catalog.find(c.kind);
        const DrillCapacitySpec* counts =
            spec && spec->drillCapacity ? &*spec->drillCapacity : nullptr;
        if (!counts || counts->prop.empty()) {
            // It counts zones (a load balancer): what is left is the zones that survive.
            int surviving = static_cast<int>(zones.size() - failedCount);
            out.capacity = capacityOf(c, surviving, surviving);
            return out;
        }
        // Spread evenly, the first zones listed taking the remainder: the share of each
        // failed zone is lost until the group replaces it in the surviving zones.
        const int total = wholeCount(m_catalog, c, counts->prop);
        const int n = static_cast<int>(zones.size());
        int lost = 0;
        for (int i = 0; i < n; ++i)
            if (failed[i]) lost += total / n + (i < total % n ? 1 : 0);
        int recovers = total;
        if (!counts->recoversUpTo.empty() && m_catalog.number(c, counts->recoversUpTo))
            recovers = std::min(total, wholeCount(m_catalog, c, counts->recoversUpTo));
        out.capacity = capacityOf(c, total - lost, recovers);
        return out;
    }

    /// A component with a standby in another zone as its `failover` prop says (Multi-AZ).
    DrillComponentOutcome assessDatabase(const Component& c) const
    {
        DrillComponentOutcome out;
        out.id = c.id;
        const std::vector<ComponentId> named = zonesOf(m_design, m_catalog, c);
        const bool primaryFailed = !named.empty() && zoneFailed(named.front());
        if (!hasStandby(m_catalog, c)) {
            const bool lost = primaryFailed || (named.empty() && regionHit(c));
            out.status = lost ? DrillStatus::Lost : DrillStatus::Ok;
            return out;
        }
        // Multi-AZ: the standby takes over in a zone that survives. With fewer than two
        // zones named, AWS chose the standby's zone: any surviving AZ of the region.
        std::vector<ComponentId> candidates = named;
        if (named.size() < 2)
            if (const Component* region = regionOf(m_design, m_catalog, c))
                for (const Component* child : m_design.children(region->id))
                    if (const KindSpec* zone = m_catalog.find(child->kind);
                        zone && zone->listedInZones)
                        candidates.push_back(child->id);
        auto survivor = std::find_if(candidates.begin(), candidates.end(),
                                     [&](const ComponentId& z) { return !zoneFailed(z); });
        if (survivor == candidates.end()) {
            out.status = (primaryFailed || regionHit(c)) ? DrillStatus::Lost : DrillStatus::Ok;
            return out;
        }
        if (primaryFailed && named.size() >= 2) out.failedOverTo = *survivor;
        return out;
    }

    const Design& m_design;
    const KindCatalog& m_catalog;
    std::unordered_set<ComponentId> m_failed;
    std::unordered_set<ComponentId> m_regionsWithFailedZone;
};

/// Whether a component that routes users (DNS) sends them to every target it connects to:
/// true unless its routing fails over to the targets that still serve.
bool routesToAll(const KindCatalog& catalog, const Component& c, const KindSpec* spec)
{
    if (!spec || !spec->drillRouting) return false;
    const std::string value = catalog.string(c, spec->drillRouting->prop).value_or("");
    const auto& failover = spec->drillRouting->failover;
    return std::find(failover.begin(), failover.end(), value) == failover.end();
}

/// The components that still serve users (drill.md): compute that is not lost, and what
/// connects on to something that serves. A component with `servesFromOrigins` (a CDN) also
/// serves from an origin that holds its own content (`contentOrigin`); one with
/// `drillRouting` that does not fail over serves only while every target it routes to
/// serves, since it keeps sending some users to a lost one. Found as a fixed point, so a
/// cycle serves only when it leads to something that does.
std::unordered_set<ComponentId> findServing(const Design& design, const KindCatalog& catalog,
                                            const std::unordered_set<ComponentId>& lost)
{
    struct Node
    {
        const Component* component;
        const KindSpec* spec;
        bool needsAll;
    };
    std::unordered_set<ComponentId> serving;
    std::vector<Node> undecided;
    for (const Component& c : design.components()) {
        if (lost.count(c.id)) continue;
        const KindSpec* spec = catalog.find(c.kind);
        if (spec && spec->compute)
            serving.insert(c.id);
        else
            undecided.push_back({&c, spec, routesToAll(catalog, c, spec)});
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const Node& n : undecided) {
            if (serving.count(n.component->id)) continue;
            auto serves = [&](const Connection* conn) {
                if (serving.count(conn->to)) return true;
                if (!n.spec || !n.spec->servesFromOrigins || lost.count(conn->to)) return false;
                const Component* origin = design.component(conn->to);
                const KindSpec* originSpec = origin ? catalog.find(origin->kind) : nullptr;
                return originSpec && originSpec->contentOrigin;
            };
            const auto& out = design.outgoing(n.component->id);
            const bool ok = n.needsAll ? !out.empty() && std::all_of(out.begin(), out.end(), serves)
                                       : std::any_of(out.begin(), out.end(), serves);
            if (!ok) continue;
            serving.insert(n.component->id);
            changed = true;
        }
    }
    return serving;
}

} // namespace

bool isDrillTarget(const KindCatalog& catalog, const Component& component)
{
    const KindSpec* spec = catalog.find(component.kind);
    return spec && spec->failureDomain != FailureDomain::None;
}

DrillResult runDrill(const Design& design, const ComponentId& failed, const KindCatalog& catalog)
{
    return runDrill(design, std::vector<ComponentId>{failed}, catalog);
}

DrillResult runDrill(const Design& design, const std::vector<ComponentId>& failed,
                     const KindCatalog& catalog)
{
    if (failed.empty()) throw DrillError("nothing to fail: name a zone or region");
    for (const auto& id : failed) {
        const Component* c = design.component(id);
        if (!c) throw DrillError("no component \"" + id.value + "\" in the design");
        if (!isDrillTarget(catalog, *c))
            throw DrillError("\"" + id.value +
                             "\" is not an Availability Zone, Wavelength Zone or Region (it is " +
                             (c->kind.empty() ? std::string("of no kind") : c->kind) + ")");
    }

    DrillResult result;
    result.failed = failed;
    DrillRun run(design, catalog, failed);
    std::unordered_set<ComponentId> lost;
    for (const Component& c : design.components()) {
        result.components.push_back(run.assess(c));
        if (result.components.back().status == DrillStatus::Lost) lost.insert(c.id);
    }
    for (const Connection& conn : design.connections())
        result.connections.push_back({conn.id, lost.count(conn.from) || lost.count(conn.to)});
    // Private components cut off from outside their VPC lose those connections too.
    result.cutOff = findCutOff(design, catalog, zoneDownOf(design, catalog, failed), lost);
    for (const DrillCutOff& cut : result.cutOff)
        for (const ConnectionId& id : cut.connections)
            for (DrillConnectionOutcome& o : result.connections)
                if (o.id == id) o.broken = true;
    const std::unordered_set<ComponentId> serving = findServing(design, catalog, lost);
    for (const Component& c : design.components())
        if (const KindSpec* spec = catalog.find(c.kind); spec && spec->entryPoint)
            result.entryPoints.push_back({c.id, serving.count(c.id) > 0});
    return result;
}

} // namespace azimuth::model
