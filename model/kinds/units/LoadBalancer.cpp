// An Elastic Load Balancer: Application, Network or Classic.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return capitalized(p.s("type")) + " · " + zoneCount(catalog, c) + " · " + figure(p.n("lcu")) +
           " LCU";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view type = k.text("type");
    const double H = k.context().hours;
    if (type == "classic") {
        k.line("Classic Load Balancer", H, "LB-hours", region.fact(kElbClassicHourly));
        double gb = k.number("gbProcessedPerMonth");
        if (gb > 0) {
            std::string& item = k.startItem();
            appendNum(item, gb);
            item += " GB processed";
            k.line(item, gb, "GB", region.fact(kElbClassicPerGb));
        }
        return;
    }
    const bool network = type == "network";
    k.line(network ? "Network Load Balancer" : "Application Load Balancer", H, "LB-hours",
           region.fact(network ? kElbNetworkHourly : kElbApplicationHourly));
    double lcu = k.number("lcu");
    if (lcu > 0) {
        std::string& item = k.startItem();
        appendNum(item, lcu);
        item += network ? " NLCU" : " LCU";
        k.line(item, lcu * H, network ? "NLCU-hours" : "LCU-hours",
               region.fact(network ? kElbNetworkLcu : kElbApplicationLcu));
    }
}

/// The components it sends to, in the region being exported.
std::vector<const Component*> targetsOf(CloudFormationBuilder& b, const Component& lb)
{
    std::vector<const Component*> targets;
    for (const Connection* conn : b.design().outgoing(lb.id)) {
        const Component* t = b.design().component(conn->to);
        if (t && b.included(*t)) targets.push_back(t);
    }
    return targets;
}

/// How its target kinds are registered: instances before IP addresses before functions
/// (an Application Load Balancer's only).
std::string_view targetTypeOf(CloudFormationBuilder& b, const Component& lb)
{
    const bool application =
        b.catalog().string(lb, "type").value_or("application") == "application";
    bool any[3] = {false, false, false};
    for (const Component* t : targetsOf(b, lb)) {
        const std::string_view type = loadBalancerTargetType(b.catalog(), *t);
        for (int k = 0; k < 3; ++k)
            if (type == kTargetTypes[k]) any[k] = true;
    }
    if (any[0]) return kTargetTypes[0];
    if (any[1]) return kTargetTypes[1];
    if (any[2] && application) return kTargetTypes[2];
    return kTargetTypes[0];
}

/// Each target registers itself: its instances into the target list, or the target group
/// handed to its own resources (an Auto Scaling group's TargetGroupARNs).
void prepare(CloudFormationBuilder& b, const Component& lb)
{
    const std::vector<const Component*> targets = targetsOf(b, lb);
    const bool classic = b.catalog().string(lb, "type").value_or("application") == "classic";
    // A Classic Load Balancer registers instances only.
    const std::string_view type = classic ? kTargetTypes[0] : targetTypeOf(b, lb);
    LoadBalancerLink link{lb, classic, classic || targets.empty() ? "" : b.part(lb, "TargetGroup"),
                          b.handed(lb, "Targets"), b.handed(lb, "DependsOn")};
    for (const Component* t : targets) {
        if (loadBalancerTargetType(b.catalog(), *t) != type) continue;
        if (const KindUnit* unit = kindUnit(t->kind); unit && unit->cloudFormation.registerTarget)
            unit->cloudFormation.registerTarget(b, *t, link);
    }
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::string type = b.catalog().string(c, "type").value_or("application");
    // Reached from an entry point (users): internet-facing.
    bool public_ = false;
    for (const Connection* conn : b.design().incoming(c.id)) {
        const Component* from = b.design().component(conn->from);
        const KindSpec* spec = from ? b.catalog().find(from->kind) : nullptr;
        if (spec && spec->entryPoint) public_ = true;
    }
    const Json& targets = b.handed(c, "Targets");
    const Json& dependsOn = b.handed(c, "DependsOn");
    const std::string targetType(targetTypeOf(b, c));
    if (type == "classic") {
        Json props = obj({{"Listeners", arr({obj({{"LoadBalancerPort", "80"},
                                                  {"InstancePort", "80"},
                                                  {"Protocol", "HTTP"}})})},
                          {"Scheme", public_ ? "internet-facing" : "internal"},
                          {"Subnets", b.subnets(c)}});
        if (!targets.asArray().empty()) props.set("Instances", targets);
        props.set("Tags", b.tags(c));
        b.addResource(b.base(c), "AWS::ElasticLoadBalancing::LoadBalancer", std::move(props));
        return;
    }
    bool alb = type != "network";
    std::string tg = b.part(c, "TargetGroup");
    std::string listener = b.part(c, "Listener");
    b.addResource(b.base(c), "AWS::ElasticLoadBalancingV2::LoadBalancer",
                  obj({{"Type", alb ? "application" : "network"},
                       {"Scheme", public_ ? "internet-facing" : "internal"},
                       {"Subnets", b.subnets(c)},
                       {"Tags", b.tags(c)}}));
    Json tgProps = obj({{"TargetType", Json(targetType)}});
    if (targetType != "lambda") {
        tgProps.set("Port", 80);
        tgProps.set("Protocol", alb ? "HTTP" : "TCP");
        tgProps.set("VpcId", b.vpc(c));
    }
    if (!targets.asArray().empty()) tgProps.set("Targets", targets);
    tgProps.set("Tags", b.tags(c));
    if (dependsOn.asArray().empty())
        b.addResource(tg, "AWS::ElasticLoadBalancingV2::TargetGroup", std::move(tgProps));
    else
        b.addResource(tg, "AWS::ElasticLoadBalancingV2::TargetGroup", std::move(tgProps),
                      {{"DependsOn", dependsOn}});
    b.addResource(listener, "AWS::ElasticLoadBalancingV2::Listener",
                  obj({{"LoadBalancerArn", cfnRef(b.base(c))},
                       {"Port", 80},
                       {"Protocol", alb ? "HTTP" : "TCP"},
                       {"DefaultActions",
                        arr({obj({{"Type", "forward"}, {"TargetGroupArn", cfnRef(tg)}})})}}));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::ElasticLoadBalancingV2::LoadBalancer",
                                             "AWS::ElasticLoadBalancing::LoadBalancer"};
constexpr std::string_view kImportFolds[] = {
    "AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::ListenerRule",
    "AWS::ElasticLoadBalancingV2::TargetGroup", "AWS::ElasticLoadBalancingV2::ListenerCertificate"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    Json type("classic");
    if (r.type == "AWS::ElasticLoadBalancingV2::LoadBalancer") {
        const Json* t = ImportScope::at(r, "Type");
        type = t ? *t : Json("application");
    }
    scope.setProp(c, r, "type", &type);
    const Json* subnets = ImportScope::at(r, "Subnets");
    Json mapped = Json::array();
    if (!subnets)
        if (const Json* mappings = ImportScope::at(r, "SubnetMappings");
            mappings && mappings->isArray()) {
            for (const Json& m : mappings->asArray())
                if (const Json* id = m.find("SubnetId")) mapped.asArray().push_back(*id);
            subnets = &mapped;
        }
    scope.placeInSubnets(c, r, subnets, ImportScope::at(r, "AvailabilityZones"));
}

/// The target groups a listener or listener rule forwards to.
void forwardTargets(const ImportScope& scope, const Json* actions,
                    std::vector<const TemplateResource*>& groups)
{
    if (!actions || !actions->isArray()) return;
    for (const Json& action : actions->asArray()) {
        if (const Json* tg = action.find("TargetGroupArn"))
            if (const TemplateResource* g = scope.referenced(*tg)) groups.push_back(g);
        if (const Json* fc = action.find("ForwardConfig"))
            if (const Json* list = fc->find("TargetGroups"); list && list->isArray())
                for (const Json& each : list->asArray())
                    if (const Json* tg = each.find("TargetGroupArn"))
                        if (const TemplateResource* g = scope.referenced(*tg)) groups.push_back(g);
    }
}

/// A load balancer sends to its listeners' target groups' targets: the ones the group
/// lists, and the components that register themselves with it (an Auto Scaling group's
/// TargetGroupARNs, an ECS service's LoadBalancers).
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    const Component* lb = scope.componentOf(r.id);
    if (!lb) return;
    std::vector<const TemplateResource*> groups;
    for (const TemplateResource* listener :
         scope.referrers(r.id, "AWS::ElasticLoadBalancingV2::Listener")) {
        forwardTargets(scope, ImportScope::at(*listener, "DefaultActions"), groups);
        for (const TemplateResource* rule :
             scope.referrers(listener->id, "AWS::ElasticLoadBalancingV2::ListenerRule"))
            forwardTargets(scope, ImportScope::at(*rule, "Actions"), groups);
    }
    std::vector<std::string> targets;
    for (const TemplateResource* group : groups) {
        if (const Json* list = ImportScope::at(*group, "Targets"); list && list->isArray())
            for (const Json& t : list->asArray())
                if (const Json* id = t.find("Id"))
                    if (const Component* target = scope.componentReferredBy(*id))
                        scope.connect(lb->id, target->id);
        for (const TemplateResource* user : scope.referrers(group->id))
            if (const Component* target = scope.componentOf(user->id))
                scope.connect(lb->id, target->id);
    }
    // A Classic Load Balancer lists its instances, or groups name it.
    if (const Json* list = ImportScope::at(r, "Instances"); list && list->isArray())
        for (const Json& each : list->asArray())
            if (const Component* target = scope.componentReferredBy(each))
                scope.connect(lb->id, target->id);
    if (r.type == "AWS::ElasticLoadBalancing::LoadBalancer")
        for (const TemplateResource* user : scope.referrers(r.id))
            if (const Component* target = scope.componentOf(user->id);
                target && ImportScope::at(*user, "LoadBalancerNames"))
                scope.connect(lb->id, target->id);
}

} // namespace

extern const KindUnit LoadBalancer;
const KindUnit LoadBalancer{
    "load-balancer",
    summary,
    cost,
    {.prepare = prepare, .write = cloudFormation},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
