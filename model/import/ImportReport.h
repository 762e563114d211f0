#pragma once
// What an import did (import.md's report): how many resources were mapped, folded, left
// out by a condition and unmapped, and a line for each one unmapped or approximated.

#include <string>
#include <vector>

namespace azimuth::model {

struct ImportReport
{
    std::string file;
    std::string region;
    int mapped = 0;
    int folded = 0;
    int leftOut = 0;
    /// Each unmapped resource: "Id (AWS::Type)".
    std::vector<std::string> unmapped;
    /// Resources left out by a false condition: "Id (condition IsProd is false)".
    std::vector<std::string> conditions;
    /// What was approximated or decided: "WebGroup: instance type from parameter ...".
    std::vector<std::string> notes;
};

/// The report as text, a line each.
std::string importReportText(const ImportReport& report);
/// The report as one JSON document.
std::string importReportJson(const ImportReport& report);

} // namespace azimuth::model
