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
constexpr std::string_view kImportTypes[] = {"AWS::AutoScaling::AutoScalingGroup"};
constexpr std::string_view kImportFolds[] = {
    "AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::LaunchTemplate",
    "AWS::AutoScaling::ScalingPolicy", "AWS::AutoScaling::ScheduledAction",
    "AWS::AutoScaling::LifecycleHook"};

/// The launch template or configuration the group starts instances from.
void readLaunchSettings(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const Json* spec = ImportScope::at(r, "LaunchTemplate.LaunchTemplateId");
    if (!spec) spec = ImportScope::at(r, "LaunchTemplate.LaunchTemplateName");
    if (!spec)
        spec = ImportScope::at(r, "MixedInstancesPolicy.LaunchTemplate."
                                  "LaunchTemplateSpecification.LaunchTemplateId");
    if (const TemplateResource* lt = spec ? scope.referenced(*spec) : nullptr) {
        scope.setProp(c, r, "instanceType",
                      ImportScope::at(*lt, "LaunchTemplateData.InstanceType"));
        const Json* market =
            ImportScope::at(*lt, "LaunchTemplateData.InstanceMarketOptions.MarketType");
        if (market && market->isString() && market->asString() == "spot")
            c.props.set("pricing", Json("spot"));
        return;
    }
    const Json* config = ImportScope::at(r, "LaunchConfigurationName");
    if (const TemplateResource* lc = config ? scope.referenced(*config) : nullptr) {
        scope.setProp(c, r, "instanceType", ImportScope::at(*lc, "InstanceType"));
        if (ImportScope::at(*lc, "SpotPrice")) c.props.set("pricing", Json("spot"));
        return;
    }
    scope.note(r, "no launch template or configuration in the template: instance type "
                  "and pricing are the defaults");
}

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
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
