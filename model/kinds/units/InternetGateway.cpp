// An internet gateway: a VPC's public subnets' way to and from the internet; free.

#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"

namespace azimuth::model::kinds {

namespace {

using namespace cfn;

/// The gateway and its attachment to the VPC (public routes wait for the attachment).
void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const Component* vpc = b.network().vpcOf(c);
    if (!vpc) return;
    b.addResource(b.base(c), "AWS::EC2::InternetGateway", obj({{"Tags", b.tags(c)}}));
    b.addResource(b.part(c, "Attachment"), "AWS::EC2::VPCGatewayAttachment",
                  obj({{"VpcId", cfnRef(b.base(*vpc))}, {"InternetGatewayId", cfnRef(b.base(c))}}));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::EC2::InternetGateway"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    for (const TemplateResource* attachment :
         scope.referrers(r.id, "AWS::EC2::VPCGatewayAttachment"))
        scope.placeInVpc(c, *attachment, ImportScope::at(*attachment, "VpcId"));
    if (c.parent == scope.region())
        scope.note(r, "attached to no VPC of the template: placed in the region");
}

} // namespace

extern const KindUnit InternetGateway;
const KindUnit InternetGateway{"internet-gateway",
                               nullptr,
                               nullptr,
                               {.write = cloudFormation},
                               {.types = kImportTypes, .read = importRead}};

} // namespace azimuth::model::kinds
