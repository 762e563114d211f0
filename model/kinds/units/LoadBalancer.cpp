// An Elastic Load Balancer: Application, Network or Classic.

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
    return capitalized(p.s("type")) + " · " + zoneCount(catalog, c) + " · " + figure(p.n("lcu")) +
           " LCU";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view type = k.text("type");
    const double H = k.context().hours;
    if (type == "classic") {
        k.line("Classic Load Balancer", H, "LB-hours", region.fact(kElbClassicHourly));
        double gb = k.number("gbProcessedPerMonth");
        if (gb > 0) {
            std::string& item = k.startItem();
            appendNum(item, gb);
            item += " GB processed";
            k.line(item, gb, "GB", region.fact(kElbClassicPerGb));
        }
        return;
    }
    const bool network = type == "network";
    k.line(network ? "Network Load Balancer" : "Application Load Balancer", H, "LB-hours",
           region.fact(network ? kElbNetworkHourly : kElbApplicationHourly));
    double lcu = k.number("lcu");
    if (lcu > 0) {
        std::string& item = k.startItem();
        appendNum(item, lcu);
        item += network ? " NLCU" : " LCU";
        k.line(item, lcu * H, network ? "NLCU-hours" : "LCU-hours",
               region.fact(network ? kElbNetworkLcu : kElbApplicationLcu));
    }
}

} // namespace

extern const KindUnit LoadBalancer;
const KindUnit LoadBalancer{"load-balancer", summary, cost};

} // namespace azimuth::model::kinds
