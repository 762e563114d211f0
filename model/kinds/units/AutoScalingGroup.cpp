// An Auto Scaling group: instances between a minimum and a maximum, priced at the desired count.

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
    return "min " + figure(p.n("min")) + " · desired " + figure(p.n("desired")) + " · max " +
           figure(p.n("max")) + " · " + p.s("instanceType") + " · " + pricingLabel(p.s("pricing"));
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.fleet(region, std::max(0.0, k.number("desired")));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::string type = b.catalog().string(c, "instanceType").value_or("t3.micro");
    long long ebs = whole(b.catalog().number(c, "ebsGb"), 8, 0, 65536);
    long long min = whole(b.catalog().number(c, "min"), 1, 0, 100000);
    long long max = std::max(min, whole(b.catalog().number(c, "max"), 4, 0, 100000));
    long long desired = std::clamp(whole(b.catalog().number(c, "desired"), 2, 0, 100000), min, max);

    Json data = obj({{"ImageId", b.image(type)}, {"InstanceType", Json(type)}});
    if (ebs > 0)
        data.set("BlockDeviceMappings",
                 arr({obj({{"DeviceName", "/dev/xvda"},
                           {"Ebs", obj({{"VolumeSize", Json(ebs)}, {"VolumeType", "gp3"}})}})}));
    data.set("TagSpecifications",
             arr({b.tagSpecification("instance", c), b.tagSpecification("volume", c)}));
    std::string lt = b.part(c, "LaunchTemplate");
    b.addResource(lt, "AWS::EC2::LaunchTemplate",
                  obj({{"LaunchTemplateData", std::move(data)},
                       {"TagSpecifications", arr({b.tagSpecification("launch-template", c)})}}));

    Json props = obj({{"MinSize", Json(std::to_string(min))},
                      {"MaxSize", Json(std::to_string(max))},
                      {"DesiredCapacity", Json(std::to_string(desired))},
                      {"VPCZoneIdentifier", b.subnets(c)},
                      {"LaunchTemplate", obj({{"LaunchTemplateId", cfnRef(lt)},
                                              {"Version", getAtt(lt, "LatestVersionNumber")}})}});
    // Load balancers that send to the group hand it their target groups or names.
    for (const char* key : {"TargetGroupARNs", "LoadBalancerNames"})
        if (const Json* handed = b.handedIfAny(c, key)) props.set(key, *handed);
    props.set("Tags", b.tags(c, true));
    b.addResource(b.base(c), "AWS::AutoScaling::AutoScalingGroup", std::move(props));
}

std::string_view targetType(const KindCatalog&, const Component&)
{
    return "instance";
}

/// The group registers its own instances: it is handed the load balancer's name
/// (Classic) or its target group.
void registerTarget(CloudFormationBuilder& b, const Component& c, LoadBalancerLink& link)
{
    if (link.classic)
        b.handed(c, "LoadBalancerNames").asArray().push_back(cfnRef(b.base(link.loadBalancer)));
    else
        b.handed(c, "TargetGroupARNs").asArray().push_back(cfnRef(link.targetGroup));
}

// The CloudFormation import (docs/import.md).
// An EKS managed node group is an Auto Scaling group that EKS runs: drawn as one, in its
// subnets, so its instances are priced (the cluster is the container service).
constexpr std::string_view kImportTypes[] = {"AWS::AutoScaling::AutoScalingGroup",
                                             "AWS::EKS::Nodegroup"};
constexpr std::string_view kImportFolds[] = {
    "AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::LaunchTemplate",
    "AWS::AutoScaling::ScalingPolicy", "AWS::AutoScaling::ScheduledAction",
    "AWS::AutoScaling::LifecycleHook"};

/// The size of the first volume a launch template (`prefix` "LaunchTemplateData.") or
/// launch configuration (no prefix) gives an instance, or null.
const Json* firstVolumeSize(const TemplateResource& launch, const std::string& prefix)
{
    const Json* mappings = ImportScope::at(launch, prefix + "BlockDeviceMappings");
    if (!mappings || !mappings->isArray()) return nullptr;
    for (const Json& m : mappings->asArray())
        if (const Json* ebs = m.isObject() ? m.find("Ebs") : nullptr; ebs && ebs->isObject())
            if (const Json* size = ebs->find("VolumeSize")) return size;
    return nullptr;
}

/// The launch template or configuration the group starts instances from.
void readLaunchSettings(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const TemplateResource* lt = scope.launchTemplateAt(r, "LaunchTemplate");
    if (!lt)
        lt = scope.launchTemplateAt(r, "MixedInstancesPolicy.LaunchTemplate."
                                       "LaunchTemplateSpecification");
    if (lt) {
        scope.setProp(c, r, "instanceType",
                      ImportScope::at(*lt, "LaunchTemplateData.InstanceType"));
        scope.setProp(c, r, "ebsGb", firstVolumeSize(*lt, "LaunchTemplateData."));
        const Json* market =
            ImportScope::at(*lt, "LaunchTemplateData.InstanceMarketOptions.MarketType");
        if (market && market->isString() && market->asString() == "spot")
            c.props.set("pricing", Json("spot"));
        return;
    }
    const Json* config = ImportScope::at(r, "LaunchConfigurationName");
    if (const TemplateResource* lc = config ? scope.referenced(*config) : nullptr) {
        scope.setProp(c, r, "instanceType", ImportScope::at(*lc, "InstanceType"));
        scope.setProp(c, r, "ebsGb", firstVolumeSize(*lc, ""));
        if (ImportScope::at(*lc, "SpotPrice")) c.props.set("pricing", Json("spot"));
        return;
    }
    scope.note(r, "no launch template or configuration in the template: instance type "
                  "and pricing are the defaults");
}

/// An EKS managed node group: its subnets, scaling, instance type (the first of its list,
/// else its launch template's, else EKS's default), Spot capacity and disk.
void readNodegroup(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.placeInSubnets(c, r, ImportScope::at(r, "Subnets"));
    scope.setProp(c, r, "min", ImportScope::at(r, "ScalingConfig.MinSize"));
    scope.setProp(c, r, "max", ImportScope::at(r, "ScalingConfig.MaxSize"));
    if (!scope.setProp(c, r, "desired", ImportScope::at(r, "ScalingConfig.DesiredSize")))
        scope.setProp(c, r, "desired", ImportScope::at(r, "ScalingConfig.MinSize"));
    const Json* types = ImportScope::at(r, "InstanceTypes");
    const TemplateResource* lt = scope.launchTemplateAt(r, "LaunchTemplate");
    if (types && types->isArray() && !types->asArray().empty()) {
        const auto& list = types->asArray();
        scope.setProp(c, r, "instanceType", &list[0]);
        if (list.size() > 1 && list[0].isString()) {
            std::string all;
            for (const Json& t : list)
                if (t.isString()) all += (all.empty() ? "" : ", ") + t.asString();
            scope.note(r, "instance types " + all + ": priced as the first, " + list[0].asString());
        }
    } else if (!(lt && scope.setProp(c, r, "instanceType",
                                     ImportScope::at(*lt, "LaunchTemplateData.InstanceType")))) {
        // EKS's own default when a node group names no instance type.
        Json fallback("t3.medium");
        scope.setProp(c, r, "instanceType", &fallback);
    }
    const Json* capacity = ImportScope::at(r, "CapacityType");
    if (capacity && capacity->isString() && capacity->asString() == "SPOT")
        c.props.set("pricing", Json("spot"));
    // EKS gives a node 20 GB when neither the group nor its launch template says.
    if (!scope.setProp(c, r, "ebsGb", ImportScope::at(r, "DiskSize")) &&
        !(lt && scope.setProp(c, r, "ebsGb", firstVolumeSize(*lt, "LaunchTemplateData.")))) {
        Json fallback(20);
        scope.setProp(c, r, "ebsGb", &fallback);
    }
}

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    if (r.type == "AWS::EKS::Nodegroup") {
        readNodegroup(scope, r, c);
        return;
    }
    scope.placeInSubnets(c, r, ImportScope::at(r, "VPCZoneIdentifier"),
                         ImportScope::at(r, "AvailabilityZones"));
    scope.setProp(c, r, "min", ImportScope::at(r, "MinSize"));
    scope.setProp(c, r, "max", ImportScope::at(r, "MaxSize"));
    if (!scope.setProp(c, r, "desired", ImportScope::at(r, "DesiredCapacity")))
        scope.setProp(c, r, "desired", ImportScope::at(r, "MinSize"));
    readLaunchSettings(scope, r, c);
    const Json* onDemand = ImportScope::at(
        r, "MixedInstancesPolicy.InstancesDistribution.OnDemandPercentageAboveBaseCapacity");
    if (onDemand && ((onDemand->isNumber() && onDemand->asNumber() == 0) ||
                     (onDemand->isString() && onDemand->asString() == "0")))
        c.props.set("pricing", Json("spot"));
}

} // namespace

extern const KindUnit AutoScalingGroup;
const KindUnit AutoScalingGroup{
    "auto-scaling-group",
    summary,
    cost,
    {.write = cloudFormation, .targetType = targetType, .registerTarget = registerTarget},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
