// A Lightsail instance: one monthly bundle.

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
    return p.s("bundle");
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view bundle = k.text("bundle");
    std::string& item = k.startItem();
    item += "Lightsail ";
    item += bundle;
    item += " bundle";
    k.line(item, 1, "months", k.context().prices.lightsailBundle(region.code, bundle));
}

} // namespace

extern const KindUnit LightsailInstance;
const KindUnit LightsailInstance{"lightsail-instance", summary, cost};

} // namespace azimuth::model::kinds
