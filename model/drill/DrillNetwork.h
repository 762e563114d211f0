#pragma once
// What a drill does to a design's network (networking.md "Drill"): the private components
// whose way out of their VPC failed, and the data transfer before and after.

#include "DrillResult.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <functional>
#include <unordered_set>
#include <vector>

namespace azimuth::model {

class PriceCatalog;

/// Whether a zone is down in the drill.
using ZoneDown = std::function<bool(const ComponentId& zone)>;

/// A zone is down when it, a zone of the same name in its region (networking.md: the
/// same zone in another VPC) or its region failed. Holds references to its arguments.
ZoneDown zoneDownOf(const Design& design, const KindCatalog& catalog,
                    const std::vector<ComponentId>& failed);

/// Private components that survive but whose route out of their VPC (the endpoint for the
/// service, else the NAT gateway of their zone's route, chosen as before the failure: NAT
/// routes do not fail over) is lost in every zone they still run in, with the connections
/// that left the VPC that way. In file order.
std::vector<DrillCutOff> findCutOff(const Design& design, const KindCatalog& catalog,
                                    const ZoneDown& zoneDown,
                                    const std::unordered_set<ComponentId>& lost);

/// The design as the drill leaves it, for pricing: spanning components keep only their
/// surviving zones (or subnets), a database that failed over has its new zone first, and
/// broken connections carry nothing.
Design designAfterDrill(const Design& design, const DrillResult& result, const KindCatalog& catalog,
                        const ZoneDown& zoneDown);

/// The design's data transfer a month: the sum of its connections' costs.
double transferMonthly(const Design& design, const PriceCatalog& prices,
                       const KindCatalog& catalog);

/// Sets the result's transferMonthlyBefore and After when any connection carries traffic
/// (gbPerMonth or gbPerMonthReturn above 0); leaves them unset otherwise.
void priceDrillTransfer(const Design& design, DrillResult& result, const PriceCatalog& prices,
                        const KindCatalog& catalog = KindCatalog::builtin());

} // namespace azimuth::model
