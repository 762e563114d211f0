// A NAT gateway: private subnets' way out to the internet, per hour and per GB processed.

#include "model/cost/ComponentCoster.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"

namespace azimuth::model::kinds {

namespace {

using namespace cfn;

/// Its hours, and one line for all the GB the design's traffic sends through it
/// (networking.md "the way out of a VPC"), counted by the data transfer pass.
void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.line("NAT gateway", k.context().hours, "hours", region.price("network.natGatewayHour"));
    if (const double gb = k.processedGb(); gb > 0)
        k.line("Data processed", gb, "GB", region.price("network.natGatewayPerGb"));
}

/// The gateway in its public subnet, with an Elastic IP of its own.
void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const auto subnets = b.network().subnetsOf(c);
    if (subnets.empty()) return;
    const std::string eip = b.part(c, "Eip");
    b.addResource(eip, "AWS::EC2::EIP", obj({{"Domain", "vpc"}, {"Tags", b.tags(c)}}));
    b.addResource(b.base(c), "AWS::EC2::NatGateway",
                  obj({{"AllocationId", getAtt(eip, "AllocationId")},
                       {"SubnetId", cfnRef(b.base(*subnets.front()))},
                       {"Tags", b.tags(c)}}));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::EC2::NatGateway"};
constexpr std::string_view kImportFolds[] = {"AWS::EC2::EIP", "AWS::EC2::EIPAssociation"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.placeInSubnet(c, r, ImportScope::at(r, "SubnetId"));
    // Another stack's subnet that holds a NAT gateway is a public one.
    if (scope.isImported(c.parent))
        if (Component* subnet = scope.design().mutableComponent(c.parent))
            subnet->props.set("public", Json(true));
}

} // namespace

extern const KindUnit NatGateway;
const KindUnit NatGateway{"nat-gateway",
                          nullptr,
                          cost,
                          {.write = cloudFormation},
                          {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
