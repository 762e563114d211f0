// network.* and the transfer cost.*: the way in and out of a VPC (networking.md), and
// traffic whose path costs more than it needs to.
#include "RuleSet.h"
#include "model/catalog/NetworkMap.h"
#include "model/cost/CostEngine.h"
#include "model/cost/PriceCatalog.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kNoRoute = "network.no-route-to-internet";
constexpr std::string_view kNatSingleAz = "network.nat-single-az";
constexpr std::string_view kNatInPrivate = "network.nat-in-private-subnet";
constexpr std::string_view kCrossAzChatty = "cost.cross-az-chatty";
constexpr std::string_view kEndpointWouldSave = "cost.endpoint-would-save";

/// networking.md: above this a connection's cross-AZ transfer is worth a note ($/month).
constexpr double kChattyMonthly = 50.0;
/// networking.md: above this a private sender's S3/DynamoDB traffic is worth an endpoint.
constexpr double kEndpointGb = 100.0;

/// A connection's GB a month in one direction (0 when not written).
double gb(const Connection& conn, std::string_view key)
{
    const Json* v = conn.props.isObject() ? conn.props.find(key) : nullptr;
    return v && v->isNumber() && v->asNumber() > 0 ? v->asNumber() : 0.0;
}

int indexOf(const RuleContext& ctx, const Component* c)
{
    return c ? ctx.indexOf(c->id) : -1;
}

/// The other end of connection k, seen from component i.
uint32_t otherEnd(const RuleContext& ctx, uint32_t k, uint32_t i)
{
    return ctx.connectionFrom(k) == i ? ctx.connectionTo(k) : ctx.connectionFrom(k);
}

/// Every connection at i, outgoing then incoming, a self-connection once.
std::vector<uint32_t> connectionsAt(const RuleContext& ctx, uint32_t i)
{
    std::vector<uint32_t> out(ctx.outgoing(i).begin(), ctx.outgoing(i).end());
    for (uint32_t k : ctx.incoming(i))
        if (ctx.connectionFrom(k) != i) out.push_back(k);
    return out;
}

/// The zone a private component's traffic leaves from first (its first zone), or none.
ComponentId firstZone(const NetworkMap& net, const Component& c)
{
    const auto zones = net.zones(c);
    return zones.empty() ? ComponentId() : zones.front();
}

std::string zoneNames(const RuleContext& ctx, const std::set<std::string>& ids)
{
    std::vector<uint32_t> idx;
    for (const auto& id : ids)
        if (int k = ctx.indexOf(ComponentId(id)); k >= 0) idx.push_back(static_cast<uint32_t>(k));
    std::string out;
    for (size_t n = 0; n < idx.size(); ++n) {
        if (n > 0) out += n + 1 == idx.size() ? " and " : ", ";
        out += ctx.component(idx[n]).displayName();
    }
    return out;
}

/// The NAT gateway's side of no-route-to-internet: a NAT gateway forwards to the VPC's
/// internet gateway, so without one nothing it forwards goes anywhere.
void natWithoutInternetGateway(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const NetworkMap& net = ctx.network();
    const Component* vpc = net.vpcOf(ctx.component(i));
    if (!vpc || net.hasInternetGateway(*vpc)) return;
    const int v = indexOf(ctx, vpc);
    std::vector<uint32_t> others;
    if (v >= 0) others.push_back(static_cast<uint32_t>(v));
    out.push_back(makeFinding(
        ctx, kNoRoute, Severity::Error, i, others,
        named(ctx, i) + " is in " + named(ctx, static_cast<uint32_t>(v)) +
            ", which has no internet gateway: nothing it forwards reaches the internet.",
        "Add an internet gateway to " + named(ctx, static_cast<uint32_t>(v)) + "."));
}

} // namespace

void noRouteToInternet(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const NetworkMap& net = ctx.network();
    const Component& c = ctx.component(i);
    if (ctx.spec(i).networkRole == NetworkRole::NatGateway) {
        natWithoutInternetGateway(ctx, i, out);
        return;
    }
    const Component* vpc = ctx.vpcOf(i);
    if (!vpc) return;
    const int v = indexOf(ctx, vpc);
    if (v < 0) return;
    const auto vpcIndex = static_cast<uint32_t>(v);

    if (!net.isPrivate(c)) {
        // In a public subnet and facing users: the users come in through the internet gateway.
        const auto subnets = net.subnetsOf(c);
        const bool inPublic = std::any_of(subnets.begin(), subnets.end(), [&](const Component* s) {
            return ctx.catalog().boolean(*s, "public").value_or(false);
        });
        if (!inPublic || net.hasInternetGateway(*vpc)) return;
        for (uint32_t k : connectionsAt(ctx, i)) {
            const uint32_t o = otherEnd(ctx, k, i);
            if (o >= ctx.size() || !ctx.spec(o).entryPoint) continue;
            out.push_back(makeFinding(
                ctx, kNoRoute, Severity::Error, i, std::vector<uint32_t>{o, vpcIndex},
                named(ctx, i) + " is in a public subnet of " + named(ctx, vpcIndex) +
                    " and serves " + quoted(ctx.component(o)) +
                    ", but the VPC has no internet gateway: nothing from the internet reaches it.",
                "Add an internet gateway to " + named(ctx, vpcIndex) + "."));
            return; // one finding says it; more users would not change the fix
        }
        return;
    }

    std::vector<uint32_t> reported;
    for (uint32_t k : connectionsAt(ctx, i)) {
        const uint32_t o = otherEnd(ctx, k, i);
        if (o >= ctx.size() || o == i) continue;
        if (std::find(reported.begin(), reported.end(), o) != reported.end()) continue;
        const Component& other = ctx.component(o);
        if (ctx.connectionTo(k) == i && ctx.spec(o).entryPoint) {
            reported.push_back(o);
            out.push_back(makeFinding(
                ctx, kNoRoute, Severity::Error, i, std::vector<uint32_t>{o},
                quoted(other) + " connect to " + named(ctx, i) +
                    ", which is in private subnets: nothing from the internet can reach it.",
                "Put a load balancer in public subnets in front of it, and connect the users "
                "to the load balancer."));
            continue;
        }
        if (!net.leavesVpc(c, other)) continue;
        if (net.wayOut(c, firstZone(net, c), other).via != WayOut::Via::None) continue;
        reported.push_back(o);
        const std::string& service = ctx.spec(o).endpointService;
        const bool regionalService = !service.empty() && ctx.region(o) == ctx.region(i);
        out.push_back(makeFinding(
            ctx, kNoRoute, Severity::Error, i, std::vector<uint32_t>{o, vpcIndex},
            named(ctx, i) + " is in private subnets of " + named(ctx, vpcIndex) +
                " and has no way out to " + named(ctx, o) + ": the VPC has no NAT gateway" +
                (regionalService ? " and no endpoint for " + service : std::string()) + ".",
            regionalService ? "Add a VPC endpoint for " + service +
                                  " to the VPC, or a NAT gateway in a public subnet."
                            : "Add a NAT gateway in a public subnet of the VPC (and an internet "
                              "gateway)."));
    }
}

void natSingleAz(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (ctx.spec(i).networkRole != NetworkRole::Vpc) return;
    const NetworkMap& net = ctx.network();
    const Component& vpc = ctx.component(i);
    if (net.natGateways(vpc).empty()) return;

    // The zones of private components that reach outside through a NAT gateway, the
    // zones of the NAT gateways their routes use, and who routes through another zone.
    std::set<std::string> privateZones, natZones;
    std::vector<uint32_t> nats, cutOff;
    for (uint32_t k = 0; k < ctx.size(); ++k) {
        const Component& c = ctx.component(k);
        if (ctx.vpcOf(k) != &vpc || !net.isPrivate(c)) continue;
        const auto zones = net.zones(c);
        const bool viaNat =
            std::any_of(ctx.outgoing(k).begin(), ctx.outgoing(k).end(),
                        [&](uint32_t conn) {
                            const Component& o = ctx.component(ctx.connectionTo(conn));
                            return net.leavesVpc(c, o) &&
                                   net.wayOut(c, firstZone(net, c), o).via == WayOut::Via::Nat;
                        }) ||
            std::any_of(ctx.incoming(k).begin(), ctx.incoming(k).end(), [&](uint32_t conn) {
                const uint32_t from = ctx.connectionFrom(conn);
                const Component& o = ctx.component(from);
                return !ctx.spec(from).entryPoint && net.leavesVpc(c, o) &&
                       net.wayOut(c, firstZone(net, c), o).via == WayOut::Via::Nat;
            });
        if (!viaNat) continue;
        bool elsewhere = false;
        for (const ComponentId& z : zones) {
            privateZones.insert(z.value);
            const Component* nat = net.natFor(vpc, z);
            if (!nat) continue;
            const auto nz = net.zones(*nat);
            for (const ComponentId& n : nz)
                natZones.insert(n.value);
            if (std::find(nz.begin(), nz.end(), z) == nz.end()) elsewhere = true;
            if (int n = indexOf(ctx, nat);
                n >= 0 &&
                std::find(nats.begin(), nats.end(), static_cast<uint32_t>(n)) == nats.end())
                nats.push_back(static_cast<uint32_t>(n));
        }
        if (elsewhere) cutOff.push_back(k);
    }
    if (privateZones.size() < 2 || natZones.size() >= privateZones.size()) return;
    std::vector<uint32_t> marked = nats;
    marked.insert(marked.end(), cutOff.begin(), cutOff.end());
    const std::string natIn = natZones.empty() ? std::string("no zone") : zoneNames(ctx, natZones);
    out.push_back(makeFinding(
        ctx, kNatSingleAz, Severity::Warning, i, marked,
        named(ctx, i) + " has private components in " + zoneNames(ctx, privateZones) +
            " that reach out through NAT gateways in " + natIn + " only: losing " + natIn +
            " cuts the others off, and their traffic pays to cross zones.",
        "Put a NAT gateway in a public subnet of each zone that has private components."));
}

void natInPrivateSubnet(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const auto subnets = ctx.network().subnetsOf(ctx.component(i));
    if (subnets.empty()) return; // not in a subnet at all: structure.placement says so
    const Component& subnet = *subnets.front();
    if (ctx.catalog().boolean(subnet, "public").value_or(false)) return;
    const int s = ctx.indexOf(subnet.id);
    out.push_back(makeFinding(
        ctx, kNatInPrivate, Severity::Error, i, std::vector<uint32_t>{static_cast<uint32_t>(s)},
        named(ctx, i) + " is in " + named(ctx, static_cast<uint32_t>(s)) +
            ", which is not public: it has no route to the internet gateway.",
        "Move it to a public subnet of the same zone, or make the subnet public."));
}

void crossAzChatty(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const NetworkMap* net = nullptr;
    for (uint32_t k : ctx.outgoing(i)) {
        const Connection& conn = ctx.connection(k);
        const double total = gb(conn, "gbPerMonth") + gb(conn, "gbPerMonthReturn");
        if (total <= 0) continue;
        const uint32_t to = ctx.connectionTo(k);
        // Only between kinds that pay to cross zones (both list the rule): a load balancer,
        // a zoneless service or users end the transfer free or price it otherwise.
        const auto& toRules = ctx.spec(to).rules;
        if (to == i || std::find(toRules.begin(), toRules.end(), kCrossAzChatty) == toRules.end())
            continue;
        if (ctx.region(to) != ctx.region(i)) continue; // inter-region, not cross-AZ
        const PriceFact* rate =
            ctx.prices().price(ctx.regionCode(i), "network.interAzPerGbEachWay");
        if (!rate) continue; // unknown price: no claim about the cost
        if (!net) net = &ctx.network();
        const double share = net->crossZoneShare(ctx.component(i), ctx.component(to));
        const double monthly = roundCents(total * share * 2 * rate->rate);
        if (monthly <= kChattyMonthly) continue;
        out.push_back(makeFinding(
            ctx, kCrossAzChatty, Severity::Info, i, std::vector<uint32_t>{to},
            "The connection from " + named(ctx, i) + " to " + named(ctx, to) + " moves " +
                formatNumber(total) + " GB a month, " + formatNumber(std::round(share * 100)) +
                "% of it across zones: " + formatDollars(monthly) +
                " a month in cross-AZ transfer.",
            "Keep that traffic in one AZ, or put a load balancer between them."));
    }
}

void endpointWouldSave(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const NetworkMap& net = ctx.network();
    const Component& c = ctx.component(i);
    if (!net.isPrivate(c)) return;
    const Component* vpc = ctx.vpcOf(i);
    if (!vpc) return;
    for (uint32_t k : connectionsAt(ctx, i)) {
        const Connection& conn = ctx.connection(k);
        const bool sender = ctx.connectionFrom(k) == i;
        const double sent = gb(conn, sender ? "gbPerMonth" : "gbPerMonthReturn");
        if (sent <= kEndpointGb) continue;
        const uint32_t o = otherEnd(ctx, k, i);
        if (o >= ctx.size() || o == i) continue;
        const std::string& service = ctx.spec(o).endpointService;
        if (!NetworkMap::isGatewayService(service)) continue;
        const WayOut way = net.wayOut(c, firstZone(net, c), ctx.component(o));
        if (way.via != WayOut::Via::Nat || !way.through) continue;
        const int n = ctx.indexOf(way.through->id);
        std::vector<uint32_t> others{o};
        if (n >= 0) others.push_back(static_cast<uint32_t>(n));
        std::string saving;
        if (const PriceFact* perGb =
                ctx.prices().price(ctx.regionCode(i), "network.natGatewayPerGb"))
            saving = " (" + formatDollars(roundCents(sent * perGb->rate)) + " a month)";
        out.push_back(
            makeFinding(ctx, kEndpointWouldSave, Severity::Info, i, others,
                        named(ctx, i) + " sends " + formatNumber(sent) + " GB a month to " +
                            named(ctx, o) + " through " +
                            (n >= 0 ? named(ctx, static_cast<uint32_t>(n)) : quoted(*way.through)) +
                            ", which charges for every GB" + saving + ".",
                        "Add a VPC endpoint for " + service + " to " + quoted(*vpc) +
                            ": a gateway endpoint is free."));
    }
}

} // namespace azimuth::model::rules
