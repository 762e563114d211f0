// An EC2 fleet: a number of identical instances in one zone.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

using namespace costing;

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

} // namespace

extern const KindUnit Ec2Fleet;
const KindUnit Ec2Fleet{"ec2-fleet", summary, cost};

} // namespace azimuth::model::kinds
