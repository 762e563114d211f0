#pragma once
// The words kinds' summaries are made of ("2.5k", "On-Demand", "2 zones").

#include "model/catalog/KindCatalog.h"

#include <string>
#include <string_view>

namespace azimuth::model::kinds {

/// A figure rounded to cents as JSON writes it: 2 -> "2", 0.5 -> "0.5".
std::string figure(double v);
/// 1000000 -> "1M", 2500 -> "2.5k".
std::string compact(double v);
/// "docker" -> "Docker".
std::string capitalized(std::string s);
/// "on-demand" -> "On-Demand", "savings-plan-ec2-1y" -> "Savings Plan EC2 1y".
std::string pricingLabel(std::string_view pricing);
/// "1 zone", "3 zones": how many entries a component's `zones` prop has.
std::string zoneCount(const KindCatalog& catalog, const Component& c);

/// Typed reads for a summary: the number or text of a prop, 0 or "" when missing.
struct SummaryProps
{
    const KindCatalog& catalog;
    const Component& component;
    double n(std::string_view prop) const { return catalog.number(component, prop).value_or(0); }
    std::string s(std::string_view prop) const
    {
        return catalog.string(component, prop).value_or("");
    }
};

} // namespace azimuth::model::kinds
