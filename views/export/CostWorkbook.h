#pragma once
// The cost report as an Excel workbook (.xlsx), written with libxlsxwriter: a Summary
// sheet, the Line items with real numbers in currency formats and totals as formulas
// (each stored with its computed value, so readers that do not calculate show the
// figure), the bill By service (the cost panel's donut) and the Pricing options of each
// EC2 fleet and Auto Scaling group (the cost panel's comparison chart). Every name is
// written as a text cell, so nothing a user typed can become a formula.

#include "model/cost/CostEngine.h"
#include "model/rules/FindingsReport.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::views {

/// The pricing options of one EC2 fleet or Auto Scaling group, and the one it uses.
struct ComponentPricing
{
    std::string id;
    std::string name;
    std::string pricing; ///< the option it uses: "on-demand", "reserved-standard-1y", ...
    std::string payment; ///< "no-upfront", "partial-upfront" or "all-upfront"
    std::vector<model::PricingOptionCost> options; ///< comparePricing's order
};

/// Everything the workbook shows.
struct CostWorkbookContent
{
    std::string title;
    std::string file; ///< the design file's name, as the report names it
    model::DesignCost cost;
    model::FindingSummary findings;
    std::vector<ComponentPricing> pricing;
};

/// The sheets, in order; "Transfer" (the connections' data transfer) last, only when some
/// connection costs something.
std::vector<std::string> costWorkbookSheets(bool transfer = false);

/// Writes the workbook to the file `path` (libxlsxwriter writes only to files). Empty
/// on success; otherwise what failed.
std::optional<std::string> writeCostWorkbook(const CostWorkbookContent& content,
                                             const std::string& path);

} // namespace azimuth::views
