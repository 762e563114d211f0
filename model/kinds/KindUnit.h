#pragma once
// What a kind does that cannot be data: one unit per kind, in model/kinds/units/, named
// after the kind (EC2 fleet: Ec2Fleet.cpp). The kind's facts (palette, props, containment,
// service, zones) are its catalog entry; the cost engine and the canvas ask the unit for
// the rest. The build lists every unit in the folder (KindUnitList.cpp.in), so a new
// kind touches no other file.

#include "model/catalog/KindCatalog.h"
#include "model/core/Component.h"

#include <span>
#include <string>
#include <string_view>

namespace azimuth::model {

namespace costing {
class ComponentCoster;
struct RegionTable;
} // namespace costing

struct KindUnit
{
    /// The kind, as the catalog names it.
    std::string_view kind;
    /// The one line of facts drawn under a component's name ("4 × m5.large · On-Demand");
    /// null for a kind that shows none.
    std::string (*summary)(const KindCatalog& catalog, const Component& component) = nullptr;
    /// Writes the component's cost lines (cost-model.md) through the coster, with the price
    /// table of its region; null for a kind with no cost of its own.
    void (*cost)(costing::ComponentCoster& coster, costing::RegionTable& region) = nullptr;
};

/// The unit of a kind; null for a kind without one (all it has is data).
const KindUnit* kindUnit(std::string_view kind);

/// The one line of facts drawn under a component's name: its kind unit's, else "".
std::string componentSummary(const KindCatalog& catalog, const Component& component);

/// Every unit there is, in no particular order.
std::span<const KindUnit* const> allKindUnits();

} // namespace azimuth::model
