// An Auto Scaling group: instances between a minimum and a maximum, priced at the desired count.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
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

} // namespace

extern const KindUnit AutoScalingGroup;
const KindUnit AutoScalingGroup{
    "auto-scaling-group",
    summary,
    cost,
    {.write = cloudFormation, .targetType = targetType, .registerTarget = registerTarget}};

} // namespace azimuth::model::kinds
