// A VPC: a private network in a Region, holding Availability Zones and their subnets.

#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return p.s("cidr");
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    b.addResource(b.base(c), "AWS::EC2::VPC",
                  obj({{"CidrBlock", Json(b.catalog().string(c, "cidr").value_or("10.0.0.0/16"))},
                       {"EnableDnsSupport", true},
                       {"EnableDnsHostnames", true},
                       {"Tags", b.tags(c)}}));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::EC2::VPC"};
constexpr std::string_view kImportFolds[] = {
    "AWS::EC2::VPCGatewayAttachment",        "AWS::EC2::VPCCidrBlock", "AWS::EC2::DHCPOptions",
    "AWS::EC2::VPCDHCPOptionsAssociation",   "AWS::EC2::NetworkAcl",   "AWS::EC2::NetworkAclEntry",
    "AWS::EC2::SubnetNetworkAclAssociation", "AWS::EC2::FlowLog"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.setProp(c, r, "cidr", ImportScope::at(r, "CidrBlock"));
}

} // namespace

extern const KindUnit Vpc;
const KindUnit Vpc{"vpc",
                   summary,
                   nullptr,
                   {.write = cloudFormation},
                   {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
