#pragma once
// The one line of facts drawn under a component's name ("4 × m5.large · On-Demand").

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <string>

namespace azimuth::views {

/// A short, human line of the properties that matter most for a component's kind.
std::string componentSummary(const model::Design& design, const model::KindCatalog& catalog,
                             const model::Component& component);

/// "on-demand" -> "On-Demand", "savings-plan-ec2-1y" -> "Savings Plan EC2 1y".
std::string pricingLabel(const std::string& pricing);

} // namespace azimuth::views
