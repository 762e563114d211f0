#include "DesignDiff.h"

#include "CostDiff.h"
#include "FindingsDiff.h"
#include "ResilienceDiff.h"
#include "StructureDiff.h"
#include "model/cost/CostEngine.h"
#include "model/rules/RulesEngine.h"

#include <cmath>

namespace azimuth::model {

const char* itemChangeMark(ItemChangeKind kind)
{
    switch (kind) {
    case ItemChangeKind::Added:
        return "+";
    case ItemChangeKind::Removed:
        return "-";
    case ItemChangeKind::Changed:
        break;
    }
    return "~";
}

std::optional<double> CostSection::percent() const
{
    if (std::abs(before.monthly) < 0.005) return std::nullopt;
    return (after.monthly - before.monthly) / before.monthly * 100.0;
}

bool CostSection::totalsChanged() const
{
    auto differ = [](double a, double b) { return std::abs(a - b) >= 0.005; };
    return differ(before.monthly, after.monthly) || differ(before.upfront, after.upfront) ||
           differ(before.effectiveMonthly, after.effectiveMonthly) ||
           before.complete != after.complete;
}

bool DesignDiff::empty() const
{
    return !cost.totalsChanged() && cost.items.empty() && introduced.empty() && resolved.empty() &&
           resilience.empty() && structure.empty();
}

DesignDiff diffDesigns(const Design& before, const Design& after, const PriceCatalog& prices,
                       const KindCatalog& catalog)
{
    DesignDiff diff;
    const auto pairs = pairConnections(before, after);
    diff.structure = diffStructure(before, after, pairs, catalog);
    diff.cost = diffCost(before, after, itemBills(computeCost(before, prices, catalog)),
                         itemBills(computeCost(after, prices, catalog)), pairs, diff.structure);
    auto findings =
        diffFindings(checkDesign(before, prices, catalog), checkDesign(after, prices, catalog));
    diff.introduced = std::move(findings.introduced);
    diff.resolved = std::move(findings.resolved);
    diff.resilience = diffResilience(before, after, catalog);
    return diff;
}

} // namespace azimuth::model
