// A VPC: a private network in a Region, holding Availability Zones and their subnets.

#include "model/export/CloudFormationBuilder.h"
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

} // namespace

extern const KindUnit Vpc;
const KindUnit Vpc{"vpc", summary, nullptr, {.write = cloudFormation}};

} // namespace azimuth::model::kinds
