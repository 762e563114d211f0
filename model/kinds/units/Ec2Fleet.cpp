// An EC2 fleet: a number of identical instances in one zone.

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
    return figure(p.n("count")) + " × " + p.s("instanceType") + " · " +
           pricingLabel(p.s("pricing"));
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.fleet(region, std::max(0.0, k.number("count")));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::string type = b.catalog().string(c, "instanceType").value_or("t3.micro");
    long long count = whole(b.catalog().number(c, "count"), 1, 0, 100000);
    long long ebs = whole(b.catalog().number(c, "ebsGb"), 8, 0, 65536);
    Json subnet = b.firstSubnet(c);
    // An instance asks for Spot capacity through a launch template.
    std::string spotTemplate;
    if (count > 0 && b.catalog().string(c, "pricing").value_or("") == "spot") {
        spotTemplate = b.part(c, "LaunchTemplate");
        b.addResource(
            spotTemplate, "AWS::EC2::LaunchTemplate",
            obj({{"LaunchTemplateData",
                  obj({{"InstanceMarketOptions", obj({{"MarketType", "spot"}})}})},
                 {"TagSpecifications", arr({b.tagSpecification("launch-template", c)})}}));
    }
    for (long long i = 0; i < count; ++i) {
        Json props =
            obj({{"ImageId", b.image(type)}, {"InstanceType", Json(type)}, {"SubnetId", subnet}});
        if (ebs > 0)
            props.set(
                "BlockDeviceMappings",
                arr({obj({{"DeviceName", "/dev/xvda"},
                          {"Ebs", obj({{"VolumeSize", Json(ebs)}, {"VolumeType", "gp3"}})}})}));
        if (!spotTemplate.empty())
            props.set("LaunchTemplate",
                      obj({{"LaunchTemplateId", cfnRef(spotTemplate)},
                           {"Version", getAtt(spotTemplate, "LatestVersionNumber")}}));
        props.set("Tags", b.tags(c));
        b.addResource(count == 1 ? b.base(c) : b.part(c, "Instance" + std::to_string(i + 1)),
                      "AWS::EC2::Instance", std::move(props));
    }
}

std::string_view targetType(const KindCatalog&, const Component&)
{
    return "instance";
}

/// Each instance by its logical id: a Classic Load Balancer's Instances, or the target
/// group's Targets.
void registerTarget(CloudFormationBuilder& b, const Component& c, LoadBalancerLink& link)
{
    long long n = whole(b.catalog().number(c, "count"), 1, 0, 100000);
    for (long long i = 0; i < n; ++i) {
        Json id = cfnRef(n == 1 ? b.base(c) : b.part(c, "Instance" + std::to_string(i + 1)));
        link.targets.asArray().push_back(link.classic ? id : obj({{"Id", id}}));
    }
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::EC2::Instance"};
constexpr std::string_view kImportFolds[] = {"AWS::EC2::Volume", "AWS::EC2::VolumeAttachment",
                                             "AWS::EC2::NetworkInterface"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const Json* subnet = ImportScope::at(r, "SubnetId");
    if (!subnet)
        if (const Json* nics = ImportScope::at(r, "NetworkInterfaces");
            nics && nics->isArray() && !nics->asArray().empty()) {
            const Json& nic = nics->asArray()[0];
            subnet = nic.find("SubnetId");
            // An interface of its own resource names the subnet there.
            if (const Json* id = nic.find("NetworkInterfaceId"); !subnet && id)
                if (const TemplateResource* own = scope.referenced(*id))
                    subnet = ImportScope::at(*own, "SubnetId");
        }
    scope.placeInSubnet(c, r, subnet, ImportScope::at(r, "AvailabilityZone"));
    scope.setProp(c, r, "instanceType", ImportScope::at(r, "InstanceType"));
    // An instance asks for Spot capacity through its launch template.
    if (const TemplateResource* lt = scope.launchTemplateAt(r, "LaunchTemplate")) {
        if (!ImportScope::at(r, "InstanceType"))
            scope.setProp(c, r, "instanceType",
                          ImportScope::at(*lt, "LaunchTemplateData.InstanceType"));
        const Json* market =
            ImportScope::at(*lt, "LaunchTemplateData.InstanceMarketOptions.MarketType");
        if (market && market->isString() && market->asString() == "spot")
            c.props.set("pricing", Json("spot"));
    }
    if (const Json* devices = ImportScope::at(r, "BlockDeviceMappings");
        devices && devices->isArray() && !devices->asArray().empty())
        if (const Json* ebs = devices->asArray()[0].find("Ebs"))
            scope.setProp(c, r, "ebsGb", ebs->find("VolumeSize"));
}

} // namespace

extern const KindUnit Ec2Fleet;
const KindUnit Ec2Fleet{
    "ec2-fleet",
    summary,
    cost,
    {.write = cloudFormation, .targetType = targetType, .registerTarget = registerTarget},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
