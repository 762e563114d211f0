#pragma once
// The cost section of a diff (diff.md): totals old → new and every item whose own cost
// moved, with what changed in it.

#include "DesignDiff.h"
#include "StructureDiff.h"
#include "model/cost/CostEngine.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace azimuth::model {

/// A design's bill by item, each figure rounded to cents.
struct ItemBills
{
    std::string currency;
    CostFigures total;
    std::unordered_map<std::string, CostFigures> components;
    std::unordered_map<std::string, CostFigures> connections;
};

/// Reads a bill by item: every component's, and each connection's data transfer.
ItemBills itemBills(const DesignCost& cost);

/// The cost section: totals, and each item (matched as in `structure`) whose monthly,
/// upfront or effective figure moved, largest monthly delta first.
CostSection diffCost(const Design& before, const Design& after, const ItemBills& billBefore,
                     const ItemBills& billAfter, const std::vector<ConnectionPair>& pairs,
                     const std::vector<ItemChange>& structure);

} // namespace azimuth::model
