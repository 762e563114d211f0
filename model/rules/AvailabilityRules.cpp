// availability.*: what stops serving when one Availability Zone or one instance fails.
#include "RuleSet.h"
#include "model/catalog/Standby.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

#include <algorithm>
#include <cmath>

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kSingleAz = "availability.single-az";
constexpr std::string_view kAsgSingleAz = "availability.asg-single-az";
constexpr std::string_view kLbSingleAz = "availability.lb-single-az";
constexpr std::string_view kLbNoTargets = "availability.lb-no-targets";
constexpr std::string_view kLbTargetsOneAz = "availability.lb-targets-one-az";
constexpr std::string_view kSingleInstance = "availability.single-instance";
constexpr std::string_view kRdsSingleAz = "availability.rds-single-az";
constexpr std::string_view kAzLoss = "availability.az-loss";
constexpr std::string_view kDataSingleAz = "availability.data-single-az";

/// "in only one Availability Zone ("us-east-1a")" or "in no Availability Zone".
std::string zoneCountText(const RuleContext& ctx, const std::vector<uint32_t>& zones)
{
    if (zones.empty()) return "no Availability Zone";
    return "only one Availability Zone (" + quoted(ctx.component(zones.front())) + ")";
}

/// The distinct zones used by a set of components, stopping once two are found.
std::vector<uint32_t> unionOfZones(const RuleContext& ctx, std::span<const uint32_t> items)
{
    std::vector<uint32_t> zones;
    for (uint32_t i : items)
        for (uint32_t z : ctx.zones(i)) {
            if (std::find(zones.begin(), zones.end(), z) == zones.end()) zones.push_back(z);
            if (zones.size() >= 2) return zones;
        }
    return zones;
}

std::string loadBalancerName(const RuleContext& ctx, uint32_t i, const std::string& type)
{
    const std::string name = quoted(ctx.component(i));
    if (type == "application") return "Application Load Balancer " + name;
    if (type == "network") return "Network Load Balancer " + name;
    if (type == "classic") return "Classic Load Balancer " + name;
    return named(ctx, i);
}

} // namespace

void singleAz(const RuleContext& ctx, uint32_t region, std::vector<Finding>& out)
{
    const auto& compute = ctx.placedComputeIn(region);
    if (compute.empty()) return;
    const auto zones = unionOfZones(ctx, compute);
    if (zones.size() >= 2) return;
    out.push_back(makeFinding(
        ctx, kSingleAz, Severity::Warning, region, compute,
        named(ctx, region) + " runs all its compute (" + nameList(ctx, compute) + ") in " +
            zoneCountText(ctx, zones) + ": losing that zone stops it all.",
        "Spread the compute over two or more Availability Zones: give the Auto Scaling group or "
        "container service two zones, or put a second EC2 fleet in another AZ."));
}

void asgSingleAz(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const auto& zones = ctx.zones(i);
    if (zones.size() >= 2) return;
    out.push_back(
        makeFinding(ctx, kAsgSingleAz, Severity::Warning, i, {},
                    named(ctx, i) + " launches instances in " + zoneCountText(ctx, zones) + ".",
                    "Set its zones to two or more Availability Zones of its Region, so "
                    "it can replace instances in another zone when one fails."));
}

void lbSingleAz(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const auto& zones = ctx.zones(i);
    if (zones.size() >= 2) return;
    const std::string type = ctx.catalog().string(ctx.component(i), "type").value_or("");
    const bool application = type == "application";
    out.push_back(
        makeFinding(ctx, kLbSingleAz, application ? Severity::Error : Severity::Warning, i, {},
                    loadBalancerName(ctx, i, type) + " is enabled in " + zoneCountText(ctx, zones) +
                        (application ? ", but an Application Load Balancer needs at least two."
                                     : ": if that zone fails, nothing receives traffic."),
                    "Set its zones to two or more Availability Zones of its Region."));
}

void lbNoTargets(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (!ctx.outgoing(i).empty()) return;
    out.push_back(makeFinding(ctx, kLbNoTargets, Severity::Error, i, {},
                              named(ctx, i) + " has no targets: nothing receives its traffic.",
                              "Connect it to the compute that serves its requests: an Auto "
                              "Scaling group, EC2 fleets, a container service or a Lambda "
                              "function."));
}

void lbTargetsOneAz(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    std::vector<uint32_t> targets;
    for (uint32_t k : ctx.outgoing(i)) {
        const uint32_t to = ctx.connectionTo(k);
        if (!ctx.spec(to).compute) continue;
        // Lambda runs across the Region's zones by itself.
        if (ctx.kind(to) == "lambda-function") return;
        if (std::find(targets.begin(), targets.end(), to) == targets.end()) targets.push_back(to);
    }
    if (targets.empty()) return; // no compute target: lb-no-targets or not compute at all
    const auto zones = unionOfZones(ctx, targets);
    if (zones.size() >= 2) return;
    out.push_back(makeFinding(
        ctx, kLbTargetsOneAz, Severity::Warning, i, targets,
        "The targets of " +
            loadBalancerName(ctx, i, ctx.catalog().string(ctx.component(i), "type").value_or("")) +
            " (" + nameList(ctx, targets) + ") all run in " + zoneCountText(ctx, zones) +
            ": one zone failure leaves the load balancer nowhere to "
            "send traffic.",
        "Spread its targets over two or more Availability Zones: an Auto Scaling group with two "
        "zones, or an EC2 fleet in each AZ."));
}

void singleInstance(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    auto count = ctx.catalog().number(ctx.component(i), "count");
    if (!count || *count != 1 || ctx.incoming(i).empty()) return;
    out.push_back(makeFinding(ctx, kSingleInstance, Severity::Warning, i, {},
                              named(ctx, i) + " is a single instance that receives traffic: a "
                                              "single point of failure.",
                              "Run two or more instances in different Availability Zones behind "
                              "a load balancer, for example as an Auto Scaling group."));
}

void rdsSingleAz(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    auto multiAz = ctx.catalog().boolean(ctx.component(i), "multiAz");
    if (!multiAz || *multiAz) return;
    out.push_back(makeFinding(ctx, kRdsSingleAz, Severity::Warning, i, {},
                              named(ctx, i) + " is not Multi-AZ: if its Availability Zone fails, "
                                              "the database is down.",
                              "Turn on Multi-AZ: RDS keeps a standby in a second Availability "
                              "Zone and fails over to it."));
}

void dataSingleAz(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const KindSpec& spec = ctx.spec(i);
    const Component& c = ctx.component(i);
    const auto& zones = ctx.zones(i);
    // A store with a standby option (EFS Standard or One Zone): AWS keeps the copies.
    if (!spec.failover.empty()) {
        if (hasStandby(ctx.catalog(), c)) return;
        out.push_back(makeFinding(
            ctx, kDataSingleAz, Severity::Warning, i, {},
            named(ctx, i) + " keeps its data in " + zoneCountText(ctx, zones) +
                ": if that zone fails, nothing can reach the data until it is back.",
            "Choose the storage option AWS keeps in several Availability Zones (EFS Standard)."));
        return;
    }
    // A cluster of copies spread over its zones: it needs two copies in two zones.
    if (!spec.drillCapacity || spec.drillCapacity->prop.empty()) return;
    auto count = ctx.catalog().number(c, spec.drillCapacity->prop);
    if (!count || *count < 1 || *count != std::floor(*count)) return; // invalid-value says so
    const std::string& unit = spec.drillCapacity->unit;
    const std::string one =
        unit.size() > 1 && unit.back() == 's' ? unit.substr(0, unit.size() - 1) : unit;
    if (*count < 2) {
        out.push_back(makeFinding(
            ctx, kDataSingleAz, Severity::Warning, i, {},
            named(ctx, i) + " runs a single " + one +
                ": if it or its Availability Zone fails, AWS has to start a new one, and the " +
                spec.label + " is down for minutes.",
            "Run two or more " + unit +
                " in different Availability Zones: a copy in a surviving zone takes over "
                "within seconds."));
        return;
    }
    if (zones.size() >= 2) return;
    out.push_back(
        makeFinding(ctx, kDataSingleAz, Severity::Warning, i, {},
                    named(ctx, i) + " keeps all its " + formatNumber(*count) + " " + unit + " in " +
                        zoneCountText(ctx, zones) + ": losing that zone stops it.",
                    "Set its zones to two or more Availability Zones of its Region, so that its " +
                        unit + " are spread over them."));
}

void azLoss(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const size_t zoneCount = ctx.zones(i).size();
    if (zoneCount < 2) return;
    const Component& c = ctx.component(i);
    const bool service = c.kind == "container-service";
    auto amount = ctx.catalog().number(c, service ? "tasks" : "desired");
    if (!amount || *amount < 0 || *amount != std::floor(*amount)) return;
    const double lost = std::ceil(*amount / static_cast<double>(zoneCount));
    const double left = *amount - lost;
    double floorLevel = 0;
    std::string below;
    if (service) {
        floorLevel = *amount / 2.0;
        below = "less than half its " + formatNumber(*amount) + " tasks";
    } else {
        auto min = ctx.catalog().number(c, "min");
        if (!min) return;
        floorLevel = *min;
        below = "below its minimum of " + formatNumber(*min);
    }
    if (left >= floorLevel) return;
    const std::string unit = service ? "tasks" : "instances";
    out.push_back(makeFinding(
        ctx, kAzLoss, Severity::Info, i, {},
        named(ctx, i) + " would drop from " + formatNumber(*amount) + " to " + formatNumber(left) +
            " " + unit + " on losing one of its " + std::to_string(zoneCount) +
            " Availability Zones, " + below + ", until replacements start.",
        service ? "Run more tasks, or spread them over more Availability Zones."
                : "Raise desired (or spread it over more zones) so that losing one zone still "
                  "leaves at least min instances."));
}

} // namespace azimuth::model::rules
