// An Auto Scaling group: instances between a minimum and a maximum, priced at the desired count.

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
    return "min " + figure(p.n("min")) + " · desired " + figure(p.n("desired")) + " · max " +
           figure(p.n("max")) + " · " + p.s("instanceType") + " · " + pricingLabel(p.s("pricing"));
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.fleet(region, std::max(0.0, k.number("desired")));
}

} // namespace

extern const KindUnit AutoScalingGroup;
const KindUnit AutoScalingGroup{"auto-scaling-group", summary, cost};

} // namespace azimuth::model::kinds
